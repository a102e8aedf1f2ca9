"""One versioned settings object: what a file of any version, or a damaged one, reads as."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from explorer.ui.settings import SETTINGS_VERSION, Settings, migrate, open_settings, remember


def test_nothing_saved_reads_as_the_defaults(qapp):
    assert Settings.load() == Settings()


def test_saved_settings_read_back_with_the_version(qapp):
    saved = Settings(
        language="zh_CN",
        currency="USD",
        recent_projects=("/a.gcx", "/b.gcx"),
        project_folder="/projects",
        window_geometry=QByteArray(b"geo"),
        window_tab=2,
    )
    saved.save()
    assert Settings.load() == saved
    assert int(open_settings().value("version")) == SETTINGS_VERSION


def test_a_version_1_file_is_migrated(qapp):
    store = open_settings()  # written by the app before settings had a version
    store.setValue("language", "en")
    store.setValue("currency", "USD")
    store.setValue("project/recent", "/only.gcx")  # one item comes back from the INI as a str
    store.setValue("window/tab", "3")
    store.sync()
    loaded = Settings.load()
    assert (loaded.language, loaded.currency, loaded.recent_projects, loaded.window_tab) == (
        "en",
        "USD",
        ("/only.gcx",),
        3,
    )


def test_damaged_values_fall_back_to_their_defaults():
    raw = {
        "language": "klingon",
        "currency": 7,
        "recent_projects": [1, "", "/ok.gcx", "/ok.gcx", "bad\x00path"],
        "project_folder": ["not", "text"],
        "window_geometry": "not bytes",
        "window_tab": "-1",
    }
    assert migrate(raw, 1) == {"recent_projects": ("/ok.gcx",)}


def test_a_newer_file_reads_what_this_version_knows():
    assert migrate({"currency": "USD"}, SETTINGS_VERSION + 5) == {"currency": "USD"}


def test_remember_changes_one_setting_and_keeps_the_others(qapp):
    remember(language="zh_CN", currency="USD")
    remember(currency="CNY")
    assert (Settings.load().language, Settings.load().currency) == ("zh_CN", "CNY")
