"""Codebook rules compiled for fast matching: which tokens of a sentence signal which sub-type."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rightswatch.codebook import Codebook, Rule
from rightswatch.extract.misparses import fused_subject
from rightswatch.extract.windows import DocWindows, word_keys
from rightswatch.nlp.pipeline import OFFICE_ID

NAME_TYPES = {"LAW", "WORK_OF_ART", "ORG"}
ARGUMENT_DEPS = {"dobj", "nsubjpass", "nsubj", "attr", "oprd", "pobj", "dative", "appos", "npadvmod", "dep"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "det", "prep", "pobj", "case", "punct", "npadvmod"}


def _term_regex(terms: list[str]) -> tuple[re.Pattern[str] | None, set[str]]:
    words = [t for t in terms if not t.startswith("@")]
    labels = {t[1:] for t in terms if t.startswith("@")}
    if not words:
        return None, labels
    # "assembly" -> "assemblies", "deputy" -> "deputies": a plural the suffixes below miss.
    words += [w[:-1] + "ies" for w in words if len(w) > 2 and w[-1] == "y" and w[-2] not in "aeiou"]
    alternatives = "|".join(sorted((re.escape(w.lower()) for w in words), key=len, reverse=True))
    # Plurals count too: "extremists", "foreign agents".
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:s|es)?(?!\w)"), labels


@dataclass(frozen=True)
class Group:
    regex: re.Pattern[str] | None
    labels: frozenset[str]

    def matches(self, text: str, labels: set[str]) -> bool:
        return bool(self.labels & labels) or bool(self.regex and self.regex.search(text))


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    requires: tuple[Group, ...]
    context_requires: tuple[Group, ...]
    excludes: re.Pattern[str] | None

    @property
    def sub_event_type(self) -> str:
        return self.rule.sub_event_type


@dataclass(frozen=True)
class TriggerHit:
    token: Token
    rule: CompiledRule
    used_context: bool  # a requirement was met by the previous sentence


def compile_rules(codebook: Codebook) -> dict[str, list[CompiledRule]]:
    """lemma -> rules it can trigger, highest priority first."""
    index: dict[str, list[CompiledRule]] = {}
    for rule in codebook.rules:
        groups = []
        for terms in rule.requires:
            regex, labels = _term_regex(terms)
            groups.append(Group(regex, frozenset(labels)))
        context_groups = []
        for terms in rule.context_requires:
            regex, labels = _term_regex(terms)
            context_groups.append(Group(regex, frozenset(labels)))
        excludes, _ = _term_regex(rule.excludes) if rule.excludes else (None, set())
        compiled = CompiledRule(rule, tuple(groups), tuple(context_groups), excludes)
        for lemma in rule.trigger:
            index.setdefault(lemma.lower(), []).append(compiled)
    for rules in index.values():
        rules.sort(key=lambda r: -r.rule.priority)
    return index


def _without_clauses(token: Token) -> list[Token]:
    """A phrase without the clauses hanging from it ("organisations which are reminiscent of
    ... laws" is about organisations, not laws)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            out.extend(_without_clauses(child))
    return out


PERSON_PRONOUNS = {"he", "she"}
OBJECT_PRONOUNS = {"it", "them"}


def subject_phrase(token: Token, previous: Span | None = None, joined: bool = False) -> tuple[str, set[str]]:
    """The trigger's subject with its modifiers, clauses left out. 'He told reporters' after
    'President Igor Dodon did not attend': the subject the pronoun stands for. `joined`: a verb
    joined to another by 'and' without a subject of its own has that verb's."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if previous is not None and subjects and all(c.lower_ in PERSON_PRONOUNS for c in subjects):
        return subject_phrase(previous.root)
    if joined and not subjects and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        # "President Duda stood on a stage and said ...": the verb has the subject of the verb
        # it is joined to.
        return subject_phrase(token.head, previous)
    if not subjects and token.dep_ == "ROOT":
        # "On 2 January residents of Zhanaozen, in the west, took to the streets": the parse
        # lost the subject; the nouns before the main verb are where it is.
        parts = [t for t in token.sent if t.i < token.i and t.pos_ in ("NOUN", "PROPN")
                 and t.ent_type_ not in ("DATE", "TIME")]
        return " ".join(t.text for t in parts).lower(), {t.ent_type_ for t in parts if t.ent_type_}
    parts = [t for c in subjects for t in _without_clauses(c)]
    parts = [t for t in parts if t.dep_ not in ("appos",) or t.head.dep_ in ("nsubj", "nsubjpass")]
    parts.sort(key=lambda t: t.i)
    labels = {t.ent_type_ for t in parts if t.ent_type_} | {t.ent_id_ for t in parts if t.ent_id_ == OFFICE_ID}
    return " ".join(t.text for t in parts).lower(), labels


def _glued(tokens: list[Token]) -> str:
    """Tokens as the text has them where they touch ("anti-terrorist operation", not "anti -
    terrorist operation"), a space between the rest."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        out.append(tok.text)
        if k + 1 < len(tokens):
            touching = tokens[k + 1].i == tok.i + 1 and not tok.whitespace_
            if not (touching and (tok.text in HYPHENS or tokens[k + 1].text in HYPHENS)):
                out.append(" ")
    return "".join(out)


HYPHENS = {"-", "‑", "–"}


def argument_text(token: Token, previous: Span | None = None) -> tuple[str, set[str]]:
    """The trigger's own arguments (object, subject, governing noun) with their modifiers."""
    parts: list[Token] = []
    heads = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
    if any(c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in heads):
        # "the rector's office banned it": the subject is who acted; what "it" stands for is
        # to be found elsewhere (below), not in the subject.
        heads = [c for c in heads if c.dep_ != "nsubj"]
        if token.dep_ in ("advcl", "conj"):
            # "Viasna has worked without registration since the court liquidated it": "it" is
            # the subject of the clause the trigger's hangs on.
            heads += [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for prep in (c for c in token.children if c.dep_ in ("prep", "agent")):
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    for xcomp in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        heads += [c for c in xcomp.children if c.dep_ in ("dobj", "nsubjpass")]
        if xcomp.pos_ == "ADJ":
            heads.append(xcomp)  # "declared themselves free of LGBT ideology": what they were declared
    if token.pos_ in ("NOUN", "PROPN") or fused_subject(token) is not None:
        heads.append(token if token.pos_ in ("NOUN", "PROPN") else token.head)
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
        heads.append(token.head)
        held = token.head.head
        if token.head.dep_ == "pobj" and held.dep_ == "prep" and held.head.pos_ in ("NOUN", "PROPN"):
            heads.append(held.head)  # "a new Law on Media, which the president signed": the law
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "The amendment was tabled ... and passed at both readings": one subject for both verbs.
        heads += [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for head in heads:
        parts.append(head)
        for child in head.children:
            if child.dep_ in MODIFIER_DEPS:
                parts.extend(_without_clauses(child))
    parts.sort(key=lambda t: t.i)
    text = _glued(parts).lower().replace("’", "'")
    labels = {t.ent_type_ for t in parts if t.ent_type_}
    if any(h.lower_ in OBJECT_PRONOUNS and h.dep_ in ("dobj", "nsubjpass") for h in heads):
        # "the Senate passed it", "declared the party terrorist and banned it": the pronoun
        # stands for a noun named earlier in the sentence.
        # Only common nouns: a name's label would let any organisation stand for "it".
        # Not the trigger's own subject: "the rector's office banned it" did not ban an office.
        own_subject = {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        before = [t for t in token.sent if t.i < token.i and t.pos_ == "NOUN" and t.i not in own_subject]
        if not before and previous is not None:
            # "It had been approved in a first reading": the sentence opens on the pronoun, so it
            # stands for what the sentence before was about.
            before = [t for t in previous if t.pos_ == "NOUN"]
        text += " " + " ".join(t.text for t in before).lower()
    return text, labels


def lemma_keys(token: Token) -> list[str]:
    """The lemma, then the word and its plain stems."""
    return [token.lemma_.lower(), *word_keys(token.lower_)]


def _designates_extremist(token: Token) -> bool:
    """'banned the march, citing a risk of violence by extremist groups': the extremists are
    in the reason given, not what was designated. Only the trigger's own clause counts, without
    its adverbial clauses (a participle of reason) and relative clauses."""
    clause = _clause_words(token)
    if token.dep_ == "conj":
        clause += _clause_words(token.head)  # "recognised X as extremist and banned it"
    return any(t.lower_.startswith(("extremis", "terroris")) for t in clause if t.i != token.i)


def _clause_words(token: Token) -> list[Token]:
    """A verb's own words: without adverbial and relative clauses and coordinated verbs."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("relcl", "cc") or (child.dep_ in ("advcl", "conj") and child.pos_ in ("VERB", "AUX")):
            continue  # an "adverbial clause" headed by a noun is a misparsed apposition: it stays
        out.extend(_clause_words(child) if child.pos_ in ("VERB", "AUX") else child.subtree)
    return out


# Speech about "it" says nothing about what the sentence before was about.
SPEECH = {"statement_or_appeal", "hate_speech_by_official", "petition", "extremist_designation_requested"}


def _refers_back(token: Token) -> bool:
    """A trigger whose object is 'it'/'them', or a bare 'the ban': what it is about was named
    before."""
    if token.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in OBJECT_PRONOUNS for c in token.children)
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ in ("nsubj", "nsubjpass"):
        return False  # "the law violated freedom of expression": the law is talked of, not done
    # Only a determiner and a time ("the ban on Friday"), not "the ban on propaganda".
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) and all(
        c.dep_ == "det" or (c.dep_ == "prep" and all(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in token.children)


# Checks on the trigger's own clause, by sub-type; a failed check lets a lower rule try.
CLAUSE_CHECKS = {"extremist_designated": _designates_extremist}


def find_triggers(
    sent: Span, previous: Span | None, index: dict[str, list[CompiledRule]], words: DocWindows,
) -> list[TriggerHit]:
    """The sentence's triggers: for each token that keys a rule, the first of its rules (highest
    priority first) whose requirements its window meets. `words` is the document's DocWindows,
    built with the index's keys."""
    hits: list[TriggerHit] = []
    windows: dict[int | str, tuple[str, set[str]]] = {}
    exclusion_windows: dict[int | str, str] = {}
    previous_terms: tuple[str, set[str]] | None = None  # the sentence before, read once if needed
    doc = sent.doc
    first = bisect_left(words.triggers, sent.start)
    last = bisect_left(words.triggers, sent.end)
    for token in (doc[i] for i in words.triggers[first:last]):
        if token.ent_type_ in NAME_TYPES and token.pos_ == "PROPN":
            continue  # a word of a name ("the Registered Partnership Act") is not an act
        rules = next((index[k] for k in lemma_keys(token) if k in index), None)
        if not rules:
            continue
        windows.clear()
        exclusion_windows.clear()
        for compiled in rules:
            rule = compiled.rule
            if rule.pos and token.pos_ not in rule.pos:
                continue
            if not rule.pos and token.pos_ not in ("VERB", "NOUN", "AUX", "ADJ", "PROPN"):
                continue
            if rule.window not in windows:
                windows[rule.window] = words.window(sent, token.i, rule.window)
            text, labels = windows[rule.window]
            if compiled.excludes:
                if rule.window not in exclusion_windows:
                    exclusion_windows[rule.window] = words.exclusion_window(sent, token.i, rule.window)
                if compiled.excludes.search(exclusion_windows[rule.window]):
                    continue
            groups = list(compiled.requires)
            if rule.subject and groups:
                # Who holds office, for an official's words: they are often told as the second
                # verb of what the official did ("stood on a stage and said"); elsewhere that
                # second verb is part of the first act ("admitted the offence and said").
                subject_text, subject_labels = subject_phrase(
                    token, previous, joined=rule.sub_event_type == "hate_speech_by_official")
                if not groups[0].matches(subject_text, subject_labels):
                    # "It took place on 8 March": "it" is what the sentence before was about.
                    if previous is None or subject_text.strip() != "it" \
                            or not rule.sub_event_type.startswith("assembly_"):
                        continue
                    if previous_terms is None:
                        previous_terms = words.terms(previous.start, previous.end)
                    if not groups[0].matches(*previous_terms):
                        continue
                groups = groups[1:]
            elif rule.arguments and groups:
                arg_text, arg_labels = argument_text(token, previous)
                if not groups[0].matches(arg_text, arg_labels):
                    continue
                groups = groups[1:]
            check = CLAUSE_CHECKS.get(rule.sub_event_type)
            if check is not None and not check(token):
                continue
            if all(g.matches(text, labels) for g in groups):
                hits.append(TriggerHit(token, compiled, used_context=False))
                break
            if previous is not None and rule.sub_event_type not in SPEECH and _refers_back(token):
                # "In 2019 the rector's office banned it", "announced the ban on Friday": what
                # "it" or "the ban" is was told in the sentence before (its dates blanked).
                if previous_terms is None:
                    previous_terms = words.terms(previous.start, previous.end)
                if all(g.matches(*previous_terms) for g in groups):
                    hits.append(TriggerHit(token, compiled, used_context=True))
                    break
            if rule.context and previous is not None and compiled.context_requires:
                prev_text = previous.text.lower()
                prev_labels = {t.ent_type_ for t in previous if t.ent_type_}
                if all(g.matches(prev_text, prev_labels) for g in compiled.context_requires):
                    hits.append(TriggerHit(token, compiled, used_context=True))
                    break
    return hits
