"""A light language guess for routing: the extractor reads English; other documents are kept
and marked, not misread. Script and stop-word counts, no model (deterministic, instant)."""

from __future__ import annotations

import re

EN_STOPWORDS = {"the", "and", "of", "to", "in", "a", "is", "was", "that", "for", "on", "with", "by", "were"}
RU_STOPWORDS = {"и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "от", "для"}
UK_LETTERS = set("іїєґ")
KK_LETTERS = set("әғқңөұүһі")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str:
    """ISO 639-1 code, or 'und' when there is too little to tell."""
    words = [w.lower() for w in WORD.findall(text[:20_000])]
    if len(words) < 5:
        return "und"
    cyrillic = sum(1 for w in words if "а" <= w[0] <= "я" or w[0] in "ёіїєґәғқңөұүһ")
    if cyrillic > len(words) / 2:
        letters = set("".join(words))
        if letters & (KK_LETTERS - {"і"}):
            return "kk"
        if letters & UK_LETTERS:
            return "uk"
        return "ru" if sum(w in RU_STOPWORDS for w in words) else "und"
    english = sum(w in EN_STOPWORDS for w in words)
    return "en" if english >= max(2, len(words) // 25) else "und"
