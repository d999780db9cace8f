"""Source integrity on both backends: write-once bytes, append-only audit, verify finds tampering,
no event without a source span, full-text search that treats input as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import DatabaseError, IntegrityError
from typer.testing import CliRunner

from rightswatch.cli.app import app
from rightswatch.store import Store
from rightswatch.store.audit import record
from rightswatch.store.models import EventRow
from rightswatch.store.search import search

runner = CliRunner()
TEXTS = [
    "On 12 March 2021 police detained twelve activists at a rally in Almaty.",
    "On 5 July 2021 a violent mob stormed the offices of Tbilisi Pride in Tbilisi.",
    "In 2015 the Constitutional Council of Kazakhstan found the propaganda bill unconstitutional.",
]


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Store:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                      encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", store.url, str(corpus), "--extract"])
    assert result.exit_code == 0, result.output
    return store


def _drop_write_once_trigger(store: Store) -> None:
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER documents_raw_write_once"))
        else:
            conn.execute(text("DROP TRIGGER documents_raw_write_once ON documents"))


def test_raw_bytes_are_write_once(filled: Store) -> None:
    with pytest.raises(DatabaseError, match="write-once"), filled.session() as session:
        session.execute(text("UPDATE documents SET raw = :r WHERE key = 'd0'"), {"r": b"forged"})


def test_audit_log_is_append_only(filled: Store) -> None:
    with filled.session() as session:
        record(session, actor="tester", action="note")
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), filled.session() as session:
            session.execute(text(statement))


def test_verify_names_exactly_the_tampered_document(filled: Store) -> None:
    assert runner.invoke(app, ["verify", "--db", filled.url]).exit_code == 0
    _drop_write_once_trigger(filled)  # an attacker with file access
    with filled.session() as session:
        session.execute(text("UPDATE documents SET raw = :r WHERE key = 'd1'"), {"r": b"altered bytes"})
    result = runner.invoke(app, ["verify", "--db", filled.url, "--json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [key for _, key in report["tampered"]] == ["d1"]


def test_verify_finds_a_broken_audit_chain(filled: Store) -> None:
    with filled.session() as session:
        for n in range(3):
            record(session, actor="tester", action=f"step{n}")
    with filled.engine.begin() as conn:
        if filled.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
        conn.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE action = 'step1'"))
    result = runner.invoke(app, ["verify", "--db", filled.url, "--json"])
    assert result.exit_code == 1
    assert json.loads(result.output)["broken_audit_entry"] is not None


def test_an_event_cannot_exist_without_a_source_span(filled: Store) -> None:
    row = {"event_type": "violence", "sub_event_type": "attack", "stance": "restrictive", "evidence": "x",
           "confidence": 0.5, "review_state": "candidate", "extractor": "test"}
    with pytest.raises(IntegrityError), filled.session() as session:
        session.execute(insert(EventRow).values(**row))


def test_every_stored_evidence_matches_its_span(filled: Store) -> None:
    result = runner.invoke(app, ["verify", "--db", filled.url, "--json"])
    assert json.loads(result.output)["evidence_mismatch"] == []


def test_search_treats_input_as_data(filled: Store) -> None:
    with filled.session() as session:
        hits = search(session, "Tbilisi Pri")
        assert {h.kind for h in hits} == {"document", "event"}
        assert search(session, "'; DROP TABLE events;--") == []
        search(session, 'AND OR NOT " * (')  # FTS syntax in user input must not raise
    with filled.session() as session:
        assert session.execute(text("SELECT count(*) FROM events")).scalar()
