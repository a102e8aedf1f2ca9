"""SHA-256 checksums of a pack's files, kept in its manifest: ``"files": {"sites.csv": "<sha256>", ...}``.

A checksum is taken over a file's bytes exactly as stored (byte-order mark and line endings
included), so a pack edited by hand after its manifest was written is caught by
``datapack validate`` (loader.py compares). A pack made before checksums, or a file the
manifest does not list, is accepted: only a listed file whose bytes differ is a problem.

``write_checksums(folder)`` rewrites the manifest's ``files`` after a hand edit
(``python main.py datapack checksum FOLDER`` or ``tools/pack_checksums.py``); installing an
imported pack writes them too (store.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from explorer.datapack.schema import MANIFEST_FILE, TABLES

FILES_KEY = "files"
SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack_files(folder: Path) -> list[Path]:
    """The pack's table files present in ``folder``, in schema order."""
    return [folder / spec.file for spec in TABLES.values() if (folder / spec.file).is_file()]


def file_checksums(folder: Path) -> dict[str, str]:
    """``{"sites.csv": "<sha256>", ...}`` for every table file present in ``folder``."""
    return {path.name: sha256_hex(path.read_bytes()) for path in pack_files(Path(folder))}


def manifest_with_checksums(document: dict[str, object], checksums: dict[str, str]) -> dict[str, object]:
    """``document`` with its ``files`` replaced by ``checksums``; every other key kept, in order."""
    updated = {key: value for key, value in document.items() if key != FILES_KEY}
    updated[FILES_KEY] = dict(checksums)
    return updated


def manifest_bytes(document: dict[str, object]) -> bytes:
    """A manifest as the pack stores it: UTF-8 JSON, Chinese unescaped, two-space indent, final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_checksums(folder: Path | str) -> dict[str, str]:
    """Recompute the checksum of every table file in ``folder`` and rewrite its manifest (atomically).

    Returns the checksums written. Raises OSError if a file cannot be read or the manifest written,
    ValueError if the manifest is not a JSON object.
    """
    folder = Path(folder)
    path = folder / MANIFEST_FILE
    document = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(document, dict):
        raise ValueError(f"{path} does not hold a JSON object")
    checksums = file_checksums(folder)
    data = manifest_bytes(manifest_with_checksums(document, checksums))
    handle, temp = tempfile.mkstemp(prefix=".manifest-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return checksums


def mismatches(listed: dict[str, str], actual: dict[str, str]) -> list[str]:
    """Files the manifest lists whose bytes, as read, have another checksum (a listed file that is
    absent is not counted here: the loader reports a missing file on its own)."""
    return [name for name, digest in listed.items() if name in actual and actual[name] != digest]
