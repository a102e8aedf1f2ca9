"""Data-pack problems, the import diff and the active-pack notes reach a Chinese user in Chinese.

Each test breaks or changes a real pack, goes through the public loader, and reads
the text the window and the command line show (``DataPackError.translated``,
``PackDiff.text(language, translate)``, ``PackInfo.label(translate)``) with Qt's
translators answering in Chinese, while ``str()`` stays English for logs and tests.
"""

from __future__ import annotations

import ast
import json
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from explorer import paths
from explorer.datapack import (
    DataPackError,
    active_pack_info,
    diff_packs,
    install_pack,
    load_shipped_pack,
    read_pack_source,
)
from explorer.domain.messages import translated
from explorer.paths import resources_dir

from .conftest import find_row, read_table, set_cell, write_table

DATAPACK_SOURCES = Path(__file__).resolve().parents[2] / "explorer" / "datapack"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _refused(path: Path) -> DataPackError:
    with pytest.raises(DataPackError) as caught:
        read_pack_source(path)
    return caught.value


def _chinese_lines(error: DataPackError) -> list[str]:
    return error.translated(QCoreApplication.translate).splitlines()


def test_cell_and_table_rules_in_chinese(pack_copy, chinese):
    number_row = set_cell(pack_copy, "site_parameters", "value", "abc", site_id="guian", param="pue")
    date_row = set_cell(pack_copy, "policies", "expiry", "31/12/2030", policy_id="N1")
    category_row = set_cell(pack_copy, "policies", "category", "taxes", policy_id="N2")
    latency_row = set_cell(pack_copy, "latency", "site_id", "guiyang", site_id="guian", region_id="bth")

    error = _refused(pack_copy)

    assert _chinese_lines(error) == [
        "数据包无效：共 5 个问题。",
        f"site_parameters.csv，第 {number_row} 行，“value”列：须为数字（值：“abc”）",
        f"latency.csv，第 {latency_row} 行，“site_id”列：未知的 site_id：sites 中没有此值（值：“guiyang”）",
        "latency.csv，“region_id”列：缺少地区“guian”至用户区域“bth”的时延数据行（值：“bth”）",
        f"policies.csv，第 {date_row} 行，“expiry”列：须为 YYYY-MM-DD 格式的日期（值：“31/12/2030”）",
        f"policies.csv，第 {category_row} 行，“category”列：须为以下之一：tax, electricity, compute_voucher, "
        "talent, finance, land_and_space, investment, layout, regulation（值：“taxes”）",
    ]
    english = str(error).splitlines()
    assert english[0] == "The data pack is invalid: 5 problem(s)."
    assert (
        english[1]
        == f"site_parameters.csv, row {number_row}, column 'value': must be a number (value: 'abc')"
    )
    assert not CJK.search(str(error))


def test_file_encoding_and_manifest_rules_in_chinese(pack_copy, chinese):
    manifest = json.loads((pack_copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["schema_version"] = 99
    (pack_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (pack_copy / "latency.csv").unlink()
    policies = pack_copy / "policies.csv"
    data = policies.read_bytes()
    cut = data.index("贵州".encode()) + 1
    policies.write_bytes(data[:cut] + b"\xff" + data[cut + 1 :])
    rows = read_table(pack_copy / "sites.csv")
    rows[3].append("surplus")
    write_table(pack_copy / "sites.csv", rows)

    lines = _chinese_lines(_refused(pack_copy))

    assert lines[0] == "数据包无效：共 4 个问题。"
    assert lines[1] == (
        "manifest.json，“schema_version”列："
        "该数据包采用第 99 版数据结构，高于本程序可读取的第 1 版：请更新本程序（值：“99”）"
    )
    assert lines[2].startswith("sites.csv，第 4 行：字段数应与表头一致，为 7 个，实际为 8 个（值：“")
    assert "latency.csv：缺少此文件" in lines
    assert f"policies.csv：不是有效的 UTF-8：字节偏移 {cut - 1} 处的字符已损坏（推测编码：UTF-8）" in lines


def test_workbook_sheets_and_archives_are_named_in_chinese(tmp_path, chinese):
    import openpyxl

    from explorer.datapack.workbook import export_workbook

    workbook_path = tmp_path / "pack.xlsx"
    export_workbook(paths.shipped_data_dir(), workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    del workbook["hub_facts"]
    workbook["sites"]["B2"] = "capital"
    workbook.save(workbook_path)
    lines = _chinese_lines(_refused(workbook_path))
    assert "pack.xlsx，工作表“hub_facts”：缺少此工作表" in lines
    assert any(
        line.startswith("pack.xlsx，工作表“sites”，第 2 行，“role”列：须为以下之一：origin, destination")
        and line.endswith("（值：“capital”）")
        for line in lines
    ), lines

    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../sites.csv", "site_id\n")
    assert _chinese_lines(_refused(archive)) == [
        "数据包无效：共 1 个问题。",
        "pack.zip：压缩包条目“../sites.csv”的路径不安全（绝对路径或含“..”）",
    ]


def test_empty_header_cell_is_named_in_chinese(pack_copy, chinese):
    rows = read_table(pack_copy / "user_regions.csv")
    write_table(pack_copy / "user_regions.csv", [r + [""] for r in rows[:1]] + rows[1:])
    lines = _chinese_lines(_refused(pack_copy))
    assert lines[1].startswith(
        "user_regions.csv，第 1 行，“（空的表头单元格）”列：未知的列；应为：region_id, "
    )


def _changed_pack(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.update(version="2026.12.1", as_of="2026-12-15")
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    set_cell(folder, "latency", "value", "18", site_id="guian", region_id="gba")
    set_cell(folder, "benefit_rules", "amount", "0.33", rule_id="P3-R1")
    set_cell(folder, "policies", "expiry", "2026-12-01", policy_id="G7")
    set_cell(folder, "policies", "status", "expired", policy_id="G7")  # the status agrees with the dates
    set_cell(folder, "hub_facts", "text_zh", "新的说法", fact_id="gsc_peak")
    set_cell(folder, "hub_facts", "text_en", "new wording", fact_id="gsc_peak")
    rows = read_table(folder / "policies.csv")
    new = list(rows[find_row(rows, policy_id="P9")])
    new[0] = "P16"
    rows.append(new)
    write_table(folder / "policies.csv", rows)
    sources = read_table(folder / "policy_sources.csv")
    sources.append(["P16", "Guizhou government notice", ""] + [""] * (len(sources[0]) - 3))  # title_zh, ...
    write_table(folder / "policy_sources.csv", sources)


def test_import_diff_in_chinese(pack_copy, chinese):
    _changed_pack(pack_copy)
    old, new = load_shipped_pack(), read_pack_source(pack_copy)
    diff = diff_packs(old, new)

    lines = diff.text("zh_CN", QCoreApplication.translate).splitlines()

    assert (
        lines[0]
        == f"数据包 {old.manifest.version}（截至 {old.manifest.as_of}）→ 2026.12.1（截至 2026-12-15）"
    )
    for line in (
        "按数据包文件和行列出每项变更：原值 → 新值，附单位。文字以当前语言显示；另一语言文字的变更会注明。",
        "policies.csv · 政策（2 项变更）：",
        f"  • P16 {new.policies['P16'].title_zh}：新增（有效）",
        f"  • G7 {new.policies['G7'].title_zh}",
        "      数据包日期时的状态：有效 → 已失效",
        "      现已失效：失效日期 2026-12-01 早于数据包日期",
        "      失效日期：（无） → 2026-12-01",
        "benefit_rules.csv · 优惠规则（1 项变更）：",
        "      金额：0.35 元/千瓦时 → 0.33 元/千瓦时",
        "latency.csv · 往返时延估算（1 项变更）：",
        f"  • {new.sites['guian'].name_zh} → {new.user_regions['gba'].name_zh}，往返估算",
        "      数值：20 毫秒 → 18 毫秒",
        "hub_facts.csv · 枢纽数据与官方说法（1 项变更）：",
        f"      表述：{_fact(old, 'gsc_peak').text_zh} → 新的说法",  # the pack's Chinese text
        "      另一语言的表述：已改写",
    ):
        assert line in lines, (line, lines)
    english = diff.text("en")
    assert "policies.csv · policies (2 changed):" in english.splitlines()
    assert "      now expired: its expiry date 2026-12-01 is before the pack's date" in english.splitlines()
    assert f"      wording: {_fact(old, 'gsc_peak').text_en} → new wording" in english.splitlines()
    assert "      wording in the other language: rewritten" in english.splitlines()
    assert not CJK.search(english)


def _fact(pack, fact_id):
    return next(f for f in pack.hub_facts if f.id == fact_id)


def test_diff_words_for_added_and_removed_in_chinese(pack_copy, chinese):
    rows = read_table(pack_copy / "benefit_rules.csv")
    write_table(pack_copy / "benefit_rules.csv", [r for r in rows if r[0] != "P3-R1"])
    conditions = read_table(pack_copy / "policy_conditions.csv")
    rule_column = conditions[0].index("rule_id")
    write_table(pack_copy / "policy_conditions.csv", [r for r in conditions if r[rule_column] != "P3-R1"])
    old, new = load_shipped_pack(), read_pack_source(pack_copy)

    diff = diff_packs(old, new)

    chinese = diff.text("zh_CN", QCoreApplication.translate).splitlines()
    p3 = new.policies["P3"].title_zh
    row = chinese.index(f"  • P3 {p3} 的 P3-R1（电价）")  # the rule's kind in words, not its id
    assert chinese[row + 1] == "      已删除"
    english = diff.text().splitlines()
    row = english.index(f"  • P3-R1 (Electricity price) of P3 {new.policies['P3'].title_en}")
    assert english[row + 1] == "      removed"
    reverse = diff_packs(new, old)
    lines = reverse.text("zh_CN", QCoreApplication.translate).splitlines()
    row = lines.index(f"  • P3 {p3} 的 P3-R1（电价）")
    assert lines[row + 1] == "      新增：电价，0.35 元/千瓦时"


def test_identical_packs_diff_in_chinese(chinese):
    pack = load_shipped_pack()
    assert diff_packs(pack, pack).text("zh_CN", QCoreApplication.translate).splitlines()[-1] == "内容无变化。"


def test_active_pack_label_and_fallback_reason_in_chinese(pack_copy, chinese):
    install_pack(pack_copy)
    imported = active_pack_info()
    assert imported.label(QCoreApplication.translate) == (
        f"数据包 {imported.version}（导入，截至 {imported.as_of.isoformat()}）"
    )
    (paths.active_pack_dir() / "sites.csv").write_bytes(b"")

    info = active_pack_info()

    assert info.kind == "shipped"
    assert translated(info.fallback_reason, QCoreApplication.translate) == (
        "导入的数据包无效（2 个问题），现使用随附数据包"  # the empty file; its checksum
    )
    assert info.fallback_reason == "the imported pack is invalid (2 problem(s)); using the shipped pack"
    assert (
        info.label(QCoreApplication.translate)
        == f"数据包 {info.version}（随附，截至 {info.as_of.isoformat()}）"
    )
    assert info.label() == f"Data pack {info.version} (shipped, as of {info.as_of.isoformat()})"


def _marked_templates() -> list[tuple[str, str, str]]:
    """(file, context, source) of every QT_TRANSLATE_NOOP call in explorer/datapack."""
    found = []
    for path in sorted(DATAPACK_SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, source = (ast.literal_eval(arg) for arg in node.args)
                found.append((path.name, context, source))
    return found


IDENTICAL_IN_CHINESE = {"{size:.1f} MB"}  # a unit Chinese writes the same way
# The data pack's own context, and the client data file's (issue 19), read with the pack's readers
CONTEXTS = {"DataPack", "ClientData"}


def test_every_datapack_template_is_translated_in_the_compiled_qm(qapp):
    """A new rule written without its Chinese fails here, not in front of a user."""
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / "explorer_zh_CN.qm"))
    templates = _marked_templates()
    assert len(templates) > 100
    placeholder = re.compile(r"\{[^{}]*\}")
    problems = []
    for file, context, source in templates:
        text = translator.translate(context, source)
        if context not in CONTEXTS:
            problems.append((file, source, f"context {context!r}, expected one of {sorted(CONTEXTS)}"))
        elif not text:
            problems.append((file, source, "no translation in explorer_zh_CN.qm"))
        elif text == source and source not in IDENTICAL_IN_CHINESE:
            problems.append((file, source, "translation equals the English"))
        elif sorted(placeholder.findall(text)) != sorted(placeholder.findall(source)):
            problems.append((file, source, f"placeholders differ in {text!r}"))
    assert not problems, "\n".join(map(str, problems))
