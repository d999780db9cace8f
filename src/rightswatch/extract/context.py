"""What the extractor knows of a whole document before it reads any one sentence:
reference date, dates, places, main country, named entities in order, signatories."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from rightswatch.extract.gatherings import assembly_mentions
from rightswatch.extract.laws import law_mentions
from rightswatch.nlp.dates import MONTHS, DateMention, RefDate, latest, resolve_dates, scan_dates
from rightswatch.nlp.places import Gazetteer, Place, normalise
from rightswatch.nlp.word_index import token_texts
from rightswatch.resolve.aliases import normalise_alias

PLACE_PREPOSITIONS = {"in", "at", "from", "near", "to", "across", "outside", "inside", "of", "into", "around"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Cities whose names stand for institutions more often than for places.
INTERNATIONAL_SEATS = {"Strasbourg", "Luxembourg", "Geneva", "The Hague", "Brussels"}
TITLE_WORDS = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|mp|sir|madam|deputy|senator|president|prime minister|"
    r"minister|activist|journalist|lawyer|judge|mayor|chairman|chairwoman|chair|director|"
    r"leader|spokesperson|spokesman|spokeswoman|ombudsman|blogger|human rights defender|"
    r"the)\.?\s+)+",
    re.IGNORECASE,
)
SIGNATURE_MAX_WORDS = 10
MAX_PLACE_TOKENS = 6  # "Komsomolsk - on - Amur"; no place name is longer
HYPHEN_CONNECTORS = {"on", "na", "upon", "sur", "am", "de"}
# "Ursula von der Leyen", "Rafael van der Vaart": lower-case particles inside a person's name.
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "la", "le", "ten", "ter",
                  "bin", "ibn", "al", "el"}


@dataclass(frozen=True)
class PlaceMention:
    start: int  # token index in the doc
    end: int
    place: Place


@dataclass(frozen=True)
class EntityMention:
    text: str
    label: str
    start: int  # token index
    end: int


@dataclass
class DocContext:
    doc: Doc
    kind: str | None
    published: str | None
    ref: RefDate | None
    dates: list[DateMention]
    places: list[PlaceMention]
    entities: list[EntityMention]
    main_country: str | None
    country_counts: Counter[str]
    signatories: list[str]
    aliases: dict[str, str]
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # char spans
    text: str = ""  # doc.text, built once: spaCy joins every token each time it is asked
    _chunks: list[Span] | None = None
    # Where the places are, as token sets, for the role finder's many look-ups.
    place_spans: set[tuple[int, int]] = field(default_factory=set)
    place_tokens: set[int] = field(default_factory=set)
    country_tokens: frozenset[int] = frozenset()
    entity_index: dict[int, EntityMention] = field(default_factory=dict)  # token index -> mention
    _laws: list[tuple[int, str]] | None = None
    _assemblies: list[tuple[int, str]] | None = None
    telling_dates: set[int] | None = None  # dates of reporting clauses (extract/when.py), found once
    story_dates: list[DateMention] | None = None  # dates that date something (extract/when.py), found once
    full_names: dict[str, str] = field(default_factory=dict)  # surname -> the one full name it is in the text
    _headings: list[tuple[int, str]] | None = None  # (char, country) of lines that name only a country
    home_cities: dict[str, Place | None] = field(default_factory=dict)  # where._home_city, per country

    def __post_init__(self) -> None:
        self.entity_index = {i: m for m in self.entities for i in range(m.start, m.end)}
        if not self.text:
            self.text = self.doc.text
        self.place_spans = {(p.start, p.end) for p in self.places}
        self.place_tokens = {i for p in self.places for i in range(p.start, p.end)}
        self.country_tokens = frozenset(i for p in self.places if p.place.kind == "country"
                                        for i in range(p.start, p.end))
        # "Chișinău", "Bălți": a city keeps the spelling the report gives it when that is the
        # canonical name with its diacritics (the gazetteer's names are plain Latin).
        self.spellings: dict[str, str] = {}
        for p in self.places:
            said = self.doc[p.start:p.end].text
            if p.place.kind == "city" and not said.isascii() and not said.isupper() \
                    and normalise(said) == normalise(p.place.name):
                self.spellings.setdefault(p.place.name, said)
        # Light coreference: "President Tokayev" is the Kassym-Jomart Tokayev the report named,
        # unless two people of that surname are named.
        by_surname: dict[str, set[str]] = {}
        for m in self.entities:
            if m.label == "PERSON":
                full = strip_title(m.text)
                if " " in full:
                    by_surname.setdefault(full.rsplit(" ", 1)[1], set()).add(full)
        self.full_names = {surname: next(iter(names)) for surname, names in by_surname.items() if len(names) == 1}

    def noun_chunks(self) -> list[Span]:
        """The document's noun chunks, found once (spaCy walks the whole document each time)."""
        if self._chunks is None:
            self._chunks = list(self.doc.noun_chunks)
        return self._chunks

    def law_mentions(self) -> list[tuple[int, str]]:
        """The document's named laws (token index, short name), found once."""
        if self._laws is None:
            self._laws = law_mentions(self.doc)
        return self._laws

    def assembly_mentions(self) -> list[tuple[int, str]]:
        """The document's named assemblies (token index, name), found once; a Pride named as an
        organisation ('KyivPride marched') counts, since its march bears its name."""
        if self._assemblies is None:
            # Not the organisation as owner: 'the offices of Tbilisi Pride'.
            prides = [(m.start, m.text) for m in self.entities if m.label == "ORG" and "pride" in m.text.lower()
                      and not (self.doc[m.end - 1].dep_ == "pobj" and self.doc[m.end - 1].head.lower_ == "of")]
            self._assemblies = sorted(assembly_mentions(self.doc) + prides)
        return self._assemblies

    def section_country(self, char: int) -> str | None:
        """The country of the section the text is in at `char`: digests and annual reports head
        each country's part with its name on a line of its own ("KAZAKHSTAN", "Azerbaijan")."""
        if self._headings is None:
            self._headings = []
            for p in self.places:
                if p.place.kind != "country" or not p.place.country:
                    continue
                start, end = self.doc[p.start].idx, self.doc[p.end - 1].idx + len(self.doc[p.end - 1])
                line_start = self.text.rfind("\n", 0, start) + 1
                line_end = self.text.find("\n", end)
                line = self.text[line_start:len(self.text) if line_end < 0 else line_end]
                if line.strip(" \t:.—–-#*").lower() == self.text[start:end].lower():
                    self._headings.append((start, p.place.country))
        return next((code for at, code in reversed(self._headings) if at <= char), None)

    def dates_in(self, start_char: int, end_char: int) -> list[DateMention]:
        return [d for d in self.dates if d.start >= start_char and d.end <= end_char and d.value]

    def places_in(self, span: Span) -> list[PlaceMention]:
        return [p for p in self.places if p.start >= span.start and p.end <= span.end]

    def paragraph_of(self, char: int) -> tuple[int, int]:
        for start, end in self.paragraphs:
            if start <= char <= end:
                return start, end
        return 0, len(self.text)

    def canonical(self, name: str) -> str:
        cleaned = strip_title(name)
        if " " not in cleaned:
            cleaned = self.full_names.get(cleaned, cleaned)
        return self.aliases.get(normalise_alias(cleaned), cleaned)


def strip_title(name: str) -> str:
    name = name.strip().strip("\"'“”‘’«»").strip()
    name = TITLE_WORDS.sub("", name)
    name = re.sub(r"'s$|’s$", "", name)
    return name.strip(" ,.;:")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _capitalised_runs(words: list[str]) -> list[tuple[int, int]]:
    """words: each token's text with its trailing space (a plain list: building a spaCy Token
    for every look costs more than the whole scan)."""
    text = [w.rstrip() for w in words]
    lower = [t.lower() for t in text]
    alpha = [t.isalpha() for t in text]
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i][:1].isupper() and (alpha[i] or "-" in text[i]):
            j = i + 1
            while j < n and (
                (text[j][:1].isupper() and (alpha[j] or "-" in text[j]))
                or (text[j] == "-" and j + 1 < n and text[j + 1][:1].isupper())
                # "Komsomolsk-on-Amur", "Rostov-na-Donu"
                or (text[j] == "-" and j + 3 < n and lower[j + 1] in HYPHEN_CONNECTORS
                    and text[j + 2] == "-" and text[j + 3][:1].isupper())
                or (lower[j] in HYPHEN_CONNECTORS and text[j - 1] == "-")
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


CAPITAL = re.compile(r"\bcapital\b", re.I)
# Scanning the text is far cheaper than building a spaCy Token for every word.
CAPITALISED_WORD = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*")
CITY_OFFICES = {"mayor", "police", "court", "city", "council", "governor", "prosecutor", "authorities"}
LOCATIVE_ADJECTIVES = {"central", "downtown", "northern", "southern", "eastern", "western", "north-eastern",
                       "north-western", "south-eastern", "south-western", "suburban", "greater", "old"}
# Districts bear the names of other cities (Soviet-era "Sverdlovsk", "Leninsky", "Oktyabrsky").
DISTRICT_WORDS = {"district", "raion", "rayon"}
DATELINE_DASHES = {"—", "–", "-", "--", ","}


def in_a_side_clause(word: Token, trigger: Token) -> bool:
    """'acquitted the activists who were arrested in 2022 in Minsk': a word in a relative clause
    that does not hold the trigger dates or places that clause's story, not the event."""
    for ancestor in [word, *word.ancestors]:
        if ancestor.i == trigger.i:
            return False
        if ancestor.dep_ == "relcl" and trigger not in ancestor.subtree:
            return True
        # "detained within days; they confessed they had acted because she had marched in
        # Istanbul the previous year": a reason clause tells its own, earlier story.
        if ancestor.dep_ == "advcl" and trigger not in ancestor.subtree and any(
                c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in ancestor.children):
            return True
    return False


REASON_MARKS = {"because"}  # not "since": "banned since the court declared it ... in 2015" dates the ban


TITLE_MAX_TOKENS = 12


def a_title_line(sent: Span, ctx: DocContext) -> bool:
    """A short sentence with no closing stop: a headline, a section's or a digest's title."""
    said = ctx.text[sent.start_char:sent.end_char].strip()
    return len(sent) <= TITLE_MAX_TOKENS and not said.endswith((".", "!", "?", '"', "”"))


def quote_open(before: str) -> bool:
    """Does a quotation stay open at the end of `before`: open curly quotes outnumber closed
    ones, or straight ones are odd?"""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def inside_quotes(sent: Span, i: int) -> bool:
    """Token i stands inside a quotation of its sentence ('... from the “darkness spread by the
    United States”')."""
    return quote_open(sent.doc[sent.start:i].text)


def _at_line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


def is_dateline(doc: Doc, i: int, j: int) -> bool:
    """'BIAŁYSTOK — The first Equality March ...', 'LVOV, Ukraine — ...': a news dateline."""
    return (_at_line_start(doc, i) and all(t.is_upper for t in doc[i:j]) and j < len(doc)
            and doc[j].text in DATELINE_DASHES)


DATELINE_REACH_TOKENS = 14  # "LUBLIN, Poland, June 12 (Agency) —" and no more


def dateline_end(sent: Span) -> int:
    """The index just past a news dateline that opens the sentence ("ISTANBUL, June 27 (Agency)
    —", "LUBLIN, Poland —"), else the sentence's start. The parser often makes the city, or the
    agency, the subject of the report's first verb; neither acted."""
    first = sent[0]
    if not (_at_line_start(sent.doc, first.i) and first.is_upper and first.is_alpha and len(first) >= 3):
        return sent.start
    for tok in sent[1:DATELINE_REACH_TOKENS]:
        if tok.text in ("—", "–", "--") or (tok.text == "-" and tok.whitespace_):
            return tok.i + 1
        if tok.pos_ in ("VERB", "AUX"):
            break
    return sent.start


def _capitals(doc: Doc, text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'the Ukrainian capital' -> Kyiv. A bare 'the capital' is left alone: of which country?"""
    found = []
    for match in CAPITAL.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        tok = span[0]
        before = doc[tok.i - 1]
        code = gazetteer.demonym(before.text) if before.text[:1].isupper() else None
        place = gazetteer.capital(code) if code else None
        if place is not None:
            found.append(PlaceMention(tok.i - 1, tok.i + 1, place))
    return found


def find_places(doc: Doc, gazetteer: Gazetteer, text: str | None = None) -> list[PlaceMention]:
    """Countries, then cities — a city's homonyms resolve to the countries the text names
    ("Komsomolsk-on-Amur" in a report about Russia). `text` is doc.text, if the caller has it."""
    words = token_texts(doc, text)
    runs = _capitalised_runs(words)
    named: set[str] = set()
    for start, end in runs:
        for i in range(start, end):
            for j in range(min(end, i + MAX_PLACE_TOKENS), i, -1):
                place = gazetteer.country("".join(words[i:j]).strip())
                if place and place.country:
                    named.add(place.country)
            code = gazetteer.demonym(words[i].strip())
            if code:
                named.add(code)
    found = _find_places(doc, gazetteer, frozenset(named), runs, words)
    taken = {i for m in found for i in range(m.start, m.end)}
    found += [m for m in _capitals(doc, "".join(words), gazetteer) if not taken & set(range(m.start, m.end))]
    return sorted(found, key=lambda m: m.start)


# "Russian-language media", "German-speaking guests": a language named after a country.
LANGUAGE_WORDS = {"language", "speaking", "speakers"}
LANGUAGE_AFTER = re.compile(r"-(?:" + "|".join(sorted(LANGUAGE_WORDS)) + r")\b")


def names_a_language(tok: Token) -> bool:
    """'German' in 'a German-language festival'."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in LANGUAGE_WORDS


def _find_places(
    doc: Doc, gazetteer: Gazetteer, prefer: frozenset[str], runs: list[tuple[int, int]], words: list[str],
) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    ent_label = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
    ent_bounds = {i: (ent.start, ent.end) for ent in doc.ents for i in range(ent.start, ent.end)}
    for start, end in runs:
        # Longest sub-run first, so "Nur-Sultan" beats "Nur", "Kyrgyz Republic" beats "Kyrgyz".
        i = start
        while i < end:
            matched = False
            for j in range(min(end, i + MAX_PLACE_TOKENS), i, -1):
                text = "".join(words[i:j]).strip()
                place = gazetteer.country(text)
                if place is not None and names_a_language(doc[j - 1]):
                    place = None  # "a German-language film festival" is a language, not Germany
                if place is None and gazetteer.is_region(text):
                    i, matched = j, True
                    break
                if place is None:
                    city = gazetteer.city(text, prefer)
                    prev = words[i - 1].strip().lower() if i > 0 else ""
                    label = ent_label.get(i, "")
                    # A town's name inside a longer name is not a place ("Nur" of "Nur Otan"),
                    # but a city the model mislabels as a whole ("Almaty" as ORG) is.
                    whole = ent_bounds.get(i) == (i, j)
                    seat = j < len(doc) and doc[j].lower_ in CITY_OFFICES
                    if i >= 2 and prev in LOCATIVE_ADJECTIVES and doc[i - 2].lower_ in PLACE_PREPOSITIONS:
                        prev = doc[i - 2].lower_  # "in central Yerevan" is "in Yerevan"
                    # "Kiev mayor Vitali Klitschko", "in central Yerevan": the model calls a city a person.
                    # "in Nur-Sultan and Alma-Ata": so does a city named after one just found.
                    listed = prev in ("and", "or", ",") and bool(found) and found[-1].end == i - 1
                    person_city = whole and (seat or prev in ("in", "at") or listed)
                    # "BATUMI — A court ...": a dateline's city, whatever the model tagged it.
                    at_dateline = city is not None and is_dateline(doc, i, j)
                    if not at_dateline and ((label and not whole and label not in PLACE_LABELS) or label == "NORP"
                                            or (label == "PERSON" and not person_city)):
                        city = None
                    inner = label and not whole and ent_bounds[i][0] < i and prev not in ("of", "in", "at")
                    if city and inner:
                        city = None  # "the Rainbow Hub" is no town called Hub: a word inside a longer name
                    if city and city.country not in prefer and j < len(doc) and doc[j].lower_ in DISTRICT_WORDS:
                        city = None  # "the Sverdlovsk district police" of Bishkek: a district, not the city
                    if city and city.name in INTERNATIONAL_SEATS and prev not in ("in", "at"):
                        city = None  # "Strasbourg has ruled", "the Moscow Mechanism": an institution
                    dateline = city is not None and is_dateline(doc, i, j)
                    located = prev in ("in", "at") or listed or dateline
                    if city and city.country not in prefer and not located and (
                            label not in PLACE_LABELS or (prefer and city.population < 500_000)):
                        city = None  # "Líra" the bookshop in a report on Hungary is not Lira, Uganda
                    # "Skopje held its first Pride" in a report on North Macedonia: a city of the
                    # countries the text names, though the model tagged nothing there.
                    known_city = not label and city is not None and city.country in prefer \
                        and city.population >= 100_000
                    if city and (label in PLACE_LABELS or whole or prev in PLACE_PREPOSITIONS
                                 or city.population >= 1_000_000 or dateline or known_city):
                        place = city
                if place is not None:
                    found.append(PlaceMention(i, j, place))
                    i = j
                    matched = True
                    break
            if not matched:
                i += 1
    return found


# "the village of Shurnukh", "the town of Argun": a settlement named as one, though too small
# for the gazetteer.
SETTLEMENT = re.compile(r"\b(?:village|town|settlement|hamlet|city)\s+of\s+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b")


# "councillors in Kraśnik, south of Lublin", "Serniki, a rural municipality north of Lublin":
# a place located by a bigger one is itself the place (the bigger one is only a landmark).
NEAR_A_CITY = re.compile(r"\b([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?),\s+(?:an?\s+(?:[a-z]+\s+){0,2}?)?"
                         r"(?:near|outside|(?:just\s+)?(?:north|south|east|west|north-east|north-west|south-east|"
                         r"south-west)\s+of)\s+[A-Z]")
LANDMARK = re.compile(r"(?:\bnear|\boutside|\b(?:north|south|east|west)\s+of)\s+$")


def _landmarks(places: list[PlaceMention], doc: Doc, text: str) -> list[PlaceMention]:
    """Places named only to locate another ("near Lublin") are not where anything happened."""
    return [p for p in places if p.place.kind == "country"
            or not LANDMARK.search(text[max(0, doc[p.start].idx - 20): doc[p.start].idx])]


def _named_settlements(
    doc: Doc, text: str, country: str | None, taken: set[int], gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """Settlements the text names as such ("the city of Lvov" is Lviv, even where the model
    took it for a person); those the gazetteer does not know are in the country the text is about."""
    if country is None:
        return []
    found = []
    for match in (*SETTLEMENT.finditer(text), *NEAR_A_CITY.finditer(text)):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or taken & set(range(span.start, span.end)):
            continue
        known = gazetteer.city(match.group(1), frozenset({country}))
        place = known if known is not None and known.country == country else Place(match.group(1), "city", country)
        found.append(PlaceMention(span.start, span.end, place))
    return found


SIGNED_HEADING = re.compile(r"^\W*(?:signed(?:\s+by)?|co-signed\s+by|signatories|list\s+of\s+signatories|"
                            r"signatory\s+organi[sz]ations|endorsed\s+by)\W*$", re.I)


def _signatories(text: str) -> list[str]:
    """Organisation names listed one per line at the end of a statement: after a "Signed:" or
    "Signatories" heading if there is one, else the block of short lines the text ends with."""
    lines = text.rstrip().split("\n")
    heading = next((i for i in range(len(lines) - 1, -1, -1) if SIGNED_HEADING.match(lines[i].strip())), None)
    if heading is not None:
        listed = []
        for line in lines[heading + 1:]:
            stripped = line.strip().strip("*•-– ").strip()
            if not stripped:
                continue
            if len(stripped.split()) > SIGNATURE_MAX_WORDS or not stripped[:1].isupper() \
                    or stripped.endswith((".", ":", "?", "!")):
                break
            listed.append(stripped)
        if listed:
            return listed
    names: list[str] = []
    for line in reversed(lines):
        stripped = line.strip()
        if not stripped or (not names and all(w.startswith("#") for w in stripped.split())):
            continue  # "#NotRussia #Bulgaria #LGBTI" after the names: tags, not signatories
        words = stripped.split()
        if len(words) > SIGNATURE_MAX_WORDS or stripped.endswith((".", ":", "?", "!", "”", '"')):
            break
        if not stripped[:1].isupper():
            break
        names.append(stripped)
    names.reverse()
    return names if len(names) >= 2 else []


def _entities(doc: Doc, aliases: dict[str, str]) -> list[EntityMention]:
    mentions: list[EntityMention] = []
    full_names: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        while len(ent) > 1 and ent[-1].pos_ in ("VERB", "AUX"):
            ent = ent[:-1]  # "The League went": the model's span ran into the verb
        while (ent.label_ == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and ent.end < len(doc)
               and doc[ent.end].pos_ == "PROPN" and doc[ent.end].text[:1].isupper()):
            # "Ursula von der" + "Leyen" (tagged a place): a name does not end on its particle.
            ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
        text = strip_title(ent.text)
        if not text:
            continue
        text = aliases.get(normalise_alias(text), text)
        if ent.label_ == "PERSON":
            parts = text.split()
            if len(parts) >= 2:
                full_names[parts[-1]] = text
            elif text in full_names:
                text = full_names[text]
        mentions.append(EntityMention(text, ent.label_, ent.start, ent.end))
    return mentions


# "ALMATY, 9 March (Agency) —", "KHARKOV, Ukraine, Sept. 16 —", "Bishkek/Geneva, 26 June 2015":
# the place and day a report was filed, at the head of the text.
DATELINE_HEAD = re.compile(
    r"(?m)^[ \t]*[A-Z][\w.'’]*(?:[ /-][A-Z][\w.'’]*)*(?:,[ \t]*[A-Z][\w.'’]*(?:[ ][A-Z][\w.'’]*)*)?,[ \t]*$")
DATELINE_TAIL = re.compile(r"^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[—–]|--?|$)", re.M)
DATELINE_REACH = 400  # a dateline heads the text, after at most a title


def _outside_dateline(dates: list[DateMention], text: str) -> list[DateMention]:
    """A dateline's date is the day the report was filed, not the day of what it tells: "MOSCOW,
    Jan 30 — Police searched the offices on Tuesday" happened on the Tuesday."""
    kept = []
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        if (d.start < DATELINE_REACH and DATELINE_HEAD.match(text, line_start, d.start)
                and DATELINE_TAIL.match(text[d.end:d.end + 60])):
            continue
        kept.append(d)
    return kept


def build_context(
    doc: Doc, *, published: str | None, kind: str | None, title: str | None,
    gazetteer: Gazetteer, aliases: dict[str, str], text: str | None = None,
) -> DocContext:
    """`text`, when given, is the text the doc was parsed from (spaCy's tokenizer keeps every
    character, so it is doc.text without joining every token again)."""
    if text is None or (len(doc) and len(text) != doc[-1].idx + len(doc[-1].text_with_ws)):
        text = doc.text
    scanned = scan_dates(text)
    unresolved = resolve_dates(scanned)
    ref = RefDate(published) if published else latest(unresolved)
    first_line = text[:200].split("\n", 1)[0]
    covered = _covered_year(text) or _heading_year(title or first_line)
    if covered is not None and published and str(covered) == published and ANNUAL.search(title or first_line):
        covered -= 1  # "Annual Review 2025", published in 2025: the year it reviews is 2024
    if published and covered is not None and covered < int(published[:4]) and \
            (len(published) == 4 or COVERING.search(text[:COVERING_REACH])):
        # "Annual review ... 2022", published in 2023 with no month, or "This chapter covers
        # January–December 2023", published in February 2024: its "On 17 January" is 2023's.
        ref = RefDate(str(covered))
    heading = title or first_line
    month_covered = None if heading.rstrip().endswith(".") else _heading_month(heading)
    if published and len(published) >= 7 and kind == "report" and month_covered is not None \
            and 0 < _months_between(month_covered, published[:7]) <= 1:
        # "Digest — June 2023", published on 3 July: its "this month" is June.
        ref = RefDate(month_covered)
    years = sorted({int(d.value[:4]) for d in unresolved if d.value and not d.relative}, reverse=True)
    dates = _outside_dateline(resolve_dates(scanned, ref, years), text)
    places = find_places(doc, gazetteer, text)
    counts: Counter[str] = Counter()
    title_end = len(title) if title and text.startswith(title[:20]) else 0
    for p in places:
        if p.place.country:
            weight = 2 if doc[p.start].idx < title_end else 1
            counts[p.place.country] += weight
    for found in CAPITALISED_WORD.finditer(text):
        code = gazetteer.demonym(found.group(0))
        if code and not LANGUAGE_AFTER.match(text, found.end()):
            counts[code] += 1
    main = counts.most_common(1)[0][0] if counts else None
    taken = {i for p in places for i in range(p.start, p.end)}
    settlements = _named_settlements(doc, text, main, taken, gazetteer)
    places = sorted(_landmarks(places, doc, text) + settlements, key=lambda m: m.start)
    return DocContext(
        doc=doc, kind=kind, published=published, ref=ref, dates=dates, places=places,
        entities=_entities(doc, aliases), main_country=main, country_counts=counts,
        signatories=_signatories(text), aliases=aliases, paragraphs=_paragraphs(text), text=text,
    )


HEADING_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


HEADING_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\s+((?:19|20)\d{2})\b")


def _heading_month(heading: str) -> str | None:
    """The one month a heading names ("Civic Space Digest — June 2023"), as YYYY-MM."""
    found = {f"{y}-{MONTHS[m.lower()]:02d}" for m, y in HEADING_MONTH.findall(heading)}
    return found.pop() if len(found) == 1 else None


def _months_between(earlier: str, later: str) -> int:
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


# "Country chapters | Bosnia and Herzegovina | covering January-December 2023": the year a
# report says it covers, at its head.
COVERING = re.compile(r"\bcover(?:ing|s|ed)\b[^.\n]{0,40}?\b((?:19|20)\d\d)\b(?![^.\n]{0,20}\b(?:19|20)\d\d\b)", re.I)
COVERING_REACH = 400
ANNUAL = re.compile(r"\b(?:annual (?:review|report)|world report)\b", re.I)


def _covered_year(text: str) -> int | None:
    found = COVERING.search(text[:COVERING_REACH])
    return int(found.group(1)) if found else None


def _heading_year(heading: str) -> int | None:
    """The one year a heading names ("Annual review of civic space 2022"), if it names one."""
    years = set(HEADING_YEAR.findall(heading))
    return int(years.pop()) if len(years) == 1 else None


def entity_at(ctx: DocContext, token: Token) -> EntityMention | None:
    return ctx.entity_index.get(token.i)
