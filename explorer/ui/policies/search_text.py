"""Search texts and sort keys of a policy's words: case and width folded, Chinese as pinyin. No Qt.

Kept apart from the catalogue (pandas) so that the pinyin process (pinyin_process.py), which
builds these texts for a large catalogue, imports only this module and pypinyin.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Protocol

# The policy texts search reads (explorer.domain.policies.Policy has them all).
TEXT_FIELDS = (
    "id", "title_en", "title_zh", "issuer_en", "issuer_zh", "summary_en", "summary_zh", "doc_number",
)  # fmt: skip
# The columns ``pinyin_columns`` makes, in this order.
PINYIN_COLUMNS = ("title_key_zh", "issuer_key_zh", "search_english", "search_pinyin", "search_han")


class PolicyTexts(Protocol):
    """What search needs of a policy (a Policy, or the same texts sent to the pinyin process)."""

    @property
    def id(self) -> str: ...
    @property
    def title_en(self) -> str: ...
    @property
    def title_zh(self) -> str: ...
    @property
    def issuer_en(self) -> str: ...
    @property
    def issuer_zh(self) -> str: ...
    @property
    def summary_en(self) -> str: ...
    @property
    def summary_zh(self) -> str: ...
    @property
    def doc_number(self) -> str: ...


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Fold width (full-width digits and letters), case and apostrophes, for matching."""
    if text.isascii():  # ASCII is NFKC already and has no curly apostrophe: 5 times faster
        return text.lower()  # casefold() of ASCII
    text = unicodedata.normalize("NFKC", text)
    if "\u2019" in text or "\u2018" in text or "\u02bc" in text:  # translate() is slow on other text
        text = text.translate(_APOSTROPHES)
    return text.casefold()


def query_words(query: str) -> tuple[str, ...]:
    """A query's words; a policy matches when it contains every one of them."""
    return tuple(normalise(query).split())


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@cache
def _pypinyin():
    """pypinyin on first use: loading its phrase dictionary takes about half a second."""
    import pypinyin

    return pypinyin


@lru_cache(maxsize=4096)
def pinyin_full(text: str) -> str:
    """电价补贴 -> "dianjiabutie"; other characters are kept as they are."""
    return "".join(_pypinyin().lazy_pinyin(text))


@lru_cache(maxsize=4096)
def pinyin_initials(text: str) -> str:
    """电价补贴 -> "djbt"."""
    pypinyin = _pypinyin()
    return "".join(pypinyin.lazy_pinyin(text, style=pypinyin.Style.FIRST_LETTER))


@lru_cache(maxsize=4096)
def pinyin_sort_key(text: str) -> str:
    """Chinese text sorts by its pinyin, the way a Chinese index does, not by code point."""
    return " ".join(_pypinyin().lazy_pinyin(text))


def english_search_text(policy: PolicyTexts) -> str:
    """What Latin-letter words are matched against, first: the English texts and the id."""
    return normalise("\n".join((policy.id, policy.title_en, policy.issuer_en, policy.summary_en)))


def pinyin_search_text(policy: PolicyTexts) -> str:
    """...and second: the Chinese texts as pinyin, full and as initials.

    Initials are taken from the title and the issuer only: over a whole summary, two-letter
    initials match by chance in about a third of all policies.
    """
    parts = (
        pinyin_full(policy.title_zh),
        pinyin_initials(policy.title_zh),
        pinyin_full(policy.issuer_zh),
        pinyin_initials(policy.issuer_zh),
        pinyin_full(policy.doc_number),
        pinyin_full(policy.summary_zh),
    )
    return normalise("\n".join(parts))


def han_search_text(policy: PolicyTexts) -> str:
    """What words containing Chinese characters are matched against."""
    return normalise("\n".join((policy.title_zh, policy.summary_zh, policy.issuer_zh, policy.doc_number)))


def natural_key(text: str) -> str:
    """Numbers compare by value: 〔2021〕7号 sorts before 〔2021〕12号."""
    return _DIGITS.sub(lambda m: m.group().zfill(12), normalise(text))


def pinyin_columns(
    policies: Sequence[PolicyTexts], check: Callable[[], None] | None = None
) -> dict[str, list[str]]:
    """The columns the catalogue frame gains once prepared (any thread, or the pinyin process).

    ``check`` is called every 200 policies; it may raise to stop (a cancelled build).
    """
    columns: dict[str, list[str]] = {name: [] for name in PINYIN_COLUMNS}
    for i, p in enumerate(policies):
        if check is not None and i % 200 == 0:
            check()
        columns["title_key_zh"].append(pinyin_sort_key(p.title_zh))
        columns["issuer_key_zh"].append(pinyin_sort_key(p.issuer_zh))
        columns["search_english"].append(english_search_text(p))
        columns["search_pinyin"].append(pinyin_search_text(p))
        columns["search_han"].append(han_search_text(p))
    return columns
