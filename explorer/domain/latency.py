"""Latency has one meaning (cost-model.md 7.5): the words and the look-up every surface shares.

Two kinds of latency figure reach a user, and each one says which it is:

* the **round-trip estimate** L_s,u (``latency.csv``; the engine's ``LatencyResult``), in ms:
  what the verdict against the firm's latency budget is judged on;
* an **official claim** (a hub fact tagged with ``latency_site_id`` and, for a site and user
  region pair, ``latency_region_id``): a published figure, often one-way from a hub's
  gateway. It is shown beside the estimate for the same pair, with its source, and never
  enters the verdict.

``official_claims(pack.hub_facts, site_id, region_id)`` finds the claims for a pair. The
words are marked templates (context ``LatencyWords``): the window, the report and the
command line translate them in their own language.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from explorer.domain.messages import QT_TRANSLATE_NOOP, Template
from explorer.domain.pack import HubFact

CLAIM_UNIT = "ms"  # the unit a latency claim for a pair must carry


class LatencyKind(StrEnum):
    ROUND_TRIP_ESTIMATE = "round_trip_estimate"  # L_s,u from latency.csv, ms, there and back
    OFFICIAL_CLAIM = "official_claim"  # a hub fact as published: often one-way, from a hub's gateway


# Which of the two a figure is, in words, wherever a latency figure is shown.
KIND_WORDS: dict[LatencyKind, Template] = {
    LatencyKind.ROUND_TRIP_ESTIMATE: QT_TRANSLATE_NOOP("LatencyWords", "round-trip estimate"),
    LatencyKind.OFFICIAL_CLAIM: QT_TRANSLATE_NOOP("LatencyWords", "official claim (one-way)"),
}

# A verdict of the round-trip estimate against the budget, in words (keys: LatencyVerdict values).
VERDICT_WORDS: dict[str, Template] = {
    "ok": QT_TRANSLATE_NOOP("LatencyWords", "OK"),
    "marginal": QT_TRANSLATE_NOOP("LatencyWords", "marginal"),
    "too_slow": QT_TRANSLATE_NOOP("LatencyWords", "too slow"),
    "unknown": QT_TRANSLATE_NOOP("LatencyWords", "unknown"),
}

# How the two relate, for a note under a latency table or in an explanation.
KIND_NOTE: Template = QT_TRANSLATE_NOOP(
    "LatencyWords",
    "Round-trip estimate: the data pack's estimate of the time there and back between the site and the "
    "users' region; the latency budget is judged on it. Official claim (one-way): a figure as published "
    "for the hub, often one-way from its network gateway; shown for comparison with its source, not "
    "used in the verdict.",
)


def is_latency_fact(fact: HubFact) -> bool:
    """True when a hub fact states a latency: tagged with a site, or given in ms."""
    return fact.latency_site_id is not None or fact.unit == CLAIM_UNIT


def official_claims(facts: Iterable[HubFact], site_id: str, region_id: str) -> tuple[HubFact, ...]:
    """The hub facts that claim a latency from ``site_id`` to user region ``region_id``, in pack order."""
    return tuple(
        fact
        for fact in facts
        if fact.latency_site_id == site_id and fact.latency_region_id == region_id and fact.value is not None
    )


def ms_text(value: float) -> str:
    """A latency as shown: "10", "1.3", "20" (ms)."""
    return f"{value:g}"


def citation(fact: HubFact, limit: int = 80, language: str = "en") -> str:
    """The claim's source in short, in ``language`` (the pack's source_zh in Chinese, where given),
    cut to ``limit`` characters."""
    source = fact.provenance.source_in(language).strip()
    return source if len(source) <= limit else source[: limit - 1].rstrip() + "…"
