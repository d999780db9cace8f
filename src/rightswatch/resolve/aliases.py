"""The alias store: entities and their aliases in the database, seeded from the codebook
(Nur Otan = Nur-Oltan = Amanat) and growing as reviewers merge entities. The extractor reads
the map, so a merge made at the review desk applies to every later extraction."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from rightswatch.codebook import Codebook
from rightswatch.store.models import EntityAliasRow, EntityRow

KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation"}


def normalise_alias(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name.replace("’", "'").strip().casefold())


def add_alias(session: Session, entity: EntityRow, alias: str) -> None:
    key = normalise_alias(alias)
    if session.scalars(select(EntityAliasRow.id).where(EntityAliasRow.normalized == key)).first() is None:
        session.add(EntityAliasRow(entity_id=entity.id, alias=alias, normalized=key))


def seed_from_codebook(session: Session, codebook: Codebook) -> int:
    """Create the codebook's entities and aliases that the store does not hold yet."""
    created = 0
    for seed in codebook.entities:
        entity = session.scalars(
            select(EntityRow).where(EntityRow.name == seed.name, EntityRow.kind == seed.kind)
        ).first()
        if entity is None:
            entity = EntityRow(name=seed.name, kind=seed.kind, country=seed.country,
                               public_figure=seed.public_figure, note=seed.note)
            session.add(entity)
            session.flush()
            created += 1
        for alias in (seed.name, *seed.aliases):
            add_alias(session, entity, alias)
    session.flush()
    return created


def alias_map(session: Session) -> dict[str, str]:
    """normalised alias -> canonical entity name."""
    rows = session.execute(select(EntityAliasRow.normalized, EntityRow.name).join(EntityRow))
    return {alias: name for alias, name in rows}


def record_entities(session: Session, names: list[tuple[str, str]]) -> None:
    """Make sure each (name, spaCy label) an extraction named is an entity. Persons start as
    private individuals (public_figure False) until a reviewer says otherwise."""
    wanted = {normalise_alias(name) for name, _ in names}
    if not wanted:
        return
    known = set(session.scalars(select(EntityAliasRow.normalized).where(EntityAliasRow.normalized.in_(wanted))))
    for name, label in names:
        kind = KIND_OF_LABEL.get(label)
        if kind is None or normalise_alias(name) in known:
            continue
        entity = EntityRow(name=name, kind=kind, public_figure=False)
        session.add(entity)
        session.flush()
        add_alias(session, entity, name)
        known.add(normalise_alias(name))
