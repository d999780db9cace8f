"""Judgments cited by case name: "Fedotova and Others v. Russia (17 January 2023)", "the Court
found in Genderdoc-M v. Moldova that ...". The state after "v." is the respondent: the ruling is
coded to its country, and the court is the one the passage names (by default the European Court
of Human Rights, whose case names take this form)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from rightswatch.extract.context import DocContext
from rightswatch.nlp.places import Gazetteer, Place

CASE_MARKS = {"v.", "v", "vs.", "vs", "versus"}
# The same marks in running text: a cheap test before the sentence's tokens are looked at.
CASE_MARK_TEXT = re.compile(r"\s(?:v\.?|vs\.?|versus)\s")
DEFAULT_COURT = "European Court of Human Rights"
COURT_WORDS = ("court", "committee", "tribunal", "chamber")
MAX_COUNTRY_TOKENS = 4


def case_respondent(token: Token, gazetteer: Gazetteer) -> Place | None:
    """The state a case is brought against, if `token` is the "v." of a case name."""
    if token.lower_ not in CASE_MARKS or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if not (before.text[:1].isupper() or before.lower_ == "others"):
        return None  # "Team A v. Team B" needs a named applicant, not "5 v. 3"
    doc = token.doc
    for n in range(MAX_COUNTRY_TOKENS, 0, -1):
        words = doc[token.i + 1: token.i + 1 + n]
        if len(words) == n:
            place = gazetteer.country(words.text)
            if place is not None and place.country:
                return place
    return None


def cited_respondent(sent: Span, ctx: DocContext, gazetteer: Gazetteer) -> Place | None:
    """The state of the first case the sentence cites by name, if it cites one."""
    if not CASE_MARK_TEXT.search(ctx.text, sent.start_char, sent.end_char):
        return None
    return next((r for t in sent if t.lower_ in CASE_MARKS
                 for r in [case_respondent(t, gazetteer)] if r is not None), None)


def case_court(sent: Span, previous: Span | None, ctx: DocContext) -> str:
    """The court or committee the passage names, else the Strasbourg court."""
    for span in (sent, previous):
        if span is None:
            continue
        for mention in ctx.entities:
            if span.start <= mention.start < span.end and mention.label == "ORG" \
                    and any(w in mention.text.lower() for w in COURT_WORDS):
                name = ctx.canonical(mention.text)
                if name.lower().removeprefix("the ") not in COURT_WORDS:
                    return name  # "the Court" of a case-name passage is the default court

    return DEFAULT_COURT
