"""Render every tab of the real app, in Chinese and in English, to PNG files.

Run under a display (``make screenshots`` uses Xvfb), or offscreen:
    python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WINDOW_SIZE = (1366, 768)
PROJECTOR_SIZE = (1024, 768)
PRESENTER_STEPS = ("story", "network", "policies", "case", "package", "summary")


def _settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def _still_need(app, window, state, out_dir: Path, language: str) -> list[Path]:
    """Issue 19: G5's checklist with one condition answered in place, then the ranked "still need" list."""
    tab = window.policies_tab
    before = state.scenario
    window.tabs.setCurrentWidget(tab)
    tab.select_policy("G5")
    _settle(app)
    next(row for row in tab.details.answer_rows if row.spec.name == "approved_upgrade").buttons["yes"].click()
    _settle(app)
    tab.details.ensureWidgetVisible(tab.details.checklist_box)
    _settle(app)
    answered = out_dir / f"eligibility-answered-{language}.png"
    window.grab().save(str(answered))
    dialog = window.open_still_need()
    dialog.wait()
    _settle(app, 12)
    listed = out_dir / f"still-need-{language}.png"
    dialog.grab().save(str(listed))
    dialog.close()
    state.set_scenario(before)
    _settle(app)
    return [answered, listed]


def main(out_dir: Path) -> int:
    # Screenshots never touch the user's own settings or recent files.
    os.environ["GUIAN_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="explorer-shots-")
    from PySide6.QtWidgets import QApplication

    from explorer.app import create_session

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in ("en", "zh_CN"):
        session = create_session([], language=language)
        state, window = session.state, session.window
        # A second scenario so the Compare tab has something to compare.
        copy = state.duplicate_scenario(state.current_id)
        state.set_value("finance.discount_rate", 0.15)
        state.set_current(state.named_scenarios()[0].id)
        assert copy in {item.id for item in state.named_scenarios()}
        # A proposed package on the first scenario, for the Package tab (and the Compare tab's packages).
        from explorer.domain.package import ItemKind, Package, PackageItem

        state.set_package(Package(items=(
            PackageItem(ItemKind.ELECTRICITY_PRICE, 0.30, years=3),
            PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3, cap_per_year=5_000_000),
            PackageItem(ItemKind.SETTLEMENT_GRANT, 1_000_000),
        )))  # fmt: skip
        app = QApplication.instance()
        window.resize(*WINDOW_SIZE)
        window.show()
        written += _still_need(app, window, state, out_dir, language)  # leaves the case as it was
        pages = [("overview", window.overview_tab, None), ("policies", window.policies_tab, None)]
        calculator = window.calculator_tab
        for name, chart in (
            ("calculator", calculator.cost_chart),
            ("calculator-cashflow", calculator.cashflow_chart),
            ("calculator-waterfall", calculator.waterfall_chart),
            ("calculator-risk", calculator.risk_panel),
        ):
            pages.append((name, calculator, chart))
        pages.append(("compare", window.compare_tab, None))
        pages.append(("package", window.package_tab, None))
        for name, tab, chart in pages:
            window.tabs.setCurrentWidget(tab)
            if chart is not None:
                calculator.chart_tabs.setCurrentWidget(chart)
            _settle(app)
            if name == "calculator-risk":
                panel = calculator.risk_panel
                panel.run_monte_carlo()
                panel.runner.wait_for_done(30_000)
                _settle(app, 30)
            if name == "package":
                window.package_tab.packages.wait(30_000)
                _settle(app, 30)
            path = out_dir / f"{name}-{language}.png"
            window.grab().save(str(path))
            written.append(path)
        written += _story_and_presenter(app, window, out_dir, language)
        written.append(_client_import(app, window, state, out_dir, language))
        window.close()
    for path in written:
        print(path)
    return 0


def _story_and_presenter(app, window, out_dir: Path, language: str) -> list[Path]:
    """Issue 16: the network on its own, then each presenter screen at 1,024x768 (a projector)."""
    written = []
    window.tabs.setCurrentWidget(window.overview_tab)
    _settle(app)
    path = out_dir / f"network-{language}.png"
    window.overview_tab.network.grab().save(str(path))
    written.append(path)
    presenter = window.enter_presenter(full_screen=False)
    window.resize(*PROJECTOR_SIZE)
    for step in range(len(PRESENTER_STEPS)):
        presenter.go_to(step)
        _settle(app, 12)
        path = out_dir / f"presenter-{step + 1}-{PRESENTER_STEPS[step]}-{language}.png"
        window.grab().save(str(path))
        written.append(path)
    window.leave_presenter()
    window.resize(*WINDOW_SIZE)
    return written


def _client_import(app, window, state, out_dir: Path, language: str) -> Path:
    """Issue 19: the import diff of a sample client file (the template's examples), not applied."""
    from explorer.datapack.client_file import write_template
    from explorer.domain.client_facts import CLIENT_FACTS
    from explorer.ui.client_import_dialog import ClientImportDialog

    name = "客户数据.xlsx" if language.startswith("zh") else "client-data.xlsx"
    sample = write_template(
        Path(tempfile.mkdtemp()) / name, language, {fact.key: fact.example for fact in CLIENT_FACTS}
    )
    dialog = ClientImportDialog(window.client_data.prepare(sample), language, window, state.pack)
    dialog.show()
    _settle(app, 12)
    path = out_dir / f"client-import-diff-{language}.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
