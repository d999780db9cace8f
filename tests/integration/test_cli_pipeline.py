"""The foundation end to end through the CLI: ingest each format, duplicates, a bad file in a
batch, extract, export round-trip, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightswatch.cli.app import app
from rightswatch.views.export import read_csv_events, read_jsonl_events

runner = CliRunner()

REPORT = (
    "On 12 March 2021 police detained twelve activists at a rally in Almaty. "
    "The organisers said they would appeal."
)
HTML = f"""<html><head><title>Rally dispersed</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Rally dispersed</h1><p>{REPORT}</p></article>
<div class="comments"><h3>Leave a Reply</h3><p>You are commenting using your account.</p></div>
</body></html>"""


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.md").write_text("# Note\n\n" + REPORT.replace("twelve", "nine"), encoding="utf-8")
    (folder / "sub" / "c.html").write_text(HTML, encoding="utf-8")
    (folder / "docs.jsonl").write_text(
        json.dumps({"id": "j1", "text": "In 2015 the Constitutional Council of Kazakhstan found the "
                    "propaganda bill unconstitutional.", "published": "2015-05"}) + "\n"
        + json.dumps({"id": "j2", "path": "sub/c.html", "published": "2021-03"}) + "\n",
        encoding="utf-8",
    )
    return folder


def test_ingest_each_format_and_duplicates(corpus: Path, db_url: str) -> None:
    code, out = _run("ingest", "--db", db_url, str(corpus))
    assert code == 0, out
    # Walk order: a.txt, b.md, docs.jsonl (j1, j2 -> sub/c.html), then sub/c.html: a duplicate.
    assert "4 new, 1 duplicate, 0 failed" in out
    code, out = _run("ingest", "--db", db_url, str(corpus))
    assert code == 0
    assert "0 new, 5 duplicate, 0 failed" in out
    code, out = _run("documents", "--db", db_url, "--json")
    docs = json.loads(out)
    assert {d["key"] for d in docs} == {"a", "b", "j1", "j2"}
    html_doc = next(d for d in docs if d["key"] == "j2")
    assert html_doc["title"] == "Rally dispersed"


def test_failure_in_one_file_does_not_stop_the_batch(corpus: Path, db_url: str) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    code, out = _run("ingest", "--db", db_url, str(corpus))
    assert code == 1
    assert "4 new, 1 duplicate, 2 failed" in out
    assert "empty.txt: RW-E101 the file is empty" in out
    assert "image.html: RW-E103 the file is binary (PNG image), not text" in out


def test_missing_path_is_named(db_url: str, tmp_path: Path) -> None:
    code, out = _run("ingest", "--db", db_url, str(tmp_path / "nowhere.txt"))
    assert code == 1
    assert "nowhere.txt: RW-E106 no such file or directory" in out


def test_extract_export_roundtrip_and_eval(corpus: Path, db_url: str, tmp_path: Path) -> None:
    assert _run("ingest", "--db", db_url, str(corpus), "--extract")[0] == 0
    code, out = _run("events", "--db", db_url, "--json")
    events = json.loads(out)
    kinds = {(e["doc"], e["sub_event_type"], e["date"], e["country"]) for e in events}
    assert ("a", "detention_or_arrest", "2021-03-12", "KZ") in kinds
    assert ("j1", "court_ruling", "2015", "KZ") in kinds

    jsonl_path, csv_path = tmp_path / "out.jsonl", tmp_path / "out.csv"
    assert _run("export", "--db", db_url, "--format", "jsonl", "-o", str(jsonl_path))[0] == 0
    assert _run("export", "--db", db_url, "--format", "csv", "-o", str(csv_path))[0] == 0
    from_jsonl = read_jsonl_events(jsonl_path.read_text(encoding="utf-8"))
    from_csv = read_csv_events(csv_path.read_text(encoding="utf-8"))
    assert from_jsonl == events
    assert from_csv == from_jsonl
    for row in from_jsonl:
        assert set(row) >= {"doc", "event_type", "sub_event_type", "date", "date_precision", "country",
                            "location", "actor", "target", "stance", "evidence", "confidence"}

    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc": "a", "event_type": "violence", "sub_event_type": "detention_or_arrest",
                    "date": "2021-03-12", "date_precision": "day", "country": "KZ",
                    "location": "Almaty", "actor": "police", "target": "activists",
                    "stance": "restrictive"}) + "\n",
        encoding="utf-8",
    )
    code, out = _run("eval", "--db", db_url, str(gold), "--json")
    assert code == 0
    score = json.loads(out)
    assert score["matched"] == 1 and score["recall"] == 1.0
    assert score["field_accuracy"]["location"] == 1.0


def test_show_prints_the_evidence_in_context(corpus: Path, db_url: str) -> None:
    _run("ingest", "--db", db_url, str(corpus / "a.txt"), "--extract")
    code, out = _run("show", "1", "--db", db_url, "--json")
    assert code == 0
    shown = json.loads(out)
    source = shown["sources"][0]
    assert source["evidence"] == shown["event"]["evidence"]
    assert source["evidence"].startswith("On 12 March 2021 police detained")
    assert _run("show", "999", "--db", db_url)[0] == 4


def test_export_rejects_unknown_format(db_url: str) -> None:
    assert _run("export", "--db", db_url, "--format", "xml")[0] == 2
