"""Official latency claims in hub_facts.csv: tagged by site and region, validated, optional in old packs."""

from __future__ import annotations

from explorer.datapack import DataPackError, diff_packs, load_shipped_pack, read_pack_source
from explorer.domain.latency import official_claims

from .conftest import read_table, set_cell, write_table

COLUMNS = ("latency_site_id", "latency_region_id")


def _problems(folder) -> list[str]:
    try:
        read_pack_source(folder)
    except DataPackError as error:
        return [str(problem) for problem in error.problems]
    raise AssertionError("the pack was accepted")


def test_a_pack_made_before_the_columns_still_loads(pack_copy):
    path = pack_copy / "hub_facts.csv"
    rows = read_table(path)
    keep = [i for i, name in enumerate(rows[0]) if name not in COLUMNS]
    write_table(path, [[row[i] for i in keep] for row in rows])
    pack = read_pack_source(pack_copy)
    assert len(pack.hub_facts) == len(load_shipped_pack().hub_facts)
    assert all(f.latency_site_id is None and f.latency_region_id is None for f in pack.hub_facts)
    assert official_claims(pack.hub_facts, "guian", "gba") == ()


def test_the_shipped_claims_are_tagged(shipped_pack):
    tagged = {(f.latency_site_id, f.latency_region_id) for f in shipped_pack.hub_facts if f.latency_region_id}
    assert tagged == {("guian", "gba"), ("guian", "yrd"), ("guian", "bth"), ("guian", "chengyu")}


def test_an_unknown_site_or_region_is_refused(pack_copy):
    row = set_cell(pack_copy, "hub_facts", "latency_region_id", "prd", fact_id="stated_latency_guian_gba")
    set_cell(pack_copy, "hub_facts", "latency_site_id", "guiyang", fact_id="stated_latency_guian_yrd")
    problems = _problems(pack_copy)
    assert (
        f"hub_facts.csv, row {row}, column 'latency_region_id': unknown region_id: not in user_regions "
        "(value: 'prd')"
    ) in problems
    assert any("'latency_site_id': unknown site_id: not in sites (value: 'guiyang')" in p for p in problems)


def test_a_claim_for_a_region_needs_its_site_and_a_figure_in_ms(pack_copy):
    row = set_cell(pack_copy, "hub_facts", "latency_site_id", "", fact_id="stated_latency_guian_gba")
    unit_row = set_cell(pack_copy, "hub_facts", "unit", "s", fact_id="stated_latency_guian_yrd")
    problems = _problems(pack_copy)
    assert (
        f"hub_facts.csv, row {row}, column 'latency_site_id': "
        "a latency claim for a user region must name its site"
    ) in problems
    assert any(
        p.startswith(f"hub_facts.csv, row {unit_row}, column 'unit': a latency claim for a user region needs")
        for p in problems
    )


def test_a_retagged_claim_shows_in_the_diff(pack_copy):
    set_cell(pack_copy, "hub_facts", "latency_region_id", "yrd", fact_id="stated_latency_guian_gba")
    lines = diff_packs(load_shipped_pack(), read_pack_source(pack_copy)).text("en").splitlines()
    row = lines.index("  • stated_latency_guian_gba · Stated latency from Gui'an to the Greater Bay Area")
    assert lines[row + 1] == "      latency claim, to user region: gba → yrd"
