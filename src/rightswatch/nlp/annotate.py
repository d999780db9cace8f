"""A document's annotations for a reader: the named entities, the dates (resolved to ISO against
the publication date) and the places (resolved in the gazetteer), as character spans of the
clean text. The review desk shows them on the document page."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from rightswatch.nlp.dates import find_dates, reference_date
from rightswatch.nlp.places import Gazetteer

ENTITY_LABELS = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    kind: str  # entity, date, place
    label: str  # person / organisation / group; the ISO date; the place's canonical name and country
    text: str


def annotate(text: str, nlp: Language, gazetteer: Gazetteer, published: str | None = None) -> list[Annotation]:
    """Non-overlapping annotations in text order; dates win over entities that overlap them."""
    found: list[Annotation] = []
    ref = reference_date(published, text)
    for mention in find_dates(text, ref):
        label = mention.value or "unresolved"
        found.append(Annotation(mention.start, mention.end, "date", label, mention.text))
    for ent in nlp(text).ents:
        if ent.label_ in ENTITY_LABELS:
            found.append(Annotation(ent.start_char, ent.end_char, "entity", ENTITY_LABELS[ent.label_], ent.text))
        elif ent.label_ in PLACE_LABELS:
            place = gazetteer.country(ent.text) or gazetteer.city(ent.text)
            if place is not None:
                where = place.name if place.kind == "country" else f"{place.name}, {place.country}"
                found.append(Annotation(ent.start_char, ent.end_char, "place", where, ent.text))
    order = {"date": 0, "place": 1, "entity": 2}
    found.sort(key=lambda a: (a.start, order[a.kind]))
    kept: list[Annotation] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
