"""``main.py export FILE --pdf OUT.pdf --xlsx OUT.xlsx --lang zh``: the investor pack without the GUI.

FILE is a project (.gcx) or a scenario file (.json, e.g. data/personas/*.json).
Every output is written atomically: a failure never leaves half a file.

Exit codes: 0 done; 1 the data pack could not be loaded, or an output could not
be written; 2 invalid input (the file is missing, damaged or not a project or
scenario, no output was asked for, a bad chart or size, an unknown scenario).
Messages go to stderr; the paths written go to stdout, one a line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
CHARTS = ("cashflow", "waterfall", "costs", "tornado", "montecarlo")
_application = None  # the QGuiApplication a PDF or PNG export needs, kept alive while the command runs

TEXT = {
    "help": "export the investor pack (PDF), the Excel workbook, the annual table (CSV) or a chart (PNG)",
    "description": (
        "Export a project (.gcx) or a scenario file (.json) as the investor pack (PDF), an Excel "
        "workbook, the annual table as CSV or a chart as PNG. Made offline; see docs/exports.md."
    ),
    "arg_file": "the project (.gcx) or scenario file (.json)",
    "arg_pdf": "write the investor pack as PDF here",
    "arg_xlsx": "write the Excel workbook here",
    "arg_csv": "write the annual table per site as CSV (UTF-8 with BOM) here",
    "arg_png": "write a chart as PNG here (see --chart and --size)",
    "arg_chart": "the chart of --png (default cashflow)",
    "arg_size": "pixel size of --png, WIDTHxHEIGHT (default 1920x1080)",
    "arg_lang": "language of the exports: zh (Chinese) or en (English, the default)",
    "arg_scenario": "which scenario of a project, by name or id (default: the project's current one)",
    "arg_pack": "data pack folder, .zip or .xlsx to use instead of the active one",
    "arg_refresh": (
        "a project made with another data pack: use the current pack's figures (default: keep the project's)"
    ),
    "arg_samples": "Monte Carlo samples for the risk section (default 10000; 0 leaves it out)",
    "arg_seed": "Monte Carlo seed (default 0)",
    "arg_date": "the date on the cover, YYYY-MM-DD (default today)",
    "error_prefix": "error",
    "error_nothing": "nothing to export: give at least one of --pdf, --xlsx, --csv, --png",
    "error_size": "--size must be WIDTHxHEIGHT with each side from 16 to 20000 pixels, got {size!r}",
    "error_date": "--date must be YYYY-MM-DD, got {date!r}",
    "error_samples": "--samples must be from 0 to 1000000, got {samples}",
    "error_pack": "the data pack could not be loaded: {reason}",
    "error_scenario": "{file} has no scenario named {wanted!r} (it has: {names})",
    "error_write": "{path} could not be written: {reason}",
    "note_pack": "note: {file} was made with data pack {old}; this export uses {new} ({choice})",
    "choice_keep": "the project's figures kept",
    "choice_refresh": "figures refreshed from the current pack",
    "note_dropped": "note: policies not in the current data pack were left out: {policies}",
}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("export", help=TEXT["help"], description=TEXT["description"])
    parser.add_argument("file", type=Path, help=TEXT["arg_file"])
    parser.add_argument("--pdf", type=Path, metavar="OUT.pdf", help=TEXT["arg_pdf"])
    parser.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help=TEXT["arg_xlsx"])
    parser.add_argument("--csv", type=Path, metavar="OUT.csv", help=TEXT["arg_csv"])
    parser.add_argument("--png", type=Path, metavar="OUT.png", help=TEXT["arg_png"])
    parser.add_argument("--chart", choices=CHARTS, default="cashflow", help=TEXT["arg_chart"])
    parser.add_argument("--size", default="1920x1080", metavar="WxH", help=TEXT["arg_size"])
    parser.add_argument("--lang", choices=("zh", "en", "zh_CN"), default="en", help=TEXT["arg_lang"])
    parser.add_argument("--scenario", metavar="NAME", help=TEXT["arg_scenario"])
    parser.add_argument("--pack", type=Path, help=TEXT["arg_pack"])
    parser.add_argument("--refresh-pack-values", action="store_true", help=TEXT["arg_refresh"])
    parser.add_argument("--samples", type=int, default=10_000, help=TEXT["arg_samples"])
    parser.add_argument("--seed", type=int, default=0, help=TEXT["arg_seed"])
    parser.add_argument("--date", help=TEXT["arg_date"])
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from explorer.domain.errors import InvalidInput
    from explorer.project import ProjectError, fit_to_pack, read_project_file

    outputs = [p for p in (args.pdf, args.xlsx, args.csv, args.png) if p is not None]
    if not outputs:
        return _fail(TEXT["error_nothing"], EXIT_INVALID)
    size = _size(args.size)
    if size is None:
        return _fail(TEXT["error_size"].format(size=args.size), EXIT_INVALID)
    if not 0 <= args.samples <= 1_000_000:
        return _fail(TEXT["error_samples"].format(samples=args.samples), EXIT_INVALID)
    try:
        prepared_on = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        return _fail(TEXT["error_date"].format(date=args.date), EXIT_INVALID)
    try:
        pack = _load_pack(args.pack)
    except Exception as error:  # any failure to load is reported, never a traceback
        return _fail(TEXT["error_pack"].format(reason=error), EXIT_FAILED)
    try:
        project, is_project = read_project_file(args.file, pack)
        keep = not args.refresh_pack_values
        if is_project and not project.pack.matches(pack):
            choice = TEXT["choice_keep"] if keep else TEXT["choice_refresh"]
            note = TEXT["note_pack"].format(
                file=args.file.name, old=project.pack.version, new=pack.manifest.version, choice=choice
            )
            print(note, file=sys.stderr)
        project = fit_to_pack(project, pack, keep_values=keep)
    except (ProjectError, InvalidInput) as error:
        return _fail(str(error), EXIT_INVALID)
    if project.notes:
        print(TEXT["note_dropped"].format(policies="; ".join(project.notes)), file=sys.stderr)
    item = _choose(project, args.scenario)
    if item is None:
        names = ", ".join(repr(s.name) for s in project.scenarios)
        return _fail(TEXT["error_scenario"].format(file=args.file.name, wanted=args.scenario, names=names),
                     EXIT_INVALID)  # fmt: skip
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

    if args.pdf is not None or args.png is not None:
        _ensure_gui_application()
    language = "zh_CN" if args.lang.startswith("zh") else "en"
    kind = _pack_kind(pack, args.pack)
    request = ExportRequest(
        item.scenario, pack, language, item.name, kind, prepared_on, args.samples, args.seed
    )
    try:
        report = prepare_report(request)
    except InvalidInput as error:
        return _fail(str(error), EXIT_INVALID)
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
            return _fail(str(error), EXIT_INVALID)
        except OSError as error:
            return _fail(TEXT["error_write"].format(path=path, reason=error.strerror or error), EXIT_FAILED)
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
    return (width, height) if 16 <= width <= 20_000 and 16 <= height <= 20_000 else None


def _load_pack(folder: Path | None):
    from explorer.datapack import load_pack

    return load_pack(folder)


def _pack_kind(pack, folder: Path | None) -> str:
    from explorer.datapack import load_shipped_pack

    if folder is not None:
        return "imported"
    return "shipped" if load_shipped_pack().manifest.version == pack.manifest.version else "imported"


def _ensure_gui_application() -> None:
    """PDF and PNG need fonts and painting: a QGuiApplication, offscreen (no window is ever shown)."""
    global _application
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication([sys.argv[0] if sys.argv else "explorer"])


def _fail(message: str, code: int) -> int:
    print(f"{TEXT['error_prefix']}: {message}", file=sys.stderr)
    return code
