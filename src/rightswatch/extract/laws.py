"""Names of laws as a monitor writes them: 'the so-called "LGBT propaganda" law' -> 'LGBT
propaganda law', 'the law on "transparency of foreign influence"' -> 'law on transparency of
foreign influence', and light coreference for 'the law', 'the bill', 'it'.

Read from the surface, not the parse: the small model often hangs 'on ...' or a quoted title
on the wrong word, and the words around the head say which law it is either way."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rightswatch.nlp.word_index import tokens_with

LAW_HEADS = {"law", "bill", "legislation", "amendment", "amendments", "act", "code", "ban", "draft"}
# Words that do not say which law: 'the new law', 'the controversial bill', 'the so-called law'.
VAGUE_LAW_MODIFIERS = {"new", "recent", "federal", "national", "controversial", "latest", "same", "current",
                       "existing", "original", "final", "amended", "proposed", "restrictive", "repressive",
                       "so", "called", "so-called", "similar", "earlier", "draft", "first", "second", "third",
                       "such", "other", "related", "relevant", "main", "whole", "entire", "previous",
                       "several", "many", "various", "separate", "discriminatory", "two", "three"}
# 'martial law', 'EU law', 'case law': a body of law or a state of things, not one act.
BODIES_OF_LAW = {"martial", "eu", "international", "case", "domestic", "customary", "european", "community",
                 "civil", "common", "constitutional", "human", "rights"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"}
QUOTES = {'"', "“", "”", "«", "»", "„"}
# Prepositions after the head that carry the law's subject: 'law on foreign agents', 'bill
# against propaganda', 'amendments to the Family Law Act'.
SUBJECT_PREPS = {"on", "against"}
AMENDMENT_HEADS = {"amendment", "amendments"}
MAX_RIGHT_TOKENS = 8
MAX_QUOTED_TOKENS = 14
STOP_WORDS = {"which", "that", "who", "whom", "whose", "by", "in", "at", "after", "before", "when", "since",
              "with", "because", "and", "but", "or", "as", "under", "until", "from", "for", "into"}


def _is_quote(tok: Token) -> bool:
    return tok.text in QUOTES or tok.is_quote


def _left(head: Token) -> list[Token]:
    """The modifiers just before the head: 'child protection', 'the "family values"'."""
    doc = head.doc
    out: list[Token] = []
    i = head.i - 1
    quoted = False
    while i >= 0:
        tok = doc[i]
        if _is_quote(tok):
            quoted = not quoted
            out.insert(0, tok)
            i -= 1
            continue
        hyphen = tok.text == "-" and not tok.whitespace_
        if quoted or hyphen or (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_):
            out.insert(0, tok)
            i -= 1
            continue
        if (tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("compound", "amod", "nmod", "npadvmod", "nsubj")
                and tok.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL") and tok.lower_ not in DETERMINERS):
            out.insert(0, tok)
            i -= 1
            continue
        break
    while out and (_is_quote(out[0]) and not any(_is_quote(t) for t in out[1:])):
        out = out[1:]
    return out


def _right(head: Token) -> list[Token]:
    """'on foreign agents', 'on "transparency of foreign influence"', '"On protecting children ..."',
    'to the Family Law Act' (for an amendment)."""
    doc = head.doc
    i = head.i + 1
    if i >= len(doc):
        return []
    if _is_quote(doc[i]):
        # A quoted title right after the head: bill "On protecting children from ...".
        return _quoted(doc, i)
    out: list[Token] = []
    if doc[i].lower_ in ("no", "no.", "number"):
        # 'draft law No. 9103 on registered partnerships' (the tokenizer may split 'No.')
        j = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "." else i + 1
        if j < len(doc) and doc[j].like_num:
            out, i = list(doc[i: j + 1]), j + 1
            if i >= len(doc):
                return out
    word = doc[i].lower_
    # 'a law banning "LGBT propaganda"': the participle says what the law does.
    participle = doc[i].tag_ == "VBG" and doc[i].head.i == head.i
    if word not in SUBJECT_PREPS and not participle and not (word == "to" and head.lower_ in AMENDMENT_HEADS):
        return out
    numbered = len(out)
    out.append(doc[i])
    i += 1
    if i < len(doc) and _is_quote(doc[i]):
        inner = _quoted(doc, i)
        return out + inner if inner else []
    while i < len(doc) and len(out) <= MAX_RIGHT_TOKENS:
        tok = doc[i]
        if _is_quote(tok):
            i += 1
            continue  # 'banning "LGBT propaganda"': the quotes go, the words stay
        verb = tok.pos_ in ("VERB", "AUX", "ADV") and tok.tag_ != "VBG" and tok.dep_ != "amod"
        if (tok.is_punct and tok.text != "-") or tok.lower_ in STOP_WORDS - {"and"} or tok.is_space or verb:
            break
        if tok.lower_ == "and" and not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "ADJ", "DET", "PROPN")):
            break
        out.append(tok)
        i += 1
    while out and (out[-1].pos_ in ("ADP", "DET", "CCONJ", "PART") or out[-1].text == "-"):
        out = out[:-1]
    return out if len(out) >= numbered + 2 else out[:numbered]


def _quoted(doc: Doc, start: int) -> list[Token]:
    """The tokens of the quotation opening at `start`, or nothing if it does not close soon."""
    for j in range(start + 1, min(len(doc), start + 1 + MAX_QUOTED_TOKENS)):
        if _is_quote(doc[j]):
            return list(doc[start + 1: j]) if j > start + 1 else []
        if doc[j].text in (".", ";") or "\n" in doc[j].text:
            return []
    return []


def _text(tokens: list[Token]) -> str:
    # Quotes are dropped after joining: '"family values"law' would lose the space.
    text = "".join(t.text_with_ws for t in tokens)
    for quote in QUOTES:
        text = text.replace(quote, " ")
    return " ".join(text.split()).replace(" 's", "'s").strip(" ,.;:")


def law_name(head: Token) -> str | None:
    """The short name of the law headed by `head`, or None when its words do not say which law."""
    if head.lemma_.lower() not in LAW_HEADS and head.lower_ not in LAW_HEADS:
        return None
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is not None and after.lower_ in LAW_HEADS and head.whitespace_:
        head = after  # 'draft law No. 9103' parsed with 'draft' as the head
    left = _left(head)
    right = _right(head)
    telling = [t for t in left if t.is_alpha and t.lower_ not in VAGUE_LAW_MODIFIERS
               and t.ent_type_ not in ("NORP", "GPE")]
    if not telling and not right:
        return None
    if head.lower_ == "law" and not right and len(telling) == 1 and telling[0].lower_ in BODIES_OF_LAW:
        return None  # 'under martial law', 'violated EU law': a body of law, not an act
    while left and ((left[0].lower_ in VAGUE_LAW_MODIFIERS and left[0].lower_ != "draft") or left[0].text == "-"):
        left = left[1:]
    return _text([*left, head, *right]).replace(" .", ".") or None


def law_mentions(doc: Doc) -> list[tuple[int, str]]:
    """Every named law in the document: (token index of its head, name), in order."""
    out: list[tuple[int, str]] = []
    for i in tokens_with(doc, LAW_HEADS):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        name = law_name(tok)
        if not name or len(name.split()) > 12 or (out and out[-1] == (tok.i - 1, name)):
            continue  # 'draft law': one law, already named at 'draft'
        out.append((tok.i, name))
    return out


def law_before(mentions: list[tuple[int, str]], i: int) -> str | None:
    """The nearest named law before token i: what 'the law', 'the bill', 'it' stand for."""
    best = None
    for at, name in mentions:
        if at >= i:
            break
        best = name
    return best
