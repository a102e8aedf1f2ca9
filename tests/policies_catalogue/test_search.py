"""Search: Chinese, English, pinyin (full and initials), document numbers; exact and incremental."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.ui.policies.catalogue import Filters, PolicyCatalogue
from explorer.ui.policies.search_index import SubstringIndex
from explorer.ui.policies.search_text import normalise, pinyin_full, pinyin_initials, query_words

from .conftest import TODAY


def found(catalogue: PolicyCatalogue, text: str) -> list[str]:
    mask = catalogue.mask(Filters(text=text), TODAY)
    return [catalogue.ids[i] for i in np.flatnonzero(mask)]


def test_pinyin_keys_of_dianjia():
    assert pinyin_full("电价") == "dianjia"
    assert pinyin_initials("电价") == "dj"


@pytest.mark.parametrize(
    "query",
    [
        "电价",
        "dianjia",
        "dj",
        "DianJia",
        "ｄｊ",
        "power price",
        "POWER",
        "0.35",
        "能源局",
        "Energy Administration",
    ],
)
def test_electricity_policy_is_found_in_every_way(policies, query):
    assert "E1" in found(PolicyCatalogue(policies), query)


def test_pinyin_initials_come_from_titles_not_summaries(policies):
    catalogue = PolicyCatalogue(policies)
    # 每千瓦时 (mqws) is only in E1's summary: initials of summaries would match by chance too often
    assert found(catalogue, "mqws") == []
    assert found(catalogue, "meiqianwashi") == ["E1"]


def test_words_must_all_match(policies):
    catalogue = PolicyCatalogue(policies)
    assert found(catalogue, "income tax") == ["T1"]
    assert found(catalogue, "income power") == []
    assert found(catalogue, "   ") == [p.id for p in policies]


def test_document_numbers_by_chinese_prefix_digits_and_pinyin(policies):
    catalogue = PolicyCatalogue(policies)
    assert found(catalogue, "黔府发") == ["X1"]
    assert found(catalogue, "〔2021〕") == ["E1", "X1"]
    assert found(catalogue, "2021") == ["E1", "X1"]
    assert found(catalogue, "qianfufa") == ["X1"]
    assert found(catalogue, "第63号") == ["T1"]


def test_apostrophes_and_width_are_folded():
    assert normalise("Gui’an ＡＢＣ１２") == "gui'an abc12"
    assert query_words("  Gui’an  电价 ") == ("gui'an", "电价")


def test_typing_on_gives_the_same_answers_as_a_fresh_search(policies):
    typed = PolicyCatalogue(policies)
    for query in [
        "d",
        "di",
        "dia",
        "dian",
        "dianj",
        "dianjia",
        "dianji",
        "dian jia",
        "dian jia 2",
        "电",
        "电价",
    ]:
        fresh = PolicyCatalogue(policies)
        assert found(typed, query) == found(fresh, query), query


def test_search_by_policy_id(policies):
    assert found(PolicyCatalogue(policies), "t1") == ["T1"]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet="abcab电价 ", max_size=14), min_size=1, max_size=12),
    word=st.text(alphabet="abc电价 ", min_size=1, max_size=6),
)
def test_index_is_exactly_substring_search(texts, word):
    index = SubstringIndex(texts)
    expected = np.array([word in text for text in texts])
    assert np.array_equal(index.mask(word), expected)
    within = np.arange(len(texts)) % 2 == 0
    assert np.array_equal(index.mask(word, within=within), expected & within)


def test_index_edge_cases():
    assert SubstringIndex([]).mask("abc").tolist() == []
    texts = ["aaaa", "a\x00aa", "xaay", "😀电价😀", "", "ab\nab"]
    index = SubstringIndex(texts)
    for word in ["aaa", "aaaa", "aaaaa", "aa", "a", "电价😀", "😀", "b\na", "ab\nab", "abab", "y"]:
        assert index.mask(word).tolist() == [word in t.replace("\x00", " ") for t in texts], word
