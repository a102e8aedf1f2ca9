"""The Calculator's latency card: the round-trip estimate per user region, the official claim beside it.

Latency has one meaning (cost-model.md 7.5): the engine's figures are round-trip
estimates; an official claim (a hub fact, often one-way from the hub's gateway)
is shown beside the estimate for the same site and region, with its source, and
never enters the verdict. Every figure on the card says which of the two it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from explorer.domain.evaluation import Evaluation, LatencyResult, LatencyVerdict, SiteResult
from explorer.domain.latency import (
    KIND_NOTE,
    KIND_WORDS,
    VERDICT_WORDS,
    LatencyKind,
    citation,
    ms_text,
    official_claims,
)
from explorer.domain.messages import local
from explorer.domain.pack import HubFact
from explorer.domain.parameters import CONFIDENCE_WORDS
from explorer.ui.calculator.kpis import Kpi, Tone


def _words(template) -> str:
    return QCoreApplication.translate(template.context, template)


def round_trip_words() -> str:
    """The words "round-trip estimate" in the window's language."""
    return _words(KIND_WORDS[LatencyKind.ROUND_TRIP_ESTIMATE])


def claim_words() -> str:
    """The words "official claim (one-way)" in the window's language."""
    return _words(KIND_WORDS[LatencyKind.OFFICIAL_CLAIM])


def _short(name: str) -> str:
    for mark in ("（", "(", ",", "，"):
        name = name.split(mark)[0]
    return name.strip()


def _region(result: LatencyResult, language: str, short: bool) -> str:
    name = local(result.name_en, result.name_zh, language)
    return _short(name) if short else name


def estimate_text(result: LatencyResult, language: str, short: bool = True) -> str:
    """ "Greater Bay Area: round-trip estimate 20 ms (OK)"."""
    value = "–" if result.latency_ms is None else ms_text(result.latency_ms)
    return QCoreApplication.translate("Kpi", "{region}: {kind} {value} ms ({verdict})").format(
        region=_region(result, language, short),
        kind=round_trip_words(),
        value=value,
        verdict=_words(VERDICT_WORDS[result.verdict]),
    )


def claim_text(claims: tuple[HubFact, ...]) -> str:
    """ "official claim (one-way) 10 ms", or "" without a claim."""
    if not claims:
        return ""
    values = "/".join(ms_text(fact.value) for fact in claims if fact.value is not None)
    return QCoreApplication.translate("Kpi", "{kind} {value} ms").format(kind=claim_words(), value=values)


def _claim_source_line(region: str, fact: HubFact, language: str) -> str:
    confidence = _words(CONFIDENCE_WORDS[fact.provenance.confidence])
    return QCoreApplication.translate(
        "Kpi", "• {region}: {value} ms. Source: {source}, {as_of} ({confidence})"
    ).format(
        region=region,
        value=ms_text(fact.value) if fact.value is not None else "–",
        source=citation(fact, language=language),
        as_of=fact.provenance.as_of,
        confidence=confidence,
    )


def _separator() -> str:
    """Between two parts of a line: "; " in English, "；" in Chinese."""
    return QCoreApplication.translate("Kpi", "{first}; {second}").format(first="", second="")


def _beside(estimate: str, claim: str) -> str:
    """The estimate, and the official claim beside it when there is one."""
    if not claim:
        return estimate
    return QCoreApplication.translate("Kpi", "{first}; {second}").format(first=estimate, second=claim)


def latency_kpi(evaluation: Evaluation, language: str, hub_facts: Iterable[HubFact] = ()) -> Kpi:
    """The card: the worst verdict, each region's round-trip estimate and any official claim beside it."""
    facts = tuple(hub_facts)
    dest: SiteResult = evaluation.site(evaluation.destination)
    destination = _short(local(dest.name_en, dest.name_zh, language))
    results = dest.latency
    claims = {r.region: official_claims(facts, dest.id, r.region) for r in results}

    card_lines, tip_lines, how_lines, source_lines = [], [], [], []
    for r in results:
        estimate, claim = estimate_text(r, language), claim_text(claims[r.region])
        card_lines.append(_beside(estimate, claim))
        tip_lines.append(card_lines[-1])
        long_estimate = estimate_text(r, language, short=False)
        if r.low_ms is not None and r.high_ms is not None and r.low_ms != r.high_ms:
            long_estimate = QCoreApplication.translate("Kpi", "{estimate} [range {low}–{high} ms]").format(
                estimate=long_estimate, low=ms_text(r.low_ms), high=ms_text(r.high_ms)
            )
        how_lines.append("• " + _beside(long_estimate, claim))
        for fact in claims[r.region]:
            region = _region(r, language, short=False)
            source_lines.append(_claim_source_line(region, fact, language))
            tip_lines.append(
                QCoreApplication.translate("Kpi", "{kind}, {region}: {source}").format(
                    kind=claim_words(),
                    region=_region(r, language, short=True),
                    source=citation(fact, 60, language),
                )
            )

    worst = max((r.verdict for r in results), key=list(LatencyVerdict).index, default=LatencyVerdict.UNKNOWN)
    budget = results[0].budget_ms if results else None
    explanation = QCoreApplication.translate(
        "Kpi",
        "Round-trip latency from {destination} to each user region, against the latency budget ({budget}). OK: even the high estimate is within it; marginal: only the central value is.",
    ).format(
        destination=destination,
        budget=QCoreApplication.translate("Kpi", "{value} ms").format(value=ms_text(budget))
        if budget is not None
        else "–",
    )
    explanation += "\n\n" + "\n".join(how_lines)
    if source_lines:
        explanation += (
            "\n\n"
            + QCoreApplication.translate(
                "Kpi",
                "Official claims (one-way) for {destination}, from the data pack's hub facts; shown beside the estimate, not used in the verdict:",
            ).format(destination=destination)
            + "\n"
            + "\n".join(source_lines)
        )
    elif results:
        explanation += "\n\n" + QCoreApplication.translate(
            "Kpi", "The data pack holds no official claim (one-way) for {destination} and these regions."
        ).format(destination=destination)
    explanation += "\n\n" + _words(KIND_NOTE)

    if results:
        value = _words(VERDICT_WORDS[worst])
        detail = _separator().join(card_lines)
    else:
        value = QCoreApplication.translate("Kpi", "no user regions")
        detail = QCoreApplication.translate("Kpi", "choose where the firm's users are")
    return Kpi(
        key="latency",
        title=QCoreApplication.translate("Kpi", "Latency"),
        value=value,
        detail=detail,
        exact="\n".join(tip_lines),
        explanation=explanation,
        tone={LatencyVerdict.OK: Tone.GOOD, LatencyVerdict.TOO_SLOW: Tone.BAD}.get(worst, Tone.NEUTRAL),
    )
