"""Repairs for parses the small English model gets wrong in a way the rules can recognise."""

from __future__ import annotations

from spacy.tokens import Token


def fused_subject(token: Token) -> Token | None:
    """'In March 2023 MP Inna Sovsun registered bill No. 9103': with no article before the
    object, the parser reads subject, verb and object as one noun phrase (the verb an adjective
    of 'bill', the name a modifier of it). A past-tense modifier right after a proper name, in a
    phrase with no article that is no verb's subject, is the verb; the name is who acted. 'The
    newly registered bill' (no name), 'the Kyiv registered partnership' (an article) and
    'Sovsun registered bill was debated' (a subject) stay descriptions."""
    head = token.head
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "det" and c.i < token.i for c in head.children):
        return None
    # The name may hang on the phrase's last word instead: "Sovsun ... bill No. 9103".
    holders = [head, head.head] if head.dep_ == "compound" else [head]
    names = [c for h in holders for c in h.children
             if c.i < token.i and c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"]
    name = max(names, key=lambda c: c.i, default=None)
    if name is None and token.i > 0:
        # "..., MP Inna Sovsun registered draft law No. 9103": or the name is the root the whole
        # phrase hangs on, right before the verb.
        before = token.doc[token.i - 1]
        if before.pos_ == "PROPN" and before.dep_ in ("ROOT", "nsubj") and before in token.ancestors:
            name = before
    return name if name is not None and name.i == token.i - 1 else None


def name_before_appositive(subject: Token) -> Token | None:
    """'On 22 March Rosfinmonitoring, the federal financial intelligence service, added ...': the
    parser hangs the name on the date's preposition and makes its apposition ('the ... service')
    the subject. A common-noun subject with an article, right after a comma that follows a
    proper name inside the sentence's opening prepositional phrase, is that name's apposition."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" for c in subject.children):
        return None
    first = min(t.i for t in subject.subtree if not t.is_punct)
    doc = subject.doc
    if first < 2 or doc[first - 1].text != ",":
        return None
    name = doc[first - 2]
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.dep_ != "prep" \
            or name.ent_type_ not in ("ORG", "PERSON"):
        return None
    opening = name.head
    return name if opening.i == subject.sent.start else None


def name_in_opening_phrase(verb: Token) -> Token | None:
    """'On 9 July 2023 Amnesty International and other groups condemned ...': with no comma after
    the date, the parser reads the name as part of the opening phrase and leaves the verb
    without a subject. The proper name that phrase ends on, right before the verb's words, is
    who acted."""
    sent = verb.sent
    opening = sent[0]
    if opening.dep_ != "prep" or opening.head.i != verb.i or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                    for c in verb.children):
        return None
    phrase = list(opening.subtree)
    if any(t.lower_ in ("v.", "v", "vs", "vs.") for t in phrase):
        return None  # "In Rasul Jafarov v. Azerbaijan, ...": a case's name, not who acted
    names = [t for t in phrase if t.dep_ == "pobj" and t.pos_ == "PROPN"
             and t.ent_type_ in ("ORG", "PERSON") and t.i < verb.i]
    return names[-1] if names else None
