"""A policy's reasons name the firm's facts in words: yes/no, sectors and sites, never True or an id.

The reasons are the engine's ``Message``s: English as they are, Chinese through Qt's
translator (the ``chinese`` fixture), with the pack's own site names picked by language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import PolicyStatus
from explorer.domain.figure_style import Style
from explorer.domain.policies import BenefitKind, Condition, ConditionOp, FirmField
from explorer.domain.scenario import FirmProfile, PolicyChoice

from .conftest import base_scenario, make_pack, make_policy, rule

pytestmark = pytest.mark.usefixtures("chinese")


def in_chinese(text: str) -> str:
    """``text`` as a Chinese reader sees it: Qt's translator, the pack's Chinese names."""
    return Style(QCoreApplication.translate, "zh_CN").text(text)


def reasons(condition: Condition | None = None, target_origins: tuple[str, ...] = (), **firm):
    """The first policy's (status, reason in English, in Chinese) for a Beijing firm with ``firm`` facts."""
    policy = make_policy(
        "p",
        rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6),
        conditions=(condition,) if condition else (),
        target_origins=target_origins,
    )
    scenario = base_scenario(policies=(PolicyChoice("p"),), firm=FirmProfile(origin="beijing", **firm))
    result = evaluate(scenario, make_pack(policy)).policies[0]
    return result.status, str(result.reason), in_chinese(result.reason)


def test_a_yes_no_fact_is_shown_as_yes_or_no():
    condition = Condition(FirmField.HIGH_TECH, ConditionOp.IS_TRUE)
    status, en, zh = reasons(condition, high_tech=False)
    assert status is PolicyStatus.NOT_ELIGIBLE
    assert en == "not met: High and New Technology Enterprise status required; the firm: no"
    assert zh == "不满足：需要高新技术企业资格；企业：否"
    met = evaluate(
        base_scenario(policies=(PolicyChoice("p"),), firm=FirmProfile(origin="beijing", high_tech=True)),
        make_pack(make_policy("p", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6),
                              conditions=(condition,))),
    ).policies[0]  # fmt: skip
    assert in_chinese(met.conditions[0].reason) == "满足：需要高新技术企业资格（企业：是）"
    assert met.conditions[0].reason.endswith("(the firm: yes)")


def test_a_yes_no_rule_value_is_shown_as_yes_or_no():
    _, en, zh = reasons(
        Condition(FirmField.REGISTERED_IN_GUIAN, ConditionOp.EQ, "true"), registered_in_guian=False
    )
    assert zh == "不满足：在贵安注册等于是；企业：否"
    assert en == "not met: registration in Gui'an equal to yes; the firm: no"


def test_sectors_are_shown_in_words():
    condition = Condition(FirmField.SECTOR, ConditionOp.IN, "ic|software")
    status, en, zh = reasons(condition, sector="ai")
    assert status is PolicyStatus.NOT_ELIGIBLE
    assert zh == "不满足：行业属于集成电路、软件和信息技术服务；企业：人工智能"
    assert en == "not met: sector one of integrated circuits, software and IT services; the firm: AI"


def test_an_unknown_sector_id_stays_as_typed():
    _, en, zh = reasons(Condition(FirmField.SECTOR, ConditionOp.EQ, "ai"), sector="biotech")
    assert zh == "不满足：行业等于人工智能；企业：biotech"
    assert en.endswith("the firm: biotech")


def test_origin_sites_are_named_as_the_pack_names_them():
    status, en, zh = reasons(target_origins=("sichuan",))
    assert status is PolicyStatus.NOT_ELIGIBLE
    assert zh == "不满足：迁出地属于sichuan·zh；企业：beijing·zh"  # the fixture pack's Chinese names
    assert en == "not met: origin region one of Sichuan; the firm: Beijing"
