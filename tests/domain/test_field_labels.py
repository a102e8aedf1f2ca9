"""Field labels are translatable texts (context Fields, ClientData), not English/Chinese pairs.

The input catalogue, the model's "{site}: {label}", realisation and price labels, the
tornado's bars and the client template's rows carry one ``label``: a marked template (or a
Message of one, the pack's site and policy names inside as Bilingual data). Chinese comes
through Qt's translator (the ``chinese`` fixture installs the shipped .qm); every template is
listed, translated, in the .ts that Qt Linguist edits; ``compute --json`` keeps its
``label_en``/``label_zh`` keys.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.datapack.client_file import template_rows
from explorer.domain import fields
from explorer.domain.client_facts import CLIENT_FACTS
from explorer.domain.engine import evaluate
from explorer.domain.figure_style import Style
from explorer.domain.messages import Message, Template
from explorer.domain.model import PRICE_LABEL, REALISATION_LABEL, SITE_LABEL
from explorer.domain.uncertainty import tornado
from explorer.personas import load_personas

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "explorer_zh_CN.ts"
PERSONA = "beijing_cloud_self_build"  # sets a policy's realisation and has guaranteed prices


def in_chinese(text: str) -> str:
    return Style(QCoreApplication.translate, "zh_CN").text(text)


def catalogue() -> list[fields.FieldSpec]:
    tables = (fields.FIRM_FIELDS, fields.WORKLOAD_FIELDS, fields.SITE_FIELDS, fields.ONE_OFF_FIELDS,
              fields.FINANCE_FIELDS)  # fmt: skip
    singles = [fields.LATENCY_FIELD, fields.REALISATION_FIELD, fields.POLICY_PRICE_FIELD,
               fields.EXTRA_INCENTIVE_FIELD]  # fmt: skip
    return [spec for table in tables for spec in table.values()] + singles


def finished_translations(context: str) -> dict[str, str]:
    found = {}
    for ctx in ET.parse(TS_FILE).iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


@pytest.fixture(scope="module")
def persona_case(shipped_pack):
    persona = next(p for p in load_personas() if p.id == PERSONA)
    return persona.scenario, evaluate(persona.scenario, shipped_pack)


def test_every_label_is_a_marked_template_listed_translated_in_the_ts():
    fields_ts, client_ts = finished_translations("Fields"), finished_translations("ClientData")
    for spec in catalogue():
        assert isinstance(spec.label, Template) and spec.label.context == "Fields"
        assert spec.label in fields_ts, spec.label
    for template in (SITE_LABEL, REALISATION_LABEL, PRICE_LABEL):
        assert template.context == "Fields" and template in fields_ts
    for fact in CLIENT_FACTS:
        assert fact.label.context == "ClientData" and fact.label in client_ts, fact.label
        assert fact.hint is None or fact.hint in client_ts, fact.hint


def test_no_field_label_is_an_english_chinese_pair():
    assert not hasattr(fields.FieldSpec, "label_en")
    assert not any(hasattr(fact, "label_zh") or hasattr(fact, "hint_zh") for fact in CLIENT_FACTS)


def test_input_labels_come_through_qts_translator_in_chinese(persona_case, chinese):
    _scenario, evaluation = persona_case
    labels = {info.path: info.label for info in evaluation.inputs}
    # English is the plain text of each label, as logs and str() see it
    assert labels["sites.beijing.electricity_price"] == "Beijing: Electricity price"
    assert labels["finance.discount_rate"] == "Discount rate"
    assert in_chinese(labels["finance.discount_rate"]) == "折现率"
    assert in_chinese(labels["sites.beijing.electricity_price"]) == "北京：电价"
    assert in_chinese(labels["sites.guian.pue"]) == "贵州贵安新区：PUE"
    assert in_chinese(labels["policies.P3.price"]) == "P3：保障电价"
    realisation = labels["policies.G5.realisation"]
    assert isinstance(realisation, Message) and realisation.endswith(": realisation")
    assert in_chinese(realisation).endswith("：兑现率")
    # no label is left in English in Chinese (a site or policy name may keep Latin letters: PUE, P3)
    for path, label in labels.items():
        assert in_chinese(label) != str(label) or label in ("PUE",), path


def test_tornado_labels_and_json_keep_label_en_and_label_zh(persona_case, shipped_pack, chinese):
    scenario, evaluation = persona_case
    bars = tornado(scenario, shipped_pack).bars
    assert in_chinese(bars[0].label) == "贵州贵安新区：建设成本"
    plain = tornado(scenario, shipped_pack).to_dict(chinese=in_chinese)
    assert list(plain["bars"][0])[:3] == ["path", "label_en", "label_zh"]
    assert plain["bars"][0]["label_en"] == "Gui'an New Area, Guizhou: Build cost"
    assert plain["bars"][0]["label_zh"] == "贵州贵安新区：建设成本"
    data = json.loads(json.dumps(evaluation.to_dict(chinese=in_chinese)))
    first = data["inputs"][0]
    assert list(first)[:6] == ["path", "value", "low", "high", "unit", "label_en"]
    assert (first["label_en"], first["label_zh"]) == ("Discount rate", "折现率")
    assert "label" not in first


def test_client_template_rows_through_the_translator(chinese):
    rows = template_rows("zh_CN", QCoreApplication.translate)
    by_key = {row[0]: row for row in rows[1:]}
    assert by_key["rack_rent"][1] == "机柜月租"  # ClientData's wording, not the catalogue's 机柜租金
    assert by_key["pue"][5] == "如已知"
    chinese.apply("en")
    assert template_rows("en", QCoreApplication.translate)[1][1] == "Current site"
