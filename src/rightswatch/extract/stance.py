"""Stance: restrictive, protective or neutral — the effect on LGBTI people's and civil
society's rights. Fixed per sub-type in the codebook, or read from cue words (`auto`)."""

from __future__ import annotations

import re

from rightswatch.codebook import Codebook

EXTRACTOR = "rightswatch.stance.v1"


_CUES: dict[str, dict[str, re.Pattern[str]]] = {}


def _cues(codebook: Codebook) -> dict[str, re.Pattern[str]]:
    if codebook.label in _CUES:
        return _CUES[codebook.label]
    out: dict[str, re.Pattern[str]] = {}
    for stance, words in codebook.stance_cues.items():
        alternatives = "|".join(sorted((re.escape(w.lower()) for w in words), key=len, reverse=True))
        out[stance] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    _CUES[codebook.label] = out
    return out


def stance_for(codebook: Codebook, sub_event_type: str, sentence: str) -> str:
    fixed = codebook.default_stance.get(sub_event_type, "neutral")
    if fixed != "auto":
        return fixed
    text = sentence.lower()
    cues = _cues(codebook)
    restrictive = len(cues["restrictive"].findall(text))
    protective = len(cues["protective"].findall(text))
    if sub_event_type in ("statement_or_appeal", "resolution_by_international_body"):
        # An appeal is protective unless it pushes for a restriction.
        return "restrictive" if restrictive > protective + 1 else "protective"
    if sub_event_type == "bill_withdrawn_or_rejected":
        if restrictive > protective:
            return "protective"
        return "restrictive" if protective > restrictive else "neutral"
    if restrictive > protective:
        return "restrictive"
    if protective > restrictive:
        return "protective"
    return "neutral"
