"""Issue 16: the Overview's story and network, presenter mode driven by keys, nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.domain.label_layout import Box, crosses
from explorer.domain.messages import translated
from explorer.domain.package import ItemKind, Package, PackageItem
from explorer.domain.package_terms import item_terms, worth_to_firm
from explorer.domain.scenario_codec import scenario_to_dict
from explorer.domain.story import build_story, chart_series
from explorer.personas import load_personas
from explorer.ui.money import money
from tests.ui.test_layout import _clipped, _clipped_on_every_page

pytestmark = pytest.mark.gui


def _settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _key(window, key: Qt.Key) -> None:
    """A key as a presentation clicker sends it: to whatever has the focus."""
    QTest.keyClick(QApplication.focusWidget() or window, key)
    _settle(2)


def _same_case(a, b) -> bool:
    return scenario_to_dict(a) == scenario_to_dict(b)


# --- the Overview -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_overviews_figures_are_the_packs(session, language):
    session.window.set_language(language)
    pack = session.state.pack
    tab = session.window.overview_tab
    zh = language == "zh_CN"
    story = build_story(pack)
    facts = [f for section in story.sections for f in section.facts]
    assert tab.facts() == facts
    assert [c.figure.text() for c in tab.cards] == [f.text_zh if zh else f.text_en for f in facts]
    assert [c.label.text() for c in tab.cards] == [f.label_zh if zh else f.label_en for f in facts]
    for fact in story.headline:
        assert (fact.text_zh if zh else fact.text_en) in tab.story.intro.text()
    # the charts draw the pack's values, and name them as their sources state them
    series = {s.key: s for s in chart_series(pack)}
    for chart in tab.story.charts:
        heights = list(chart.bars.opts["height"])
        assert heights == [p.value for p in series[chart.key].points]
        assert [label.toPlainText().replace("\n", " ") for label in chart.value_labels[: len(heights)]] == [
            (p.fact.text_zh if zh else p.fact.text_en) for p in series[chart.key].points
        ]
    # no long source line repeated card after card: a number on the card, the source once per section
    long_source = facts[0].provenance.source_in(language)
    assert all(long_source not in c.source.text() for c in tab.cards)
    assert all(box.footer.text().count(long_source) <= 1 for box in tab.story.sections)
    session.window.set_language("en")


def test_the_sources_panel_lists_every_source_once(session):
    story = session.window.overview_tab.story
    text = story.sources_text()
    for entry in story.sources:
        assert text.count(f"[{entry.number}] ") == 1
        assert entry.provenance.source in text
    assert story.sources_panel.isHidden()
    story.sources_button.click()
    assert not story.sources_panel.isHidden()


def _click_node(window, node_id: str) -> None:
    network = window.overview_tab.network
    window.tabs.setCurrentWidget(window.overview_tab)
    _settle()
    point = network.node_centre(node_id).toPoint()
    QTest.mouseClick(network.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    _settle()


def test_clicking_a_hub_node_opens_it_in_the_calculator(session):
    window, state = session.window, session.state
    window.resize(1366, 768)
    window.show()
    assert "horinger" not in state.scenario.site_ids
    _click_node(window, "horinger")
    assert window.tabs.currentWidget() is window.calculator_tab
    assert "horinger" in state.scenario.site_ids  # a comparator in the case
    assert window.calculator_tab.inputs.site_checks["horinger"].isChecked()
    _click_node(window, "guian")
    assert state.scenario.destination == "guian"
    assert window.tabs.currentWidget() is window.calculator_tab
    _click_node(window, "origin_beijing")
    assert state.scenario.firm.origin == "beijing"  # an origin opens as the firm's origin


def test_hovering_a_site_shows_its_parameters(session):
    network = session.window.overview_tab.network
    tip = network.nodes["guian"].toolTip()
    assert "PUE" in tip and "yuan/kWh" in tip
    assert "Calculator" in tip


def _overlaps(network) -> list[tuple[str, str]]:
    """Every text of the diagram that touches another text, a node or a link, or leaves the scene."""
    rects = network.label_rects()
    names = sorted(rects)
    found = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :] if rects[a].intersects(rects[b])]
    marks = {k: v.sceneBoundingRect() for k, v in network.nodes.items() if k in network.labels and
             type(v).__name__ in ("NodeDot", "NodeSquare")}  # fmt: skip
    for name, rect in rects.items():
        found += [(name, node) for node, mark in marks.items() if mark.intersects(rect)]
        box = Box(rect.x(), rect.y(), rect.width(), rect.height())
        for origin, (line, _label) in network.links.items():
            segment = line.line()
            if crosses(((segment.x1(), segment.y1()), (segment.x2(), segment.y2())), box):
                found.append((name, f"line:{origin}"))
        if not network.scene_.sceneRect().contains(rect):
            found.append((name, "outside"))
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_networks_texts_overlap_nothing(session, language):
    """Names, latencies, title and legend clear of each other, of the nodes and of the links, in the
    Overview and in presenter mode (larger type), in either language."""
    window = session.window
    window.set_language(language)
    network = window.overview_tab.network
    assert len(network.label_rects()) == 21 + 3 + 2  # 21 nodes, 3 links, title, legend
    assert _overlaps(network) == []
    presenter = window.enter_presenter(full_screen=False)
    assert presenter.network.label_rects().keys() == network.label_rects().keys() - {"title"}
    assert _overlaps(presenter.network) == []
    window.leave_presenter()
    window.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_loans_chart_counts_money_as_every_money_axis_does(session, language):
    """In yuan, on a money axis: 亿元 in Chinese (never 十亿元), CNY B in English; not in US$."""
    session.window.set_language(language)
    chart = next(c for c in session.window.overview_tab.story.charts if c.key == "loans")
    axis = chart.plot.getAxis("left")
    assert axis is chart.money_axis and not axis.label.isVisible()
    spacing, values = axis.tickValues(0, 150e9, 300)[0]
    ticks = axis.tickStrings(values, 1.0, spacing)
    if language == "zh_CN":
        assert all(t.endswith("亿元") or t == "0元" for t in ticks) and not any("十亿" in t for t in ticks)
    else:
        assert all(t.startswith("CNY") for t in ticks)
    session.state.set_currency("USD")  # the article's yuan stay yuan
    assert axis.tickStrings(values, 1.0, spacing) == ticks
    session.state.set_currency("CNY")
    session.window.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_presenters_package_screen_shows_each_items_terms_and_worth(session, language):
    window, state = session.window, session.state
    window.set_language(language)
    items = (
        PackageItem(ItemKind.ELECTRICITY_PRICE, 0.30, years=3),
        PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3, cap_per_year=5_000_000),
        PackageItem(ItemKind.SETTLEMENT_GRANT, 1_000_000),
    )
    state.set_package(Package(items=items))
    presenter = window.enter_presenter(full_screen=False)
    presenter.go_to(4)
    _settle()
    page = presenter.package_page
    assessment = page.assessment()
    assert page.items.rowCount() == 3
    worth = worth_to_firm(assessment)
    for row, item in enumerate(items):
        terms = "".join(
            translated(part, QCoreApplication.translate)
            for part in item_terms(item, lambda a: money(a, language))
        )
        assert page.items.item(row, 1).text() == terms
        assert page.items.item(row, 2).text() == money(worth[item.kind], language)
    # the terms as the investor pack words them, in the screen's language
    assert (
        page.items.item(0, 1).text()
        == {"en": "0.300 yuan/kWh for 3 years", "zh_CN": "0.300 元/千瓦时，3 年"}[language]
    )
    assert page.items.item(1, 1).text().endswith(money(5_000_000, language))  # the cap
    assert page.figures.values["npv"].text() == money(assessment.firm.npv_with, language)
    assert page.figures.values["cost"].text() == money(assessment.region.fiscal_cost_pv, language)
    assert page.figures.values["brings"].text() == money(assessment.region.return_pv, language)
    presenter.go_to(5)  # the summary says what the package does
    _settle()
    assert money(assessment.firm.npv_with, language) in presenter.summary_text.text()
    assert money(assessment.region.fiscal_cost_pv, language) in presenter.summary_text.text()
    window.leave_presenter()
    window.set_language("en")


# --- presenter mode -----------------------------------------------------------------------------


def test_the_whole_presenter_sequence_runs_on_key_presses(session):
    window, state = session.window, session.state
    window.resize(1024, 768)
    window.show()
    _settle()
    QTest.keyClick(window, Qt.Key.Key_F11)  # View → Presenter
    _settle()
    presenter = window.presenter
    assert window.is_presenting() and window.isFullScreen()
    assert not window.menuBar().isVisible()
    seen = [presenter.step_name]
    for key in (
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageDown,
    ):
        _key(window, key)
        seen.append(presenter.step_name)
    assert seen == ["story", "network", "policies", "case", "package", "summary"]
    _key(window, Qt.Key.Key_PageDown)
    assert presenter.step_name == "summary"  # the last screen stays
    _key(window, Qt.Key.Key_B)
    assert presenter.blanked and presenter.stack.currentWidget() is presenter.blank
    _key(window, Qt.Key.Key_B)
    assert not presenter.blanked and presenter.step_name == "summary"
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
        _key(window, key)
    assert presenter.step_name == "policies"
    # the live case follows + and -, and Reset demo (R) puts the firm's values back
    _key(window, Qt.Key.Key_PageDown)
    assert presenter.step_name == "case"
    _key(window, Qt.Key.Key_1)
    persona = load_personas()[0]
    load = state.it_load_kw
    _key(window, Qt.Key.Key_Plus)
    assert state.it_load_kw > load
    npv = presenter.case_figures.values["npv"].text()
    _key(window, Qt.Key.Key_R)
    assert _same_case(state.scenario, persona.scenario)
    assert presenter.case_figures.values["npv"].text() != npv or state.it_load_kw == load
    _key(window, Qt.Key.Key_Escape)
    assert not window.is_presenting() and window.menuBar().isVisible()
    assert window.centralWidget() is window.tabs


def test_each_demo_firm_loads_completely_by_its_number_key(session):
    window, state = session.window, session.state
    window.show()
    window.enter_presenter(full_screen=False)
    _settle()
    personas = load_personas()
    assert len(personas) == 5
    for number, persona in enumerate(personas, start=1):
        _key(window, Qt.Key(Qt.Key.Key_0 + number))
        assert _same_case(state.scenario, persona.scenario), persona.id
        assert state.named(state.current_id).name == persona.title("en")
        assert window.presenter.firm_label.text().startswith(
            persona.title("en")
        )  # the screen says whose case
        assert window.is_presenting()  # loading a firm keeps the presenter on screen
    window.leave_presenter()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_is_clipped_at_1024x768_or_1920x1080(qapp, user_home, language):
    from explorer.app import create_session

    session = create_session([], language=language)
    window = session.window
    window.resize(1024, 768)
    window.show()
    _settle()
    assert window.minimumSizeHint().width() <= 1024  # the window fits a 1,024x768 projector
    assert window.size().width() <= 1024
    _settle()
    clipped = {(1024, "tabs", *item) for item in _clipped_on_every_page(window)}  # every tab and chart page
    presenter = window.enter_presenter(full_screen=False)
    for width, height in ((1024, 768), (1920, 1080)):
        window.resize(width, height)
        presenter.go_to(0)
        for _step in range(6):
            _settle()
            assert window.width() <= width and window.height() <= height
            found = _clipped(window)
            clipped |= {(width, presenter.step_name, *item) for item in found}
            presenter.next_step()
    window.leave_presenter()
    window.close()
    session.translators.apply("en")
    window.deleteLater()
    session.state.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sorted(clipped, key=str) == [], "\n".join(map(str, sorted(clipped, key=str)))


def test_present_on_the_command_line_opens_the_window(monkeypatch):
    from explorer.cli.language import plan_run

    assert plan_run(["--present"], ["compute"]).opens_window
    assert plan_run(["--lang", "zh_CN", "--present"], ["compute"]).opens_window
    assert not plan_run(["--present", "compute", "x.json"], ["compute"]).opens_window


def test_point_is_inside_the_view(session):
    network = session.window.overview_tab.network
    session.window.resize(1366, 768)
    session.window.show()
    _settle()
    point = network.node_centre("guian").toPoint()
    assert network.viewport().rect().contains(point - QPoint(0, 0))
