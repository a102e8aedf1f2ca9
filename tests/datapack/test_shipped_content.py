"""The shipped pack's content: sourced, bilingual, faithful to the data brief and the hub article."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from explorer import paths
from explorer.datapack.schema import TABLES, TemplateParam
from explorer.domain.parameters import Confidence, SiteParam, SiteRole
from explorer.domain.policies import BenefitKind, ConditionOp, FirmField, PolicyLevel, Validity

from .conftest import read_table

ARTICLE = Path("/work/shared/reference/guizhou-computing-hub-article.txt")
# Addresses fit to show a client (data brief, "Citing in the app"):
# issuing bodies, official outlets, reputable press.
ALLOWED_HOSTS = (
    ".gov.cn", "xinhuanet.com", "news.cn", "chinadaily.com.cn", "people.cn", "cctv.com", "eyesnews.cn",
    "scmp.com", "caixinglobal.com", "reuters.com", "ft.com", "cushwake.cld.bz", "amcham-southchina.com",
)  # fmt: skip
SOURCED_TABLES = ("site_parameters", "latency", "template_parameters", "hub_facts")


def _rows(table: str) -> list[dict[str, str]]:
    rows = read_table(paths.shipped_data_dir() / f"{table}.csv")
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("table", SOURCED_TABLES)
def test_every_sourced_row_has_source_as_of_and_confidence(table):
    rows = _rows(table)
    assert rows
    for row in rows:
        assert row["source"].strip(), row
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}", row["as_of"]), row
        assert row["confidence"] in {c.value for c in Confidence}, row
        if row["confidence"] == "estimate":
            assert len(row["note"]) > 30, f"an estimate must explain itself: {row}"


def test_policies_have_confidence_status_and_honest_verification():
    for row in _rows("policies"):
        assert row["confidence"] in {c.value for c in Confidence}
        assert row["status"] in {v.value for v in Validity}, row["policy_id"]
        # last_verified only where a row was really checked, saying against what
        if row["last_verified"]:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["last_verified"])
            assert len(row["verified_against"]) > 30, row["policy_id"]
        else:
            assert not row["verified_against"], row["policy_id"]


@pytest.mark.parametrize(
    "table", ["site_parameters", "latency", "template_parameters", "hub_facts", "policy_sources"]
)
def test_urls_only_from_citable_hosts(table):
    for row in _rows(table):
        if row["url"]:
            host = urlparse(row["url"]).hostname or ""
            assert host.endswith(ALLOWED_HOSTS), f"{table}: {row['url']} is not fit to show a client"


def test_sites_roles_and_parameters(shipped_pack):
    roles = {site_id: site.role for site_id, site in shipped_pack.sites.items()}
    assert roles == {
        "guangdong": SiteRole.ORIGIN, "sichuan": SiteRole.ORIGIN, "beijing": SiteRole.ORIGIN,
        "guian": SiteRole.DESTINATION, "shaoguan": SiteRole.COMPARATOR, "horinger": SiteRole.COMPARATOR,
        "zhongwei": SiteRole.COMPARATOR, "qingyang": SiteRole.COMPARATOR,
    }  # fmt: skip
    for site in shipped_pack.sites.values():
        assert set(site.params) == set(SiteParam), site.id
        assert site.name_zh and site.name_en


def test_brief_figures_carry_over(shipped_pack):
    def param(site: str, key: SiteParam):
        return shipped_pack.sites[site].params[key]

    guian_price = param("guian", SiteParam.ELECTRICITY_PRICE)
    assert (guian_price.value, guian_price.provenance.confidence) == (0.35, Confidence.OFFICIAL_MIRROR)
    assert param("sichuan", SiteParam.ELECTRICITY_PRICE).value == 0.34
    beijing = param("beijing", SiteParam.ELECTRICITY_PRICE)
    assert (beijing.low, beijing.high, beijing.provenance.confidence) == (0.60, 0.80, Confidence.ESTIMATE)
    guangdong = param("guangdong", SiteParam.ELECTRICITY_PRICE)
    assert (guangdong.low, guangdong.high, guangdong.provenance.confidence) == (
        0.60,
        0.70,
        Confidence.ESTIMATE,
    )
    assert param("guian", SiteParam.PUE).value == 1.20
    wage = param("guian", SiteParam.WAGE)
    assert wage.low == 79355 and wage.provenance.confidence is Confidence.ESTIMATE
    assert "2016" in wage.provenance.note
    assert param("guangdong", SiteParam.WAGE).value == 240000
    assert param("guian", SiteParam.BUILD_COST).value == 51190  # 7.11 M USD/MW x 7.2
    for key in (SiteParam.RACK_RENT, SiteParam.BANDWIDTH_PRICE):
        for site in shipped_pack.sites.values():
            assert site.params[key].provenance.confidence is Confidence.ESTIMATE


def test_latency_round_trips(shipped_pack):
    assert set(shipped_pack.user_regions) == {"gba", "yrd", "bth", "chengyu"}
    assert len(shipped_pack.latency_ms) == len(shipped_pack.sites) * len(shipped_pack.user_regions)
    published_one_way = {"gba": 10, "yrd": 15, "bth": 20, "chengyu": 6}
    for region, one_way in published_one_way.items():
        latency = shipped_pack.latency_ms[("guian", region)]
        assert latency.value == 2 * one_way and latency.low == one_way
        assert "round trip" in latency.provenance.note


def test_templates(shipped_pack):
    assert set(shipped_pack.templates) == {"ai_training", "ai_inference", "render_farm", "storage_backup"}
    required = {p.value for p in TemplateParam} - {TemplateParam.IT_LOAD_KW.value}
    for template in shipped_pack.templates.values():
        assert required <= set(template.params), template.id
    storage = shipped_pack.templates["storage_backup"].params
    assert storage["accelerators"].value == 0 and storage["it_load_kw"].value > 0


def test_policies_bilingual_and_numerous(shipped_pack):
    policies = shipped_pack.policies
    assert len(policies) >= 25
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for policy in policies.values():
        assert cjk.search(policy.title_zh) and cjk.search(policy.summary_zh), policy.id
        assert policy.title_en and not cjk.search(policy.summary_en.replace("代理购电", "")), policy.id
        assert policy.issuer_zh and policy.issuer_en and policy.sources, policy.id
    levels = {p.level for p in policies.values()}
    assert {PolicyLevel.NATIONAL, PolicyLevel.PROVINCIAL, PolicyLevel.MUNICIPAL, PolicyLevel.ORIGIN} <= levels
    for pid in (
        [f"N{i}" for i in range(1, 8)] + [f"P{i}" for i in range(1, 16)] + [f"G{i}" for i in range(1, 8)]
    ):
        assert pid in policies


def test_unpublished_amounts_are_never_invented(shipped_pack):
    rules = [rule for policy in shipped_pack.policies.values() for rule in policy.rules]
    for rule in rules:
        if not rule.published:
            assert rule.rate is None and rule.amount is None, rule.id
        else:
            assert rule.rate is not None or rule.amount is not None, rule.id
    raw = _rows("benefit_rules")
    for row in raw:
        if row["published"] == "false":
            assert row["rate"] == "not published" and row["amount"] == "not published", row["rule_id"]


def test_key_policy_rules(shipped_pack):
    p = shipped_pack.policies
    n1 = p["N1"].rules[0]
    assert (n1.kind, n1.rate, n1.stacking_group) == (BenefitKind.TAX_RATE, 0.15, "cit_preferential")
    assert "guian" in n1.site and "beijing" not in n1.site and "guangdong" not in n1.site
    assert p["N1"].conditions[0].field is FirmField.ENCOURAGED_INDUSTRY_SHARE
    assert (p["N1"].conditions[0].op, p["N1"].conditions[0].value) == (ConditionOp.GE, "0.6")
    assert p["N1"].expiry.isoformat() == "2030-12-31"
    assert p["N3"].rules[0].stacking_group == n1.stacking_group  # one 15% rate, never two
    assert (p["P3"].rules[0].kind, p["P3"].rules[0].amount) == (BenefitKind.ELECTRICITY_PRICE, 0.35)
    voucher = next(r for r in p["P1"].rules if r.kind is BenefitKind.COMPUTE_VOUCHER)
    assert not voucher.published and "80 million" in voucher.note_en
    benchmark = next(r for r in p["P1"].rules if r.kind is BenefitKind.CAPEX_SUBSIDY)
    assert (benchmark.rate, benchmark.cap_total) == (0.10, 2_000_000)
    p14 = p["P14"]
    assert p14.conditions[0].field is FirmField.DOMESTIC_CHIP_SHARE  # more in test_policies_v2.py
    surcharge = {r.amount: r for r in p["O2"].rules}
    assert set(surcharge) == {0.2, 0.5}
    for rule in surcharge.values():
        assert (rule.kind, rule.site, rule.threshold) == (BenefitKind.SURCHARGE, "origin", 1.35)
        assert any(c.field is FirmField.SITE_PUE for c in rule.conditions)
    assert p["O2"].effective.isoformat() == "2026-01-01" and p["O2"].target_origins == ("beijing",)


def test_26_policies_shown_as_a_claim_only(shipped_pack):
    p15 = shipped_pack.policies["P15"]
    assert p15.confidence is Confidence.PRESS_PROMO and not p15.rules
    assert "claim" in p15.title_en and "未见文件" in p15.title_zh


CHINA_DAILY_2025_04_29 = "http://www.chinadaily.com.cn/a/202504/29/WS68101006a310a04af22bcb4a.html"
# Every figure of the hub article, worded as the article words it.
ARTICLE_FIGURES = {
    "article_designation": ("May 2021", None),
    "article_compute_power": ("surpassing 57 EFLOPS", 57),
    "article_compute_doubling": ("doubling its capabilities", 2),
    "article_intelligent_share": ("Over 90%", 90),
    "article_national_share": ("23%", 23),
    "article_transactions_cny": ("approximately 11.35 billion yuan", 11.35),
    "article_transactions_usd": ("around $1.56 billion", 1.56),
    "article_incentive_policies": ("26 incentive policies", 26),
    "article_ecosystem_target": ("100 billion yuan", 100),
    "article_films": ("over 50 films", 50),
    "article_nezha2": ("more than 40%", 40),
    "article_bank_branches": ("11 specialized bank branches", 11),
    "article_loans_total": ("99.84 billion yuan", 99.84),
    "article_loans_hightech": ("83.38 billion yuan", 83.38),
    "article_loans_growth": ("29.82%", 29.82),
    "article_goal_2025": ("by the end of 2025", None),
}


def test_every_article_figure_is_present_and_exact(shipped_pack):
    article = ARTICLE.read_text(encoding="utf-8")
    facts = {fact.id: fact for fact in shipped_pack.hub_facts}
    for fact_id, (text, value) in ARTICLE_FIGURES.items():
        fact = facts[fact_id]
        assert fact.from_article and fact.text_en == text and text in article, fact_id
        assert fact.value == value, fact_id
        # credited to the official outlet that ran the same text, with its link (issue 14)
        assert fact.provenance.confidence is Confidence.PRESS, fact_id
        assert fact.provenance.url == CHINA_DAILY_2025_04_29, fact_id
        assert fact.provenance.source.startswith("China Daily, 29 Apr 2025"), fact_id
        assert fact.provenance.source_zh.startswith("中国日报"), fact_id
    # the qualifiers in Chinese too
    assert facts["article_compute_power"].text_zh.startswith("超过")
    assert facts["article_transactions_cny"].text_zh.startswith("约")
    assert facts["article_transactions_usd"].text_zh.startswith("约")
    assert {f.id for f in shipped_pack.hub_facts if f.from_article} == set(ARTICLE_FIGURES)


def test_no_article_number_is_left_out():
    """Every number in the article is covered by a fact (or is a date or a film title)."""
    article = ARTICLE.read_text(encoding="utf-8")
    texts = " ".join(text for text, _ in ARTICLE_FIGURES.values())
    not_figures = {"2024", "2"}  # "by the end of 2024" (the facts' as-of date) and the film title "Ne Zha 2"
    for number in set(re.findall(r"\d+(?:\.\d+)?", article)) - not_figures:
        assert number in texts, number


def test_layout_facts(shipped_pack):
    facts = {fact.id: fact for fact in shipped_pack.hub_facts}
    assert facts["layout_hubs"].value == 8 and facts["layout_clusters"].value == 10
    assert "Gui'an" in facts["layout_clusters"].text_en and "贵安" in facts["layout_clusters"].text_zh


def test_schema_documents_every_table():
    for spec in TABLES.values():
        assert spec.doc and spec.columns
        header = read_table(paths.shipped_data_dir() / spec.file)[0]
        # columns added later (may_be_absent) may be missing; the rest in the schema's order
        expected = [c.name for c in spec.columns if c.name in header or not c.may_be_absent]
        assert header == expected, spec.name


def test_docs_describe_every_table_and_column():
    doc = (paths.install_root() / "docs" / "data-pack.md").read_text(encoding="utf-8")
    for spec in TABLES.values():
        assert f"### `{spec.file}`" in doc, spec.file
        for column in spec.column_names:
            assert f"| `{column}` |" in doc, (spec.file, column)
