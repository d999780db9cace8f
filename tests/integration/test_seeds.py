"""The seeds in ../shared: what a careful monitor reads there, the extractor must read too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rightswatch.documents import build_document
from rightswatch.evaluation import score_events
from rightswatch.ingest.jsonl import read_documents


def _seed_events(shared_dir: Path, extractor) -> tuple[list[dict], list[dict], dict]:  # type: ignore[no-untyped-def]
    docs = {}
    system = []
    for item in read_documents(shared_dir / "seeds" / "documents.jsonl", 10**8):
        assert item.document is not None, item.error
        doc = build_document(item.document, max_chars=10**7)
        docs[doc.key] = doc
        for cand in extractor.extract(doc):
            assert doc.clean_text[cand.span.start: cand.span.end] == cand.evidence
            system.append({"doc": doc.key, **{k: getattr(cand, k) for k in (
                "event_type", "sub_event_type", "date", "date_precision", "country", "location",
                "actor", "target", "stance", "evidence", "confidence")}})
    gold_path = shared_dir / "seeds" / "expected.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return gold, system, docs


def test_seed_000_extremist_designation_request(shared_dir: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    _, system, _ = _seed_events(shared_dir, extractor)
    found = [e for e in system if e["sub_event_type"] == "extremist_designation_requested"]
    assert len(found) == 1
    event = found[0]
    assert event["doc"] == "000_9884144e07761baf"
    assert event["date"] == "2024-10-09" and event["date_precision"] == "day"
    assert event["country"] == "KZ"
    assert event["actor"] == "Rinat Zaitov"
    assert event["evidence"].startswith("On 9 October 2024, Mr Rinat Zaitov, a member of the Parliament")
    assert "formally requested the government to declare" in event["evidence"]


def test_seeds_f1(shared_dir: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    gold, system, _ = _seed_events(shared_dir, extractor)
    score = score_events(gold, system)
    assert score.f1 >= 0.9, score


@pytest.mark.parametrize("sentence", [
    "We call on the Government not to declare Feminita extremist.",
    "In the event that Feminita is declared 'extremist' in Kazakhstan, sanctions will follow.",
    "If the rally would go through, it would be the second ever rally in Central Asia.",
])
def test_hypotheticals_yield_no_designation_or_rally(sentence: str, extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    found = extractor.extract(document(sentence, published="2024-10"))
    banned = {"extremist_designated", "extremist_designation_requested", "assembly_held",
              "assembly_applied", "assembly_permitted"}
    assert not [c for c in found if c.sub_event_type in banned], found
