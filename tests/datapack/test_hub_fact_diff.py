"""A hub fact whose wording stayed shows what did change (its source, its date…), not "A → A"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.datapack import diff_packs, load_shipped_pack, read_pack_source

from .conftest import set_cell


def test_a_fact_with_the_same_wording_shows_the_fields_that_changed(pack_copy, chinese):
    set_cell(pack_copy, "hub_facts", "as_of", "2021-06", fact_id="article_designation")
    set_cell(pack_copy, "hub_facts", "from_article", "false", fact_id="article_designation")
    diff = diff_packs(load_shipped_pack(), read_pack_source(pack_copy))

    english = diff.text("en").splitlines()
    row = english.index("  • article_designation · Designated a national computing power hub")
    assert english[row + 1 : row + 3] == [
        "      from the hub article: yes → no",
        "      as of: 2021-05 → 2021-06",
    ]
    assert not any("May 2021 → May 2021" in line for line in english)

    chinese_lines = diff.text("zh_CN", QCoreApplication.translate).splitlines()
    row = chinese_lines.index("  • article_designation · 获批国家算力枢纽节点")
    assert chinese_lines[row + 1 : row + 3] == [
        "      出自枢纽文章：是 → 否",
        "      截至：2021-05 → 2021-06",
    ]
    assert not any("2021年5月 → 2021年5月" in line for line in chinese_lines)


def test_a_fact_with_new_wording_still_shows_the_wording(pack_copy):
    set_cell(pack_copy, "hub_facts", "text_en", "May 2021 (approved)", fact_id="article_designation")
    set_cell(pack_copy, "hub_facts", "as_of", "2021-06", fact_id="article_designation")
    lines = diff_packs(load_shipped_pack(), read_pack_source(pack_copy)).text("en").splitlines()
    assert "      wording: May 2021 → May 2021 (approved)" in lines
    assert "      wording in the other language: rewritten" not in lines  # only the English changed
