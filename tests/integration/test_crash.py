"""kill -9 during an ingest: nothing acknowledged is lost, nothing is half-written, and the
re-run finishes the rest without duplicates. Both backends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from rightswatch.records import sha256_hex
from rightswatch.store import open_store
from rightswatch.store.models import DocumentRow, EventRow

REPORT = ("On {day} March 2021 police detained {n} activists at a rally in Almaty. "
          "The Ministry of Justice refused to register the organisation in {year}.")
DOCS = 60
KILL_AFTER = (5, 23)


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(
        json.dumps({"id": f"doc{i:03d}", "text": REPORT.format(day=1 + i % 28, n=i + 2, year=2000 + i % 20),
                    "published": "2021-03"}) + "\n" for i in range(DOCS)), encoding="utf-8")
    return path


def _ingest(db_url: str, corpus: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "rightswatch", "ingest", "--db", db_url, "--jsonl", "--extract", str(corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )


def _check(db_url: str, acked: dict[str, str]) -> int:
    store = open_store(db_url)
    with store.session() as session:
        rows = {r.key: r for r in session.scalars(select(DocumentRow))}
        for key, digest in acked.items():
            assert key in rows, f"acknowledged {key} was lost"
            assert rows[key].sha256 == digest == sha256_hex(rows[key].raw)
        for row in rows.values():
            assert row.clean_text, f"{row.key} stored without its text"
            assert row.status == "extracted", f"{row.key} stored without its events"
        orphans = session.scalar(select(func.count()).select_from(EventRow).where(
            ~EventRow.document_id.in_(select(DocumentRow.id))))
        assert orphans == 0
        if store.dialect == "sqlite":
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert session.execute(text("PRAGMA foreign_key_check")).first() is None
        count = len(rows)
    store.close()
    return count


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", KILL_AFTER)
def test_sigkill_mid_ingest_loses_nothing_acknowledged(db_url: str, tmp_path: Path, kill_after: int) -> None:
    corpus = _corpus(tmp_path)
    open_store(db_url).close()  # migrations first, so the kill lands inside the ingest
    proc = _ingest(db_url, corpus)
    acked: dict[str, str] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        record = json.loads(line)
        if record["outcome"] == "new":
            acked[record["key"]] = record["sha256"]
        if len(acked) >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    stored = _check(db_url, acked)
    assert kill_after <= stored < DOCS

    rerun = _ingest(db_url, corpus)
    out, _ = rerun.communicate(timeout=600)
    assert rerun.returncode == 0
    outcomes = [json.loads(line)["outcome"] for line in out.splitlines()]
    assert outcomes.count("new") == DOCS - stored
    assert outcomes.count("duplicate") == stored
    assert _check(db_url, acked) == DOCS
