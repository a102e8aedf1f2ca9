"""The main window as a user first meets it."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from explorer import APP_NAME, __version__

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QTabWidget,
)


def test_window_has_title_tabs_menus_and_data_pack_status(session):
    window = session.window
    assert window.windowTitle() == f"Untitled — {APP_NAME}"  # the open project file's name comes first
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview",
        "Policies",
        "Calculator",
        "Compare",
        "Package",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Case", "&Help"]
    assert window.quit_action in window.file_menu.actions()
    manifest = session.state.pack.manifest
    assert window.pack_label.text() == f"Data pack {manifest.version} · as of {manifest.as_of.isoformat()}"


def test_about_names_version_data_pack_and_sources(session):
    text = session.window.about_text()
    manifest = session.state.pack.manifest
    assert __version__ in text
    assert manifest.version in text
    assert manifest.as_of.isoformat() in text
    assert "Sources:" in text


def test_overview_shows_the_article_figures(session):
    """Every figure of the hub article is on the Overview, as the article states it (issue 16)."""
    tab = session.window.overview_tab
    shown = [card.figure.text() for card in tab.cards]
    assert shown == [f.text_en for f in tab.facts()]
    article = [f for f in session.state.pack.hub_facts if f.from_article]
    assert article, "the data pack has the article's figures"
    on_screen = " ".join(shown) + " " + tab.story.intro.text()
    for fact in article:
        assert fact.text_en in on_screen, fact.id


def test_policies_tab_lists_every_policy_title(session):
    titles = session.window.policies_tab.titles()
    assert titles == [p.title_en for p in session.state.pack.policies.values()]
    assert len(titles) >= 25


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets: scroll bars of scroll areas, a spin box's editor."""
    parent = widget.parentWidget()
    names = (widget.objectName(), parent.objectName() if parent else "")
    tab_scroll_buttons = ("ScrollLeftButton", "ScrollRightButton")
    return any(name.startswith("qt_") for name in names) or names[0] in tab_scroll_buttons


def test_every_interactive_widget_has_object_and_accessible_names(session, qtbot):
    window = session.window
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not _is_qt_internal(w)
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []


def test_window_geometry_is_remembered(qapp, user_home):
    from explorer.app import create_session

    first = create_session([], language="en")
    first.window.resize(700, 560)
    first.window.tabs.setCurrentIndex(2)
    first.window.close()
    second = create_session([], language="en")
    assert second.window.size().width() == 700
    assert second.window.tabs.currentIndex() == 2
    second.window.close()


def test_language_choice_switches_data_texts_and_is_remembered(session, qtbot):
    session.window.set_language("zh_CN")
    assert session.state.language == "zh_CN"
    titles = session.window.policies_tab.titles()
    assert titles == [p.title_zh for p in session.state.pack.policies.values()]
    from explorer.ui.settings import open_settings

    assert open_settings().value("language") == "zh_CN"
    qtbot.waitUntil(lambda: session.window.tabs.tabText(2) == "测算", timeout=2000)
    assert session.window.windowTitle() == "未命名 — 贵安算力探索器"  # at once, no timer


def test_the_app_opens_on_a_demo_firm_and_lists_every_persona(qapp, user_home):
    from explorer.app import OPENING_PERSONA, create_session
    from explorer.personas import load_personas

    session = create_session([], language="en")
    personas = {p.id: p for p in load_personas()}
    assert len(personas) >= 4
    assert session.state.scenario == personas[OPENING_PERSONA].scenario
    menu_titles = [a.text() for a in session.window.personas_menu.actions()]
    assert menu_titles == [p.title("en") for p in load_personas()]
    session.window.persona_actions[1].trigger()
    assert session.state.scenario == load_personas()[1].scenario
    assert len(session.state.named_scenarios()) == 2
    assert session.window.tabs.currentWidget() is session.window.calculator_tab
    session.window.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00" * 512, bytes(range(256)) * 8, b"[window]\ngeometry=abc\ntab=not-a-number\nlanguage=42\n"],
    ids=["empty", "zeros", "binary", "wrong-types"],
)
def test_a_damaged_settings_file_never_blocks_start_up(qapp, user_home, content):
    from explorer.app import create_session

    user_home.mkdir(parents=True, exist_ok=True)
    (user_home / "settings.ini").write_bytes(content)
    session = create_session([])
    assert session.window.tabs.count() == 5
    assert session.window.width() > 0
    session.window.close()
