"""Place of an event: a city in its sentence, then the countries its sentence or its actors
name, then the document's main country."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rightswatch.extract.context import (
    INTERNATIONAL_SEATS,
    DocContext,
    PlaceMention,
    in_a_side_clause,
    inside_quotes,
    is_dateline,
    names_a_language,
)
from rightswatch.nlp.places import Gazetteer, Place


@dataclass(frozen=True)
class EventPlace:
    country: str | None
    location: Place | None
    source: str  # location, sentence, subject, demonym, document


def subject_countries(token: Token, ctx: DocContext) -> list[str]:
    """'Both Georgia and Kyrgyzstan held ...' -> ['GE', 'KG']: one event per country."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    codes: list[str] = []
    for subj in subjects:
        heads = [subj] + [c for c in subj.conjuncts]
        for head in heads:
            for place in ctx.places:
                code = place.place.country
                if place.start <= head.i < place.end and place.place.kind == "country" and code and code not in codes:
                    codes.append(code)
    return codes if len(codes) >= 2 else []


def _distance(token: Token, mention: PlaceMention) -> int:
    return min(abs(mention.start - token.i), abs(mention.end - 1 - token.i))


# "Meduza, the news site based in Riga": where someone is based is not where the event was.
BASED_VERBS = {"base", "headquarter", "locate", "register", "bear", "live", "exile", "relocate", "move"}


# "for the first time since Russia's invasion": a country named to date or compare, not to place.
NON_LOCATIVE_PREPS = {"since", "after", "before", "during", "until", "than", "like", "unlike", "following", "amid"}


CARE_NOUNS = {"hospital", "clinic"}


def _of_care(head: Token) -> bool:
    """'hospital (in X)', 'taken to hospital (in X)'."""
    if head.lemma_ in CARE_NOUNS:
        return True
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_ in CARE_NOUNS for g in c.children)
               for c in head.children)


def _describes_a_base(mention: PlaceMention, ctx: DocContext) -> bool:
    token = ctx.doc[mention.start]
    for ancestor in token.ancestors:
        if ancestor.lemma_ in BASED_VERBS and ancestor.dep_ in ("acl", "relcl", "amod"):
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in NON_LOCATIVE_PREPS:
            return True
        if ancestor.dep_ == "prep" and _of_care(ancestor.head):
            return True  # "two were taken to hospital in Goris": where they were treated
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ in ("ROOT", "conj"):
            break
    return False


def _dates_or_compares(tok: Token) -> bool:
    """'four months into the Russian invasion, parliament ratified', 'since the Soviet collapse':
    a nationality in a phrase that dates or compares the event does not place it."""
    for ancestor in tok.ancestors:
        if ancestor.dep_ == "npadvmod" or (ancestor.dep_ == "prep" and ancestor.lower_ in NON_LOCATIVE_PREPS):
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            break
    return False


LAW_NOUNS = {"act", "law", "code", "convention", "model", "version", "style"}


def _names_a_law(mention: PlaceMention, ctx: DocContext) -> bool:
    """'a Georgian version of the US Foreign Agents Registration Act', 'the Istanbul Convention':
    a country in a law's name is not where the event happened."""
    token = ctx.doc[mention.start]
    if token.ent_type_ == "LAW":
        return True
    head = token.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    if token.dep_ in ("compound", "nmod") and head.lemma_.lower() in LAW_NOUNS:
        return True
    # "a Kyrgyz version of Russia's ban", "a bill copied from Russia": the model copied is not
    # where the copy was made.
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in COPY_WORDS:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            break
    return False


COPY_WORDS = {"version", "copy", "replica", "imitation", "clone", "modelled", "modeled", "copied"}


def cities_in(sent: Span, ctx: DocContext) -> list[PlaceMention]:
    return [p for p in ctx.places_in(sent) if p.place.kind == "city" and not _describes_a_base(p, ctx)]


# A city big enough to name courts and councils after it (not a homonym village).
BODY_CITY_POPULATION = 100_000


def _seat(sent: Span, gazetteer: Gazetteer) -> Place | None:
    """'the Moscow City Court', 'the Minsk Regional Court': a body named after its city sits there."""
    for tok in sent:
        if (tok.ent_type_ in ("ORG", "EVENT", "FAC") and tok.text[:1].isupper() and tok.dep_ == "compound"
                and _name_head(tok).lower_ in SEAT_HEADS):
            named = gazetteer.city(tok.text)
            if (named is not None and named.population >= BODY_CITY_POPULATION
                    and named.name not in INTERNATIONAL_SEATS):
                return named
    return None


def _name_head(tok: Token) -> Token:
    """'Warsaw' in 'the Warsaw Equality Parade' -> 'Parade'."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


# The words a city names a local body or a local event with; "the Istanbul Convention", "the Helsinki Committee",
# "the Strasbourg court" sit nowhere in particular.
SEAT_HEADS = {"court", "city", "regional", "district", "council", "administration", "police", "prosecutor",
              "municipality", "mayor", "duma", "assembly", "parade", "march", "festival"}


# Who speaks or rules is not where: "ambassadors of ten countries urged ...", "the Court of
# Justice of the European Union ruled on a Romanian's case" happen in the country concerned.
# What a speaker says of other countries, in their own words, does not place their speech.
SPOKEN = {"statement_or_appeal", "hate_speech_by_official"}
SPEAKER_IS_NOT_PLACE = {"statement_or_appeal", "petition", "resolution_by_international_body", "sanction",
                        "court_ruling", "lawsuit_filed"}


def _clause_subject(token: Token) -> set[int]:
    """'Russia's agency put the movement on its list of extremists': a noun trigger's event
    happens where the subject of its clause acts."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return {t.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") for t in child.subtree}


# "blocked the site over a video about the conflict with Tajikistan": a country the event is
# about or compared with is not where it happened; one it happened in, at or across is.
SCENE_PREPS = {"in", "at", "across", "throughout", "inside", "within", "into", "to", "from", "of"}


def _sets_the_scene(mention: PlaceMention, ctx: DocContext) -> bool:
    token = ctx.doc[mention.end - 1]
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in SCENE_PREPS
    return True


def _names_a_scene(mention: PlaceMention, ctx: DocContext) -> bool:
    """'In Georgia, ...' sets the scene for the next sentence; 'US Secretary of State Blinken' or
    'Russia's foreign ministry' name whose someone is, not where the story is."""
    token = ctx.doc[mention.end - 1]
    return token.dep_ not in ("compound", "poss", "amod", "nmod") and _sets_the_scene(mention, ctx)


def _leaning(tok: Token) -> bool:
    """'the pro-Russian party', 'anti-Western rhetoric': a stance, not a nationality."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        return doc[tok.i - 2].lower_ in ("pro", "anti")
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("pro-", "anti-")


# Events that happen in a street or a square: where the story is. (An arrest or a raid told
# in passing is often elsewhere: a home, a border, a cell.)
PHYSICAL = {"assembly_applied", "assembly_permitted", "assembly_banned", "assembly_held", "assembly_disrupted",
            "attack"}


# What happens in a street, a flat or an office is where the report was filed from; a law, a
# listing or a ruling from "MOSCOW —" is the state's act, placed in no city.
ON_THE_GROUND = PHYSICAL | {"detention_or_arrest", "raid_or_inspection", "killing", "harassment_or_threat"}


FILED_FROM = {"detention_or_arrest"}


def event_place(
    token: Token, sent: Span, ctx: DocContext, gazetteer: Gazetteer, previous: Span | None = None,
    sub_event_type: str = "",
) -> EventPlace:
    place = _event_place(token, sent, ctx, gazetteer, previous, sub_event_type)
    if place.location is None and place.country and sub_event_type in PHYSICAL:
        # "KIEV — A march ... came under attack. ... Police detained 25 of the attackers.":
        # a march or an arrest told without a place happens where the story last was.
        scenes = [p for p in ctx.places if p.place.kind == "city" and p.end <= sent.start
                  and p.place.country == place.country and _names_a_scene(p, ctx) and not _describes_a_base(p, ctx)]
        if scenes:
            return EventPlace(place.country, scenes[-1].place, place.source)
    if place.location is None and place.country and sub_event_type in FILED_FROM:
        # "KHARKOV — ... Police said they had detained 15 people": a news report filed from a
        # city tells of arrests there, unless it names another place.
        filed = next((p for p in ctx.places[:1]
                      if p.place.kind == "city" and is_dateline(ctx.doc, p.start, p.end)), None)
        if filed is not None and filed.place.country == place.country:
            return EventPlace(place.country, filed.place, place.source)
    if place.location is None and place.country and sub_event_type in ON_THE_GROUND:
        # An interview with a Tashkent activist: what happened to him on the ground happened in
        # the one city the report is about, when it names one city of that country far more.
        home = _home_city(ctx, place.country)
        if home is not None:
            return EventPlace(place.country, home, place.source)
    return place


def _home_city(ctx: DocContext, country: str) -> Place | None:
    if country not in ctx.home_cities:
        ctx.home_cities[country] = _most_named_city(ctx, country)
    return ctx.home_cities[country]


def _most_named_city(ctx: DocContext, country: str) -> Place | None:
    counts = Counter(p.place.name for p in ctx.places if p.place.kind == "city" and p.place.country == country)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < HOME_CITY_MENTIONS or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return next(p.place for p in ctx.places if p.place.name == ranked[0][0])


HOME_CITY_MENTIONS = 3


# "called on Baku to release the journalists", "urged Moscow to": a capital addressed stands for its government.
APPEAL_VERBS = {"urge", "ask", "press", "call", "implore", "request", "tell", "warn", "pressure"}


def _addressed(mention: PlaceMention, ctx: DocContext) -> bool:
    """A city someone appeals to is its government, not where the appeal was made."""
    token = ctx.doc[mention.end - 1]
    if token.dep_ == "dobj":
        return token.head.lemma_ in APPEAL_VERBS
    return token.dep_ == "pobj" and token.head.lower_ in ("on", "upon") and token.head.head.lemma_ == "call"


def _event_place(
    token: Token, sent: Span, ctx: DocContext, gazetteer: Gazetteer, previous: Span | None = None,
    sub_event_type: str = "",
) -> EventPlace:
    mentions = [p for p in ctx.places_in(sent) if not _describes_a_base(p, ctx) and not _addressed(p, ctx)]
    cities = [p for p in mentions if p.place.kind == "city" and not in_a_side_clause(ctx.doc[p.start], token)
              and not (sub_event_type not in ON_THE_GROUND and is_dateline(ctx.doc, p.start, p.end))
              # "lodged his application in Strasbourg": a case before an international court
              # is the country's it concerns.
              and not (sub_event_type in SPEAKER_IS_NOT_PLACE and p.place.name in INTERNATIONAL_SEATS)]
    if cities:
        city = min(cities, key=lambda p: _distance(token, p)).place
        return EventPlace(city.country, city, "location")
    seat = _seat(sent, gazetteer)
    if seat is not None:
        return EventPlace(seat.country, seat, "body")
    countries = [p for p in mentions if p.place.kind == "country" and p.place.country and not _names_a_law(p, ctx)
                 and not in_a_side_clause(ctx.doc[p.start], token)
                 and not (sub_event_type in SPOKEN and inside_quotes(sent, p.start))]
    framing = _framing_country(sent, countries)
    if framing is not None:
        return EventPlace(framing, None, "sentence")
    if countries:
        skip: tuple[str, ...] = ("prep", "advcl", "conj")
        if sub_event_type in SPEAKER_IS_NOT_PLACE:
            # Who speaks is not where: "ambassadors of ten countries, including Sweden, urged ..."
            skip = (*skip, "nsubj", "nsubjpass")
        own = {t.i for child in token.children if child.dep_ not in skip for t in child.subtree}
        if token.dep_ == "relcl":
            # "Hungary's law, which the Commission challenged": the antecedent is the object.
            own |= {t.i for t in token.head.subtree} - {t.i for t in token.subtree}
        in_arguments = [p for p in countries if p.start in own]
        if not in_arguments and sub_event_type not in SPEAKER_IS_NOT_PLACE:
            in_arguments = [p for p in countries if p.start in _clause_subject(token)]
        if not in_arguments and sub_event_type in SPEAKER_IS_NOT_PLACE and ctx.main_country:
            return _document_country(sent, ctx)
        if in_arguments:
            return EventPlace(min(in_arguments, key=lambda p: _distance(token, p)).place.country, None, "sentence")
        if ctx.main_country in {p.place.country for p in countries}:
            return EventPlace(ctx.main_country, None, "sentence")
        settings = [p for p in countries if _sets_the_scene(p, ctx)]
        if settings:
            nearest = min(settings, key=lambda p: _distance(token, p))
            return EventPlace(nearest.place.country, None, "sentence")
    same_paragraph = previous is not None and ctx.paragraph_of(sent.start_char)[0] <= previous.start_char
    if previous is not None and same_paragraph:
        # "Protesters gathered in Tbilisi. Police dispersed them.": the scene goes on.
        scenes = {p.place.name: p.place for p in cities_in(previous, ctx) if _names_a_scene(p, ctx)}
        if len(scenes) == 1:
            city = next(iter(scenes.values()))
            return EventPlace(city.country, city, "previous")
    for tok in sent:
        if tok.text[:1].isupper() and not _leaning(tok) and not _dates_or_compares(tok) and not names_a_language(tok):
            code = gazetteer.demonym(tok.text)
            if code:
                return EventPlace(code, None, "demonym")
    if previous is not None and same_paragraph:
        # "In Georgia, ... . Police detained 8 counter-protesters.": the paragraph's country.
        earlier = [p.place.country for p in ctx.places_in(previous) if p.place.country and _names_a_scene(p, ctx)]
        if len(set(earlier)) == 1:
            return EventPlace(earlier[-1], None, "previous")
    return _document_country(sent, ctx)


def _framing_country(sent: Span, countries: list[PlaceMention]) -> str | None:
    """'In Kazakhstan, a petition ... gathered tens of thousands of signatures': a sentence that
    opens with its country sets the scene of all it tells, however the parser hangs the rest."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ != "in":
        return None
    for p in countries:
        if p.start == first.i + 1 and p.end < len(sent.doc) and sent.doc[p.end].text == ",":
            return p.place.country
    return None


def _document_country(sent: Span, ctx: DocContext) -> EventPlace:
    """The country of the section the sentence is in, else the document's main country."""
    section = ctx.section_country(sent.start_char)
    if section is not None:
        return EventPlace(section, None, "section")
    return EventPlace(ctx.main_country, None, "document")
