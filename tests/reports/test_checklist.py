"""Issue 19: the "what we still need" checklist exported as one page of PDF and one sheet of XLSX, ranked."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess

import pytest
from openpyxl import load_workbook

from explorer.domain.policies import BenefitKind, Condition, ConditionOp, FirmField
from explorer.domain.scenario import FirmProfile, PolicyChoice
from explorer.reports.checklist import (
    ChecklistRequest,
    prepare_checklist,
    render_checklist_xlsx,
    write_checklist_pdf,
    write_checklist_xlsx,
)
from tests.domain.conftest import base_scenario, make_pack, make_policy, rule

GRANT = 2_000_000.0


def _request(language="en", **kwargs):
    tech = Condition(FirmField.HIGH_TECH, ConditionOp.IS_TRUE)
    share = Condition(FirmField.ENCOURAGED_INDUSTRY_SHARE, ConditionOp.GE, "0.6")
    policies = (
        make_policy("BIG", rule("b", BenefitKind.CASH_GRANT, "fixed", amount=50 * GRANT), conditions=(tech,),
                    title_en="Award for high-tech firms", title_zh="高新技术企业奖励"),
        make_policy("SMALL", rule("s", BenefitKind.CASH_GRANT, "fixed", amount=GRANT), conditions=(share,),
                    title_en="Encouraged-industry grant", title_zh="鼓励类产业补助"),
    )  # fmt: skip
    scenario = base_scenario(
        policies=(PolicyChoice("BIG"), PolicyChoice("SMALL")),
        firm=FirmProfile(origin="beijing", name="Acme Compute"),
    )
    return ChecklistRequest(
        scenario, make_pack(*policies), language, "Case A", prepared_on=dt.date(2026, 12, 1), **kwargs
    )


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_checklist_rows_follow_the_ranking_by_npv_span():
    need, report = prepare_checklist(_request())
    spans = [item.span for item in need.items]
    assert spans == sorted(spans, reverse=True) and len(spans) >= 3
    table = report.tables["still_need"]
    assert [row[0].raw for row in table.rows] == list(range(1, len(need.items) + 1))
    assert [row[5].raw for row in table.rows] == pytest.approx(spans)
    labels = [row[1].text for row in table.rows]
    assert labels.index("High and New Technology Enterprise status") < labels.index(
        "Revenue share from encouraged industries"
    )
    tech = table.rows[labels.index("High and New Technology Enterprise status")]
    assert tech[2].text == "Decides: BIG Award for high-tech firms"
    assert tech[3].text == "yes"
    assert tech[6].text == ""  # for the client's answer


def test_the_pdf_is_one_page_holding_the_ranked_items(qapp, tmp_path):
    need, report = prepare_checklist(_request())
    path = write_checklist_pdf(tmp_path / "still-need.pdf", report)
    data = path.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    text = _squash(_pdf_text(path))
    assert _squash("What we still need from you") in text and _squash("Acme Compute") in text
    positions = [
        text.index(_squash(report.tables["still_need"].rows[i][1].text)) for i in range(len(need.items))
    ]
    assert positions == sorted(positions)  # in the order of the ranking
    assert _squash("Decides: SMALL Encouraged-industry grant") in text


def test_the_workbook_holds_the_ranked_items_with_exact_amounts(tmp_path):
    need, report = prepare_checklist(_request())
    path = write_checklist_xlsx(tmp_path / "still-need.xlsx", report)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "#")
    assert rows[header][5] == "Could move the NPV by (yuan)"
    body = rows[header + 1 : header + 1 + len(need.items)]
    assert [row[0] for row in body] == list(range(1, len(need.items) + 1))
    assert [row[5] for row in body] == pytest.approx([item.span for item in need.items])
    assert [row[1] for row in body] == [row[1].text for row in report.tables["still_need"].rows]
    assert rows[0][0] == "What we still need from you"


def test_the_checklist_in_chinese(qapp, tmp_path):
    from explorer.reports.language import ReportLanguage

    assert ReportLanguage("zh_CN").translated, "run `make translations` first"
    need, report = prepare_checklist(_request("zh_CN"))
    labels = [row[1].text for row in report.tables["still_need"].rows]
    assert "高新技术企业资格" in labels
    text = _squash(_pdf_text(write_checklist_pdf(tmp_path / "zh.pdf", report)))
    assert _squash(report.title) in text and report.title != "What we still need from you"
    assert "高新技术企业资格" in text and "决定：BIG高新技术企业奖励" in text
    sheet = load_workbook(io.BytesIO(render_checklist_xlsx(report))).active
    assert sheet.cell(1, 1).value == report.title
