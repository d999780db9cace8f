"""Review actions on events. Machine output enters as `candidate`; people accept, reject or
correct it. Every change writes an audit entry (who, when, field, old and new value)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rightswatch.nlp.partial_dates import normalise_partial_date, precision_of
from rightswatch.store.audit import record
from rightswatch.store.models import STANCES, EventRow, EventSourceRow

EDITABLE = ("event_type", "sub_event_type", "date", "country", "location", "actor", "target", "stance")


class ReviewError(ValueError):
    """The change asked for is not allowed; the message says why."""


def _event(session: Session, event_id: int) -> EventRow:
    event = session.get(EventRow, event_id)
    if event is None:
        raise ReviewError(f"event {event_id} was not found")
    return event


def _set_state(session: Session, event: EventRow, state: str, who: str, reason: str | None, via: str) -> None:
    old = event.review_state
    event.review_state = state
    event.updated_at = datetime.now(UTC)
    record(session, actor=who, action=state, table="events", row_id=event.id, field="review_state",
           old=old, new=state, reason=reason, via=via)


def accept(session: Session, event_id: int, who: str, via: str = "cli") -> EventRow:
    event = _event(session, event_id)
    if event.review_state == "merged":
        raise ReviewError(f"event {event_id} was merged into event {event.merged_into}")
    _set_state(session, event, "accepted", who, None, via)
    return event


def reject(session: Session, event_id: int, who: str, reason: str, via: str = "cli") -> EventRow:
    if not reason.strip():
        raise ReviewError("a rejection needs a reason")
    event = _event(session, event_id)
    event.reject_reason = reason
    _set_state(session, event, "rejected", who, reason, via)
    return event


def edit(session: Session, event_id: int, who: str, changes: dict[str, str | None], via: str = "cli") -> EventRow:
    event = _event(session, event_id)
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ReviewError(f"{name!r} cannot be edited (editable: {', '.join(EDITABLE)})")
        if name == "date" and value is not None:
            normalised = normalise_partial_date(value)
            if normalised is None or normalised != value.strip():
                raise ReviewError(f"date {value!r} is not an ISO date (2024, 2024-10 or 2024-10-09)")
            value = normalised
        if name == "stance" and value not in STANCES:
            raise ReviewError(f"stance must be one of {', '.join(STANCES)}")
        if name == "country" and value is not None:
            value = value.upper()
        old = getattr(event, name)
        if old == value:
            continue
        setattr(event, name, value)
        if name == "date":
            event.date_precision = precision_of(value)
        record(session, actor=who, action="edit", table="events", row_id=event.id, field=name, old=old,
               new=value, via=via)
    event.updated_at = datetime.now(UTC)
    return event


def merge(session: Session, event_id: int, into_id: int, who: str, via: str = "cli") -> EventRow:
    """The same event reported twice (two outlets, two documents): the kept event gains every
    source of the other, whose row stays, marked `merged`, so no evidence is ever dropped."""
    if event_id == into_id:
        raise ReviewError("an event cannot be merged into itself")
    event, kept = _event(session, event_id), _event(session, into_id)
    if event.review_state == "merged":
        raise ReviewError(f"event {event_id} was already merged into event {event.merged_into}")
    if kept.review_state in ("merged", "rejected"):
        raise ReviewError(f"event {into_id} is {kept.review_state}; merge into a live event")
    have = {(s.document_id, s.span_start) for s in kept.sources}
    added = 0
    for source in event.sources:
        if (source.document_id, source.span_start) not in have:
            kept.sources.append(EventSourceRow(document_id=source.document_id, span_start=source.span_start,
                                               span_end=source.span_end, evidence=source.evidence))
            have.add((source.document_id, source.span_start))
            added += 1
    # Events merged earlier into this one now point at the kept event directly.
    for earlier in session.scalars(select(EventRow).where(EventRow.merged_into == event_id)):
        record(session, actor=who, action="edit", table="events", row_id=earlier.id, field="merged_into",
               old=event_id, new=into_id, via=via)
        earlier.merged_into = into_id
    event.merged_into = into_id
    _set_state(session, event, "merged", who, f"same event as {into_id}", via)
    record(session, actor=who, action="merge", table="events", row_id=into_id, field="sources",
           old=None, new=f"+{added} from event {event_id}", via=via)
    kept.updated_at = datetime.now(UTC)
    session.flush()
    return kept
