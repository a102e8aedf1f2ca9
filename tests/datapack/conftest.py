"""Fixtures for data-pack tests: a writable copy of the shipped pack, and CSV edit helpers."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from explorer import paths


def read_table(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def write_table(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def find_row(rows: list[list[str]], **match: str) -> int:
    """Index in ``rows`` (0 = header) of the first row whose columns equal ``match``."""
    header = rows[0]
    for index, row in enumerate(rows[1:], start=1):
        if len(row) == len(header) and all(row[header.index(k)] == v for k, v in match.items()):
            return index
    raise LookupError(match)


def set_cell(folder: Path, table: str, column: str, value: str, **match: str) -> int:
    """Change one cell; returns the spreadsheet row number (header = 1) of the edited row."""
    path = folder / f"{table}.csv"
    rows = read_table(path)
    index = find_row(rows, **match)
    rows[index][rows[0].index(column)] = value
    write_table(path, rows)
    return index + 1


def folder_digest(folder: Path) -> str:
    """SHA-256 over every file's name and bytes: 'the active data is unchanged' made checkable."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    """A writable copy of the shipped pack."""
    target = tmp_path / "pack"
    shutil.copytree(paths.shipped_data_dir(), target)
    drop_checksums(target)
    return target


def drop_checksums(folder: Path) -> None:
    """Make ``folder`` a pack without checksums (as packs made before them are), so tests may edit its
    files by hand and see only the problems they plant (test_checksums.py tests the checksums)."""
    manifest = folder / "manifest.json"
    document = json.loads(manifest.read_text(encoding="utf-8"))
    document.pop("files", None)
    manifest.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.fixture
def edit() -> Callable[..., int]:
    return set_cell
