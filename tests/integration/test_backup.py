"""Backup and restore round trip on both backends."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import drop_postgres_database, new_postgres_database
from rightswatch.cli.app import app
from rightswatch.store import Store

runner = CliRunner()


def _listing(url: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["events", "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_backup_restore_round_trip(store: Store, tmp_path: Path, request) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "a.txt"
    corpus.write_text("On 12 March 2021 police detained twelve activists at a rally in Almaty.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", "--db", store.url, str(corpus), "--extract"]).exit_code == 0
    before = _listing(store.url)
    assert before
    backup = tmp_path / "store.backup"
    result = runner.invoke(app, ["backup", "--db", store.url, str(backup)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "store.backup.sha256.json").exists()

    if store.dialect == "sqlite":
        target, cleanup = f"sqlite:///{tmp_path / 'restored.db'}", None
    else:
        admin = request.getfixturevalue("postgres_admin_url")
        target, name = new_postgres_database(admin)
        cleanup = (admin, name)
    try:
        result = runner.invoke(app, ["restore", "--db", target, str(backup)])
        assert result.exit_code == 0, result.output
        assert "verify ok" in result.output
        assert _listing(target) == before
    finally:
        if cleanup:
            drop_postgres_database(*cleanup)


def test_restore_refuses_a_corrupted_backup(store: Store, tmp_path: Path) -> None:
    if store.dialect != "sqlite":
        return
    backup = tmp_path / "b.backup"
    assert runner.invoke(app, ["backup", "--db", store.url, str(backup)]).exit_code == 0
    data = bytearray(backup.read_bytes())
    data[200] ^= 0xFF
    backup.write_bytes(bytes(data))
    result = runner.invoke(app, ["restore", "--db", f"sqlite:///{tmp_path / 'r.db'}", str(backup)])
    assert result.exit_code == 3
    assert "RW-E403" in result.output
