"""The catalogue's columns made in bulk (dates, search keys) say what the policies say, and a
large catalogue's counts and timeline follow its rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import numpy as np
import pytest

from explorer.ui.policies.catalogue import PREPARE_AT_ONCE, build_frame, normalise
from tests.domain.conftest import base_scenario, make_pack, make_policy

from .conftest import TODAY, firm

EDGE_DAYS = (None, dt.date(1, 1, 1), dt.date(1969, 12, 31), dt.date(1970, 1, 1), dt.date(2021, 3, 1),
             dt.date(9999, 12, 31))  # fmt: skip


def test_dates_of_every_policy_and_none_as_not_a_time():
    policies = [
        make_policy(f"P{i}", effective=day, expiry=EDGE_DAYS[-1 - i], issued=day)
        for i, day in enumerate(EDGE_DAYS)
    ]
    frame = build_frame(policies)
    for name in ("effective", "expiry", "issued"):
        expected = [getattr(p, name) for p in policies]
        column = frame[name].to_numpy().astype("datetime64[D]")
        assert [None if np.isnat(day) else day.astype(dt.date) for day in column] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gui'AN Data-Centre 2021",
        "ＧＵＩ’ＡＮ　１２号",
        "Straße İstanbul ﬁne",
        "黔能源发〔2021〕7号",
        "it\u02bcs",
        "",
    ],
)
def test_normalise_folds_width_case_and_apostrophes(text):
    reference = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    assert normalise(text) == reference.replace("\u02bc", "'").casefold()


def test_a_large_catalogues_counts_and_timeline_follow_its_rows(qapp, qtbot):
    from explorer.ui.policies.policies_tab import PoliciesTab
    from explorer.ui.state import AppState

    policies = [make_policy(f"L{i:04d}", effective=dt.date(2020, 1, 1) + dt.timedelta(days=i))
                for i in range(PREPARE_AT_ONCE + 1)]  # fmt: skip
    pack = make_pack(*policies)
    scenario = dataclasses.replace(base_scenario(firm=firm()), policies=())
    tab = PoliciesTab(AppState(pack, "en", scenario))
    tab.today = lambda: TODAY
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() == len(policies)  # the rows at once
    qtbot.waitUntil(lambda: len(tab.timeline.row_ids()) == len(policies))  # the timeline soon after
    assert set(tab.timeline.row_ids()) == {p.id for p in policies}
