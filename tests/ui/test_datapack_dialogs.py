"""File → Import data pack… and Revert to shipped data, driven with patched file and message dialogs."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QLabel, QMessageBox, QPlainTextEdit

from explorer import paths
from explorer.datapack import active_pack_info, install_pack, load_pack, load_shipped_pack
from explorer.ui import datapack_dialogs
from explorer.ui.datapack_dialogs import DiffDialog, ProblemsDialog, import_data_pack, revert_to_shipped_data

pytestmark = pytest.mark.gui


@pytest.fixture
def pack_copy(tmp_path):
    target = tmp_path / "new-pack"
    shutil.copytree(paths.shipped_data_dir(), target)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = "2026.12.1"
    manifest.pop("files", None)  # no checksums: the tests edit the files by hand
    (target / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return target


@pytest.fixture
def shown(monkeypatch):
    """Record every dialog instead of showing it; each test sets the answers."""
    record: dict[str, list] = {"diff": [], "problems": [], "info": [], "critical": [], "question": []}
    answers = {"diff": QDialog.DialogCode.Accepted, "question": QMessageBox.StandardButton.Yes}

    def diff_exec(self):
        record["diff"].append(self)
        return answers["diff"]

    def problems_exec(self):
        record["problems"].append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DiffDialog, "exec", diff_exec)
    monkeypatch.setattr(ProblemsDialog, "exec", problems_exec)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: record["info"].append(a[2])))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: record["critical"].append(a[2])))

    def question(*args):
        record["question"].append(args[2])
        return answers["question"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    record["answers"] = answers
    return record


def _choose(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_import_through_manifest_shows_diff_and_installs(qtbot, monkeypatch, shown, pack_copy):
    _choose(monkeypatch, pack_copy / "manifest.json")  # a folder is picked through its manifest
    pack = import_data_pack(None)
    assert pack is not None and pack.manifest.version == "2026.12.1"
    assert active_pack_info().kind == "imported"
    (dialog,) = shown["diff"]
    qtbot.addWidget(dialog)
    assert dialog.body.toPlainText().startswith("Data pack 2026.12.0 (2026-12-06) → 2026.12.1 (2026-12-06)")
    assert "new-pack is valid: data pack 2026.12.1, as of 2026-12-06." in dialog.heading.text()
    assert shown["info"] == ["Data pack 2026.12.1 (as of 2026-12-06) is now active."]


def test_cancel_in_file_dialog_changes_nothing(monkeypatch, shown):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    assert import_data_pack(None) is None
    assert not shown["diff"] and active_pack_info().kind == "shipped"


def test_declining_the_diff_installs_nothing(qtbot, monkeypatch, shown, pack_copy):
    shown["answers"]["diff"] = QDialog.DialogCode.Rejected
    _choose(monkeypatch, pack_copy / "manifest.json")
    assert import_data_pack(None) is None
    qtbot.addWidget(shown["diff"][0])
    assert active_pack_info().kind == "shipped" and not paths.active_pack_dir().exists()


def test_invalid_pack_lists_every_problem_and_keeps_active_data(qtbot, monkeypatch, shown, pack_copy):
    install_pack(pack_copy)
    before = load_pack()
    broken = pack_copy.parent / "broken.zip"
    sites = (
        (pack_copy / "sites.csv").read_text(encoding="utf-8-sig").replace("guian,destination", "guian,dest")
    )
    (pack_copy / "sites.csv").write_text(sites.replace("Beijing,", "<b>Beijing</b>,", 1), encoding="utf-8")
    shutil.make_archive(str(broken.with_suffix("")), "zip", pack_copy)
    _choose(monkeypatch, broken)
    assert import_data_pack(None) is None
    (dialog,) = shown["problems"]
    qtbot.addWidget(dialog)
    lines = dialog.body.toPlainText().splitlines()
    assert lines == [
        "sites.csv, row 5, column 'role': must be one of: origin, destination, comparator (value: 'dest')"
    ]
    assert (
        dialog.heading.text()
        == "1 problem(s) in broken.zip. Nothing was imported; the active data is unchanged."
    )
    assert load_pack() == before


def test_dialogs_show_data_as_plain_text(qtbot, pack_copy):
    from explorer.datapack import DataPackError, Problem, prepare_import

    error = DataPackError([Problem("sites.csv", 2, "name_en", "must be <b>bold</b>", "<img src=x>")])
    dialog = ProblemsDialog(error, pack_copy)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.body, QPlainTextEdit) and dialog.body.isReadOnly()
    assert "<img src=x>" in dialog.body.toPlainText() and "<b>bold</b>" in dialog.body.toPlainText()
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == label.textFormat().PlainText
    diff = DiffDialog(prepare_import(pack_copy), None)
    qtbot.addWidget(diff)
    assert diff.heading.textFormat() == diff.heading.textFormat().PlainText


def test_every_interactive_widget_is_named(qtbot, pack_copy):
    from explorer.datapack import DataPackError, Problem, prepare_import

    dialogs = [ProblemsDialog(DataPackError([Problem("a.csv", None, None, "r")]), pack_copy),
               DiffDialog(prepare_import(pack_copy), None)]  # fmt: skip
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for widget in [*dialog.findChildren(QAbstractButton), dialog.body]:
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    assert dialogs[1].import_button.text() == "Import"
    cancel = [b for b in dialogs[1].findChildren(QAbstractButton) if b.objectName() == "dataPackDiffCancel"]
    assert cancel and cancel[0].isDefault()  # Enter never replaces data by accident


def test_copy_button_copies_the_problems(qtbot, pack_copy):
    from PySide6.QtGui import QGuiApplication

    from explorer.datapack import DataPackError, Problem

    dialog = ProblemsDialog(DataPackError([Problem("a.csv", 3, "x", "rule", "v")]), pack_copy)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "a.csv, row 3, column 'x': rule (value: 'v')"


def test_revert_asks_then_reverts(monkeypatch, shown, pack_copy):
    install_pack(pack_copy)
    shown["answers"]["question"] = QMessageBox.StandardButton.No
    assert revert_to_shipped_data(None) is None
    assert active_pack_info().kind == "imported"
    assert shown["question"][0].startswith(
        "Replace the imported data pack 2026.12.1 with the shipped data pack"
    )
    shown["answers"]["question"] = QMessageBox.StandardButton.Yes
    assert revert_to_shipped_data(None) == load_shipped_pack()
    assert active_pack_info().kind == "shipped"


def test_revert_when_already_shipped(monkeypatch, shown):
    assert revert_to_shipped_data(None) is None
    assert shown["info"] == ["The shipped data pack is already in use."] and not shown["question"]


def test_install_failure_is_reported(monkeypatch, shown, pack_copy):
    _choose(monkeypatch, pack_copy)

    def broken_install(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datapack_dialogs.PendingImport, "install", broken_install)
    assert import_data_pack(None) is None
    assert shown["critical"][0].startswith(
        "The data pack could not be installed; the active data is unchanged."
    )
    assert active_pack_info().kind == "shipped"


def test_long_problem_lists_show_the_first_100_and_a_total(qtbot, pack_copy):
    from PySide6.QtGui import QGuiApplication

    from explorer.datapack import DataPackError, Problem

    error = DataPackError([Problem("a.csv", row, "x", "must be a number", "y") for row in range(2, 252)])
    dialog = ProblemsDialog(error, pack_copy)
    qtbot.addWidget(dialog)
    lines = dialog.body.toPlainText().splitlines()
    assert len(lines) == 101 and lines[-1] == "… and 150 more (Copy copies all of them)."
    assert dialog.heading.text().startswith("250 problem(s) in new-pack.")
    dialog.copy_button.click()
    assert len(QGuiApplication.clipboard().text().splitlines()) == 250
