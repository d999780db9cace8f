"""Scratch stores for the benchmarks: a SQLite file in a folder, and a throw-away PostgreSQL
database when a server answers (dropped afterwards, whatever happens)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@contextmanager
def scratch_stores(folder: Path, pg_url: str = PG_DEFAULT) -> Iterator[dict[str, str]]:
    """{"sqlite": url, "postgresql": url} (PostgreSQL only when it can be reached)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    targets = {"sqlite": f"sqlite:///{folder}/bench.db"}
    name = f"rw_bench_{uuid.uuid4().hex[:8]}"
    admin = None
    try:
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        targets["postgresql"] = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    except Exception as exc:
        print(f"postgresql: skipped ({type(exc).__name__})")
        admin = None
    try:
        yield targets
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
