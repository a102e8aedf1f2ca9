"""A damaged pack is described in our words, never in those of Python's readers.

The JSON reader ("Expecting property name …"), the csv module ("',' expected
after '\"'"), zipfile ("File is not a zip file"), zlib, the XML parser
("ParseError: unclosed token") and the operating system speak English only: each
becomes a marked reason with its line, column or offset, so a Chinese user reads
Chinese, and a damaged archive is a problem in the list rather than a crash.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from explorer import paths
from explorer.datapack import DataPackError, read_pack_source

CJK = re.compile(r"[\u4e00-\u9fff]")
# Words of the libraries' own texts; none may reach a Chinese user.
LIBRARY_WORDS = re.compile(
    r"Expecting|expected after|not a zip file|ParseError|unclosed token|Exceeds the limit|"
    r"Error -3|decompressing|Is a directory|No such file|invalid start byte"
)


def refused(path: Path) -> tuple[list[str], list[str]]:
    """The problems, in English and in Chinese (the heading line left out)."""
    with pytest.raises(DataPackError) as caught:
        read_pack_source(path)
    english = str(caught.value).splitlines()[1:]
    chinese = caught.value.translated(QCoreApplication.translate).splitlines()[1:]
    for line in chinese:
        assert CJK.search(line) and not LIBRARY_WORDS.search(line), line
    return english, chinese


def test_a_broken_manifest_gets_the_json_readers_reason_in_chinese(pack_copy, chinese):
    (pack_copy / "manifest.json").write_text('{"version": "x",', encoding="utf-8")
    english, lines = refused(pack_copy)
    assert english == [
        "manifest.json, row 1: not valid JSON: Expecting property name enclosed in double quotes (line 1, "
        "column 17)"
    ]
    assert lines == [
        "manifest.json，第 1 行：不是有效的 JSON：此处应有用双引号括起的字段名（第 1 行，第 17 列）"
    ]


def test_a_manifest_number_python_will_not_convert_is_a_problem_not_a_crash(pack_copy, chinese):
    (pack_copy / "manifest.json").write_text('{"version": "x",\n "n": ' + "9" * 5000 + "}", encoding="utf-8")
    english, lines = refused(pack_copy)
    assert english[0] == (
        "manifest.json: cannot be read: the number at line 2, column 7 has more than 4,300 digits"
    )
    assert lines[0] == "manifest.json：无法读取：第 2 行第 7 列的数字超过 4,300 位"


def test_a_manifest_nested_too_deeply_is_a_problem_not_a_crash(pack_copy, chinese):
    (pack_copy / "manifest.json").write_text("[" * 100_000, encoding="utf-8")
    english, lines = refused(pack_copy)
    assert english[0] == "manifest.json: the JSON is nested too deeply"
    assert lines[0] == "manifest.json：JSON 嵌套层数过多"


def test_text_after_a_closing_quote_in_a_csv_cell(pack_copy, chinese):
    sites = pack_copy / "sites.csv"
    rows = sites.read_text(encoding="utf-8-sig").splitlines()
    sites.write_text("\n".join([rows[0], '"gui"an' + rows[1][rows[1].index(",") :], *rows[2:]]) + "\n")
    english, lines = refused(pack_copy)
    assert english[0] == (
        "sites.csv, row 2: text follows the closing quote of a quoted cell; quote the whole cell and double "
        "any quote inside it"
    )
    assert lines[0].startswith("sites.csv，第 2 行：带引号的单元格在结束引号之后还有文字")


def test_a_table_file_that_is_a_folder_gets_the_systems_reason_in_chinese(pack_copy, chinese):
    (pack_copy / "sites.csv").unlink()
    (pack_copy / "sites.csv").mkdir()
    english, lines = refused(pack_copy)
    assert "sites.csv: cannot read the file (it is a folder, not a file)" in english
    assert "sites.csv：无法读取文件（这是文件夹，不是文件）" in lines


@pytest.mark.parametrize(
    ("name", "english", "chinese_text"),
    [
        ("pack.zip", "pack.zip: not a readable zip archive (the file is not in zip format)",
         "pack.zip：不是可读取的 zip 压缩包（文件不是 zip 格式）"),
        ("pack.xlsx", "pack.xlsx: not a readable .xlsx workbook (the file is not in zip format)",
         "pack.xlsx：不是可读取的 .xlsx 工作簿（文件不是 zip 格式）"),
    ],
)  # fmt: skip
def test_a_file_that_is_no_zip_archive(tmp_path, chinese, name, english, chinese_text):
    fake = tmp_path / name
    fake.write_bytes(b"this is not a zip file")
    assert refused(fake) == ([english], [chinese_text])


def _zipped_pack(tmp_path: Path) -> Path:
    return Path(shutil.make_archive(str(tmp_path / "pack"), "zip", paths.shipped_data_dir()))


def test_a_damaged_member_of_a_zip_is_a_problem_not_a_crash(tmp_path, chinese):
    archive = _zipped_pack(tmp_path)
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("sites.csv")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for index in range(start + 5, start + 25):  # scramble the deflated bytes: zlib fails on them
        data[index] ^= 0x55
    archive.write_bytes(bytes(data))
    assert refused(archive) == (
        ["pack.zip: not a readable zip archive (the archive is damaged or incomplete)"],
        ["pack.zip：不是可读取的 zip 压缩包（压缩包已损坏或不完整）"],
    )


def test_an_encrypted_member_of_a_zip_is_named(tmp_path, chinese):
    archive = _zipped_pack(tmp_path)
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("sites.csv")
    data[info.header_offset + 6] |= 0x1  # the encryption flag, in the local header …
    for offset in [m.start() for m in re.finditer(rb"PK\x01\x02", bytes(data))]:
        name_length = int.from_bytes(data[offset + 28 : offset + 30], "little")
        if bytes(data[offset + 46 : offset + 46 + name_length]) == b"sites.csv":
            data[offset + 8] |= 0x1  # … and in the central directory, which zipfile reads
    archive.write_bytes(bytes(data))
    english, lines = refused(archive)
    assert "sites.csv: the file is encrypted in the archive; zip it without a password" in english
    assert "sites.csv：该文件在压缩包中已加密；请不设密码重新压缩" in lines


def test_damaged_xml_in_a_workbook_is_named_by_line_and_column(tmp_path, chinese):
    from explorer.datapack.workbook import export_workbook

    good = tmp_path / "good.xlsx"
    export_workbook(paths.shipped_data_dir(), good)
    broken = tmp_path / "pack.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, b"<worksheet <" if name == "xl/worksheets/sheet2.xml" else data)
    assert refused(broken) == (
        ["pack.xlsx: not a readable .xlsx workbook (damaged XML in the workbook at line 1, column 11)"],
        ["pack.xlsx：不是可读取的 .xlsx 工作簿（工作簿中的 XML 在第 1 行第 11 列处已损坏）"],
    )


def test_english_stays_for_logs(pack_copy):
    (pack_copy / "manifest.json").write_text(json.dumps({"version": "x"})[:-1], encoding="utf-8")
    with pytest.raises(DataPackError) as caught:
        read_pack_source(pack_copy)
    assert "not valid JSON: Expecting ',' delimiter" in str(caught.value)
