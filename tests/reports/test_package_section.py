"""The proposed package in the investor pack (issue 17): apart from the standard policies, with its own
disclaimer; the firm's copy holds no region-side figure (PDF text and workbook), the bureau's does."""

from __future__ import annotations

import io
import shutil
import subprocess

import openpyxl
import pytest

from explorer.domain.formatting import format_money, format_percent
from explorer.domain.package import ItemKind, Package, PackageItem, assess
from explorer.personas import load_personas
from explorer.project.files import build_project, save_project_file
from explorer.reports.exporting import ExportRequest, prepare_report, write_pdf
from explorer.reports.xlsx_writer import render_xlsx

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

PACKAGE = Package(
    items=(
        PackageItem(ItemKind.ELECTRICITY_PRICE, 0.30, years=3),
        PackageItem(ItemKind.SETTLEMENT_GRANT, 2_500_000),  # above the 2 M ceiling
        PackageItem(ItemKind.TALENT_SUBSIDY, 20_000, years=2),
    ),
    public_discount_rate=0.03,  # not the firm's rate, so no region figure equals a firm figure
)


def _scenario():
    return next(p.scenario for p in load_personas() if p.id == "shenzhen_ai_startup")


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _workbook_text(report) -> str:
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(report)))
    cells = [
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
        if cell.value is not None
    ]  # fmt: skip
    return "\n".join([*book.sheetnames, *cells])


def _region_figures(assessment, language: str, currency: str = "CNY", rate: float = 7.2) -> list[str]:
    """Texts only the region's side shows: its present values, the public rate, the ratio, the return."""
    region = assessment.region
    money = [
        region.fiscal_cost_pv,
        region.return_pv,
        *region.return_total[1:3],
        *region.brings["electricity"][1:2],
    ]
    texts = [format_money(m, language, currency, rate) for m in money]
    texts += [format_percent(region.public_discount_rate), f"{region.ratio:.2f}"]
    return texts


@pytest.fixture(scope="module")
def reports(shipped_pack, qapp):
    made = {}
    for language in ("en", "zh_CN"):
        for copy in ("firm", "bureau"):
            request = ExportRequest(_scenario(), shipped_pack, language, "Deal", samples=0,
                                    package=PACKAGE, package_copy=copy)  # fmt: skip
            made[language, copy] = prepare_report(request)
    return made


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_package_is_a_section_of_its_own_with_its_disclaimer(reports, language):
    report = reports[language, "firm"]
    section = report.sections[-1]
    assert section.key == "package"
    assert [s.key for s in report.sections].count("package") == 1
    assert any("disclaimer" in p.lower() or "免责" in p or "声明" in p for p in section.paragraphs)
    # the standard policies' table never lists a package item
    policies = report.tables["policies"]
    assert not any("package_" in str(cell.raw) for row in policies.rows for cell in row)


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_firms_copy_holds_no_region_side_figure(reports, shipped_pack, language, tmp_path):
    assessment = assess(_scenario(), shipped_pack, PACKAGE)
    money_language = "zh" if language.startswith("zh") else "en"
    region_texts = _region_figures(assessment, money_language)
    firm, bureau = reports[language, "firm"], reports[language, "bureau"]
    firm_pdf, bureau_pdf = (
        _pdf_text(write_pdf(tmp_path / "firm.pdf", firm)),
        _pdf_text(write_pdf(tmp_path / "bureau.pdf", bureau)),
    )
    firm_book, bureau_book = _workbook_text(firm), _workbook_text(bureau)
    package_part = firm_pdf[firm_pdf.rindex("Proposed incentive package" if language == "en" else "拟议") :]
    for text in region_texts:
        assert text not in package_part, text
        assert text in bureau_pdf or text in bureau_book, text
    for table in ("package_region", "package_region_years", "package_assumptions", "package_ceilings"):
        assert table not in firm.tables and table in bureau.tables
    region_words = ("fiscal", "Fiscal", "finance bureau's copy", "财政成本", "区域回报")
    for word in region_words:
        assert word not in package_part
        assert word not in firm_book
    # the firm's own figures are there in both
    npv = format_money(assessment.firm.npv_with, money_language)
    assert npv in firm_pdf and npv in bureau_pdf
    assert any(name in firm_book for name in ("Package", "方案")), "the package sheet"


def test_export_command_gains_the_choice(shipped_pack, tmp_path, capsys, qapp):
    from explorer.cli import main

    project = build_project([("deal", "Deal", _scenario(), PACKAGE)], "deal", "deal", shipped_pack)
    path = tmp_path / "deal.gcx"
    save_project_file(path, project)
    books = {}
    for copy in ("firm", "bureau", "none"):
        out = tmp_path / f"{copy}.xlsx"
        code = main(["--lang", "en", "export", str(path), "--xlsx", str(out), "--samples", "0",
                     "--package-copy", copy])  # fmt: skip
        assert code == 0
        books[copy] = openpyxl.load_workbook(out).sheetnames
    assert "Package" in books["firm"] and "Package, region" not in books["firm"]
    assert "Package, region" in books["bureau"]
    assert "Package" not in books["none"]
