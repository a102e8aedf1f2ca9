"""The report's latency table: round-trip estimates labelled as such, official claims beside them (7.5)."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from explorer.reports.xlsx_writer import render_xlsx

WORDS = {
    "en": ("Round-trip estimate", "Official claim (one-way)", "Gui'an New Area, Guizhou", "Greater Bay Area"),
    "zh_CN": ("往返估算", "官方说法（单向）", "贵州贵安新区", "粤港澳大湾区"),
}


def _row(table, site: str, region: str) -> dict[str, object]:
    keys = [c.key for c in table.columns]
    for row in table.rows:
        cells = dict(zip(keys, row, strict=True))
        if cells["site"].text == site and cells["region"].text.startswith(region):
            return cells
    raise LookupError((site, region))


def _check(report, language: str) -> None:
    estimate, claim, guian, gba = WORDS[language]
    table = report.tables["latency"]
    headers = {c.key: c.header for c in table.columns}
    assert headers["estimate"].startswith(estimate) and headers["claim"].startswith(claim)
    assert estimate in table.note and claim in table.note
    row = _row(table, guian, gba)
    assert (row["estimate"].raw, row["estimate"].text) == (20.0, "20")
    assert (row["claim"].raw, row["claim"].text) == (10.0, "10")  # the claim beside the estimate
    # source, or source_zh in Chinese
    source = "China Daily, 23 Aug 2023" if language == "en" else "中国日报（英文版），2023年8月23日"
    assert source in row["claim_source"].text and "2023-08" in row["claim_source"].text
    origin = next(s for s in report.tables["latency"].rows if s[0].text != guian)
    assert origin[6].text == "—"  # no claim for the origin's pair
    assert "latency" in [section.key for section in report.sections]


def test_english_report(report_en):
    _check(report_en, "en")


def test_chinese_report(report_zh):
    _check(report_zh, "zh_CN")


def test_the_workbook_has_a_latency_sheet_with_both_kinds(report_en, report_zh):
    for report, (estimate, claim, *_), sheet in (
        (report_en, WORDS["en"], "Latency"),
        (report_zh, WORDS["zh_CN"], "网络时延"),
    ):
        book = load_workbook(io.BytesIO(render_xlsx(report)))
        texts = [str(c.value) for row in book[sheet].iter_rows() for c in row if c.value is not None]
        assert any(t.startswith(estimate) for t in texts) and any(t.startswith(claim) for t in texts)
        assert 10 in [c.value for row in book[sheet].iter_rows() for c in row]
