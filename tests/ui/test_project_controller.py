"""File → New / Open / Save / Save As / Recent / Export, autosave and recovery, with patched dialogs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from explorer.project import (
    AutosaveSession,
    PackStamp,
    autosave_dir,
    dump_project,
    parse_project,
    read_project_file,
)
from explorer.project import atomic as atomic_module
from explorer.ui.project import AUTOSAVE_INTERVAL_MS, RECENT_KEY, ProjectController
from explorer.ui.settings import open_settings
from explorer.ui.state import AppState

pytestmark = pytest.mark.gui
APP = "Gui'an Compute Explorer"


@pytest.fixture
def dialogs(monkeypatch):
    """Every QMessageBox.exec answers from ``answers`` (a button object name or a standard button)."""
    record = {"texts": [], "names": [], "answers": [], "save": None, "open": None}

    def fake_exec(box):
        record["texts"].append(box.text() + "\n" + box.informativeText())
        record["names"].append(box.objectName())
        wanted = record["answers"].pop(0) if record["answers"] else None
        _click(box, wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(record["save"] or ""), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(record["open"] or ""), ""))
    )
    return record


def _click(box: QMessageBox, wanted) -> None:
    buttons = box.buttons()
    if wanted is None:
        button = box.defaultButton() or buttons[0]
    elif isinstance(wanted, str):
        button = next(b for b in buttons if b.objectName() == wanted)
    else:
        button = box.button(wanted)
    button.click()


@pytest.fixture
def session(qtbot, shipped_pack):
    """A light window: AppState, a QMainWindow with a File menu, and the controller (fast to build).

    The full main window is built only where it matters (``full_session``).
    """
    window = QMainWindow()
    window.setObjectName("testWindow")
    qtbot.addWidget(window)
    state = AppState(shipped_pack, "en")
    menu = window.menuBar().addMenu("&File")
    window.project = ProjectController(state, window)
    window.project.install_menu(menu)
    window.file_menu = menu
    yield SimpleNamespace(window=window, state=state)
    window.project.shutdown()


@pytest.fixture
def full_session(qapp, user_home):
    from explorer.app import create_session

    full = create_session([], language="en", open_demo=False)
    yield full
    full.window.project.shutdown()
    full.window.close()
    full.window.deleteLater()
    full.translators.apply("en")


@pytest.fixture
def controller(session):
    return session.window.project


def _change(session, value=123_456.0):
    session.state.set_value("one_off.other", value)


def _flush(qtbot):
    qtbot.wait(1)


# --- title and modified mark --------------------------------------------------------


def test_title_shows_the_name_and_an_unsaved_mark(session, controller, dialogs, tmp_path, qtbot):
    window = session.window
    assert window.windowTitle() == f"Untitled — {APP}"
    original = session.state.scenario.one_off.other.value
    _change(session)
    _flush(qtbot)
    assert controller.is_modified and window.windowTitle() == f"Untitled* — {APP}"
    _change(session, original)  # back to what it was: nothing to save
    _flush(qtbot)
    assert not controller.is_modified and window.windowTitle() == f"Untitled — {APP}"
    _change(session)
    assert controller.save_to(tmp_path / "client.gcx")
    assert window.windowTitle() == f"client — {APP}"
    _change(session, 7.0)
    _flush(qtbot)
    assert window.windowTitle() == f"client* — {APP}"


def test_switching_scenarios_is_not_a_change_but_renaming_is(session, controller, qtbot):
    state = session.state
    first = state.current_id
    second = state.add_scenario("Second")
    assert controller.is_modified  # a new scenario is a change
    controller.files.set_clean(None)
    state.set_current(first)
    state.set_current(second)
    assert not controller.is_modified
    state.rename_scenario(second, "Renamed")
    assert controller.is_modified


def test_the_main_window_title_follows_the_language(full_session, qtbot):
    window = full_session.window
    assert window.windowTitle() == f"Untitled — {APP}"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.windowTitle() == "未命名 — 贵安算力探索器", timeout=2000)


# --- save and open ------------------------------------------------------------------------


def test_save_then_open_gives_back_every_scenario(
    session, controller, dialogs, tmp_path, qtbot, shipped_pack
):
    from explorer.personas import load_personas

    state = session.state
    persona = load_personas()[0]
    state.add_scenario("北京 <b>case</b> =1+2", persona.scenario)
    base = state.current_id
    state.set_base(base)
    _change(session, 42.0)
    before = [(n.id, n.name, n.scenario) for n in state.named_scenarios()]
    path = tmp_path / "round.gcx"
    assert controller.save_to(path)
    assert path.read_bytes().startswith(b"{") and not controller.is_modified
    project, is_project = read_project_file(path)
    assert is_project and [(s.id, s.name, s.scenario) for s in project.scenarios] == before

    window = QMainWindow()
    qtbot.addWidget(window)
    other_state = AppState(shipped_pack, "en")
    other = ProjectController(other_state, window)
    try:
        assert other.open_path(path)
        after = [(n.id, n.name, n.scenario) for n in other_state.named_scenarios()]
        assert after == before
        assert other_state.base_id == base and other_state.current_id == state.current_id
        assert window.windowTitle() == f"round — {APP}"
        assert not other.is_modified
    finally:
        other.shutdown()


def test_save_as_adds_the_suffix_and_keeps_a_backup(session, controller, dialogs, tmp_path):
    dialogs["save"] = tmp_path / "no-suffix"
    assert controller.save_as()
    path = tmp_path / "no-suffix.gcx"
    assert path.is_file() and controller.path == path
    _change(session)
    assert controller.save()  # to the same file, no dialog
    assert (tmp_path / "no-suffix.gcx.bak").is_file()
    dialogs["save"] = None  # cancelled
    assert not controller.save_as()


def test_a_failed_save_says_why_and_leaves_the_file(session, controller, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "client.gcx"
    assert controller.save_to(path)
    before = path.read_bytes()
    _change(session)

    def refuse(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "replace", refuse)
    assert not controller.save_to(path)
    assert "the disk is full" in dialogs["texts"][-1] and "unchanged" in dialogs["texts"][-1]
    assert path.read_bytes() == before and controller.is_modified
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "guian-compute-explorer/project", "schema_version": 1, "scen',
        b"\x00" * 100,
        b'{"format": "guian-compute-explorer/project", "schema_version": 99}',
        b'{"format": "guian-compute-explorer/project", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"format": "guian-compute-explorer/project", "schema_version": 1, "n": NaN}',
        b'{"pad": "' + b"x" * 5_100_000 + b'"}',
    ],
    ids=["truncated", "zeros", "newer", "nested", "nan", "huge"],
)
def test_a_damaged_or_hostile_file_is_refused_and_nothing_changes(
    session, controller, dialogs, tmp_path, content
):
    path = tmp_path / "bad.gcx"
    path.write_bytes(content)
    named = session.state.named_scenarios()
    title = session.window.windowTitle()
    assert not controller.open_path(path)
    assert dialogs["names"][-1] == "projectErrorDialog"
    assert (
        "bad.gcx could not be opened" in dialogs["texts"][-1]
        and "Nothing was changed" in dialogs["texts"][-1]
    )
    assert session.state.named_scenarios() == named
    assert session.window.windowTitle() == title and controller.path is None
    assert path.read_bytes() == content


def test_a_scenario_file_opens_as_an_unsaved_project(session, controller, dialogs):
    from explorer.personas import persona_dir

    path = persona_dir() / "chengdu_render_farm.json"
    assert controller.open_path(path)
    assert len(session.state.named_scenarios()) == 1
    assert controller.path is None
    assert session.window.windowTitle() == f"chengdu_render_farm — {APP}"
    dialogs["save"] = path.with_suffix(".gcx")  # Save asks where, never overwrites the .json
    assert dialogs["save"].parent == path.parent


def _older_pack_project(controller, tmp_path) -> Path:
    project = controller.project()
    items = tuple(
        dataclasses.replace(
            item,
            pack_values=tuple(
                dataclasses.replace(v, value=v.value * 1.5, high=v.high * 1.5)
                if v.path.endswith("electricity_price") else v
                for v in item.pack_values
            ),
        )
        for item in project.scenarios
    )  # fmt: skip
    old = dataclasses.replace(project, scenarios=items, pack=PackStamp("2025.1", dt.date(2025, 1, 1)))
    path = tmp_path / "old.gcx"
    path.write_bytes(dump_project(old))
    return path


@pytest.mark.parametrize("answer", ["keepPackValues", "refreshPackValues", QMessageBox.StandardButton.Cancel])
def test_a_project_of_another_data_pack_asks_keep_or_refresh(session, controller, dialogs, tmp_path, answer):
    path = _older_pack_project(controller, tmp_path)
    state = session.state
    site = state.evaluation.destination
    price_path = f"sites.{site}.electricity_price"
    before = {i.path: i for i in state.evaluation.inputs}[price_path]
    named = state.named_scenarios()
    dialogs["answers"] = [answer]
    opened = controller.open_path(path)
    assert dialogs["names"][0] == "packVersionDialog"
    assert "data pack 2025.1" in dialogs["texts"][0]
    after = {i.path: i for i in state.evaluation.inputs}[price_path]
    if answer == "keepPackValues":
        assert opened and after.value == pytest.approx(before.value * 1.5) and after.overridden
    elif answer == "refreshPackValues":
        assert opened and after.value == before.value and not after.overridden
    else:
        assert not opened and state.named_scenarios() == named


# --- unsaved changes ------------------------------------------------------------------------


def test_new_asks_about_unsaved_changes(session, controller, dialogs):
    _change(session)
    named = session.state.named_scenarios()
    dialogs["answers"] = [QMessageBox.StandardButton.Cancel]
    assert not controller.new_project()
    assert session.state.named_scenarios() == named
    dialogs["answers"] = [QMessageBox.StandardButton.Discard]
    assert controller.new_project()
    assert len(session.state.named_scenarios()) == 1 and not controller.is_modified
    assert dialogs["names"] == ["unsavedChangesDialog", "unsavedChangesDialog"]


def test_save_in_the_question_saves_first(session, controller, dialogs, tmp_path):
    _change(session)
    dialogs["answers"] = [QMessageBox.StandardButton.Save]
    dialogs["save"] = tmp_path / "kept.gcx"
    assert controller.new_project()
    assert parse_project((tmp_path / "kept.gcx").read_bytes()).scenarios


def test_closing_with_unsaved_changes_asks_without_blocking(full_session, qtbot):
    session, controller = full_session, full_session.window.project
    window = session.window
    window.show()
    assert controller.maybe_close()  # nothing unsaved
    controller.files.closed = False  # (the test reuses the window)
    _change(session)
    window.close()
    assert window.isVisible()  # asked, not closed
    box = controller.close_box
    assert box is not None and box.objectName() == "unsavedChangesDialog"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and controller.close_box is None
    window.close()
    controller.close_box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not any(autosave_dir().glob("session-*"))  # a clean exit leaves nothing to recover


# --- recent files ---------------------------------------------------------------------------


def test_recent_files_list_saved_and_opened_projects(session, controller, dialogs, tmp_path):
    paths = []
    for index in range(3):
        path = tmp_path / f"p{index}.gcx"
        _change(session, float(index))
        assert controller.save_to(path)
        paths.append(path.resolve())
    assert controller.recent_files() == paths[::-1]
    controller.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in controller.recent_menu.actions() if a.text()]
    assert texts[:3] == ["&1 p2.gcx", "&2 p1.gcx", "&3 p0.gcx"]
    paths[1].unlink()
    assert controller.recent_files() == [paths[2], paths[0]]  # missing files are not offered


@pytest.mark.parametrize("value", [42, "", ["", 5, None, "\x00bad"], {"a": 1}, "/no/such/file.gcx"])
def test_damaged_recent_files_setting_reads_as_empty(session, controller, value):
    settings = open_settings()
    settings.setValue(RECENT_KEY, value)
    settings.sync()
    assert controller.recent_files() == []
    controller.recent_menu.aboutToShow.emit()  # the menu still builds


# --- autosave and recovery --------------------------------------------------------------------


def test_autosave_writes_only_when_something_changed(session, controller, tmp_path):
    assert controller.autosave.timer.interval() == AUTOSAVE_INTERVAL_MS == 120_000
    assert not controller.autosave_now()  # nothing changed
    _change(session)
    assert controller.autosave_now()
    files = list(autosave_dir().glob("session-*.json"))
    assert len(files) == 1
    assert not controller.autosave_now()  # no change since
    assert controller.save_to(tmp_path / "saved.gcx")
    assert not list(autosave_dir().glob("session-*.json"))  # a clean save removes it


def test_recovery_is_offered_after_a_crash(session, controller, dialogs, tmp_path, qtbot):
    """Simulate a crash: another session's autosave is left behind with no process holding it."""
    from explorer.personas import load_personas

    crashed = AutosaveSession()
    persona = load_personas()[2]
    state = session.state
    state.add_scenario("Unsaved work", persona.scenario)
    project = controller.project()
    crashed.write(project, str(tmp_path / "client.gcx"))
    crashed.abandon()
    controller.new_project() if not controller.is_modified else None
    dialogs["answers"] = [QMessageBox.StandardButton.Discard]
    controller.new_project()
    assert len(state.named_scenarios()) == 1

    controller.autosave.offered = False  # the window offered once already, before this autosave existed
    box = controller.offer_recovery()
    assert box is not None and box.objectName() == "recoveryDialog"
    assert "Unsaved work" in box.text() and "client.gcx" in box.text()
    assert controller.offer_recovery() is None  # offered once
    next(b for b in box.buttons() if b.objectName() == "recoverAutosave").click()
    assert [n.name for n in state.named_scenarios()] == [s.name for s in project.scenarios]
    assert controller.is_modified and session.window.windowTitle() == f"client* — {APP}"  # Save writes there
    assert not crashed.path.exists()  # the old autosave is gone ...
    assert len(list(autosave_dir().glob("session-*.json"))) == 1  # ... this session holds the work now


def test_recovery_can_be_discarded_or_kept_for_later(session, controller):
    crashed = AutosaveSession()
    crashed.write(controller.project())
    crashed.abandon()
    controller.autosave.offered = False  # the window offered once already, before this autosave existed
    box = controller.offer_recovery()
    next(b for b in box.buttons() if b.objectName() == "keepAutosave").click()
    assert crashed.path.exists()
    controller.autosave.offered = False
    box = controller.offer_recovery()
    next(b for b in box.buttons() if b.objectName() == "discardAutosave").click()
    assert not crashed.path.exists()


def test_no_autosave_no_question(session, controller):
    assert controller.offer_recovery() is None


# --- menus and exports --------------------------------------------------------------------------


def test_the_file_menu_starts_with_the_project_actions(full_session):
    session, controller = full_session, full_session.window.project
    actions = session.window.file_menu.actions()
    names = [a.objectName() or a.menu().objectName() if a.menu() else a.objectName() for a in actions[:9]]
    assert names[:3] == ["newProjectAction", "openProjectAction", "recentProjectsMenu"]
    assert "saveProjectAction" in names and "exportMenu" in names
    assert controller.save_action.shortcut().toString() == "Ctrl+S"
    assert controller.new_action.shortcut().toString() == "Ctrl+N"
    assert controller.open_action.shortcut().toString() == "Ctrl+O"
    assert controller.save_as_action.shortcut().toString() == "Ctrl+Shift+S"
    assert session.window.quit_action in actions


def _wait_export(qtbot, controller):
    qtbot.waitUntil(lambda: not controller.export_running, timeout=30_000)


def test_exports_run_in_the_background_and_write_each_file(session, controller, dialogs, tmp_path, qtbot):
    done = []
    controller.exported.connect(done.append)
    controller.export_xlsx(tmp_path / "case.xlsx")
    _wait_export(qtbot, controller)
    controller.export_csv(tmp_path / "case.csv")
    _wait_export(qtbot, controller)
    controller.export_pdf("zh_CN", tmp_path / "case.pdf")
    _wait_export(qtbot, controller)
    controller.export_png(tmp_path / "chart.png", "tornado", 640, 360)
    _wait_export(qtbot, controller)
    assert [Path(p).name for p in done] == ["case.xlsx", "case.csv", "case.pdf", "chart.png"]
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "case.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "chart.png"))
    assert (image.width(), image.height()) == (640, 360)
    assert not dialogs["texts"]  # no error shown


def test_export_asks_for_a_safe_file_name(session, controller, dialogs, tmp_path, qtbot, monkeypatch):
    seen = {}

    def choose(parent, title, suggested, filters):
        seen["suggested"] = suggested
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    session.state.rename_scenario(session.state.current_id, "../../CON: <报告>?")
    controller.export_pdf("en")
    _wait_export(qtbot, controller)
    assert Path(seen["suggested"]).name == "CON 报告 (EN).pdf"
    assert (tmp_path / "chosen.pdf").read_bytes().startswith(b"%PDF")


def test_a_cancelled_export_writes_nothing(session, controller, tmp_path, qtbot):
    operation = controller.export_pdf("en", tmp_path / "never.pdf")
    operation.cancel()
    _wait_export(qtbot, controller)
    qtbot.waitUntil(lambda: operation.finished, timeout=30_000)
    assert operation.outcome in ("cancelled", "done")
    if operation.outcome == "cancelled":
        assert not (tmp_path / "never.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_export_error_is_shown(session, controller, dialogs, tmp_path, qtbot):
    target = tmp_path / "missing-folder" / "case.xlsx"
    controller.export_xlsx(target)
    _wait_export(qtbot, controller)
    assert (
        dialogs["names"] == ["projectErrorDialog"] and "case.xlsx could not be written" in dialogs["texts"][0]
    )


def test_chart_dialog_offers_every_chart_and_exact_sizes(qtbot):
    from explorer.ui.export_dialogs import ChartExportDialog

    dialog = ChartExportDialog("costs")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ("costs", 1920, 1080)
    dialog.width_box.setValue(800)
    dialog.height_box.setValue(600)
    dialog.chart_box.setCurrentIndex(dialog.chart_box.findData("tornado"))
    assert dialog.choice() == ("tornado", 800, 600)
    for widget in (dialog.chart_box, dialog.width_box, dialog.height_box):
        assert widget.objectName() and widget.accessibleName()


def test_project_json_is_plain_data(session, controller, tmp_path):
    path = tmp_path / "plain.gcx"
    controller.save_to(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "guian-compute-explorer/project"


def test_exports_follow_the_window_currency_until_one_is_chosen(session, controller, tmp_path, qtbot):
    """File → Export → Currency of exports: the window's currency by default, USD at the scenario's rate."""
    from openpyxl import load_workbook

    state = session.state
    try:
        assert controller.export_currency == "CNY"
        state.set_currency("USD")
        assert controller.export_currency == "USD"  # follows the window
        controller.export_currency_menu.aboutToShow.emit()
        assert controller.export_currency_actions["USD"].isChecked()
        assert "7.20" in controller.export_currency_actions["USD"].text()
        controller.export_xlsx(tmp_path / "usd.xlsx")
        _wait_export(qtbot, controller)
        controller.export_currency_actions["CNY"].trigger()  # chosen: no longer follows the window
        assert controller.export_currency == "CNY" and controller.export_currency_actions["CNY"].isChecked()
        controller.export_xlsx(tmp_path / "cny.xlsx")
        _wait_export(qtbot, controller)
    finally:
        state.set_currency("CNY")
    usd = load_workbook(tmp_path / "usd.xlsx")["Cash flows"]["A1"].value
    cny = load_workbook(tmp_path / "cny.xlsx")["Cash flows"]["A1"].value
    assert usd == "Amounts in USD at 7.20 CNY per USD." and cny == "Amounts in yuan (CNY)."
