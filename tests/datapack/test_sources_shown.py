"""The sources a user sees (issue 14): in the user's language, by their official identity, never a repost.

The pack gives each source in English (``source``, ``title``) and in Chinese (``source_zh``,
``title_zh``; notes in ``note_zh``); where a text was read (a repost, a copy) stays in
``maintainer_note``, which the app never shows. These tests open the window in Chinese and check
the Overview's source lines, the Policies tab's sources and the inputs' provenance, then the
report's source columns; and they scan every text a user can see for repost sites.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from explorer import paths
from explorer.datapack.schema import TABLES
from explorer.domain.parameters import Confidence, Provenance
from explorer.domain.policies import SourceRef

# Words and sites that name an unofficial copy (content farms, forums, Q&A pages, aggregators, reposts):
# they belong in maintainer_note, never in a text users see. Found in the pack before issue 14.
REPOST_MARKERS = (
    "repost", "copy on", "copy of", "copy in", "read on", "forum", "q&a", "content farm", "aggregator",
    "address withheld", "kdwc", "pulse.bot", "dailyuniversal", "daily universal", "phhit", "healinghands",
    "syej.cn", "gzastv", "zjjairport", "renrendoc", "webjosh", "cdxwcx", "todcy", "haberler", "mirevista",
    "beijingtimes", "tellerreport", "lvechang", "wodefinance", "jrlcb", "8866n", "cnssxq", "intozgc",
    "nfhot", "ushui", "e-gov.org", "cryn.net", "hfnxjk", "xinnet", "hoayv", "zhaoxny", "hyeyvuf", "2ltejz",
    "modaily", "coinyuppie", "dongmingdx", "eraes", "bestofkualalumpur", "modb.pro", "zslijia", "plnmw",
    "360elib", "daxuesoutijiang", "greenergydaily", "marketscreener", "转载", "论坛", "问答",
)  # fmt: skip
# The columns of each table a user can see (in the window, a report or the command line).
SHOWN = {
    "hub_facts": ("label_en", "label_zh", "text_en", "text_zh", "source", "source_zh", "note", "note_zh"),
    "policy_sources": ("title", "title_zh"),
    "latency": ("source", "source_zh", "note", "note_zh"),
    "template_parameters": ("source", "source_zh", "note", "note_zh"),
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _rows(table: str) -> list[dict[str, str]]:
    text = (paths.shipped_data_dir() / f"{table}.csv").read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _reposts(text: str) -> list[str]:
    lowered = text.lower()
    return [marker for marker in REPOST_MARKERS if marker in lowered]


# --- the pack's texts -----------------------------------------------------------------------------


@pytest.mark.parametrize("table", sorted(SHOWN))
def test_no_text_a_user_sees_names_a_repost_site(table):
    for row in _rows(table):
        for column in SHOWN[table]:
            assert not _reposts(row.get(column, "")), (table, column, row[column])


@pytest.mark.parametrize("table", sorted(SHOWN))
def test_every_source_of_these_tables_is_given_in_chinese(table):
    source, chinese = ("title", "title_zh") if table == "policy_sources" else ("source", "source_zh")
    for row in _rows(table):
        assert CJK.search(row[chinese]), (table, row[source])
        if row.get("note"):
            assert CJK.search(row["note_zh"]), (table, row[source], row["note"])


def test_the_maintainer_note_is_never_loaded(shipped_pack):
    """The columns exist in the files, but nothing the app holds carries them."""
    assert any(row["maintainer_note"] for row in _rows("hub_facts"))
    for cls in (Provenance, SourceRef):
        assert "maintainer_note" not in {f.name for f in dataclasses.fields(cls)}
    notes = {row["maintainer_note"] for table in SHOWN for row in _rows(table) if row["maintainer_note"]}
    texts = [
        text
        for fact in shipped_pack.hub_facts
        for text in (fact.provenance.source, fact.provenance.note, fact.provenance.source_zh)
    ]
    assert not notes & set(texts)


def test_user_visible_sources_of_every_loaded_object_are_clean(shipped_pack):
    """What the loader hands the app: every source and note, both languages, site parameters included."""
    provenances = [fact.provenance for fact in shipped_pack.hub_facts]
    provenances += [p.provenance for site in shipped_pack.sites.values() for p in site.params.values()]
    provenances += [p.provenance for p in shipped_pack.latency_ms.values()]
    provenances += [p.provenance for t in shipped_pack.templates.values() for p in t.params.values()]
    for provenance in provenances:
        for text in (provenance.source, provenance.source_zh, provenance.note, provenance.note_zh):
            assert not _reposts(text), text
    for policy in shipped_pack.policies.values():
        for source in policy.sources:
            assert not _reposts(source.title) and not _reposts(source.title_zh), (policy.id, source.title)


def test_source_in_falls_back_to_english_for_packs_without_source_zh():
    old = Provenance("China Daily, 2023", "2023", Confidence.PRESS)
    assert old.source_in("zh_CN") == "China Daily, 2023" and old.note_in("zh") == ""
    new = dataclasses.replace(old, source_zh="中国日报，2023年", note="n", note_zh="注")
    assert (new.source_in("zh_CN"), new.source_in("en"), new.note_in("zh"), new.note_in("en")) == (
        "中国日报，2023年",
        "China Daily, 2023",
        "注",
        "n",
    )
    assert SourceRef("t", title_zh="标题").title_in("zh_CN") == "标题"
    assert SourceRef("t").title_in("zh_CN") == "t"


def test_the_new_columns_may_be_left_out():
    for name in ("site_parameters", "template_parameters", "latency", "hub_facts"):
        for column in ("source_zh", "note_zh", "maintainer_note"):
            assert TABLES[name].column(column).may_be_absent and not TABLES[name].column(column).required
    for column in ("title_zh", "maintainer_note"):
        assert TABLES["policy_sources"].column(column).may_be_absent


# --- the window in Chinese ------------------------------------------------------------------------


@pytest.fixture
def chinese_window(qapp, user_home):
    from explorer.app import create_session

    session = create_session([], language="zh_CN", open_demo=True)
    yield session
    session.window.close()
    session.window.deleteLater()
    session.state.deleteLater()
    session.translators.apply("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.gui
def test_overview_source_lines_are_chinese(chinese_window):
    """Short citations in Chinese on the Overview; the full source_zh and note_zh on hover and in Sources."""
    from explorer.domain.story import short_citation

    tab = chinese_window.window.overview_tab
    facts = tab.facts()
    assert len(tab.cards) == len(facts)
    footers = " ".join(box.footer.text() for box in tab.story.sections)
    for card, fact in zip(tab.cards, facts, strict=True):
        provenance = fact.provenance
        tooltip = html.unescape(card.toolTip())
        assert card.source.text().startswith("["), fact.id  # a citation number, not the long line
        assert short_citation(provenance, "zh_CN") in footers, fact.id
        if provenance.source_zh:
            assert provenance.source_zh in tooltip and provenance.source not in tooltip, fact.id
            assert provenance.source_zh in tab.story.sources_text(), fact.id
        if provenance.note_zh:
            assert provenance.note_zh in tooltip, fact.id
    assert "中国日报" in footers


@pytest.mark.gui
def test_policy_sources_are_chinese(chinese_window):
    window, pack = chinese_window.window, chinese_window.state.pack
    tab = window.policies_tab
    checked = 0
    for policy in pack.policies.values():
        tab.select_policy(policy.id)
        if tab.details.policy_id() != policy.id:
            continue  # filtered out of the table by default (e.g. a lapsed policy)
        shown = [w.text() for w in tab.details.sources_box.findChildren(QLabel, "policySourceTitle")]
        assert shown == [source.title_in("zh_CN") for source in policy.sources], policy.id
        for source in policy.sources:
            if source.title_zh:
                assert source.title not in shown
        checked += 1
    assert checked >= 25


@pytest.mark.gui
def test_input_provenance_is_chinese(chinese_window):
    window = chinese_window.window
    panel = window.calculator_tab.inputs
    with_chinese = 0
    for path, editor in panel.editors.items():
        provenance = editor.info.provenance
        if provenance is None or not provenance.source_zh:
            continue
        tooltip = html.unescape(editor.toolTip())  # a plain-text tooltip is escaped HTML
        assert provenance.source_zh in tooltip, path
        assert provenance.source not in tooltip, path
        panel._show_provenance(path)
        assert provenance.source_zh in panel.details.toPlainText(), path
        with_chinese += 1
    assert with_chinese > 0  # the workload template's inputs at least


@pytest.mark.gui
def test_switching_to_english_shows_the_english_source(chinese_window):
    chinese_window.window.set_language("en")
    tab = chinese_window.window.overview_tab
    for card, fact in zip(tab.cards, tab.facts(), strict=True):
        assert fact.provenance.source in html.unescape(card.toolTip()), fact.id


# --- the report --------------------------------------------------------------------------------


def test_report_source_columns_follow_the_report_language(shipped_pack):
    """The PDF's and workbook's 来源 column: source_zh in a Chinese report, source in an English one."""
    from explorer.personas import load_personas
    from explorer.reports.language import ReportLanguage
    from tests.reports.conftest import PERSONA, make_report

    if not ReportLanguage("zh_CN").translated:
        pytest.fail("resources/i18n/explorer_zh_CN.qm is missing: run `make translations` first")
    provenances = [p.provenance for site in shipped_pack.sites.values() for p in site.params.values()]
    provenances += [p.provenance for p in shipped_pack.latency_ms.values()]
    provenances += [p.provenance for t in shipped_pack.templates.values() for p in t.params.values()]
    translated = {p.source: p.source_zh for p in provenances if p.source_zh and p.source_zh != p.source}
    persona = next(p for p in load_personas() if p.id == PERSONA)
    for language in ("zh_CN", "en"):
        report = make_report(persona, shipped_pack, language, samples=50)
        table = report.tables["assumptions"]
        column = [c.key for c in table.columns].index("source")
        shown = {row[column].text for row in table.rows}
        if language == "zh_CN":
            assert not shown & set(translated), shown & set(translated)
            assert shown & set(translated.values())
        else:
            assert not shown & set(translated.values())
            assert shown & set(translated)
