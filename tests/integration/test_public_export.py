"""Public exports: accepted events only; private individuals pseudonymised everywhere, with a
stable keyed pseudonym; public figures and organisations keep their names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightswatch.cli.app import app
from rightswatch.store import open_store
from rightswatch.store.models import EntityRow
from rightswatch.views.public import pseudonym

runner = CliRunner()
TEXT = ("On 3 May 2021, police in Almaty detained the activist Daniyar Sultanbekov at a picket. "
        "\u201cThey beat me in the van,\u201d Sultanbekov said. "
        "On 4 May 2021, Mr Askar Zhumabayev, a member of the Parliament of Kazakhstan, "
        "introduced a bill banning LGBT propaganda.")


def _run(*args: str, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def reviewed(db_url: str, tmp_path: Path) -> dict[str, str]:
    doc = tmp_path / "report.txt"
    doc.write_text(TEXT, encoding="utf-8")
    env = {"RIGHTSWATCH_SECRET_FILE": str(tmp_path / "secret")}
    _run("ingest", "--db", db_url, str(doc), "--extract")
    events = json.loads(_run("events", "--db", db_url, "--json"))
    assert {e["sub_event_type"] for e in events} >= {"detention_or_arrest", "bill_proposed"}
    for e in events:
        _run("review", str(e["id"]), "--db", db_url, "--accept")
    _run("entity", "Askar Zhumabayev", "--db", db_url, "--public-figure")
    return env


def test_public_export_pseudonymises_private_individuals(db_url: str, reviewed: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "public.jsonl"
    _run("export", "--db", db_url, "--public", "-o", str(out), env=reviewed)
    data = out.read_text(encoding="utf-8")
    assert "Sultanbekov" not in data and "Daniyar" not in data
    assert "They beat me" not in data
    assert "[quote withheld]" in data or "Person-" in data
    assert "Askar Zhumabayev" in data  # a public figure keeps his name
    events = [json.loads(line) for line in data.splitlines()]
    detention = next(e for e in events if e["sub_event_type"] == "detention_or_arrest")
    assert "Person-" in (detention["target"] or "") + detention["evidence"]

    again = tmp_path / "again.jsonl"
    _run("export", "--db", db_url, "--public", "-o", str(again), env=reviewed)
    assert again.read_text(encoding="utf-8") == data  # stable pseudonyms

    other = tmp_path / "other.jsonl"
    _run("export", "--db", db_url, "--public", "-o", str(other),
         env={"RIGHTSWATCH_SECRET_FILE": str(tmp_path / "other-secret")})
    assert other.read_text(encoding="utf-8") != data  # another instance key, other pseudonyms


def test_candidates_never_leave_through_a_public_export(db_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text(TEXT, encoding="utf-8")
    _run("ingest", "--db", db_url, str(doc), "--extract")
    out = _run("export", "--db", db_url, "--public", env={"RIGHTSWATCH_SECRET_FILE": str(tmp_path / "s")})
    assert out.strip() == ""


def test_persons_start_as_private_and_the_key_stays_outside_the_database(db_url: str, reviewed: dict[str, str]) -> None:
    store = open_store(db_url)
    with store.session() as session:
        people = {e.name: e.public_figure for e in session.query(EntityRow).filter(EntityRow.kind == "person")}
    store.close()
    assert people.get("Daniyar Sultanbekov") is False
    assert people.get("Askar Zhumabayev") is True
    assert pseudonym("Daniyar Sultanbekov", b"k1") == pseudonym("daniyar sultanbekov ", b"k1")
    assert pseudonym("Daniyar Sultanbekov", b"k1") != pseudonym("Daniyar Sultanbekov", b"k2")
