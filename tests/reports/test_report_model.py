"""The report's content: every figure read from the Evaluation, every text in the report's language."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.domain.engine import evaluate
from explorer.reports.report_model import Report

from .conftest import make_report


def _evaluation(persona, pack):
    return evaluate(persona.scenario, pack)


def test_key_figures_are_the_evaluations(report_en, persona, shipped_pack):
    case = _evaluation(persona, shipped_pack).primary
    kpis = {k.key: k for k in report_en.kpis}
    assert kpis["npv"].amount == case.npv
    assert kpis["saving"].amount == float(case.savings[1])
    assert kpis["incentives"].amount == float(np.sum(case.incentives))
    assert kpis["one_off"].amount == case.one_off + case.parallel_running
    assert kpis["payback"].amount == case.payback.months
    assert kpis["npv"].value.startswith("CNY ")


def test_annual_tables_hold_the_exact_yuan_of_every_site(report_en, persona, shipped_pack):
    evaluation = _evaluation(persona, shipped_pack)
    for site in evaluation.sites:
        table = report_en.tables[f"annual:{site.id}"]
        for key in (
            "energy",
            "space",
            "service_fee",
            "network",
            "labour",
            "charges",
            "opex",
            "incentives",
            "net",
        ):
            column = table.column_index(key)
            assert [row[column].raw for row in table.rows] == [float(v) for v in getattr(site.table, key)]
        assert [row[0].raw for row in table.rows] == list(range(evaluation.horizon + 1))


def test_cash_flow_columns_add_up_to_the_cash_flow(report_en, persona, shipped_pack):
    case = _evaluation(persona, shipped_pack).primary
    table = report_en.tables["cashflows"]
    for t, row in enumerate(table.rows):
        parts = [
            row[table.column_index(k)].raw for k in ("savings", "investment", "incentives", "tax", "one_off")
        ]
        flow = row[table.column_index("cash_flow")].raw
        assert flow == float(case.cash_flows[t])
        assert sum(parts) == pytest.approx(flow, rel=1e-12, abs=1e-6)


ALL_PERSONAS = (
    "beijing_internet_inference",
    "shenzhen_ai_startup",
    "beijing_cloud_self_build",
    "chengdu_render_farm",
    "guangzhou_backup_storage",
)


@pytest.mark.parametrize("persona_id", ALL_PERSONAS)
def test_incentives_by_policy_add_up_to_the_case_incentives(personas, shipped_pack, persona_id):
    report = make_report(personas[persona_id], shipped_pack, "en", samples=0)
    case = _evaluation(personas[persona_id], shipped_pack).primary
    table = report.tables["incentives"]
    total = table.column_index("total")
    for t, row in enumerate(table.rows):
        parts = sum(cell.raw for cell, column in zip(row, table.columns, strict=True)
                    if column.key.startswith("policy:") or column.key == "extra")  # fmt: skip
        assert row[total].raw == float(case.incentives[t])
        assert parts == pytest.approx(row[total].raw, rel=1e-9, abs=1e-6)


def test_every_chosen_policy_is_listed_with_its_document_number(report_en, persona, shipped_pack):
    table = report_en.tables["policies"]
    ids = [row[table.column_index("id")].raw for row in table.rows]
    assert sorted(ids) == sorted(c.policy_id for c in persona.scenario.policies)
    docs = [row[table.column_index("doc")].raw for row in table.rows]
    assert "财政部 税务总局 国家发展改革委公告2020年第23号" in docs
    assert report_en.policy_documents == tuple(d for d in report_en.policy_documents if d)


def test_assumptions_name_source_as_of_and_confidence(report_en):
    table = report_en.tables["assumptions"]
    assert len(table.rows) > 20
    for row in table.rows:
        assert row[table.column_index("source")].raw
        assert row[table.column_index("confidence")].raw in {
            "official", "official (mirror)", "press", "press (promotional)", "estimate"
        }  # fmt: skip


def test_risk_sections_come_from_the_analyses(report_en):
    assert report_en.tables["tornado"].rows
    montecarlo = report_en.tables["montecarlo"]
    assert montecarlo.rows[0][1].raw == 2_000
    assert set(report_en.charts) == {"cashflow", "waterfall", "costs", "tornado", "montecarlo"}


def test_chinese_report_is_in_chinese(report_zh, report_en):
    assert report_zh.language == "zh_CN"
    assert report_zh.title == "算力迁往贵安新区"
    assert report_zh.kpis[0].label == "净现值" and report_zh.kpis[0].value.endswith("元")
    assert "万元" in report_zh.text["table_unit"]
    assert report_zh.disclaimer.startswith("本资料为测算估计，并非报价")
    english = {text for text in _texts(report_en)}
    untranslated = [t for t in _texts(report_zh) if t in english and any("a" <= c <= "z" for c in t)]
    # what stays English is data (policy ids, sources the data pack gives only in English)
    assert all(len(t) < 3 or not t.startswith(("The ", "Every ", "In ")) for t in untranslated)


def _texts(report: Report) -> list[str]:
    texts = [report.title, report.subtitle, report.disclaimer, report.short_disclaimer, *report.text.values()]
    for section in report.sections:
        texts += [section.title, *section.paragraphs]
    for table in report.tables.values():
        texts += [table.title, table.note, *(c.header for c in table.columns)]
    texts += [k.label for k in report.kpis]
    return texts


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_bundled_font_draws_every_character(qapp, personas, shipped_pack, language):
    """No tofu: every character the PDF shows exists in the font the PDF embeds."""
    from explorer.reports.pdf_writer import missing_characters

    missing = set()
    for persona in personas.values():
        report = make_report(persona, shipped_pack, language, samples=200)
        chunks = _texts(report) + [k.value + k.detail for k in report.kpis]
        chunks += [label + value for label, value in report.cover_lines]
        for table in report.tables.values():
            chunks += [cell.text for row in table.rows for cell in row]
        missing |= missing_characters("".join(chunks))
    assert missing == set()
