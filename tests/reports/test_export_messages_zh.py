"""Export errors reach the user in Chinese; every marked project and report text is translated."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from explorer.paths import resources_dir
from explorer.reports.errors import ExportError, ExportFailed
from explorer.reports.exporting import CHART_KEYS, ExportRequest, prepare_report, write_png
from explorer.translation import error_text

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_an_unknown_chart_is_refused_in_english_and_chinese(qapp, chinese, tmp_path, report_en):
    with pytest.raises(ExportError) as caught:
        write_png(tmp_path / "x.png", report_en, "pie", 100, 100)
    error = caught.value
    known = ", ".join(CHART_KEYS)
    assert isinstance(error, ValueError)
    assert str(error) == f"chart: 'pie' is not a chart of this report (known: {known})"
    assert error_text(error) == f"chart: 'pie' 不是本报告中的图表（可选：{known}）"
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("size", [(5, 100), (100, 100_000), (0, 0), (8000, 8000), (20_000, 20_000)])
def test_a_silly_image_size_is_refused_in_english_and_chinese(qapp, chinese, tmp_path, report_en, size):
    with pytest.raises(ExportError) as caught:
        write_png(tmp_path / "x.png", report_en, "cashflow", *size)
    width, height = size
    assert str(caught.value) == (
        f"image size must be 16..8000 pixels a side and at most 32 million pixels, got {width} x {height}"
    )
    chinese_text = f"图片每边须为 16 至 8000 像素、总计不超过 3200 万像素，实际为 {width} × {height}"
    assert error_text(caught.value) == chinese_text
    assert not (tmp_path / "x.png").exists()


def test_a_png_that_cannot_be_encoded_fails_in_chinese(qapp, chinese, tmp_path, report_en, monkeypatch):
    import explorer.reports.png_writer as png_writer

    class Unsaveable:
        def save(self, *_args) -> bool:
            return False

    monkeypatch.setattr(png_writer, "chart_image", lambda *_args: Unsaveable())
    with pytest.raises(OSError) as caught:  # still an OSError, as callers expect
        write_png(tmp_path / "x.png", report_en, "cashflow", 100, 100)
    error = caught.value
    assert isinstance(error, ExportFailed) and error.strerror is None
    assert str(error) == "could not encode the PNG"
    assert error_text(error) == "无法编码 PNG 图片"
    assert not (tmp_path / "x.png").exists()


def test_a_name_that_leaves_its_folder_is_refused_in_chinese(chinese, tmp_path, monkeypatch):
    import explorer.reports.naming as naming

    monkeypatch.setattr(naming, "safe_file_stem", lambda name: "../escape")
    with pytest.raises(ExportError) as caught:
        naming.export_path(tmp_path, "../escape", ".pdf")
    assert str(caught.value) == f"'../escape' does not make a file name inside {tmp_path}"
    assert error_text(caught.value) == f"'../escape' 无法在 {tmp_path} 中构成文件名"


def test_a_figure_kept_from_an_older_pack_is_noted_in_a_chinese_report(persona, shipped_pack):
    """A project opened with "keep the saved figures": the report names their pack in its own language."""
    from explorer.project import PackStamp, build_project, fit_to_pack

    project = build_project([("a", "A", persona.scenario)], "a", "a", shipped_pack)
    project = dataclasses.replace(project, pack=PackStamp("2024.1", dt.date(2024, 1, 1)))
    scenario = fit_to_pack(project, shipped_pack, keep_values=True).scenarios[0].scenario

    def sources(language: str) -> list[str]:
        request = ExportRequest(
            scenario, shipped_pack, language, "A", prepared_on=dt.date(2026, 3, 1), samples=0
        )
        table = prepare_report(request).tables["inputs"]
        column = table.column_index("source")
        return [row[column].text for row in table.rows]

    assert any(text.endswith("; data pack 2024.1 of 2024-01-01") for text in sources("en"))
    assert any(text.endswith("; 数据包 2024.1（截至 2024-01-01）") for text in sources("zh_CN"))


# --- every marked text of these layers is in the compiled translation --------------------------------


def marked_texts(*folders: str) -> list[tuple[str, str, str]]:
    """(file, context, source) of every QT_TRANSLATE_NOOP call, as lupdate reads them."""
    found = []
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                    context, source = node.args
                    assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                        f"{path.name}:{node.lineno}: the marker needs two string literals"
                    )
                    assert len(node.args) == 2 and not node.keywords, f"{path.name}:{node.lineno}"
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", context.value, source.value))
    return found


def test_every_marked_project_and_export_text_has_a_chinese_translation(qapp):
    texts = marked_texts("explorer/project", "explorer/reports")
    assert len(texts) >= 50
    assert {context for _, context, _ in texts} == {"Project", "Export"}
    translator = QTranslator()
    assert translator.load("explorer_zh_CN", str(resources_dir() / "i18n")), "run `make translations`"
    untranslated = []
    for where, context, source in texts:
        text = translator.translate(context, source)
        words = re.sub(r"\{[^{}]*\}", "", source)
        if not text or text == source or (re.search("[A-Za-z]{2,}", words) and not CJK.search(text)):
            untranslated.append(f"{where}: {context} / {source}")
        placeholders = sorted(re.findall(r"\{[^{}]*\}", source))
        assert sorted(re.findall(r"\{[^{}]*\}", text or source)) == placeholders, (where, text)
    assert not untranslated, "\n".join(untranslated)


def test_the_reports_fixed_texts_go_through_the_report_translator():
    """In the report body, every English phrase is a ``translate("Report", "...")`` or a marked error."""
    allowed = {
        "Summary",  # xlsx: the sheet name when the key figures have none (the report always gives one)
        "Sheet",  # xlsx: the name of a sheet whose title is blank after cleaning
        "General",  # the Excel number format, not a text
        "Site id",  # csv: fallbacks; the report always gives its translated "site_id" and "site" texts
        "Site",
    }
    # Prose (two words and a space) or a capitalised word; ids such as "service_fee" or "yuan/kWh" are not.
    prose = re.compile(r"[A-Za-z]{2,} +[A-Za-z]{2,}|^[A-Z][a-z]{2,}$")
    loose = []
    for path in sorted((ROOT / "explorer/reports").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or node.value in allowed:
                continue
            parent = parents.get(node)
            if isinstance(
                parent, ast.Expr | ast.Compare | ast.Subscript
            ):  # a docstring, an id compared or looked up
                continue
            if isinstance(parent, ast.Dict) and node in parent.keys:  # a key: an id such as a unit "Mbps"
                continue
            if isinstance(parent, ast.Call):
                name = getattr(parent.func, "attr", None) or getattr(parent.func, "id", None)
                if name in ("translate", "QT_TRANSLATE_NOOP", "getLogger", "warning", "info", "debug"):
                    continue
            if prose.search(node.value):
                loose.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
    assert not loose, "\n".join(loose)


def test_a_pdf_without_a_gui_application_is_refused_not_a_crash(tmp_path):
    """A command that made a bare QCoreApplication gets an error it can show, not a segmentation fault."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from explorer.reports.pdf_writer import report_font_family\n"
        "try:\n"
        "    report_font_family()\n"
        "except OSError as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ExportFailed PDF and PNG exports need a QGuiApplication"
