"""One source of translations: the .ts. The glossaries fill new texts and are regenerated from it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "fill_translations.py"

TS = """<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Window</name>
        <message>
            <source>Open</source>
            <translation>打开（Linguist 修改）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
"""


def _run(tmp_path: Path, glossary: dict) -> tuple[subprocess.CompletedProcess, str, dict]:
    ts = tmp_path / "explorer_zh_CN.ts"
    ts.write_text(TS, encoding="utf-8")
    json_file = tmp_path / "zh_CN.json"
    json_file.write_text(json.dumps(glossary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(TOOL), str(ts), str(json_file)], capture_output=True, text=True, encoding="utf-8"
    )
    return result, ts.read_text(encoding="utf-8"), json.loads(json_file.read_text(encoding="utf-8"))


def test_an_edit_made_in_linguist_survives_and_reaches_the_glossary(tmp_path):
    glossary = {"Open": "打开", "Save": "保存", "Quit": "退出", "{count} file(s)": ["{count} 个文件"]}
    result, ts, after = _run(tmp_path, glossary)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "打开（Linguist 修改）" in ts  # the finished translation in the .ts is kept
    assert "<translation>保存</translation>" in ts and "<translation>退出</translation>" in ts
    assert "<numerusform>{count} 个文件</numerusform>" in ts
    assert after["Open"] == "打开（Linguist 修改）"  # the glossary follows the .ts
    assert after["Save"] == "保存" and after["{count} file(s)"] == ["{count} 个文件"]


def test_a_text_with_no_translation_anywhere_fails_naming_it(tmp_path):
    result, ts, after = _run(tmp_path, {"Save": "保存", "{count} file(s)": ["{count} 个文件"]})
    assert result.returncode == 1
    assert "missing: Quit" in result.stdout
    assert 'type="unfinished"' in ts  # Quit stays unfinished, for Linguist or the glossary


def test_a_text_translated_differently_in_another_context_keeps_both(tmp_path):
    """Linguist may translate one text two ways (a table header, a sentence): neither is lost."""
    two = TS.replace(
        "</TS>",
        """    <context>
        <name>Eligibility</name>
        <message>
            <source>Open</source>
            <translation>开放</translation>
        </message>
    </context>
</TS>""",
    )
    ts = tmp_path / "explorer_zh_CN.ts"
    ts.write_text(two, encoding="utf-8")
    json_file = tmp_path / "zh_CN.json"
    glossary = {"Open": "开放", "Save": "保存", "Quit": "退出", "{count} file(s)": ["{count} 个文件"]}
    json_file.write_text(json.dumps(glossary, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(TOOL), str(ts), str(json_file)], capture_output=True, text=True, encoding="utf-8"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = ts.read_text(encoding="utf-8")
    assert "打开（Linguist 修改）" in text and "<translation>开放</translation>" in text
    assert json.loads(json_file.read_text(encoding="utf-8"))["Open"] == "开放"  # one of its translations


def test_the_shipped_glossaries_agree_with_the_ts():
    """The committed glossaries hold what the .ts holds (make i18n-update regenerates them)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from fill_translations import all_translations_in
    finally:
        sys.path.pop(0)
    finished = all_translations_in(ROOT / "resources" / "i18n" / "explorer_zh_CN.ts")
    disagree = []
    for path in sorted((ROOT / "resources" / "i18n").glob("zh_CN*.json")):
        for source, wanted in json.loads(path.read_text(encoding="utf-8")).items():
            if source in finished and wanted not in finished[source]:
                disagree.append((path.name, source))
    assert disagree == []
