"""``main.py export``: the investor pack and the other exports from the command line, and exit codes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from explorer.cli import main
from explorer.personas import load_personas
from explorer.project import PackStamp, build_project, dump_project

ROOT = Path(__file__).resolve().parents[2]
PERSONA = ROOT / "data" / "personas" / "beijing_internet_inference.json"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["export", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project_file(tmp_path, shipped_pack):
    personas = load_personas()
    items = [(f"s{i}", p.title("en"), p.scenario) for i, p in enumerate(personas)]
    project = build_project(items, "s1", "s0", shipped_pack)
    path = tmp_path / "client.gcx"
    path.write_bytes(dump_project(project))
    return path, project


def test_pdf_xlsx_csv_and_png_from_a_scenario_file(qapp, capsys, tmp_path):
    out_files = {"pdf": tmp_path / "pack.pdf", "xlsx": tmp_path / "book.xlsx", "csv": tmp_path / "t.csv",
                 "png": tmp_path / "c.png"}  # fmt: skip
    args = [PERSONA, "--pdf", out_files["pdf"], "--xlsx", out_files["xlsx"], "--csv", out_files["csv"]]
    args += [
        "--png",
        out_files["png"],
        "--chart",
        "tornado",
        "--size",
        "800x450",
        "--lang",
        "zh",
        "--samples",
        "500",
    ]
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert out.split() == [str(p) for p in out_files.values()]
    assert out_files["pdf"].read_bytes().startswith(b"%PDF")
    assert out_files["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    book = load_workbook(out_files["xlsx"])
    assert book.sheetnames[0] == "摘要"
    from PySide6.QtGui import QImage

    image = QImage(str(out_files["png"]))
    assert (image.width(), image.height()) == (800, 450)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_command_as_users_type_it(tmp_path):
    """python main.py export FILE --pdf OUT.pdf --xlsx OUT.xlsx --lang zh, in a fresh process."""
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    env = dict(os.environ, GUIAN_EXPLORER_HOME=str(tmp_path / "home"))
    env.pop("QT_QPA_PLATFORM", None)  # the command needs no display
    command = [sys.executable, "main.py", "export", str(PERSONA), "--pdf", str(pdf), "--xlsx", str(xlsx)]
    result = subprocess.run(
        [*command, "--lang", "zh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
    squashed = "".join(text.split())
    assert "净现值" in squashed and "财政部税务总局国家发展改革委公告2020年第23号" in squashed
    assert xlsx.read_bytes().startswith(b"PK")


def test_a_project_exports_its_current_scenario_or_one_by_name(qapp, capsys, tmp_path, project_file):
    path, project = project_file
    code, _, err = run(capsys, path, "--xlsx", tmp_path / "current.xlsx", "--samples", "0")
    assert code == 0, err
    summary = load_workbook(tmp_path / "current.xlsx")["Summary"]
    values = [c for row in summary.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert project.current.name in values
    wanted = project.scenarios[3].name
    code, _, err = run(
        capsys, path, "--xlsx", tmp_path / "named.xlsx", "--scenario", wanted, "--samples", "0"
    )
    assert code == 0, err
    summary = load_workbook(tmp_path / "named.xlsx")["Summary"]
    assert wanted in [c for row in summary.iter_rows(values_only=True) for c in row]
    code, _, err = run(capsys, path, "--xlsx", tmp_path / "x.xlsx", "--scenario", "nope")
    assert code == 2 and "has no scenario named 'nope'" in err


def test_a_project_of_another_pack_is_noted(qapp, capsys, tmp_path, project_file):
    path, project = project_file
    old = dataclasses.replace(project, pack=PackStamp("2025.1", dt.date(2025, 1, 1)))
    path.write_bytes(dump_project(old))
    code, _, err = run(capsys, path, "--csv", tmp_path / "a.csv")
    assert code == 0 and "made with data pack 2025.1" in err and "kept" in err
    code, _, err = run(capsys, path, "--csv", tmp_path / "b.csv", "--refresh-pack-values")
    assert code == 0 and "refreshed" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "nothing to export"),
        (["--pdf", "x.pdf", "--size", "10x10"], "--size"),
        (["--png", "x.png", "--size", "big"], "--size"),
        (["--csv", "x.csv", "--date", "yesterday"], "--date"),
        (["--csv", "x.csv", "--samples", "-5"], "--samples"),
    ],
)
def test_bad_arguments_exit_2(capsys, args, message):
    code, out, err = run(capsys, PERSONA, *args)
    assert code == 2 and message in err and out == ""


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'{"format": "guian-compute-explorer/project", "schema_version": 7}', b"[1]", b"NaN"],
)
def test_a_damaged_file_exits_2_and_writes_nothing(capsys, tmp_path, content):
    source = tmp_path / "bad.gcx"
    source.write_bytes(content)
    code, out, err = run(capsys, source, "--xlsx", tmp_path / "out.xlsx")
    assert code == 2 and err.startswith("error: ") and "Traceback" not in err
    assert not (tmp_path / "out.xlsx").exists() and out == ""


def test_a_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path / "none.gcx", "--csv", tmp_path / "x.csv")
    assert code == 2 and "cannot be read" in err


def test_an_unwritable_output_exits_1(capsys, tmp_path):
    code, _, err = run(capsys, PERSONA, "--csv", tmp_path / "no" / "such" / "folder" / "x.csv")
    assert code == 1 and "could not be written" in err


def test_help_lists_the_export_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "export" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = capsys.readouterr().out
    for option in ("--pdf", "--xlsx", "--csv", "--png", "--lang", "--scenario", "--chart", "--size"):
        assert option in help_text


def test_outputs_are_plain_bytes(qapp, capsys, tmp_path):
    code, _, err = run(
        capsys, PERSONA, "--xlsx", tmp_path / "a.xlsx", "--samples", "0", "--date", "2026-01-02"
    )
    assert code == 0, err
    book = load_workbook(io.BytesIO((tmp_path / "a.xlsx").read_bytes()))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert {c.parent.title for c in cells if c.data_type == "f"} == {"Model"}  # formulas only there
    assert "2026-01-02" in [c.value for c in cells]


def test_currency_usd_converts_every_amount_and_names_the_rate(capsys, tmp_path):
    xlsx, csv_path = tmp_path / "usd.xlsx", tmp_path / "usd.csv"
    code, out, err = run(
        capsys, PERSONA, "--xlsx", xlsx, "--csv", csv_path, "--currency", "usd", "--samples", "0"
    )
    assert code == 0, err
    book = load_workbook(xlsx)
    lines = [sheet["A1"].value for sheet in book.worksheets[1:]]
    assert all(line.startswith("Amounts in USD at 7.20 CNY per USD") for line in lines[:-1]), lines
    assert "USD at 7.20 CNY per USD" in lines[-1]  # the Model sheet: in yuan, its NPV in USD too
    header = csv_path.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert "Energy (USD)" in header and header.endswith("CNY per USD")


def test_an_unknown_currency_is_refused(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, PERSONA, "--xlsx", tmp_path / "x.xlsx", "--currency", "EUR")
    assert exit_info.value.code == 2
