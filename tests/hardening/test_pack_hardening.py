"""Data-pack hardening (issue 18): special files, caps, control characters, formula-like text,
digits of other scripts, NaN and duplicate keys in the manifest, and datapack export's cells."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from explorer.datapack import DataPackError
from explorer.datapack.loader import read_pack_source

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(ROOT / "data", folder, ignore=shutil.ignore_patterns("personas"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("files", None)  # checksums: the tests edit files
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


def _problems(folder: Path) -> list[str]:
    try:
        read_pack_source(folder)
    except DataPackError as error:
        return [str(problem) for problem in error.problems]
    return []


def _load_within(folder: Path, seconds: float = 20.0) -> list[str]:
    """Load in a thread: a hang fails the test instead of stopping the run."""
    result: list[list[str]] = []
    thread = threading.Thread(target=lambda: result.append(_problems(folder)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the loader hangs"
    return result[0]


def _edit_cell(folder: Path, file: str, column: str, value: str, row: int = 0) -> int:
    path = folder / file
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[row + 1][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return row + 2  # the spreadsheet row the problem names


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_table_linked_to_dev_zero_is_refused_not_read(pack_copy):
    (pack_copy / "sites.csv").unlink()
    (pack_copy / "sites.csv").symlink_to("/dev/zero")
    problems = _load_within(pack_copy)
    assert any(p.startswith("sites.csv: is not a regular file") for p in problems), problems


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting(pack_copy):
    (pack_copy / "sites.csv").unlink()
    os.mkfifo(pack_copy / "sites.csv")
    problems = _load_within(pack_copy)
    assert any(p.startswith("sites.csv: is not a regular file") for p in problems), problems


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes")
def test_a_manifest_that_is_a_pipe_is_refused(pack_copy):
    (pack_copy / "manifest.json").unlink()
    os.mkfifo(pack_copy / "manifest.json")
    problems = _load_within(pack_copy)
    assert any(p.startswith("manifest.json: is not a regular file") for p in problems), problems


def test_reading_is_capped_in_bytes(pack_copy, monkeypatch):
    from explorer.datapack import sources

    path = pack_copy / "sites.csv"
    assert len(sources.read_regular_file(path, 100)) == 101  # never more than the limit and one byte
    assert sources.read_regular_file(path, 10**9) == path.read_bytes()


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x7f", "\x9b", "\u202e"])  # NUL: refused per file
def test_a_control_character_in_pack_text_is_refused_naming_file_row_and_column(pack_copy, char):
    row = _edit_cell(pack_copy, "sites.csv", "name_en", f"Gui{char}[31man")
    problems = _problems(pack_copy)
    code = f"U+{ord(char):04X}"
    assert any(
        p.startswith(f"sites.csv, row {row}, column 'name_en': holds a control character ({code})")
        for p in problems
    ), problems


def test_a_control_character_in_the_manifest_is_refused(pack_copy):
    manifest = json.loads((pack_copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["title_en"] = "Pack \x1b]0;owned\x07"
    (pack_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    problems = _problems(pack_copy)
    assert any("column 'title_en': holds a control character (U+001B)" in p for p in problems), problems


def test_line_breaks_and_tabs_stay_allowed(pack_copy):
    _edit_cell(pack_copy, "sites.csv", "name_en", "Gui'an\tNew Area")
    assert _problems(pack_copy) == []


@pytest.mark.parametrize("text", ["=1+2", "+86 851", "-cmd", "@SUM(A1)"])
def test_formula_like_text_is_refused_by_one_rule(pack_copy, text):
    row = _edit_cell(pack_copy, "sites.csv", "name_en", text)
    problems = _problems(pack_copy)
    assert any(p.startswith(f"sites.csv, row {row}, column 'name_en'") for p in problems), problems


def test_a_negative_number_is_still_a_number(pack_copy):
    problems = _problems(pack_copy)
    assert problems == []  # the shipped pack has negative numbers (none refused as formulas)


@pytest.mark.parametrize("digits", ["٣", "۳", "३", "３"])  # Arabic-Indic, Persian, Devanagari, full-width
def test_digits_of_other_scripts_are_refused_in_numbers_like_full_width_ones(pack_copy, digits):
    path = pack_copy / "site_parameters.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("value")
    rows[1][column] = digits
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    problems = _problems(pack_copy)
    assert any(p.startswith("site_parameters.csv, row 2, column 'value'") for p in problems), problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"schema_version": 1, "version": "x", "as_of": "2026-01-01", "n": NaN}', "NaN is not allowed"),
        ('{"schema_version": 1, "version": "x", "version": "y", "as_of": "2026-01-01"}', "appears twice"),
        ('{"schema_version": 1, "version": "x", "as_of": "2026-01-01", "n": Infinity}', "Infinity"),
    ],
)
def test_the_manifest_refuses_nan_and_duplicate_keys_as_scenario_files_do(pack_copy, text, expected):
    (pack_copy / "manifest.json").write_text(text, encoding="utf-8")
    problems = _problems(pack_copy)
    assert any(p.startswith("manifest.json") and expected in p for p in problems), problems


def test_datapack_export_writes_every_text_as_a_text_cell(pack_copy, tmp_path):
    import openpyxl

    from explorer.datapack.workbook import export_workbook

    target = tmp_path / "pack.xlsx"
    export_workbook(pack_copy, target)
    workbook = openpyxl.load_workbook(target)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


def test_datapack_export_refuses_a_pack_with_a_control_character_instead_of_crashing(pack_copy, tmp_path):
    from explorer.datapack.workbook import export_workbook

    _edit_cell(pack_copy, "sites.csv", "name_en", "bad\x1bname")
    with pytest.raises(DataPackError, match="control character"):
        export_workbook(pack_copy, tmp_path / "pack.xlsx")
    assert not (tmp_path / "pack.xlsx").exists()


def test_cli_info_and_compute_never_print_an_escape_sequence(pack_copy, capsys, qapp):
    from explorer.cli import main

    _edit_cell(pack_copy, "sites.csv", "name_en", "Gui\x1b[2Jan")
    code = main(["datapack", "validate", str(pack_copy)])
    out, err = capsys.readouterr()
    assert code != 0 and "\x1b" not in out + err
    from explorer.translation import install_command_line_language

    install_command_line_language("en")
