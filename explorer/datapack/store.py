"""The active pack on disk: written to a temp sibling folder, then swapped in by rename.

The folder swap is two renames (Windows cannot replace a non-empty folder in one),
so a crash between them leaves the previous pack under ``.datapack-old-*``;
``recover()`` puts it back. Nothing here parses or validates: see install.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from explorer import paths
from explorer.datapack.checksums import manifest_bytes, manifest_with_checksums, sha256_hex
from explorer.datapack.schema import MANIFEST_FILE, TABLES
from explorer.datapack.sources import RawPack

log = logging.getLogger("explorer.datapack")

INSTALL_RECORD = "install.json"  # where the pack came from and when; not part of the pack
_NEW, _OLD, _REVERTED = ".datapack-new-", ".datapack-old-", ".datapack-reverted-"
_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)  # reliability.md item 2: antivirus and indexers lock files briefly


def write_pack_folder(raw: RawPack, manifest: dict[str, object], folder: Path, source: str) -> None:
    """Write a validated pack as UTF-8 (with BOM, so Excel shows Chinese) CSV files plus manifest,
    which carries the SHA-256 of every file as written."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "schema_version": manifest["schema_version"],
        "version": manifest["version"],
        "as_of": manifest["as_of"].isoformat(),  # type: ignore[union-attr]
        "title_zh": manifest["title_zh"],
        "title_en": manifest["title_en"],
    }
    checksums: dict[str, str] = {}
    for name, spec in TABLES.items():
        if name not in raw.tables and spec.optional:
            continue
        table = raw.tables[name]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(table.header)
        writer.writerows(cells for _, cells in table.rows)
        data = b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
        _write_bytes(folder / spec.file, data)
        checksums[spec.file] = sha256_hex(data)
    _write_bytes(folder / MANIFEST_FILE, manifest_bytes(manifest_with_checksums(document, checksums)))
    record = {"imported_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "source": source}
    _write_bytes(folder / INSTALL_RECORD, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def new_staging_folder() -> Path:
    """An empty folder beside the active pack (same volume, so the final rename is cheap and safe)."""
    parent = paths.active_pack_dir().parent
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=_NEW, dir=parent))


def swap_in(staged: Path) -> None:
    """Make ``staged`` the active pack; the previous one is removed only once the new one is in place."""
    active = paths.active_pack_dir()
    previous: Path | None = None
    if active.exists():
        previous = active.parent / f"{_OLD}{time.time_ns()}"
        _retry(lambda: os.replace(active, previous))
    try:
        _retry(lambda: os.replace(staged, active))
    except OSError:
        if previous is not None:
            _retry(lambda: os.replace(previous, active))
        raise
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)


def remove_active() -> bool:
    """Revert to the shipped pack; True if an imported pack was removed."""
    active = paths.active_pack_dir()
    if not active.exists():
        return False
    aside = active.parent / f"{_REVERTED}{time.time_ns()}"
    _retry(lambda: os.replace(active, aside))
    shutil.rmtree(aside, ignore_errors=True)
    return True


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def recover() -> None:
    """Finish or undo an interrupted swap, and clear leftovers of earlier runs."""
    active = paths.active_pack_dir()
    parent = active.parent
    if not parent.is_dir():
        return
    olds = sorted(parent.glob(f"{_OLD}*"))
    if not active.exists() and olds:
        log.warning("Restoring the data pack left by an interrupted import: %s", olds[-1])
        _retry(lambda: os.replace(olds[-1], active))
        olds = olds[:-1]
    for leftover in [*olds, *parent.glob(f"{_NEW}*"), *parent.glob(f"{_REVERTED}*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def read_install_record(folder: Path) -> dict[str, str]:
    try:
        value = json.loads((folder / INSTALL_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _retry(action: Callable[[], None]) -> None:
    for delay in (*_RETRY_DELAYS, None):
        try:
            action()
            return
        except PermissionError:
            if delay is None:
                raise
            time.sleep(delay)
