"""Public exports: accepted events only, private individuals pseudonymised.

Sexual orientation and gender identity are special-category data (GDPR Art. 9). A person who is
not marked a public figure is replaced, in actor, target and inside the evidence sentence, by a
stable keyed pseudonym (HMAC-SHA-256 with this instance's secret), and quotations are withheld
from the evidence of events that name such a person. Officials and organisations keep their names.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from rightswatch.config import Settings
from rightswatch.records import EventRecord
from rightswatch.store.models import EntityAliasRow, EntityRow

QUOTE = re.compile(r"[“\"«][^”\"»]{1,2000}[”\"»]")
WITHHELD = "[quote withheld]"


def secret_path(database_url: str, settings: Settings | None = None) -> Path:
    settings = settings or Settings()
    if settings.secret_file:
        return settings.secret_file
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).with_name(Path(url.database).name + ".secret")
    return Path.home() / ".config" / "rightswatch" / "secret"


def instance_secret(database_url: str, settings: Settings | None = None) -> bytes:
    """This instance's pseudonymisation key, created (mode 0600) on first use; never in the database."""
    path = secret_path(database_url, settings)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode("utf-8")


def pseudonym(name: str, key: bytes) -> str:
    digest = hmac.new(key, name.strip().casefold().encode("utf-8"), hashlib.sha256).digest()
    return "Person-" + base64.b32encode(digest[:5]).decode("ascii")[:6]


def private_people(session: Session) -> dict[str, str]:
    """Every name and alias of a person not marked a public figure -> that person's canonical name."""
    rows = session.execute(
        select(EntityRow.name, EntityAliasRow.alias)
        .outerjoin(EntityAliasRow, EntityAliasRow.entity_id == EntityRow.id)
        .where(EntityRow.kind == "person", EntityRow.public_figure.is_(False))
    )
    names: dict[str, str] = {}
    for name, alias in rows:
        names[name] = name
        if alias:
            names[alias] = name
        parts = name.split()
        if len(parts) >= 2:
            names[parts[-1]] = name  # "Yelkeyev said" after "Aidar Yelkeyev"
    return names


def publicise(events: list[EventRecord], people: dict[str, str], key: bytes) -> list[EventRecord]:
    if not people:
        return events
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True))
                         + r")(?!\w)")
    out = []
    for event in events:
        def swap(value: str | None) -> str | None:
            if value is None:
                return None
            return pattern.sub(lambda m: pseudonym(people[m.group(1)], key), value)

        names_private = any(pattern.search(v or "") for v in (event.actor, event.target, event.evidence))
        evidence = QUOTE.sub(WITHHELD, event.evidence) if names_private else event.evidence
        out.append(replace(event, actor=swap(event.actor), target=swap(event.target), evidence=swap(evidence) or ""))
    return out
