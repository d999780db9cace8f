"""One real-world event, one record: candidates of a document that tell the same event
(a headline and its paragraph, a quote repeating a fact) are merged."""

from __future__ import annotations

from rightswatch.extract.context import NAME_PARTICLES
from rightswatch.nlp.partial_dates import coarser, precision_of, truncate
from rightswatch.records import Candidate

PRECISION_RANK = {None: 0, "year": 1, "month": 2, "day": 3}


def _dates_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    level = coarser(precision_of(a) or "year", precision_of(b) or "year")
    return truncate(a, level) == truncate(b, level)


CONNECTORS = {"of", "the", "for", "and", "in", "on"} | NAME_PARTICLES
TITLES = {"mp", "mps", "deputy", "minister", "official", "officials", "police", "court", "government"}


def is_proper_name(name: str) -> bool:
    """'Kazakhstan Union of Parents' is a name; 'LGBTQ-activist', 'MP', 'police' are not."""
    if name.lower() in TITLES:
        return False
    # "Women's Initiatives Supporting Group (WISG)": brackets and quotes are not words.
    words = [w.strip("()[]\"'“”‘’") for part in name.split() for w in part.split("-")]
    words = [w for w in words if w]
    return bool(words) and all(w[:1].isupper() or w.lower() in CONNECTORS for w in words)


def _capitalised(name: str) -> set[str]:
    return {w.lower() for w in name.split() if w[:1].isupper() and w.lower() not in TITLES}


def _names_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if not (is_proper_name(a) and is_proper_name(b)):
        # "the Małopolska regional assembly", "the Świętokrzyskie regional assembly": bodies of
        # one kind told apart by the names in them, though neither is a name throughout.
        a_names, b_names = _capitalised(a), _capitalised(b)
        siblings = a.split()[-1].lower() == b.split()[-1].lower() and a_names and b_names
        return not siblings or bool(a_names & b_names)
    a_words, b_words = set(a.lower().split()), set(b.lower().split())
    return bool(a_words & b_words)


def _split_on_purpose(a: Candidate, b: Candidate) -> bool:
    """One trigger read as several events (one per speaker, target, place or date: 'the
    delegation of the EU and the embassy of the US both condemned ...') stays several."""
    return (a.span == b.span and a.details.get("trigger_i") == b.details.get("trigger_i")
            and (a.actor, a.target, a.location, a.date) != (b.actor, b.target, b.location, b.date))


def same_event(a: Candidate, b: Candidate) -> bool:
    if _split_on_purpose(a, b):
        return False
    if bool(a.details.get("counter")) != bool(b.details.get("counter")):
        return False  # a counter-rally is not the march it answers
    return (
        a.sub_event_type == b.sub_event_type
        and (a.country == b.country or a.country is None or b.country is None)
        and (a.location is None or b.location is None or a.location == b.location)
        and _dates_agree(a.date, b.date)
        and _names_agree(a.actor, b.actor)
        # One author's appeals in one document are one statement, whoever they address.
        and (a.sub_event_type == "statement_or_appeal" or _names_agree(a.target, b.target))
    )


def _combine(keep: Candidate, other: Candidate) -> Candidate:
    """Keep the first telling's evidence; take the sharper date and any missing field."""
    if PRECISION_RANK[other.date_precision] > PRECISION_RANK[keep.date_precision]:
        keep.date, keep.date_precision = other.date, other.date_precision
    for name in ("country", "location", "latitude", "longitude", "actor", "target"):
        if getattr(keep, name) is None and getattr(other, name) is not None:
            setattr(keep, name, getattr(other, name))
    for name in ("actor", "target"):
        mine, theirs = getattr(keep, name), getattr(other, name)
        if mine and theirs and not is_proper_name(mine) and is_proper_name(theirs):
            setattr(keep, name, theirs)
    keep.confidence = max(keep.confidence, other.confidence)
    keep.details.setdefault("also", []).append([other.span.start, other.span.end])
    return keep


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    # Sharper candidates first, so a vague headline joins the precise paragraph.
    ordered = sorted(
        candidates,
        key=lambda c: (-PRECISION_RANK[c.date_precision], -c.confidence, c.span.start),
    )
    merged: list[Candidate] = []
    for cand in ordered:
        for kept in merged:
            if same_event(kept, cand):
                _combine(kept, cand)
                break
        else:
            merged.append(cand)
    return merged
