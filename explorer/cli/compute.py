"""``main.py compute SCENARIO.json``: evaluate a relocation case without the GUI.
One module because it is one command: its arguments, its text summary and its JSON describe the same
Evaluation and analyses, each printed line beside its literal translate call (the package's lines
are already compute_package.py).

Prints the KPIs and each site's annual table; ``--json`` prints the whole
Evaluation (and any analyses asked for) as JSON instead. ``--tornado``,
``--monte-carlo N`` and ``--goal-seek FIELD`` add those analyses. A scenario that
carries an incentive package (``"package"``) also gets the package's fiscal cost and
the firm's gain (``explorer.cli.compute_package``).

Every text is a literal ``QCoreApplication.translate("ComputeCommand", …)`` call
(the run's language, see ``explorer.cli.language``); the numbers (万/亿 or K/M/B)
and the data texts (site and policy names) follow ``--language`` if given, else
the run's language.

Exit codes: 0 done, 1 the data pack could not be loaded, 2 invalid input (the
message, naming the field, goes to stderr).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.cli.terminal import clip, fail, pad, width
from explorer.domain.messages import local
from explorer.translation import error_text

EXIT_OK, EXIT_PACK, EXIT_INVALID = 0, 1, 2


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "compute",
        help=QCoreApplication.translate(
            "ComputeCommand", "evaluate a scenario file: KPIs, annual tables, and optional risk analyses"
        ),
        description=QCoreApplication.translate(
            "ComputeCommand",
            "Evaluate a relocation scenario (JSON, see docs/scenario-format.md) with the cost model.",
        ),
    )
    parser.add_argument(
        "scenario", type=Path, help=QCoreApplication.translate("ComputeCommand", "the scenario file (.json)")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate(
            "ComputeCommand", "print the whole evaluation as JSON instead of a summary"
        ),
    )
    parser.add_argument(
        "--tornado",
        action="store_true",
        help=QCoreApplication.translate(
            "ComputeCommand", "add a tornado: NPV at the low and high end of each uncertain input"
        ),
    )
    parser.add_argument(
        "--monte-carlo",
        type=int,
        metavar="N",
        help=QCoreApplication.translate(
            "ComputeCommand", "add a Monte Carlo of N samples (triangular draws); e.g. 10000"
        ),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help=QCoreApplication.translate("ComputeCommand", "random seed of the Monte Carlo (default 0)"),
    )
    parser.add_argument(
        "--goal-seek",
        metavar="FIELD",
        help=QCoreApplication.translate(
            "ComputeCommand",
            "add a goal seek: the value of FIELD (a dotted path) at which NPV = 0; or one of the "
            "window's common questions: preset:price (break-even electricity price, the policy price "
            "where a policy sets it), preset:incentive (incentive needed), preset:migration (largest "
            "migration cost)",
        ),
    )
    parser.add_argument(
        "--goal-range",
        type=float,
        nargs=2,
        metavar=("LOW", "HIGH"),
        help=QCoreApplication.translate(
            "ComputeCommand", "search range of the goal seek (default: the field's allowed range)"
        ),
    )
    parser.add_argument(
        "--target-npv",
        type=float,
        default=0.0,
        help=QCoreApplication.translate("ComputeCommand", "NPV the goal seek aims at, yuan (default 0)"),
    )
    parser.add_argument(
        "--site",
        help=QCoreApplication.translate(
            "ComputeCommand", "the site the case moves to (default: the scenario's destination)"
        ),
    )
    parser.add_argument(
        "--language",
        choices=("en", "zh"),
        help=QCoreApplication.translate(
            "ComputeCommand",
            "language of the summary and its numbers: en (K/M/B) or zh (万/亿); "
            "default: the language of the messages",
        ),
    )
    parser.add_argument(
        "--pack",
        type=Path,
        help=QCoreApplication.translate(
            "ComputeCommand", "data pack folder, .zip or .xlsx to use instead of the active one"
        ),
    )
    parser.set_defaults(handler=run_compute)


def run_compute(args: argparse.Namespace) -> int:
    from explorer.domain.errors import InvalidInput
    from explorer.project import ProjectError, read_project_file
    from explorer.translation import user_text

    # The one loader ``export`` uses too: the same size, depth and text limits, a scenario file
    # or a project (its current scenario).
    try:
        project, _is_project = read_project_file(args.scenario)
    except ProjectError as error:
        return fail(error_text(error), EXIT_INVALID)
    scenario = project.current.scenario
    for note in project.migration_notes:  # an older file brought up to date: what changed, once, on stderr
        print(
            QCoreApplication.translate("ComputeCommand", "note: {note}").format(note=user_text(note)),
            file=sys.stderr,
        )
    try:
        pack = _load_pack(args.pack)
    except Exception as error:  # any failure to load is reported, never a traceback
        reason = QCoreApplication.translate("ComputeCommand", "the data pack could not be loaded: {reason}")
        return fail(reason.format(reason=error_text(error)), EXIT_PACK)
    try:
        report = _compute(scenario, pack, args, project.current.package)
    except InvalidInput as error:
        return fail(error_text(error), EXIT_INVALID)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(report["_text"])
    return EXIT_OK


def _load_pack(folder: Path | None):
    from explorer.cli import load_command_pack

    return load_command_pack(folder)


def _compute(scenario, pack, args: argparse.Namespace, package=None) -> dict:
    """The evaluation and the analyses asked for: as a dict for --json, plus the summary text."""
    from explorer.cli.compute_package import assess_package
    from explorer.domain.engine import evaluate_model
    from explorer.domain.model import build_model
    from explorer.domain.uncertainty import monte_carlo, tornado

    model = build_model(scenario, pack)
    site = _case_site(model, args.site)
    evaluation = evaluate_model(model)
    analyses = {}
    if args.tornado:
        analyses["tornado"] = tornado(model, site_id=site)
    if args.monte_carlo is not None:
        analyses["monte_carlo"] = monte_carlo(model, samples=args.monte_carlo, seed=args.seed, site_id=site)
    if args.goal_seek:
        analyses["goal_seek"] = _seek(scenario, pack, model, site, args)
    if package is not None:
        analyses["package"] = assess_package(scenario, pack, package)
    if args.json:
        from explorer.cli.compute_package import package_to_report
        from explorer.domain.figure_style import Style
        from explorer.domain.figures import case_figures
        from explorer.reports.language import ReportLanguage

        # the reasons' *_zh keys in Chinese whatever the run's language, as the pack's *_zh texts are
        chinese = Style(ReportLanguage("zh_CN").translate, "zh_CN").text
        data = evaluation.to_dict(chinese=chinese)
        data["figures"] = case_figures(evaluation, site).to_dict()
        for name, result in analyses.items():
            if name == "tornado":  # its labels as label_en/label_zh, the Chinese through the translator
                data[name] = result.to_dict(chinese=chinese)
            elif name != "package":
                data[name] = result.to_dict()
        if package is not None:
            data["package"] = package_to_report(analyses["package"])
        return data
    return {"_text": Summary(evaluation, site, _summary_language(args), pack).render(analyses)}


PRESET_PREFIX = "preset:"
# Table columns shown only where a case has them (self-build investment, profit-based tax relief, ...)
OPTIONAL_COLUMNS = ("service_fee", "charges", "investment", "tax")


def _seek(scenario, pack, model, site: str, args: argparse.Namespace):
    """``--goal-seek FIELD``: a GoalSeek; ``--goal-seek preset:KIND``: a PresetAnswer, as in the window.

    A preset searches its own range (widened towards the answer) unless ``--goal-range`` gives one.
    """
    from explorer.domain.goal_presets import PresetAnswer, goal_preset, solve_preset
    from explorer.domain.uncertainty import goal_seek

    field = args.goal_seek
    if not field.startswith(PRESET_PREFIX):
        low, high = args.goal_range if args.goal_range else (None, None)
        return goal_seek(scenario, pack, field, target_npv=args.target_npv, low=low, high=high, site_id=site)
    kind = field[len(PRESET_PREFIX) :]
    if not args.goal_range:
        return solve_preset(model, kind=kind, target_npv=args.target_npv, site_id=site)
    preset = goal_preset(model, kind=kind, site_id=site)
    low, high = args.goal_range
    result = goal_seek(
        model, path=preset.path, target_npv=args.target_npv, low=low, high=high, site_id=site,
        raise_with=preset.raise_with,
    )  # fmt: skip
    return PresetAnswer(preset, result)


def _case_site(model, wanted: str | None) -> str:
    """The site of the case to show: ``--site`` if it is a destination or comparator of the scenario."""
    from explorer.domain.errors import InvalidInput
    from explorer.domain.messages import QT_TRANSLATE_NOOP

    if wanted is None:
        return model.sites[model.destination].id
    choices = ", ".join(site.id for i, site in enumerate(model.sites) if i != model.origin)
    if wanted not in (site.id for site in model.sites):
        raise InvalidInput(
            f"sites.{wanted}",
            QT_TRANSLATE_NOOP("ComputeCommand", "is not in the scenario; a case can move to: {sites}"),
            sites=choices,
        )
    if model.site_position(wanted) == model.origin:
        raise InvalidInput(
            f"sites.{wanted}",
            QT_TRANSLATE_NOOP("ComputeCommand", "is the origin; a case can move to: {sites}"),
            sites=choices,
        )
    return wanted


def _summary_language(args: argparse.Namespace) -> str:
    """``--language`` if given, else the run's language: "zh" or "en"."""
    if args.language:
        return args.language
    return "zh" if getattr(args, "command_language", "en").startswith("zh") else "en"


class Summary:
    """The readable summary: KPIs, other cases, policies, latency, annual tables, analyses."""

    def __init__(self, evaluation, site_id: str, language: str, pack=None) -> None:
        self.ev = evaluation
        self.pack = pack  # the data pack: its hub facts give official latency claims
        self.case = evaluation.case(site_id)
        self.language = language  # of the numbers and the data texts: "zh" or "en"
        self.lines: list[str] = []

    @functools.cached_property
    def figures(self):
        """The case's figures (explorer.domain.figures), made once for the summary's sections."""
        from explorer.domain.figures import case_figures

        return case_figures(self.ev, self.case.site_id)

    def unit(self, unit: str) -> str:
        """An input's unit in the run's language (yuan/kWh -> 元/千瓦时)."""
        from explorer.domain.fields import unit_words
        from explorer.translation import user_text

        return user_text(unit_words(unit))

    def money(self, value: float) -> str:
        from explorer.domain.formatting import format_money

        return format_money(value, self.language)

    def name(self, site_id: str) -> str:
        site = self.ev.site(site_id)
        return local(site.name_en, site.name_zh, self.language)

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
        if "package" in analyses:
            from explorer.cli.compute_package import package_lines

            self.lines += package_lines(
                analyses["package"], self.money, self.irr_text, self.payback_text, self.language
            )
        return "\n".join(self.lines).rstrip() + "\n"

    # --- sections -----------------------------------------------------------
    def _header(self) -> None:
        from explorer.domain.formatting import format_percent

        ev = self.ev
        title = ev.title or QCoreApplication.translate("ComputeCommand", "(untitled)")
        self.lines.append(
            QCoreApplication.translate("ComputeCommand", "Scenario: {title}").format(title=title)
        )
        route = QCoreApplication.translate(
            "ComputeCommand",
            "{origin} -> {destination}   mode {mode}, {horizon} years from {move}, discount rate {rate}",
        )
        self.lines.append(
            route.format(
                origin=self.name(ev.origin),
                destination=self.name(self.case.site_id),
                mode=mode_label(ev.mode),
                horizon=ev.horizon,
                move=ev.move_date.isoformat(),
                rate=format_percent(ev.discount_rate),
            )
        )
        self.lines.append("")

    def _kpis(self) -> None:
        """The case's key figures as the window and the reports show them (explorer.domain.figures)."""
        ev, case = self.ev, self.case
        figures = self.figures
        style = self.style
        title = QCoreApplication.translate("ComputeCommand", "Key figures (case {origin} -> {destination})")
        self.lines.append(title.format(origin=self.name(ev.origin), destination=self.name(case.site_id)))
        rows = []
        marks = []
        for figure in figures.kpis:
            value = style.value(figure)
            if figure.key == "irr" and figure.value is None:
                value = self.irr_text(case.irr)
            elif figure.key == "payback":
                value = self.payback_text(case.payback)
            if figure.marks:
                value = f"{value}  (!)"
                marks += [style.text(mark.reason) for mark in figure.marks]
            rows.append((style.text(figure.label), value))
        columns = max(width(label) for label, _ in rows)
        self.lines += [f"  {pad(label, columns, 'l')}  {value}" for label, value in rows]
        if marks:  # below the figures, apart: "(!)" beside a figure points here
            self.lines += ["", *(f"  (!) {mark}" for mark in marks)]
        self.lines.append("")

    @property
    def style(self):
        from explorer.domain.figure_style import Style

        return Style(QCoreApplication.translate, self.language)

    def irr_text(self, irr) -> str:
        from explorer.domain.finance import IrrStatus
        from explorer.domain.formatting import format_percent

        if irr.status is IrrStatus.DEFINED:
            return format_percent(irr.value)
        if irr.status is IrrStatus.NO_SIGN_CHANGE:
            reason = QCoreApplication.translate("ComputeCommand", "the cash flows never change sign")
        elif irr.status is IrrStatus.NO_ROOT:
            reason = QCoreApplication.translate("ComputeCommand", "no rate gives NPV = 0")
        else:
            reason = QCoreApplication.translate(
                "ComputeCommand", "several rates give NPV = 0: {roots}"
            ).format(roots=", ".join(format_percent(r) for r in irr.roots))
        return QCoreApplication.translate("ComputeCommand", "undefined ({reason})").format(reason=reason)

    def payback_text(self, payback) -> str:
        from explorer.domain.finance import PaybackStatus
        from explorer.domain.formatting import format_months

        if payback.status is PaybackStatus.IMMEDIATE:
            return QCoreApplication.translate("ComputeCommand", "immediate (0 months)")
        if payback.status is PaybackStatus.NOT_WITHIN:
            return QCoreApplication.translate("ComputeCommand", "not within {horizon} years").format(
                horizon=payback.horizon_years
            )
        months = format_months(payback.months, self.language)
        if payback.falls_back_in_year is not None:
            return QCoreApplication.translate(
                "ComputeCommand", "{months}, but the cumulative falls below 0 again in year {year}"
            ).format(months=months, year=payback.falls_back_in_year)
        return months

    def _other_cases(self) -> None:
        others = [c for c in self.ev.cases if c.site_id != self.case.site_id]
        if not others:
            return
        title = QCoreApplication.translate("ComputeCommand", "Other sites (case {origin} -> site)")
        self.lines.append(title.format(origin=self.name(self.ev.origin)))
        header = (
            QCoreApplication.translate("ComputeCommand", "Site"),
            QCoreApplication.translate("ComputeCommand", "NPV"),
            QCoreApplication.translate("ComputeCommand", "IRR"),
            QCoreApplication.translate("ComputeCommand", "Payback"),
        )
        rows = [
            (self.name(c.site_id), self.money(c.npv), self.irr_text(c.irr), self.payback_text(c.payback))
            for c in others
        ]
        self._grid(header, rows)

    def _policies(self) -> None:
        if not self.ev.policies:
            return
        self.lines.append(QCoreApplication.translate("ComputeCommand", "Policies"))
        header = (
            QCoreApplication.translate("ComputeCommand", "Policy"),
            QCoreApplication.translate("ComputeCommand", "Status"),
            QCoreApplication.translate("ComputeCommand", "Value (PV)"),
            QCoreApplication.translate("ComputeCommand", "Why"),
        )
        rows = []
        for policy in self.ev.policies:
            title = local(policy.title_en, policy.title_zh, self.language)
            reason = self.style.text(policy.reason)
            rows.append(
                (
                    f"{policy.policy_id} {clip(title, 40)}",
                    status_label(policy.status),
                    self.money(policy.present_value),
                    clip(reason, 60),
                )
            )
        self._grid(header, rows, "llrl")

    def _latency(self) -> None:
        regions = [(site, result) for site in self.ev.sites for result in site.latency]
        if not regions:
            return
        budget = regions[0][1].budget_ms
        title = QCoreApplication.translate(
            "ComputeCommand", "Latency against a budget of {budget} ms (round trip)"
        )
        self.lines.append(title.format(budget="?" if budget is None else f"{budget:g}"))
        from explorer.domain.latency import KIND_WORDS, LatencyKind, citation, ms_text, official_claims

        # Latency has one meaning (cost-model.md 7.5): the engine's figures are round-trip estimates;
        # an official claim (a hub fact, often one-way) stands beside the estimate of its pair.
        facts = self.pack.hub_facts if self.pack is not None else ()
        kinds = {kind: QCoreApplication.translate(w.context, w) for kind, w in KIND_WORDS.items()}
        in_ms = QCoreApplication.translate("ComputeCommand", "{kind}, ms")
        header = (
            QCoreApplication.translate("ComputeCommand", "Site"),
            QCoreApplication.translate("ComputeCommand", "Region"),
            in_ms.format(kind=_capital(kinds[LatencyKind.ROUND_TRIP_ESTIMATE])),
            QCoreApplication.translate("ComputeCommand", "Verdict"),
            in_ms.format(kind=_capital(kinds[LatencyKind.OFFICIAL_CLAIM])),
            QCoreApplication.translate("ComputeCommand", "Source of the claim"),
        )
        rows = []
        for site, result in regions:
            claims = official_claims(facts, site.id, result.region)
            rows.append(
                (
                    self.name(site.id),
                    local(result.name_en, result.name_zh, self.language),
                    "?" if result.latency_ms is None else ms_text(result.latency_ms),
                    verdict_label(result.verdict),
                    "/".join(ms_text(f.value) for f in claims if f.value is not None) or "-",
                    "; ".join(clip(citation(f, language=self.language), 60) for f in claims) or "-",
                )
            )
        self._grid(header, rows, "llrlrl")
        if any(row[4] != "-" for row in rows):
            self.lines.insert(
                len(self.lines) - 1,
                "  "
                + QCoreApplication.translate(
                    "ComputeCommand",
                    "Official claims are published figures (hub facts of the data pack), often one-way "
                    "from the hub's gateway; the verdict uses the round-trip estimate.",
                ),
            )

    def _table(self, site) -> None:
        if site.is_origin:
            role = QCoreApplication.translate("ComputeCommand", "origin")
        elif site.is_destination:
            role = QCoreApplication.translate("ComputeCommand", "destination")
        else:
            role = QCoreApplication.translate("ComputeCommand", "comparator")
        title = QCoreApplication.translate("ComputeCommand", "Annual table: {name} ({role})")
        self.lines.append(title.format(name=self.name(site.id), role=role))
        from explorer.domain.evaluation import COLUMN_WORDS, AnnualTable

        table = site.table
        columns = [c for c in AnnualTable.COLUMNS if c not in OPTIONAL_COLUMNS or getattr(table, c).any()]
        header = (
            QCoreApplication.translate("ComputeCommand", "Year"),
            *(QCoreApplication.translate("Figures", COLUMN_WORDS[column]) for column in columns),
        )
        rows = [
            (str(year), *(self.money(float(getattr(table, column)[year])) for column in columns))
            for year in range(len(self.ev.years))
            if year > 0 or table.incentives[0] != 0 or table.investment[0] != 0
        ]
        self._grid(header, rows)

    def _cash_flows(self) -> None:
        from explorer.domain.figures import CASH_FLOW_FIELDS, OPTIONAL_CASH_FLOW_FIELDS

        case = self.case
        title = QCoreApplication.translate(
            "ComputeCommand", "Cash flows of the case {origin} -> {destination}"
        )
        self.lines.append(title.format(origin=self.name(self.ev.origin), destination=self.name(case.site_id)))
        rows_of = self.figures.cash_flows
        fields = [
            f
            for f in CASH_FLOW_FIELDS
            if f not in OPTIONAL_CASH_FLOW_FIELDS or any(getattr(r, f) for r in rows_of)
        ]
        words = {
            "savings": QCoreApplication.translate("ComputeCommand", "Saving"),
            "investment": QCoreApplication.translate("ComputeCommand", "Investment"),
            "incentives": QCoreApplication.translate("ComputeCommand", "Incentives"),
            "tax": QCoreApplication.translate("ComputeCommand", "Tax relief"),
            "one_off": QCoreApplication.translate("ComputeCommand", "One-off"),
            "cash_flow": QCoreApplication.translate("ComputeCommand", "Cash flow"),
            "cumulative": QCoreApplication.translate("ComputeCommand", "Cumulative"),
            "discounted": QCoreApplication.translate("ComputeCommand", "Discounted"),
        }
        header = (QCoreApplication.translate("ComputeCommand", "Year"), *(words[f] for f in fields))
        rows = [
            (
                str(row.year),
                *(self.money(-getattr(row, f) if f == "one_off" else getattr(row, f)) for f in fields),
            )
            for row in rows_of
        ]
        self._grid(header, rows)

    def _tornado(self, result) -> None:
        title = QCoreApplication.translate(
            "ComputeCommand", "Tornado: NPV with each input at its low and high end ({count} inputs)"
        )
        self.lines.append(title.format(count=len(result.bars)))
        if not result.bars:
            self.lines += [
                "  " + QCoreApplication.translate("ComputeCommand", "No input has a range: nothing to vary."),
                "",
            ]
            return
        header = (
            QCoreApplication.translate("ComputeCommand", "Input"),
            QCoreApplication.translate("ComputeCommand", "Low"),
            QCoreApplication.translate("ComputeCommand", "High"),
            QCoreApplication.translate("ComputeCommand", "NPV at low"),
            QCoreApplication.translate("ComputeCommand", "NPV at high"),
            QCoreApplication.translate("ComputeCommand", "Swing"),
        )
        rows = [
            (
                clip(self.style.text(bar.label), 44),
                f"{_number(bar.low)} {self.unit(bar.unit)}",
                f"{_number(bar.high)} {self.unit(bar.unit)}",
                self.money(bar.npv_at_low),
                self.money(bar.npv_at_high),
                self.money(bar.swing),
            )
            for bar in result.bars
        ]
        self._grid(header, rows)

    def _monte_carlo(self, result) -> None:
        from explorer.domain.formatting import format_percent

        title = QCoreApplication.translate(
            "ComputeCommand", "Monte Carlo: {samples} samples, seed {seed}, {drawn} uncertain inputs"
        )
        self.lines.append(
            title.format(samples=f"{result.samples:,}", seed=result.seed, drawn=len(result.drawn))
        )
        line = QCoreApplication.translate(
            "ComputeCommand", "P10 {p10}   P50 {p50}   P90 {p90}   mean {mean}   P(NPV > 0) {positive}"
        )
        self.lines.append(
            "  "
            + line.format(
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
        from explorer.domain.goal_presets import PresetAnswer
        from explorer.translation import user_text

        answer = result if isinstance(result, PresetAnswer) else None
        result = answer.result if answer is not None else result
        item = next((i for i in self.ev.inputs if i.path == result.path), None)
        unit = self.unit(item.unit) if item else ""
        label = self.style.text(item.label) if item else ""
        if label:
            title = QCoreApplication.translate(
                "ComputeCommand", "Goal seek: {label} ({path}) for NPV = {target}"
            )
        else:
            title = QCoreApplication.translate("ComputeCommand", "Goal seek: {path} for NPV = {target}")
        self.lines.append(title.format(label=label, path=result.path, target=self.money(result.target_npv)))
        if result.solved:
            solved = QCoreApplication.translate(
                "ComputeCommand", "{value} {unit} (now {current}; NPV there {npv})"
            )
            self.lines.append(
                "  "
                + solved.format(
                    value=_number(result.value),
                    unit=unit,
                    current=_number(result.current_value),
                    npv=self.money(result.npv_at_value),
                )
            )
            if result.step:
                step = QCoreApplication.translate(
                    "ComputeCommand",
                    "note: the NPV jumps across the target at this value (a whole rack, or a threshold)",
                )
                self.lines.append("  " + step)
            for path, value in result.changes()[1:]:  # a market price raised with a policy price
                raised = QCoreApplication.translate("ComputeCommand", "with {path} raised to {value} {unit}")
                self.lines.append("  " + raised.format(path=path, value=_number(value), unit=unit))
        elif answer is not None:
            self.lines.append("  " + user_text(answer.reason(self.language, money=self.money)))
        else:
            none = QCoreApplication.translate(
                "ComputeCommand",
                "no solution in range {low} .. {high} {unit}: NPV goes from {npv_low} to {npv_high}",
            )
            self.lines.append(
                "  "
                + none.format(
                    low=_number(result.low),
                    high=_number(result.high),
                    unit=unit,
                    npv_low=self.money(result.npv_at_low),
                    npv_high=self.money(result.npv_at_high),
                )
            )
        if answer is not None:
            self.lines.append("  " + user_text(answer.preset.note(self.language, money=self.money)))
        self.lines.append("")

    def _grid(self, header: tuple[str, ...], rows: list[tuple[str, ...]], align: str = "") -> None:
        """A plain-text table: ``align`` gives "l" or "r" per column (default: first left, others right)."""
        align = align or "l" + "r" * (len(header) - 1)
        widths = [max(width(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
        for row in (header, *rows):
            cells = [pad(str(cell), w, a) for cell, w, a in zip(row, widths, align, strict=True)]
            self.lines.append("  " + "  ".join(cells).rstrip())
        self.lines.append("")


def mode_label(mode: str) -> str:
    """How the firm runs its compute, as the summary names it."""
    from explorer.domain.scenario import MODE_WORDS

    word = MODE_WORDS.get(str(mode))
    return QCoreApplication.translate(word.context, word) if word is not None else str(mode)


def status_label(status) -> str:
    """A policy's status for this firm, as the summary names it."""
    labels = {
        "eligible": QCoreApplication.translate("ComputeCommand", "eligible"),
        "not_eligible": QCoreApplication.translate("ComputeCommand", "not eligible"),
        "unknown": QCoreApplication.translate("ComputeCommand", "unknown"),
        "expired": QCoreApplication.translate("ComputeCommand", "expired"),
        "not_quantified": QCoreApplication.translate("ComputeCommand", "not quantified"),
        "not_applicable": QCoreApplication.translate("ComputeCommand", "not applicable"),
    }
    return labels.get(str(status), str(status))


def _capital(text: str) -> str:
    """A phrase as a column heading: "round-trip estimate" -> "Round-trip estimate"."""
    return text[:1].upper() + text[1:]


def verdict_label(verdict) -> str:
    """A region's latency against the budget, as the summary names it."""
    labels = {
        "ok": QCoreApplication.translate("ComputeCommand", "ok"),
        "marginal": QCoreApplication.translate("ComputeCommand", "marginal"),
        "too_slow": QCoreApplication.translate("ComputeCommand", "too slow"),
        "unknown": QCoreApplication.translate("ComputeCommand", "unknown"),
    }
    return labels.get(str(verdict), str(verdict))


def _number(value: float) -> str:
    """An input's value as typed: whole yuan with separators, small figures to six digits."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.6g}"


def _histogram(result, money, rows: int = 10, columns: int = 40) -> list[str]:
    """A text histogram of the NPV in ``rows`` bands."""
    counts, edges = result.histogram_counts, result.histogram_edges
    step = max(1, len(counts) // rows)
    bands = [
        (edges[i], edges[min(i + step, len(counts))], int(counts[i : i + step].sum()))
        for i in range(0, len(counts), step)
    ]
    peak = max(count for _, _, count in bands) or 1
    labels = [f"{money(low)} .. {money(high)}" for low, high, _ in bands]
    label_columns = max(width(label) for label in labels)
    return [
        f"{pad(label, label_columns, 'r')}  {'#' * round(columns * count / peak)}"
        for label, (_, _, count) in zip(labels, bands, strict=True)
    ]
