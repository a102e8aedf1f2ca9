"""Load and validate a whole pack: all problems at once, never half a pack."""

from __future__ import annotations

import logging
from pathlib import Path

from explorer import paths
from explorer.datapack import store
from explorer.datapack.build import PackBuilder
from explorer.datapack.checksums import FILES_KEY, mismatches
from explorer.datapack.problems import DataPackError, ProblemLog
from explorer.datapack.schema import TABLES
from explorer.datapack.sources import RawPack, read_raw
from explorer.datapack.validate import Row, convert_manifest, convert_table
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.domain.pack import DataPack

log = logging.getLogger("explorer.datapack")


def read_pack_source(path: Path | str) -> DataPack:
    """Validate a folder, .zip or .xlsx pack and return it; DataPackError lists every problem."""
    pack, _raw = read_and_validate(Path(path))
    return pack


def read_and_validate(path: Path, *, verify_checksums: bool = True) -> tuple[DataPack, RawPack]:
    problems = ProblemLog()
    raw = read_raw(path, problems)
    pack = validate_raw(raw, problems, verify_checksums=verify_checksums)
    return pack, raw


def validate_raw(raw: RawPack, problems: ProblemLog, *, verify_checksums: bool = True) -> DataPack:
    """The pack, or DataPackError with every problem. ``verify_checksums``: a file whose SHA-256 differs
    from the manifest's is a problem; else it is only logged (the shipped pack at start-up, see below)."""
    manifest = convert_manifest(raw.manifest, problems)
    if manifest is not None:
        listed: dict[str, str] = manifest.get(FILES_KEY, {})  # type: ignore[assignment]
        if verify_checksums:
            _check_checksums(listed, raw, problems)
        elif changed := mismatches(listed, raw.checksums):
            log.warning("Data pack files differ from the checksums in its manifest: %s", ", ".join(changed))
    typed: dict[str, list[Row]] = {}
    files: dict[str, str] = {}
    incomplete: set[str] = set()
    for name, spec in TABLES.items():
        table = raw.tables.get(name)
        if table is None:
            continue
        files[name] = table.file
        rows = convert_table(spec, table, problems)
        if rows is None:
            continue
        typed[name] = rows
        if not table.complete:
            incomplete.add(name)
    pack = PackBuilder(typed, files, problems, incomplete).build(manifest)
    if problems or pack is None:
        raise DataPackError(_ordered(problems))
    return pack


def _check_checksums(listed: dict[str, str], raw: RawPack, problems: ProblemLog) -> None:
    """A file the manifest lists with another SHA-256 than its bytes was changed after the manifest was
    written: say so, naming the file. Files the manifest does not list (older packs) are not checked."""
    for name in mismatches(listed, raw.checksums):
        problems.add(
            name,
            None,
            None,
            QT_TRANSLATE_NOOP(
                "DataPack",
                "the file's SHA-256 checksum does not match the one in manifest.json: the file was changed "
                "after the manifest was written, or damaged (after an intended edit, run "
                "'main.py datapack checksum' on the folder)",
            ),
        )


def _ordered(problems: ProblemLog) -> list:
    """File by file in schema order, then by row: the order a person fixes them in."""
    order = {"manifest.json": -1}
    order.update({spec.file: i for i, spec in enumerate(TABLES.values())})

    def key(problem):
        file_rank = next(
            (
                rank
                for name, rank in order.items()
                if problem.file.endswith(name) or problem.file.endswith(f"'{name.removesuffix('.csv')}'")
            ),
            len(order),
        )
        return (file_rank, problem.file, problem.row if problem.row is not None else 1 << 30)

    return sorted(problems.problems, key=key)


def load_shipped_pack() -> DataPack:
    """The pack shipped with the app. It is tested, so a failure here is a bug, not user error.

    Its checksums are tested too (tests/datapack/test_checksums.py) and ``datapack validate data``
    checks them; at start-up a mismatch (e.g. line endings changed by a checkout) is only logged,
    so the app never refuses the data it ships with, its only fallback."""
    pack, _raw = read_and_validate(paths.shipped_data_dir(), verify_checksums=False)
    return pack


def load_pack(folder: Path | str | None = None) -> DataPack:
    """``folder`` if given; else the imported (active) pack when valid, else the shipped one."""
    if folder is not None:
        return read_pack_source(Path(folder))
    return load_active_pack()[0]


def load_active_pack() -> tuple[DataPack, DataPackError | None]:
    """The imported pack when valid, else the shipped one with the reason the imported one was refused.

    The window says so: a user who imported figures must not present the shipped ones unawares.
    """
    store.recover()
    active = paths.active_pack_dir()
    if active.is_dir():
        try:
            return read_pack_source(active), None
        except DataPackError as error:
            log.warning("The imported data pack in %s is invalid; using the shipped pack.\n%s", active, error)
            return load_shipped_pack(), error
    return load_shipped_pack(), None
