"""Open a store: engine, connection pragmas, migrations applied on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rightswatch.config import Settings
from rightswatch.errors import Code, StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the web app read while an ingest writes; FULL makes an acknowledged commit
    # survive power loss, not only a process crash.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # Take the write lock at BEGIN, so two writers queue on the busy timeout instead of
    # failing half-way with "database is locked" on lock upgrade.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling would defer BEGIN; take it over.
        event.listen(engine, "connect", lambda c, _r: setattr(c, "isolation_level", None))
        if read_only:
            event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA query_only=1"))
        else:
            event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if read_only:
        event.listen(
            engine, "connect",
            lambda c, _r: c.cursor().execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
        )
    return engine


def schema_state(engine: Engine) -> tuple[str | None, str]:
    """(revision the database is at, newest revision this program knows)."""
    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, head or ""


def migrate(engine: Engine) -> None:
    script = ScriptDirectory.from_config(alembic_config(str(engine.url)))
    current, head = schema_state(engine)
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(Code.SCHEMA_TOO_NEW, found=current, known=head)
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass
class Store:
    """A database with the rightswatch schema; sessions come from here."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or not at all."""
        with self.sessions() as session, session.begin():
            yield session

    def optimize(self) -> None:
        """Refresh the planner's statistics after a bulk change (both backends), so that the
        desk's queries pick the right index as the store grows."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, read_only: bool = False, migrate_schema: bool = True) -> Store:
    url = url or Settings().database_url
    try:
        engine = make_engine(url, read_only=read_only)
        if migrate_schema and not read_only:
            migrate(engine)
        elif read_only:
            current, head = schema_state(engine)
            if current != head:
                raise StoreError(Code.STORE_UNAVAILABLE, reason=f"schema at {current}, expected {head}")
    except OperationalError as exc:
        raise StoreError(Code.STORE_UNAVAILABLE, reason=str(exc.orig)) from exc
    return Store(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
