"""The language pipeline: the pinned model, offline, with its additions."""

from __future__ import annotations

from rightswatch.codebook import load_codebook
from rightswatch.nlp.pipeline import model_mismatches


def test_installed_model_matches_the_pinned_hashes() -> None:
    assert model_mismatches() == []


def test_line_breaks_end_sentences_and_ruler_knows_codebook_entities(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("ILGA-Europe\nOutright International\n\nNur-Oltan held a congress")
    assert [s.text.strip() for s in doc.sents][:2] == ["ILGA-Europe", "Outright International"]
    assert any(e.text == "Nur-Oltan" and e.label_ == "ORG" for e in doc.ents)
    assert load_codebook().label in {"rightswatch-default@1"}


def test_a_number_sign_before_a_number_is_one_word(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("MP Inna Sovsun registered bill No. 9103 on partnerships. \"No. In 2015 they fined me.\"")
    words = [t.text for t in doc]
    assert "No." in words and words.count("No") == 1  # the answer keeps its full stop apart
    assert doc.text == "MP Inna Sovsun registered bill No. 9103 on partnerships. \"No. In 2015 they fined me.\""
