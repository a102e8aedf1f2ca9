"""The investor pack's latency table (cost-model.md 7.5): each site's round-trip estimate per user
region and, beside it, any official claim with its source."""

from __future__ import annotations

from explorer.domain.latency import KIND_NOTE as LATENCY_KIND_NOTE
from explorer.domain.latency import KIND_WORDS as LATENCY_KIND_WORDS
from explorer.domain.latency import VERDICT_WORDS as LATENCY_VERDICT_WORDS
from explorer.domain.latency import LatencyKind, citation, ms_text, official_claims
from explorer.reports.report_structure import Cell, Column, Section, Table
from explorer.reports.report_words import ReportWords


def latency_words(w: ReportWords, kind: LatencyKind) -> str:
    """The words "round-trip estimate" or "official claim (one-way)" in the report's language."""
    words = LATENCY_KIND_WORDS[kind]
    return w.lang.translate(words.context, words)


def latency_table(w: ReportWords) -> Table:
    """Each site's round-trip estimate per user region; beside it, any official claim and its source."""
    rows = []
    for site in w.ev.sites:
        for result in site.latency:
            region = w.lang.pick(result.name_zh, result.name_en)
            claims = official_claims(w.pack.hub_facts, site.id, result.region)
            sources = "; ".join(
                f"{citation(fact, language=w.lang.code)} ({fact.provenance.as_of})" for fact in claims
            )
            verdict = LATENCY_VERDICT_WORDS[result.verdict]
            verdict_text = w.lang.translate(verdict.context, verdict)
            span = _ms_range(result.low_ms, result.high_ms)
            rows.append(
                (
                    Cell(w.name(site), w.name(site)),
                    Cell(region, region),
                    _ms_cell(result.latency_ms),
                    Cell(span, span),
                    _ms_cell(result.budget_ms),
                    Cell(verdict_text, verdict_text),
                    _ms_cell(claims[0].value if claims else None),
                    Cell(sources, sources or "—"),
                )
            )
    ms = w.lang.translate("Report", "{kind}, ms")
    estimate = _capital(latency_words(w, LatencyKind.ROUND_TRIP_ESTIMATE))
    claim = _capital(latency_words(w, LatencyKind.OFFICIAL_CLAIM))
    span = w.lang.translate("Report", "Range of the round-trip estimate")
    budget = w.lang.translate("Report", "Latency budget (round trip), ms")
    columns = (
        Column("site", w.lang.translate("Report", "Site"), weight=1.3),
        Column("region", w.lang.translate("Report", "User region"), weight=1.8),
        Column("estimate", ms.format(kind=estimate), "number", weight=1.3),
        Column("range", ms.format(kind=span), weight=1.4),
        Column("budget", budget, "number", weight=1.2),
        Column("verdict", w.lang.translate("Report", "Verdict"), weight=1.0),
        Column("claim", ms.format(kind=claim), "number", weight=1.3),
        Column("claim_source", w.lang.translate("Report", "Source of the official claim"), weight=3.0),
    )
    return Table(
        "latency",
        w.lang.translate("Report", "Latency: round-trip estimates and official claims"),
        columns,
        tuple(rows),
        note=w.lang.translate(LATENCY_KIND_NOTE.context, LATENCY_KIND_NOTE),
        sheet=w.lang.translate("Report", "Latency"),
    )


def _ms_cell(value: float | None) -> Cell:
    return Cell(None, "—") if value is None else Cell(float(value), ms_text(value), "number")


def _ms_range(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "—"
    return ms_text(low) if low == high else f"{ms_text(low)} – {ms_text(high)}"


def latency_sections(w: ReportWords, tables: dict[str, Table]) -> list[Section]:
    """The latency table on the policies' page, when the firm's users are placed anywhere."""
    if not tables["latency"].rows:
        return []
    return [Section("latency", w.lang.translate("Report", "Latency"), (), (tables["latency"],), False)]


def _capital(text: str) -> str:
    """A phrase as a heading: its first letter in capitals ("round-trip estimate" -> "Round-trip estimate")."""
    return text[:1].upper() + text[1:]
