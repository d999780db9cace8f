"""Source integrity: recompute every stored document's SHA-256 and check the audit chain."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from rightswatch.store.audit import verify_chain
from rightswatch.store.models import DocumentRow, EventRow


@dataclass
class IntegrityReport:
    documents: int = 0
    tampered: list[tuple[int, str]] = field(default_factory=list)  # (id, key)
    broken_audit_entry: int | None = None
    events_without_source: list[int] = field(default_factory=list)
    evidence_mismatch: list[int] = field(default_factory=list)
    database_check: str = "ok"

    @property
    def ok(self) -> bool:
        return not (self.tampered or self.broken_audit_entry or self.events_without_source
                    or self.evidence_mismatch or self.database_check != "ok")


def verify(session: Session) -> IntegrityReport:
    report = IntegrityReport()
    # Stream the rows: a large store must not be read into memory at once.
    for doc_id, key, raw, digest, size in session.execute(
        select(DocumentRow.id, DocumentRow.key, DocumentRow.raw, DocumentRow.sha256, DocumentRow.size)
        .execution_options(yield_per=200)
    ):
        report.documents += 1
        if hashlib.sha256(raw).hexdigest() != digest or len(raw) != size:
            report.tampered.append((doc_id, key))
    report.broken_audit_entry = verify_chain(session)
    for event_id, start, end, evidence, clean in session.execute(
        select(EventRow.id, EventRow.span_start, EventRow.span_end, EventRow.evidence, DocumentRow.clean_text)
        .join(DocumentRow, DocumentRow.id == EventRow.document_id)
    ):
        if clean[start:end] != evidence:
            report.evidence_mismatch.append(event_id)
    if session.get_bind().dialect.name == "sqlite":
        report.database_check = session.execute(text("PRAGMA integrity_check")).scalar() or "unknown"
        if session.execute(text("PRAGMA foreign_key_check")).first() is not None:
            report.database_check = "foreign key violations"
    return report
