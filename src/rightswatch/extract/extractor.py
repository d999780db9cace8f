"""Document -> event candidates: triggers, factuality, roles, time, place, stance, confidence,
then one candidate per real-world event in the document."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from rightswatch.codebook import Codebook, load_codebook
from rightswatch.extract.cases import CASE_MARKS, case_court, case_respondent, cited_respondent
from rightswatch.extract.confidence import Evidence, confidence, features
from rightswatch.extract.context import DocContext, PlaceMention, a_title_line, build_context
from rightswatch.extract.factuality import GRANTING_VERBS, REQUEST_NOUNS, appeal_on_record, factual, the_signatories
from rightswatch.extract.merge import merge_candidates
from rightswatch.extract.repeats import repeated, repeating_verb
from rightswatch.extract.roles import UNDERGOING_VERBS, actor_and_target, coordinated_actors, coordinated_targets
from rightswatch.extract.stance import detains_perpetrators, stance_for
from rightswatch.extract.triggers import TriggerHit, argument_text, compile_rules, find_triggers
from rightswatch.extract.vetoes import UNDOING_VERBS, vetoed
from rightswatch.extract.when import EventDate, dates_and_targets, event_date
from rightswatch.extract.where import SPEAKER_IS_NOT_PLACE, EventPlace, cities_in, event_place, subject_countries
from rightswatch.extract.windows import DocWindows
from rightswatch.nlp.partial_dates import precision_of
from rightswatch.nlp.pipeline import load_pipeline
from rightswatch.nlp.places import Place, load_gazetteer
from rightswatch.records import Candidate, Document
from rightswatch.records import Span as CharSpan
from rightswatch.resolve.aliases import normalise_alias

EXTRACTOR = "rightswatch.extract.v1"
Item = TypeVar("Item")
APPEALS = {"statement_or_appeal", "petition", "extremist_designation_requested"}
JUDICIAL = {"court_ruling", "lawsuit_filed", "law_struck_down"}
PER_PLACE = {"assembly_applied", "assembly_permitted", "assembly_banned", "assembly_held", "assembly_disrupted"}
ELABORATION_TERMS = ("rally", "rallies", "march", "pride", "application", "demonstration", "picket", "protest")
PER_ACTOR = {"statement_or_appeal", "sanction", "resolution_by_international_body", "policy_or_decree"}
PER_TARGET = {"extremist_designated", "foreign_agent_designated", "undesirable_designated",
              "organisation_banned_or_liquidated", "registration_denied", "registration_granted"}
# "Istanbul Pride has been banned every year since 2015": a series of bans, recorded by its
# first (a series of marches held is not one event).
BANS_SINCE = {"assembly_banned", "registration_denied", "censorship_or_block"}
EVERY_YEAR_SINCE = re.compile(r"\bevery year since (?:19|20)\d\d\b")
NEGATION_FLIPS = {
    "assembly_permitted": "assembly_banned",
    "registration_granted": "registration_denied",
}


# How far back the events of the last sentence that told any still shape a sentence's own.
RECENT_SENTENCES = 2
# An application, a refusal or a permission told right after an assembly's application is the
# assembly's, unless the sentence speaks of registering.
ASSEMBLY_REQUESTS = {"assembly_applied", "assembly_banned", "assembly_permitted"}
ASSEMBLY_FOR_REGISTRATION = {"registration_applied": "assembly_applied", "registration_denied": "assembly_banned",
                             "registration_granted": "assembly_permitted"}
NO_ONE = re.compile(r"^(?:(?:around|about|some|over|nearly|almost|more than|up to)\s+)?[\d.,]+$"
                    r"|^(?:of )?(?:us|we|them)$", re.I)
CITY_AUTHORITY = re.compile(r"\b(?:akimat|mayor|city hall|city administration|governor|municipality|prefect)", re.I)
REGISTRATION_WORDS = re.compile(r"regist|statute|charter|public association|public foundation|\bngo\b", re.I)
# A request to a court, and what granting it does; looked for this many sentences back.
GRANTED_AS = {"extremist_designation_requested": "extremist_designated"}
RECENT_REQUEST = 6

# A court's ruling that liquidates, designates, fines or bans is coded as what it did.
SPECIFIC_OVER_RULING = {"organisation_banned_or_liquidated", "extremist_designated", "foreign_agent_designated",
                        "undesirable_designated", "fine_or_prosecution_for_speech", "assembly_banned",
                        "censorship_or_block", "detention_or_arrest", "law_struck_down"}


def _prefer_specific(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Drop a court ruling when the same sentence says what the court did (liquidated, banned) —
    but not when that act is only what the ruling found ("ruled that the state had censored")."""
    specific = [c for c in candidates if c.sub_event_type in SPECIFIC_OVER_RULING]
    if not specific:
        return candidates
    kept = []
    for cand in candidates:
        if cand.sub_event_type == "court_ruling":
            ruling = doc[cand.details["trigger_i"]]
            if any(_what_the_ruling_did(ruling, doc[s.details["trigger_i"]]) for s in specific):
                continue
        kept.append(cand)
    return kept


SENTENCE_TERMS = {"detention", "arrest", "imprisonment", "prison", "jail", "custody", "labour", "colony"}


def _sentenced_to(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """'Courts in Baku sentenced a number of them to up to 30 days of administrative detention':
    the sentence is the court's ruling; the detention it gives is its content, not an arrest."""
    given: set[int] = set()
    for cand in candidates:
        verb = doc[cand.details["trigger_i"]]
        if cand.sub_event_type == "court_ruling" and verb.lemma_.lower() == "sentence":
            given |= {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}
    if not given:
        return candidates
    return [c for c in candidates if c.sub_event_type != "detention_or_arrest" or c.details["trigger_i"] not in given
            or doc[c.details["trigger_i"]].lower_ not in SENTENCE_TERMS]


def _the_same_judgment(candidates: list[Candidate], told_before: list[Candidate]) -> list[Candidate]:
    """'In June 2012 the European Court of Human Rights ruled in Genderdoc-M v. Moldova ... The
    Court found a violation of Article 11': an undated ruling by the court that has just ruled
    tells more of that judgment, not another."""
    courts = {c.actor for c in told_before if c.event_type == "judicial" and c.actor}
    if not courts:
        return candidates
    return [c for c in candidates if not (c.sub_event_type == "court_ruling" and c.actor in courts
                                          and c.details.get("date_source") != "sentence")]


def _what_the_ruling_did(ruling: Token, act: Token) -> bool:
    """'ordered the liquidation', 'declared ... and banned': the act is the ruling's own doing.
    Not what it found ('ruled that the state had censored') nor background in a relative clause
    ('acquitted the activists who were arrested in 2022')."""
    if act.i == ruling.i:
        return True
    if act in ruling.conjuncts:
        # "X banned it, but the court overturned his decision": a clause with its own subject
        # is another's act; "declared ... and banned" shares the court as subject.
        later = act if act.i > ruling.i else ruling
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children)
    if act.dep_ == "acl" and act.head.dep_ == "dobj" and act.head.head.i == ruling.i and \
            ruling.lemma_.lower() in GRANTING_VERBS and act.head.lemma_.lower() in REQUEST_NOUNS:
        return True  # "granted a request to liquidate X": the court liquidated X
    if ruling.lemma_.lower() in UNDOING_VERBS:
        return False  # "a court overturned the ban": the ban was another's, the ruling undid it
    own = {t.i for t in ruling.subtree}
    commands = ruling.lemma_.lower() in COMMANDS
    for token in ruling.subtree:
        # What it found (its ccomp/advcl) and every relative clause below it are not its doing;
        # what it ordered ("ordered the group dissolved") is.
        if token.i != ruling.i and (token.dep_ in ("relcl", "acl") or (
                token.head.i == ruling.i and (token.dep_ == "advcl" or (token.dep_ == "ccomp" and not commands)))):
            own -= {t.i for t in token.subtree}
    return act.i in own or ruling in act.subtree


UNNAMED_OTHERS = {"other", "several", "some", "many", "various", "numerous", "dozens", "more"}


def _named_first(actors: list[str]) -> list[str | None]:
    """'Human Rights Watch and other groups condemned': one statement, the named speaker's; the
    unnamed others are no speaker of their own."""
    named = [a for a in actors if a.lower().split()[0] not in UNNAMED_OTHERS]
    return list(named if named else actors)


# "ordered the liquidation", "carried out a raid": a verb that makes the act happen.
CARRYING_VERBS = {"order", "carry", "conduct", "launch", "impose", "announce", "stage", "mount", "perform",
                  "complete", "begin", "start"}


def _a_refusal(token: Token) -> bool:
    """'was not allowed', 'would not be allowed on campus' (a decision announced): a permission
    refused. Not 'called on them not to allow it' (a wish) nor 'his group would not allow it'
    (a threat of its own): an infinitive, or a modal on an active verb, refuses nothing."""
    children = list(token.children)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    return not modal or any(c.dep_ == "auxpass" for c in children)


def _banned_every_year_since(token: Token, sent: Span, ctx: DocContext) -> bool:
    """'has been banned every year since 2015': the trigger's own 'every year', since a year."""
    own = any(c.lemma_.lower() == "year" and any(d.lower_ == "every" for d in c.children) for c in token.children)
    return own and EVERY_YEAR_SINCE.search(_text_of(sent, ctx)) is not None


def _undergone(token: Token) -> bool:
    """'Martirosyan received death threats': a noun someone received or suffered is an event
    that happened to them, not talk about such events. 'The ministry ordered the liquidation
    of three associations': a noun a past verb carried out is a reported act too."""
    if token.dep_ == "nsubj" and token.head.tag_ == "VBD" and token.head.lemma_.lower() in HAPPENING_VERBS \
            and token.lemma_.lower() in DECISION_NOUNS:
        return True  # "The refusal came within a month", "the ban followed": it happened (not "the storm came")
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "dobj":
        token = token.head.head  # "received a wave of death threats", "a lot of threats"
    done = token.head.tag_ == "VBD" or (token.head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.head.children))  # "had received"
    return token.dep_ == "dobj" and done and token.head.lemma_.lower() in UNDERGOING_VERBS | CARRYING_VERBS


HAPPENING_VERBS = {"come", "follow", "arrive", "happen", "occur", "take"}
DECISION_NOUNS = {"refusal", "rejection", "denial", "ban", "decision", "ruling", "verdict", "order", "liquidation",
                  "closure", "designation"}


JOINT_WORDS = {"joint", "jointly", "together", "co-signed", "co-authored"}


def _joint(token: Token) -> bool:
    """'X and Y issued a joint statement, calling ... and demanding ...': one statement, however
    many signed it and however many verbs tell it."""
    return any(t.lower_ in JOINT_WORDS for t in token.sent)


def _detained(token: Token) -> str:
    """The words for who was detained: the object of 'detained', or the subject of 'were
    detained', with its clauses ('people who threw eggs')."""
    return " ".join(t.text for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)


REPORTING_VERBS = {"say", "tell", "announce", "state", "report", "add", "confirm"}


def _reports_an_event(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """'The Interior Ministry said that 64 people had been detained': what is said is the event;
    the saying is how the report knows it, not a statement of its own. A demand that is the
    purpose of another act ('gathered to demand') is that act's."""
    told = {c.details["trigger_i"] for c in candidates if c.sub_event_type != "statement_or_appeal"}
    if not told:
        return candidates
    held = {c.details["trigger_i"] for c in candidates if c.sub_event_type == "assembly_held"}
    kept = []
    for cand in candidates:
        verb = doc[cand.details["trigger_i"]]
        if cand.sub_event_type == "statement_or_appeal" and verb.head.i in told and verb.head.i != verb.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # "residents gathered on the square to demand ...": the gathering is the event
        if cand.sub_event_type == "statement_or_appeal" and verb.dep_ == "conj" and verb.head.i in held \
                and not any(c.dep_ == "nsubj" for c in verb.children):
            continue  # "Thousands protested in Sofia and called on the President to veto it": the protest's call
        if cand.sub_event_type == "statement_or_appeal" and verb.lemma_.lower() in REPORTING_VERBS:
            # The clause's own verbs: a noun deep in a judgement ('marred by ... the detention
            # of protesters') is what the statement is about, not the news it reports.
            said = {t.i for c in verb.children if c.dep_ == "ccomp" for t in (c, *c.conjuncts)}
            if said & told:
                continue
        kept.append(cand)
    return kept


GRAVER_ACTS = {"attack", "assembly_disrupted", "detention_or_arrest", "killing"}


def _threat_within_act(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """'burst into a private event, filmed the participants and threatened them': threats told
    as one more verb of an attack or a disruption are part of it, not an event of their own;
    so is a crowd's gathering told as the first verb of its attack, and the wounding that goes
    with a killing."""
    graver = {c.details["trigger_i"] for c in candidates if c.sub_event_type in GRAVER_ACTS}
    if not graver:
        return candidates
    attacks = {c.details["trigger_i"] for c in candidates if c.sub_event_type == "attack"}
    killings = {c.details["trigger_i"] for c in candidates if c.sub_event_type == "killing"}
    kept = []
    for cand in candidates:
        verb = doc[cand.details["trigger_i"]]
        conjuncts = {t.i for t in verb.conjuncts}
        if cand.sub_event_type == "harassment_or_threat" and conjuncts & graver:
            continue
        if cand.sub_event_type == "attack" and (conjuncts | {verb.head.i} | {c.i for c in verb.children}) & killings:
            continue  # "killed two young men outside the bar and wounded a woman": one shooting
        if cand.sub_event_type == "assembly_held" and conjuncts & attacks:
            continue  # "dozens of men gathered outside a café and forced their way inside": a mob's attack
        kept.append(cand)
    return kept


def _reason_for_detention(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """'detained four people who threw eggs': what the detained are said to have done is the
    detention's reason, told with it, not an event of its own."""
    detained: set[int] = set()
    for cand in candidates:
        if cand.sub_event_type == "detention_or_arrest":
            verb = doc[cand.details["trigger_i"]]
            for arg in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
                detained |= {t.i for t in arg.subtree if t.i != arg.i}
    if not detained:
        return candidates
    return [c for c in candidates if c.sub_event_type not in ("attack", "harassment_or_threat")
            or c.details["trigger_i"] not in detained]


def _clauses_of(verbs: list[Token]) -> set[int]:
    """The tokens of what the verbs say or find: their clausal complements ('ruled that ...')."""
    return {t.i for verb in verbs for clause in verb.children if clause.dep_ == "ccomp" for t in clause.subtree}


def _found_by_ruling(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """'The Court ruled that Russia was responsible for his abduction and torture': what a court
    found happened years before the ruling and is told (or not) on its own day; the finding is
    the ruling."""
    rulings = [doc[c.details["trigger_i"]] for c in candidates if c.sub_event_type == "court_ruling"]
    if not rulings:
        return candidates
    found = _clauses_of(rulings)
    ruled = {c.date[:4] for c in candidates if c.sub_event_type == "court_ruling" and c.date}
    # ... unless the finding names its own year: "found that the ban on a 2005 demonstration in
    # Chișinău was discriminatory" tells the 2005 ban too.
    return [c for c in candidates if c.sub_event_type == "court_ruling" or c.details["trigger_i"] not in found
            or doc[c.details["trigger_i"]].pos_ != "NOUN"
            or (c.details.get("date_source") == "sentence" and c.date is not None and c.date[:4] not in ruled)]


def _reported_within(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """'Borrell said the EU strongly deplored the decision': what a speaker says someone
    deplored is the content of one statement, the speaker's, not a second statement."""
    speech = [doc[c.details["trigger_i"]] for c in candidates if c.sub_event_type == "statement_or_appeal"]
    if len(speech) < 2:
        return candidates
    inner = _clauses_of(speech)
    return [c for c in candidates
            if c.sub_event_type != "statement_or_appeal" or c.details["trigger_i"] not in inner]


# Where a place was only guessed (a nationality word, the paragraph or document), a known
# actor's own country says more: "Zourabichvili vetoed it, calling it 'Russian'" is Georgia's.
GUESSED_PLACES = {"demonym", "previous", "section", "document"}
SEATED_NAME = re.compile(r"\b(?:of|in) (?:the )?((?:St\.? |Saint )?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)$")
VOTE_COUNT = re.compile(r"\b\d+ votes? (?:to|against) \d+|\bby \d+ votes\b|\bwith \d+ votes in favour\b", re.I)
LEGISLATORS = {"mps", "deputies", "lawmakers", "legislators", "parliamentarians", "members of parliament",
               "parliament", "the parliament", "lower house", "the chamber", "chamber", "deputies of the parliament"}
COMMANDS = {"order", "instruct", "direct"}
LAW_WORDS = {"bill", "law", "amendment", "amendments", "act", "draft", "legislation", "code", "provision",
             "package", "rules", "regulation", "regulations"}
# Texts and decisions, which are what someone did, never who did it ("The new rules took effect",
# "a petition asking to legalise ...").
WRITTEN_THINGS = LAW_WORDS | {"petition", "e-petition", "ruling", "decision", "statement", "designation"}
# Nor are times, places as such and means ("the day police searched ...", "The country held its
# first Pride", "threats by phone", "a petition on the president's website").
NOT_ACTORS = WRITTEN_THINGS | {"day", "night", "evening", "morning", "week", "month", "year", "country", "province",
                               "region", "phone", "website", "site"}
STATE_BODIES = {"parliament", "government", "ministry of justice", "ministry of interior", "ministry of culture",
                "ministry of education", "justice ministry", "interior ministry", "prosecutor general's office",
                "supreme court", "constitutional court", "national assembly", "senate",
                "lower house", "upper house", "assembly", "courts"}


# Bodies of a city, named by the city the event took place in: "the akimat refused" in Almaty.
# A lone "court" is left as the text says it; a judge rules for the court, and "courts" are the
# country's when no city is named.
CITY_BODIES = {"akimat": "akimat", "akimats": "akimat", "city": "city authorities",
               "courts": "courts", "judge": "court", "judges": "courts"}


# Verbs that tell what someone said: on the record when a named person or body says it.
TELLING_VERBS = {"say", "tell", "warn", "write", "add", "note", "express", "vow", "reply", "respond", "explain"}


FACELESS_SPEAKERS = {"lawyers", "doctors", "experts", "speakers", "participants", "opponents", "leaders",
                     "associations", "critics", "observers", "residents", "people", "parents", "students",
                     "protesters", "demonstrators", "teenager", "man", "woman", "men", "women"}


def _faceless_speaker(actor: str | None) -> bool:
    """'lawyers', 'Doctors and lawyers', 'legal experts': speakers with no name or office."""
    return actor is not None and not any(ch.isupper() for ch in actor[1:]) \
        and actor.lower().split()[-1] in FACELESS_SPEAKERS


def qualify_state_body(name: str | None, country: str | None, city: str | None = None) -> str | None:
    """'parliament' in an event placed in Moldova is the Parliament of Moldova; 'the akimat' of
    an event in Almaty is the Almaty akimat; 'the judge' in Nizhny Tagil, the court there."""
    if name and name.lower().startswith("same ") and name.lower()[5:] in STATE_BODIES:
        name = name[5:]  # "the same parliament": the one named before, of the same country
    local = CITY_BODIES.get(name.lower()) if name else None
    if local is not None and name is not None:
        if city:
            return f"{local} in {city}" if local.startswith("court") else f"{city} {local}"
        if local.startswith("court"):
            name = local
    if not name or not country or name.lower() not in STATE_BODIES:
        return name
    country_name = load_gazetteer().country_name(country)
    if country_name is None:
        return name
    return f"{name[:1].upper()}{name[1:]} of {country_name}"


def _undated_statement(token: Token, sent: Span, ctx: DocContext, date: EventDate) -> EventDate:
    """Someone else's statement reported without a date: around publication, to the month —
    unless it is told as past before the report's time ('had urged', 'called at the time'):
    then it belongs with the latest date the text named before it."""
    assert ctx.ref is not None
    earlier = [d for d in ctx.dates if d.value and d.end <= sent.start_char]
    told_before = (any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)
                   or "at the time" in _text_of(sent, ctx).lower())
    if told_before and earlier:
        value = earlier[-1].value or ""
        value = value[:7]
        return EventDate(value, precision_of(value), "previous")
    if ctx.ref.month:
        return EventDate(ctx.ref.value[:7], "month", "document")
    return date


def _a_heading_of_nouns(sent: Span, ctx: DocContext) -> bool:
    """A title line with no verb: a section's or a digest's title."""
    return a_title_line(sent, ctx) and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _text_of(span: Span | None, ctx: DocContext) -> str:
    """A span's text from the document's text (spaCy's Span.text joins its tokens anew)."""
    return "" if span is None else ctx.text[span.start_char: span.end_char]


def _trimmed(sent: Span, ctx: DocContext) -> tuple[int, int]:
    text = _text_of(sent, ctx)
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, end


class Extractor:
    """Reads documents with the codebook's rules. Load once; reuse for many documents."""

    name = EXTRACTOR

    def __init__(self, codebook: Codebook | None = None, max_events: int = 200) -> None:
        self.codebook = codebook or load_codebook()
        self.nlp = load_pipeline(self.codebook)
        self.gazetteer = load_gazetteer()
        self.index = compile_rules(self.codebook)
        self.event_type_of = self.codebook.event_type_of
        self.generic_heads = {w.lower() for w in self.codebook.generic_actor_heads}
        self.aliases = {
            normalise_alias(alias): seed.name
            for seed in self.codebook.entities for alias in (seed.name, *seed.aliases)
        }
        self.max_events = max_events
        # "the Milli Majlis adopted ..." in a report about another country: the body's own.
        self.entity_countries = {seed.name: seed.country for seed in self.codebook.entities if seed.country}
        self.state_bodies = {seed.name for seed in self.codebook.entities if seed.kind == "state_body"}
        self.legislatures = {seed.country: seed.name for seed in self.codebook.entities
                             if seed.legislature and seed.country}
        self.parties = {seed.name for seed in self.codebook.entities if seed.kind == "party"}
        self.international_bodies = {seed.name for seed in self.codebook.entities
                                     if seed.kind == "state_body" and not seed.country}

    def add_aliases(self, aliases: dict[str, str]) -> None:
        """Aliases learned at the review desk (normalised alias -> canonical name)."""
        self.aliases.update(aliases)

    def extract(self, document: Document) -> list[Candidate]:
        return self._read(document, self.nlp(document.clean_text))

    def parse(self, documents: list[Document]) -> list[Doc]:
        """The language pipeline's reading of the documents, as one batch, for `read`. It may run
        in another thread while `read` works on documents parsed before."""
        return list(self.nlp.pipe((d.clean_text for d in documents), batch_size=max(1, len(documents))))

    def read(self, document: Document, parsed: Doc) -> list[Candidate]:
        """The rules over a document `parse` has read."""
        return self._read(document, parsed)

    def extract_many(
        self, documents: Iterable[Document], batch_size: int = 16
    ) -> Iterator[tuple[Document, list[Candidate]]]:
        """Documents read in batches, each parsed while the one before is read (`parsed_ahead`)."""
        docs = list(documents)
        batches = [docs[i: i + batch_size] for i in range(0, len(docs), batch_size)]
        for batch, parsed in self.parsed_ahead(batches, lambda d: d):
            for document, doc in zip(batch, parsed.result(), strict=True):
                yield document, self._read(document, doc)

    def parsed_ahead(
        self, batches: Iterable[list[Item]], document_of: Callable[[Item], Document],
    ) -> Iterator[tuple[list[Item], Future[list[Doc]]]]:
        """Each batch with its parse, the next batch's parse started (in a second thread) before
        this one is handed over: the model's matrix work releases the GIL, so parsing the next
        batch overlaps reading this one. `batches` is read one ahead."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rightswatch-parser") as parser:
            def submit(batch: list[Item]) -> Future[list[Doc]]:
                return parser.submit(self.parse, [document_of(item) for item in batch])

            pending: tuple[list[Item], Future[list[Doc]]] | None = None
            for batch in batches:
                started = (batch, submit(batch))
                if pending is not None:
                    yield pending
                pending = started
            if pending is not None:
                yield pending

    # -- one document -------------------------------------------------------------------------

    def _read(self, document: Document, doc: Doc) -> list[Candidate]:
        if document.language not in (None, "en", "und"):
            return []  # the rules and the model read English; other languages are kept unread
        ctx = build_context(
            doc, published=document.published, kind=document.kind, title=document.title,
            gazetteer=self.gazetteer, aliases=self.aliases, text=document.clean_text,
        )
        words = DocWindows(doc, ctx.text, self.index)
        sents = list(doc.sents)
        found: list[Candidate] = []
        previous_actors: list[str] = []
        # The events of the last sentence that told any, and where it is: an interview's
        # answer follows its question ("What happened?").
        told_before: list[Candidate] = []
        told_at = -RECENT_SENTENCES - 1
        requested: tuple[int, Candidate] | None = None  # the last request to a court, and where
        for i, sent in enumerate(sents):
            previous = sents[i - 1] if i > 0 else None
            following = sents[i + 1: i + 6]
            in_sentence: list[Candidate] = []
            for hit in find_triggers(sent, previous, self.index, words):
                in_sentence.extend(self._candidates(hit, sent, previous, following, ctx, previous_actors))
            specific = _prefer_specific(_sentenced_to(in_sentence, doc), doc)
            kept = _reports_an_event(_reported_within(_found_by_ruling(specific, doc), doc), doc)
            kept = _reason_for_detention(_threat_within_act(kept, doc), doc)
            if i - told_at <= RECENT_SENTENCES:
                kept = self._applications_for_assemblies(kept, told_before, _text_of(sent, ctx))
                kept = _the_same_judgment(kept, told_before)
            if requested is not None and i - requested[0] <= RECENT_REQUEST:
                kept = self._granted(kept, requested[1], doc)
            verb = repeating_verb(sent)
            if verb is not None:
                # "X voted to withdraw its declaration; Y had done the same": the act told just
                # before the verb, in this sentence or a recent one, done again by others.
                earlier = [c for c in kept if c.details["trigger_i"] < verb.i]
                model = earlier[-1] if earlier else (told_before[-1] if told_before and i - told_at <= RECENT_SENTENCES
                                                     else None)
                if model is not None:
                    kept = kept + repeated(model, verb, sent, previous, ctx, previous_actors, self.generic_heads,
                                           _trimmed(sent, ctx))
            found.extend(kept)
            if kept:
                told_before, told_at = kept, i
            asked = [c for c in kept if c.sub_event_type in GRANTED_AS]
            if asked:
                requested = (i, asked[-1])
        # A statement is someone's on the record: with no speaker found ("some calling for the
        # men to be burned", "Participants demanded ...") there is no statement to record.
        # (The document's own "We call on ..." is its authors' statement, named or not.)
        merged = [c for c in merge_candidates(found) if c.sub_event_type != "statement_or_appeal" or c.actor
                  or c.details.get("own_appeal")]
        merged.sort(key=lambda c: c.span.start)
        return merged[: self.max_events]

    def _candidates(
        self, hit: TriggerHit, sent: Span, previous: Span | None, following: list[Span],
        ctx: DocContext, previous_actors: list[str],
    ) -> list[Candidate]:
        token: Token = hit.token
        rule = hit.rule.rule
        sub = rule.sub_event_type
        ok, why = factual(token, sent, is_appeal=sub in APPEALS, text=ctx.text)
        if not ok:
            if why == "negated" and sub in NEGATION_FLIPS and _a_refusal(token):
                sub = NEGATION_FLIPS[sub]
            elif not (why == "yearly habit" and sub in BANS_SINCE and _banned_every_year_since(token, sent, ctx)):
                return []
        if sub == "statement_or_appeal" and not appeal_on_record(token)[0]:
            return []
        if vetoed(sub, token):
            return []
        respondent = case_respondent(token, self.gazetteer) if token.lower_ in CASE_MARKS else None
        if token.lower_ in CASE_MARKS and respondent is None:
            return []
        # "ruled in Identoba v. Georgia that the police had failed on 17 May 2012": a case is
        # dated by the verb that tells of its judgment.
        dated_by = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token) if respondent else token
        date = event_date(dated_by, sent, previous, ctx)
        if respondent is not None and date.source != "sentence":
            return []  # a case named again later, without its date, is not another judgment
        own_appeal = sub == "statement_or_appeal" and any(
            c.dep_ == "nsubj" and (c.lower_ == "we" or the_signatories(c)) for c in token.children)
        if sub == "statement_or_appeal" and ctx.ref:
            if ctx.ref.month and own_appeal:
                # The document's own appeal ("We condemn the verdict handed down on Monday") is
                # made when the document is published, whatever date its sentence names.
                date = EventDate(ctx.ref.value, precision_of(ctx.ref.value), "document")
            elif date.source == "document":
                date = _undated_statement(token, sent, ctx, date)
        if token.pos_ in ("NOUN", "PROPN") and _a_heading_of_nouns(sent, ctx):
            return []  # "Monthly round-up - May 2025", "2.3 2017: the Baku round-ups": a title, not a report
        if token.pos_ in ("NOUN", "PROPN") and date.source != "sentence" and not ctx.places_in(sent) \
                and not _undergone(token):
            return []  # a bare noun ("attacks on activists") with no time or place is talk, not a report
        place = event_place(token, sent, ctx, self.gazetteer, previous, sub)
        actor, target = actor_and_target(token, sent, ctx, sub, previous_actors, self.generic_heads)
        if respondent is not None:
            place = EventPlace(respondent.country, None, "case")
            actor, target = case_court(sent, previous, ctx), respondent.name
        elif sub in JUDICIAL and place.source in GUESSED_PLACES | {"sentence"}:
            # "In Buhuceanu and Others v. Romania (23 May), the Court held ...": the case its
            # sentence names is the one ruled on, whatever country the section is about.
            cited = cited_respondent(sent, ctx, self.gazetteer)
            if cited is not None:
                place = EventPlace(cited.country, None, "case")
                if actor is None and sub == "court_ruling":
                    actor = case_court(sent, previous, ctx)  # "..., decided on 14 January 2020, the Court examined"
        if sub in ASSEMBLY_FOR_REGISTRATION and actor and CITY_AUTHORITY.search(actor) \
                and not REGISTRATION_WORDS.search(_text_of(sent, ctx)):
            # "This year the akimat refused our application": a city hall decides on marches,
            # not on an organisation's registration (the justice ministry does).
            sub = ASSEMBLY_FOR_REGISTRATION[sub]
        if sub == "policy_or_decree" and actor in self.international_bodies:
            # "the European Parliament declared the whole EU an LGBTIQ Freedom Zone": an
            # international body's act is its resolution, not a country's policy.
            sub = "resolution_by_international_body"
        if sub == "statement_or_appeal" and token.lemma_.lower() in TELLING_VERBS and _faceless_speaker(actor):
            return []  # "Lawyers warned that ...", "Speakers said ...": talk, not a statement on record
        legislating = sub in ("bill_adopted", "bill_withdrawn_or_rejected")
        if legislating and actor is None and VOTE_COUNT.search(_text_of(sent, ctx)):
            # "The Registered Partnership Act was adopted on 9 October 2014 by 40 votes to 38":
            # a law counted in votes was voted by the legislature.
            actor = "parliament"
        state = self.gazetteer.country(actor) if actor and legislating else None
        if state is not None and state.country:
            # "Moldova adopted a law on ensuring equality": the country's legislature did.
            actor = self.legislatures.get(state.country) or qualify_state_body("parliament", state.country)
        elif actor and (NO_ONE.match(actor) or self._a_place(actor, set(ctx.country_counts))):
            actor = None  # "around 7,000 took part", "Riga hosted EuroPride": a count or a place is no actor
        head_word = actor.lower().split()[-1] if actor else ""
        if head_word in NOT_ACTORS:
            if head_word in LAW_WORDS and self.event_type_of[sub] != "legislation":
                return []  # "The package bans gender-affirming care": what a law says, not an act
            actor = None  # "the bill passed its third reading": a law does not act
        if actor:
            previous_actors.append(actor)
            seat = self._seat_of(actor)
            if seat is not None and place.source in GUESSED_PLACES and sub not in SPEAKER_IS_NOT_PLACE:
                # "the Legislative Assembly of St Petersburg adopted ...": where the body sits.
                place = EventPlace(seat.country, seat if seat.kind == "city" else None, "actor")
            home = self.entity_countries.get(actor)
            # A state body acts for the whole country, not in the city the story was last in.
            national = actor in self.state_bodies and place.source == "previous"
            if home and (home != place.country or national) and place.source in GUESSED_PLACES \
                    and sub not in SPEAKER_IS_NOT_PLACE:
                place = EventPlace(home, None, "actor")
        start, end = _trimmed(sent, ctx)
        if hit.used_context and previous is not None:
            start = _trimmed(previous, ctx)[0]
        evidence = ctx.text[start:end]
        places = self._places(token, sent, following, ctx, sub, place)
        labels = {m.text: m.label for m in ctx.entities}
        targets: list[str | None] = list(coordinated_targets(token, ctx)) if sub in PER_TARGET else []
        actors: list[str | None] = [actor]
        if sub in PER_ACTOR and not _joint(token):
            actors = _named_first(list(coordinated_actors(token, ctx, previous_actors, self.generic_heads))) or actors
        out = []
        dates = dates_and_targets(date, sent, ctx, token)
        # "gathered for the counter-rally": another assembly than the march it answers.
        counter = sub in PER_PLACE and "counter" in argument_text(token)[0]
        for where, one_target, date, one_actor in [(w, own or t, d, a) for w in places for t in (targets or [target])
                                                   for d, own in dates for a in actors]:
            evidence_conf = Evidence(
                verb_trigger=token.pos_ in ("VERB", "AUX"),
                date_source=date.source,
                has_actor=one_actor is not None,
                has_target=one_target is not None,
                place_source=where.source,
                used_context=hit.used_context,
                relative_clause=token.dep_ in ("relcl", "acl"),
                sentence_tokens=len(sent),
                priority=rule.priority,
            )
            out.append(Candidate(
                event_type=self.event_type_of[sub],
                sub_event_type=sub,
                date=date.value,
                date_precision=date.precision,
                country=where.country,
                location=ctx.spellings.get(where.location.name, where.location.name) if where.location else None,
                latitude=where.location.latitude if where.location else None,
                longitude=where.location.longitude if where.location else None,
                actor=qualify_state_body(self._adopter(sub, one_actor, where.country), where.country,
                                         ctx.spellings.get(where.location.name, where.location.name)
                                         if where.location else None)
                or self.codebook.register_keepers.get(sub, {}).get(where.country or ""),
                target=qualify_state_body(one_target, where.country),
                stance=("protective" if sub == "detention_or_arrest" and detains_perpetrators(_detained(token))
                        else stance_for(self.codebook, sub, evidence, _text_of(previous, ctx))),
                evidence=evidence,
                span=CharSpan(start, end),
                confidence=confidence(evidence_conf),
                extractor=EXTRACTOR,
                details={"rule": rule.id, "trigger": token.text, "trigger_i": token.i, "date_source": date.source,
                         "own_appeal": own_appeal,
                         "place_source": where.source, "counter": counter,
                         "entities": [[n, labels[n]] for n in (one_actor, one_target) if n and n in labels],
                         "features": features(evidence_conf)},
            ))
        return out

    def _applications_for_assemblies(
        self, candidates: list[Candidate], told_before: list[Candidate], sentence: str,
    ) -> list[Candidate]:
        """'Aidar Yelkeyev applied to hold rallies in Nur-Sultan and Alma-Ata. He filed the
        applications on 22 August, and both akimats refused.': applications the sentence before
        was about are that assembly's, not an organisation's registration."""
        if not any(c.sub_event_type in ASSEMBLY_REQUESTS for c in told_before) or REGISTRATION_WORDS.search(sentence):
            return candidates
        out = []
        for cand in candidates:
            sub = ASSEMBLY_FOR_REGISTRATION.get(cand.sub_event_type)
            if sub is not None:
                cand = replace(cand, sub_event_type=sub, event_type=self.event_type_of[sub])
            out.append(cand)
        return out

    def _granted(self, candidates: list[Candidate], request: Candidate, doc: Doc) -> list[Candidate]:
        """'The Ministry of Justice asked the Supreme Court to declare the movement extremist. ...
        On 30 November the court granted the claim': granting the request is doing what it asked."""
        sub = GRANTED_AS[request.sub_event_type]
        out = []
        for cand in candidates:
            verb = doc[cand.details["trigger_i"]]
            if cand.sub_event_type == "court_ruling" and verb.lemma_.lower() in GRANTING_VERBS and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in REQUEST_NOUNS for c in verb.children):
                cand = replace(cand, sub_event_type=sub, event_type=self.event_type_of[sub],
                               target=cand.target if cand.target and cand.target.lower().split()[-1]
                               not in REQUEST_NOUNS else request.target)
            out.append(cand)
        return out

    def _a_place(self, name: str, countries: set[str]) -> bool:
        """A name that is only a country's or a sizeable city's of the text's countries ('Riga',
        'BiH'; not the bookshop Líra in a report on Hungary)."""
        if self.gazetteer.country(name) is not None:
            return True
        city = self.gazetteer.city(name)
        return city is not None and city.population >= 100_000 and city.country in countries \
            and name not in self.aliases.values()

    def _seat_of(self, actor: str) -> Place | None:
        """The city or country a body's name ends on ('Legislative Assembly of St Petersburg',
        'district court in Orenburg'), if the gazetteer knows it."""
        seated = SEATED_NAME.search(actor)
        if seated is None:
            return None
        name = seated.group(1)
        return self.gazetteer.city(name) or self.gazetteer.country(name)

    def _adopter(self, sub: str, actor: str | None, country: str | None) -> str | None:
        """'Fidesz pushed it through', 'MPs adopted the law': the country's legislature adopted
        it (a party or its members vote; the house adopts)."""
        if sub != "bill_adopted" or actor is None or country is None:
            return actor
        if actor in self.parties or actor.lower() in LEGISLATORS:
            return self.legislatures.get(country, actor)
        return actor

    def _places(
        self, token: Token, sent: Span, following: list[Span], ctx: DocContext, sub: str,
        place: EventPlace,
    ) -> list[EventPlace]:
        # "The US, the UK and Canada announced sanctions against Belarus": speakers are not places.
        countries = [] if sub in SPEAKER_IS_NOT_PLACE else subject_countries(token, ctx)
        if countries:
            return [EventPlace(code, None, "subject") for code in countries]
        if sub in PER_PLACE:
            cities = cities_in(sent, ctx)
            # "filed two applications ..." then, a little later, "The rallies would be
            # organised both in Nursultan and Almaty": the places come in the elaboration.
            for later in ([] if cities else following):
                if any(t in _text_of(later, ctx).lower() for t in ELABORATION_TERMS):
                    cities = cities_in(later, ctx)
                    if cities:
                        break
                if any(d.value for d in ctx.dates_in(later.start_char, later.end_char)):
                    break  # "There was no march in 2014.": the text has moved on to another time
            distinct: list[PlaceMention] = []
            for mention in cities:
                if mention.place.name not in [c.place.name for c in distinct]:
                    distinct.append(mention)
            if len(distinct) >= 2 or (distinct and place.location is None):
                return [EventPlace(m.place.country, m.place, "location") for m in distinct]
        return [place]
