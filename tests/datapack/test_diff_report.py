"""The import diff as a client's analyst reads it (issue 14): by table, row by row, old → new with units.

A pack that differs from the shipped one as version 2 differed from version 1 (an emission
factor and a rent re-sourced, a condition added, a source replaced, a text given in Chinese, a
ceiling added) gives one section per file, each row named as a reader knows it, each figure with
its unit, every source whole, in English and in Chinese.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.datapack import diff_packs, load_shipped_pack, read_pack_source

from .conftest import find_row, read_table, set_cell, write_table

NEW_SOURCE = (
    "Ministry of Ecology and Environment and National Bureau of Statistics, announcement of 2026 factors"
)


@pytest.fixture
def diff(pack_copy):
    set_cell(pack_copy, "site_parameters", "value", "0.57", site_id="guian", param="grid_emission_factor")
    set_cell(pack_copy, "site_parameters", "high", "0.6", site_id="guian", param="grid_emission_factor")
    set_cell(
        pack_copy, "site_parameters", "source", NEW_SOURCE, site_id="guian", param="grid_emission_factor"
    )
    set_cell(pack_copy, "site_parameters", "source_zh", "生态环境部、国家统计局公告", site_id="guian",
             param="grid_emission_factor")  # fmt: skip
    set_cell(pack_copy, "site_parameters", "value", "0.35", site_id="beijing", param="social_oncost")
    set_cell(pack_copy, "site_parameters", "note_zh", "新的说明", site_id="beijing", param="wage")
    set_cell(pack_copy, "benefit_rules", "realisation", "0.8", rule_id="P3-R1")
    set_cell(pack_copy, "package_ceilings", "value", "3000000", ceiling_id="grant_amount")
    conditions = read_table(pack_copy / "policy_conditions.csv")
    row = list(conditions[find_row(conditions, condition_id="G5-C1")])
    header = conditions[0]
    row[header.index("condition_id")], row[header.index("policy_id")] = "P3-C9", "P3"
    row[header.index("rule_id")] = ""
    row[header.index("text_en")], row[header.index("text_zh")] = "A test condition", "测试条件"
    conditions.append(row)
    write_table(pack_copy / "policy_conditions.csv", conditions)
    return diff_packs(load_shipped_pack(), read_pack_source(pack_copy))


def _section(lines: list[str], heading: str) -> list[str]:
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i]), len(lines))
    return lines[start:end]


def test_one_section_per_file_with_rows_named_and_units(diff):
    lines = diff.text("en").splitlines()
    headings = [line for line in lines if re.match(r"^\w+\.csv · ", line)]
    assert headings == [
        "site_parameters.csv · site parameters (3 changed):",
        "benefit_rules.csv · benefit rules (1 changed):",
        "policy_conditions.csv · eligibility conditions (1 changed):",
        "package_ceilings.csv · ceilings of negotiated package items (1 changed):",
    ]
    sites = _section(lines, headings[0])
    row = sites.index("  • Gui'an New Area, Guizhou · Grid emission factor")
    assert sites[row + 1 : row + 4] == [
        "      value: 0.4989 tCO2/MWh → 0.57 tCO2/MWh",
        "      range (low to high): 0.4989 to 0.5182 tCO2/MWh → 0.4989 to 0.6 tCO2/MWh",
        f"      source: {_shipped_source()} → {NEW_SOURCE}",
    ]  # the whole source, never cut
    assert "      source in the other language: rewritten" in sites
    assert "      value: 38% → 35%" in sites  # a share in per cent
    wage = sites.index("  • Beijing · Wage")
    assert sites[wage + 1 : wage + 3] == [
        "      value: 333,660 yuan/person/year (unchanged)",
        "      note in the other language: rewritten",
    ]
    assert "      expected realisation: 100% → 80%" in lines
    assert "      condition added: A test condition" in lines
    assert "  • Settlement grant, amount" in lines and "      value: 2,000,000 yuan → 3,000,000 yuan" in lines
    assert not any("…" in line for line in lines)


def _shipped_source() -> str:
    from explorer.domain.parameters import SiteParam

    return load_shipped_pack().sites["guian"].params[SiteParam.GRID_EMISSION_FACTOR].provenance.source


def test_the_same_report_in_chinese(diff, chinese):
    lines = diff.text("zh_CN", QCoreApplication.translate).splitlines()
    assert "site_parameters.csv · 站点参数（3 项变更）：" in lines
    row = lines.index("  • 贵州贵安新区 · 电网排放因子")
    assert lines[row + 1] == "      数值：0.4989 吨CO₂/兆瓦时 → 0.57 吨CO₂/兆瓦时"
    assert any(line.endswith("→ 生态环境部、国家统计局公告") for line in lines)  # the Chinese source
    assert "      另一语言的来源：已改写" in lines
    assert "      预计兑现率：100% → 80%" in lines
    assert "      新增条件：测试条件" in lines
    assert lines[lines.index("  • 北京 · 工资") + 2] == "      说明：已改写（数值未变）"


def test_identical_packs_have_no_section():
    pack = load_shipped_pack()
    assert diff_packs(pack, pack).tables == ()


def test_a_source_reworded_in_one_language_is_one_source(pack_copy, chinese):
    """A policy source whose Chinese title changed is not "removed" and "added" again."""
    rows = read_table(pack_copy / "policy_sources.csv")
    header = rows[0]
    index = find_row(rows, policy_id="G6")
    rows[index][header.index("title_zh")] = "新华社（中国政府网）报道，2019年6月12日"
    write_table(pack_copy / "policy_sources.csv", rows)
    diff = diff_packs(load_shipped_pack(), read_pack_source(pack_copy))
    english = diff.text("en").splitlines()
    row = english.index(f"  • G6 {load_shipped_pack().policies['G6'].title_en}")
    assert english[row + 1 :] == ["      source in the other language: rewritten"]
    chinese_lines = diff.text("zh_CN", QCoreApplication.translate).splitlines()
    assert chinese_lines[-1].startswith("      来源：") and chinese_lines[-1].endswith(
        "→ 新华社（中国政府网）报道，2019年6月12日 <" + rows[index][header.index("url")] + ">"
    )


@pytest.fixture
def rule_diff(pack_copy):
    set_cell(pack_copy, "benefit_rules", "base", "capex", rule_id="P1-R4")
    return diff_packs(load_shipped_pack(), read_pack_source(pack_copy))


def test_a_rules_kind_and_base_are_words_not_ids(rule_diff):
    lines = rule_diff.text("en").splitlines()
    subject = next(line for line in lines if line.startswith("  • P1-R4 "))
    assert subject.startswith("  • P1-R4 (Investment subsidy) of P1 ")
    assert "      base: investment in the qualifying project → fixed-asset investment" in lines
    assert not any(word in line for line in lines for word in ("capex_subsidy", "project_investment"))


def test_a_rules_kind_and_base_in_chinese(rule_diff, chinese):
    lines = rule_diff.text("zh_CN", QCoreApplication.translate).splitlines()
    subject = next(line for line in lines if "P1-R4" in line)
    assert "capex_subsidy" not in subject and "投资补助" in subject
    assert not any(word in line for line in lines for word in ("project_investment", "capex"))
    assert any("固定资产投资" in line for line in lines)
