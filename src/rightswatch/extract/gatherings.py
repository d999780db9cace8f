"""Names of assemblies as a monitor writes them: 'the first Equality March' -> 'Equality
March', 'the Baltic Pride March for Equality', 'protest against the foreign influence law', and
'the march' for the march the report named before. An assembly event's target is the assembly."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rightswatch.nlp.word_index import tokens_with

ASSEMBLY_WORDS = {"march", "rally", "pride", "parade", "festival", "demonstration", "protest", "picket", "vigil",
                  "gathering", "sit-in", "counter-demonstration"}
# Words before the head that do not say which assembly: 'the first march', 'a small rally'.
VAGUE = {"first", "second", "annual", "small", "large", "big", "peaceful", "mass", "new", "planned", "same",
         "last", "next", "latest", "this", "that", "such", "huge", "several", "many", "few", "short", "brief"}
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
RIGHT_PREPS = {"for", "against", "on", "in"}
MAX_RIGHT = 6
STOPS = {"which", "that", "who", "by", "after", "before", "when", "since", "with", "because", "but", "or", "as",
         "until", "from", "at", "during", "while"}


def _left(head: Token) -> list[Token]:
    doc = head.doc
    out: list[Token] = []
    i = head.i - 1
    while i >= 0:
        tok = doc[i]
        joined = tok.text == "-" or (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_)
        if joined or tok.lower_ in ("'s", "’s") or (
                tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and tok.dep_ in ("compound", "amod", "nmod", "poss",
                                                                             "nummod", "npadvmod")
                and tok.lower_ not in DETERMINERS and tok.tag_ != "JJS"
                and not (tok.dep_ == "poss" and tok.pos_ != "PROPN")):  # not "the region's largest"
            out.insert(0, tok)
            i -= 1
            continue
        break
    while out and (out[0].lower_ in VAGUE or out[0].text == "-" or out[0].lower_ in ("'s", "’s")):
        out = out[1:]
    return out


def _right(head: Token) -> list[Token]:
    """'for Equality', 'against the child protection law', 'on Rustaveli Avenue'."""
    doc = head.doc
    i = head.i + 1
    if i >= len(doc) or doc[i].lower_ not in RIGHT_PREPS:
        return []
    prep = doc[i].lower_
    if prep in ("for", "on", "in") and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        return []  # 'March for Equality', 'protests on Rustaveli Avenue'; not 'a rally for an hour'
    out = [doc[i]]
    i += 1
    while i < len(doc) and len(out) <= MAX_RIGHT:
        tok = doc[i]
        if (tok.is_punct and tok.text != "-") or tok.lower_ in STOPS or tok.is_space or (
                tok.pos_ in ("VERB", "AUX", "ADV") and tok.dep_ != "amod") or tok.ent_type_ in ("DATE", "TIME"):
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            break  # 'March for Equality [in Chisinau]': the seat is not part of the name
        if prep != "against" and not (tok.text[:1].isupper() or tok.pos_ in ("ADP", "DET")):
            break
        out.append(tok)
        i += 1
    while out and out[-1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
        out = out[:-1]
    return out if len(out) >= 2 else []


def _capitalised(tok: Token) -> bool:
    """Capitalised as a name, not because it starts the sentence."""
    return tok.text[:1].isupper() and not tok.is_sent_start


MONTH_CUES = {"in", "since", "until", "of", "early", "late", "mid", "last", "next", "this", "by", "on", "from"}


def _month(tok: Token) -> bool:
    """'8 March', 'in March', 'March 2024' name a month; 'Equality March' a march."""
    if tok.text != "March":
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return bool((before is not None and (before.like_num or before.lower_ in MONTH_CUES))
                or (after is not None and after.like_num))


def assembly_name(head: Token) -> tuple[str, bool] | None:
    """(name, named) for the assembly headed by `head`; named is False for a bare 'the march'."""
    if (head.lemma_.lower() not in ASSEMBLY_WORDS and head.lower_ not in ASSEMBLY_WORDS) or (
            head.pos_ not in ("NOUN", "PROPN") or _month(head)):
        return None  # 'protested' is no name; '8 March' is a date
    left, right = _left(head), _right(head)
    named = bool(right) or any(_capitalised(t) or t.pos_ == "PROPN" for t in left)
    words = [*left, head, *right]
    text = " ".join("".join(t.text_with_ws for t in words).split()).replace(" 's", "'s").replace(" - ", "-")
    return text.strip(" ,.;:\"'“”"), named


def assembly_mentions(doc: Doc) -> list[tuple[int, str]]:
    """Every named assembly in the document: (token index, name), in order."""
    out = []
    for i in tokens_with(doc, ASSEMBLY_WORDS):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.ent_type_ == "ORG" and tok.dep_ == "pobj" and tok.head.lower_ == "of":
            continue  # 'the offices of Tbilisi Pride': the organisation, not its march
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ASSEMBLY_WORDS:
            continue  # 'Sofia Pride march': one assembly, named at 'march'
        found = assembly_name(tok)
        if found is not None and found[1] and len(found[0].split()) <= 10:
            out.append((tok.i, found[0]))
    return out
