"""The Compare tab's words: every figure, difference, choice and input of the comparison as text.

Labels, values, deltas and the exact tooltips, in the state's language and currency. The texts keep
the context "CompareView" they had when they lived in the view, so their translations hold;
the three plural texts are still the view's ``self.tr`` calls (``CompareView._counted``).
Every number is the comparison's (``comparison.compare``); this only words it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from explorer.domain.evaluation import Evaluation
from explorer.domain.formatting import NOT_A_NUMBER, format_months, format_number, format_percent
from explorer.ui.compare.comparison import (
    ChoiceRow,
    Direction,
    InputRow,
    Kind,
    MetricCell,
    MetricRow,
    policy_changes,
)
from explorer.ui.money import money
from explorer.ui.state import AppState


class CompareWords:
    """The texts of one Compare view, read from its AppState (language, names, policies)."""

    def __init__(self, state: AppState, counted: Callable[[str, int], str]) -> None:
        self._state = state
        # the plural texts stay the view's self.tr calls: lupdate marks plurals only there
        self._counted = counted

    def metric_label(self, key: str) -> str:
        labels = {
            "npv": QCoreApplication.translate("CompareView", "Net present value"),
            "irr": QCoreApplication.translate("CompareView", "Internal rate of return"),
            "payback": QCoreApplication.translate("CompareView", "Payback period"),
            "annual_saving": QCoreApplication.translate("CompareView", "Annual saving, year 1"),
            "incentives": QCoreApplication.translate("CompareView", "Incentives over the horizon"),
            "one_off": QCoreApplication.translate("CompareView", "One-off costs"),
            "co2_avoided": QCoreApplication.translate("CompareView", "CO₂ avoided a year"),
            "unit_cost": QCoreApplication.translate("CompareView", "Cost per accelerator-hour, destination"),
        }
        return labels.get(key, key)

    def metric_help(self, key: str) -> str:
        texts = {
            "npv": QCoreApplication.translate(
                "CompareView", "Cash flows of the move discounted at the scenario's rate; higher is better"
            ),
            "irr": QCoreApplication.translate(
                "CompareView", "The discount rate at which the NPV is zero; higher is better"
            ),
            "payback": QCoreApplication.translate(
                "CompareView", "When the cumulative cash flow recovers to zero; sooner is better"
            ),
            "annual_saving": QCoreApplication.translate(
                "CompareView",
                "Year-1 operating cost at the origin less at the destination, before incentives",
            ),
            "incentives": QCoreApplication.translate(
                "CompareView",
                "Incentives at the destination less at the origin, summed over the horizon, undiscounted",
            ),
            "one_off": QCoreApplication.translate(
                "CompareView", "Relocation costs in year 0 plus parallel running in year 1; lower is better"
            ),
            "co2_avoided": QCoreApplication.translate(
                "CompareView", "Tonnes of CO₂ a year at the origin less at the destination"
            ),
            "unit_cost": QCoreApplication.translate(
                "CompareView",
                "Year-1 operating cost at the destination per accelerator-hour used, before incentives",
            ),
        }
        return texts.get(key, "")

    def value_text(self, row: MetricRow, cell: MetricCell, evaluation: Evaluation) -> str:
        language = self._state.language
        if cell.value is None:
            return self.status_text(cell.status, evaluation)
        if row.key == "payback" and cell.status == "immediate":
            return QCoreApplication.translate("CompareView", "Immediate")
        return format_value(row.kind, cell.value, language)

    def status_text(self, status: str, evaluation: Evaluation) -> str:
        texts = {
            "no_outlay": QCoreApplication.translate("CompareView", "None: no outlay"),
            "no_gain": QCoreApplication.translate("CompareView", "None: never positive"),
            "no_root": QCoreApplication.translate("CompareView", "None"),
            "multiple": QCoreApplication.translate("CompareView", "Several rates"),
            "not_within": self._counted("not_within", evaluation.horizon),
            "no_accelerators": QCoreApplication.translate("CompareView", "No accelerators"),
        }
        return texts.get(status, NOT_A_NUMBER)

    def delta_text(self, row: MetricRow, cell: MetricCell) -> str:
        if cell.delta is None:
            return {
                Direction.BETTER: QCoreApplication.translate("CompareView", "better"),
                Direction.WORSE: QCoreApplication.translate("CompareView", "worse"),
                Direction.SAME: QCoreApplication.translate("CompareView", "same"),
            }.get(cell.direction, "")
        if cell.direction is Direction.SAME:
            return "±0"
        language = self._state.language
        delta = cell.delta
        if row.kind is Kind.PERCENT:
            text = QCoreApplication.translate("CompareView", "{value} pp").format(value=f"{delta * 100:+.1f}")
        elif row.kind is Kind.MONTHS:
            text = signed(format_months(delta, language), delta)
        else:
            text = signed(format_value(row.kind, delta, language), delta)
        if not any(ch in "123456789" for ch in text):
            return "≈0"  # a real difference too small to show at this precision: the tooltip has it
        return text

    def exact_tip(self, row: MetricRow, column: int, evaluations: list[Evaluation], names: list[str]) -> str:
        """Every number of a cell in full: the value, the base's, the difference and the verdict."""
        cell, base = row.cells[column], row.cells[0]
        evaluation = evaluations[column]
        lines = [self.metric_label(row.key)]
        value = self.exact(row.kind, cell.value, cell.status, evaluation)
        lines.append(
            QCoreApplication.translate("CompareView", "{name}: {value}").format(
                name=names[column], value=value
            )
        )
        if column > 0:
            base_text = self.exact(row.kind, base.value, base.status, evaluations[0])
            lines.append(
                QCoreApplication.translate("CompareView", "Base ({name}): {value}").format(
                    name=names[0], value=base_text
                )
            )
            if cell.delta is not None:
                delta_text = self.exact_delta(row.kind, cell.delta)
                lines.append(
                    QCoreApplication.translate("CompareView", "Difference: {value}").format(value=delta_text)
                )
            verdict = {
                Direction.BETTER: QCoreApplication.translate("CompareView", "Better than the base"),
                Direction.WORSE: QCoreApplication.translate("CompareView", "Worse than the base"),
                Direction.SAME: QCoreApplication.translate("CompareView", "The same as the base"),
            }.get(cell.direction)
            if verdict:
                lines.append(verdict)
        if row.key == "one_off":
            case = evaluation.primary
            move = self.exact(Kind.MONEY, case.one_off, "", evaluation)
            parallel = self.exact(Kind.MONEY, case.parallel_running, "", evaluation)
            text = QCoreApplication.translate(
                "CompareView", "Move, year 0: {move}; parallel running, year 1: {parallel}"
            )
            lines.append(text.format(move=move, parallel=parallel))
        if row.key == "unit_cost":
            net = evaluation.site(evaluation.destination).unit_cost_net
            if net is not None:
                net_text = self.exact(Kind.UNIT_COST, net, "", evaluation)
                lines.append(
                    QCoreApplication.translate("CompareView", "After incentives: {value}").format(
                        value=net_text
                    )
                )
        return "\n".join(lines)

    def exact(self, kind: Kind, value: float | None, status: str, evaluation: Evaluation) -> str:
        if value is None:
            return self.status_text(status, evaluation)
        if kind is Kind.MONEY:
            return QCoreApplication.translate("CompareView", "{value} yuan").format(value=f"{value:,.2f}")
        if kind is Kind.PERCENT:
            return f"{value * 100:.4f}%"
        if kind is Kind.MONTHS:
            return QCoreApplication.translate("CompareView", "{value} months").format(value=f"{value:,.2f}")
        if kind is Kind.TONNES:
            return QCoreApplication.translate("CompareView", "{value} tCO₂").format(value=f"{value:,.3f}")
        return QCoreApplication.translate("CompareView", "{value} yuan").format(value=f"{value:,.4f}")

    def exact_delta(self, kind: Kind, delta: float) -> str:
        if kind is Kind.MONEY:
            return QCoreApplication.translate("CompareView", "{value} yuan").format(value=f"{delta:+,.2f}")
        if kind is Kind.PERCENT:
            return QCoreApplication.translate("CompareView", "{value} percentage points").format(
                value=f"{delta * 100:+.4f}"
            )
        if kind is Kind.MONTHS:
            return QCoreApplication.translate("CompareView", "{value} months").format(value=f"{delta:+,.2f}")
        if kind is Kind.TONNES:
            return QCoreApplication.translate("CompareView", "{value} tCO₂").format(value=f"{delta:+,.3f}")
        return QCoreApplication.translate("CompareView", "{value} yuan").format(value=f"{delta:+,.4f}")

    def choice_label(self, key: str) -> str:
        return {
            "origin": QCoreApplication.translate("CompareView", "Moving from"),
            "destination": QCoreApplication.translate("CompareView", "Destination"),
            "mode": QCoreApplication.translate("CompareView", "Operating mode"),
            "horizon": QCoreApplication.translate("CompareView", "Horizon"),
            "move_date": QCoreApplication.translate("CompareView", "Move date"),
            "policies": QCoreApplication.translate("CompareView", "Policies counted"),
        }.get(key, key)

    def choice_text(
        self, choice: ChoiceRow, column: int, evaluations: dict[str, Evaluation], ids: tuple[str, ...]
    ) -> str:
        evaluation = evaluations[ids[column]]
        value = choice.values[column]
        if choice.key in ("origin", "destination"):
            try:
                site = evaluation.site(str(value))
            except KeyError:
                return str(value)
            return self._state.local(site.name_en, site.name_zh)
        if choice.key == "mode":
            return {
                "colocation": QCoreApplication.translate("CompareView", "Colocation"),
                "self_build": QCoreApplication.translate("CompareView", "Self-build"),
                "compute_service": QCoreApplication.translate("CompareView", "Compute service"),
            }.get(str(value), str(value))
        if choice.key == "horizon":
            return self._counted("years", int(value))
        if choice.key == "move_date":
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
        if choice.key == "policies":
            return self._counted("policies", len(value))
        return str(value)

    def choice_tip(
        self, choice: ChoiceRow, column: int, evaluations: dict[str, Evaluation], ids: tuple[str, ...]
    ) -> str:
        text = self.choice_text(choice, column, evaluations, ids)
        if choice.key != "policies" or column == 0:
            return text
        added, removed = policy_changes(choice.values[0], choice.values[column])
        titles = self.policy_titles(evaluations[ids[column]], evaluations[ids[0]])
        lines = [text]
        if added:
            lines.append(QCoreApplication.translate("CompareView", "Counted here, not in the base:"))
            lines += [f"  + {titles.get(p, p)}" for p in added]
        if removed:
            lines.append(QCoreApplication.translate("CompareView", "Counted in the base, not here:"))
            lines += [f"  − {titles.get(p, p)}" for p in removed]
        return "\n".join(lines)

    def policy_titles(self, *evaluations: Evaluation) -> dict[str, str]:
        titles = {p.id: self._state.local(p.title_en, p.title_zh) for p in self._state.pack.policies.values()}
        for evaluation in evaluations:
            for policy in evaluation.policies:
                titles[policy.policy_id] = self._state.local(policy.title_en, policy.title_zh)
        return titles

    def input_tip(self, item: InputRow, column: int) -> str:
        value = item.values[column]
        if value is None:
            return QCoreApplication.translate("CompareView", "Not an input of this scenario")
        exact = repr(float(value))
        unit = self.unit_text(item.unit)
        return f"{exact} {unit}".strip() if not item.unit.startswith("fraction") else exact

    def unit_text(self, unit: str) -> str:
        units = {
            "yuan": QCoreApplication.translate("CompareView", "yuan"),
            "yuan/yr": QCoreApplication.translate("CompareView", "yuan/yr"),
            "persons": QCoreApplication.translate("CompareView", "persons"),
            "ms": QCoreApplication.translate("CompareView", "ms"),
            "count": QCoreApplication.translate("CompareView", "count"),
            "kW": QCoreApplication.translate("CompareView", "kW"),
            "kW/rack": QCoreApplication.translate("CompareView", "kW/rack"),
            "Mbps": "Mbps",
            "Mbps/100kW": "Mbps/100kW",
            "fraction": "%",
            "fraction/yr": QCoreApplication.translate("CompareView", "%/yr"),
            "years": QCoreApplication.translate("CompareView", "years"),
            "months": QCoreApplication.translate("CompareView", "months"),
            "days": QCoreApplication.translate("CompareView", "days"),
            "ratio": QCoreApplication.translate("CompareView", "ratio"),
            "yuan/kWh": QCoreApplication.translate("CompareView", "yuan/kWh"),
            "yuan/rack/month": QCoreApplication.translate("CompareView", "yuan/rack/month"),
            "yuan/Mbps/month": QCoreApplication.translate("CompareView", "yuan/Mbps/month"),
            "yuan/person/year": QCoreApplication.translate("CompareView", "yuan/person/year"),
            "yuan/rack": QCoreApplication.translate("CompareView", "yuan/rack"),
            "yuan/TB": QCoreApplication.translate("CompareView", "yuan/TB"),
            "yuan/day": QCoreApplication.translate("CompareView", "yuan/day"),
            "yuan/person": QCoreApplication.translate("CompareView", "yuan/person"),
            "yuan/kW": QCoreApplication.translate("CompareView", "yuan/kW"),
            "tCO2/MWh": QCoreApplication.translate("CompareView", "tCO₂/MWh"),
            "TB": "TB",
            "CNY/USD": QCoreApplication.translate("CompareView", "CNY/USD"),
        }
        return units.get(unit, unit)


def format_value(kind: Kind, value: float, language: str) -> str:
    """The short text of a value (money in 万/亿 or K/M, percents, months, tonnes)."""
    if not math.isfinite(value):
        return NOT_A_NUMBER
    if kind is Kind.MONEY:
        return money(value, language)
    if kind is Kind.PERCENT:
        return format_percent(value)
    if kind is Kind.MONTHS:
        return format_months(value, language)
    if kind is Kind.TONNES:
        return QCoreApplication.translate("CompareView", "{value} t").format(
            value=format_number(value, language)
        )
    unit_cost = format_number(value, language, decimals=2)
    return QCoreApplication.translate("CompareView", "CNY {value}").format(value=unit_cost)


def signed(text: str, delta: float) -> str:
    """A positive delta gets a "+" before its first digit ("CNY +3.1 M", "+310万元"); negatives keep "-"."""
    if delta <= 0 or not any(ch in "123456789" for ch in text):
        return text
    for position, ch in enumerate(text):
        if ch.isdigit():
            return f"{text[:position]}+{text[position:]}"
    return text


def input_text(value: float | None, unit: str) -> str:
    """An input as typed: grouped digits, no rounding away of what the user entered; fractions as percents."""
    if value is None:
        return NOT_A_NUMBER
    if not math.isfinite(value):
        return NOT_A_NUMBER
    if unit.startswith("fraction"):
        return trimmed(value * 100.0, 4) + "%"
    return trimmed(value, 4)


def trimmed(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
