"""Append-only, hash-chained audit log: who changed what, when, old and new value."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rightswatch.store.models import AuditRow

GENESIS = "0" * 64


def _digest(prev_hash: str, fields: dict[str, object]) -> str:
    payload = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _fields(row: AuditRow) -> dict[str, object]:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
    return {
        "at": at.isoformat(), "actor": row.actor, "action": row.action, "table": row.table_name,
        "row": row.row_id, "field": row.field, "old": row.old_value, "new": row.new_value,
        "reason": row.reason, "via": row.via,
    }


def record(
    session: Session, *, actor: str, action: str, table: str | None = None, row_id: int | None = None,
    field: str | None = None, old: object = None, new: object = None, reason: str | None = None,
    via: str | None = None,
) -> AuditRow:
    last = session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    row = AuditRow(
        at=datetime.now(UTC).replace(microsecond=0), actor=actor, action=action, table_name=table,
        row_id=row_id, field=field, old_value=None if old is None else str(old),
        new_value=None if new is None else str(new), reason=reason, via=via, prev_hash=prev_hash,
        hash="",
    )
    row.hash = _digest(prev_hash, _fields(row))
    session.add(row)
    session.flush()
    return row


def verify_chain(session: Session) -> int | None:
    """The id of the first audit entry whose chain is broken, or None when all link up."""
    prev_hash = GENESIS
    for row in session.scalars(select(AuditRow).order_by(AuditRow.id)):
        if row.prev_hash != prev_hash or row.hash != _digest(prev_hash, _fields(row)):
            return row.id
        prev_hash = row.hash
    return None
