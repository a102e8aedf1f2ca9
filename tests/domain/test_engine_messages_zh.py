"""The engine's refusals and notes reach a Chinese user in Chinese, and stay English in English.

Each test triggers a real refusal through a public function, checks the English
text is what it always was, then renders it with Qt's installed translators (the
``chinese`` fixture) and checks the Chinese keeps the field path. The last tests
walk every ``QT_TRANSLATE_NOOP("Engine", ...)`` in explorer/domain so that a new
message cannot ship without its translation.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from explorer.domain.errors import InvalidInput
from explorer.domain.incentives import Facts, Status, check_condition
from explorer.domain.messages import Message, translated
from explorer.domain.model import build_model
from explorer.domain.policies import Condition, ConditionOp, FirmField
from explorer.domain.scenario import Finance, FirmProfile, Scenario, Workload
from explorer.domain.scenario_codec import dump_scenario, parse_scenario
from explorer.domain.uncertainty import goal_seek, monte_carlo
from explorer.paths import resources_dir

from .conftest import base_scenario

DOMAIN = Path(__file__).resolve().parents[2] / "explorer" / "domain"
CJK = re.compile(r"[\u4e00-\u9fff]")


def refusal(action) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        action()
    return caught.value


def in_chinese(error: InvalidInput) -> str:
    text = error.translated(QCoreApplication.translate)
    assert text.startswith(f"{error.field}: "), text  # the field path stays as the user typed it
    assert CJK.search(text), text
    return text


# --- scenario files --------------------------------------------------------------------------


def test_a_broken_scenario_file_is_explained_in_chinese(chinese):
    error = refusal(lambda: parse_scenario('{"schema_version": 1,'))
    assert str(error) == (
        "scenario: is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 22"
    )
    assert in_chinese(error) == "scenario: 不是有效的 JSON：第 1 行第 22 列，此处应有用双引号括起的字段名"


def test_a_field_of_the_wrong_kind_names_the_kind_in_chinese(chinese):
    error = refusal(
        lambda: parse_scenario('{"schema_version": 1, "firm": "beijing", "workload": {}, "finance": {}}')
    )
    assert str(error) == "firm: must be a JSON object, got text"
    assert in_chinese(error) == "firm: 须为 JSON 对象，实际为文本"


def test_an_unknown_mode_lists_the_choices_in_chinese(pack, chinese):
    text = dump_scenario(base_scenario()).replace('"mode": "colocation"', '"mode": "rent"')
    error = refusal(lambda: parse_scenario(text))
    assert str(error) == "workload.mode: must be one of colocation, self_build, compute_service, got 'rent'"
    assert (
        in_chinese(error) == "workload.mode: 须为 colocation, self_build, compute_service 之一，实际为 'rent'"
    )


def test_nan_in_a_scenario_file_is_refused_once_not_wrapped(chinese):
    error = refusal(
        lambda: parse_scenario('{"schema_version": 1, "firm": {"origin": "beijing", "loan": NaN}}')
    )
    assert str(error) == "scenario: NaN is not allowed: numbers must be finite"
    assert in_chinese(error) == "scenario: 不允许使用 NaN：数字须为有限数值"


def test_a_duplicate_key_names_the_key(chinese):
    error = refusal(lambda: parse_scenario('{"schema_version": 1, "schema_version": 1}'))
    assert str(error) == "schema_version: appears twice in the same object"
    assert in_chinese(error) == "schema_version: 在同一对象中重复出现"


def test_a_file_from_another_scenario_version(chinese):
    error = refusal(lambda: parse_scenario('{"schema_version": 9}'))
    assert str(error) == (
        "schema_version: the file was made by a newer version of the app (scenario version 9; "
        "this app reads up to 2)"
    )
    assert in_chinese(error) == (
        "schema_version: 文件由更高版本的程序创建（方案格式第 9 版；本程序最高只能读取第 2 版）"
    )
    error = refusal(lambda: parse_scenario('{"schema_version": "2"}'))
    assert str(error) == "schema_version: this app reads scenario versions 1 to 2, got '2'"
    assert in_chinese(error) == "schema_version: 本程序支持第 1 至 2 版方案格式，该文件的版本为 '2'"


# --- scenario edits ----------------------------------------------------------------------------


def test_an_out_of_range_value_gives_range_and_unit_in_chinese(chinese):
    error = refusal(lambda: base_scenario().replace_value("sites.guian.electricity_price", 60))
    assert str(error) == "sites.guian.electricity_price: must be between 0 and 50 yuan/kWh, got 60"
    assert (
        in_chinese(error) == "sites.guian.electricity_price: 须在 0 至 50 之间（单位：元/千瓦时），实际为 60"
    )


def test_a_fractional_horizon_is_refused_in_chinese(chinese):
    error = refusal(lambda: base_scenario().replace_value("finance.horizon_years", 2.5))
    assert str(error) == "finance.horizon_years: must be a whole number of years, got 2.5"
    assert in_chinese(error) == "finance.horizon_years: 须为整数年，实际为 2.5"


def test_a_path_that_is_no_input(chinese):
    error = refusal(lambda: base_scenario().replace_value("sites.mars.pue", 1.2))
    assert str(error) == "sites.mars.pue: site mars is not in the scenario"
    assert in_chinese(error) == "sites.mars.pue: 地区 mars 不在本方案中"


def test_a_long_horizon_and_a_text_for_a_number(chinese):
    error = refusal(lambda: Finance(horizon_years=25))
    assert str(error) == "finance.horizon_years: must be between 1 and 20, got 25"
    assert in_chinese(error) == "finance.horizon_years: 须在 1 至 20 之间，实际为 25"
    error = refusal(lambda: Workload("ai_training", accelerators="many"))
    assert str(error) == "workload.accelerators: expected a number or Quantity, got str"
    assert in_chinese(error) == "workload.accelerators: 应为数字或 Quantity，实际为 str"


def test_the_destination_must_differ_from_the_origin(chinese):
    error = refusal(lambda: Scenario(FirmProfile(origin="guian"), Workload("ai_training")))
    assert str(error) == "destination: must differ from the origin (guian)"
    assert in_chinese(error) == "destination: 不能与迁出地（guian）相同"


# --- the model and the analyses -------------------------------------------------------------


def test_an_unknown_template_lists_the_known_ones_in_chinese(pack, chinese):
    scenario = base_scenario(workload=Workload("gpu_farm"))
    error = refusal(lambda: build_model(scenario, pack))
    assert str(error) == "workload.template: unknown template 'gpu_farm' (known: ai_training, storage_backup)"
    assert in_chinese(error) == (
        "workload.template: 未知的工作负载模板 'gpu_farm'（可选：ai_training, storage_backup）"
    )


def test_an_unknown_site_asks_for_its_parameters_in_chinese(pack, chinese):
    scenario = base_scenario(destination="lanzhou")
    error = refusal(lambda: build_model(scenario, pack))
    assert str(error).startswith("sites.lanzhou: is not in the data pack (known: beijing, guian, sichuan")
    assert "不在数据包中" in in_chinese(error) and "自定义地区须给出 electricity_price" in in_chinese(error)


def test_monte_carlo_refuses_a_bad_sample_count_in_chinese(pack, chinese):
    error = refusal(lambda: monte_carlo(base_scenario(), pack, samples=0))
    assert str(error) == "samples: must be a whole number from 1 to 5,000,000, got 0"
    assert in_chinese(error) == "samples: 须为 1 至 5,000,000 之间的整数，实际为 0"


def test_goal_seek_on_an_input_that_moves_nothing(pack, chinese):
    error = refusal(lambda: goal_seek(base_scenario(), pack, path="finance.cny_per_usd"))
    assert str(error) == "finance.cny_per_usd: no cash flow depends on this input, so it cannot move the NPV"
    assert in_chinese(error) == "finance.cny_per_usd: 此输入不影响任何现金流，因此无法改变净现值"


def test_goal_seek_with_a_range_outside_the_input(pack, chinese):
    def seek():
        goal_seek(base_scenario(), pack, path="sites.guian.electricity_price", low=1.0, high=80.0)

    error = refusal(seek)
    assert str(error) == (
        "sites.guian.electricity_price: search range must lie within 0..50 with low < high, got 1..80"
    )
    assert in_chinese(error) == (
        "sites.guian.electricity_price: 搜索范围须在 0..50 之内且下限小于上限，实际为 1..80"
    )


def test_a_case_cannot_move_to_its_origin(pack, chinese):
    error = refusal(lambda: monte_carlo(base_scenario(), pack, samples=10, site_id="beijing"))
    assert in_chinese(error) == "site: 迁出地不能作为迁移的目的地"


# --- notes the engine writes beside a figure ------------------------------------------------------


def test_the_engines_own_notes_on_figures_are_translatable(shipped_pack, pack, chinese):
    scenario = base_scenario(firm=FirmProfile(origin="beijing"))
    note = build_model(scenario, shipped_pack).info("workload.bandwidth_mbps_per_100kw").provenance.note
    assert isinstance(note, Message)
    assert note.endswith("Mbps for the template's 1024 kW, scaled to 100 kW")
    assert translated(note, QCoreApplication.translate).endswith(
        "模板按 1024 千瓦 IT 负载计为 500 Mbps，已折算至每 100 千瓦"
    )

    storage = base_scenario(workload=Workload("storage_backup"))
    note = build_model(storage, pack).info("workload.utilisation").provenance.note
    assert note == "no utilisation given: unit cost assumes full use"
    assert translated(note, QCoreApplication.translate) == "未给出利用率：单位成本按满负荷使用计算"


def test_a_rule_the_engine_cannot_read_is_explained_in_chinese(chinese):
    facts = Facts(
        fixed_asset_investment=np.array([1e8]), it_load_kw=np.array([1000.0]), site_pue=np.array([1.2]),
        sector="ai", high_tech=True, domestic_chip_share=None, encouraged_industry_share=None,
        registered_in_guian=None, origin_region="beijing", move_date=dt.date(2026, 1, 1),
    )  # fmt: skip
    status, _, result = check_condition(Condition(FirmField.IT_LOAD_KW, ConditionOp.IN, "500|1000"), facts)
    assert status is Status.UNKNOWN
    assert result.reason == "unknown: the rule cannot be read ('in' does not apply to a number)"
    assert translated(result.reason, QCoreApplication.translate) == "未知：规则无法解读（“in”不适用于数值）"
    _, _, result = check_condition(Condition(FirmField.MOVE_DATE, ConditionOp.GE, "soon"), facts)
    assert result.reason == "unknown: the rule cannot be read (the condition value 'soon' is not recognised)"
    chinese_reason = translated(result.reason, QCoreApplication.translate)
    assert chinese_reason == "未知：规则无法解读（条件值“soon”无法识别）"


# --- every marked engine text has its Chinese ----------------------------------------------------


ENGINE_CONTEXTS = ("Engine", "Eligibility")  # refusals and notes; eligibility and policy-status reasons


def _engine_templates() -> list[tuple[str, int, str, str]]:
    """(file, line, context, source) of every QT_TRANSLATE_NOOP("Engine" or "Eligibility", ...)."""
    found = []
    for path in sorted(DOMAIN.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"):
                continue
            literals = [
                a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
            # lupdate extracts only a call of exactly two string literals
            assert len(node.args) == 2 and len(literals) == 2 and not node.keywords, (path.name, node.lineno)
            if literals[0] in ENGINE_CONTEXTS:
                found.append((path.name, node.lineno, literals[0], literals[1]))
    return found


def _fields(text: str) -> list[tuple[str, str, str]]:
    return sorted((name, spec, conv or "") for _, name, spec, conv in string.Formatter().parse(text) if name)


def test_every_engine_message_has_a_chinese_translation_in_the_compiled_qm(qapp):
    templates = _engine_templates()
    assert len(templates) > 80  # the walk finds the engine's messages (guards against a broken walk)
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / "explorer_zh_CN.qm"))
    untranslated, mismatched = [], []
    assert {context for _, _, context, _ in templates} == set(ENGINE_CONTEXTS)
    for file, line, context, source in templates:
        chinese = translator.translate(context, source)
        if not chinese:
            untranslated.append(f"{file}:{line}: {source}")
        elif _fields(chinese) != _fields(source):
            mismatched.append(f"{file}:{line}: {source} -> {chinese}")
    assert untranslated == [], "run `make i18n-update translations` after adding to zh_CN.engine.json"
    assert mismatched == []
