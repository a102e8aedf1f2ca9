"""The Calculator's headline figures, as text: the domain's case figures, formatted.

Every number and its "how is this calculated" text come from
``explorer.domain.figures`` (the same figures the reports and the command line
show); this module only renders them in the window's language and display
currency and adds each input's source. The latency card is latency_card.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from explorer.domain.evaluation import Evaluation
from explorer.domain.figure_style import Style
from explorer.domain.figures import CaseFigures, KeyFigure, Tone
from explorer.domain.model import InputInfo
from explorer.domain.parameters import CONFIDENCE_WORDS
from explorer.translation import user_text
from explorer.ui.money import figure_style

WINDOW_KPIS = ("saving", "npv", "irr", "payback", "incentives", "co2", "unit_cost")  # latency: latency_card
MARK_SIGN = "⚠"


@dataclass(frozen=True, slots=True)
class Kpi:
    key: str
    title: str
    value: str
    detail: str
    exact: str  # exact figures for the tooltip
    explanation: str  # "How is this calculated"
    tone: Tone
    marks: tuple[str, ...] = ()  # "check the assumptions", each naming the input that drives it


def _sources(evaluation: Evaluation, paths: tuple[str, ...], language: str) -> str:
    lines = []
    by_path = {info.path: info for info in evaluation.inputs}
    for path in paths:
        info: InputInfo | None = by_path.get(path)
        if info is None:
            continue
        label = figure_style(language, short_names=False).text(info.label)
        if info.provenance is None:
            origin = QCoreApplication.translate("Kpi", "set in this scenario")
        else:
            confidence = QCoreApplication.translate(
                "Provenance", CONFIDENCE_WORDS[info.provenance.confidence]
            )
            source = user_text(info.provenance.source_in(language))
            origin = (
                f"{source}, {info.provenance.as_of} ({confidence})"
                if info.provenance.as_of
                else (f"{source} ({confidence})")
            )
            if info.overridden:
                origin = QCoreApplication.translate(
                    "Kpi", "set in this scenario; data pack: {source}"
                ).format(source=origin)
        lines.append(f"• {label} = {info.value:,.6g} {info.unit}: {origin}")
    return "\n".join(lines)


def _exact(figure: KeyFigure, style: Style) -> str:
    if figure.value is None:
        return style.value(figure)
    if figure.unit.value == "yuan":
        return style.exact_money(figure.value)
    return style.value(figure)


def _kpi(figure: KeyFigure, evaluation: Evaluation, style: Style) -> Kpi:
    marks = tuple(style.text(mark.reason) for mark in figure.marks)
    value = style.value(figure)
    explanation = style.how(figure)
    sources = _sources(evaluation, figure.sources, style.language)
    if sources:
        explanation += (
            "\n\n" + QCoreApplication.translate("Kpi", "Inputs and their sources:") + "\n" + sources
        )
    if marks:
        value = f"{MARK_SIGN} {value}"
        explanation = "\n".join(f"{MARK_SIGN} {mark}" for mark in marks) + "\n\n" + explanation
    return Kpi(
        figure.key,
        style.label(figure),
        value,
        style.detail(figure),
        "\n".join((_exact(figure, style), *marks)),
        explanation,
        figure.tone,
        marks,
    )


def build_kpis(evaluation: Evaluation, figures: CaseFigures, language: str) -> list[Kpi]:
    """The cards of ``figures`` (AppState.figures: the case's figures, made once per evaluation)."""
    style = figure_style(language)
    return [_kpi(figures.kpi(key), evaluation, style) for key in WINDOW_KPIS]
