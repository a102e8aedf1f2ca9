"""``main.py datapack validate|import|revert|info|export``: manage the data pack without the GUI.

Exit codes: 0 done, 1 aborted by the user, 2 the pack is invalid (one problem per line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_ABORTED, EXIT_INVALID = 0, 1, 2


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "datapack", help="validate, import, revert or export the data pack",
        description="Validate, import or revert the data pack (sites, policies, latency, "
                    "templates, hub facts).",
    )  # fmt: skip
    commands = parser.add_subparsers(title="datapack commands", metavar="ACTION", dest="datapack_action")
    commands.required = True

    validate = commands.add_parser(
        "validate", help="check a pack (folder, .zip or .xlsx) and list every problem"
    )
    validate.add_argument("path", type=Path)
    validate.set_defaults(handler=run_validate)

    do_import = commands.add_parser("import", help="validate a pack, show what changes, and make it active")
    do_import.add_argument("path", type=Path)
    do_import.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    do_import.set_defaults(handler=run_import)

    revert = commands.add_parser("revert", help="drop the imported pack and use the shipped one again")
    revert.set_defaults(handler=run_revert)

    info = commands.add_parser("info", help="show which pack is active")
    info.set_defaults(handler=run_info)

    export = commands.add_parser("export", help="write the active pack as an .xlsx workbook for Excel")
    export.add_argument("path", type=Path)
    export.set_defaults(handler=run_export)


def _print_problems(error) -> None:
    print(f"Invalid data pack: {len(error.problems)} problem(s).", file=sys.stderr)
    for problem in error.problems:
        print(str(problem), file=sys.stderr)


def run_validate(args: argparse.Namespace) -> int:
    from explorer.datapack import DataPackError, read_pack_source

    try:
        pack = read_pack_source(args.path)
    except DataPackError as error:
        _print_problems(error)
        return EXIT_INVALID
    print(f"Valid data pack {pack.manifest.version} (as of {pack.manifest.as_of}): {len(pack.sites)} sites, "
          f"{len(pack.policies)} policies, {len(pack.latency_ms)} latencies, {len(pack.templates)} "
          f"templates, "
          f"{len(pack.hub_facts)} hub facts.")  # fmt: skip
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from explorer.datapack import DataPackError
    from explorer.datapack.install import prepare_import

    try:
        pending = prepare_import(args.path)
    except DataPackError as error:
        _print_problems(error)
        return EXIT_INVALID
    print(pending.diff.text())
    if not args.yes and not _confirm("Replace the active data pack with this one? [y/N] "):
        print("Aborted: the active data pack is unchanged.")
        return EXIT_ABORTED
    try:
        pack = pending.install()
    except OSError as error:
        print(f"Could not install the data pack; the active data is unchanged: {error}", file=sys.stderr)
        return EXIT_ABORTED
    print(f"Data pack {pack.manifest.version} (as of {pack.manifest.as_of}) is now active.")
    return EXIT_OK


def _confirm(prompt: str) -> bool:
    print(prompt, end="", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


def run_revert(args: argparse.Namespace) -> int:
    from explorer.datapack.install import active_pack_info, revert_to_shipped

    before = active_pack_info()
    try:
        revert_to_shipped()
    except OSError as error:
        print(f"Could not remove the imported data pack: {error}", file=sys.stderr)
        return EXIT_ABORTED
    after = active_pack_info()
    if before.kind == "shipped" and not before.fallback_reason:
        print(f"Already using the shipped data pack {after.version} (as of {after.as_of}).")
    else:
        print(f"Reverted to the shipped data pack {after.version} (as of {after.as_of}).")
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    from explorer.datapack.install import active_pack_info

    info = active_pack_info()
    print(info.label())
    print(f"Folder: {info.path}")
    if info.kind == "imported":
        print(f"Imported from {info.imported_from} at {info.imported_at}")
    if info.fallback_reason:
        print(f"Note: {info.fallback_reason}")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from explorer.datapack.install import active_pack_info
    from explorer.datapack.workbook import export_workbook

    info = active_pack_info()
    if args.path.suffix.lower() != ".xlsx":
        print("The export path must end in .xlsx", file=sys.stderr)
        return EXIT_INVALID
    export_workbook(info.path, args.path)
    print(f"Wrote {info.label()} to {args.path}")
    return EXIT_OK
