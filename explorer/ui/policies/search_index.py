"""Exact substring search over many short texts, fast enough to run on every keystroke. No Qt.

Scanning 10,000 policy texts with ``in`` (or pandas ``str.contains``, which does the
same without pyarrow) costs 5-10 ms per word here, most of the keystroke budget. So
the texts are indexed once, with numpy, as code points:

* for one- and two-character words, the rows holding each character and pair;
* for longer words, every position of every trigram. A word of length L occurs at
  position p exactly when its k-th trigram occurs at p + k for every k, so the
  answer is an intersection of sorted position arrays: exact, no text is scanned.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_BITS = 21  # a Unicode code point fits in 21 bits, so a trigram fits in 63
_ROW_BITS = 24  # up to 16 million rows
_SEPARATOR = 0  # between texts: no gram spans two rows


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def _grouped(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct keys, bounds into values, values) from keys already sorted."""
    starts = np.flatnonzero(np.diff(keys, prepend=-1)) if keys.size else np.zeros(0, np.int64)
    return keys[starts], np.append(starts, keys.size), values


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (sorting beats numpy's hash-based unique on millions of int64 here)."""
    values = np.sort(values)
    return values[np.diff(values, prepend=values[:1] - 1) != 0] if values.size else values


def _dense_ids(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sorted distinct values, each value's index among them)."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.diff(ordered, prepend=ordered[:1] - 1) != 0 if ordered.size else ordered.astype(bool)
    ids = np.empty(values.size, dtype=np.int64)
    ids[order] = np.cumsum(new) - 1
    return ordered[new], ids


def _row_postings(grams: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct rows holding each gram (gram ids below 2**39), ascending."""
    keys = _distinct((grams << _ROW_BITS) | rows)  # sorted by gram, then row
    return _grouped(keys >> _ROW_BITS, keys & ((1 << _ROW_BITS) - 1))


class SubstringIndex:
    """Which rows of ``texts`` contain a word (texts are matched as given: normalise them first)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._size = len(texts)
        clean = [text.replace("\x00", " ") for text in texts]
        lengths = np.array([len(text) for text in clean], dtype=np.int64)
        codes = _code_points("\x00".join(clean)) if clean else np.zeros(0, np.int64)
        self._starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
        rows = np.repeat(np.arange(self._size, dtype=np.int64), lengths + 1)[: codes.size]
        real = codes != _SEPARATOR

        # single characters and pairs: the distinct rows holding each
        self._uni = _row_postings(codes[real], rows[real])
        pair_ok = real[:-1] & real[1:]
        pairs = (codes[:-1] << _BITS | codes[1:])[pair_ok]
        pair_codes, pair_ids = _dense_ids(pairs)  # 42-bit pairs as small ids, to pack a row beside them
        ids, bounds, pair_rows = _row_postings(pair_ids, rows[:-1][pair_ok])
        self._pairs = (pair_codes[ids], bounds, pair_rows)

        # trigrams: every position, for the intersection
        tri_ok = real[:-2] & real[1:-1] & real[2:]
        trigrams = (codes[:-2] << (2 * _BITS) | codes[1:-1] << _BITS | codes[2:])[tri_ok]
        positions = np.flatnonzero(tri_ok).astype(np.int32 if codes.size < 2**31 else np.int64)
        order = np.argsort(trigrams, kind="stable")  # positions stay ascending within each trigram
        self._trigrams = _grouped(trigrams[order], positions[order])

    def __len__(self) -> int:
        return self._size

    def mask(self, word: str, within: np.ndarray | None = None) -> np.ndarray:
        """Boolean mask of the rows containing ``word``, only among ``within`` if given."""
        size = self._size
        if not word:
            return np.ones(size, dtype=bool) if within is None else within.copy()
        codes = _code_points(word)
        found = np.zeros(size, dtype=bool)
        if codes.size == 1:
            found[_lookup(self._uni, int(codes[0]))] = True
        elif codes.size == 2:
            found[_lookup(self._pairs, int(codes[0] << _BITS | codes[1]))] = True
        else:
            found[self._rows_of(self._occurrences(codes))] = True
        return found if within is None else found & within

    # --- private ------------------------------------------------------------------
    def _occurrences(self, codes: np.ndarray) -> np.ndarray:
        """Start positions of the word: its k-th trigram at p + k for every k."""
        trigrams = codes[:-2] << (2 * _BITS) | codes[1:-1] << _BITS | codes[2:]
        lists = [_lookup(self._trigrams, int(t)) for t in trigrams]
        rarest = min(range(len(lists)), key=lambda k: lists[k].size)
        starts = lists[rarest] - rarest
        for k, positions in enumerate(lists):
            if k == rarest or starts.size == 0:
                continue
            wanted = starts + k
            at = np.minimum(np.searchsorted(positions, wanted), max(positions.size - 1, 0))
            starts = starts[positions[at] == wanted] if positions.size else starts[:0]
        return starts

    def _rows_of(self, positions: np.ndarray) -> np.ndarray:
        return np.searchsorted(self._starts, positions, side="right") - 1


def _lookup(postings: tuple[np.ndarray, np.ndarray, np.ndarray], key: int) -> np.ndarray:
    keys, bounds, values = postings
    at = int(np.searchsorted(keys, key))
    if at >= keys.size or keys[at] != key:
        return values[:0]
    return values[bounds[at] : bounds[at + 1]]
