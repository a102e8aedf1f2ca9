"""Policies built in code for the catalogue tests: no data pack, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.domain.parameters import Confidence
from explorer.domain.policies import BenefitKind, BenefitRule, Policy, PolicyCategory, PolicyLevel

TODAY = dt.date(2026, 6, 1)


def policy(policy_id: str, **fields) -> Policy:
    values = dict(
        title_zh=f"{policy_id}政策", title_en=f"Policy {policy_id}", issuer_zh="", issuer_en="",
        level=PolicyLevel.PROVINCIAL, category=PolicyCategory.INVESTMENT, summary_zh="", summary_en="",
        confidence=Confidence.OFFICIAL, last_verified=dt.date(2026, 1, 1),
    )  # fmt: skip
    values.update(fields)
    return Policy(id=policy_id, **values)


def published_rule(policy_id: str) -> BenefitRule:
    return BenefitRule(f"{policy_id}-R1", policy_id, BenefitKind.CASH_GRANT, "fixed", amount=1000.0)


@pytest.fixture
def policies() -> list[Policy]:
    return [
        policy(
            "E1",
            title_zh="贵安数据中心电价优惠",
            title_en="Gui'an data-centre power price discount",
            summary_zh="大数据中心用电价格降至每千瓦时0.35元。",
            summary_en="Large data centres pay 0.35 yuan/kWh for power.",
            issuer_zh="贵州省能源局",
            issuer_en="Guizhou Energy Administration",
            doc_number="黔能源发〔2021〕7号",
            level=PolicyLevel.PROVINCIAL,
            category=PolicyCategory.ELECTRICITY,
            effective=dt.date(2021, 3, 1),
            rules=(published_rule("E1"),),
        ),
        policy(
            "T1",
            title_zh="高新技术企业所得税优惠",
            title_en="Income tax relief for High and New Technology Enterprises",
            summary_zh="减按15%税率征收企业所得税。",
            summary_en="Corporate income tax at 15%.",
            issuer_zh="全国人民代表大会",
            issuer_en="National People's Congress",
            level=PolicyLevel.NATIONAL,
            category=PolicyCategory.TAX,
            effective=dt.date(2008, 1, 1),
            doc_number="主席令第63号",
            rules=(published_rule("T1"),),
        ),
        policy(
            "X1",
            title_zh="已失效的算力补贴",
            title_en="Expired compute subsidy",
            summary_en="Ended long ago.",
            level=PolicyLevel.DISTRICT,
            category=PolicyCategory.COMPUTE_VOUCHER,
            effective=dt.date(2018, 1, 1),
            expiry=dt.date(2020, 12, 31),
            doc_number="黔府发〔2021〕12号",
        ),
        policy(
            "F1",
            title_zh="北京迁出企业人才奖励",
            title_en="Talent reward for firms leaving Beijing",
            summary_zh="面向从北京迁入的企业。",
            level=PolicyLevel.MUNICIPAL,
            category=PolicyCategory.TALENT,
            effective=dt.date(2099, 1, 1),
            target_origins=("beijing",),
        ),
        policy(
            "O1",
            title_zh="北京数据中心PUE加价",
            title_en="Beijing PUE surcharge",
            level=PolicyLevel.ORIGIN,
            category=PolicyCategory.REGULATION,
            effective=dt.date(2024, 1, 1),
            expiry=dt.date(2027, 12, 31),
            target_origins=("beijing", "guangdong"),
            rules=(published_rule("O1"),),
        ),
    ]
