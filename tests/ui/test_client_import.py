"""File → New client data template / Import / Remove client data, and the export option (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from explorer.datapack.client_file import write_template
from explorer.ui import client_data_controller as controller_module
from explorer.ui.client_import_dialog import ClientImportDialog
from tests.client.conftest import CLIENT_VALUES

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def english(qapp):
    """A command run earlier in this process may have left its Chinese translator installed."""
    from explorer.translation import install_command_line_language

    install_command_line_language("en")


@pytest.fixture
def shown(monkeypatch):
    """The dialogs the import opens: the diff's rows and the problems' text; the diff answers ``answer``."""
    record = {"rows": [], "problems": [], "answer": QDialog.DialogCode.Accepted}

    def diff_exec(dialog):
        table = dialog.table
        record["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())
        ]
        record["heading"] = dialog.heading.text()
        return record["answer"]

    def problems_exec(dialog):
        record["problems"].append(dialog.body.toPlainText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(controller_module.ClientImportDialog, "exec", diff_exec)
    monkeypatch.setattr(controller_module.ClientProblemsDialog, "exec", problems_exec)
    return record


def test_file_menu_has_the_client_actions(session):
    window = session.window
    names = [action.objectName() for action in window.file_menu.actions()]
    for name in ("clientTemplateAction", "clientImportAction", "clientRemoveAction"):
        assert name in names
    assert not window.client_data.remove_action.isEnabled()
    assert window.project.export_anonymised_action.isCheckable()


def test_import_shows_the_diff_then_applies_in_one_step(session, shown, tmp_path):
    window, state = session.window, session.state
    before = state.scenario
    path = write_template(tmp_path / "acme.xlsx", "en", CLIENT_VALUES)
    shown["answer"] = QDialog.DialogCode.Rejected
    assert not window.client_data.import_file(path)
    assert state.scenario is before  # Cancel: nothing applied
    shown["answer"] = QDialog.DialogCode.Accepted
    assert window.client_data.import_file(path)
    rows = {row[0]: row for row in shown["rows"]}
    assert "acme.xlsx" in shown["heading"]
    price = rows["Beijing: Electricity price"]
    assert price[1] == "0.7" and price[3] == "yuan/kWh"
    assert price[4] == "bill ÷ annual electricity = 29,876,543 ÷ 41,234,567"
    assert rows["Beijing: Rack rent"][1:] == ["7,800", "6,123", "yuan/rack/month", "as given"]
    assert state.scenario.client.file_name == "acme.xlsx"
    info = state.evaluation.inputs[[i.path for i in state.evaluation.inputs].index("sites.beijing.pue")]
    assert info.value == 1.37
    from explorer.ui.widgets.parameter_editor import provenance_text

    tip = provenance_text(info)
    assert "From the client's own data." in tip and "Confidence: client data" in tip and "acme.xlsx" in tip
    assert window.client_data.remove_action.isEnabled()
    from explorer import paths

    for folder in (paths.log_dir(), paths.active_pack_dir()):  # never in the logs or the data pack
        for file in (f for f in folder.rglob("*") if f.is_file()) if folder.exists() else ():
            assert b"acme.xlsx" not in file.read_bytes() and b"41234567" not in file.read_bytes()
    assert window.client_data.remove(confirm=False)
    assert state.scenario == before and not window.client_data.remove_action.isEnabled()


def test_a_bad_file_shows_every_problem_and_applies_nothing(session, shown, tmp_path):
    state = session.state
    before = state.scenario
    path = write_template(tmp_path / "bad.csv", "en", {**CLIENT_VALUES, "electricity_kwh": "-5", "pue": "x"})
    assert not session.window.client_data.import_file(path)
    assert state.scenario is before and shown["rows"] == []
    [text] = shown["problems"]
    assert "bad.csv, row 3, column 'value': must be >= 0" in text
    assert "bad.csv, row 6, column 'value': must be a number" in text


def test_the_template_is_written_in_the_window_language(session, tmp_path, qtbot):
    import openpyxl

    session.window.set_language("zh_CN")
    path = session.window.client_data.write_template(tmp_path / "t.xlsx")
    assert openpyxl.load_workbook(path).worksheets[0]["B3"].value == "年用电量"
    qtbot.waitUntil(lambda: session.window.client_data.import_action.text() == "导入客户数据(&C)…")


def test_dialog_widgets_are_named(qapp, shipped_pack, tmp_path):
    import datetime as dt

    from explorer.datapack.client_file import read_client_file
    from explorer.domain.client_data import plan_import
    from explorer.domain.editing import default_scenario

    scenario = default_scenario(shipped_pack)
    client = read_client_file(write_template(tmp_path / "a.csv", "en", CLIENT_VALUES), scenario, shipped_pack)
    dialog = ClientImportDialog(
        plan_import(scenario, shipped_pack, client.facts, "a.csv", dt.date(2026, 12, 6)), "en"
    )
    for widget in (dialog.table, dialog.apply_button, dialog.cancel_button):
        assert widget.objectName() and widget.accessibleName()
    dialog.deleteLater()
