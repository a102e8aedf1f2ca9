"""Pack v2, site data (issue 14): the rows a client's analyst checks, pinned.

Rack rents with their basis and reference rack power, the official 2022 provincial grid emission
factors, the Beijing PUE limits, the O2 reference, and sources a user sees that name an official
identity (in both languages) with reposts kept in the maintainer note.
"""

from __future__ import annotations

import re

import pytest

from explorer import paths
from explorer.domain.parameters import Confidence, SiteParam

from .conftest import read_table

# MEE/NBS 《关于发布2022年电力二氧化碳排放因子的公告》 (20 Dec 2024): province of each site,
# its 2022 factor (the value) and its 2021 factor (公告2024年第12号), in tCO2/MWh.
EMISSION_FACTORS = {
    "guangdong": ("广东", 0.4403, 0.4715),
    "shaoguan": ("广东", 0.4403, 0.4715),
    "sichuan": ("四川", 0.1404, 0.1255),
    "beijing": ("北京", 0.5580, 0.5688),
    "guian": ("贵州", 0.4989, 0.5182),
    "horinger": ("内蒙古", 0.6849, 0.7025),
    "zhongwei": ("宁夏", 0.6423, 0.6546),
    "qingyang": ("甘肃", 0.4772, 0.4955),
}

# yuan per 6 kW reference rack a month, net of electricity: (value, low, high)
TIER1_RENTS = {"beijing": (7800, 3650, 10850), "guangdong": (8200, 4100, 11300)}
NATIONAL_RENT = (4200, 2400, 8400)
NATIONAL_SITES = ("sichuan", "shaoguan", "guian", "horinger", "zhongwei", "qingyang")

# Where a text was read is for maintainers only: none of these may reach a user.
REPOST_MARKERS = (
    "read on a", "read on re", "repost", "copy on", "mirror", "'s copy", " copy)", "kdwc", "pulse.bot",
    "modb.pro", "vidaamax", "daily universal", "dailyuniversal", "news.qq.com", "china.com",
    "wackywonka", "jdgod", "newssc", "xinnet", "2ltejz", "zhaoxny", "hyeyvuf", "dazzall", "reportify",
    "sohu", "daydaynews", "cnssxq", "intozgc", "github", "转载", "转引",
)  # fmt: skip
USER_VISIBLE = ("source", "source_zh", "note", "note_zh")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _rows(table: str) -> list[dict[str, str]]:
    rows = read_table(paths.shipped_data_dir() / f"{table}.csv")
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _site_rows() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["site_id"], r["param"]): r for r in _rows("site_parameters")}


@pytest.mark.parametrize("site_id", sorted(EMISSION_FACTORS))
def test_grid_emission_factor_is_the_official_2022_provincial_factor(shipped_pack, site_id):
    province, factor_2022, factor_2021 = EMISSION_FACTORS[site_id]
    param = shipped_pack.sites[site_id].params[SiteParam.GRID_EMISSION_FACTOR]
    assert param.value == factor_2022
    assert (param.low, param.high) == (min(factor_2022, factor_2021), max(factor_2022, factor_2021))
    provenance = param.provenance
    assert provenance.confidence is Confidence.OFFICIAL_MIRROR
    assert str(provenance.as_of).startswith("2022")
    for text in (provenance.source, provenance.source_zh):
        assert "关于发布2022年电力二氧化碳排放因子的公告" in text
    assert "Ministry of Ecology and Environment" in provenance.source
    assert "National Bureau of Statistics" in provenance.source and "20 Dec 2024" in provenance.source
    assert "生态环境部" in provenance.source_zh and "国家统计局" in provenance.source_zh
    assert "2024年12月20日" in provenance.source_zh and province in provenance.source_zh
    assert f"{factor_2022:.4f}" in provenance.source and f"{factor_2022:.4f}" in provenance.source_zh
    row = _site_rows()[(site_id, "grid_emission_factor")]
    assert "annex" in row["maintainer_note"] and "mee.gov.cn" in row["maintainer_note"]


def test_no_site_uses_the_national_factor_any_more():
    for (site_id, param), row in _site_rows().items():
        if param == "grid_emission_factor":
            assert float(row["value"]) != 0.5703, site_id


@pytest.mark.parametrize("site_id", sorted(TIER1_RENTS))
def test_tier1_rent_rests_on_listed_operators_disclosures(shipped_pack, site_id):
    rent = shipped_pack.sites[site_id].params[SiteParam.RACK_RENT]
    assert (rent.value, rent.low, rent.high) == TIER1_RENTS[site_id]
    assert rent.provenance.confidence is Confidence.ESTIMATE
    source, note = rent.provenance.source, rent.provenance.note
    assert "VNET" in source and "8,742" in source and "Range" in source and "6,247" in source
    assert "世纪互联" in rent.provenance.source_zh and "润泽科技" in rent.provenance.source_zh
    # the reference power, the assumption behind it and the electricity taken out are stated
    assert "6 kW" in note and "4.4 kW" in note and "electricity" in note and "730 h" in note
    assert "6千瓦" in rent.provenance.note_zh and "4.4千瓦" in rent.provenance.note_zh


@pytest.mark.parametrize("site_id", NATIONAL_SITES)
def test_rent_without_a_local_source_is_the_national_figure_with_a_wide_range(shipped_pack, site_id):
    rent = shipped_pack.sites[site_id].params[SiteParam.RACK_RENT]
    assert (rent.value, rent.low, rent.high) == NATIONAL_RENT
    assert rent.high / rent.low >= 3  # wide: only a national, low-confidence figure exists
    provenance = rent.provenance
    assert provenance.confidence is Confidence.ESTIMATE
    assert "No price was found for this site" in provenance.source and "nationally" in provenance.source
    assert "Only a national figure exists" in provenance.note and "6 kW" in provenance.note
    assert "electricity" in provenance.note and "removed" in provenance.note
    assert "未找到本站点的价格" in provenance.source_zh and "只有全国数据" in provenance.note_zh


def test_no_east_west_split_without_a_source(shipped_pack):
    """Gui'an and the other western clusters rent no cheaper than Sichuan or Shaoguan: no source says so."""
    rents = {s: shipped_pack.sites[s].params[SiteParam.RACK_RENT].value for s in NATIONAL_SITES}
    assert len(set(rents.values())) == 1


@pytest.mark.parametrize("site_id", sorted(EMISSION_FACTORS))
def test_every_rent_states_its_reference_rack_power(shipped_pack, site_id):
    reference = shipped_pack.sites[site_id].params[SiteParam.RACK_REFERENCE_KW]
    assert (reference.value, reference.low, reference.high) == (6, 6, 6)
    rent = shipped_pack.sites[site_id].params[SiteParam.RACK_RENT]
    assert "Reference rack 6 kW" in rent.provenance.note or "reference rack" in rent.provenance.note.lower()
    assert "6 kW" in reference.provenance.source and "6千瓦" in reference.provenance.source_zh


def test_beijing_notes_name_the_surcharge_o2_never_o1():
    beijing = [r for (site, _), r in _site_rows().items() if site == "beijing"]
    beijing += [r for r in _rows("sites") if r["site_id"] == "beijing"]
    for row in beijing:
        for column in ("source", "source_zh", "note", "note_zh"):
            assert not re.search(r"\bO1\b.{0,40}surcharge|surcharge.{0,40}\bO1\b", row.get(column, "")), row
    assert "O2" in _site_rows()[("beijing", "electricity_price")]["note"]
    assert "O2" in next(r for r in _rows("sites") if r["site_id"] == "beijing")["note"]
    pue = _site_rows()[("beijing", "pue")]
    assert "O2" in pue["note"] and "O2" in pue["note_zh"]


def test_beijing_pue_note_says_what_limits_existing_and_new_facilities():
    pue = _site_rows()[("beijing", "pue")]
    note, note_zh = pue["note"], pue["note_zh"]
    assert float(pue["value"]) == 1.35
    assert "existing facility" in note and "1.35" in note and "by 2027" in note
    assert "new or expanded facility" in note and "O3" in note and "1.25" in note
    assert "1.35 must not be used for a new Beijing build" in note
    assert "存量数据中心" in note_zh and "新建、扩建" in note_zh and "不得按1.35测算" in note_zh


def test_user_visible_texts_name_no_repost():
    for (site_id, param), row in _site_rows().items():
        for column in USER_VISIBLE:
            text = row[column].lower()
            for marker in REPOST_MARKERS:
                assert marker.lower() not in text, f"{site_id}.{param}.{column}: {marker!r}"
    for row in _rows("sites"):
        for marker in REPOST_MARKERS:
            assert marker.lower() not in row["note"].lower(), row["site_id"]


def test_every_row_has_its_source_in_chinese():
    for (site_id, param), row in _site_rows().items():
        assert CJK.search(row["source_zh"]), f"{site_id}.{param}: source_zh missing or not Chinese"
        if row["note"]:
            assert CJK.search(row["note_zh"]), f"{site_id}.{param}: note_zh missing or not Chinese"


def test_rows_read_on_a_copy_say_so_for_maintainers():
    """An official text read only on a repost is official_mirror, and the maintainer note says where."""
    for (site_id, param), row in _site_rows().items():
        if row["confidence"] == Confidence.OFFICIAL_MIRROR.value:
            assert row["maintainer_note"].strip(), f"{site_id}.{param}"


def test_the_racks_fact_is_credited_to_the_report_that_carries_it(shipped_pack):
    """">7,000 racks": the People's Daily photo story it linked does not carry the figure."""
    fact = next(f for f in shipped_pack.hub_facts if f.id == "china_mobile_racks")
    assert (fact.value, fact.unit) == (7000.0, "racks")
    assert fact.text_en == "phase III: more than 7,000 racks (completion scheduled for 2024)"
    assert fact.text_zh == "三期：7000个以上机架（计划2024年建成）"
    assert "people.cn" not in fact.provenance.url and fact.provenance.url == ""
    assert "Huanqiu.com" in fact.provenance.source and "18 Mar 2023" in fact.provenance.source
    assert "环球网" in fact.provenance.source_zh
    assert (fact.provenance.as_of, fact.provenance.confidence) == ("2023-03", Confidence.PRESS_PROMO)


def test_the_pack_is_version_2_of_its_date(shipped_pack):
    """Rows checked on 2026-12-06 are in a pack of that date; every persona moves after it."""
    assert (shipped_pack.manifest.version, str(shipped_pack.manifest.as_of)) == ("2026.12.0", "2026-12-06")
    for policy in shipped_pack.policies.values():
        assert policy.last_verified is None or policy.last_verified <= shipped_pack.manifest.as_of
