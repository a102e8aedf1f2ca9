"""The firm facts added for P1's benchmark reward and G5's award (issue 14): read, written, explained.

Like every firm fact, null means unknown, and unknown counts as not received.
"""

from __future__ import annotations

import json

import pytest

from explorer.domain.errors import InvalidInput
from explorer.domain.incentives import FIELD_LABELS, Status, check_condition
from explorer.domain.policies import Condition, ConditionOp, FirmField
from explorer.domain.scenario import FirmProfile, Scenario, Workload
from explorer.domain.scenario_codec import dump_scenario, parse_scenario

NEW_FIELDS = ("benchmark_project", "approved_upgrade", "large_enterprise")


def _document(**firm) -> bytes:
    return json.dumps(
        {
            "schema_version": 2,
            "firm": {"origin": "beijing", **firm},
            "workload": {"template": "ai_training"},
            "finance": {"move_date": "2027-03-01"},
        }
    ).encode()


@pytest.mark.parametrize("name", NEW_FIELDS)
def test_each_fact_is_read_and_written_as_true_false_or_null(name):
    for value in (True, False, None):
        scenario = parse_scenario(_document(**{name: value}))
        assert getattr(scenario.firm, name) is value
        again = parse_scenario(dump_scenario(scenario).encode())
        assert getattr(again.firm, name) is value
    assert getattr(parse_scenario(_document()).firm, name) is None  # left out: unknown


@pytest.mark.parametrize("name", NEW_FIELDS)
def test_anything_but_true_false_or_null_is_refused(name):
    with pytest.raises(InvalidInput) as caught:
        parse_scenario(_document(**{name: "yes"}))
    assert str(caught.value).startswith(f"firm.{name}: must be true, false or null")


@pytest.mark.parametrize(
    "field", [FirmField.BENCHMARK_PROJECT, FirmField.APPROVED_UPGRADE, FirmField.LARGE_ENTERPRISE]
)
def test_a_condition_on_the_fact_is_met_not_met_or_unknown(field):

    label = FIELD_LABELS[field]
    assert label
    condition = Condition(field, ConditionOp.IS_TRUE)
    for value, expected in ((True, Status.MET), (False, Status.NOT_MET), (None, Status.UNKNOWN)):
        scenario = Scenario(FirmProfile(origin="beijing", **{field.value: value}), Workload("ai_training"))
        facts = _facts_of(scenario)
        status, _, result = check_condition(condition, facts)
        assert status is expected, (field, value)
        if value is None:
            assert "does not give" in result.reason and label in result.reason


def _facts_of(scenario):
    import datetime as dt

    import numpy as np

    from explorer.domain.incentives import Facts

    firm = scenario.firm
    return Facts(
        fixed_asset_investment=np.zeros(1), it_load_kw=np.zeros(1), site_pue=np.ones(1), sector="",
        high_tech=None, domestic_chip_share=None, encouraged_industry_share=None, registered_in_guian=None,
        origin_region=firm.origin, move_date=dt.date(2027, 3, 1), benchmark_project=firm.benchmark_project,
        approved_upgrade=firm.approved_upgrade, large_enterprise=firm.large_enterprise,
    )  # fmt: skip
