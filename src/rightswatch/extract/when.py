"""The date of an event: the date expression nearest its trigger in the sentence, else one
carried over from the sentence before in the same paragraph, else the document's reference year."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date as calendar_date
from datetime import timedelta
from itertools import pairwise

from spacy.tokens import Span, Token

from rightswatch.extract.context import DocContext, in_a_side_clause
from rightswatch.extract.gatherings import ASSEMBLY_WORDS
from rightswatch.nlp.dates import DateMention, RefDate, ends_a_period
from rightswatch.nlp.partial_dates import precision_of


@dataclass(frozen=True)
class EventDate:
    value: str | None
    precision: str | None
    source: str  # sentence, previous, document, none


def _in_another_clause(mention_start: int, mention_end: int, token: Token, ctx: DocContext) -> bool:
    """'acquitted the activists who were arrested in 2022': the date dates the relative clause."""
    span = ctx.doc.char_span(mention_start, mention_end, alignment_mode="expand")
    return span is not None and in_a_side_clause(span.root, token)


def _in_the_subjects_participle(start: int, end: int, token: Token, ctx: DocContext) -> bool:
    """'Zagreb Pride, first held in 2002, marched for the twentieth time in June 2021', 'The Act,
    adopted by parliament in April, came into force at the end of May': a participle describing
    the verb's subject dates the subject's own past."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or token.pos_ not in ("VERB", "AUX"):
        return False
    for ancestor in [span.root, *span.root.ancestors]:
        if ancestor.dep_ == "acl" and ancestor.tag_ == "VBN":
            return ancestor.head.dep_ in ("nsubj", "nsubjpass") and ancestor.head.head.i == token.i
    return False


def _clause_verb(token: Token) -> Token:
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _own_clause(token: Token) -> set[int]:
    """The tokens of the trigger's clause, without the clauses joined to it by 'and':
    'police detained journalists in raids in January, and in April the president signed'."""
    verb = _clause_verb(token)
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return {t.i for t in verb.subtree} - joined


RANGE_START = re.compile(r"\b(?:from|between)\s*$", re.I)
RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s*$", re.I)


def _range_ends(mentions: list[DateMention], ctx: DocContext) -> set[int]:
    """'from November 2019 to March 2020': the event began at the start of the range."""
    ends: set[int] = set()
    for before, after in pairwise(mentions):
        if (RANGE_GAP.match(ctx.text[before.end:after.start])
                and RANGE_START.search(ctx.text[max(0, before.start - 12):before.start])):
            ends.add(after.start)
    return ends


# "Police detained the attackers, the police said in a statement on Monday": the day of the
# telling, not of what is told.
REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "write", "told"}


REPORTED = ("ccomp", "parataxis")


def _reporting_verb(start: int, end: int, ctx: DocContext) -> Token | None:
    """The reporting verb whose clause a date stands in, if it reports a clause ('said on
    Monday that ...'); 'announced the ban on Friday' announces, and so is, the ban."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = _clause_verb(span.root)
    if verb.lemma_ not in REPORTING_VERBS or verb.pos_ != "VERB":
        return None
    return verb if any(c.dep_ in REPORTED for c in verb.children) else None


def _reported_by(token: Token, verb: Token) -> bool:
    """The token stands in the clause the verb reports."""
    return any(a.head.i == verb.i and a.dep_ in REPORTED for a in [token, *token.ancestors])


def _telling_dates(ctx: DocContext) -> set[int]:
    """The starts of the dates that date a report of something rather than the thing, found once."""
    if ctx.telling_dates is None:
        ctx.telling_dates = {d.start for d in ctx.dates if d.value and _reporting_verb(d.start, d.end, ctx)}
    return ctx.telling_dates


def _dates_the_telling(d: DateMention, token: Token, ctx: DocContext) -> bool:
    """A date of a reporting clause does not date the event it reports, unless it is the
    reporting itself ('the ministry said on Monday' is the ministry's statement)."""
    if d.start not in _telling_dates(ctx):
        return False
    verb = _reporting_verb(d.start, d.end, ctx)
    return verb is not None and _reported_by(token, verb)


def _nearest(token: Token, sent: Span, ctx: DocContext, previous: Span | None = None) -> str | None:
    mentions = sorted(ctx.dates_in(sent.start_char, sent.end_char), key=lambda d: d.start)
    ends = _range_ends(mentions, ctx)
    mentions = [d for d in mentions if d.start not in ends and not _in_another_clause(d.start, d.end, token, ctx)]
    past = [d for d in mentions if _in_the_subjects_participle(d.start, d.end, token, ctx)]
    kept = [d for d in mentions if d not in past]
    # "This year's Zagreb Pride, held in June, passed ...": the participle's month refines the year.
    mentions = [d for d in mentions if d in kept or any(
        d.value and k.value and len(d.value) > len(k.value) and d.value.startswith(k.value) for k in kept)] \
        if kept else mentions
    dating = [d for d in mentions if not _names_a_thing(d, token, ctx) and not _an_end(d, ctx)]
    if not dating and token.pos_ == "VERB" and mentions and all(_names_a_title(d, ctx) for d in mentions):
        return None  # "sentenced the 2022 Nobel Peace Prize laureate": no date of its own
    mentions = dating or mentions
    told = [d for d in mentions if not _dates_the_telling(d, token, ctx)]
    if mentions and not told:
        return _told_on(min(mentions, key=lambda d: abs(d.start - token.idx)).value or "", sent, previous, ctx)
    if not told:
        return None
    clause = _own_clause(token)
    own = [d for d in told if (span := ctx.doc.char_span(d.start, d.end, alignment_mode="expand")) is not None
           and span.root.i in clause]
    mentions = own or told
    anchor = token.idx
    best = min(mentions, key=lambda d: (min(abs(d.start - anchor), abs(d.end - anchor))))
    # "In the summer of 2014 they arrested X on 30 July", "8 Jun — The rectorate banned this
    # year's march": the finer date within the coarser one, in the clause or heading it (not
    # in a clause that follows: "banned it last year, and on 25 May activists marched").
    opens = min((ctx.doc[i].idx for i in clause), default=token.idx)
    heading = [d for d in told if d.end <= opens]
    finer = [d for d in [*mentions, *heading] if d.value and best.value and len(d.value) > len(best.value)
             and d.value.startswith(best.value)]
    if finer:
        best = min(finer, key=lambda d: (min(abs(d.start - anchor), abs(d.end - anchor))))
    return best.value


def _an_end(d: DateMention, ctx: DocContext) -> bool:
    """'banned all rallies until 1 April': the day it ends, not the day it was done."""
    return ends_a_period(ctx.text, d.start)


ATTRIBUTIVE_DEPS = ("nummod", "compound", "amod", "nmod")


def _names_a_thing(d: DateMention, token: Token | None, ctx: DocContext) -> bool:
    """'adopted a bill, extending a 2013 law': a year before a noun names the thing (the 2013
    law, its 2019 report), it does not date the event — unless the thing is the trigger."""
    if d.precision != "year":
        return False
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    thing = root.head
    # "After the 2010 march was attacked": the march's year is when what was done to it was done.
    done_to_it = token is not None and thing.lower_ in ASSEMBLY_WORDS and thing.head.i == token.i \
        and thing.dep_ in ("nsubjpass", "dobj")
    return (root.dep_ in ATTRIBUTIVE_DEPS and thing.i > root.i and thing.pos_ in ("NOUN", "PROPN")
            and (token is None or thing.i != token.i) and not done_to_it)


# Things whose year is when something happened ("before the 2017 march", "the 2015 decision"):
# their year can still date what the sentence tells.
HAPPENING_NOUNS = {"decision", "ruling", "judgment", "judgement", "verdict", "election", "elections", "vote",
                   "referendum", "law", "bill", "ban", "amendment", "amendments", "protest", "protests", "attack",
                   "crackdown", "raid", "raids", "case", "report", "resolution", "campaign", "session", "edition"}


def _names_a_title(d: DateMention, ctx: DocContext) -> bool:
    """'the 2022 Nobel Peace Prize laureate', 'the 2019 Sakharov Prize': a year in a title or
    honour someone holds, which dates nothing that is done to them."""
    if not _names_a_thing(d, None, ctx):
        return False
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    thing = span.root.head
    noun_phrase = [thing, *(t for t in thing.subtree if t.i > span.root.i and t.i < thing.i)]
    return not any(t.lemma_.lower() in HAPPENING_NOUNS | ASSEMBLY_WORDS for t in noun_phrase) \
        and not (thing.dep_ == "pobj" and thing.head.lower_ in ("before", "after", "since", "during", "until"))


def _story_dates(ctx: DocContext) -> list[DateMention]:
    """The text's dates that date something: not the years that only name a thing ('the 2013 law')."""
    if ctx.story_dates is None:
        ctx.story_dates = [d for d in ctx.dates if d.value and not _names_a_thing(d, None, ctx)]
    return ctx.story_dates


def _told_on(telling: str, sent: Span, previous: Span | None, ctx: DocContext) -> str:
    """Only the day it was told is given: what is told happened on the day the paragraph has
    just told of, when that is no later; else then or shortly before: the telling's month."""
    if previous is not None and ctx.paragraph_of(sent.start_char)[0] <= previous.start_char:
        carried = _last_main_date(previous, ctx)
        if carried and carried <= telling:
            return carried
    return telling[:7]


def _last_main_date(sent: Span, ctx: DocContext) -> str | None:
    """The date the sentence before ended its story on, leaving out its descriptions' dates."""
    telling = _telling_dates(ctx)
    mentions = ctx.dates_in(sent.start_char, sent.end_char)
    mentions = [d for d in mentions if d.start not in telling] or mentions
    main = [d for d in mentions if not _in_a_modifier(d.start, d.end, ctx)] or mentions
    return main[-1].value if main else None


def _in_a_modifier(start: int, end: int, ctx: DocContext) -> bool:
    """'amendments, published in late June,', 'Beizaras v. Lithuania, decided on 14 January
    2020,': the date of a noun's description, not of what the sentence tells."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.dep_ in ("relcl", "acl") for t in [span.root, *span.root.ancestors])


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
WHILE_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
               "year": "year", "years": "year", "decade": "decade", "decades": "decade"}


def _a_while_after(token: Token) -> tuple[Token, Token, int, str, int] | None:
    """'ten years after the Constitutional Council had found', 'a day after the Supreme Court
    ordered': the clause the trigger is in, the act it is measured from, how far and which way
    (-1: it came before that act)."""
    # Only a clause: "two weeks after the arson, on 21 May" names the arson to date the
    # sentence's own act, not to tell the arson again.
    clause = _clause_verb(token)
    if clause.dep_ != "advcl":
        return None
    link, anchor = next((c for c in clause.children if c.dep_ == "mark"), None), clause.head
    if link is None or link.lower_ not in ("after", "before"):
        return None
    for unit in (c for c in [*link.children, *clause.children] if c.dep_ == "npadvmod"):
        kind = WHILE_UNITS.get(unit.lower_)
        count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
        if kind is None or count is None or any(c.dep_ in ("advmod", "quantmod") for c in count.children):
            continue  # "more than twenty years after": not a date
        n = int(count.text) if count.text.isdigit() else NUMBER_WORDS.get(count.lower_)
        if n is None or n > 100:
            continue
        return clause, anchor, n, kind, -1 if link.lower_ == "after" else 1
    return None


def _shifted(value: str, n: int, kind: str) -> str:
    """A date moved by n days, weeks, months, years or decades, at the precision the move allows."""
    if kind in ("year", "decade"):
        return str(int(value[:4]) + n * (10 if kind == "decade" else 1))
    if len(value) < 7:
        return value  # a day or a month away from a year is still that year (or the one next to it)
    if kind == "month":
        months = int(value[:4]) * 12 + int(value[5:7]) - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if len(value) < 10:
        return value[:7]
    return (calendar_date.fromisoformat(value) + timedelta(days=n * (7 if kind == "week" else 1))).isoformat()


def _measured_from_another_act(token: Token, sent: Span, previous: Span | None, ctx: DocContext) -> EventDate | None:
    """'The Mazhilis approved a ban last month, ten years after the Constitutional Council had
    found a similar bill unconstitutional': the finding is dated by the approval, ten years back
    (unless its own clause names its date)."""
    found = _a_while_after(token)
    if found is None:
        return None
    clause, anchor, n, kind, sign = found
    inside = {t.i for t in clause.subtree}
    for d in ctx.dates_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and span.root.i in inside:
            return None
    main = event_date(anchor, sent, previous, ctx)
    if main.value is None or main.source == "none":
        return None
    value = _shifted(main.value, sign * n, kind)
    return EventDate(value, precision_of(value), main.source)


# "• 19 Apr 2019 — The court overturned the 2017 ban": a dated line of a timeline or digest.
LINE_HEADING = re.compile(r"^\s*(?:[•·▪*-]|\d+[.)])?\s*(?P<date>[^\n—–:]{3,40}?)\s*[—–:]\s*$")


def _line_heading_date(sent: Span, ctx: DocContext) -> str | None:
    """The date that heads the sentence's line, when the text before it on the line is only that."""
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    if line_start >= sent.start_char or not LINE_HEADING.match(ctx.text[line_start: sent.start_char]):
        return None
    mentions = [d for d in ctx.dates_in(line_start, sent.start_char) if d.value]
    return mentions[-1].value if mentions else None


def event_date(token: Token, sent: Span, previous: Span | None, ctx: DocContext) -> EventDate:
    measured = _measured_from_another_act(token, sent, previous, ctx)
    if measured is not None:
        return measured
    heading = _line_heading_date(sent, ctx)
    if heading is not None and not any(d.value and not _names_a_thing(d, token, ctx)
                                       for d in ctx.dates_in(sent.start_char, sent.end_char)):
        return EventDate(heading, precision_of(heading), "sentence")
    value = _nearest(token, sent, ctx, previous)
    if value:
        return EventDate(value, precision_of(value), "sentence")
    if previous is not None:
        para = ctx.paragraph_of(sent.start_char)
        if para[0] <= previous.start_char:
            carried = _last_main_date(previous, ctx)
            if carried:
                return EventDate(carried, precision_of(carried), "previous")
    if ctx.ref is not None:
        year = ctx.ref.value[:4]
        story = _dominant_year(ctx) if _told_in_the_past(token) else None
        telling = _telling_dates(ctx)
        earlier = [d for d in _story_dates(ctx) if d.end <= sent.start_char]
        before = [d.value or "" for d in earlier if d.start not in telling] or [d.value or "" for d in earlier]
        in_paragraph = [d for d in earlier if d.start >= ctx.paragraph_of(sent.start_char)[0]
                        and d.start not in telling]
        if story and in_paragraph and in_paragraph[-1].value and in_paragraph[-1].value.startswith(story[:4]):
            # "We marched on 10 May. The police came onto the campus. Twenty were detained.":
            # the paragraph goes on with the day it told, in the year the text looks back on.
            year = in_paragraph[-1].value
        elif story and before and before[-1].startswith(story[:4]):
            year = story  # the text was last telling that year's story
        elif (_told_in_the_past(token) and in_paragraph and in_paragraph[-1].value
              and len(in_paragraph[-1].value) == 10 and in_paragraph[-1].value.startswith(year)):
            year = in_paragraph[-1].value  # "Then, on Saturday the 17th, the march happened. ... Thousands walked it."
        elif _told_in_the_past(token) and before and (before[-1].startswith(year) or not ctx.published):
            # Without a publication date the reference is only the text's latest date, which
            # says nothing of when an undated sentence in the middle of it happened.
            year = _going_on(before[-1], ctx.ref)
        return EventDate(year, precision_of(year), "document")
    return EventDate(None, None, "none")


# News tells the days just before it is published: "on Saturday ... . Police detained 25".
NEWS_DAYS = 7


def _going_on(last: str, ref: RefDate) -> str:
    """The date an undated past-tense sentence takes from the story the text was last telling:
    that very day when it is the news of the week of publication, else only its month."""
    if len(last) == 10 and ref.day is not None and 0 <= (ref.day - calendar_date.fromisoformat(last)).days <= NEWS_DAYS:
        return last
    return last[:7]


def _told_in_the_past(token: Token) -> bool:
    """'238 people were killed', 'internet access was cut': simple past, told as part of the
    story. 'Few officers have been convicted' (present perfect) or 'is cut' speak of now."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "is", "are", "am", "will", "would", "can", "may") for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _dominant_year(ctx: DocContext) -> str | None:
    """The year (or month, if most of that year's dates fall in it) the text dates most of its
    story in, when that is not the reference's: an undated past-tense sentence in a report
    published a year on ('one year on') is about then."""
    counts = Counter(d.value[:4] for d in _story_dates(ctx) if d.value)
    if not counts:
        return None
    year, n = counts.most_common(1)[0]
    ref_year = ctx.ref.value[:4] if ctx.ref else None
    if year == ref_year or n <= counts.get(ref_year or "", 0) or (ref_year and year > ref_year):
        return None
    # "On 2 January 2022 ... On 5 January ... Two days later": a story told within one month.
    months = Counter(d.value[:7] for d in _story_dates(ctx) if d.value and d.value[:4] == year and len(d.value) >= 7)
    if months:
        month, m = months.most_common(1)[0]
        if 2 * m > n:
            return month
    return year


# "fined in December 2019 and again in July 2020": the same act, twice.
# "in 2011, 2012 and 2013", "in 2011, again in 2012 and once more in 2013", "and then on 5 May".
# "passed the first reading in October 2014 and the second in June 2015": a reading again.
REPEAT_GAP = re.compile(r"^\s*(?:,\s*(?:(?:and|then)\s+)?|(?:and|then)\s+)(?:(?:again|later|once more|once again)\s+)?"
                        r"(?:(?:its|the)\s+(?:second|third|final|last)(?:\s+reading)?\s+)?"
                        r"(?:(?:in|on)\s+)?$", re.I)
DEICTIC = re.compile(r"\b(?:today|yesterday|tomorrow|ago|this|last|next|earlier|later|previous)\b", re.I)
# "between 2011 and 2013", "from 2011 to 2013": one span of time, not two dates.
RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?$", re.I)


# "arrested Leyla Yunus on 30 July, the lawyer Rasul Jafarov on 2 August and ...": another
# person, and the day it was done to them.
NAMED_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?P<who>[^,.;:()]{2,60}?)\s+(?:on|in)\s+$", re.I)


FIRST_NAMED = re.compile(r"^\s+(?P<who>[^,.;:()]{2,60}?)\s+(?:on|in)\s+$", re.I)


def _named_between(a: DateMention, b: DateMention, ctx: DocContext) -> str | None:
    """The person or group named, with no verb, between two dates: whom the second date is for."""
    if a.precision != b.precision or a.value == b.value:
        return None
    return _named_in(a.end, b.start, NAMED_GAP, ctx)


def _named_in(start: int, end: int, pattern: re.Pattern[str], ctx: DocContext) -> str | None:
    m = pattern.match(ctx.text[start:end])
    if m is None:
        return None
    span = ctx.doc.char_span(start + m.start("who"), start + m.end("who"), alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    named = [ctx.entity_index[t.i] for t in span if t.i in ctx.entity_index
             and ctx.entity_index[t.i].label in ("PERSON", "ORG")]
    if named:
        return ctx.canonical(named[-1].text)
    # The model missed the name: the proper nouns that end the phrase ("the defender Leyla Yunus").
    tail: list[Token] = []
    for t in reversed(span):
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            break
        tail.insert(0, t)
    return ctx.canonical(" ".join(t.text for t in tail)) if len(tail) >= 2 else None


def dates_and_targets(
    date: EventDate, sent: Span, ctx: DocContext, token: Token,
) -> list[tuple[EventDate, str | None]]:
    """repeated_dates, and for a date that comes with a person of its own ('Yunus on 30 July,
    Jafarov on 2 August'), that person (None: the event's own target)."""
    out: list[tuple[EventDate, str | None]] = [(d, None) for d in repeated_dates(date, sent, ctx, token)]
    if len(out) > 1:
        return out
    mentions, at = _sentence_dates(date, sent, ctx)
    if at is None:
        return out
    for a, b in pairwise(mentions[at:]):
        who = _named_between(a, b, ctx)
        if who is None:
            break
        out.append((EventDate(b.value, precision_of(b.value), "sentence"), who))
    if len(out) > 1:
        first = _named_in(token.idx + len(token.text), mentions[at].start, FIRST_NAMED, ctx)
        out[0] = (out[0][0], first)
    return out


def _sentence_dates(date: EventDate, sent: Span, ctx: DocContext) -> tuple[list[DateMention], int | None]:
    """The sentence's date mentions in text order, and which of them gave the event its date
    (None when the date did not come from the sentence)."""
    if date.source != "sentence":
        return [], None
    mentions = sorted(ctx.dates_in(sent.start_char, sent.end_char), key=lambda d: d.start)
    return mentions, next((i for i, d in enumerate(mentions) if d.value == date.value), None)


def repeated_dates(date: EventDate, sent: Span, ctx: DocContext, token: Token) -> list[EventDate]:
    """The event's date and the dates joined to it by 'and again in ...', in text order."""
    mentions, at = _sentence_dates(date, sent, ctx)
    if at is None:
        return [date]
    lo = hi = at
    if any(RANGE_BEFORE.search(ctx.text[max(0, d.start - 30):d.start]) for d in mentions[max(0, at - 1): at + 1]):
        return [date]

    def repeats(a: DateMention, b: DateMention) -> bool:
        # "..., and in September 2015 the Supreme Court banned ...": a clause of its own is
        # another act, not the same act again.
        if not REPEAT_GAP.match(ctx.text[a.end: b.start]):
            return False
        if not a.value or not b.value or a.precision != b.precision or a.value.startswith(b.value) \
                or b.value.startswith(a.value) or DEICTIC.search(a.text) or DEICTIC.search(b.text):
            return False  # "Two years ago, on 5 July 2021", "Today, 3 March": one date said twice
        span = ctx.doc.char_span(b.start, b.end, alignment_mode="expand")
        if span is None:
            return True
        verb, own = _clause_verb(span.root), _clause_verb(token)
        if own.dep_ == "advcl" and verb in own.ancestors:
            return False  # "After the 2010 march was attacked, authorities banned it in 2011, 2012 and 2013"
        return verb.i == own.i or verb in own.ancestors or not any(c.dep_ == "nsubj" for c in verb.children)

    while lo > 0 and repeats(mentions[lo - 1], mentions[lo]):
        lo -= 1
    while hi + 1 < len(mentions) and repeats(mentions[hi], mentions[hi + 1]):
        hi += 1
    return [EventDate(d.value, precision_of(d.value), "sentence") for d in mentions[lo: hi + 1]]
