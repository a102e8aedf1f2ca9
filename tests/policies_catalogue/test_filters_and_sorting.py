"""Filters combine as masks; facet counts; sort orders with numbers and dates in their real order."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import numpy as np

from explorer.domain.evaluation import PolicyStatus
from explorer.domain.policies import PolicyCategory, PolicyLevel
from explorer.ui.policies.catalogue import (
    ELIGIBILITY_ORDER,
    Column,
    Filters,
    InForce,
    PolicyCatalogue,
    ResultTable,
    in_force_codes,
    timeline_rows,
)
from explorer.ui.policies.search_text import natural_key

from .conftest import TODAY


def ids(catalogue: PolicyCatalogue, rows) -> list[str]:
    return [catalogue.ids[i] for i in rows]


def shown(catalogue: PolicyCatalogue, **filters) -> list[str]:
    return ids(catalogue, np.flatnonzero(catalogue.mask(Filters(**filters), TODAY)))


def with_results(catalogue: PolicyCatalogue, statuses: dict[str, PolicyStatus], totals: dict[str, float]):
    table = ResultTable.empty(len(catalogue))
    for policy_id, status in statuses.items():
        position = catalogue.position(policy_id)
        table.status[position] = ELIGIBILITY_ORDER.index(status)
        table.total[position] = totals.get(policy_id, np.nan)
        table.chosen[position] = table.in_calculation[position] = True
    catalogue.set_results(table)


def test_in_force_today(policies):
    catalogue = PolicyCatalogue(policies)
    codes = in_force_codes(catalogue.frame, TODAY)
    states = dict(zip(catalogue.ids, (list(InForce)[c] for c in codes), strict=True))
    assert states == {
        "E1": InForce.ACTIVE,
        "T1": InForce.ACTIVE,
        "X1": InForce.EXPIRED,
        "F1": InForce.NOT_YET,
        "O1": InForce.ACTIVE,
    }
    # the expiry day itself is still in force, the day after is not
    assert shown(catalogue, in_force=InForce.EXPIRED) == ["X1"]
    late = in_force_codes(catalogue.frame, dt.date(2028, 1, 1))
    assert list(InForce)[late[catalogue.position("O1")]] is InForce.EXPIRED
    assert list(InForce)[in_force_codes(catalogue.frame, dt.date(2027, 12, 31))[4]] is InForce.ACTIVE


def test_filters_combine(policies):
    catalogue = PolicyCatalogue(policies)
    assert shown(catalogue, level=PolicyLevel.PROVINCIAL) == ["E1"]
    assert shown(catalogue, category=PolicyCategory.TAX) == ["T1"]
    assert shown(catalogue, level=PolicyLevel.PROVINCIAL, category=PolicyCategory.TAX) == []
    assert shown(catalogue, origin="beijing") == ["F1", "O1"]
    assert shown(catalogue, origin="guangdong") == ["O1"]
    assert shown(catalogue, origin="nowhere") == []
    assert shown(catalogue, quantified_only=True) == ["E1", "T1", "O1"]
    assert shown(catalogue, quantified_only=True, in_force=InForce.ACTIVE, text="beijing") == ["O1"]
    assert shown(catalogue, origin="beijing", in_force=InForce.NOT_YET, text="人才") == ["F1"]


def test_eligible_only_follows_the_engine_results(policies):
    catalogue = PolicyCatalogue(policies)
    assert shown(catalogue, eligible_only=True) == []  # nothing valued yet
    with_results(
        catalogue,
        {
            "E1": PolicyStatus.ELIGIBLE,
            "T1": PolicyStatus.UNKNOWN,
            "X1": PolicyStatus.EXPIRED,
            "F1": PolicyStatus.NOT_QUANTIFIED,
            "O1": PolicyStatus.NOT_ELIGIBLE,
        },
        {"E1": 5.0, "T1": 0.0, "X1": 0.0, "O1": 0.0},
    )
    assert shown(catalogue, eligible_only=True) == ["E1", "F1"]
    assert shown(catalogue, eligible_only=True, quantified_only=True) == ["E1"]


def test_facet_counts_apply_every_other_filter(policies):
    catalogue = PolicyCatalogue(policies)
    counts = catalogue.facet_counts(Filters(quantified_only=True, level=PolicyLevel.NATIONAL), TODAY)
    assert counts.shown == 1 and counts.catalogue == 5
    levels = dict(zip(list(PolicyLevel), counts.level, strict=True))
    # level counts ignore the level filter but keep "quantified only"
    assert levels == {
        PolicyLevel.NATIONAL: 1,
        PolicyLevel.PROVINCIAL: 1,
        PolicyLevel.MUNICIPAL: 0,
        PolicyLevel.DISTRICT: 0,
        PolicyLevel.ORIGIN: 1,
    }
    assert counts.any_level == 3
    assert counts.quantified == 1  # national and quantified
    assert counts.origin == {"beijing": 0, "guangdong": 0}


def test_dates_sort_in_date_order_missing_last_and_open_ended_latest(policies):
    catalogue = PolicyCatalogue(policies)
    order = catalogue.order(Column.EFFECTIVE, False, "en", TODAY)
    assert ids(catalogue, order) == ["T1", "X1", "E1", "O1", "F1"]
    order = catalogue.order(Column.EXPIRY, False, "en", TODAY)
    assert ids(catalogue, order) == ["X1", "O1", "E1", "T1", "F1"]  # open-ended after every date
    order = catalogue.order(Column.EXPIRY, True, "en", TODAY)
    assert ids(catalogue, order) == ["E1", "T1", "F1", "O1", "X1"]


def test_values_sort_as_numbers_with_no_figure_last_either_way(policies):
    catalogue = PolicyCatalogue(policies)
    with_results(
        catalogue,
        {"E1": PolicyStatus.ELIGIBLE, "T1": PolicyStatus.ELIGIBLE, "O1": PolicyStatus.ELIGIBLE},
        {"E1": 9_000_000.0, "T1": 10_000_000.0, "O1": -200_000.0},
    )
    assert ids(catalogue, catalogue.order(Column.VALUE, False, "en", TODAY)) == ["O1", "E1", "T1", "X1", "F1"]
    assert ids(catalogue, catalogue.order(Column.VALUE, True, "en", TODAY)) == ["T1", "E1", "O1", "X1", "F1"]


def test_chinese_titles_sort_by_pinyin_and_english_alphabetically(policies):
    catalogue = PolicyCatalogue(policies)
    # 北京迁出 (bei jing qian), 北京数据 (bei jing shu), 高新 (gao), 贵安 (gui), 已失效 (yi)
    assert ids(catalogue, catalogue.order(Column.TITLE, False, "zh_CN", TODAY)) == [
        "F1",
        "O1",
        "T1",
        "E1",
        "X1",
    ]
    assert ids(catalogue, catalogue.order(Column.TITLE, False, "en", TODAY)) == ["O1", "X1", "E1", "T1", "F1"]


def test_document_numbers_sort_naturally_and_empty_last(policies):
    catalogue = PolicyCatalogue(policies)
    order = ids(catalogue, catalogue.order(Column.DOC_NUMBER, False, "en", TODAY))
    assert order[-2:] == ["F1", "O1"]  # no document number
    assert (
        natural_key("黔府发〔2021〕7号")
        < natural_key("黔府发〔2021〕12号")
        < natural_key("黔府发〔2022〕1号")
    )


def test_rows_are_filtered_in_sorted_order(policies):
    catalogue = PolicyCatalogue(policies)
    rows = catalogue.rows(Filters(quantified_only=True), Column.EFFECTIVE, True, "en", TODAY)
    assert ids(catalogue, rows) == ["O1", "E1", "T1"]


def test_timeline_rows_use_the_issue_date_when_there_is_no_effective_date(policies):
    import dataclasses

    policies[0] = dataclasses.replace(policies[0], effective=None, issued=dt.date(2020, 4, 1))
    catalogue = PolicyCatalogue(policies)
    rows = catalogue.rows(Filters(), Column.TITLE, False, "en", TODAY)
    timeline = timeline_rows(catalogue, rows, TODAY)
    e1 = timeline.ids.index("E1")
    assert timeline.start_is_issue_date[e1]
    assert timeline.start[e1] == dt.datetime(2020, 4, 1, tzinfo=dt.UTC).timestamp()
    assert np.isnan(timeline.end[e1])  # open-ended
    o1 = timeline.ids.index("O1")
    assert timeline.end[o1] == dt.datetime(2028, 1, 1, tzinfo=dt.UTC).timestamp()  # through 31 Dec 2027


def test_the_catalogue_logic_loads_no_qt():
    code = (
        "import sys, explorer.ui.policies.catalogue, explorer.ui.policies.valuation;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
