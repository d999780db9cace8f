"""Review from the command line: accept, reject with a reason, correct a field; all audited."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from rightswatch.cli.app import app
from rightswatch.store import open_store
from rightswatch.store.models import AuditRow

runner = CliRunner()


def test_review_accept_edit_reject_are_audited(db_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "r.txt"
    doc.write_text("On 3 May 2021 police detained activists in Almaty. On 5 May 2021 a mob attacked "
                   "the office of Feminita in Almaty.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", "--db", db_url, str(doc), "--extract"]).exit_code == 0
    events = json.loads(runner.invoke(app, ["events", "--db", db_url, "--json"]).output)
    first, second = events[0]["id"], events[1]["id"]
    result = runner.invoke(app, ["review", str(first), "--db", db_url, "--set", "date=2021-05", "--accept"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["review", str(second), "--db", db_url, "--reject", ""]).exit_code == 2
    assert runner.invoke(app, ["review", str(second), "--db", db_url, "--reject", "duplicate"]).exit_code == 0
    assert runner.invoke(app, ["review", str(first), "--db", db_url, "--set", "date=May 2021"]).exit_code == 2
    assert runner.invoke(app, ["review", "9999", "--db", db_url, "--accept"]).exit_code == 4

    accepted = json.loads(runner.invoke(app, ["events", "--db", db_url, "--json", "--state", "accepted"]).output)
    assert [(e["id"], e["date"], e["date_precision"]) for e in accepted] == [(first, "2021-05", "month")]
    store = open_store(db_url)
    with store.session() as session:
        query = select(AuditRow).where(AuditRow.table_name == "events").order_by(AuditRow.id)
        trail = [(a.row_id, a.action, a.field, a.old_value, a.new_value) for a in session.scalars(query)]
    store.close()
    assert trail == [
        (first, "edit", "date", "2021-05-03", "2021-05"),
        (first, "accepted", "review_state", "candidate", "accepted"),
        (second, "rejected", "review_state", "candidate", "rejected"),
    ]
    assert runner.invoke(app, ["verify", "--db", db_url]).exit_code == 0


def test_merging_events_keeps_every_source(db_url: str, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("On 5 May 2021 a mob attacked the office of Feminita in Almaty.", encoding="utf-8")
    (reports / "b.txt").write_text("Feminita said that on 5 May 2021 a mob attacked its office in Almaty, "
                                    "breaking the windows.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", "--db", db_url, str(reports), "--extract"]).exit_code == 0
    events = json.loads(runner.invoke(app, ["events", "--db", db_url, "--json"]).output)
    by_doc = {e["doc"]: e for e in reversed(events)}
    assert set(by_doc) == {"a", "b"}, events
    kept, dup = by_doc["a"]["id"], by_doc["b"]["id"]
    assert runner.invoke(app, ["review", str(kept), "--db", db_url, "--merge-into", str(kept)]).exit_code == 2
    result = runner.invoke(app, ["review", str(dup), "--db", db_url, "--merge-into", str(kept)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["review", str(dup), "--db", db_url, "--accept"]).exit_code == 2

    listed = json.loads(runner.invoke(app, ["events", "--db", db_url, "--json"]).output)
    assert dup not in [e["id"] for e in listed]  # a merged event is no longer listed or exported
    shown = runner.invoke(app, ["show", str(kept), "--db", db_url])
    assert shown.output.count("sha256") == 2 and "breaking the windows" in shown.output, shown.output
    assert runner.invoke(app, ["verify", "--db", db_url]).exit_code == 0


def test_merging_entities_moves_aliases_and_renames_events(db_url: str, tmp_path: Path) -> None:
    from rightswatch.store.models import EntityRow, EventRow

    (tmp_path / "a.txt").write_text("On 5 May 2021 Kazakh police detained Zhanar Sekerbayeva in Almaty.",
                                    encoding="utf-8")
    assert runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path / "a.txt"), "--extract"]).exit_code == 0
    store = open_store(db_url)
    with store.session() as session:
        target = session.scalars(select(EventRow.target)).first()
        assert target == "Zhanar Sekerbayeva"
        session.add(EntityRow(name="Janar Sekerbaeva", kind="person"))
    result = runner.invoke(app, ["entity", "Zhanar Sekerbayeva", "--db", db_url, "--merge-into", "Janar Sekerbaeva"])
    assert result.exit_code == 0, result.output
    assert "Zhanar Sekerbayeva" in result.output  # now an alias of the kept entity
    with store.session() as session:
        assert session.scalars(select(EventRow.target)).first() == "Janar Sekerbaeva"
        assert session.scalars(select(EntityRow).where(EntityRow.name == "Zhanar Sekerbayeva")).first() is None
        trail = [(a.action, a.field, a.old_value, a.new_value)
                 for a in session.scalars(select(AuditRow).order_by(AuditRow.id))]
    store.close()
    assert ("edit", "target", "Zhanar Sekerbayeva", "Janar Sekerbaeva") in trail
    assert runner.invoke(app, ["entity", "Nobody", "--db", db_url, "--merge-into", "Janar Sekerbaeva"]).exit_code == 4
