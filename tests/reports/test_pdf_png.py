"""The PDF in both languages (text, fonts, pages that render) and PNG charts at an exact pixel size."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from explorer.reports.exporting import CHART_KEYS, write_pdf, write_png

POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdftoppm) not installed")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def pdfs(qapp, tmp_path_factory, report_en, report_zh):
    folder = tmp_path_factory.mktemp("pdf")
    return {"en": write_pdf(folder / "en.pdf", report_en), "zh_CN": write_pdf(folder / "zh.pdf", report_zh)}


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_pdf_text_holds_the_key_figures_and_document_numbers(pdfs, report_en, report_zh, language):
    report = report_en if language == "en" else report_zh
    text = _squash(_pdf_text(pdfs[language]))
    for kpi in report.kpis:
        assert _squash(kpi.label) in text, kpi.label
        assert _squash(kpi.value) in text, kpi.value
    assert report.policy_documents
    for document in report.policy_documents:
        assert _squash(document) in text
    assert _squash(report.firm) in text
    assert _squash(report.short_disclaimer) in text
    assert _squash(report.pack_line) in text
    if language == "zh_CN":
        assert "算力迁往贵安新区" in text and "测算估计，并非报价" in text
    else:
        assert "Movingcomputetogui'annewarea".lower() in text.lower()


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_pdf_embeds_the_bundled_font_and_its_pages_render(pdfs, tmp_path, language):
    path = pdfs[language]
    assert path.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert lines and all(" yes " in line for line in lines), fonts  # every font embedded
    assert any("WenQuanYi" in line for line in lines)
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
    assert 8 <= count <= 30
    assert "(A4)" in pages
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == count
    for image_path in images:
        image = QImage(str(image_path))
        assert (image.width(), image.height()) == (331, 468)
        assert not image.isNull()


def test_pdf_export_can_be_cancelled_between_pages(qapp, tmp_path, report_en):
    from explorer.reports.pdf_writer import render_pdf

    class Stop(Exception):
        pass

    calls = []

    def check():
        calls.append(1)
        if len(calls) > 3:
            raise Stop

    with pytest.raises(Stop):
        render_pdf(report_en, check=check)
    path = tmp_path / "never.pdf"
    assert not path.exists()


@pytest.mark.parametrize("chart", CHART_KEYS)
@pytest.mark.parametrize("size", [(1920, 1080), (800, 600), (333, 777)])
def test_png_is_exactly_the_size_asked_for(qapp, tmp_path, report_en, chart, size):
    path = write_png(tmp_path / f"{chart}.png", report_en, chart, *size)
    image = QImage(str(path))
    assert (image.width(), image.height()) == size
    assert image.pixelColor(0, 0).name() == "#ffffff"
    colours = {image.pixelColor(x, y).name() for x in range(0, size[0], 7) for y in range(0, size[1], 7)}
    assert len(colours) > 5  # something was drawn


def test_png_refuses_an_unknown_chart_or_a_silly_size(qapp, tmp_path, report_en):
    with pytest.raises(ValueError, match="not a chart"):
        write_png(tmp_path / "x.png", report_en, "pie", 100, 100)
    with pytest.raises(ValueError, match="image size"):
        write_png(tmp_path / "x.png", report_en, "cashflow", 5, 100_000)
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("scale", ["1.0", "1.25", "1.5", "2.0"])
def test_png_size_does_not_follow_the_screen_scale(tmp_path, scale):
    """Reliability item 17: 1920 x 1080 asked, 1920 x 1080 written, at any QT_SCALE_FACTOR."""
    out = tmp_path / "chart.png"
    code = textwrap.dedent(
        f"""
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from explorer.datapack import load_shipped_pack
        from explorer.personas import load_personas
        from explorer.reports.exporting import ExportRequest, prepare_report, write_png
        persona = load_personas()[0]
        report = prepare_report(ExportRequest(persona.scenario, load_shipped_pack(), "en", samples=100))
        write_png({str(out)!r}, report, "cashflow", 1920, 1080)
        print(app.devicePixelRatio())
        """
    )
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip().splitlines()[-1]) == pytest.approx(float(scale))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
