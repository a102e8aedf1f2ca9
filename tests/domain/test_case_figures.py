"""The figures of a case (explorer.domain.figures) add up, for the destination and for any comparator."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.domain.engine import evaluate
from explorer.domain.figures import case_figures
from explorer.personas import load_personas

PERSONAS = {persona.id: persona for persona in load_personas()}


@pytest.mark.parametrize("persona_id", sorted(PERSONAS))
@pytest.mark.parametrize("extra", [0.0, 1_000_000.0])
def test_the_waterfall_ends_at_each_sites_year_1_net_cost(shipped_pack, persona_id, extra):
    scenario = PERSONAS[persona_id].scenario.replace_value("extra_incentive_per_year", extra)
    evaluation = evaluate(scenario, shipped_pack)
    for case in evaluation.cases:
        figures = case_figures(evaluation, case.site_id)
        site = evaluation.site(case.site_id)
        origin = evaluation.site(evaluation.origin)
        net = figures.waterfall[-1]
        # the site's cost less what the move gains in incentives and tax (both as differences to the origin)
        expected = float(site.table.opex[1]) - float(case.incentives[1]) - float(case.tax[1])
        assert net.end == pytest.approx(expected, abs=0.01), case.site_id
        steps = figures.waterfall[1:-1]
        moved = sum(s.end - s.start for s in steps)
        assert float(origin.table.opex[1]) + moved == pytest.approx(net.end, abs=0.01)
        # the what-if extra is paid at the scenario's destination only
        has_extra = any(step.key == "extra" for step in figures.waterfall)
        assert has_extra == (bool(extra) and case.site_id == evaluation.destination), case.site_id
        assert np.all(np.isfinite([s.end for s in figures.waterfall]))
