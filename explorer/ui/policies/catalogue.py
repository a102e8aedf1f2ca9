"""The policy catalogue as a pandas table, its search keys, filters, facet counts and sort orders. No Qt.
One module because the catalogue frame, its search keys, masks, facet counts and sort orders all
rest on the same column layout of one pandas table; split, a column change would have to be made in
several files.

The Policies tab never filters row by row through a proxy model: every filter is a
boolean mask over a whole column, the masks are combined with ``&``, and the table
model is reset with the surviving row positions in the chosen sort order. Results of
the engine (eligibility, value) arrive as a ``ResultTable`` aligned to the same rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from enum import IntEnum, StrEnum

import numpy as np
import pandas as pd

from explorer.domain.engine import price_note
from explorer.domain.evaluation import PolicyResult, PolicyStatus
from explorer.domain.policies import Policy, PolicyCategory, PolicyLevel
from explorer.ui.policies.search_index import SubstringIndex
from explorer.ui.policies.search_text import (
    has_han,
    natural_key,
    normalise,
    pinyin_columns,
    query_words,
)


class Column(IntEnum):
    """The table's columns, by fixed number."""

    USE = 0
    TITLE = 1
    LEVEL = 2
    CATEGORY = 3
    ISSUER = 4
    DOC_NUMBER = 5
    EFFECTIVE = 6
    EXPIRY = 7
    IN_FORCE = 8
    QUANTIFIED = 9
    ELIGIBILITY = 10
    VALUE = 11


class InForce(StrEnum):
    """Whether a policy is in force on a given day (today, in the browser)."""

    ACTIVE = "active"
    NOT_YET = "not_yet"
    EXPIRED = "expired"


LEVELS: tuple[PolicyLevel, ...] = tuple(PolicyLevel)  # national first: the order of authority
CATEGORIES: tuple[PolicyCategory, ...] = tuple(PolicyCategory)
IN_FORCE_STATES: tuple[InForce, ...] = tuple(InForce)
# Best news first, so sorting by eligibility puts what the firm gets on top.
ELIGIBILITY_ORDER: tuple[PolicyStatus, ...] = (
    PolicyStatus.ELIGIBLE,
    PolicyStatus.NOT_QUANTIFIED,
    PolicyStatus.UNKNOWN,
    PolicyStatus.NOT_ELIGIBLE,
    PolicyStatus.NOT_APPLICABLE,
    PolicyStatus.EXPIRED,
)
ELIGIBLE_STATES = (PolicyStatus.ELIGIBLE, PolicyStatus.NOT_QUANTIFIED)  # conditions met
NO_RESULT = -1  # status code of a policy the engine has not valued
WORDS_REMEMBERED = 256  # search words whose rows are kept (10 kB each on 10,000 policies)

# --- the table -----------------------------------------------------------------------


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_NAT = np.iinfo(np.int64).min  # datetime64's NaT


def _day_column(values: Sequence[dt.date | None]) -> np.ndarray:
    """Dates as datetime64[D], None as NaT: from their ordinals (10,000 dates: 1 ms, not 17)."""
    ordinals = np.fromiter(
        (_NAT if v is None else v.toordinal() - _EPOCH_ORDINAL for v in values),
        dtype=np.int64,
        count=len(values),
    )
    return ordinals.view("datetime64[D]")


def origin_column(site_id: str) -> str:
    return f"origin:{site_id}"


def build_frame(policies: Sequence[Policy]) -> pd.DataFrame:
    """One row per policy, in catalogue order: facts, codes for filtering, plain sort keys.

    The keys that need pinyin (search texts, Chinese sort keys) are added by
    ``add_pinyin_columns``, later: see PolicyCatalogue.prepare.
    """
    targeted = sorted({site for p in policies for site in p.target_origins})
    data: dict[str, object] = {
        "id": [p.id for p in policies],
        "title_zh": [p.title_zh for p in policies],
        "title_en": [p.title_en for p in policies],
        "issuer_zh": [p.issuer_zh for p in policies],
        "issuer_en": [p.issuer_en for p in policies],
        "doc_number": [p.doc_number for p in policies],
        "level": np.array([LEVELS.index(p.level) for p in policies], dtype=np.int8),
        "category": np.array([CATEGORIES.index(p.category) for p in policies], dtype=np.int8),
        "issued": _day_column([p.issued for p in policies]),
        "effective": _day_column([p.effective for p in policies]),
        "expiry": _day_column([p.expiry for p in policies]),
        "quantified": np.array([p.quantified for p in policies], dtype=bool),
        "validity": [p.validity for p in policies],  # the pack's status (superseded, target passed, …)
        "superseded_by": [p.superseded_by for p in policies],
        "title_key_en": [normalise(p.title_en) for p in policies],
        "issuer_key_en": [normalise(p.issuer_en) for p in policies],
        "doc_key": [natural_key(p.doc_number) for p in policies],
    }
    for site in targeted:
        data[origin_column(site)] = np.array([site in p.target_origins for p in policies], dtype=bool)
    frame = pd.DataFrame(data)
    frame.attrs["targeted_origins"] = tuple(targeted)
    return frame


def add_pinyin_columns(frame: pd.DataFrame, policies: Sequence[Policy]) -> None:
    """Search texts and Chinese sort keys, which need pinyin."""
    for name, values in pinyin_columns(policies).items():
        frame[name] = values


# Up to this many policies (about 0.3 s of pinyin) the indexes are built when first needed;
# a larger catalogue's are built in a worker and search matches the texts as written meanwhile.
PREPARE_AT_ONCE = 300


@dataclasses.dataclass(frozen=True)
class Prepared:
    """What search and Chinese sorting need, built off the GUI thread (``prepare_catalogue``)."""

    columns: dict[str, list[str]]
    english: SubstringIndex
    pinyin: SubstringIndex
    han: SubstringIndex


def prepare_catalogue(policies: Sequence[Policy], check: Callable[[], None] | None = None) -> Prepared:
    """Pinyin keys and the three search indexes of ``policies``: pure, for a worker thread.

    On 10,000 policies this takes 10 to 15 s (pypinyin, about 1 ms a policy): never on the GUI
    thread. A large catalogue's pinyin is built in a child process instead (pinyin_process.py).
    """
    return prepared_from_columns(pinyin_columns(policies, check))


def prepared_from_columns(columns: dict[str, list[str]]) -> Prepared:
    """The search indexes over the columns ``pinyin_columns`` made (numpy: 0.1 s on 10,000 policies)."""
    return Prepared(
        columns,
        SubstringIndex(columns["search_english"]),
        SubstringIndex(columns["search_pinyin"]),
        SubstringIndex(columns["search_han"]),
    )


def in_force_codes(frame: pd.DataFrame, today: dt.date) -> np.ndarray:
    """Index into IN_FORCE_STATES per row. No effective date counts as started (Policy.is_in_force)."""
    day = np.datetime64(today, "D")
    effective = frame["effective"].to_numpy(dtype="datetime64[D]")
    expiry = frame["expiry"].to_numpy(dtype="datetime64[D]")
    ended = ~np.isnat(expiry) & (expiry < day)
    started = np.isnat(effective) | (effective <= day)
    codes = np.where(started, IN_FORCE_STATES.index(InForce.ACTIVE), IN_FORCE_STATES.index(InForce.NOT_YET))
    return np.where(ended, IN_FORCE_STATES.index(InForce.EXPIRED), codes).astype(np.int8)


# --- results of the engine -----------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class ResultTable:
    """The engine's verdict per catalogue row. NaN: no figure (not valued, or nothing published)."""

    chosen: np.ndarray  # bool: "use in calculation"
    in_calculation: np.ndarray  # bool: the figures are the Calculator's own (else a preview)
    status: np.ndarray  # int8 index into ELIGIBILITY_ORDER, NO_RESULT if not valued
    total: np.ndarray  # yuan over the horizon, effect on the main case
    present_value: np.ndarray
    potential: np.ndarray  # yuan over the horizon if every condition were met
    # object: the engine's (words, note) for a price policy the site's own price leaves at 0, else None
    price_note: np.ndarray

    @classmethod
    def empty(cls, size: int) -> ResultTable:
        nan = np.full(size, np.nan)
        no = np.zeros(size, dtype=bool)
        none = np.full(size, None, dtype=object)
        return cls(no, no.copy(), np.full(size, NO_RESULT, dtype=np.int8), nan, nan.copy(), nan.copy(), none)

    def status_of(self, position: int) -> PolicyStatus | None:
        code = int(self.status[position])
        return None if code == NO_RESULT else ELIGIBILITY_ORDER[code]

    def eligible(self) -> np.ndarray:
        codes = [ELIGIBILITY_ORDER.index(s) for s in ELIGIBLE_STATES]
        return np.isin(self.status, codes)


def plain_texts(policies: Sequence[Policy]) -> list[str]:
    """Each policy's texts in one string, case folded only (no NFKC: 20 ms, not 200, on 10,000)."""
    return [
        "\n".join((p.id, p.title_en, p.issuer_en, p.summary_en, p.title_zh, p.summary_zh,
                   p.issuer_zh, p.doc_number)).casefold()
        for p in policies
    ]  # fmt: skip


def result_table(
    ids: Sequence[str],
    results: Mapping[str, PolicyResult],
    chosen: Collection[str],
    in_calculation: Collection[str],
) -> ResultTable:
    """Line the engine's PolicyResults up with the catalogue rows (no arithmetic on them)."""
    table = ResultTable.empty(len(ids))
    for position, policy_id in enumerate(ids):
        table.chosen[position] = policy_id in chosen
        table.in_calculation[position] = policy_id in in_calculation
        result = results.get(policy_id)
        if result is None:
            continue
        table.status[position] = ELIGIBILITY_ORDER.index(result.status)
        if result.status is not PolicyStatus.NOT_QUANTIFIED:
            table.total[position] = result.total
            table.present_value[position] = result.present_value
            table.potential[position] = float(np.sum(result.case_potential))
            table.price_note[position] = price_note(result)
    return table


# --- filters --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Filters:
    text: str = ""
    level: PolicyLevel | None = None
    category: PolicyCategory | None = None
    in_force: InForce | None = None
    origin: str | None = None  # a site id: policies aimed at firms moving from there
    quantified_only: bool = False
    eligible_only: bool = False

    def is_default(self) -> bool:
        return self == Filters()


@dataclasses.dataclass(frozen=True, slots=True)
class FacetCounts:
    """How many rows each choice would show, given every *other* filter (as in a faceted search)."""

    shown: int
    catalogue: int
    level: tuple[int, ...]  # per LEVELS
    category: tuple[int, ...]  # per CATEGORIES
    in_force: tuple[int, ...]  # per IN_FORCE_STATES
    origin: dict[str, int]
    quantified: int
    eligible: int
    any_level: int
    any_category: int
    any_in_force: int
    any_origin: int


_SortKeys = tuple[np.ndarray, np.ndarray]  # (primary key as float, NaN = missing; secondary key)


class PolicyCatalogue:
    """The catalogue frame with its search indexes, current results and cached sort orders."""

    def __init__(self, policies: Sequence[Policy]) -> None:
        self.policies: tuple[Policy, ...] = tuple(policies)
        self.frame = build_frame(self.policies)
        self.ids: tuple[str, ...] = tuple(p.id for p in self.policies)  # the frame's "id" column
        self._position = {policy_id: i for i, policy_id in enumerate(self.ids)}
        self._english: SubstringIndex | None = None
        self._pinyin: SubstringIndex | None = None
        self._han: SubstringIndex | None = None
        self._level = self.frame["level"].to_numpy()
        self._category = self.frame["category"].to_numpy()
        self._quantified = self.frame["quantified"].to_numpy()
        self.results = ResultTable.empty(len(self.ids))
        self._word_masks: dict[str, np.ndarray] = {}  # recent words -> rows holding them, oldest first
        self._orders: dict[tuple[object, ...], np.ndarray] = {}
        # Set by the window: asked to build the pinyin and indexes in a worker (see ``install``);
        # until they arrive, search matches the English and Chinese texts as written, unremembered.
        self.request_prepare: Callable[[], None] | None = None
        # A large catalogue's first search comes before its indexes: its texts are made ready now,
        # before any worker starts (30 ms for 10,000 policies; 0.15 s or more at the first
        # keystroke, sharing the interpreter with the valuation and index workers).
        self._plain_texts = plain_texts(self.policies) if len(self.policies) > PREPARE_AT_ONCE else None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def targeted_origins(self) -> tuple[str, ...]:
        return self.frame.attrs["targeted_origins"]

    @property
    def prepared(self) -> bool:
        return self._han is not None

    def prepare(self) -> None:
        """Build what search and Chinese sorting need (pinyin, indexes); idempotent.

        Done on first need, or earlier when the app is idle, so start-up does not wait for pypinyin.
        """
        if self._han is not None:
            return
        self.install(prepare_catalogue(self.policies))

    def install(self, prepared: Prepared) -> None:
        """Take the pinyin keys and indexes built by ``prepare_catalogue`` (GUI thread; fast)."""
        if self._han is not None:
            return
        for name, values in prepared.columns.items():
            self.frame[name] = values
        self._english, self._pinyin, self._han = prepared.english, prepared.pinyin, prepared.han
        self._orders.clear()  # Chinese sort orders made before had no pinyin
        self._word_masks.clear()

    def _ready(self) -> bool:
        """Prepared, or (when the window builds it in a worker) asked for and not waited on."""
        if self._han is not None:
            return True
        if self.request_prepare is None or len(self) <= PREPARE_AT_ONCE:
            self.prepare()  # a small catalogue (the shipped one: 40 to 90 ms) is built at first need
            return True
        self.request_prepare()
        return False

    def _plain_mask(self, word: str) -> np.ndarray:
        """Before the indexes arrive: the word in the English or Chinese texts, as written (made in
        __init__ for every catalogue that waits for its indexes)."""
        assert self._plain_texts is not None
        return np.fromiter((word in text for text in self._plain_texts), dtype=bool, count=len(self))

    def position(self, policy_id: str) -> int | None:
        return self._position.get(policy_id)

    def set_results(self, results: ResultTable) -> None:
        self.results = results
        self._orders = {k: v for k, v in self._orders.items() if k[0] not in _RESULT_COLUMNS}

    # --- filtering ------------------------------------------------------------------
    def search_mask(self, query: str) -> np.ndarray:
        """Rows containing every word of ``query``."""
        mask = np.ones(len(self), dtype=bool)
        for word in query_words(query):
            mask &= self.word_mask(word)
        return mask

    def word_mask(self, word: str) -> np.ndarray:
        """Rows containing ``word``. Recent words are remembered, so deleting a letter costs nothing,
        and a word typed on from a remembered one is only looked for among that one's rows.
        """
        known = self._word_masks.get(word)
        if known is not None:
            return known
        if not self._ready():
            return self._plain_mask(word)
        assert self._english is not None and self._pinyin is not None and self._han is not None
        han = has_han(word)
        inside = [w for w in self._word_masks if w in word and has_han(w) == han]
        base = self._word_masks[max(inside, key=len)] if inside else None  # every hit of word is a hit of it
        if han:
            mask = self._han.mask(word, within=base)
        else:
            mask = self._english.mask(word, within=base) | self._pinyin.mask(word, within=base)
        if len(self._word_masks) >= WORDS_REMEMBERED:
            self._word_masks.pop(next(iter(self._word_masks)))  # the oldest
        mask.setflags(write=False)
        self._word_masks[word] = mask
        return mask

    def filter_masks(self, filters: Filters, today: dt.date) -> dict[str, np.ndarray]:
        """One mask per active filter; the rows shown are those in all of them."""
        masks: dict[str, np.ndarray] = {}
        if filters.text.strip():
            masks["text"] = self.search_mask(filters.text)
        if filters.level is not None:
            masks["level"] = self._level == LEVELS.index(filters.level)
        if filters.category is not None:
            masks["category"] = self._category == CATEGORIES.index(filters.category)
        if filters.in_force is not None:
            masks["in_force"] = in_force_codes(self.frame, today) == IN_FORCE_STATES.index(filters.in_force)
        if filters.origin is not None:
            column = origin_column(filters.origin)
            masks["origin"] = (
                self.frame[column].to_numpy() if column in self.frame else np.zeros(len(self), dtype=bool)
            )
        if filters.quantified_only:
            masks["quantified"] = self._quantified
        if filters.eligible_only:
            masks["eligible"] = self.results.eligible()
        return masks

    def mask(self, filters: Filters, today: dt.date) -> np.ndarray:
        return _all_of(self.filter_masks(filters, today).values(), len(self))

    def facet_counts(self, filters: Filters, today: dt.date) -> FacetCounts:
        masks = self.filter_masks(filters, today)
        size = len(self)

        def others(name: str) -> np.ndarray:
            return _all_of((m for key, m in masks.items() if key != name), size)

        level_base, category_base = others("level"), others("category")
        force_base, origin_base = others("in_force"), others("origin")
        force_codes = in_force_codes(self.frame, today)
        return FacetCounts(
            shown=int(_all_of(masks.values(), size).sum()),
            catalogue=size,
            level=tuple(np.bincount(self._level[level_base], minlength=len(LEVELS)).tolist()),
            category=tuple(np.bincount(self._category[category_base], minlength=len(CATEGORIES)).tolist()),
            in_force=tuple(np.bincount(force_codes[force_base], minlength=len(IN_FORCE_STATES)).tolist()),
            origin={
                site: int((origin_base & self.frame[origin_column(site)].to_numpy()).sum())
                for site in self.targeted_origins
            },
            quantified=int((others("quantified") & self._quantified).sum()),
            eligible=int((others("eligible") & self.results.eligible()).sum()),
            any_level=int(level_base.sum()),
            any_category=int(category_base.sum()),
            any_in_force=int(force_base.sum()),
            any_origin=int(origin_base.sum()),
        )

    # --- sorting --------------------------------------------------------------------
    def order(self, column: Column, descending: bool, language: str, today: dt.date) -> np.ndarray:
        """Every row position in display order. Missing values sort last either way; ties keep catalogue order."""
        zh = language.startswith("zh")
        key = (column, descending, zh, today if column is Column.IN_FORCE else None)
        order = self._orders.get(key)
        if order is None:
            primary, secondary = self._sort_keys(column, zh, today)
            order = _sorted_positions(primary, secondary, descending)
            self._orders[key] = order
        return order

    def rows(
        self, filters: Filters, column: Column, descending: bool, language: str, today: dt.date
    ) -> np.ndarray:
        """The positions to show, filtered and sorted: the whole keystroke's work."""
        order = self.order(column, descending, language, today)
        return order[self.mask(filters, today)[order]]

    def _sort_keys(self, column: Column, zh: bool, today: dt.date) -> _SortKeys:
        if zh and column in (Column.TITLE, Column.ISSUER) and not self._ready():
            zh = False  # by the English keys until the pinyin arrives (then the orders are redone)
        frame, results = self.frame, self.results
        size = len(self)
        no_secondary = np.zeros(size)
        if column is Column.USE:
            return (~results.chosen).astype(float), no_secondary  # chosen first
        if column is Column.TITLE:
            return _text_ranks(frame["title_key_zh" if zh else "title_key_en"]), no_secondary
        if column is Column.LEVEL:
            return self._level.astype(float), no_secondary
        if column is Column.CATEGORY:
            return self._category.astype(float), no_secondary
        if column is Column.ISSUER:
            return _text_ranks(frame["issuer_key_zh" if zh else "issuer_key_en"]), no_secondary
        if column is Column.DOC_NUMBER:
            return _text_ranks(frame["doc_key"]), no_secondary
        if column is Column.EFFECTIVE:
            return _days(frame["effective"], missing=np.nan), no_secondary
        if column is Column.EXPIRY:
            return _days(frame["expiry"], missing=np.inf), no_secondary  # open-ended: latest of all
        if column is Column.IN_FORCE:
            return in_force_codes(frame, today).astype(float), no_secondary
        if column is Column.QUANTIFIED:
            return (~self._quantified).astype(float), no_secondary  # quantified first
        if column is Column.ELIGIBILITY:
            status = results.status.astype(float)
            status[results.status == NO_RESULT] = np.nan
            return status, no_secondary
        if column is Column.VALUE:
            potential = np.nan_to_num(results.potential, nan=0.0)
            return results.total.copy(), potential
        raise ValueError(column)


_RESULT_COLUMNS = (Column.USE, Column.ELIGIBILITY, Column.VALUE)


def _all_of(masks, size: int) -> np.ndarray:
    result = np.ones(size, dtype=bool)
    for mask in masks:
        result &= mask
    return result


def _text_ranks(keys: pd.Series) -> np.ndarray:
    """Dense ranks of text keys as floats; empty text is missing (NaN)."""
    codes, _uniques = pd.factorize(keys, sort=True)
    ranks = codes.astype(float)
    ranks[(keys == "").to_numpy()] = np.nan
    return ranks


def _days(dates: pd.Series, missing: float) -> np.ndarray:
    values = dates.to_numpy(dtype="datetime64[D]")
    days = values.astype("int64").astype(float)
    days[np.isnat(values)] = missing
    return days


def _sorted_positions(primary: np.ndarray, secondary: np.ndarray, descending: bool) -> np.ndarray:
    positions = np.arange(primary.size)
    present = ~np.isnan(primary)
    sign = -1.0 if descending else 1.0
    key, second = primary[present], secondary[present]
    # Infinite keys (open-ended expiry) must not meet NaN arithmetic: negate them as they are.
    ordered = positions[present][np.lexsort((positions[present], sign * second, sign * key))]
    return np.concatenate([ordered, positions[~present]])


# --- the timeline ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class TimelineRows:
    """Validity windows of the rows shown, in display order; times in seconds since 1970 (UTC)."""

    ids: tuple[str, ...]
    start: np.ndarray  # NaN: neither an effective nor an issue date
    end: np.ndarray  # NaN: open-ended
    start_is_issue_date: np.ndarray  # bool: no effective date, the issue date stands in
    in_force: np.ndarray  # codes into IN_FORCE_STATES


def timeline_rows(catalogue: PolicyCatalogue, rows: np.ndarray, today: dt.date) -> TimelineRows:
    frame = catalogue.frame
    effective = frame["effective"].to_numpy(dtype="datetime64[D]")[rows]
    issued = frame["issued"].to_numpy(dtype="datetime64[D]")[rows]
    expiry = frame["expiry"].to_numpy(dtype="datetime64[D]")[rows]
    use_issue = np.isnat(effective) & ~np.isnat(issued)
    start = np.where(use_issue, issued, effective)
    return TimelineRows(
        ids=tuple(catalogue.ids[i] for i in rows.tolist()),
        start=_seconds(start),
        end=_seconds(expiry + np.timedelta64(1, "D")),  # the expiry day itself is still in force
        start_is_issue_date=use_issue,
        in_force=in_force_codes(frame, today)[rows],
    )


def _seconds(days: np.ndarray) -> np.ndarray:
    seconds = days.astype("datetime64[s]").astype("int64").astype(float)
    seconds[np.isnat(days)] = np.nan
    return seconds


def date_seconds(day: dt.date) -> float:
    return float(np.datetime64(day, "s").astype("int64"))
