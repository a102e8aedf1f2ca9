"""Issue 19, "ask only what matters": answering a firm fact, and the list of what we still need."""

from __future__ import annotations

import math

import pytest

from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import PolicyStatus
from explorer.domain.firm_facts import FACTS, AnswerKind, answer_fact, fact_of, fact_value
from explorer.domain.policies import BenefitKind, Condition, ConditionOp, FirmField
from explorer.domain.scenario import FirmProfile, PolicyChoice
from explorer.domain.still_need import NeedKind, still_need

from .conftest import base_scenario, make_pack, make_policy, rule

GRANT = 2_000_000.0  # paid once in year 1 (discounted at 8 %)
TECH = Condition(FirmField.HIGH_TECH, ConditionOp.IS_TRUE)
SHARE = Condition(FirmField.ENCOURAGED_INDUSTRY_SHARE, ConditionOp.GE, "0.6")


def _case(*policies, **firm):
    pack = make_pack(*policies)
    scenario = base_scenario(
        policies=tuple(PolicyChoice(p.id) for p in policies), firm=FirmProfile(origin="beijing", **firm)
    )
    return scenario, pack


def _grant(policy_id: str, amount: float, *conditions: Condition):
    grant = rule(f"{policy_id}r", BenefitKind.CASH_GRANT, "fixed", amount=amount)
    return make_policy(policy_id, grant, conditions=conditions)


def test_an_answer_decides_the_policy_and_moves_the_npv_by_its_value():
    scenario, pack = _case(_grant("tech", GRANT, TECH))
    before = evaluate(scenario, pack)
    assert before.policies[0].status is PolicyStatus.UNKNOWN
    spec = fact_of(before.policies[0].conditions[0])
    assert spec is FACTS["high_tech"] and spec.kind is AnswerKind.YES_NO

    yes = answer_fact(scenario, "high_tech", True)
    after = evaluate(yes, pack)
    assert yes.firm.high_tech is True and fact_value(yes, "high_tech") is True
    assert after.policies[0].status is PolicyStatus.ELIGIBLE
    assert after.primary.npv - before.primary.npv == pytest.approx(GRANT / 1.08)

    no = evaluate(answer_fact(scenario, "high_tech", False), pack)
    assert no.policies[0].status is PolicyStatus.NOT_ELIGIBLE
    assert no.primary.npv == pytest.approx(before.primary.npv)
    unknown_again = answer_fact(yes, "high_tech", None)
    assert unknown_again.firm.high_tech is None
    assert evaluate(unknown_again, pack).policies[0].status is PolicyStatus.UNKNOWN


def test_share_sector_and_amount_answers_go_into_the_firm_profile():
    scenario, _pack = _case()
    assert answer_fact(scenario, "encouraged_industry_share", 0.75).firm.encouraged_industry_share == 0.75
    assert answer_fact(scenario, "sector", "ic").firm.sector == "ic"
    assert fact_value(scenario, "sector") is None
    staff = answer_fact(scenario, "firm.qualifying_staff", 12)
    assert fact_value(staff, "qualifying_staff") == 12.0
    assert answer_fact(staff, "qualifying_staff", None).firm.qualifying_staff is None


@pytest.mark.parametrize(
    ("name", "value", "field"),
    [
        ("high_tech", 1, "firm.high_tech"),
        ("encouraged_industry_share", 1.5, "firm.encouraged_industry_share"),
        ("encouraged_industry_share", "most", "firm.encouraged_industry_share"),
        ("rd_budget", -5.0, "firm.rd_budget"),
        ("origin", "beijing", "firm.origin"),
    ],
)
def test_a_wrong_answer_is_refused_naming_the_fact(name, value, field):
    scenario, _pack = _case()
    with pytest.raises(InvalidInput) as caught:
        answer_fact(scenario, name, value)
    assert caught.value.field == field


def test_the_list_ranks_by_npv_span_facts_and_estimates_together():
    scenario, pack = _case(_grant("big", 5 * GRANT, TECH), _grant("small", GRANT, SHARE))
    result = still_need(scenario, pack)
    spans = [item.span for item in result.items]
    assert spans == sorted(spans, reverse=True)
    facts = {item.key: item for item in result.facts()}
    assert set(facts) == {"high_tech", "encouraged_industry_share"}
    assert facts["high_tech"].span == pytest.approx(5 * GRANT / 1.08)
    assert facts["high_tech"].favourable is True and facts["high_tech"].unfavourable is False
    assert facts["high_tech"].policies == ("big",)
    share = facts["encouraged_industry_share"]
    assert share.span == pytest.approx(GRANT / 1.08)
    assert share.favourable == pytest.approx(1.0) or share.favourable == pytest.approx(0.6)
    assert share.unfavourable == 0.0
    assert result.base_npv == pytest.approx(evaluate(scenario, pack).primary.npv)
    # estimates: the tornado's inputs at pack figures, each with the NPV at the ends of its range
    estimates = result.estimates()
    assert estimates and all(item.kind is NeedKind.ESTIMATE for item in estimates)
    base = result.base_npv
    assert all(item.npv_low <= base + 1 and item.npv_high >= base - 1 for item in estimates)
    assert all(item.low is not None and item.high is not None for item in estimates)


def test_two_unknown_conditions_of_one_policy_each_show_what_they_decide():
    scenario, pack = _case(_grant("both", GRANT, TECH, SHARE))
    facts = {item.key: item for item in still_need(scenario, pack).facts()}
    # answering one alone leaves the other unknown; each is valued with the other answered favourably
    assert facts["high_tech"].span == pytest.approx(GRANT / 1.08)
    assert facts["encouraged_industry_share"].span == pytest.approx(GRANT / 1.08)


def test_a_fact_answered_or_an_input_the_scenario_sets_is_no_longer_asked():
    scenario, pack = _case(_grant("tech", GRANT, TECH))
    first = still_need(scenario, pack)
    top = first.estimates()[0]
    answered = answer_fact(scenario, "high_tech", False).replace_value(top.key, top.value or 0.0)
    again = still_need(answered, pack)
    assert "high_tech" not in {item.key for item in again.items}
    assert top.key not in {item.key for item in again.items}


def test_an_amount_fact_is_valued_at_what_earns_the_rules_cap():
    budget = make_policy(
        "rd", rule("rdr", BenefitKind.CAPEX_SUBSIDY, "rd_budget", rate=0.1, cap_total=1_000_000.0)
    )
    scenario, pack = _case(budget)
    item = next(i for i in still_need(scenario, pack).facts() if i.key == "rd_budget")
    assert item.assumed == pytest.approx(10_000_000.0)
    assert item.span == pytest.approx(1_000_000.0 / 1.08)
    assert math.isclose(item.unfavourable, 0.0)


def test_no_unknown_no_fact_items_and_the_count_of_estimates_is_kept():
    scenario, pack = _case(_grant("tech", GRANT, TECH), high_tech=True)
    result = still_need(scenario, pack, estimates=2)
    assert result.facts() == ()
    assert len(result.estimates()) == 2
