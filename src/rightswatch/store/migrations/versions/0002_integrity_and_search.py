"""integrity and search: write-once sources, append-only audit log, full-text indexes

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    # Raw bytes and their hash are evidence: written once, never changed.
    """CREATE TRIGGER documents_raw_write_once BEFORE UPDATE OF raw, sha256, size ON documents
       WHEN NEW.raw IS NOT OLD.raw OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size
       BEGIN SELECT RAISE(ABORT, 'RW-E403 raw bytes of a document are write-once'); END""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    # Full-text search (FTS5, external content: the text lives once, in its table).
    """CREATE VIRTUAL TABLE documents_fts USING fts5(title, clean_text, content='documents', content_rowid='id',
       tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
       INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text); END""",
    """CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
       INSERT INTO documents_fts(documents_fts, rowid, title, clean_text)
       VALUES ('delete', old.id, old.title, old.clean_text); END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, clean_text ON documents BEGIN
       INSERT INTO documents_fts(documents_fts, rowid, title, clean_text)
       VALUES ('delete', old.id, old.title, old.clean_text);
       INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text); END""",
    """CREATE VIRTUAL TABLE events_fts USING fts5(evidence, actor, target, location, content='events',
       content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
       INSERT INTO events_fts(rowid, evidence, actor, target, location)
       VALUES (new.id, new.evidence, new.actor, new.target, new.location); END""",
    """CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
       INSERT INTO events_fts(events_fts, rowid, evidence, actor, target, location)
       VALUES ('delete', old.id, old.evidence, old.actor, old.target, old.location); END""",
    """CREATE TRIGGER events_fts_au AFTER UPDATE OF evidence, actor, target, location ON events BEGIN
       INSERT INTO events_fts(events_fts, rowid, evidence, actor, target, location)
       VALUES ('delete', old.id, old.evidence, old.actor, old.target, old.location);
       INSERT INTO events_fts(rowid, evidence, actor, target, location)
       VALUES (new.id, new.evidence, new.actor, new.target, new.location); END""",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS events_fts_au", "DROP TRIGGER IF EXISTS events_fts_ad",
    "DROP TRIGGER IF EXISTS events_fts_ai", "DROP TABLE IF EXISTS events_fts",
    "DROP TRIGGER IF EXISTS documents_fts_au", "DROP TRIGGER IF EXISTS documents_fts_ad",
    "DROP TRIGGER IF EXISTS documents_fts_ai", "DROP TABLE IF EXISTS documents_fts",
    "DROP TRIGGER IF EXISTS audit_log_no_delete", "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS documents_raw_write_once",
]

POSTGRES_UP = [
    """CREATE FUNCTION rightswatch_raw_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.raw IS DISTINCT FROM OLD.raw OR NEW.sha256 IS DISTINCT FROM OLD.sha256
            OR NEW.size IS DISTINCT FROM OLD.size THEN
           RAISE EXCEPTION 'RW-E403 raw bytes of a document are write-once';
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER documents_raw_write_once BEFORE UPDATE ON documents
       FOR EACH ROW EXECUTE FUNCTION rightswatch_raw_write_once()""",
    """CREATE FUNCTION rightswatch_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$""",
    """CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION rightswatch_append_only()""",
    """CREATE INDEX documents_fts ON documents USING gin (
       to_tsvector('simple', coalesce(title, '') || ' ' || clean_text))""",
    """CREATE INDEX events_fts ON events USING gin (
       to_tsvector('simple', evidence || ' ' || coalesce(actor, '') || ' ' || coalesce(target, '')
       || ' ' || coalesce(location, '')))""",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS events_fts", "DROP INDEX IF EXISTS documents_fts",
    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log", "DROP FUNCTION IF EXISTS rightswatch_append_only()",
    "DROP TRIGGER IF EXISTS documents_raw_write_once ON documents",
    "DROP FUNCTION IF EXISTS rightswatch_raw_write_once()",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_UP if dialect == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN)
