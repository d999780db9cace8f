"""Reads and writes of documents and events. Stages hand in records, get records back."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rightswatch.records import Candidate, Document, EventRecord, RawDocument, sha256_hex
from rightswatch.store.models import CaptureRow, DocumentRow, EventRow, EventSourceRow


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    key: str
    sha256: str
    title: str | None
    published: str | None
    size: int
    status: str
    events: int


def add_document(
    session: Session, raw: RawDocument, doc: Document, ingested_by: str | None = None
) -> tuple[DocumentRow, bool]:
    """Store a document (or only a new capture of bytes already stored). (row, created)."""
    who = ingested_by or current_user()
    existing = session.scalars(select(DocumentRow).where(DocumentRow.sha256 == raw.sha256)).first()
    capture = CaptureRow(origin=raw.origin, captured_at=raw.captured_at, method=raw.capture_method,
                         ingested_by=who)
    if existing is not None:
        capture.document_id = existing.id
        session.add(capture)
        return existing, False
    key = doc.key
    if session.scalars(select(DocumentRow.id).where(DocumentRow.key == key)).first() is not None:
        key = f"{key}-{raw.sha256[:8]}"
    row = DocumentRow(
        key=key, sha256=raw.sha256, raw=raw.raw, size=len(raw.raw), media_type=raw.media_type,
        clean_text=doc.clean_text, clean_sha256=sha256_hex(doc.clean_text.encode("utf-8")),
        cleaner=doc.cleaner, url=doc.url, title=doc.title, published=doc.published,
        retrieved_at=raw.captured_at, language=doc.language, kind=doc.kind, origin=raw.origin,
        status="stored",
    )
    session.add(row)
    session.flush()
    capture.document_id = row.id
    session.add(capture)
    return row, True


def as_document(row: DocumentRow) -> Document:
    return Document(
        key=row.key, sha256=row.sha256, clean_text=row.clean_text, title=row.title,
        published=row.published, url=row.url, language=row.language, kind=row.kind,
        cleaner=row.cleaner,
    )


def pending_document_ids(session: Session, *, all_documents: bool = False) -> list[int]:
    query = select(DocumentRow.id).order_by(DocumentRow.id)
    if not all_documents:
        query = query.where(DocumentRow.status == "stored")
    return list(session.scalars(query))


def save_candidates(
    session: Session, document_id: int, candidates: list[Candidate], extractor: str
) -> int:
    """Replace the machine's candidates for a document; reviewed events are never touched."""
    doc = session.get_one(DocumentRow, document_id)
    for old in session.scalars(
        select(EventRow).where(EventRow.document_id == document_id, EventRow.review_state == "candidate")
    ):
        session.delete(old)
    session.flush()
    now = datetime.now(UTC)
    for cand in candidates:
        if doc.clean_text[cand.span.start: cand.span.end] != cand.evidence:
            raise ValueError(f"evidence span {cand.span} does not match the text of {doc.key}")
        event = EventRow(
            event_type=cand.event_type, sub_event_type=cand.sub_event_type, date=cand.date,
            date_precision=cand.date_precision, country=cand.country, location=cand.location,
            latitude=cand.latitude, longitude=cand.longitude, actor=cand.actor, target=cand.target,
            stance=cand.stance, evidence=cand.evidence, confidence=cand.confidence,
            review_state="candidate", extractor=cand.extractor, document_id=document_id,
            span_start=cand.span.start, span_end=cand.span.end, created_at=now, updated_at=now,
        )
        event.sources.append(EventSourceRow(document_id=document_id, span_start=cand.span.start,
                                            span_end=cand.span.end, evidence=cand.evidence))
        session.add(event)
    doc.status = "extracted"
    doc.extractor = extractor
    doc.error = None
    return len(candidates)


def mark_failed(session: Session, document_id: int, reason: str) -> None:
    doc = session.get_one(DocumentRow, document_id)
    doc.status = "failed"
    doc.error = reason


def to_record(event: EventRow, doc_key: str) -> EventRecord:
    return EventRecord(
        doc=doc_key, event_type=event.event_type, sub_event_type=event.sub_event_type,
        date=event.date, date_precision=event.date_precision, country=event.country,
        location=event.location, actor=event.actor, target=event.target, stance=event.stance,
        evidence=event.evidence, confidence=event.confidence, id=event.id,
        review_state=event.review_state,
    )


def list_events(
    session: Session, *, country: str | None = None, event_type: str | None = None,
    since: str | None = None, until: str | None = None, states: tuple[str, ...] | None = None,
    document_key: str | None = None, limit: int | None = None,
) -> list[EventRecord]:
    query = select(EventRow, DocumentRow.key).join(DocumentRow, EventRow.document_id == DocumentRow.id)
    if country:
        query = query.where(EventRow.country == country.upper())
    if event_type:
        query = query.where(
            (EventRow.event_type == event_type) | (EventRow.sub_event_type == event_type)
        )
    if since:
        query = query.where(EventRow.date >= since)
    if until:
        query = query.where(EventRow.date <= until + "~")
    if states:
        query = query.where(EventRow.review_state.in_(states))
    if document_key:
        query = query.where(DocumentRow.key == document_key)
    query = query.order_by(EventRow.date.is_(None), EventRow.date, EventRow.id)
    if limit:
        query = query.limit(limit)
    return [to_record(event, key) for event, key in session.execute(query)]


def document_summaries(session: Session) -> list[DocumentSummary]:
    counts = (
        select(EventRow.document_id, func.count(EventRow.id).label("n"))
        .group_by(EventRow.document_id).subquery()
    )
    query = (
        select(DocumentRow.id, DocumentRow.key, DocumentRow.sha256, DocumentRow.title,
               DocumentRow.published, DocumentRow.size, DocumentRow.status, counts.c.n)
        .outerjoin(counts, counts.c.document_id == DocumentRow.id)
        .order_by(DocumentRow.id)
    )
    return [
        DocumentSummary(id=r[0], key=r[1], sha256=r[2], title=r[3], published=r[4], size=r[5],
                        status=r[6], events=r[7] or 0)
        for r in session.execute(query)
    ]
