"""'The assemblies of Podkarpackie, Lubelskie and Małopolskie followed suit', 'Świętokrzyskie
had done the same a few days earlier': an act told again by others, without its verb. Each of
the new actors did what the event just told did, on the date this sentence gives (else that
event's)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from rightswatch.extract.context import DocContext
from rightswatch.extract.roles import coordinated_actors, name_of, subject_of
from rightswatch.extract.when import event_date
from rightswatch.records import Candidate
from rightswatch.records import Span as CharSpan


def repeating_verb(sent: Span) -> Token | None:
    """The verb that says 'the same again': 'followed suit', 'did the same', 'did likewise'."""
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        lemma = token.lemma_.lower()
        objects = {c.lower_ for c in token.children if c.dep_ in ("dobj", "advmod")}
        if (lemma == "follow" and "suit" in objects) or (lemma == "do" and objects & {"same", "likewise"}):
            return token
    return None


def repeated(
    model: Candidate, verb: Token, sent: Span, previous: Span | None, ctx: DocContext,
    previous_actors: list[str], generic_heads: set[str], evidence: tuple[int, int],
) -> list[Candidate]:
    """The model event, done again by each of the repeating verb's subjects."""
    actors = coordinated_actors(verb, ctx, previous_actors, generic_heads)
    if not actors:
        subject = subject_of(verb)
        name = name_of(subject, ctx, previous_actors, generic_heads) if subject is not None else None
        actors = [name] if name else []
    if not actors or all(a == model.actor for a in actors):
        return []
    date = event_date(verb, sent, previous, ctx)
    # Its own date ("a few days earlier", a bulletin's date line), else the act it repeats.
    own = date.value is not None and date.source not in ("document", "none")
    value, precision = (date.value, date.precision) if own else (model.date, model.date_precision)
    start, end = evidence
    return [replace(model, actor=actor, date=value, date_precision=precision, evidence=ctx.text[start:end],
                    span=CharSpan(start, end), location=None, latitude=None, longitude=None,
                    confidence=min(model.confidence, 0.7),
                    details={**model.details, "repeats": model.details.get("rule"), "trigger": verb.text,
                             "trigger_i": verb.i})
            for actor in actors]
