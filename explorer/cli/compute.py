"""``main.py compute SCENARIO.json``: evaluate a relocation case without the GUI.

Prints the KPIs and each site's annual table; ``--json`` prints the whole
Evaluation (and any analyses asked for) as JSON instead. ``--tornado``,
``--monte-carlo N`` and ``--goal-seek FIELD`` add those analyses.

Exit codes: 0 done, 1 the data pack could not be loaded, 2 invalid input (the
message, naming the field, goes to stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

EXIT_OK, EXIT_PACK, EXIT_INVALID = 0, 1, 2

# Every text a user reads, in one place, so issue 7 can route them through translation.
TEXT = {
    "help": "evaluate a scenario file: KPIs, annual tables, and optional risk analyses",
    "description": "Evaluate a relocation scenario (JSON, see docs/scenario-format.md) with the cost model.",
    "arg_scenario": "the scenario file (.json)",
    "arg_json": "print the whole evaluation as JSON instead of a summary",
    "arg_tornado": "add a tornado: NPV at the low and high end of each uncertain input",
    "arg_monte_carlo": "add a Monte Carlo of N samples (triangular draws); e.g. 10000",
    "arg_seed": "random seed of the Monte Carlo (default 0)",
    "arg_goal_seek": "add a goal seek: the value of FIELD (a dotted path) at which NPV = 0",
    "arg_goal_range": "search range of the goal seek (default: the field's allowed range)",
    "arg_target_npv": "NPV the goal seek aims at, yuan (default 0)",
    "arg_site": "the site the case moves to (default: the scenario's destination)",
    "arg_language": "language of numbers in the summary: en (K/M/B) or zh (万/亿)",
    "arg_pack": "data pack folder, .zip or .xlsx to use instead of the active one",
    "error_prefix": "error",
    "error_read": "cannot read the scenario file {path}: {reason}",
    "error_pack": "the data pack could not be loaded: {reason}",
    "title": "Scenario: {title}",
    "untitled": "(untitled)",
    "route": "{origin} -> {destination}   mode {mode}, {horizon} years from {move}, discount rate {rate}",
    "kpis": "Key figures (case {origin} -> {destination})",
    "npv": "NPV",
    "irr": "IRR",
    "irr_undefined": "undefined ({reason})",
    "irr_no_sign_change": "the cash flows never change sign",
    "irr_no_root": "no rate gives NPV = 0",
    "irr_multiple": "several rates give NPV = 0: {roots}",
    "payback": "Payback",
    "payback_immediate": "immediate (0 months)",
    "payback_within": "{months}",
    "payback_falls_back": "{months}, but the cumulative falls below 0 again in year {year}",
    "payback_not_within": "not within {horizon} years",
    "saving_year_1": "Saving in year 1, before incentives",
    "incentives_total": "Incentives over the horizon (net of the origin)",
    "one_off": "One-off relocation costs",
    "parallel": "Parallel running in year 1",
    "co2": "CO2 avoided a year",
    "co2_value": "{tonnes} t ({share} of the origin's)",
    "unit_cost": "Unit cost per accelerator-hour (year 1)",
    "unit_cost_value": "{origin} at the origin, {destination} at the destination",
    "other_cases": "Other sites (case {origin} -> site)",
    "cases_header": ("Site", "NPV", "IRR", "Payback"),
    "table_title": "Annual table: {name} ({role})",
    "table_header": (
        "Year",
        "Energy",
        "Space",
        "Service",
        "Network",
        "Labour",
        "Charges",
        "Opex",
        "Incentives",
        "Net",
    ),
    "cash_title": "Cash flows of the case {origin} -> {destination}",
    "cash_header": ("Year", "Cash flow", "Cumulative", "Discounted"),
    "policies_title": "Policies",
    "policies_header": ("Policy", "Status", "Value (PV)", "Why"),
    "latency_title": "Latency against a budget of {budget} ms (round trip)",
    "latency_header": ("Site", "Region", "ms", "Verdict"),
    "tornado_title": "Tornado: NPV with each input at its low and high end ({count} inputs)",
    "tornado_header": ("Input", "Low", "High", "NPV at low", "NPV at high", "Swing"),
    "tornado_none": "No input has a range: nothing to vary.",
    "mc_title": "Monte Carlo: {samples} samples, seed {seed}, {drawn} uncertain inputs",
    "mc_line": "P10 {p10}   P50 {p50}   P90 {p90}   mean {mean}   P(NPV > 0) {positive}",
    "goal_title": "Goal seek: {path} for NPV = {target}",
    "goal_solved": "{value} {unit} (now {current}; NPV there {npv})",
    "goal_step": "note: the NPV jumps across the target at this value (a whole rack, or a threshold)",
    "goal_none": "no solution in range {low} .. {high} {unit}: NPV goes from {npv_low} to {npv_high}",
    "role_origin": "origin",
    "role_destination": "destination",
    "role_other": "comparator",
}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("compute", help=TEXT["help"], description=TEXT["description"])
    parser.add_argument("scenario", type=Path, help=TEXT["arg_scenario"])
    parser.add_argument("--json", action="store_true", help=TEXT["arg_json"])
    parser.add_argument("--tornado", action="store_true", help=TEXT["arg_tornado"])
    parser.add_argument("--monte-carlo", type=int, metavar="N", help=TEXT["arg_monte_carlo"])
    parser.add_argument("--seed", type=int, default=0, help=TEXT["arg_seed"])
    parser.add_argument("--goal-seek", metavar="FIELD", help=TEXT["arg_goal_seek"])
    parser.add_argument(
        "--goal-range", type=float, nargs=2, metavar=("LOW", "HIGH"), help=TEXT["arg_goal_range"]
    )
    parser.add_argument("--target-npv", type=float, default=0.0, help=TEXT["arg_target_npv"])
    parser.add_argument("--site", help=TEXT["arg_site"])
    parser.add_argument("--language", choices=("en", "zh"), default="en", help=TEXT["arg_language"])
    parser.add_argument("--pack", type=Path, help=TEXT["arg_pack"])
    parser.set_defaults(handler=run_compute)


def run_compute(args: argparse.Namespace) -> int:
    from explorer.domain.errors import InvalidInput
    from explorer.domain.scenario_codec import MAX_SCENARIO_BYTES, parse_scenario

    try:
        data = _read(args.scenario, MAX_SCENARIO_BYTES)
        scenario = parse_scenario(data)
    except OSError as error:
        return _fail(
            TEXT["error_read"].format(path=args.scenario, reason=error.strerror or error), EXIT_INVALID
        )
    except InvalidInput as error:
        return _fail(f"{args.scenario}: {error}", EXIT_INVALID)
    try:
        pack = _load_pack(args.pack)
    except Exception as error:  # any failure to load is reported, never a traceback
        return _fail(TEXT["error_pack"].format(reason=error), EXIT_PACK)
    try:
        report = _compute(scenario, pack, args)
    except InvalidInput as error:
        return _fail(str(error), EXIT_INVALID)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(report["_text"])
    return EXIT_OK


def _read(path: Path, limit: int) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    return data  # parse_scenario refuses anything over the limit


def _load_pack(folder: Path | None):
    from explorer.datapack import load_pack

    return load_pack(folder)


def _fail(message: str, code: int) -> int:
    print(f"{TEXT['error_prefix']}: {message}", file=sys.stderr)
    return code


def _compute(scenario, pack, args: argparse.Namespace) -> dict:
    """The evaluation and the analyses asked for: as a dict for --json, plus the summary text."""
    from explorer.domain.engine import evaluate_model
    from explorer.domain.model import build_model
    from explorer.domain.uncertainty import goal_seek, monte_carlo, tornado

    model = build_model(scenario, pack)
    evaluation = evaluate_model(model)
    site = args.site or evaluation.destination
    analyses = {}
    if args.tornado:
        analyses["tornado"] = tornado(model, site_id=site)
    if args.monte_carlo is not None:
        analyses["monte_carlo"] = monte_carlo(model, samples=args.monte_carlo, seed=args.seed, site_id=site)
    if args.goal_seek:
        low, high = args.goal_range if args.goal_range else (None, None)
        analyses["goal_seek"] = goal_seek(
            scenario, pack, args.goal_seek, target_npv=args.target_npv, low=low, high=high, site_id=site
        )
    if args.json:
        data = evaluation.to_dict()
        data.update({name: result.to_dict() for name, result in analyses.items()})
        return data
    return {"_text": Summary(evaluation, site, args.language).render(analyses)}


class Summary:
    """The readable summary: KPIs, other cases, policies, latency, annual tables, analyses."""

    def __init__(self, evaluation, site_id: str, language: str) -> None:
        self.ev = evaluation
        self.case = evaluation.case(site_id)
        self.language = language
        self.lines: list[str] = []

    def money(self, value: float) -> str:
        from explorer.domain.formatting import format_money

        return format_money(value, self.language)

    def name(self, site_id: str) -> str:
        site = self.ev.site(site_id)
        return site.name_zh if self.language == "zh" else site.name_en

    def render(self, analyses: dict) -> str:
        self._header()
        self._kpis()
        self._other_cases()
        self._policies()
        self._latency()
        for site in self.ev.sites:
            self._table(site)
        self._cash_flows()
        if "tornado" in analyses:
            self._tornado(analyses["tornado"])
        if "monte_carlo" in analyses:
            self._monte_carlo(analyses["monte_carlo"])
        if "goal_seek" in analyses:
            self._goal_seek(analyses["goal_seek"])
        return "\n".join(self.lines).rstrip() + "\n"

    # --- sections -----------------------------------------------------------
    def _header(self) -> None:
        from explorer.domain.formatting import format_percent

        ev = self.ev
        self.lines.append(TEXT["title"].format(title=ev.title or TEXT["untitled"]))
        self.lines.append(
            TEXT["route"].format(
                origin=self.name(ev.origin),
                destination=self.name(self.case.site_id),
                mode=ev.mode,
                horizon=ev.horizon,
                move=ev.move_date.isoformat(),
                rate=format_percent(ev.discount_rate),
            )
        )
        self.lines.append("")

    def _kpis(self) -> None:
        from explorer.domain.formatting import format_number, format_percent

        ev, case = self.ev, self.case
        origin, destination = ev.site(ev.origin), ev.site(case.site_id)
        self.lines.append(
            TEXT["kpis"].format(origin=self.name(ev.origin), destination=self.name(case.site_id))
        )
        rows = [
            (TEXT["npv"], self.money(case.npv)),
            (TEXT["irr"], self.irr_text(case.irr)),
            (TEXT["payback"], self.payback_text(case.payback)),
            (TEXT["saving_year_1"], self.money(float(case.savings[1]))),
            (TEXT["incentives_total"], self.money(float(case.incentives.sum()))),
            (TEXT["one_off"], self.money(case.one_off)),
            (TEXT["parallel"], self.money(case.parallel_running)),
        ]
        share = destination.co2_avoided_t / origin.co2_t if origin.co2_t > 0 else 0.0
        rows.append(
            (
                TEXT["co2"],
                TEXT["co2_value"].format(
                    tonnes=format_number(destination.co2_avoided_t, self.language),
                    share=format_percent(share),
                ),
            )
        )
        if origin.unit_cost is not None and destination.unit_cost is not None:
            rows.append(
                (
                    TEXT["unit_cost"],
                    TEXT["unit_cost_value"].format(
                        origin=f"{origin.unit_cost:.2f}", destination=f"{destination.unit_cost:.2f}"
                    ),
                )
            )
        width = max(len(label) for label, _ in rows)
        self.lines += [f"  {label:<{width}}  {value}" for label, value in rows]
        self.lines.append("")

    def irr_text(self, irr) -> str:
        from explorer.domain.finance import IrrStatus
        from explorer.domain.formatting import format_percent

        if irr.status is IrrStatus.DEFINED:
            return format_percent(irr.value)
        reason = {
            IrrStatus.NO_SIGN_CHANGE: TEXT["irr_no_sign_change"],
            IrrStatus.NO_ROOT: TEXT["irr_no_root"],
            IrrStatus.MULTIPLE: TEXT["irr_multiple"].format(
                roots=", ".join(format_percent(r) for r in irr.roots)
            ),
        }[irr.status]
        return TEXT["irr_undefined"].format(reason=reason)

    def payback_text(self, payback) -> str:
        from explorer.domain.finance import PaybackStatus
        from explorer.domain.formatting import format_months

        if payback.status is PaybackStatus.IMMEDIATE:
            return TEXT["payback_immediate"]
        if payback.status is PaybackStatus.NOT_WITHIN:
            return TEXT["payback_not_within"].format(horizon=payback.horizon_years)
        months = format_months(payback.months, self.language)
        if payback.falls_back_in_year is not None:
            return TEXT["payback_falls_back"].format(months=months, year=payback.falls_back_in_year)
        return TEXT["payback_within"].format(months=months)

    def _other_cases(self) -> None:
        others = [c for c in self.ev.cases if c.site_id != self.case.site_id]
        if not others:
            return
        self.lines.append(TEXT["other_cases"].format(origin=self.name(self.ev.origin)))
        rows = [
            (self.name(c.site_id), self.money(c.npv), self.irr_text(c.irr), self.payback_text(c.payback))
            for c in others
        ]
        self._grid(TEXT["cases_header"], rows)

    def _policies(self) -> None:
        if not self.ev.policies:
            return
        self.lines.append(TEXT["policies_title"])
        rows = []
        for policy in self.ev.policies:
            title = policy.title_zh if self.language == "zh" else policy.title_en
            reason = policy.reason_zh if self.language == "zh" else policy.reason_en
            rows.append(
                (
                    f"{policy.policy_id} {_clip(title, 40)}",
                    policy.status.value,
                    self.money(policy.present_value),
                    _clip(reason, 60),
                )
            )
        self._grid(TEXT["policies_header"], rows, "llrl")

    def _latency(self) -> None:
        regions = [(site, result) for site in self.ev.sites for result in site.latency]
        if not regions:
            return
        budget = regions[0][1].budget_ms
        self.lines.append(TEXT["latency_title"].format(budget="?" if budget is None else f"{budget:g}"))
        rows = [
            (
                self.name(site.id),
                result.name_zh if self.language == "zh" else result.name_en,
                "?" if result.latency_ms is None else f"{result.latency_ms:g}",
                result.verdict.value,
            )
            for site, result in regions
        ]
        self._grid(TEXT["latency_header"], rows, "llrl")

    def _table(self, site) -> None:
        role = (
            TEXT["role_origin"]
            if site.is_origin
            else (TEXT["role_destination"] if site.is_destination else TEXT["role_other"])
        )
        self.lines.append(TEXT["table_title"].format(name=self.name(site.id), role=role))
        table = site.table
        columns = (
            "energy",
            "space",
            "service_fee",
            "network",
            "labour",
            "charges",
            "opex",
            "incentives",
            "net",
        )
        rows = [
            (str(year), *(self.money(float(getattr(table, column)[year])) for column in columns))
            for year in range(len(self.ev.years))
            if year > 0 or table.incentives[0] != 0
        ]
        self._grid(TEXT["table_header"], rows)

    def _cash_flows(self) -> None:
        case = self.case
        self.lines.append(
            TEXT["cash_title"].format(origin=self.name(self.ev.origin), destination=self.name(case.site_id))
        )
        rows = [
            (
                str(year),
                self.money(float(case.cash_flows[year])),
                self.money(float(case.cumulative[year])),
                self.money(float(case.discounted[year])),
            )
            for year in range(len(self.ev.years))
        ]
        self._grid(TEXT["cash_header"], rows)

    def _tornado(self, result) -> None:
        self.lines.append(TEXT["tornado_title"].format(count=len(result.bars)))
        if not result.bars:
            self.lines += ["  " + TEXT["tornado_none"], ""]
            return
        rows = [
            (
                _clip(bar.label_zh if self.language == "zh" else bar.label_en, 44),
                f"{bar.low:g} {bar.unit}",
                f"{bar.high:g} {bar.unit}",
                self.money(bar.npv_at_low),
                self.money(bar.npv_at_high),
                self.money(bar.swing),
            )
            for bar in result.bars
        ]
        self._grid(TEXT["tornado_header"], rows)

    def _monte_carlo(self, result) -> None:
        from explorer.domain.formatting import format_percent

        self.lines.append(
            TEXT["mc_title"].format(samples=f"{result.samples:,}", seed=result.seed, drawn=len(result.drawn))
        )
        self.lines.append(
            "  "
            + TEXT["mc_line"].format(
                p10=self.money(result.p10),
                p50=self.money(result.p50),
                p90=self.money(result.p90),
                mean=self.money(result.mean),
                positive=format_percent(result.probability_positive),
            )
        )
        self.lines += ["  " + line for line in _histogram(result, self.money)]
        self.lines.append("")

    def _goal_seek(self, result) -> None:
        item = next((i for i in self.ev.inputs if i.path == result.path), None)
        unit = item.unit if item else ""
        self.lines.append(TEXT["goal_title"].format(path=result.path, target=self.money(result.target_npv)))
        if result.solved:
            self.lines.append(
                "  "
                + TEXT["goal_solved"].format(
                    value=_number(result.value),
                    unit=unit,
                    current=_number(result.current_value),
                    npv=self.money(result.npv_at_value),
                )
            )
            if result.step:
                self.lines.append("  " + TEXT["goal_step"])
        else:
            self.lines.append(
                "  "
                + TEXT["goal_none"].format(
                    low=_number(result.low),
                    high=_number(result.high),
                    unit=unit,
                    npv_low=self.money(result.npv_at_low),
                    npv_high=self.money(result.npv_at_high),
                )
            )
        self.lines.append("")

    def _grid(self, header: tuple[str, ...], rows: list[tuple[str, ...]], align: str = "") -> None:
        """A plain-text table: ``align`` gives "l" or "r" per column (default: first left, others right)."""
        align = align or "l" + "r" * (len(header) - 1)
        widths = [max(_width(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
        for row in (header, *rows):
            cells = [_pad(str(cell), w, a) for cell, w, a in zip(row, widths, align, strict=True)]
            self.lines.append("  " + "  ".join(cells).rstrip())
        self.lines.append("")


def _number(value: float) -> str:
    """An input's value as typed: whole yuan with separators, small figures to six digits."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.6g}"


def _width(text: str) -> int:
    """Columns the text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, align: str) -> str:
    space = " " * max(0, width - _width(text))
    return text + space if align == "l" else space + text


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    while _width(text) > width - 1:
        text = text[:-1]
    return text + "…"


def _histogram(result, money, rows: int = 10, width: int = 40) -> list[str]:
    """A text histogram of the NPV in ``rows`` bands."""
    counts, edges = result.histogram_counts, result.histogram_edges
    step = max(1, len(counts) // rows)
    bands = [
        (edges[i], edges[min(i + step, len(counts))], int(counts[i : i + step].sum()))
        for i in range(0, len(counts), step)
    ]
    peak = max(count for _, _, count in bands) or 1
    labels = [f"{money(low)} .. {money(high)}" for low, high, _ in bands]
    pad = max(len(label) for label in labels)
    return [
        f"{label:>{pad}}  {'#' * round(width * count / peak)}"
        for label, (_, _, count) in zip(labels, bands, strict=True)
    ]
