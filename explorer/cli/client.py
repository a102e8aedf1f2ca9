"""``main.py client template|apply``: the client's own data without the window (issue 19).

``client template OUT.xlsx`` writes the template in the run's language (``--lang zh_CN``);
``client apply SCENARIO.json CLIENT.xlsx -o OUT.json`` reads a filled template (.xlsx or
.csv), prints the inputs it changes and writes the scenario with them.

Exit codes: 0 done, 1 a file could not be read or written, 2 the client file or the scenario
is invalid (one problem per line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.cli.terminal import fail
from explorer.translation import error_text, user_text

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "client",
        help=QCoreApplication.translate(
            "ClientCommand", "the client's own data: a template, and applying it"
        ),
    )
    commands = parser.add_subparsers(dest="client_command", required=True)
    template = commands.add_parser(
        "template",
        help=QCoreApplication.translate(
            "ClientCommand", "write the client data template (.xlsx, or .csv) in the run's language"
        ),
    )
    template.add_argument(
        "out", type=Path, help=QCoreApplication.translate("ClientCommand", "the file to write")
    )
    template.set_defaults(handler=run_template)
    apply = commands.add_parser(
        "apply",
        help=QCoreApplication.translate(
            "ClientCommand", "apply a filled client template to a scenario and write the result"
        ),
    )
    apply.add_argument(
        "scenario", type=Path, help=QCoreApplication.translate("ClientCommand", "scenario or project file")
    )
    apply.add_argument(
        "client",
        type=Path,
        help=QCoreApplication.translate("ClientCommand", "the filled template (.xlsx or .csv)"),
    )
    apply.add_argument(
        "-o", "--out", type=Path, required=True,
        help=QCoreApplication.translate("ClientCommand", "the scenario file to write"),
    )  # fmt: skip
    apply.add_argument(
        "--pack",
        type=Path,
        default=None,
        help=QCoreApplication.translate(
            "ClientCommand", "data pack folder, .zip or .xlsx instead of the active one"
        ),
    )
    apply.set_defaults(handler=run_apply)


def run_template(args: argparse.Namespace) -> int:
    from explorer.datapack.client_file import write_template

    try:
        language = getattr(args, "command_language", "en")
        path = write_template(args.out, language, translate=QCoreApplication.translate)
    except OSError as error:
        failed = QCoreApplication.translate("ClientCommand", "Could not write {path}: {reason}")
        return fail(failed.format(path=args.out, reason=error_text(error)), EXIT_FAILED)
    print(
        QCoreApplication.translate("ClientCommand", "Wrote the client data template to {path}").format(
            path=path
        )
    )
    return EXIT_OK


def run_apply(args: argparse.Namespace) -> int:
    from explorer.cli import load_command_pack
    from explorer.datapack.client_file import ClientDataError, read_client_file
    from explorer.domain.client_data import apply_plan, plan_import
    from explorer.domain.client_diff import diff_lines
    from explorer.domain.errors import InvalidInput
    from explorer.domain.scenario_codec import dump_scenario
    from explorer.project import ProjectError, read_project_file
    from explorer.project.atomic import atomic_write_bytes

    try:
        project, _is_project = read_project_file(args.scenario)
    except ProjectError as error:
        return fail(error_text(error), EXIT_INVALID)
    scenario = project.current.scenario
    try:
        pack = load_command_pack(args.pack)
    except Exception as error:  # any failure to load is reported, never a traceback
        reason = QCoreApplication.translate("ClientCommand", "the data pack could not be loaded: {reason}")
        return fail(reason.format(reason=error_text(error)), EXIT_FAILED)
    try:
        client = read_client_file(args.client, scenario, pack)
    except ClientDataError as error:
        return fail(error.translated(QCoreApplication.translate), EXIT_INVALID)
    try:
        plan = plan_import(scenario, pack, client.facts, client.name, dt.date.today())
        result = apply_plan(scenario, plan)
    except InvalidInput as error:
        return fail(user_text(error.args[0]) if error.args else str(error), EXIT_INVALID)
    language = getattr(args, "command_language", "en")
    for line in diff_lines(plan, language, QCoreApplication.translate, pack):
        print(line)
    try:
        # the scenario's incentive package (issue 17) goes on with it: the client data changes inputs only
        atomic_write_bytes(args.out, dump_scenario(result, project.current.package).encode("utf-8"))
    except OSError as error:
        failed = QCoreApplication.translate("ClientCommand", "Could not write {path}: {reason}")
        return fail(failed.format(path=args.out, reason=error_text(error)), EXIT_FAILED)
    done = QCoreApplication.translate("ClientCommand", "Wrote {path}: {count} input(s) from {file}.")
    print(done.format(path=args.out, count=len(plan.changes), file=client.name))
    return EXIT_OK
