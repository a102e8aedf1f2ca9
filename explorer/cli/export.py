"""``main.py export FILE --pdf OUT.pdf --xlsx OUT.xlsx --lang zh``: the investor pack without the GUI.

FILE is a project (.gcx) or a scenario file (.json, e.g. data/personas/*.json).
Every output is written atomically: a failure never leaves half a file.

``--lang`` is the language of the exported files (default: the run's language,
from the global ``main.py --lang`` or the system's); given, it is also the
language of the messages, unless the global ``main.py --lang`` says otherwise
(see ``explorer.cli.language``). A PDF or PNG needs fonts and painting:
``explorer.cli`` then starts the run with an offscreen ``QGuiApplication``.

Exit codes: 0 done; 1 the data pack could not be loaded, or an output could not
be written; 2 invalid input (the file is missing, damaged or not a project or
scenario, no output was asked for, a bad chart or size, an unknown scenario).
Messages go to stderr; the paths written go to stdout, one a line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.cli.terminal import fail
from explorer.translation import error_text, user_text

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
# the charts an investor pack without the client's figures leaves out (reports/anonymise.py)
WITHHELD_CHARTS = ("costs", "tornado")
CHARTS = ("cashflow", "waterfall", "costs", "tornado", "montecarlo")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help=QCoreApplication.translate(
            "ExportCommand",
            "export the investor pack (PDF), the Excel workbook, the annual table (CSV) or a chart (PNG)",
        ),
        description=QCoreApplication.translate(
            "ExportCommand",
            "Export a project (.gcx) or a scenario file (.json) as the investor pack (PDF), an Excel "
            "workbook, the annual table as CSV or a chart as PNG. Made offline; see docs/exports.md.",
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        help=QCoreApplication.translate("ExportCommand", "the project (.gcx) or scenario file (.json)"),
    )
    parser.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT.pdf",
        help=QCoreApplication.translate("ExportCommand", "write the investor pack as PDF here"),
    )
    parser.add_argument(
        "--xlsx",
        type=Path,
        metavar="OUT.xlsx",
        help=QCoreApplication.translate("ExportCommand", "write the Excel workbook here"),
    )
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="OUT.csv",
        help=QCoreApplication.translate(
            "ExportCommand", "write the annual table per site as CSV (UTF-8 with BOM) here"
        ),
    )
    parser.add_argument(
        "--png",
        type=Path,
        metavar="OUT.png",
        help=QCoreApplication.translate(
            "ExportCommand", "write a chart as PNG here (see --chart and --size)"
        ),
    )
    parser.add_argument(
        "--chart",
        choices=CHARTS,
        default="cashflow",
        help=QCoreApplication.translate("ExportCommand", "the chart of --png (default cashflow)"),
    )
    parser.add_argument(
        "--size",
        default="1920x1080",
        metavar="WxH",
        help=QCoreApplication.translate(
            "ExportCommand", "pixel size of --png, WIDTHxHEIGHT (default 1920x1080)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en", "zh_CN"),
        default=None,
        help=QCoreApplication.translate(
            "ExportCommand",
            "language of the exports: zh (Chinese) or en (English); also of the messages unless "
            "main.py --lang is given (default: the language of the run, from main.py --lang or the system)",
        ),
    )
    parser.add_argument(
        "--currency",
        choices=("CNY", "USD"),
        type=str.upper,
        default="CNY",
        help=QCoreApplication.translate(
            "ExportCommand",
            "currency of every amount: CNY, or USD at the scenario's exchange rate (finance.cny_per_usd), "
            "named on every page and sheet (default CNY)",
        ),
    )
    parser.add_argument(
        "--package-copy",
        choices=("firm", "bureau", "none"),
        default="firm",
        help=QCoreApplication.translate(
            "ExportCommand",
            "the scenario's proposed incentive package, if it has one: firm (the firm's copy, without the "
            "region's side), bureau (the finance bureau's copy, with it) or none (left out); default firm",
        ),
    )
    parser.add_argument(
        "--results-only",
        action="store_true",
        help=QCoreApplication.translate(
            "ExportCommand",
            "leave out the client's own figures and every input (the investor pack and workbook show the "
            "results only); the annual table (--csv) and the cost and tornado charts show inputs, so they "
            "are refused with it",
        ),
    )
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        help=QCoreApplication.translate(
            "ExportCommand", "which scenario of a project, by name or id (default: the project's current one)"
        ),
    )
    parser.add_argument(
        "--pack",
        type=Path,
        help=QCoreApplication.translate(
            "ExportCommand", "data pack folder, .zip or .xlsx to use instead of the active one"
        ),
    )
    parser.add_argument(
        "--refresh-pack-values",
        action="store_true",
        help=QCoreApplication.translate(
            "ExportCommand",
            "a project made with another data pack: use the current pack's figures "
            "(default: keep the project's)",
        ),
    )
    parser.add_argument(
        "--samples",
        type=int,
        default=10_000,
        help=QCoreApplication.translate(
            "ExportCommand", "Monte Carlo samples for the risk section (default 10000; 0 leaves it out)"
        ),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help=QCoreApplication.translate("ExportCommand", "Monte Carlo seed (default 0)"),
    )
    parser.add_argument(
        "--date",
        help=QCoreApplication.translate("ExportCommand", "the date on the cover, YYYY-MM-DD (default today)"),
    )
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from explorer.domain.errors import InvalidInput
    from explorer.project import ProjectError, fit_to_pack, read_project_file

    outputs = [p for p in (args.pdf, args.xlsx, args.csv, args.png) if p is not None]
    if not outputs:
        return fail(
            QCoreApplication.translate(
                "ExportCommand", "nothing to export: give at least one of --pdf, --xlsx, --csv, --png"
            ),
            EXIT_INVALID,
        )
    shows_inputs = args.csv is not None or (args.png is not None and args.chart in WITHHELD_CHARTS)
    if args.results_only and shows_inputs:
        refused = QCoreApplication.translate(
            "ExportCommand",
            "--results-only leaves out the client's figures: the annual table (--csv) and the cost and "
            "tornado charts show them, so they cannot be exported with it",
        )
        return fail(refused, EXIT_INVALID)
    size = _size(args.size)
    if size is None:
        refused = QCoreApplication.translate(
            "ExportCommand",
            "--size must be WIDTHxHEIGHT with each side from 16 to 8000 pixels and at most 32 million "
            "pixels in all, got {size!r}",
        )
        return fail(refused.format(size=args.size), EXIT_INVALID)
    if not 0 <= args.samples <= 1_000_000:
        refused = QCoreApplication.translate(
            "ExportCommand", "--samples must be from 0 to 1000000, got {samples}"
        )
        return fail(refused.format(samples=args.samples), EXIT_INVALID)
    try:
        prepared_on = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        refused = QCoreApplication.translate("ExportCommand", "--date must be YYYY-MM-DD, got {date!r}")
        return fail(refused.format(date=args.date), EXIT_INVALID)
    try:
        pack = _load_pack(args.pack)
    except Exception as error:  # any failure to load is reported, never a traceback
        reason = QCoreApplication.translate("ExportCommand", "the data pack could not be loaded: {reason}")
        return fail(reason.format(reason=error_text(error)), EXIT_FAILED)
    try:
        project, is_project = read_project_file(args.file, pack)
        keep = not args.refresh_pack_values
        if is_project and not project.pack.matches(pack):
            if keep:
                choice = QCoreApplication.translate("ExportCommand", "the project's figures kept")
            else:
                choice = QCoreApplication.translate(
                    "ExportCommand", "figures refreshed from the current pack"
                )
            note = QCoreApplication.translate(
                "ExportCommand",
                "note: {file} was made with data pack {old}; this export uses {new} ({choice})",
            )
            print(
                note.format(
                    file=args.file.name, old=project.pack.version, new=pack.manifest.version, choice=choice
                ),
                file=sys.stderr,
            )
        project = fit_to_pack(project, pack, keep_values=keep)
    except (ProjectError, InvalidInput) as error:
        return fail(error_text(error), EXIT_INVALID)
    if project.notes:
        note = QCoreApplication.translate(
            "ExportCommand", "note: policies not in the current data pack were left out: {policies}"
        )
        print(note.format(policies="; ".join(user_text(n) for n in project.notes)), file=sys.stderr)
    for migrated in project.migration_notes:  # an older file brought up to date: what changed
        note = QCoreApplication.translate("ExportCommand", "note: {note}")
        print(note.format(note=user_text(migrated)), file=sys.stderr)
    item = _choose(project, args.scenario)
    if item is None:
        names = ", ".join(repr(s.name) for s in project.scenarios)
        refused = QCoreApplication.translate(
            "ExportCommand", "{file} has no scenario named {wanted!r} (it has: {names})"
        )
        return fail(refused.format(file=args.file.name, wanted=args.scenario, names=names), EXIT_INVALID)
    return _export(args, item, pack, prepared_on, size)


def _export(args: argparse.Namespace, item, pack, prepared_on: dt.date, size: tuple[int, int]) -> int:
    from explorer.domain.errors import InvalidInput
    from explorer.reports.exporting import (
        ExportRequest,
        prepare_report,
        write_csv,
        write_pdf,
        write_png,
        write_xlsx,
    )

    # The files follow --lang, else the run's language (main.py --lang, else the system's).
    chosen = args.lang or getattr(args, "command_language", "en")
    language = "zh_CN" if chosen.startswith("zh") else "en"
    kind = _pack_kind(pack, args.pack)
    request = ExportRequest(
        item.scenario, pack, language, item.name, kind, prepared_on, args.samples, args.seed,
        currency=args.currency,
        package=None if args.package_copy == "none" else getattr(item, "package", None),
        package_copy="bureau" if args.package_copy == "bureau" else "firm",
        anonymise=args.results_only,
    )  # fmt: skip
    try:
        report = prepare_report(request)
    except InvalidInput as error:
        return fail(error_text(error), EXIT_INVALID)
    jobs = [
        (args.pdf, lambda path: write_pdf(path, report)),
        (args.xlsx, lambda path: write_xlsx(path, report)),
        (args.csv, lambda path: write_csv(path, report)),
        (args.png, lambda path: write_png(path, report, args.chart, *size)),
    ]
    for path, write in jobs:
        if path is None:
            continue
        try:
            write(path)
        except ValueError as error:
            return fail(error_text(error), EXIT_INVALID)
        except OSError as error:
            refused = QCoreApplication.translate("ExportCommand", "{path} could not be written: {reason}")
            return fail(refused.format(path=path, reason=error_text(error)), EXIT_FAILED)
        print(path)
    return EXIT_OK


def _choose(project, wanted: str | None):
    if not wanted:
        return project.current
    for item in project.scenarios:
        if wanted in (item.id, item.name):
            return item
    return None


def _size(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    from explorer.reports.charts import check_image_size
    from explorer.reports.errors import ExportError

    try:
        check_image_size(width, height)
    except ExportError:
        return None
    return width, height


def _load_pack(folder: Path | None):
    from explorer.cli import load_command_pack

    return load_command_pack(folder)


def _pack_kind(pack, folder: Path | None) -> str:
    from explorer.datapack import load_shipped_pack

    if folder is not None:
        return "imported"
    return "shipped" if load_shipped_pack().manifest.version == pack.manifest.version else "imported"
