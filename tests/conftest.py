"""Shared fixtures: both store backends, the seeds in ../shared, an offline guard."""

from __future__ import annotations

import ipaddress
import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from rightswatch.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_ADMIN_URL = os.environ.get("RIGHTSWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection beyond this machine fails the test: rightswatch works offline."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if isinstance(address, tuple) and address:
            host = str(address[0])
            try:
                allowed = ipaddress.ip_address(host).is_loopback
            except ValueError:
                allowed = host in ("localhost",)
            if not allowed:
                raise OSError(f"network access to {host} is not allowed in tests")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        if IN_CI:
            pytest.fail(f"{SHARED} is missing, and CI=true requires it")
        pytest.skip("../shared is not here")
    return SHARED


def _postgres_available() -> bool:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    if not _postgres_available():
        if IN_CI:
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is not reachable, and CI=true requires it")
        pytest.skip("no PostgreSQL server reachable")
    return PG_ADMIN_URL


def new_postgres_database(admin_url: str) -> tuple[str, str]:
    """A fresh database on the test server: (url, name)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"rw_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), name


def drop_postgres_database(admin_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    admin = request.getfixturevalue("postgres_admin_url")
    url, name = new_postgres_database(admin)
    try:
        yield url
    finally:
        drop_postgres_database(admin, name)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from rightswatch.extract import Extractor

    return Extractor()
