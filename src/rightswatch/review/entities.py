"""Entity decisions: merging two entities (variants, renamings: Nur Otan -> Amanat) and marking
a person as a public figure. Both are audited; a merge teaches the alias store, so every later
extraction writes the kept name."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rightswatch.resolve.aliases import add_alias
from rightswatch.review.actions import ReviewError
from rightswatch.store.audit import record
from rightswatch.store.models import EntityRow, EventRow


def _entity(session: Session, entity_id: int) -> EntityRow:
    entity = session.get(EntityRow, entity_id)
    if entity is None:
        raise ReviewError(f"entity {entity_id} was not found")
    return entity


def merge_entities(session: Session, entity_id: int, into_id: int, who: str, via: str = "cli") -> EntityRow:
    """`entity_id` is the same entity as `into_id`: its aliases move to the kept entity, and the
    events naming it as actor or target are renamed (each change audited); then it is removed."""
    if entity_id == into_id:
        raise ReviewError("an entity cannot be merged into itself")
    gone, kept = _entity(session, entity_id), _entity(session, into_id)
    for alias in list(gone.aliases):
        alias.entity = kept  # re-parented, not orphaned: the alias rows survive the delete below
    session.flush()
    add_alias(session, kept, gone.name)
    now = datetime.now(UTC)
    named = select(EventRow).where(or_(EventRow.actor == gone.name, EventRow.target == gone.name))
    for event in session.scalars(named):
        for field in ("actor", "target"):
            if getattr(event, field) == gone.name:
                record(session, actor=who, action="edit", table="events", row_id=event.id, field=field,
                       old=gone.name, new=kept.name, reason=f"entity {entity_id} merged into {into_id}", via=via)
                setattr(event, field, kept.name)
                event.updated_at = now
    record(session, actor=who, action="merge", table="entities", row_id=kept.id, field="aliases",
           old=None, new=f"{gone.name} (entity {entity_id})", via=via)
    record(session, actor=who, action="delete", table="entities", row_id=entity_id, field="name",
           old=gone.name, new=None, reason=f"merged into {kept.name} (entity {into_id})", via=via)
    session.delete(gone)
    session.flush()
    session.refresh(kept)
    return kept


def set_public_figure(session: Session, entity_id: int, public: bool, who: str, via: str = "cli") -> EntityRow:
    entity = _entity(session, entity_id)
    if entity.public_figure != public:
        record(session, actor=who, action="edit", table="entities", row_id=entity.id, field="public_figure",
               old=entity.public_figure, new=public, via=via)
        entity.public_figure = public
    return entity
