"""``main.py datapack validate|import|revert|info|export``: manage the data pack without the GUI.

Every text is a literal ``QCoreApplication.translate("DataPackCommand", …)`` call in
the run's language (see ``explorer.cli.language``); the loader's problems, the
import's list of changes and the active pack's label come through the translator
too (``Problem.text``, ``PackDiff.text``, ``explorer.translation.user_text``).

Exit codes: 0 done, 1 aborted by the user or a file or folder could not be read or written (the
app's data folder included), 2 the pack is invalid (one problem per line on stderr).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.translation import error_text, user_text

EXIT_OK, EXIT_ABORTED, EXIT_INVALID = 0, 1, 2


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "datapack",
        help=QCoreApplication.translate(
            "DataPackCommand", "validate, import, revert or export the data pack"
        ),
        description=QCoreApplication.translate(
            "DataPackCommand",
            "Validate, import or revert the data pack (sites, policies, latency, templates, hub facts).",
        ),
    )
    commands = parser.add_subparsers(
        title=QCoreApplication.translate("DataPackCommand", "datapack commands"),
        metavar="ACTION",
        dest="datapack_action",
    )
    commands.required = True
    pack_path = QCoreApplication.translate("DataPackCommand", "the data pack: a folder, a .zip or an .xlsx")

    validate = commands.add_parser(
        "validate",
        help=QCoreApplication.translate(
            "DataPackCommand", "check a pack (folder, .zip or .xlsx) and list every problem"
        ),
    )
    validate.add_argument("path", type=Path, help=pack_path)
    validate.set_defaults(handler=run_validate)

    checksum = commands.add_parser(
        "checksum",
        help=QCoreApplication.translate(
            "DataPackCommand",
            "after editing a pack folder by hand, write its files' SHA-256 checksums into its manifest",
        ),
    )
    checksum.add_argument(
        "path", type=Path, help=QCoreApplication.translate("DataPackCommand", "the data pack folder")
    )
    checksum.set_defaults(handler=run_checksum)

    do_import = commands.add_parser(
        "import",
        help=QCoreApplication.translate(
            "DataPackCommand", "validate a pack, show what changes, and make it active"
        ),
    )
    do_import.add_argument("path", type=Path, help=pack_path)
    do_import.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help=QCoreApplication.translate("DataPackCommand", "do not ask for confirmation"),
    )
    do_import.set_defaults(handler=run_import)

    diff = commands.add_parser(
        "diff",
        help=QCoreApplication.translate(
            "DataPackCommand", "list what changes from one pack to another, by file and row, changing nothing"
        ),
    )
    diff.add_argument(
        "old",
        type=Path,
        help=QCoreApplication.translate("DataPackCommand", "the earlier pack: a folder, a .zip or an .xlsx"),
    )
    diff.add_argument(
        "new",
        type=Path,
        help=QCoreApplication.translate("DataPackCommand", "the later pack: a folder, a .zip or an .xlsx"),
    )
    diff.set_defaults(handler=run_diff)

    revert = commands.add_parser(
        "revert",
        help=QCoreApplication.translate(
            "DataPackCommand", "drop the imported pack and use the shipped one again"
        ),
    )
    revert.set_defaults(handler=run_revert)

    info = commands.add_parser(
        "info", help=QCoreApplication.translate("DataPackCommand", "show which pack is active")
    )
    info.set_defaults(handler=run_info)

    export = commands.add_parser(
        "export",
        help=QCoreApplication.translate(
            "DataPackCommand", "write the active pack as an .xlsx workbook for Excel"
        ),
    )
    export.add_argument(
        "path",
        type=Path,
        help=QCoreApplication.translate("DataPackCommand", "the workbook to write (.xlsx)"),
    )
    export.set_defaults(handler=run_export)


def _refuse_os_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A file or folder the command needs cannot be used (the data folder is a file, a disk is
    read-only…): one line in the user's language and exit code 1, not a traceback."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except OSError as error:
            if error.filename:
                failed = QCoreApplication.translate("DataPackCommand", "Could not use {path}: {reason}")
                text = failed.format(path=error.filename, reason=error_text(error))
            else:
                failed = QCoreApplication.translate("DataPackCommand", "The command failed: {reason}")
                text = failed.format(reason=error_text(error))
            print(text, file=sys.stderr)
            return EXIT_ABORTED

    return run


def _print_problems(error) -> None:
    heading = QCoreApplication.translate("DataPackCommand", "Invalid data pack: {count} problem(s).")
    print(heading.format(count=len(error.problems)), file=sys.stderr)
    for problem in error.problems:
        print(problem.text(QCoreApplication.translate), file=sys.stderr)


@_refuse_os_errors
def run_validate(args: argparse.Namespace) -> int:
    from explorer.datapack import DataPackError, read_pack_source

    try:
        pack = read_pack_source(args.path)
    except DataPackError as error:
        _print_problems(error)
        return EXIT_INVALID
    valid = QCoreApplication.translate(
        "DataPackCommand",
        "Valid data pack {version} (as of {as_of}): {sites} sites, {policies} policies, "
        "{latencies} latencies, {templates} templates, {facts} hub facts.",
    )
    print(
        valid.format(
            version=pack.manifest.version,
            as_of=pack.manifest.as_of,
            sites=len(pack.sites),
            policies=len(pack.policies),
            latencies=len(pack.latency_ms),
            templates=len(pack.templates),
            facts=len(pack.hub_facts),
        )
    )
    return EXIT_OK


@_refuse_os_errors
def run_checksum(args: argparse.Namespace) -> int:
    """Rewrite the manifest's checksums of a pack folder, then validate it (exit 2 with its problems)."""
    from explorer.datapack.checksums import write_checksums

    if not args.path.is_dir():
        print(
            QCoreApplication.translate("DataPackCommand", "{path} is not a data pack folder").format(
                path=args.path
            ),
            file=sys.stderr,
        )
        return EXIT_ABORTED
    try:
        checksums = write_checksums(args.path)
    except ValueError:  # the manifest is no JSON object: validation below says what is wrong
        checksums = {}
    if checksums:
        wrote = QCoreApplication.translate("DataPackCommand", "Wrote the SHA-256 of {count} files to {path}")
        print(wrote.format(count=len(checksums), path=args.path / "manifest.json"))
    return run_validate(args)


@_refuse_os_errors
def run_import(args: argparse.Namespace) -> int:
    from explorer.datapack import DataPackError
    from explorer.datapack.install import prepare_import

    try:
        pending = prepare_import(args.path)
    except DataPackError as error:
        _print_problems(error)
        return EXIT_INVALID
    language = getattr(args, "command_language", "en")
    print(pending.diff.text(language, translate=QCoreApplication.translate))
    question = QCoreApplication.translate(
        "DataPackCommand", "Replace the active data pack with this one? [y/N] "
    )
    if not args.yes and not _confirm(question):
        print(QCoreApplication.translate("DataPackCommand", "Aborted: the active data pack is unchanged."))
        return EXIT_ABORTED
    try:
        pack = pending.install()
    except OSError as error:
        failed = QCoreApplication.translate(
            "DataPackCommand", "Could not install the data pack; the active data is unchanged: {reason}"
        )
        print(failed.format(reason=error_text(error)), file=sys.stderr)
        return EXIT_ABORTED
    done = QCoreApplication.translate("DataPackCommand", "Data pack {version} (as of {as_of}) is now active.")
    print(done.format(version=pack.manifest.version, as_of=pack.manifest.as_of))
    return EXIT_OK


@_refuse_os_errors
def run_diff(args: argparse.Namespace) -> int:
    """The import's report for two packs (e.g. this release against the last): nothing is installed."""
    from explorer.datapack import DataPackError, diff_packs, read_pack_source

    packs = []
    for path in (args.old, args.new):
        try:
            packs.append(read_pack_source(path))
        except DataPackError as error:
            _print_problems(error)
            return EXIT_INVALID
    language = getattr(args, "command_language", "en")
    print(diff_packs(*packs).text(language, translate=QCoreApplication.translate))
    return EXIT_OK


def _confirm(prompt: str) -> bool:
    """Yes for "y" or "yes" (and 是 or 是的, since the question may be asked in Chinese)."""
    print(prompt, end="", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes", "是", "是的")


@_refuse_os_errors
def run_revert(args: argparse.Namespace) -> int:
    from explorer.datapack.install import active_pack_info, revert_to_shipped

    before = active_pack_info()
    try:
        revert_to_shipped()
    except OSError as error:
        failed = QCoreApplication.translate(
            "DataPackCommand", "Could not remove the imported data pack: {reason}"
        )
        print(failed.format(reason=error_text(error)), file=sys.stderr)
        return EXIT_ABORTED
    after = active_pack_info()
    if before.kind == "shipped" and not before.fallback_reason:
        done = QCoreApplication.translate(
            "DataPackCommand", "Already using the shipped data pack {version} (as of {as_of})."
        )
    else:
        done = QCoreApplication.translate(
            "DataPackCommand", "Reverted to the shipped data pack {version} (as of {as_of})."
        )
    print(done.format(version=after.version, as_of=after.as_of))
    return EXIT_OK


@_refuse_os_errors
def run_info(args: argparse.Namespace) -> int:
    from explorer.datapack.install import active_pack_info

    info = active_pack_info()
    print(user_text(info.label()))
    print(QCoreApplication.translate("DataPackCommand", "Folder: {path}").format(path=info.path))
    if info.kind == "imported":
        imported = QCoreApplication.translate("DataPackCommand", "Imported from {source} at {time}")
        unknown = QCoreApplication.translate("DataPackCommand", "unknown")  # a damaged install record
        print(imported.format(source=info.imported_from or unknown, time=info.imported_at or unknown))
    if info.fallback_reason:
        note = QCoreApplication.translate("DataPackCommand", "Note: {reason}")
        print(note.format(reason=user_text(info.fallback_reason)))
    return EXIT_OK


@_refuse_os_errors
def run_export(args: argparse.Namespace) -> int:
    from explorer.datapack.install import active_pack_info
    from explorer.datapack.workbook import export_workbook

    info = active_pack_info()
    if args.path.suffix.lower() != ".xlsx":
        print(
            QCoreApplication.translate("DataPackCommand", "The export path must end in .xlsx"),
            file=sys.stderr,
        )
        return EXIT_INVALID
    try:
        export_workbook(info.path, args.path)
    except OSError as error:
        failed = QCoreApplication.translate("DataPackCommand", "{path} could not be written: {reason}")
        print(failed.format(path=args.path, reason=error_text(error)), file=sys.stderr)
        return EXIT_ABORTED
    wrote = QCoreApplication.translate("DataPackCommand", "Wrote {label} to {path}")
    print(wrote.format(label=user_text(info.label()), path=args.path))
    return EXIT_OK
