"""The policy rows corrected for pack version 2 (issue 14), each pinned, and what the engine makes of them.

P14's reported subsidy is a price after the subsidy in P3's stacking group; P1-R4 and G5-R1 pay only
with their conditions; every policy has a status that is true on the pack's date; the demo firms are
illustrative, move after that date, and the Beijing self-build is costed at a PUE its size allows.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from explorer import paths
from explorer.datapack import DataPackError, read_pack_source
from explorer.domain.engine import evaluate
from explorer.domain.evaluation import PolicyStatus
from explorer.domain.incentives import Status
from explorer.domain.parameters import Confidence
from explorer.domain.policies import BenefitKind, FirmField, Validity
from explorer.domain.scenario import FirmProfile, PolicyChoice, Scenario, Workload
from explorer.domain.scenario_codec import parse_scenario

from .conftest import read_table, set_cell

PERSONAS = sorted((paths.shipped_data_dir() / "personas").glob("*.json"))


def _policy(result, policy_id):
    return next(p for p in result.policies if p.policy_id == policy_id)


def _rule(result, policy_id, rule_id):
    return next(r for r in _policy(result, policy_id).rules if r.rule_id == rule_id)


# --- P14: the reported subsidised price, never stacked on P3 ------------------------------------


def test_p14_is_the_reported_price_after_the_subsidy_in_p3s_group(shipped_pack):
    p14, p3 = shipped_pack.policies["P14"], shipped_pack.policies["P3"]
    (rule,) = p14.rules
    assert (rule.kind, rule.base, rule.amount, rule.rate) == (
        BenefitKind.ELECTRICITY_PRICE,
        "energy",
        0.4,
        None,
    )
    assert rule.stacking_group == p3.rules[0].stacking_group == "guizhou_power_price"
    assert rule.realisation == 0.5  # press-reported, no document seen
    assert (p14.confidence, p14.validity) == (Confidence.PRESS, Validity.UNCONFIRMED)
    assert "0.175" in rule.note_en and "0.40" in rule.note_en  # the reasoning is in the rule's note


def _power_case(price: float | None = None) -> Scenario:
    scenario = Scenario(
        FirmProfile(origin="beijing", domestic_chip_share=1.0),
        Workload("ai_training", it_load_kw=10_000),
        policies=(PolicyChoice("P3"), PolicyChoice("P14")),
    )
    return scenario if price is None else scenario.replace_value("sites.guian.electricity_price", price)


def test_p14_adds_nothing_at_the_pack_price_of_gui_an(shipped_pack):
    result = evaluate(_power_case(), shipped_pack)
    assert _policy(result, "P14").status is PolicyStatus.ELIGIBLE
    assert _policy(result, "P14").total == 0.0  # 0.35 is already below the reported 0.40
    (note,) = _policy(result, "P14").notes
    assert note.startswith("The site's electricity price in this case (0.35 yuan/kWh) is already below")
    assert "already is this policy's price" in _policy(result, "P3").notes[0]


def test_p14_never_stacks_with_p3(shipped_pack):
    result = evaluate(_power_case(0.50), shipped_pack)
    energy = result.site("guian").energy_kwh
    p3, p14 = _policy(result, "P3"), _policy(result, "P14")
    # P14 alone would pay (0.50 - 0.40) x energy x 0.5; P3 pays (0.50 - 0.35) x energy and takes the year
    assert _rule(result, "P14", "P14-R1").potential[1] == pytest.approx(0.10 * energy * 0.5)
    assert p3.case_value[1] == pytest.approx(0.15 * energy)
    assert p14.case_value[1] == 0.0
    assert result.site("guian").table.incentives[1] == pytest.approx(0.15 * energy)


# --- P1-R4 and G5-R1 pay only with their conditions ---------------------------------------------


def test_p1_r4_needs_selection_as_a_benchmark_project(shipped_pack):
    conditions = [c for r in shipped_pack.policies["P1"].rules if r.id == "P1-R4" for c in r.conditions]
    assert [(c.field, c.op.value) for c in conditions] == [(FirmField.BENCHMARK_PROJECT, "is_true")]

    def case(selected):
        firm = FirmProfile(origin="guangdong", project_investment=30e6, benchmark_project=selected)
        result = evaluate(
            Scenario(firm, Workload("ai_training"), policies=(PolicyChoice("P1"),)), shipped_pack
        )
        return _rule(result, "P1", "P1-R4")

    unknown, refused, selected = case(None), case(False), case(True)
    assert unknown.status is Status.UNKNOWN and unknown.total == 0.0  # unknown counts as not received
    assert refused.status is Status.NOT_MET and refused.total == 0.0
    assert selected.status is Status.MET and selected.total == pytest.approx(2_000_000)  # 10 %, capped


def test_g5_r1_needs_an_approved_upgrade_and_a_large_firm(shipped_pack):
    g5 = shipped_pack.policies["G5"]
    assert [c.field for c in g5.conditions] == [FirmField.APPROVED_UPGRADE]
    assert [c.field for c in g5.rules[0].conditions] == [FirmField.LARGE_ENTERPRISE]

    def case(**facts):
        firm = FirmProfile(origin="beijing", **facts)
        result = evaluate(
            Scenario(firm, Workload("ai_training"), policies=(PolicyChoice("G5"),)), shipped_pack
        )
        return _policy(result, "G5")

    assert case().status is PolicyStatus.UNKNOWN and case().total == 0.0
    assert case(approved_upgrade=True, large_enterprise=False).status is PolicyStatus.NOT_ELIGIBLE
    assert case(approved_upgrade=False, large_enterprise=True).total == 0.0
    paid = case(approved_upgrade=True, large_enterprise=True)
    assert paid.status is PolicyStatus.ELIGIBLE and paid.total == pytest.approx(500_000)


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_no_persona_is_paid_g5_or_the_benchmark_reward_without_the_facts(shipped_pack, path):
    result = evaluate(parse_scenario(path.read_bytes()), shipped_pack)
    for policy in result.policies:
        for rule in policy.rules:
            if rule.rule_id in ("G5-R1", "P1-R4"):
                assert rule.status is not Status.MET and rule.total == 0.0, (path.stem, rule.rule_id)


# --- a status true on the pack's date -----------------------------------------------------------

TARGET_PASSED = ("N6", "N9", "P5", "P11", "P13", "G3", "G4")


def test_every_policy_has_a_status_true_on_the_pack_date(shipped_pack):
    as_of = shipped_pack.manifest.as_of
    policies = shipped_pack.policies
    for policy in policies.values():
        past = policy.expiry is not None and policy.expiry < as_of
        assert past == (
            policy.validity in (Validity.EXPIRED, Validity.SUPERSEDED) and policy.expiry is not None
        )
    assert {p for p, policy in policies.items() if policy.validity is Validity.TARGET_PASSED} == set(
        TARGET_PASSED
    )
    assert {p for p, policy in policies.items() if policy.validity is Validity.EXPIRED} == {
        "N8", "P4", "P7", "O5",
    }  # fmt: skip
    assert {p for p, policy in policies.items() if policy.validity is Validity.UNCONFIRMED} == {
        "P14", "P15", "G2",
    }  # fmt: skip


def test_superseded_editions_point_at_their_successors(shipped_pack):
    p = shipped_pack.policies
    assert (p["N2"].validity, p["N2"].superseded_by, p["N2"].expiry) == (
        Validity.SUPERSEDED, "N11", dt.date(2024, 12, 31),
    )  # fmt: skip
    assert (p["N11"].validity, p["N11"].effective) == (Validity.IN_FORCE, dt.date(2025, 1, 1))
    assert "2025年本" in p["N11"].title_zh and "2025 edition" in p["N11"].title_en
    assert (p["O4"].validity, p["O4"].superseded_by) == (Validity.SUPERSEDED, "O7")
    assert p["O7"].validity is Validity.IN_FORCE and "2022" in p["O7"].title_zh
    assert p["P7"].expiry == dt.date(2025, 12, 31)


def test_o3_says_it_was_revised_and_that_a_new_large_build_in_beijing_is_restricted(shipped_pack):
    o3 = shipped_pack.policies["O3"]
    assert o3.validity is Validity.IN_FORCE
    assert "revised in July 2023" in o3.summary_en and "2023年7月修订" in o3.summary_zh
    assert "A new large data centre in Beijing is restricted" in o3.summary_en
    assert "在北京新建大型数据中心受到严格限制" in o3.summary_zh


def test_last_verified_only_where_the_row_was_checked(shipped_pack):
    checked = {p.id for p in shipped_pack.policies.values() if p.last_verified is not None}
    assert checked == {"N2", "N6", "N9", "N11", "P14", "O1", "O2", "O3", "O4", "O7"}
    for policy_id in checked:
        assert shipped_pack.policies[policy_id].verified_against, policy_id


def test_the_beijing_notes_call_the_2026_surcharge_o2():
    folder = paths.shipped_data_dir()
    rows = read_table(folder / "site_parameters.csv")
    beijing = [" ".join(r) for r in rows if r and r[0] == "beijing"]
    sites = [" ".join(r) for r in read_table(folder / "sites.csv") if r and r[0] == "beijing"]
    for text in beijing + sites:
        assert "surcharge (policy O1)" not in text and "modelled as policy O1" not in text
    assert any("(policy O2)" in text for text in beijing + sites)


# --- the loader keeps the status honest ---------------------------------------------------------


def _problems(folder: Path) -> list[str]:
    with pytest.raises(DataPackError) as caught:
        read_pack_source(folder)
    return [str(p) for p in caught.value.problems]


def test_a_status_that_contradicts_the_expiry_is_refused(pack_copy):
    row = set_cell(pack_copy, "policies", "status", "in_force", policy_id="N8")
    assert _problems(pack_copy) == [
        f"policies.csv, row {row}, column 'status': the policy expired on 2023-12-31, before the pack's "
        "date: status expired or superseded (value: 'in_force')"
    ]


def test_expired_needs_a_past_expiry(pack_copy):
    row = set_cell(pack_copy, "policies", "status", "expired", policy_id="N1")
    assert _problems(pack_copy) == [
        f"policies.csv, row {row}, column 'status': status expired needs an expiry date before the pack's "
        "date (value: 'expired')"
    ]


def test_a_successor_only_for_a_superseded_policy_and_one_the_pack_holds(pack_copy):
    row = set_cell(pack_copy, "policies", "superseded_by", "N11", policy_id="N1")
    assert _problems(pack_copy) == [
        f"policies.csv, row {row}, column 'superseded_by': a successor is named only when the status is "
        "superseded (value: 'N11')"
    ]
    set_cell(pack_copy, "policies", "superseded_by", "", policy_id="N1")
    row = set_cell(pack_copy, "policies", "superseded_by", "N99", policy_id="N2")
    assert any(f"row {row}, column 'superseded_by'" in p and "N99" in p for p in _problems(pack_copy))


def test_a_pack_without_the_status_column_derives_it_from_the_dates(pack_copy):
    path = pack_copy / "policies.csv"
    rows = read_table(path)
    keep = [
        i for i, name in enumerate(rows[0]) if name not in ("status", "superseded_by", "verified_against")
    ]
    from .conftest import write_table

    write_table(path, [[row[i] for i in keep] for row in rows])
    pack = read_pack_source(pack_copy)
    assert pack.policies["N8"].validity is Validity.EXPIRED  # expired 2023-12-31
    assert pack.policies["N6"].validity is Validity.IN_FORCE  # the dates say no more


# --- the demo firms ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_personas_are_illustrative_and_move_after_the_pack_date(shipped_pack, path):
    scenario = parse_scenario(path.read_bytes())
    assert scenario.title.startswith("Illustrative firm: ")
    assert scenario.description_en.startswith("Illustrative firm (fictional")
    assert scenario.description_zh.startswith("示例企业（虚构")
    assert scenario.firm.name.startswith("示例：") and " / Illustrative: " in scenario.firm.name
    assert scenario.finance.move_date > shipped_pack.manifest.as_of


def test_the_beijing_self_build_is_costed_at_a_pue_o3_allows_for_its_size(shipped_pack):
    path = paths.shipped_data_dir() / "personas" / "beijing_cloud_self_build.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    scenario = parse_scenario(path.read_bytes())
    beijing = next(site for site in scenario.sites if site.id == "beijing")
    pue = beijing.params["pue"]
    # O3: 1.25 for 10,000-20,000 tce a year, tighter above; the campus uses more than 20,000 tce
    assert pue.value == 1.2 and pue.high <= 1.25 and "O3" in pue.source
    result = evaluate(scenario, shipped_pack)
    kwh = result.site("beijing").energy_kwh
    assert kwh * 0.1229 / 1000 > 20_000  # tce at the calorific factor, the lowest reading
    for site in ("guian", "horinger", "qingyang"):  # the new builds: each hub's own PUE
        assert result.site(site).energy_kwh / kwh <= 1.0 + 1e-9
    assert "a new large data centre in Beijing is restricted" in document["description_en"]
    assert "在北京新建大型数据中心受到严格限制" in document["description_zh"]


def test_chinese_rule_notes_name_no_column_or_group_id(shipped_pack):
    """A note a Chinese user reads says 金额 and 叠加组, not ``amount`` or ``guizhou_power_price``."""
    import re

    ids = re.compile(r"\b(amount|rate|base|threshold|[a-z]+_[a-z_]+)\b")
    for policy in shipped_pack.policies.values():
        for rule in policy.rules:
            assert not ids.search(rule.note_zh), (rule.id, ids.search(rule.note_zh))
