"""Concurrent writers: the same bytes ingested at once by several writers are stored once;
SQLite readers are not blocked by a writer (WAL) and cannot write (query_only)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from rightswatch.jobs.ingest import ingest_paths
from rightswatch.store import open_store
from rightswatch.store.models import CaptureRow, DocumentRow


def test_concurrent_ingests_store_each_document_once(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Report number {i} about a rally."}) + "\n"
                              for i in range(40)), encoding="utf-8")
    open_store(db_url).close()

    def run() -> list[str]:
        store = open_store(db_url)
        try:
            return [r.outcome for r in ingest_paths(store, [corpus])]
        finally:
            store.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = [o for result in pool.map(lambda _: run(), range(4)) for o in result]
    assert outcomes.count("new") == 40
    assert outcomes.count("duplicate") == 120
    store = open_store(db_url)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 40
        assert session.scalar(select(func.count()).select_from(CaptureRow)) == 160
    store.close()


def test_sqlite_readers_are_read_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    open_store(url).close()
    reader = open_store(url, read_only=True)
    with pytest.raises(OperationalError), reader.session() as session:
        session.execute(text("INSERT INTO users (name, password_hash, role, disabled, created_at) "
                             "VALUES ('x', 'y', 'viewer', 0, '2024-01-01')"))
    with reader.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    reader.close()
