"""The date of an event: the date expression nearest its trigger in the sentence, else one
carried over from the sentence before (capped at month), else the document's reference year."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from rightswatch.extract.context import DocContext
from rightswatch.nlp.partial_dates import precision_of, truncate


@dataclass(frozen=True)
class EventDate:
    value: str | None
    precision: str | None
    source: str  # sentence, previous, document, none


def _nearest(token: Token, sent: Span, ctx: DocContext) -> str | None:
    mentions = ctx.dates_in(sent.start_char, sent.end_char)
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
                if precision_of(carried) == "day":
                    carried = truncate(carried, "month")
                return EventDate(carried, precision_of(carried), "previous")
    if ctx.ref is not None:
        year = ctx.ref.value[:4]
        return EventDate(year, "year", "document")
    return EventDate(None, None, "none")
