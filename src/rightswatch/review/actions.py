"""Review actions on events. Machine output enters as `candidate`; people accept, reject or
correct it. Every change writes an audit entry (who, when, field, old and new value)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from rightswatch.nlp.partial_dates import normalise_partial_date, precision_of
from rightswatch.store.audit import record
from rightswatch.store.models import STANCES, EventRow

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
