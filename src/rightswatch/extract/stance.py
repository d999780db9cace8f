"""Stance: restrictive, protective or neutral — the effect on LGBTI people's and civil
society's rights. Fixed per sub-type in the codebook, or read from cue words (`auto`)."""

from __future__ import annotations

import re

from rightswatch.codebook import Codebook

EXTRACTOR = "rightswatch.stance.v1"
# A court that strikes down, annuls or finds a violation widens rights whatever the law was about.
STRUCK_DOWN = re.compile(
    r"\b(unconstitutional|annull?ed|annuls?|overturn(ed|s)?|struck down|strikes? down|quash(ed|es)?|"
    r"violated|in violation|acquitt?(ed|al)|unlawful|illegal|no legal basis|could not be applied|"
    # "lifted the blanket ban"; "rejected a claim ... that sought to ban the march"
    r"lift(ed|s|ing)? (the |a |its )?(\w+ )?ban|"
    r"(rejected|dismissed|refused) (a|the|their|its) (claim|request|motion|suit|lawsuit)[^.;]*\bto "
    r"(ban|liquidate|close|dissolve|outlaw))\b"
)


# Who was detained, when a detention protects: those who attacked or threatened the others.
PERPETRATORS = re.compile(
    r"\b(attackers?|assailants?|perpetrators?|counter-(demonstrators?|protesters?|protestors?)|hooligans?|"
    r"rioters?|neo-nazis?|far-right|nationalists?|those responsible|suspects?|threw|thrown|throwing|"
    r"break through the cordon|broke through the cordon|explosive|explosives|firebomb\w*|molotov)\b"
)


def detains_perpetrators(detained: str) -> bool:
    """'detained 15 people who tried to break through the cordon', 'detained several of the
    attackers': the detention protects the people who were attacked."""
    return bool(PERPETRATORS.search(detained.lower()))


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


def _count(cues: dict[str, re.Pattern[str]], text: str) -> tuple[int, int]:
    """(restrictive, protective) cues; a protective phrase hides the restrictive words inside
    it ("to prohibit discrimination" is no prohibition)."""
    protective = len(cues["protective"].findall(text))
    restrictive = len(cues["restrictive"].findall(cues["protective"].sub(" ", text)))
    return restrictive, protective


def stance_for(codebook: Codebook, sub_event_type: str, sentence: str, before: str = "") -> str:
    """`before` (the previous sentence) speaks only when the sentence itself has no cue:
    "Putin signed the bill" after a sentence about the propaganda law."""
    fixed = codebook.default_stance.get(sub_event_type, "neutral")
    if fixed != "auto":
        return fixed
    cues = _cues(codebook)
    restrictive, protective = _count(cues, sentence.lower())
    if restrictive == protective == 0 and before:
        restrictive, protective = _count(cues, before.lower())
    if sub_event_type in ("statement_or_appeal", "resolution_by_international_body"):
        # An appeal is protective unless it pushes for a restriction.
        return "restrictive" if restrictive > protective + 1 else "protective"
    if sub_event_type == "court_ruling" and STRUCK_DOWN.search(sentence.lower()):
        return "protective"
    if sub_event_type == "court_ruling" and restrictive == 0:
        # A ruling always cuts one way; told without a word of restriction, it is the applicants'
        # win a report cites ("the Grand Chamber decided in Fedotova and Others").
        return "protective"
    if sub_event_type == "bill_withdrawn_or_rejected":
        if restrictive > protective:
            return "protective"
        return "restrictive" if protective > restrictive else "neutral"
    if restrictive > protective:
        return "restrictive"
    if protective > restrictive:
        return "protective"
    return "neutral"
