"""A Policies tab on a small pack built in code, so every figure and condition is known."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from explorer.domain.parameters import Confidence
from explorer.domain.policies import (
    BenefitKind,
    Condition,
    ConditionOp,
    FirmField,
    PolicyCategory,
    PolicyLevel,
    SourceRef,
)
from explorer.domain.scenario import FirmProfile, PolicyChoice
from tests.domain.conftest import base_scenario, make_pack, make_policy, rule

HTML_TITLE = "<b>Bold</b> claim <img src='file:///etc/passwd'>"
HTML_SUMMARY = "<a href='https://evil.example'>click</a> & <i>more</i>\nsecond line"
TODAY = dt.date(2026, 6, 1)


def catalogue_policies():
    return (
        make_policy(
            "E1",
            rule("E1-R1", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30),
            title_zh="贵安数据中心电价优惠",
            title_en="Gui'an data-centre power price discount",
            summary_zh="大数据中心用电价格降至每千瓦时0.30元。",
            summary_en="Large data centres pay 0.30 yuan/kWh for power.",
            issuer_zh="贵州省能源局",
            issuer_en="Guizhou Energy Administration",
            doc_number="黔能源发〔2021〕7号",
            level=PolicyLevel.PROVINCIAL,
            category=PolicyCategory.ELECTRICITY,
            effective=dt.date(2021, 3, 1),
            sources=(
                SourceRef("Guizhou Energy Administration notice", "https://nyj.guizhou.gov.cn/notice?id=7"),
                SourceRef("A copy kept offline", "file:///C:/copy.pdf"),
                SourceRef("Press report without an address"),
            ),
        ),
        make_policy(
            "C1",
            rule("C1-R1", BenefitKind.CAPEX_SUBSIDY, "capex", rate=0.10, cap_total=5_000_000.0, years=1),
            title_zh="算力中心固定资产投资补助",
            title_en="Capital subsidy for computing centres",
            summary_en="10% of fixed-asset investment, at most 5 M yuan.",
            issuer_en="Gui'an New Area Management Committee",
            level=PolicyLevel.DISTRICT,
            category=PolicyCategory.INVESTMENT,
            effective=dt.date(2023, 1, 1),
            expiry=dt.date(2030, 12, 31),
            conditions=(
                Condition(
                    FirmField.DOMESTIC_CHIP_SHARE,
                    ConditionOp.GE,
                    "0.2",
                    "国产芯片占比不低于20%",
                    "Domestic chips are at least 20% of accelerators",
                ),
                Condition(
                    FirmField.FIXED_ASSET_INVESTMENT,
                    ConditionOp.GE,
                    "100000000",
                    "固定资产投资不低于1亿元",
                    "Fixed-asset investment of at least 100 M yuan",
                ),
                Condition(
                    FirmField.HIGH_TECH,
                    ConditionOp.IS_TRUE,
                    "",
                    "高新技术企业",
                    "Certified High and New Technology Enterprise",
                ),
            ),
        ),  # fmt: skip
        make_policy(
            "T1",
            rule("T1-R1", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15),
            title_zh="高新技术企业所得税优惠",
            title_en="Income tax relief for High and New Technology Enterprises",
            summary_en="Corporate income tax at 15%.",
            level=PolicyLevel.NATIONAL,
            category=PolicyCategory.TAX,
            effective=dt.date(2008, 1, 1),
            conditions=(
                Condition(
                    FirmField.HIGH_TECH,
                    ConditionOp.IS_TRUE,
                    "",
                    "高新技术企业",
                    "Certified High and New Technology Enterprise",
                ),
            ),
        ),  # fmt: skip
        make_policy(
            "N1",
            rule("N1-R1", BenefitKind.COMPUTE_VOUCHER, "compute_spend", published=False),
            title_zh="贵州算力券",
            title_en="Guizhou compute vouchers",
            level=PolicyLevel.PROVINCIAL,
            category=PolicyCategory.COMPUTE_VOUCHER,
            effective=dt.date(2024, 1, 1),
        ),
        make_policy(
            "X1",
            title_zh="已失效的数据中心规划",
            title_en="Expired data-centre plan",
            level=PolicyLevel.NATIONAL,
            category=PolicyCategory.LAYOUT,
            effective=dt.date(2018, 1, 1),
            expiry=dt.date(2020, 12, 31),
            target_origins=("beijing",),
        ),
        make_policy(
            "H1",
            title_zh=HTML_TITLE,
            title_en=HTML_TITLE,
            summary_zh=HTML_SUMMARY,
            summary_en=HTML_SUMMARY,
            issuer_en="<script>alert(1)</script>",
            doc_number="<u>No. 1</u>",
            level=PolicyLevel.MUNICIPAL,
            category=PolicyCategory.TALENT,
            confidence=Confidence.PRESS,
        ),
    )


@pytest.fixture
def pack():
    return make_pack(*catalogue_policies())


def firm(**facts) -> FirmProfile:
    """A firm moving from Beijing: 50 M yuan invested, half domestic chips, 10 M profit a year."""
    values = dict(
        origin="beijing",
        user_regions=("gba", "bth"),
        fixed_asset_investment=50_000_000.0,
        taxable_profit=10_000_000.0,
        domestic_chip_share=0.5,
    )
    values.update(facts)
    return FirmProfile(**values)


@pytest.fixture
def state(qapp, pack):
    from explorer.ui.state import AppState

    scenario = base_scenario(firm=firm())
    scenario = dataclasses.replace(scenario, policies=tuple(PolicyChoice(p) for p in pack.policies))
    return AppState(pack, "en", scenario)


@pytest.fixture
def tab(state, qtbot):
    from explorer.ui.policies.policies_tab import PoliciesTab

    widget = PoliciesTab(state)
    widget.today = lambda: TODAY
    widget.resize(1366, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.flush()
    return widget
