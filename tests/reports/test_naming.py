"""Export file names from scenario names: valid everywhere, always inside the chosen folder."""

from __future__ import annotations

import pytest

from explorer.reports.naming import MAX_STEM_CHARS, export_path, safe_file_stem

HOSTILE = [
    "../../x", "..\\..\\x", "/etc/passwd", "C:\\Windows\\system32", "CON", "con", "NUL.txt", "COM1", "LPT9",
    "aux.", "PRN ", "a" * 300, "报告:2024?", "a. ", "a..", "...", " ", "", "\x00evil", "tab\there",
    "new\nline", "<b>x</b>", 'quote"d', "pipe|d", "star*", "what?", "colon:", "back\\slash", "sl/ash",
    "\u202eexe.txt", "zero\u200bwidth", "emoji 🚀 case", "深圳某大模型初创企业 / Shenzhen",
    "=cmd|' /C calc'!A0", "+1+2", "-1", "@SUM", ".hidden", "trailing.", "trailing ",
    "CON.tar.gz", "conin$", "COM¹", "LPT²",
    "x" * 121, "名" * 200, "a/b/c/d", "..", ".", "ok name",
]  # fmt: skip


def test_fifty_hostile_names():
    assert len(HOSTILE) == 50


@pytest.mark.parametrize("name", HOSTILE)
def test_each_hostile_name_makes_one_valid_file_in_the_folder(tmp_path, name):
    path = export_path(tmp_path, name, ".pdf")
    assert path.parent == tmp_path
    stem = path.stem
    assert 0 < len(stem) <= MAX_STEM_CHARS
    assert not any(ch in stem for ch in '<>:"/\\|?*') and all(ord(ch) >= 32 for ch in stem)
    assert not stem.endswith((".", " ")) and not stem.startswith((".", " "))
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9", "CONIN$"}
    path.write_bytes(b"%PDF-1.4\n")
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_plain_names_stay_readable():
    assert safe_file_stem("Shenzhen AI start-up: 3,072 cards") == "Shenzhen AI start-up 3,072 cards"
    assert safe_file_stem("深圳某大模型初创企业") == "深圳某大模型初创企业"
    assert safe_file_stem("CON") == "_CON"
    assert safe_file_stem("") == "export"
