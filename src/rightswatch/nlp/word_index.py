"""Where given words occur in a parsed document, found from the token arrays.

Reading `tok.lower_` or `tok.lemma_` builds a Python object per token; a scan that tests every
token that way costs more than the look-ups it feeds. The arrays give the same answer at a
fraction of the cost, so rare words are found here first and only their tokens are built."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc


def tokens_with(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices of the tokens whose lower-cased form or lower-cased lemma is one of `words`
    (given in lower case), in order."""
    if len(doc) == 0:
        return []
    arr = doc.to_array([LOWER, LEMMA])
    strings = doc.vocab.strings
    wanted = [h for h in np.unique(arr) if strings[int(h)].lower() in words]
    if not wanted:
        return []
    mask = np.isin(arr, np.array(wanted, dtype=arr.dtype)).any(axis=1)
    return [int(i) for i in np.flatnonzero(mask)]


def token_texts(doc: Doc, text: str | None = None) -> list[str]:
    """Each token's text with its trailing space (`t.text_with_ws`), cut from the text by the
    tokens' offsets instead of building a Token per word. `text` is doc.text if the caller has
    it already."""
    if len(doc) == 0:
        return []
    if text is None:
        text = doc.text
    starts = [int(x) for x in doc.to_array(IDX)]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
