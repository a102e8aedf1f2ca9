"""Packs as .zip and .xlsx, and the limits that refuse oversized or hostile files quickly."""

from __future__ import annotations

import re
import shutil
import struct
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from explorer import paths
from explorer.datapack import DataPackError, install_pack, read_pack_source
from explorer.datapack import limits as pack_limits
from explorer.datapack.workbook import export_workbook

from .conftest import find_row, folder_digest, read_table


@pytest.fixture(scope="module")
def reference():
    return read_pack_source(paths.shipped_data_dir())


def _problems(path: Path) -> list[str]:
    with pytest.raises(DataPackError) as caught:
        read_pack_source(path)
    return [str(p) for p in caught.value.problems]


def _zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            zf.write(path, prefix + path.name)
    return target


@pytest.fixture
def workbook(tmp_path) -> Path:
    target = tmp_path / "pack.xlsx"
    export_workbook(paths.shipped_data_dir(), target)
    return target


# ---------------------------------------------------------------- valid archives


def test_zip_with_files_at_root(tmp_path, reference):
    assert read_pack_source(_zip_folder(paths.shipped_data_dir(), tmp_path / "pack.zip")) == reference


def test_zip_with_one_top_folder_and_mac_junk(tmp_path, reference):
    target = _zip_folder(paths.shipped_data_dir(), tmp_path / "pack.zip", prefix="datapack-2026/")
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr("__MACOSX/datapack-2026/._sites.csv", b"\x00\x05junk")
    assert read_pack_source(target) == reference


def test_workbook_round_trip(workbook, reference):
    assert read_pack_source(workbook) == reference


def test_workbook_formula_cell_is_refused(workbook):
    book = openpyxl.load_workbook(workbook)
    sheet = book["sites"]
    rows = read_table(paths.shipped_data_dir() / "sites.csv")
    row = find_row(rows, site_id="guian") + 1
    sheet.cell(row=row, column=rows[0].index("name_en") + 1, value='=CONCAT("Gui","an")')
    book.save(workbook)
    assert _problems(workbook) == [
        f"pack.xlsx, sheet 'sites', row {row}, column 'name_en': cell holds a spreadsheet formula, "
        'not a value: paste values only (value: \'=CONCAT("Gui","an")\')'
    ]


def test_workbook_missing_and_unknown_sheets(workbook):
    book = openpyxl.load_workbook(workbook)
    book["latency"].title = "latency (old)"
    book.save(workbook)
    assert _problems(workbook) == [
        "pack.xlsx, sheet 'latency': sheet is missing",
        "pack.xlsx, sheet 'latency (old)': unknown sheet; expected one sheet per table: sites, "
        "site_parameters, user_regions, latency, workload_templates, template_parameters, policies, "
        "policy_sources, benefit_rules, policy_conditions, hub_facts, package_ceilings, region_assumptions",
    ]


def test_workbook_stated_size_of_a_million_rows_is_ignored(workbook, reference):
    """openpyxl's read-only mode trusts <dimension>; a lie there must not cost minutes or gigabytes."""

    def lie(xml: bytes) -> bytes:
        claimed = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:XFD1048576"', xml)
        assert claimed != xml
        return claimed

    _rewrite_member(workbook, "xl/worksheets/sheet2.xml", lie)
    start = time.perf_counter()
    assert read_pack_source(workbook) == reference
    assert time.perf_counter() - start < 2


# ---------------------------------------------------------------- hostile archives


def test_billion_laughs_workbook_is_refused_quickly(workbook):
    laughs = [b'<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    ]
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [' + b"".join(laughs) + b"]>"
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    _rewrite_member(workbook, "xl/worksheets/sheet2.xml", lambda _xml: bomb)
    start = time.perf_counter()
    problems = _problems(workbook)
    assert time.perf_counter() - start < 2
    assert problems == [
        "pack.xlsx: workbook refused: it contains forbidden XML (EntitiesForbidden), the pattern of "
        "'billion laughs' and external-entity attacks"
    ]


def test_compression_bomb_is_refused_before_inflating(tmp_path, pack_copy):
    target = _zip_folder(pack_copy, tmp_path / "bomb.zip")
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("padding.csv", b"0" * (20 * 1024 * 1024))
    info = zipfile.ZipFile(target).getinfo("padding.csv")
    ratio = info.file_size / info.compress_size
    start = time.perf_counter()
    assert _problems(target) == [
        f"bomb.zip: archive entry 'padding.csv' expands {ratio:,.0f}:1; the limit is 100:1 (zip bomb?)"
    ]
    assert time.perf_counter() - start < 2


def test_path_traversal_is_refused(tmp_path, pack_copy):
    target = _zip_folder(pack_copy, tmp_path / "evil.zip")
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr("../../outside.csv", b"x")
        zf.writestr("/etc/cron.d/x.csv", b"x")
    assert _problems(target) == [
        "evil.zip: archive entry '../../outside.csv' has an unsafe path (absolute or '..')",
        "evil.zip: archive entry '/etc/cron.d/x.csv' has an unsafe path (absolute or '..')",
    ]


def test_overlapping_entries_are_refused(tmp_path):
    """Two directory entries pointing at the same data: the trick of non-recursive zip bombs."""
    target = tmp_path / "overlap.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("sites.csv", b"a" * 100)
        zf.writestr("latency.csv", b"b" * 100)
    data = bytearray(target.read_bytes())
    second = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 4)
    data[second + 42 : second + 46] = struct.pack("<I", 0)  # local header offset of entry 2 -> entry 1's
    target.write_bytes(bytes(data))
    assert _problems(target) == [
        "overlap.zip: archive entries 'sites.csv' and 'latency.csv' overlap (zip bomb?)"
    ]


def test_too_many_entries(tmp_path, pack_copy, monkeypatch):
    monkeypatch.setattr(pack_limits, "MAX_ARCHIVE_ENTRIES", 5)
    target = _zip_folder(pack_copy, tmp_path / "many.zip")
    count = len(zipfile.ZipFile(target).infolist())
    assert _problems(target) == [f"many.zip: archive has {count} entries; the limit is 5"]


def test_total_uncompressed_size(tmp_path, pack_copy, monkeypatch):
    monkeypatch.setattr(pack_limits, "MAX_ARCHIVE_UNCOMPRESSED", 1024 * 1024)
    target = _zip_folder(pack_copy, tmp_path / "big.zip")
    with zipfile.ZipFile(target, "a", zipfile.ZIP_STORED) as zf:
        zf.writestr("notes.txt", b"n" * (1024 * 1024))
    total = sum(i.file_size for i in zipfile.ZipFile(target).infolist())
    assert _problems(target) == [
        f"big.zip: archive expands to {total / 1024 / 1024:.1f} MB; the limit is 1.0 MB"
    ]


def test_not_a_workbook(tmp_path):
    fake = tmp_path / "pack.xlsx"
    fake.write_bytes(b"this is not a zip file")
    assert _problems(fake) == ["pack.xlsx: not a readable .xlsx workbook (the file is not in zip format)"]


def test_unsupported_path(tmp_path):
    other = tmp_path / "pack.txt"
    other.write_text("x")
    assert _problems(other) == ["pack.txt: not a data pack: choose a folder, a .zip or an .xlsx workbook"]
    (problem,) = _problems(tmp_path / "nowhere")
    assert problem.startswith("nowhere: no such file or folder (value: '")


# ---------------------------------------------------------------- size limits on plain files


def test_csv_file_size_limit(pack_copy, monkeypatch):
    monkeypatch.setattr(pack_limits, "MAX_CSV_BYTES", 1000)
    sizes = {p.name: p.stat().st_size for p in pack_copy.glob("*.csv") if p.stat().st_size > 1000}
    expected = [f"{name}: file is {size:,} bytes; the limit is 1,000 bytes" for name, size in sizes.items()]
    assert sorted(_problems(pack_copy)) == sorted(expected)


def test_row_and_column_limits(pack_copy, monkeypatch):
    monkeypatch.setattr(pack_limits, "MAX_ROWS", 40)
    monkeypatch.setattr(pack_limits, "MAX_COLUMNS", 18)
    problems = _problems(pack_copy)
    assert "site_parameters.csv: more than 40 rows; the limit is 40" in problems
    assert "benefit_rules.csv, row 1: 18 columns; the limit is 18" not in problems
    monkeypatch.setattr(pack_limits, "MAX_COLUMNS", 17)
    assert "benefit_rules.csv, row 1: 18 columns; the limit is 17" in _problems(pack_copy)


def test_a_hostile_file_leaves_the_active_pack_unchanged(tmp_path, pack_copy):
    install_pack(pack_copy)
    before = folder_digest(paths.active_pack_dir())
    evil = _zip_folder(pack_copy, tmp_path / "evil.zip")
    with zipfile.ZipFile(evil, "a") as zf:
        zf.writestr("../x.csv", b"x")
    with pytest.raises(DataPackError):
        install_pack(evil)
    assert folder_digest(paths.active_pack_dir()) == before


# ---------------------------------------------------------------- helpers


def _rewrite_member(archive: Path, name: str, change, add: bool = False) -> None:
    """Rebuild ``archive`` with member ``name`` replaced by ``change(old_bytes)``."""
    rebuilt = archive.with_suffix(".tmp")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        for item in names:
            data = source.read(item)
            target.writestr(item, change(data) if item == name else data)
        if add and name not in names:
            target.writestr(name, change(b""))
    shutil.move(rebuilt, archive)
