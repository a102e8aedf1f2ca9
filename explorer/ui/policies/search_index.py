"""Exact substring search over many short texts, fast enough to run on every keystroke. No Qt.

Scanning 10,000 policy texts with ``in`` (or pandas ``str.contains``, which does the
same without pyarrow) costs 5-10 ms per word here, most of the keystroke budget. So
the texts are indexed once: the rows holding each 1-, 2- and 3-character gram. A
word of up to three characters is answered from its own posting list; a longer word
is narrowed to the rows holding all of its trigrams, and only those rows are checked
with ``in``, so the answer stays exact.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np

GRAM = 3  # the longest gram indexed


class SubstringIndex:
    """Which rows of ``texts`` contain a word (texts are matched as given: normalise them first)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)
        self._size = len(self._texts)
        ids: dict[str, int] = {}
        gram_of = array("i")
        row_of = array("i")
        for row, text in enumerate(self._texts):
            grams = {text[i : i + k] for k in range(1, GRAM + 1) for i in range(len(text) - k + 1)}
            for gram in grams:
                gram_of.append(ids.setdefault(gram, len(ids)))
            row_of.extend([row] * len(grams))
        grams_arr = np.frombuffer(gram_of, dtype=np.int32) if gram_of else np.zeros(0, np.int32)
        rows_arr = np.frombuffer(row_of, dtype=np.int32) if row_of else np.zeros(0, np.int32)
        order = np.argsort(grams_arr, kind="stable")  # rows stay ascending within each gram
        self._rows = rows_arr[order]
        self._bounds = np.searchsorted(grams_arr[order], np.arange(len(ids) + 1))
        self._ids = ids

    def __len__(self) -> int:
        return self._size

    def rows_with_gram(self, gram: str) -> np.ndarray:
        """Rows containing ``gram`` (at most three characters), ascending."""
        gram_id = self._ids.get(gram)
        if gram_id is None:
            return self._rows[:0]
        return self._rows[self._bounds[gram_id] : self._bounds[gram_id + 1]]

    def mask(self, word: str, within: np.ndarray | None = None) -> np.ndarray:
        """Boolean mask of the rows containing ``word``, only among ``within`` if given."""
        size = self._size
        if not word:
            return np.ones(size, dtype=bool) if within is None else within.copy()
        if len(word) <= GRAM:
            found = np.zeros(size, dtype=bool)
            found[self.rows_with_gram(word)] = True
            return found if within is None else found & within
        trigrams = {word[i : i + GRAM] for i in range(len(word) - GRAM + 1)}
        postings = sorted((self.rows_with_gram(g) for g in trigrams), key=len)
        candidates = np.zeros(size, dtype=bool)
        candidates[postings[0]] = True  # the rarest trigram first: the smallest set
        if within is not None:
            candidates &= within
        keep = np.empty(size, dtype=bool)
        for rows in postings[1:]:
            keep.fill(False)
            keep[rows] = True
            candidates &= keep
        texts = self._texts
        hits = [row for row in np.flatnonzero(candidates).tolist() if word in texts[row]]
        found = np.zeros(size, dtype=bool)
        found[hits] = True
        return found
