"""The text around a trigger that a rule's requirements and vetoes read, and which tokens can
trigger a rule at all, computed once per document.

A sentence with several triggers is read once per trigger and rule window; building those texts
from Token objects cost more than the rest of the trigger scan. Here every token's piece of text
(dates blanked, organisations' names masked for vetoes) is cut from `doc.text` once, from the
token arrays, and a window is a join of a slice."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import ENT_TYPE, LEMMA, LOWER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from rightswatch.nlp.word_index import token_texts

CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday"}
DATE_LABELS = {"DATE", "TIME"}


def word_keys(word: str) -> list[str]:
    """A word and its plain stems: the model's lemmatiser misses some past tenses
    ("fined" -> "fin")."""
    keys = [word]
    if word.endswith("ed"):
        keys += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            keys.append(word[:-3])  # banned -> ban
    elif word.endswith("ing"):
        keys += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        keys.append(word[:-1])
    return keys


class DocWindows:
    """One document's token texts for rule windows, and its possible triggers."""

    def __init__(self, doc: Doc, text: str, trigger_words: Collection[str]) -> None:
        """`text` is doc.text (spaCy builds it anew, token by token, each time it is asked)."""
        self.doc = doc
        n = len(doc)
        if n == 0:
            self.pieces: list[str] = []
            self.masked: list[str] = []
            self.labels: list[str] = []
            self.triggers: list[int] = []
            return
        arr = doc.to_array([ENT_TYPE, LOWER, LEMMA, POS])
        strings = doc.vocab.strings
        pieces = token_texts(doc, text)
        label_of = {int(h): strings[int(h)] for h in np.unique(arr[:, 0])}
        labels = [label_of[int(h)] for h in arr[:, 0]]
        masked = list(pieces)
        # Only the few dates and names are read as Token objects.
        for i in np.flatnonzero(arr[:, 0] != 0):
            token = doc[int(i)]
            if is_date(token):
                pieces[token.i] = masked[token.i] = "_" + token.whitespace_
            elif token.ent_type_ == "ORG" and arr[i, 3] == PROPN:
                masked[token.i] = "#" + token.whitespace_
        self.pieces = pieces
        self.masked = masked
        self.labels = labels
        self.triggers = self._trigger_tokens(arr, trigger_words)

    def _trigger_tokens(self, arr: np.ndarray, trigger_words: Collection[str]) -> list[int]:
        strings = self.doc.vocab.strings
        wanted_lemmas = [h for h in np.unique(arr[:, 2]) if strings[int(h)].lower() in trigger_words]
        wanted_words = [h for h in np.unique(arr[:, 1])
                        if any(k in trigger_words for k in word_keys(strings[int(h)]))]
        mask = np.isin(arr[:, 2], np.array(wanted_lemmas, dtype=arr.dtype)) | np.isin(
            arr[:, 1], np.array(wanted_words, dtype=arr.dtype))
        return [int(i) for i in np.flatnonzero(mask)]

    def bounds(self, sent: Span, i: int, size: int | str) -> tuple[int, int]:
        if size == "sentence":
            return sent.start, sent.end
        n = int(size)
        return max(sent.start, i - n), min(sent.end, i + n + 1)

    def terms(self, lo: int, hi: int, blank: int | None = None) -> tuple[str, set[str]]:
        """The words and entity labels of tokens lo..hi, token `blank` and dates blanked: "in
        March 2023" is no march, "in May" no permission."""
        return self._joined(self.pieces, lo, hi, blank), {
            label for i, label in enumerate(self.labels[lo:hi], lo) if label and i != blank}

    def window(self, sent: Span, i: int, size: int | str) -> tuple[str, set[str]]:
        """The text around trigger i, the trigger itself blanked: a rule's requirement must be
        met by other words ("refused" alone is no refused registration)."""
        lo, hi = self.bounds(sent, i, size)
        return self.terms(lo, hi, i)

    def exclusion_window(self, sent: Span, i: int, size: int | str) -> str:
        """The window for a rule's vetoes, organisations' names masked: "Sochi Pride House" is a
        group, not a pride march that would make a refused registration a banned assembly."""
        lo, hi = self.bounds(sent, i, size)
        return self._joined(self.masked, lo, hi, i)

    def _joined(self, pieces: list[str], lo: int, hi: int, blank: int | None) -> str:
        if blank is not None and lo <= blank < hi:
            token = self.doc[blank]
            parts = [*pieces[lo:blank], "_" + token.whitespace_, *pieces[blank + 1:hi]]
        else:
            parts = pieces[lo:hi]
        return "".join(parts).lower().replace("’", "'")


def is_date(token: Token) -> bool:
    """A word of a date. Not 'March' in a name the model took for one ('the city's first
    Equality March', 'the Women's March'): a capitalised word or a possessive before it."""
    if token.ent_type_ not in DATE_LABELS:
        return False
    if token.lower_ in CALENDAR_WORDS and token.i > 0:
        before = token.doc[token.i - 1]
        if before.tag_ == "POS" or (before.pos_ in ("PROPN", "NOUN") and before.is_title
                                     and before.lower_ not in CALENDAR_WORDS):
            return False
    return True
