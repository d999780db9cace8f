"""The date of an event: the date expression nearest its trigger in the sentence, else one
carried over from the sentence before in the same paragraph, else the document's reference year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rightswatch.extract.context import DocContext
from rightswatch.nlp.partial_dates import precision_of


@dataclass(frozen=True)
class EventDate:
    value: str | None
    precision: str | None
    source: str  # sentence, previous, document, none


def _in_another_clause(mention_start: int, mention_end: int, token: Token, ctx: DocContext) -> bool:
    """'acquitted the activists who were arrested in 2022': the date dates the relative clause."""
    span = ctx.doc.char_span(mention_start, mention_end, alignment_mode="expand")
    if span is None:
        return False
    for ancestor in [span.root, *span.root.ancestors]:
        if ancestor.i == token.i:
            return False
        if ancestor.dep_ == "relcl" and token not in ancestor.subtree:
            return True
    return False


def _nearest(token: Token, sent: Span, ctx: DocContext) -> str | None:
    mentions = [d for d in ctx.dates_in(sent.start_char, sent.end_char)
                if not _in_another_clause(d.start, d.end, token, ctx)]
    if not mentions:
        return None
    anchor = token.idx
    best = min(mentions, key=lambda d: (min(abs(d.start - anchor), abs(d.end - anchor))))
    return best.value


def event_date(token: Token, sent: Span, previous: Span | None, ctx: DocContext) -> EventDate:
    value = _nearest(token, sent, ctx)
    if value:
        return EventDate(value, precision_of(value), "sentence")
    if previous is not None:
        para = ctx.paragraph_of(sent.start_char)
        if para[0] <= previous.start_char:
            carried = _nearest(previous[-1], previous, ctx)
            if carried:
                return EventDate(carried, precision_of(carried), "previous")
    if ctx.ref is not None:
        year = ctx.ref.value[:4]
        return EventDate(year, "year", "document")
    return EventDate(None, None, "none")


# "fined in December 2019 and again in July 2020": the same act, twice.
REPEAT_GAP = re.compile(r"^\s*,?\s*(?:and|then)\s+(?:again\s+|later\s+|once more\s+)?(?:(?:in|on)\s+)?$", re.I)


def repeated_dates(date: EventDate, sent: Span, ctx: DocContext) -> list[EventDate]:
    """The event's date and the dates joined to it by 'and again in ...', in text order."""
    if date.source != "sentence":
        return [date]
    mentions = sorted(ctx.dates_in(sent.start_char, sent.end_char), key=lambda d: d.start)
    at = next((i for i, d in enumerate(mentions) if d.value == date.value), None)
    if at is None:
        return [date]
    lo = hi = at
    while lo > 0 and REPEAT_GAP.match(ctx.text[mentions[lo - 1].end: mentions[lo].start]):
        lo -= 1
    while hi + 1 < len(mentions) and REPEAT_GAP.match(ctx.text[mentions[hi].end: mentions[hi + 1].start]):
        hi += 1
    return [EventDate(d.value, precision_of(d.value), "sentence") for d in mentions[lo: hi + 1]]
