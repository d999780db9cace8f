"""Actor and target from the parse: subject/agent and object/patient, passive voice,
"led by", "on behalf of", with light coreference to named entities and canonical names."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from rightswatch.extract.cases import CASE_MARKS
from rightswatch.extract.context import (
    DocContext,
    EntityMention,
    a_title_line,
    dateline_end,
    entity_at,
    quote_open,
    strip_title,
)
from rightswatch.extract.factuality import the_signatories
from rightswatch.extract.gatherings import ASSEMBLY_WORDS, assembly_name
from rightswatch.extract.laws import LAW_HEADS, law_before, law_name
from rightswatch.extract.misparses import fused_subject, name_before_appositive, name_in_opening_phrase
from rightswatch.nlp.places import load_gazetteer

EXTRACTOR = "rightswatch.roles.v1"

SUBJECT_DEPS = ("nsubj", "csubj")
TIME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)
OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
TARGET_PREPS = {"against", "on", "of", "for", "to", "into", "at"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
GROUP_REFERENCES = {"they", "them", "it", "its", "their"}
GENERIC_ORG_HEADS = {"organisation", "organization", "group", "ngo", "association", "foundation",
                     "initiative", "movement", "community", "network", "centre", "center"}
QUANTITY_HEADS = {"hundreds", "dozens", "thousands", "scores", "tens", "number", "group", "groups", "couple", "handful"}
RELATIVE_PRONOUNS = {"which", "who", "that"}
SPEECH_VERBS = {"say", "tell", "continue", "add", "explain", "note", "write", "state", "recall", "comment"}
TITLE_HEADS = {"member", "deputy", "mp", "activist", "leader", "head", "chair", "chairman", "chairwoman",
               "chairperson", "president", "speaker", "mayor", "minister", "spokesman", "spokeswoman",
               "spokesperson", "commissioner", "ombudsman", "ombudsperson", "director", "founder", "archbishop",
               "patriarch", "governor", "prosecutor", "judge", "ambassador", "secretary", "chief", "coordinator",
               "editor", "lawyer", "representative", "envoy", "rapporteur", "defender", "senator", "lawmaker"}
# Bodies told by their seat ("a court in Dushanbe", "police in Moscow"): the seat is part of the name.
SEATED_HEADS = {"court", "police", "municipality", "council", "prosecutor", "prosecutors", "authorities",
                "administration", "mayor", "office"}
STRIP_DETERMINERS = {
    "a", "an", "the", "some", "several", "many", "two", "three", "its", "their", "this", "these", "those",
}


def _ent_spans(ctx: DocContext, tokens: list[Token], labels: tuple[str, ...]) -> list[EntityMention]:
    seen: list[EntityMention] = []
    for tok in tokens:
        mention = entity_at(ctx, tok)
        if mention and mention.label in labels and mention not in seen:
            seen.append(mention)
    return seen


def _phrase(head: Token) -> list[Token]:
    """The head's phrase without relative clauses and long appositions."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in ("relcl", "punct", "cc") or (child.dep_ == "conj" and tok is head):
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


OWNED_OFFICES = {"office", "administration", "chancellery", "department", "cabinet"}


def _chunk_text(head: Token, countries: frozenset[int] = frozenset()) -> str:
    """The phrase headed by `head`, as a name. `countries`: token indices naming countries
    ('police in Kazakhstan' is the police; 'a court in Dushanbe' keeps its seat)."""
    # "hundreds of anti-government protesters" -> "anti-government protesters"
    if head.lower_ in QUANTITY_HEADS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                # "thousands of counter - demonstrators": the parser may hang each piece of a
                # hyphenated word on "of"; the last piece heads it.
                objects = [pobj for pobj in prep.children if pobj.dep_ == "pobj" and pobj.text != "-"]
                if objects:
                    return _chunk_text(objects[-1], countries) + _leader_phrase(head, countries)
    left = [t for t in head.subtree if t.i <= head.i]
    # "the rector's office", "the governor's office": an office is named by whose it is.
    owned = head.lemma_.lower() in OWNED_OFFICES and any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.children)
    while left and not (owned and left[0].dep_ in ("poss", "compound") and left[0].pos_ in ("NOUN", "PROPN")) and (
            left[0].lower_ in STRIP_DETERMINERS or left[0].dep_ in ("det", "poss", "nummod", "predet", "case")
                    or left[0].lower_ in ("'s", "’s", "s") or left[0].is_punct
                    or left[0].ent_type_ in ("DATE", "TIME") or (left[0].pos_ == "ADP" and left[0].i < head.i - 1
                                                                 and left[0].head.i != head.i)):
        left = left[1:]  # "[In May 2012,] a bar": a misattached date phrase is not part of the name
    tokens = left + [t for t in _hyphenated_prefix(head) if t not in left]
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        part = list(prep.subtree)
        if prep.lower_ == "of":
            # "ambassadors of several countries, including the United States, ...": up to the comma.
            cut = next((k for k, t in enumerate(part) if t.is_punct and t.text not in ("-", "'", "’")), len(part))
            part = part[:cut]
        # Words, not tokens: "in Komsomolsk - on - Amur" is two words.
        seat = (prep.lower_ == "in" and head.lemma_.lower() in SEATED_HEADS
                and len("".join(t.text_with_ws for t in part).split()) <= 3
                and (any(t.ent_type_ == "GPE" or t.pos_ == "PROPN" for t in part)
                     or [t.lower_ for t in part] == ["in", "the", "capital"])
                and not any(t.i in countries for t in part))
        if (prep.lower_ == "of" and len(part) <= 5) or seat:
            tokens += part
    text = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i)
                    if not t.is_quote and t.ent_type_ not in ("DATE", "TIME"))
    text = text.replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s").strip(" ,.;:\"'“”")
    return text + _leader_phrase(head, countries) if text else text


def _leader_of(head: Token) -> Token | None:
    """The head of who led the group headed by `head` ('a crowd led by Orthodox priests')."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() == "lead":
            for agent in acl.children:
                if agent.dep_ == "agent":
                    leader = next((p for p in agent.children if p.dep_ == "pobj"), None)
                    if leader is not None:
                        return leader
    return None


def _leader_phrase(head: Token, countries: frozenset[int]) -> str:
    """'a crowd led by Orthodox priests': who led a group is part of what the group is."""
    leader = _leader_of(head)
    return f" led by {_chunk_text(leader, countries)}" if leader is not None else ""


def _last_before(ctx: DocContext, token: Token, labels: tuple[str, ...]) -> EntityMention | None:
    best = None
    for mention in ctx.entities:
        if mention.start >= token.i:
            break
        if mention.label in labels:
            best = mention
    return best


def _in_quote(ctx: DocContext, token: Token) -> bool:
    """Is the word inside a quotation opened earlier in its paragraph (an answer quoted across
    sentences)? A law's title in quotes after it ('condemn the law "On Family Values"') is not."""
    start, _ = ctx.paragraph_of(token.idx)
    before = ctx.text[start:token.idx]
    return quote_open(before) or before.count("«") > before.count("»")


def _speaker(ctx: DocContext, token: Token) -> str | None:
    start, end = ctx.paragraph_of(token.idx)
    for tok in ctx.doc.char_span(start, end, alignment_mode="expand") or []:
        if tok.lemma_ in SPEECH_VERBS or (tok.lower_ == "according"):
            for mention in ctx.entities:
                if (mention.label == "PERSON" and start <= ctx.doc[mention.start].idx <= end
                        and (mention.start, mention.end) not in ctx.place_spans):
                    return mention.text
    last = _last_before(ctx, token, ("PERSON",))
    return last.text if last else None


REPORTING_VERBS = SPEECH_VERBS | {"claim", "report", "announce", "promise", "confirm", "admit", "deny", "insist"}


def _reporting_subject(pronoun: Token) -> Token | None:
    """'police said they had detained 25 people': 'they' is the police who said it."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in ("he", "she", "they", "it"):
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    # The subject nearest the verb: "BIAŁYSTOK, Poland — Polish police said" parses the dateline
    # as a second subject.
    subject = next((c for c in reversed(list(clause.head.children)) if c.dep_ == "nsubj" and c.i < clause.head.i),
                   None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _resolve_pronoun(ctx: DocContext, token: Token, previous_actors: list[str]) -> str | None:
    word = token.lower_
    if word in FIRST_PERSON:
        if _in_quote(ctx, token) or (ctx.kind or "") in ("interview",):
            if word in ("we", "us", "our"):
                # "In December 2017 we submitted our documents": an interviewee's "we" is the
                # group the interview is about, the one the report names most.
                group = _most_salient_org(ctx, None, speaker=True)
                if group is not None:
                    return group
            return _speaker(ctx, token)
        if word in ("we", "us", "our"):
            if ctx.signatories:
                return ctx.canonical(ctx.signatories[0])
            # An account in the first person, unquoted, with nobody signing: "we" is the group
            # the text is about, as in an interview.
            return _most_salient_org(ctx, None, speaker=True)
        return None
    if word in PERSON_PRONOUNS:
        mention = _last_before(ctx, token, ("PERSON",))
        return mention.text if mention else None
    if word in GROUP_REFERENCES:
        return previous_actors[-1] if previous_actors else None
    return None


# Nouns for which a name beside them is the thing itself ("the agency Rosfinmonitoring"), unlike
# "the Budapest Pride march", which is an event of Budapest Pride.
ORG_NOUNS = {"agency", "organisation", "organization", "group", "ngo", "party", "movement", "outlet", "site",
             "website", "channel", "newspaper", "foundation", "association", "network", "service", "union",
             "centre", "center", "portal", "broadcaster", "magazine"}
# Bodies a report names once and then calls "the court", "the same court", "the ministry".
BODY_HEADS = {"court", "tribunal", "council", "ministry", "committee", "commission", "municipality", "league",
              "union", "party", "agency", "assembly", "administration", "federation", "alliance", "coalition"}
BODY_LOOKBACK_CHARS = 1500


def _same_body(head: Token, ctx: DocContext) -> str | None:
    """'the court ruled' after 'the Court of Justice of the European Union': that court."""
    word = head.lower_
    if head.text == "Parliament" and not head.is_sent_start and not any(c.dep_ in ("compound", "poss", "amod")
                                                                          for c in head.children):
        word = "parliament"  # "the Parliament had already condemned": the one named before, capitalised
    elif word not in BODY_HEADS or any(c.dep_ in ("compound", "amod", "poss", "prep") and c.lower_ != "same"
                                     for c in head.children):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
        return None  # "after a court overturned the refusal": a court not named before
    for mention in reversed(ctx.entities):
        if mention.start >= head.i:
            continue
        if ctx.doc[mention.start].idx < head.idx - BODY_LOOKBACK_CHARS:
            break
        words = mention.text.lower().split()
        if mention.label == "ORG" and word in words and len(words) > 1:
            return ctx.canonical(mention.text)
    return _capitalised_body_before(head, ctx)


def _capitalised_body_before(head: Token, ctx: DocContext) -> str | None:
    """The model does not tag every name: 'Vilnius City Municipality refused ...' then 'the
    municipality' is that municipality, found as a capitalised name ending in the word."""
    start = max(0, head.idx - BODY_LOOKBACK_CHARS)
    pattern = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,5}" + re.escape(head.text.capitalize()) + r")\b")
    found = [m.group(1) for m in pattern.finditer(ctx.text, start, head.idx)]
    articles = ("The", "A", "An", "This", "That")
    names = [" ".join(w for i, w in enumerate(f.split()) if i or w not in articles) for f in found]
    names = [n for n in names if len(n.split()) > 1]  # 'The League' is not more than 'league'
    return ctx.canonical(names[-1]) if names else None


def _person_in_apposition(head: Token, ctx: DocContext) -> str | None:
    """"The Council of Europe's Commissioner for Human Rights, Dunja Mijatović, called ...":
    the person who holds the office spoke, and a monitor names the person."""
    own = entity_at(ctx, head)
    if own is not None and own.label == "PERSON":
        return None
    for child in head.children:
        named = entity_at(ctx, child) if child.dep_ == "appos" else None
        if named is not None and named.label == "PERSON" and (named.start, named.end) not in ctx.place_spans:
            return ctx.canonical(named.text)
    return None


# Offices one person holds at a time: "the president" is the president the report names.
SINGLE_OFFICES = {"president", "mayor", "speaker", "ombudsman", "ombudsperson", "patriarch", "premier"}


def _title_holder(head: Token, ctx: DocContext) -> str | None:
    """'Kyrgyzstan's president', 'the mayor' -> the person the text names with that title
    ('President Sadyr Japarov'): the nearest before, else the first after."""
    title = head.lower_
    if title not in SINGLE_OFFICES or head.tag_ not in ("NN", "NNP"):
        return None
    before, after = None, None
    for mention in ctx.entities:
        if mention.label != "PERSON" or mention.start == 0:
            continue
        titled = ctx.doc[mention.start].lower_ == title or ctx.doc[mention.start - 1].lower_ == title
        if not titled:
            continue
        if mention.start < head.i:
            before = mention
        elif mention.start > head.i and after is None:
            after = mention
    holder = before or after
    return ctx.canonical(holder.text) if holder is not None else None


LOCAL_BODY_HEADS = {"council", "assembly", "municipality", "administration"}


def _local_body_of(head: Token) -> str | None:
    """'the municipal council of Balti' -> 'Balti municipal council': a town's body is named by
    its town (the name the model may tag as a person or miss)."""
    if head.lower_ not in LOCAL_BODY_HEADS or not head.text.islower():
        return None  # "the Council of Europe" is a name of its own
    town = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if town is None or any(c.dep_ in ("compound", "prep") and c.i < town.i for c in town.children):
        return None
    kind = [c.text for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    return " ".join([town.text, *kind, head.text])


def _capitalised_common_noun(mention: EntityMention, ctx: DocContext) -> bool:
    """'Groups of far-right protesters tried ...': a common noun opening its sentence, which the
    model took for a name."""
    token = ctx.doc[mention.start]
    return mention.end - mention.start == 1 and token.pos_ == "NOUN" and bool(token.is_sent_start)


def name_of(head: Token, ctx: DocContext, previous_actors: list[str], generic_heads: set[str]) -> str | None:
    """A canonical name for the participant whose phrase is headed by `head`."""
    head = _hyphen_last(head)
    if head.pos_ == "PRON" or head.lower_ in FIRST_PERSON | PERSON_PRONOUNS | GROUP_REFERENCES:
        reporter = _reporting_subject(head)
        if reporter is not None:
            return name_of(reporter, ctx, previous_actors, generic_heads)
        return _resolve_pronoun(ctx, head, previous_actors)
    titled = _person_in_apposition(head, ctx)
    if titled is not None:
        return titled
    if the_signatories(head) and ctx.signatories:
        return ctx.canonical(ctx.signatories[0])  # "The undersigned organisations condemn ...": as "we"
    court = _court_of(head)
    if court is not None:
        return name_of(court, ctx, previous_actors, generic_heads)
    own = entity_at(ctx, head)
    if own and _capitalised_common_noun(own, ctx):
        own = None
    if own and own.label in ("PERSON", "ORG") and len(strip_title(own.text).split()) == 1:
        # "the Parliament", "the Court" tagged on their own: the body named before, if any.
        own = None if _same_body(head, ctx) else own
    if own and own.label in ("PERSON", "ORG"):
        return ctx.canonical(own.text)
    named_before = _same_body(head, ctx)
    if named_before:
        return named_before
    local = _local_body_of(head)
    if local:
        return local
    phrase = _phrase(head)
    is_generic = head.lemma_.lower() in generic_heads or head.lower_ in generic_heads
    # "the same group", "the organisation": the last group that acted.
    if is_generic and any(t.lower_ in ("same", "this", "that") for t in head.children) and previous_actors:
        return previous_actors[-1]
    # "Activists in Almaty": a city the model tags as an organisation is still a city.
    orgs = [m for m in _ent_spans(ctx, phrase, ("ORG",)) if (m.start, m.end) not in ctx.place_spans
            and not _capitalised_common_noun(m, ctx)]
    persons = [m for m in _ent_spans(ctx, phrase, ("PERSON",)) if (m.start, m.end) not in ctx.place_spans]
    if is_generic and orgs:
        # "a coalition of organisations, including Human Rights Watch and Amnesty": the first named.
        return ctx.canonical(orgs[0].text)
    if is_generic and persons:
        return ctx.canonical(persons[0].text)
    # "Patriarch Ilia II, the head of the Georgian Orthodox Church": a name the model did not
    # tag is still the head's own; the body in its apposition is only what it heads.
    appos = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
    if head.pos_ == "PROPN" and any(m.start not in appos for m in persons + orgs):
        return ctx.canonical(next(m for m in persons + orgs if m.start not in appos).text)
    of_body = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.lemma_.lower() in ("parliament", "government", "court")]
    for child in [*head.children, *(c for o in of_body for c in o.children if c.dep_ == "appos")]:
        # "the financial monitoring agency Rosfinmonitoring": the name in apposition; "the lower
        # house of parliament, the Mazhilis" likewise.
        named = entity_at(ctx, child) if child.pos_ == "PROPN" and (
            child.dep_ == "appos" or (child.dep_ == "compound" and head.lemma_.lower() in ORG_NOUNS)) else None
        if named is not None and named.label in ("ORG", "PERSON"):
            return ctx.canonical(named.text)
    if head.lemma_.lower() in BRANCH_HEADS:
        # "Amnesty International's office in Moldova": the organisation speaks through it.
        owner = next((m for c in head.children if c.dep_ == "poss"
                      for m in [entity_at(ctx, c)] if m is not None and m.label == "ORG"), None)
        if owner is not None:
            return ctx.canonical(owner.text)
    body = _body_of_members(head, ctx)
    if body is not None:
        return name_of(body, ctx, previous_actors, generic_heads)
    if head.lemma_.lower() == "officer" and head.tag_ == "NNS" and not any(
            c.dep_ in ("prep", "compound", "poss") for c in head.children):
        return "police"  # "masked officers chased and beat protesters": police officers
    if not persons and not orgs:
        holder = _title_holder(head, ctx)
        if holder is not None:
            return holder
    if persons and head.lemma_.lower() in TITLE_HEADS:
        # "The speaker of Georgia's parliament, Shalva Papuashvili": the person, not the office.
        return ctx.canonical(persons[0].text)
    text = _chunk_text(head, ctx.country_tokens)
    if not text or text.lower() in STRIP_DETERMINERS or not any(ch.isalpha() for ch in text):
        return None  # "64 people were arrested": a number is nobody
    if text.endswith(" in the capital") and ctx.main_country:
        # "a court in the capital" of a report about Kyrgyzstan sits in Bishkek.
        capital = load_gazetteer().capital(ctx.main_country)
        if capital is not None:
            text = text[: -len("the capital")] + capital.name
    seated_police = POLICE_IN.match(text)
    if seated_police:
        text = f"{seated_police.group(1)} police"  # "police in Baku" is the Baku police
    return ctx.canonical(text)


POLICE_IN = re.compile(r"^police in (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)$", re.I)


PANEL_HEADS = {"board", "panel", "chamber", "collegium", "bench", "judge", "judges"}


def _court_of(head: Token) -> Token | None:
    """'Judge Timur Zhumamuratov of the Medeu district court', 'the appeals board of the Almaty
    City Court': the court rules through its judge or panel; the court is the actor."""
    judge = head.lemma_.lower() in PANEL_HEADS or any(
        c.dep_ == "compound" and c.lower_ == "judge" for c in head.children) or (
        head.i > 0 and head.doc[head.i - 1].lower_ == "judge") or (
        head.i > 1 and head.doc[head.i - 2].lower_ == "judge" and head.doc[head.i - 1].dep_ == "compound")
    if not judge:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ("court", "tribunal"):
                    return pobj
    return None


# People who act for a body: "officers of the State Committee for National Security", "members
# of Orthodox groups" acted for that body or those groups.
BRANCH_HEADS = {"office", "branch", "chapter", "section", "bureau"}
MEMBER_HEADS = {"officer", "member", "agent", "employee", "staff", "official", "representative", "supporter"}


def _body_of_members(head: Token, ctx: DocContext) -> Token | None:
    if head.lemma_.lower() not in MEMBER_HEADS or head.tag_ not in ("NNS", "NNPS", "NN"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                named = entity_at(ctx, pobj)
                if pobj.dep_ == "pobj" and ((named is not None and named.label == "ORG")
                                            or pobj.lemma_.lower() in GENERIC_ORG_HEADS | {"force", "service"}):
                    return pobj
    return None


def _subject(token: Token) -> Token | None:
    current = token
    filed_from = dateline_end(token.sent)
    for _ in range(4):
        # Two subjects ("the agency Rosfinmonitoring" parsed apart): the proper name.
        # A named person or body before a bare proper noun ("BISHKEK — President Sadyr Japarov").
        subjects = sorted((s for c in current.children if c.dep_ in SUBJECT_DEPS and not c.is_punct
                           and (s := _past_dateline(c, filed_from)) is not None),
                          key=lambda c: (c.ent_type_ in ("DATE", "TIME", "EVENT"),  # "the International Day"
                                         c.ent_type_ in ("CARDINAL", "QUANTITY"),  # "Thousands ..., but he signed"
                                         c.ent_type_ not in ("PERSON", "ORG"), c.pos_ != "PROPN"))
        for child in subjects:
            if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return _antecedent(child, current.head)
            if current is not token and child.lower_ in ("this", "that", "it", "which", "what"):
                return None  # "This happened after X stormed ...": the parse lost X
            return name_before_appositive(child) or _hyphen_head(child)
        # Coordinated verbs share the first verb's subject; so do participles in a chain.
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
            continue
        if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN"):
            return None
        break
    return None


def subject_of(token: Token) -> Token | None:
    """The subject of a verb, through coordinated verbs and participle chains."""
    return _subject(token)


def _past_dateline(subject: Token, filed_from: int) -> Token | None:
    """A subject inside the dateline stands for the one the parser hung on it: in "MOSCOW, Nov 7
    — Russia's Ministry of Justice added ...", the ministry is an apposition of the city."""
    if subject.i >= filed_from:
        return subject
    return next((t for t in subject.subtree
                 if t.i >= filed_from and t.dep_ == "appos" and t.head.i < filed_from), None)


def _antecedent(pronoun: Token, attached_to: Token) -> Token:
    """'the Ministry of Justice, which asked the court': the ministry. The parser often hangs
    the relative clause on an earlier noun ('The case was brought by the Ministry, which ...');
    a name just before the pronoun is what it stands for."""
    i = pronoun.i - 1
    while i >= 0 and pronoun.doc[i].is_punct:
        i -= 1
    before = pronoun.doc[i] if i >= 0 else attached_to
    while before.dep_ in ("compound", "flat") and before.head.i > before.i:
        before = before.head
    if before.pos_ == "PROPN" and before.ent_type_ in ("ORG", "PERSON", "NORP"):
        return before
    among = attached_to.head if attached_to.dep_ == "pobj" and attached_to.head.lower_ == "among" else None
    if among is not None:
        # "Białystok County was among the local authorities that adopted ...": the county did.
        subject = next((c for c in among.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return attached_to


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _headline_passive(token: Token, sent: Span, ctx: DocContext) -> bool:
    """A past participle heading a title line with no object: a headline in the passive
    without its auxiliary."""
    return (token.tag_ in ("VBD", "VBN") and token.dep_ == "ROOT" and a_title_line(sent, ctx)
            and any(c.dep_ == "nsubj" for c in token.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children))


def _passive(token: Token) -> bool:
    # "was ordered closed by the court": the participle carries the agent, not the auxiliary.
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
            token.tag_ == "VBN" and (token.dep_ == "acl" or any(c.dep_ == "agent" for c in token.children))):
        return True
    # "Amaglobeli was detained on 11 January ... and arrested again within hours": a participle
    # joined to a passive verb, with no subject of its own, shares its voice.
    return (token.tag_ == "VBN" and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.head.children))


def _led_by(token: Token) -> Token | None:
    """'a group ... led by X' or 'on behalf of X' inside the subject phrase."""
    for tok in token.subtree:
        if tok.lemma_ in ("lead", "head") and tok.tag_ == "VBN":
            agent = _agent(tok)
            if agent is not None:
                return agent
    return None


def _nearest_left_actor(token: Token, sent: Span, ctx: DocContext) -> Token | None:
    # The parse often loses the subject of a late verb in a long NGO sentence; fall back to
    # the nearest noun phrase on the left that names someone.
    start = dateline_end(sent)
    siblings = set(token.conjuncts)
    for chunk in reversed(ctx.noun_chunks()):
        if chunk.end > token.i:
            continue
        if chunk.start < start:
            break
        # "two young men broke the glass, threw in a bottle of petrol and set the bar on fire":
        # what the verbs told with the trigger acted on is not who acted.
        if chunk.root.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos", "pobj", "conj") and not any(
                t.dep_ == "dobj" and t.head in siblings for t in (chunk.root, *chunk.root.ancestors)):
            return chunk.root
    return None


def _faceless(head: Token, ctx: DocContext, generic_heads: set[str]) -> bool:
    """A crowd with nothing to say who they were: 'people', 'a few dozen activists'. Not
    'far-right groups', 'masked men', 'activists of the Union of Parents'."""
    for _ in range(3):  # "hundreds of thousands of Belarusians"
        if head.lower_ not in QUANTITY_HEADS:
            break
        inner = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                 if c.dep_ == "pobj"]
        if not inner:
            break
        head = inner[0]  # "a group of villagers": the villagers say who; "hundreds of people" nobody
    if head.lower_ in NUMBER_HEADS or (head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNS")):
        return True  # "thousands", "Belarusians": a crowd by number or nationality says not who
    if (head.like_num or head.lower_ in ("least", "most", "some", "many", "several", "all")) and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(c.pos_ == "PRON" for c in p.children) for p in head.children):
        return True  # "at least two of them died", "several thousand of us protested"
    if head.lemma_.lower() not in generic_heads and head.lower_ not in generic_heads:
        return False
    if head.lower_ in LEANING_CROWDS:
        return False  # "nationalists harassed and chased participants": a leaning says who they were
    if _hyphenated_prefix(head):
        return False  # "counter-demonstrators", "anti-LGBT protesters"
    if any((m := entity_at(ctx, t)) is not None and m.label in ("ORG", "PERSON", "NORP") for t in head.subtree):
        return False
    return not any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and
                   c.lower_ not in VAGUE_CROWD_WORDS for c in head.children)


def _crowd_leader(head: Token, ctx: DocContext) -> str | None:
    """'thousands of people led by Orthodox priests broke through': a crowd that says not who
    it was is coded by who led it."""
    for node in (head, *(c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                         if c.dep_ == "pobj")):
        leader = _leader_of(node)
        if leader is not None:
            return _chunk_text(leader, ctx.country_tokens) or None
    return None


def _same_crowd_before(head: Token, ctx: DocContext, generic_heads: set[str]) -> str | None:
    """'The protesters smashed the stage' after 'hundreds of anti-LGBT protesters broke through':
    the definite crowd is the one described before, by the same noun."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
        return None
    lemma = head.lemma_.lower()
    start = max(0, head.idx - BODY_LOOKBACK_CHARS)
    for tok in reversed(ctx.doc[: head.i]):
        if tok.idx < start:
            break
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and not _faceless(tok, ctx, generic_heads):
            return _chunk_text(tok, ctx.country_tokens) or None
    return None


NUMBER_HEADS = {"hundreds", "dozens", "thousands", "scores", "tens", "millions"}
SPEAKING_BODIES = {"organisations", "organizations", "ngos"}
LEANING_CROWDS = {"nationalists", "ultranationalists", "radicals", "neo-nazis", "skinheads", "fundamentalists"}
VAGUE_CROWD_WORDS = {"few", "several", "many", "other", "some", "more", "estimated", "approximately"}


def _hyphen_next(tok: Token) -> Token | None:
    """The word fused after `tok` by a hyphen the tokenizer split off ('counter' - 'demonstrators')."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        return doc[tok.i + 2]
    return None


def _hyphen_head(tok: Token) -> Token:
    """'counter - demonstrators' parsed as three subjects: the last word is the head."""
    while (following := _hyphen_next(tok)) is not None and following.head.i == tok.head.i:
        tok = following
    return tok


def _hyphen_last(head: Token) -> Token:
    """'counter - demonstrators' where the parser took 'counter' for the head: the last piece."""
    while (following := _hyphen_next(head)) is not None and following.is_alpha \
            and following.pos_ in ("NOUN", "PROPN"):
        head = following
    return head


def _hyphenated_prefix(head: Token) -> list[Token]:
    """'counter - demonstrators' split by the tokenizer: the words fused to the head by a hyphen."""
    out: list[Token] = []
    i = head.i
    doc = head.doc
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        out = [doc[i - 2], doc[i - 1], *out]
        i -= 2
    return out


def _is_place(head: Token, ctx: DocContext) -> bool:
    return head.i in ctx.place_tokens and not any(t.ent_type_ == "ORG" for t in head.subtree)


def coordinated_targets(token: Token, ctx: DocContext) -> list[str]:
    """'Dozhd and iStories were labelled foreign agents' -> ['Dozhd', 'iStories']: named
    entities coordinated in the target position, one event each."""
    heads = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    for head in heads:
        group = [head, *head.conjuncts]
        named = [entity_at(ctx, t) for t in group]
        if len(group) >= 2 and all(m is not None and m.label in ("ORG", "PERSON") for m in named):
            return [ctx.canonical(m.text) for m in named if m is not None]
    return []


LOCAL_BODIES = {"councils": "council", "assemblies": "assembly", "municipalities": "municipality"}


def _councils_of_places(head: Token) -> list[str]:
    """'the councils of the municipalities of Istebna, Serniki, Klwów and Osiek' adopted a
    resolution each: one body per place named, however deep the 'of' phrases go."""
    body = LOCAL_BODIES.get(head.lower_)
    if body is None:
        return []
    current = head
    for _ in range(3):
        of = next((c for c in current.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return []
        if pobj.pos_ == "PROPN":
            places = [pobj, *(c for c in pobj.conjuncts if c.pos_ == "PROPN")]
            return [f"{p.text} {body}" for p in places] if len(places) >= 2 else []
        current = pobj
    return []


def coordinated_actors(
    token: Token, ctx: DocContext, previous_actors: list[str], generic_heads: set[str],
) -> list[str]:
    """'The delegation of the European Union and the embassy of the United States both
    condemned ...' -> two statements, one per speaker."""
    subject = _subject(token) or (_agent(token) if _passive(token) else None)
    if subject is None:
        return []
    listed = _councils_of_places(subject)
    if listed:
        return listed
    others = list(subject.conjuncts)
    if not others:
        # The parser often hangs the second speaker inside the first one's "of" phrase:
        # "the delegation of [the EU and the embassy] of the US".
        others = [c for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj" for c in pobj.conjuncts
                  if any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)]
    if not others:
        return []
    names = [name_of(h, ctx, previous_actors, generic_heads) for h in (subject, *others)]
    return [n for n in names if n] if len(names) >= 2 and all(names) else []


def actor_and_target(
    token: Token, sent: Span, ctx: DocContext, sub_event_type: str,
    previous_actors: list[str], generic_heads: set[str],
) -> tuple[str | None, str | None]:
    passive = _passive(token)
    actor_head: Token | None
    target_head: Token | None = None
    if token.pos_ in ("NOUN", "PROPN"):
        # "a ruling announced last week by the Constitutional Court": the agent of its participle.
        # "A draft of a new code, published by the government": the participle may hang on the 'of' noun.
        holders = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")]
        actor_head = _agent(token) or next((a for h in holders for c in h.children
                                            if c.dep_ == "acl" and c.tag_ == "VBN"
                                            for a in [_agent(c)] if a is not None), None)
        for child in token.children:
            if child.dep_ == "poss" and actor_head is None:
                actor_head = child
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and target_head is None:
                target_head = next((c for c in child.children if c.dep_ == "pobj"), None)
        # "received a wave of threats": the wave is what was received.
        received = token.head.head if (token.dep_ == "pobj" and token.head.lower_ == "of"
                                       and token.head.head.dep_ == "dobj") else token
        if (actor_head is None and received.dep_ == "dobj" and received.head.pos_ == "VERB"
                and received.head.lemma_.lower() in UNDERGOING_VERBS):
            # "Oganezova received threats": who received them is their target, not who made them.
            target_head = target_head or _subject(received.head)
        elif (actor_head is None and token.dep_ == "dobj" and token.head.pos_ == "VERB"
                and token.head.lemma_.lower() not in JUDGING_VERBS):
            # "The Supreme Court ordered the liquidation of Memorial": who ordered it did it.
            actor_head = _subject(token.head)
        if (actor_head is None and token.dep_ == "pobj" and token.head.lower_ == "in"
                and token.head.head.pos_ == "VERB"):
            # "X called it a historic day in a statement": who made the statement is the verb's subject.
            actor_head = _subject(token.head.head)
        placed = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else None
        if (placed is not None and placed.pos_ == "VERB" and placed.lemma_.lower() in PLACING_VERBS
                and (actor_head is None or actor_head.pos_ == "PRON")):
            # "The ministry put her on its register of foreign agents": who put, whom.
            actor_head = _subject(placed)
            target_head = next((c for c in placed.children if c.dep_ == "dobj"), target_head)
    elif _ordered_done(token):
        # "The court ordered the group dissolved": the court acted, the group was dissolved;
        # "The centre was ordered closed by the court" likewise.
        order = token.head
        if _passive(order):
            actor_head = _agent(order) or _agent(token)
            target_head = next((c for c in order.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        else:
            actor_head = _subject(order)
            target_head = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    elif (fused := fused_subject(token)) is not None:
        actor_head, target_head = fused, token.head
    elif _headline_passive(token, sent, ctx):
        # "Oleg Orlov jailed", "Kyiv Equality March attacked": a headline drops the "was"; its
        # subject is who was acted on.
        actor_head = None
        target_head = next((c for c in token.children if c.dep_ == "nsubj"), None)
    elif passive:
        actor_head = _agent(token)
        target_head = next((c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if target_head is None and token.dep_ == "acl":
            target_head = token.head
    else:
        actor_head = _subject(token)
        if actor_head is None:
            actor_head = name_in_opening_phrase(token) or _nearest_left_actor(token, sent, ctx)
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS and any(ch.isalpha() for ch in c.text)]
        obj = objects[-1] if objects else None
        if obj is not None and obj.dep_ in ("oprd", "attr"):
            # "called the judgment historic": the predicate says what of it; the object is the target.
            obj = next((c for c in objects if c.dep_ == "dobj"), obj)
            if obj.pos_ == "ADJ":  # the parser fused them: "the judgment historic"
                obj = next((c for c in obj.children if c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN"), obj)
        if obj is not None and obj.lower_ == "fire":
            # "set fire to the bar": what was set on fire.
            obj = next((p for h in (obj, token) for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "to"
                        for p in prep.children if p.dep_ == "pobj"), obj)
        if sub_event_type in LAW_EVENTS:
            # "approved a ban on propaganda, ten years after ... an earlier attempt": the law.
            obj = next((c for c in objects if c.lemma_.lower() in LAW_HEADS), obj)
        if sub_event_type.endswith("_requested") or sub_event_type == "statement_or_appeal":
            for comp in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
                inner = next((c for c in comp.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if inner is not None and sub_event_type.endswith("_requested"):
                    obj = inner
                elif inner is not None and obj is None and comp.lemma_.lower() in JUDGING_VERBS:
                    obj = inner  # "said the EU strongly deplored the Supreme Court's decision"
                said_of = next((c for c in comp.children if c.dep_ == "nsubj"), None)
                if obj is None and said_of is not None and said_of.lemma_.lower() in LAW_HEADS | RULING_NOUNS:
                    obj = said_of  # "said that the law undermined fundamental rights": about the law
        if obj is None:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                    obj = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in TIME_LABELS), None)
                    if obj is not None:
                        break
        target_head = obj
    if actor_head is not None and (
            (actor_head.lemma_.lower() in LAW_HEADS and sub_event_type in LAW_EVENTS)
            or (actor_head.lemma_.lower() in ASSEMBLY_HEADS and sub_event_type.startswith("assembly_"))):
        # "The bill passed its third reading", "The Equality March went ahead": a law or a march
        # does not act; it is what the event is about.
        if target_head is None or target_head.lemma_.lower() in EMPTY_TARGET_HEADS:
            target_head = actor_head
        # "The bill passed its third reading in the State Duma": the chamber is who acted.
        holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        actor_head = next((c for holder in holders for prep in holder.children
                           if prep.dep_ == "prep" and prep.lower_ == "in"
                           for c in prep.children
                           if c.dep_ == "pobj" and (m := entity_at(ctx, c)) is not None and m.label == "ORG"), None)
    if actor_head is not None and actor_head.lemma_.lower() in generic_heads:
        leader = _led_by(actor_head)
        if leader is not None:
            orgs = _ent_spans(ctx, list(leader.subtree), ("ORG",))
            if orgs:
                leader_org = ctx.canonical(orgs[-1].text)
                return leader_org, _target_name(target_head, ctx, previous_actors, generic_heads, leader_org)
    ruling_court = None
    if actor_head is not None and actor_head.lemma_.lower() in RULING_NOUNS and sub_event_type == "court_ruling":
        # "The court's earlier decision had found ...", "The judgment ... confirms": a ruling
        # does not act; the court that gave it does.
        owner = next((c for c in actor_head.children if c.dep_ == "poss"), None)
        if owner is not None:
            actor_head = owner
        else:
            actor_head, ruling_court = None, _court_before(token, ctx)
    if actor_head is not None and actor_head.lemma_.lower() in HAPPENINGS:
        actor_head = None  # "as the vote took place": a happening does not act
    if actor_head is not None and sub_event_type == "petition" and (
            actor_head.lemma_.lower() in PETITION_WORDS or actor_head.lower_.endswith("-petition")):
        # "a petition on the president's website gathered 25,000 signatures": the petition is
        # what the event is; who launched it, if the text says ("launched by X"), acted.
        launched = next((a for c in actor_head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         for a in [_agent(c)] if a is not None), None)
        # "...; it was promoted by the Kazakhstan Union of Parents": or a clause of the sentence.
        actor_head = launched or next((a for t in sent if t.lemma_.lower() in LAUNCHING_VERBS and t.tag_ == "VBN"
                                       for a in [_agent(t)] if a is not None), None)
    town_council = None
    if actor_head is not None and _is_place(actor_head, ctx):
        place = next((p.place for p in ctx.places if p.start <= actor_head.i < p.end), None)
        if sub_event_type == "policy_or_decree" and place is not None and place.kind != "country":
            # "Serniki, a rural municipality north of Lublin, adopted its declaration": a town's
            # resolution is its council's.
            town_council = f"{ctx.doc[actor_head.i].text} council"
        actor_head = None  # "BISHKEK — President ...", "Georgia held ...": a place is not who acted
    actor = name_of(actor_head, ctx, previous_actors, generic_heads) if actor_head is not None else town_council
    speaking_bodies = sub_event_type == "statement_or_appeal" and actor_head is not None \
        and actor_head.lower_ in SPEAKING_BODIES  # "more than 80 organisations said": a collective on record
    if actor is not None and actor_head is not None and not speaking_bodies \
            and _faceless(actor_head, ctx, generic_heads):
        # "people", "about a dozen people": a monitor codes who they were, or nobody; "the
        # protesters" are the "anti-LGBT protesters" the report named before.
        actor = _same_crowd_before(actor_head, ctx, generic_heads) or _crowd_leader(actor_head, ctx)
    if actor is None and ruling_court is not None:
        actor = ruling_court
    if actor is None and passive and sub_event_type in POLICE_EVENTS:
        # "dozens were detained, when police searched the homes ...": the police acting in the
        # same sentence did the detaining the passive leaves unsaid.
        police = next((t for t in sent if t.lemma_.lower() in POLICE_WORDS and t.dep_ in ("nsubj", "pobj")
                       and t.i != token.i), None)
        if police is not None:
            actor = name_of(police, ctx, previous_actors, generic_heads)
    if sub_event_type == "assembly_disrupted" and actor is not None and actor.lower().split()[-1] in POLICE_WORDS \
            and token.lemma_.lower() in RESCUE_VERBS:
        # "police had to stop the march after counter-demonstrators blocked the route": who
        # forced the stop disrupted the march; the police evacuating it did not.
        actor = _who_forced(token, ctx, previous_actors, generic_heads)
    target = _target_name(target_head, ctx, previous_actors, generic_heads, actor)
    if target is None and target_head is not None and sub_event_type == "statement_or_appeal":
        target = _ruling_judged(target_head, ctx, previous_actors, generic_heads)
    if actor_head is not None and actor == actor_head.text and actor_head.lemma_.lower() in KIN_NOUNS and target:
        actor = f"{actor} of {target}"  # "killed by a relative": a relative of the one killed
    if sub_event_type == "hate_speech_by_official":
        # "told supporters that LGBT was not people": the group spoken of, not the audience.
        target = _group_spoken_of(token, sent, ctx) or target
    if sub_event_type.startswith("assembly_"):
        target = _assembly_target(target_head, token, sent, ctx) or target
        if actor is None and sub_event_type in ("assembly_held", "assembly_applied"):
            # "Organisers estimated that 100,000 people walked" in the Budapest Pride march:
            # a crowd with no name walked in the march its organisation holds.
            actor = (_organiser_in(target, ctx) if target and _told_of_here(target, sent, ctx) else None) \
                or _organised_by(sent, ctx, previous_actors, generic_heads)
    if actor is not None and actor.lower() in ORGANISER_WORDS:
        actor = _who_organised(target, ctx) or actor
    if target is None and sub_event_type in ("court_ruling", "lawsuit_filed"):
        target = _respondent_state(token, sent, ctx)
    if target is None and sub_event_type in LAW_EVENTS:
        # "Parliament adopted it by 157 votes to one": the law the sentence, or the text before it, names.
        target = _law_in(sent, ctx) or _law_antecedent(token, ctx)
    return actor, target


# "received death threats", "suffered an attack": what happened to the verb's subject.
UNDERGOING_VERBS = {"receive", "suffer", "endure", "undergo", "face"}


# Verbs that place someone on a list: "put her on the register", "added Meduza to the list".
PLACING_VERBS = {"put", "place", "add", "include", "enter", "list"}
CAUSATIVE_VERBS = {"order", "have", "get", "force", "declare", "rule", "want"}


def _ordered_done(token: Token) -> bool:
    """'ordered the group dissolved', 'had the office closed': a participle under a causative verb."""
    # The tagger often reads 'dissolved' after its subject as a past tense (VBD).
    return (token.tag_ in ("VBN", "VBD") and token.dep_ in ("ccomp", "xcomp", "oprd")
            and token.head.lemma_.lower() in CAUSATIVE_VERBS)


RULING_NOUNS = {"judgment", "judgement", "ruling", "decision", "verdict"}


def _ruling_judged(head: Token, ctx: DocContext, previous_actors: list[str], generic_heads: set[str]) -> str | None:
    """'deplored the Supreme Court's decision', 'called the judgment historic': a statement on
    a ruling is about the court's ruling, coded by the court."""
    if head.lemma_.lower() not in RULING_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is not None:
        return name_of(owner, ctx, previous_actors, generic_heads)
    return _court_before(head, ctx)


def _court_before(token: Token, ctx: DocContext) -> str | None:
    """The nearest court named before the token, within the same stretch of text."""
    for mention in reversed(ctx.entities):
        if mention.start >= token.i:
            continue
        if ctx.doc[mention.start].idx < token.idx - BODY_LOOKBACK_CHARS:
            break
        if mention.label == "ORG" and "court" in mention.text.lower().split():
            return ctx.canonical(mention.text)
    return None


# Who condemns, welcomes or reports an act did not do it: "Diplomats condemned the attack".
JUDGING_VERBS = {"condemn", "criticise", "criticize", "denounce", "deplore", "welcome", "praise", "regret",
                 "decry", "report", "document", "investigate", "describe", "recall", "mention", "note",
                 "protest", "oppose", "support", "applaud", "hail", "blame", "accuse", "call", "urge", "demand"}
def _assembly_target(target_head: Token | None, token: Token, sent: Span, ctx: DocContext) -> str | None:
    """An assembly event is about the assembly: the one its object names ('banned the Equality
    March'), else the one the sentence names, else the one named before ('the march')."""
    mentions = ctx.assembly_mentions()
    head = target_head if target_head is not None and assembly_name(target_head) is not None else (
        token if assembly_name(token) is not None else None)
    if head is not None:
        name, named = assembly_name(head) or ("", False)
        return name if named else (_named_before(mentions, head.i) or name or None)
    in_sentence = next((name for at, name in mentions if sent.start <= at < sent.end), None)
    return in_sentence or _named_before(mentions, token.i)


def _respondent_state(token: Token, sent: Span, ctx: DocContext) -> str | None:
    """'in Fedotova and Others v. Russia', 'found that Lithuania had discriminated': a case
    before an international court is brought against a state, which is what it rules on."""
    for mention in ctx.places_in(sent):
        if mention.place.kind == "country" and mention.start > 0 and (
                ctx.doc[mention.start - 1].lower_ in CASE_MARKS):
            return mention.place.name
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i in ctx.country_tokens:
            return next(m.place.name for m in ctx.places if m.start <= subject.i < m.end)
    return None


def _told_of_here(assembly: str, sent: Span, ctx: DocContext) -> bool:
    """Does the sentence itself name the assembly, as the one held? A march named sentences
    before, or one protested against ('a procession against EuroPride'), says nothing of who
    held this one."""
    said = ctx.text[sent.start_char:sent.end_char].lower()
    at = said.find(assembly.lower())
    if at >= 0:
        return not said[:at].rstrip().endswith("against")
    # ... or its paragraph has named it just before ("the EuroPride walk ... The marchers, joined by ...")
    start, _ = ctx.paragraph_of(sent.start_char)
    before = ctx.text[start:sent.start_char].lower()
    return assembly.lower() in before and "against " + assembly.lower() not in before


def _organiser_in(assembly: str, ctx: DocContext) -> str | None:
    """'Budapest Pride march' -> 'Budapest Pride', when the report names that organisation."""
    lowered = assembly.lower()
    for mention in ctx.entities:
        name = ctx.canonical(mention.text)
        if not lowered.startswith(name.lower()) or name.lower() == "pride":
            continue  # "Pride" alone names the kind of march, not who organised it
        rest = lowered[len(name):].strip()
        # "the KyivPride march" and "KyivPride" itself: a Pride's march bears its name.
        if mention.label == "ORG" and (rest in ASSEMBLY_WORDS or (not rest and "pride" in lowered
                                                                  and name.lower() != "pride")):
            return name
    return None


def _organised_by(sent: Span, ctx: DocContext, previous_actors: list[str], generic_heads: set[str]) -> str | None:
    """'a march organised by Feminita': who organised the assembly the sentence tells of."""
    said = ctx.text[sent.start_char:sent.end_char]
    if not any(w in said for w in ("organis", "organiz", "led by", "called by")):
        return None
    for tok in sent:
        if tok.lemma_.lower() in ("organise", "organize", "lead", "call") and tok.tag_ == "VBN" and tok.dep_ == "acl":
            agent = _agent(tok)
            if agent is not None:
                return name_of(agent, ctx, previous_actors, generic_heads)
    return None


ORGANISER_WORDS = {"organisers", "organizers", "the organisers", "the organizers", "organiser", "organizer"}


def _who_organised(target: str | None, ctx: DocContext) -> str | None:
    """'The organisers appealed': the organisation whose march it is ('Budapest Pride march' ->
    Budapest Pride), else the one Pride the report names, else that march's organisers."""
    if target:
        named = _organiser_in(target, ctx)
        if named:
            return named
    prides = Counter(ctx.canonical(m.text) for m in ctx.entities if m.label == "ORG" and "pride" in m.text.lower())
    if len(prides) == 1:
        return next(iter(prides))
    if target and any(w in target.lower().split() for w in ASSEMBLY_WORDS):
        return f"{target} organisers"
    return None


def _named_before(mentions: list[tuple[int, str]], i: int) -> str | None:
    return next((name for at, name in reversed(mentions) if at < i), None)


PETITION_WORDS = {"petition", "petitions", "signature", "signatures"}
LAUNCHING_VERBS = {"launch", "promote", "start", "initiate", "organise", "organize", "create", "post", "file"}
HAPPENINGS = {"vote", "election", "elections", "hearing", "session", "trial", "referendum", "ceremony", "debate",
              "unrest", "violence", "clash", "clashes"}
KIN_NOUNS = {"relative", "brother", "sister", "father", "mother", "husband", "wife", "son", "daughter", "cousin",
             "uncle", "aunt", "nephew", "partner", "neighbour", "neighbor", "stepfather", "relatives"}
POLICE_EVENTS = {"detention_or_arrest", "raid_or_inspection", "assembly_disrupted"}
# What police do to a march that others disrupted: they end it to get the marchers out.
RESCUE_VERBS = {"evacuate", "stop", "halt", "end", "escort"}
CAUSE_MARKS = {"after", "because"}


def _who_forced(token: Token, ctx: DocContext, previous_actors: list[str], generic_heads: set[str]) -> str | None:
    """The subject of the 'after ...' clause that made the police end a march, if any."""
    for verb in (token, *token.conjuncts, token.head):
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in clause.children):
                subject = _subject(clause)
                if subject is not None and subject.lemma_.lower() not in POLICE_WORDS:
                    return name_of(subject, ctx, previous_actors, generic_heads)
    # "participants were attacked by counter-demonstrators ..., and the police evacuated them"
    for agent in token.sent:
        if agent.dep_ == "agent" and agent.head.lemma_.lower() in ATTACK_VERBS:
            doer = next((c for c in agent.children if c.dep_ == "pobj" and c.lemma_.lower() not in POLICE_WORDS), None)
            if doer is not None:
                return name_of(doer, ctx, previous_actors, generic_heads)
    return None


ATTACK_VERBS = {"attack", "assault", "beat", "pelt", "block", "surround", "disrupt", "storm"}
POLICE_WORDS = {"police", "militia", "riot police"}


# Nouns that wrap the real target: "applications to hold the first LGBTQ rally", "the attempt to
# implement a propaganda law", "the registration of QazEquality".
CONTAINER_NOUNS = {"application", "request", "permission", "permit", "attempt", "decision", "case", "plan",
                   "registration", "proposal", "initiative", "bid", "effort", "demand", "call", "order", "move",
                   "office", "premises", "headquarters", "organiser", "organizer", "website", "site", "page",
                   "sanction", "sanctions", "restriction", "restrictions", "penalties", "measures"}


def _unwrap(head: Token) -> Token:
    for _ in range(3):
        if head.lemma_.lower() not in CONTAINER_NOUNS:
            return head
        inner = None
        for child in head.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                inner = next((c for c in child.children if c.dep_ in ("dobj", "attr")), None)
            elif child.dep_ == "prep" and child.lower_ in ("of", "for", "to", "against", "on"):
                inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None:
                break
        if inner is None:
            return head
        head = inner
    return head


# Heads that name no participant ("heard the case", "entered into force", "passed its first
# reading"): better no target than a wrong one.
EMPTY_TARGET_HEADS = {"case", "decision", "ruling", "judgment", "judgement", "verdict", "work", "reading", "force",
                      "vote", "time", "answer", "finding", "refusal", "effect", "step", "way", "part", "matter",
                      "issue", "question", "support", "concern", "hearing", "session", "court", "courts"}
ASSEMBLY_HEADS = {"march", "rally", "pride", "parade", "demonstration", "protest", "festival", "picket",
                  "vigil", "gathering", "event"}
LAW_EVENTS = {"bill_proposed", "bill_adopted", "law_in_force", "law_struck_down", "bill_withdrawn_or_rejected",
              "policy_or_decree"}


def _law_in(sent: Span, ctx: DocContext) -> str | None:
    """The first law the sentence names."""
    return next((name for at, name in ctx.law_mentions() if sent.start <= at < sent.end), None)


def _law_antecedent(head: Token, ctx: DocContext) -> str | None:
    """'the law' -> the nearest law named before it ('the "LGBT propaganda" law', 'the child
    protection law'): light coreference for legislation."""
    return law_before(ctx.law_mentions(), head.i)


def _target_name(
    head: Token | None, ctx: DocContext, previous_actors: list[str], generic_heads: set[str], actor: str | None,
) -> str | None:
    if head is None:
        return None
    head = _unwrap(head)
    fused = head
    if head.pos_ == "ADJ" or head.lower_ in PREDICATE_WORDS:  # "declare the movement extremist" as one phrase
        head = next((c for c in head.children if c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN"), head)
    lemma = head.lemma_.lower()
    if lemma in EMPTY_TARGET_HEADS and not entity_at(ctx, head):
        return None
    if lemma in LAW_HEADS and not entity_at(ctx, head):
        return law_name(head) or _law_antecedent(head, ctx)
    owner = _owner_of(head, ctx, previous_actors, generic_heads, actor)
    if owner is not None:
        return owner
    people = _named_people(head, ctx)
    if people is None and _partitive(head) is not head:
        head = _partitive(head)
        people = _named_people(head, ctx)
    if people is not None:
        return people
    if head.lemma_.lower() in ("participant", "marcher") and head.tag_ == "NNS" and not entity_at(ctx, head):
        # "its roughly 800 participants were pelted with stones": the march's participants.
        mentions = ctx.assembly_mentions()
        march = next((n for at, n in mentions if head.sent.start <= at < head.sent.end), None) or _named_before(
            mentions, head.i)
        if march is not None:
            return f"{march} participants"
    if _faceless(head, ctx, generic_heads) or head.like_num:
        # "police dispersed protesters ..., and dozens of people were detained": the people
        # are the protesters the sentence named.
        crowd = _crowd_in_sentence(head, ctx, generic_heads)
        if crowd is not None:
            return crowd
    name = name_of(head, ctx, previous_actors, generic_heads)
    if head.lower_ in ("it", "its") and name is not None and name == actor:
        # "The ministry added it to the register": 'it' is not the one who acted on it.
        name = _most_salient_org(ctx, exclude=actor)
    if head.lemma_.lower() in GENERIC_ORG_HEADS and not entity_at(ctx, head):
        named = [m for m in _ent_spans(ctx, _phrase(head), ("ORG",))]
        if not named:
            # "the group" looks back to the last group named; "a leading organisation" to the
            # organisation the report is about.
            definite = any(c.lower_ in ("the", "this", "that") for c in (*head.children, *fused.children))
            looked_back = None
            if definite:
                looked_back = _described_before(head, ctx) or _group_before(head, ctx, exclude=actor)
            salient = looked_back or _most_salient_org(ctx, exclude=actor)
            if salient:
                return salient
    return strip_title(name) if name else None


# Words of a state body's name: 'the group', 'the organisation' is never one of these.
STATE_BODY_WORDS = {"court", "ministry", "parliament", "government", "police", "prosecutor", "prosecutors",
                    "office", "council", "commission", "committee", "duma", "assembly", "service", "agency",
                    "municipality", "administration", "senate", "union", "parliament's", "court's"}


def _group_before(head: Token, ctx: DocContext, exclude: str | None) -> str | None:
    """'the group', 'the organisation' -> the nearest non-state organisation named before it."""
    for mention in reversed(ctx.entities):
        if mention.start >= head.i:
            continue
        if ctx.doc[mention.start].idx < head.idx - BODY_LOOKBACK_CHARS:
            break
        name = ctx.canonical(mention.text)
        if (mention.label == "ORG" and name != exclude and name not in ctx.signatories
                and not STATE_BODY_WORDS & set(name.lower().split())):
            return name
    return None


PREDICATE_WORDS = {"extremist", "extremists", "undesirable", "illegal", "unlawful", "unconstitutional", "terrorist"}


CROWD_NOUNS = {"protester", "demonstrator", "activist", "participant", "journalist", "marcher", "picketer",
               "worker", "student", "supporter"}


def _crowd_in_sentence(head: Token, ctx: DocContext, generic_heads: set[str]) -> str | None:
    """The nearest group of people named before `head` in its sentence."""
    for tok in reversed(ctx.doc[head.sent.start: head.i]):
        if tok.lemma_.lower() in CROWD_NOUNS and tok.tag_ == "NNS":
            while tok.dep_ == "conj" and tok.head.lemma_.lower() in CROWD_NOUNS:
                tok = tok.head  # "striking oil workers and their supporters": both, from the first
            group = [tok, *(c for c in tok.conjuncts if c.lemma_.lower() in CROWD_NOUNS and c.i > tok.i)]
            return " and ".join(_chunk_text(t, ctx.country_tokens) for t in group) or None
    return None


LGBT_WORDS = {"lgbt", "lgbti", "lgbtq", "lgbtiq", "lgbtq+", "gay", "gays", "lesbian", "lesbians", "transgender",
              "trans", "homosexual", "homosexuals", "queer", "bisexual"}


def _group_spoken_of(token: Token, sent: Span, ctx: DocContext) -> str | None:
    """The first LGBT group the official's words name ('gay people', 'LGBT')."""
    for tok in sent:
        if tok.i <= token.i or tok.lower_ not in LGBT_WORDS:
            continue
        head = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" else tok
        if head.lower_ == "propaganda":
            continue  # "LGBT propaganda" is a thing said, not a group
        return _chunk_text(head, ctx.country_tokens) or None
    return None


def _described_before(head: Token, ctx: DocContext) -> str | None:
    """'the movement' after 'the so-called "international LGBT social movement"': the same
    noun described before, in the same stretch of text."""
    start = max(0, head.idx - BODY_LOOKBACK_CHARS)
    for tok in reversed(ctx.doc[: head.i]):
        if tok.idx < start:
            break
        if (tok.lemma_.lower() == head.lemma_.lower() and tok.pos_ == "NOUN"
                and any(c.dep_ in ("amod", "compound") and c.lower_ not in ("so", "called", "same")
                        for c in tok.children)):
            return _chunk_text(tok, ctx.country_tokens).replace("so-called ", "") or None
    return None


def _owner_of(
    head: Token, ctx: DocContext, previous_actors: list[str], generic_heads: set[str], actor: str | None,
) -> str | None:
    """'Its website was blocked', 'raided Viasna's offices': the organisation whose site or
    office it is was acted on."""
    if head.lemma_.lower() not in CONTAINER_NOUNS or entity_at(ctx, head) is not None:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in ("its", "their"):
        return _group_before(head, ctx, exclude=actor)
    if owner.pos_ == "PROPN":
        return name_of(owner, ctx, previous_actors, generic_heads)
    return None


def _named_people(head: Token, ctx: DocContext) -> str | None:
    """'acquitted A, B and C' -> 'A, B and C'; 'sentenced two of the party's leaders, A and B'
    -> 'A and B': everyone named who was acted on, as one target."""
    own = entity_at(ctx, head)
    first = head if own is not None and own.label in ("PERSON", "ORG") else next(
        (c for c in head.children if c.dep_ == "appos" and (m := entity_at(ctx, c)) is not None
         and m.label == "PERSON"), None)
    if first is None:
        return None
    mentions = [entity_at(ctx, tok) for tok in (first, *first.conjuncts)]
    named = [m for m in mentions if m is not None and m.label in ("PERSON", "ORG")]
    # The model tags one of several names an organisation now and then: one person is enough.
    if len(named) < len(mentions) or not any(m.label == "PERSON" for m in named):
        return None
    names = list(dict.fromkeys(ctx.canonical(m.text) for m in named))
    if len(names) < 2:
        return None if first is head else names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


PARTITIVE_HEADS = {"several", "many", "some", "most", "all", "few", "dozens", "hundreds", "each", "one", "none"}


def _partitive(head: Token) -> Token:
    """'several of its journalists', 'seven of the activists': the journalists, the activists."""
    if head.like_num or head.lower_ in PARTITIVE_HEADS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                inner = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ != "PRON"), None)
                if inner is not None:
                    return inner
    return head


# Bodies of a state, which never speak as "we" in a group's account of itself.
OFFICIAL_WORDS = {"court", "ministry", "parliament", "government", "police", "prosecutor", "prosecutors", "duma",
                  "assembly", "municipality", "administration", "senate", "commission", "kenesh", "mazhilis"}


def _most_salient_org(ctx: DocContext, exclude: str | None, speaker: bool = False) -> str | None:
    """The organisation the text names most (at least twice); `speaker`: one that could be the
    text's "we", not a state body."""
    counts: Counter[str] = Counter(
        name for m in ctx.entities if m.label == "ORG"
        for name in [ctx.canonical(m.text)]
        if name != exclude and name not in ctx.signatories
        and not (speaker and OFFICIAL_WORDS & set(name.lower().split()))
    )
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 else None
