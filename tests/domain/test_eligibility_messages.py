"""Eligibility and policy-status reasons are translatable Messages, not English/Chinese pairs.

The engine words a condition and a policy's status once, in English, as a ``Message``;
Chinese comes through Qt's translator (the ``chinese`` fixture installs the shipped .qm),
and the pack's own texts (a condition's wording, a site's name) are picked by language.
Every template is listed, translated, in the .ts that Qt Linguist edits.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain import incentives
from explorer.domain.engine import evaluate
from explorer.domain.evaluation import PolicyStatus
from explorer.domain.figure_style import Style
from explorer.domain.incentives import Facts, Status, check_condition
from explorer.domain.messages import Bilingual, Message
from explorer.domain.policies import BenefitKind, Condition, ConditionOp, FirmField
from explorer.domain.scenario import FirmProfile, PolicyChoice

from .conftest import base_scenario, make_pack, make_policy, rule

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "explorer_zh_CN.ts"


def in_chinese(text: str) -> str:
    return Style(QCoreApplication.translate, "zh_CN").text(text)


def evaluated(*conditions: Condition, expiry: dt.date | None = None, **firm):
    policy = make_policy(
        "p", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6), conditions=conditions, expiry=expiry
    )
    scenario = base_scenario(policies=(PolicyChoice("p"),), firm=FirmProfile(origin="beijing", **firm))
    return evaluate(scenario, make_pack(policy))


def test_a_condition_and_its_reasons_come_through_the_translator(chinese):
    investment = Condition(FirmField.FIXED_ASSET_INVESTMENT, ConditionOp.GE, "100000000")
    condition = evaluated(investment, fixed_asset_investment=50e6).policies[0].conditions[0]
    assert isinstance(condition.reason, Message) and isinstance(condition.change, Message)
    assert condition.text == "fixed-asset investment at least 100000000 yuan"  # no pack text: the engine's
    assert condition.reason == "not met: fixed-asset investment at least 100000000 yuan; the firm: 50.0 M"
    assert condition.change == "would be met with fixed-asset investment at least 100000000 yuan"
    assert in_chinese(condition.text) == "固定资产投资不低于100000000"
    assert in_chinese(condition.reason) == "不满足：固定资产投资不低于100000000；企业：50.0 M"
    assert in_chinese(condition.change) == "若固定资产投资不低于100000000则满足"


def test_an_unknown_fact_asks_for_it_in_either_language(chinese):
    share = Condition(FirmField.DOMESTIC_CHIP_SHARE, ConditionOp.GE, "0.5")
    result = evaluated(share).policies[0]
    assert result.status is PolicyStatus.UNKNOWN
    assert result.reason == "unknown: the firm profile does not give its domestic-chip share"
    assert in_chinese(result.reason) == "未知：企业资料未提供国产芯片占比"
    assert in_chinese(result.conditions[0].change) == "在方案中填写企业的国产芯片占比"
    assert in_chinese(result.conditions[0].text) == "国产芯片占比 >= 0.5"  # as the rule writes it


def test_a_rule_base_the_profile_leaves_unknown_names_its_path(chinese):
    budget = make_policy("rd", rule("r", BenefitKind.CASH_GRANT, "rd_budget", rate=0.1))
    result = evaluate(base_scenario(policies=(PolicyChoice("rd"),)), make_pack(budget)).policies[0]
    condition = result.conditions[-1]
    assert (condition.field, condition.status) == ("firm.rd_budget", Status.UNKNOWN)
    assert condition.reason == "unknown: the firm profile does not give the R&D budget of the project"
    assert in_chinese(condition.reason) == "未知：企业资料未提供项目研发预算"
    assert in_chinese(condition.change) == "在方案中填写 firm.rd_budget"


def test_the_pack_wording_of_a_condition_stays_data_in_both_languages(chinese):
    high_tech = Condition(
        FirmField.HIGH_TECH, ConditionOp.IS_TRUE, "", "需为高新技术企业", "must be a certified HNTE"
    )
    condition = evaluated(high_tech, high_tech=True).policies[0].conditions[0]
    assert isinstance(condition.text, Bilingual)
    assert condition.text == "must be a certified HNTE"
    assert in_chinese(condition.text) == "需为高新技术企业"
    assert Style(QCoreApplication.translate, "en").text(condition.text) == "must be a certified HNTE"
    assert in_chinese(condition.reason) == "满足：需要高新技术企业资格（企业：是）"
    assert condition.change == ""


@pytest.mark.parametrize(
    ("changes", "status", "english", "chinese_text"),
    [
        ({"expiry": dt.date(2020, 12, 31)}, PolicyStatus.EXPIRED,
         "expired on 2020-12-31, before the move", "已于2020-12-31失效，早于迁移日期"),
        ({}, PolicyStatus.ELIGIBLE, "all conditions met", "所有条件均满足"),
    ],
)  # fmt: skip
def test_a_policy_status_reason_comes_through_the_translator(chinese, changes, status, english, chinese_text):
    result = evaluated(**changes).policies[0]
    assert result.status is status
    assert isinstance(result.reason, Message)
    assert (result.reason, in_chinese(result.reason)) == (english, chinese_text)


def test_a_policy_without_a_published_amount_says_so_in_chinese(chinese):
    unpublished = make_policy("u", rule("r", BenefitKind.CASH_GRANT, "fixed", published=False))
    result = evaluate(base_scenario(policies=(PolicyChoice("u"),)), make_pack(unpublished)).policies[0]
    assert result.status is PolicyStatus.NOT_QUANTIFIED
    assert in_chinese(result.reason) == "符合条件，但未公布金额"


def test_the_json_keeps_both_languages_of_every_reason(chinese):
    evaluation = evaluated(Condition(FirmField.SECTOR, ConditionOp.IN, "ic|software"), sector="ai")
    data = evaluation.to_dict(chinese=in_chinese)
    policy = data["policies"][0]
    assert list(policy) == [
        "policy_id", "title_en", "title_zh", "status", "conditions", "rules", "case_value",
        "case_potential", "total", "present_value", "reason_en", "reason_zh", "notes",
    ]  # fmt: skip
    assert policy["reason_zh"] == "不满足：行业属于集成电路、软件和信息技术服务；企业：人工智能"
    condition = policy["conditions"][0]
    assert list(condition) == [
        "field", "op", "required", "actual", "status", "text_en", "text_zh",
        "reason_en", "reason_zh", "change_en", "change_zh",
    ]  # fmt: skip
    assert condition["change_zh"] == "若行业属于集成电路、软件和信息技术服务则满足"
    assert condition["reason_en"] == (
        "not met: sector one of integrated circuits, software and IT services; the firm: AI"
    )
    json.dumps(data, allow_nan=False)


def test_a_condition_checked_twice_is_answered_from_the_cache():
    facts = Facts(
        fixed_asset_investment=np.array([1e8]), it_load_kw=np.array([1000.0]), site_pue=np.array([1.2]),
        sector="ai", high_tech=True, domestic_chip_share=None, encouraged_industry_share=None,
        registered_in_guian=None, origin_region="beijing", move_date=dt.date(2026, 1, 1),
    )  # fmt: skip
    condition = Condition(FirmField.IT_LOAD_KW, ConditionOp.GE, "777")
    incentives._check_one.cache_clear()
    first = check_condition(condition, facts)
    again = check_condition(condition, facts)
    assert incentives._check_one.cache_info().hits == 1
    assert again[2] is first[2]  # the same result, Messages and all: they are hashable strs
    assert hash(first[2]) == hash(again[2])


def _templates(context: str) -> set[str]:
    found = set()
    for path in (ROOT / "explorer" / "domain").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                if node.args[0].value == context:  # type: ignore[attr-defined]
                    found.add(node.args[1].value)  # type: ignore[attr-defined]
    return found


def test_the_ts_lists_every_eligibility_text_with_its_chinese():
    listed = {
        message.findtext("source"): message.find("translation")
        for context in ET.parse(TS_FILE).iter("context")
        if context.findtext("name") == "Eligibility"
        for message in context.iter("message")
    }
    templates = _templates("Eligibility")
    assert len(templates) > 40  # field names, operators, sectors, reasons (guards a broken walk)
    assert templates <= listed.keys()
    for source in templates:
        translation = listed[source]
        assert translation.get("type") is None and translation.text, source  # finished, for Linguist
    for source in ("all conditions met", "has no quantified benefit", "expired on {date}, before the move"):
        assert source in _templates("Engine")  # policy statuses, with the engine's other words
