"""Full-text search over documents and events, one function for both backends
(SQLite FTS5, PostgreSQL tsvector). User input is data, never query syntax."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


@dataclass(frozen=True)
class SearchHit:
    kind: str  # document or event
    id: int
    title: str
    snippet: str


def _terms(query: str) -> list[str]:
    return WORD.findall(query.casefold())[:MAX_TERMS]


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Documents and events holding every word of the query (prefix match on the last)."""
    terms = _terms(query)
    if not terms:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite(session, terms, limit)
    return _postgres(session, terms, limit)


def _sqlite(session: Session, terms: list[str], limit: int) -> list[SearchHit]:
    # Every term quoted: FTS5 operators typed by a user stay plain words.
    match = " ".join(f'"{t}"' for t in terms[:-1]) + f' "{terms[-1]}"*'
    docs = session.execute(text(
        "SELECT d.id, coalesce(d.title, d.key), snippet(documents_fts, 1, '[', ']', ' … ', 12) "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": match, "n": limit})
    events = session.execute(text(
        "SELECT e.id, e.sub_event_type || ' ' || coalesce(e.date, '') || ' ' || coalesce(e.country, ''), "
        "snippet(events_fts, 0, '[', ']', ' … ', 12) "
        "FROM events_fts JOIN events e ON e.id = events_fts.rowid "
        "WHERE events_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": match, "n": limit})
    return [SearchHit("document", r[0], r[1], r[2]) for r in docs] + [
        SearchHit("event", r[0], r[1], r[2]) for r in events]


def _postgres(session: Session, terms: list[str], limit: int) -> list[SearchHit]:
    tsquery = " & ".join([*terms[:-1], terms[-1] + ":*"])
    docs = session.execute(text(
        "SELECT id, coalesce(title, key), ts_headline('simple', clean_text, to_tsquery('simple', :q), "
        "'StartSel=[,StopSel=],MaxWords=24,MinWords=8') FROM documents "
        "WHERE to_tsvector('simple', coalesce(title, '') || ' ' || clean_text) @@ to_tsquery('simple', :q) "
        "ORDER BY id LIMIT :n"), {"q": tsquery, "n": limit})
    events = session.execute(text(
        "SELECT id, sub_event_type || ' ' || coalesce(date, '') || ' ' || coalesce(country, ''), evidence "
        "FROM events WHERE to_tsvector('simple', evidence || ' ' || coalesce(actor, '') || ' ' || "
        "coalesce(target, '') || ' ' || coalesce(location, '')) @@ to_tsquery('simple', :q) "
        "ORDER BY id LIMIT :n"), {"q": tsquery, "n": limit})
    return [SearchHit("document", r[0], r[1], r[2]) for r in docs] + [
        SearchHit("event", r[0], r[1], r[2]) for r in events]
