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
