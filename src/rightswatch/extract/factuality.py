"""Is the trigger a reported fact? Calls, demands, conditions, questions, futures, denials and
purposes are not events ("We call on the Government not to declare X extremist" designates
nobody; "If the rally would go through" is no rally)."""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Span, Token

EXTRACTOR = "rightswatch.factuality.v1"

MODALS = {"would", "could", "might", "may", "should", "must", "will", "shall", "can", "'d", "'ll", "wo", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# Verbs whose complement is wished, asked or planned, not done.
IRREALIS_GOVERNORS = {
    "call", "urge", "demand", "ask", "request", "appeal", "want", "plan", "intend", "propose",
    "threaten", "seek", "hope", "aim", "expect", "push", "wish", "need", "encourage", "invite",
    "recommend", "suggest", "prepare", "consider", "decide", "refuse", "fail", "vow", "promise",
    "pledge", "insist", "allow", "try", "attempt", "risk", "continue", "mean", "ensure", "help",
    "press", "pressure", "persuade", "let", "enable", "empower",
    # An attitude to an act is not the act: "ambassadors supported holding the march there".
    "support", "oppose", "favour", "favor", "advocate",
}
# "the decision ... to recognise X as extremist": an infinitive after these nouns states what was decided.
FACT_NOUNS = {"decision", "ruling", "order", "verdict", "judgment", "judgement", "move", "vote", "resolution",
              "law", "decree", "amendment", "amendments", "bill"}
REQUEST_NOUNS = {"request", "application", "motion", "claim", "proposal", "demand", "petition"}
GRANTING_VERBS = {"grant", "approve", "uphold", "satisfy", "accept", "endorse"}
# "moved to dissolve dozens of NGOs", "went on to ban": the infinitive is what was done.
REALIS_GOVERNORS = {"move", "proceed", "begin", "start", "manage", "rush", "hasten", "continue"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without"}


def _has_modal(token: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS and not _the_month_may(c) for c in token.children)


def _the_month_may(token: Token) -> bool:
    """'On 23 May the Court ruled': the parser may take the month for the modal."""
    if token.text != "May" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return before.like_num or before.lower_ in ("in", "on", "since", "until", "by", "of", "early", "late", "mid") \
        or (after is not None and after.like_num)


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.pos_ == "NOUN" and token.dep_ == "pobj":
        # "no grounds for a ban", "no money left for a court challenge"
        holder = token.head.head
        if holder.dep_ == "acl" and holder.pos_ == "VERB":
            holder = holder.head
        if holder.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in holder.children):
            return True
    # "No one was detained", "nobody was arrested"
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ("nobody", "none", "nothing", "no one")
            or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


def _conditional(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children)


def _infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _in_event_that(token: Token, sent: Span, text: str) -> bool:
    prefix = text[sent.start_char: token.idx].lower()
    return any(phrase in prefix for phrase in ("in the event that", "in case ", "in the event of"))


def _decided_by_fact_noun(token: Token) -> bool:
    """'the decision taken by the court to recognise X': the nearest noun above the infinitive
    is a decision, with no wish or plan in between. 'granted a request to liquidate X': a
    request granted is a decision too."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("NOUN", "PROPN"):
            if ancestor.lemma_.lower() in REQUEST_NOUNS:
                return ancestor.dep_ == "dobj" and ancestor.head.lemma_.lower() in GRANTING_VERBS
            return ancestor.lemma_.lower() in FACT_NOUNS
        if ancestor.lemma_ in IRREALIS_GOVERNORS:
            return False
    return False


PAST_CLAUSE_MARKS = {"because", "since", "after", "before", "when", "as", "while"}


def _told_as_past_reason(verb: Token) -> bool:
    """'could not submit the documents because police had sealed its office': a past clause of
    reason or time is a fact of its own, whatever the main clause's modal says."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in PAST_CLAUSE_MARKS for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


RISK_NOUNS = {"risk", "danger", "threat", "fear", "possibility", "prospect", "likelihood", "spectre", "specter"}


def _feared(token: Token) -> bool:
    """'citing a risk of violence and of attacks on participants': an act only feared."""
    if token.pos_ != "NOUN":
        return False
    for i in range(token.i - 1, max(token.sent.start, token.i - 8) - 1, -1):
        before = token.doc[i]
        if before.pos_ in ("VERB", "AUX") or before.is_sent_start:
            return False
        if before.lemma_.lower() in RISK_NOUNS:
            return before.i + 1 < len(token.doc) and token.doc[before.i + 1].lower_ == "of"
    return False


def _no_choice_but(token: Token) -> bool:
    """'had no choice but to cancel', 'had no option but to call off': what was left to do was done."""
    but = next((t for t in token.sent if t.lower_ == "but" and t.i < token.i), None)
    if but is None or token.i - but.i > 3:
        return False
    before = token.doc[max(token.sent.start, but.i - 2): but.i]
    return any(t.lower_ in ("choice", "option", "alternative") for t in before) and any(
        t.lower_ == "no" for t in before)


def _done_by_governor(governor: Token) -> bool:
    """'moved to dissolve', 'had to cancel': the governor says the act was carried out."""
    if governor.lemma_.lower() in REALIS_GOVERNORS:
        return True
    return governor.lemma_.lower() == "have" and governor.tag_ == "VBD"


def _has_aux(token: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _standing_position(token: Token) -> bool:
    """'The government says the cases are criminal', 'says Bence': a third party's present-tense
    view is a position it holds, not a statement made on a day. 'We call on ...' is the
    document's own appeal, made as it is published."""
    if token.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(s.lower_ in ("we", "i") or the_signatories(s) for s in subjects)


def the_signatories(subject: Token) -> bool:
    """'The undersigned organisations condemn ...': the statement's own signatories speak."""
    return any(c.lower_ in ("undersigned", "signatory") for c in subject.children) or subject.lower_ in (
        "undersigned", "signatories")


DATELINE_DASHES = {"—", "–", "--", "-"}


def _after_dateline(token: Token) -> bool:
    """'BATUMI — A court ... sentenced X': the parser hangs the verb on the dateline's city as
    if it described it; the verb is the sentence's own main verb."""
    head = token.head
    if token.dep_ not in ("acl", "relcl") or head.i >= token.i or head.i - token.sent.start > 8:
        return False
    # "Thursday, 8 Jun — The rectorate banned ...": the subject itself hung on the dateline.
    start = head.head.i if head.dep_ == "appos" and head.head.i < head.i else head.i
    return any(t.text in DATELINE_DASHES for t in token.doc[start + 1: token.i])


CROWD_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "people", "crowd", "crowds",
               "protester", "protesters", "demonstrator", "demonstrators", "activist", "activists", "marcher",
               "marchers", "resident", "residents", "student", "students", "supporter", "supporters"}


def _done_by_doing(token: Token) -> bool:
    """'Parliament responded in July 2014 by adopting the Life Partnership Act': what a past verb
    was done by doing was done."""
    prep = token.head
    return token.dep_ == "pcomp" and prep.lower_ == "by" and prep.head.tag_ == "VBD"


def _verb_of_a_noun_root(token: Token) -> bool:
    """'Thousands of people protested in Sofia and called on ...': the parser made the noun the
    sentence's root and its verb a description of it; a sentence's first verb, in the past,
    hung on the root noun, is the sentence's own."""
    head = token.head
    if head.dep_ == "conj" and head.head.dep_ == "ROOT" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "A few MPs and some religious groups called on ...": the first subject
    # A finite past verb cannot describe a noun; a participle may ("the people detained").
    crowd = head.lemma_.lower() in CROWD_WORDS
    # "Thousands protested ..., but he signed it": the noun made a second subject of a later verb.
    doubled = head.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != head.i for c in head.head.children)
    if not (head.dep_ == "ROOT" or doubled) or token.tag_ not in ("VBD", "VBN") or (token.tag_ == "VBN" and not crowd):
        return False
    if not crowd and not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "dative") for c in token.children):
        return False  # "Table 4.1: Resolutions adopted and withdrawn, 2019–2024": a caption
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in token.doc[token.sent.start: token.i])


def _dated_participle(token: Token) -> bool:
    """'The Life Partnership Act, adopted by the Parliament of Montenegro on 1 July 2020, ...': a
    participle with its own agent and its own date reports when and by whom it was done."""
    if token.tag_ != "VBN":
        return False
    has_agent = any(c.dep_ == "agent" for c in token.children)
    dated = any(t.ent_type_ == "DATE" and (any(ch.isdigit() for ch in t.text) or t.lower_ in MONTH_NAMES)
                for c in token.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)
    # "A constitutional amendment adopted in April placed ...": a law's own adoption, dated,
    # is reported even without its agent (the legislature is the one that adopts).
    adopted_law = token.lemma_.lower() in ADOPTING_VERBS and token.head.lemma_.lower() in ADOPTED_TEXTS
    return (has_agent or adopted_law) and dated


ADOPTING_VERBS = {"adopt", "pass", "approve", "enact"}
ADOPTED_TEXTS = {"law", "amendment", "act", "code", "legislation", "package", "ban"}
MONTH_NAMES = {name.lower() for name in calendar.month_name if name}


def _imperative(token: Token) -> bool:
    """'...; adopt comprehensive anti-discrimination legislation; and open an investigation', 'Ask
    them to raise it': a bare verb heading its sentence with no subject tells someone what to
    do; it reports nothing."""
    verb = token
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ROOT" and token.tag_ == "VB" and verb.tag_ == "VB":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                       for c in (*verb.children, *token.children))
    return _in_a_headline_demand(token)


def _in_a_headline_demand(token: Token) -> bool:
    """'Uzbekistan: end impunity for attacks on LGBT people and decriminalise ...': a title's
    demand, its country a label before a colon; what it names is asked for, not reported."""
    root = token.sent.root
    label = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    if root.pos_ != "VERB" or root.tag_ not in ("VB", "VBP") or len(label) != 1 \
            or root.doc[root.i - 1].text != ":" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    current = token
    while current.i != root.i:
        if current.i != token.i and current.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False  # a clause of its own reports on its own
        current = current.head
    return True


YEARLY_WORDS = {"annually", "yearly"}
INTERVIEWER = re.compile(r"^\s*Q\s*:")


def _every_year(token: Token) -> bool:
    """'has been held every year since 2011, even when the governor banned everything', 'it has
    been banned every year since': a yearly habit is a series, not one event — nor is what
    happens in its 'when' clause. ('Every evening since November', one protest, stays.)"""
    for node in (token, *token.ancestors):
        for child in node.children:
            if child.lower_ in YEARLY_WORDS or (child.lemma_.lower() == "year" and any(
                    d.lower_ in ("every", "each") for d in child.children)):
                return True
    # "EuroPride has organised such walks for years": a practice of years, with no count of
    # them ("jailed for five years" is a term).
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lower_ in ("years", "decades") and not any(
            d.dep_ in ("nummod", "quantmod") or d.like_num for d in o.children) for o in c.children)
        for c in token.children)


BULLET = re.compile(r"^\s*(?:[•\-–—*·▪]|\d{1,2}[.)])\s")
DEMAND_LEAD = re.compile(r"\b(?:to|should|must|shall|will|urge|urges|recommend|recommends|calls?)\s*:\s*$", re.I)


def _in_a_list_of_demands(sent: Span, text: str) -> bool:
    """'We call on the authorities to:\n• release X and all others detained ...': the items of
    a list its lead line opens as demands ask for what they name."""
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if not BULLET.match(text[line_start:sent.end_char]):
        return False
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not BULLET.match(line):
            return DEMAND_LEAD.search(line) is not None
        end = start - 1
    return False


PROVIDING_TEXTS = {"law", "bill", "amendment", "amendments", "act", "code", "decree", "legislation", "package"}


def _provided_by_a_law(token: Token) -> bool:
    """'adopted a law punishing the "propaganda of sodomy" with fines': the fines are what the
    law provides, told in a participle or clause describing it, not fines anyone was given."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "relcl"):
            return node.head.lemma_.lower() in PROVIDING_TEXTS and node.tag_ in ("VBG", "VBZ", "VBP")
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _manner_of(token: Token) -> Token | None:
    """'Groups of far-right protesters tried to break through police cordons to reach the
    marchers, throwing stones ... and injuring several officers': a participle after a comma
    tells how the sentence's subject acted, whatever infinitive the parser hung it on; it is as
    real as the finite verb it goes with."""
    participle = token
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i == 0 \
            or participle.doc[participle.i - 1].text != ",":
        return None
    infinitive = participle.head
    if not (_infinitive(infinitive) and infinitive.dep_ == "advcl"):
        return None
    return next((a for a in infinitive.ancestors if a.tag_ in ("VBD", "VBZ", "VBP")), None)


def factual(token: Token, sent: Span, *, is_appeal: bool = False, text: str | None = None) -> tuple[bool, str]:
    """(is a reported fact, why not). Appeals are facts of their own: the call is the event.
    `text` is the document's text, if the caller has it (cutting from it is cheaper than
    joining the sentence's tokens)."""
    if text is None:
        text = sent.doc.text
    said = text[sent.start_char: sent.end_char]
    if said.rstrip().endswith("?"):
        return False, "question"
    if INTERVIEWER.match(said):
        return False, "the interviewer's prompt"  # "Q: Then you went to court."
    if _in_a_list_of_demands(sent, text):
        return False, "a demand in a list"
    if token.sent.root is not token and _imperative(token.sent.root):
        # "Release everyone detained for peaceful expression": what a recommendation names is
        # asked for, not reported.
        return False, "imperative or recommendation"
    if _imperative(token):
        return False, "imperative or recommendation"
    if _every_year(token):
        return False, "yearly habit"
    if _negated(token):
        return False, "negated"
    if _in_event_that(token, sent, text):
        return False, "condition"
    if _feared(token):
        return False, "possibility"
    if _provided_by_a_law(token):
        return False, "what a law provides"
    current: Token = _manner_of(token) or token
    first = current is token
    while True:
        if _has_modal(current):
            return False, "modal or future"
        if _conditional(current):
            return False, "condition"
        if not first and current.pos_ in ("VERB", "AUX") and _negated(current) and (
                current.lemma_ in IRREALIS_GOVERNORS or token.pos_ in ("NOUN", "PROPN")):
            return False, "negated governor"
        if _infinitive(current) and _decided_by_fact_noun(current):
            pass  # continue up from the noun: was the decision itself real?
        elif _infinitive(current) and current.dep_ == "xcomp" and _done_by_governor(current.head):
            pass  # continue up: did the governor itself happen?
        elif _infinitive(current) and _no_choice_but(current):
            pass  # "had no choice but to cancel the march": it was cancelled
        elif current.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp") or (
            current.dep_ == "conj" and _infinitive(current)
        ):
            governor = current.head
            if not is_appeal or not first:
                if _infinitive(current) or current.tag_ == "VB":
                    return False, "purpose or wish"
                # A wish or plan governs what follows it; "overrode the veto ..., the minimum
                # needed" is a parse that hangs the sentence on a later participle.
                if governor.lemma_ in IRREALIS_GOVERNORS and current.dep_ in ("xcomp", "ccomp") \
                        and not (governor.i > current.i and governor.tag_ == "VBN"):
                    return False, f"complement of {governor.lemma_}"
        if (current.dep_ == "pobj" and current.head.dep_ == "prep"
                and current.head.head.lemma_ in IRREALIS_GOVERNORS and not (is_appeal and first)):
            # "called for a ban", "pushed for the detention"
            return False, f"object of {current.head.head.lemma_} {current.head.lower_}"
        if current.dep_ == "dobj" and current.head.lemma_ in IRREALIS_GOVERNORS and current.pos_ == "NOUN":
            return False, f"object of {current.head.lemma_}"
        if current.head is current or current.dep_ == "ROOT" or _told_as_past_reason(current) \
                or _after_dateline(current):
            break
        current = current.head
        first = False
    if (token.dep_ == "acl" and not (_infinitive(token) and _decided_by_fact_noun(token))
            and not _after_dateline(token) and not _dated_participle(token) and not _verb_of_a_noun_root(token)) or (
            token.tag_ == "VBG" and token.dep_ in ("pcomp", "amod", "csubj", "csubjpass")
            and not _done_by_doing(token)):
        # "an event organised by X" describes a noun, reports nothing; "holding the march was
        # not reasonable" names an activity.
        return False, "descriptor"
    if not is_appeal and token.dep_ == "conj" and token.tag_ == "VBG" and token.head.dep_ == "acl" \
            and token.head.tag_ == "VBG" and token.head.head.pos_ not in ("VERB", "AUX"):
        # "a law banning such assemblies and allowing the police to ...": the second participle
        # describes the same noun.
        return False, "descriptor"
    if is_appeal and _standing_position(token):
        return False, "standing position"
    as_clause = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    if (token.dep_ in ("relcl", "ccomp") or as_clause) and token.tag_ in ("VBZ", "VBP") and not is_appeal \
            and not _has_aux(token):
        # "the Constitution, which allows citizens to gather"; "said the turnout showed how many
        # Hungarians reject homophobia"; "as the law allows": a present tense below another verb
        # describes, it reports nothing.
        return False, "generic description"
    return True, ""


# "called off", "called up", "broke down": a particle makes another verb, not an appeal.
NON_APPEAL_PARTICLES = {"off", "up", "back", "down", "in"}
COURT_HEADS = {"court", "courts", "tribunal", "judge", "judges", "chamber"}
SAY_VERBS = {"say", "tell", "announce", "state", "write", "add", "reply", "respond"}
SELF_PRONOUNS = {"it", "they", "he", "she", "we", "i"}


def _subject_of(token: Token) -> Token | None:
    """The trigger's subject, or that of the verb it is coordinated with ('criticised ... and
    urged': one subject for both)."""
    current = token
    while True:
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if current.dep_ != "conj" or current.head is current:
            return None
        current = current.head


def _announces_own_plan(token: Token) -> bool:
    """'Memorial said it would appeal', 'Activists said they would apply': the speaker tells
    what it means to do next — the plan is no appeal, and what it plans has not happened."""
    if token.lemma_.lower() not in SAY_VERBS or _in_a_statement(token):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    # "would not take part but saw no reason to prevent it": a view beside the plan is a statement.
    told = [verb for clause in clauses for verb in (clause, *clause.conjuncts)]
    about_itself = all(any(c.dep_ == "nsubj" and c.lower_ in SELF_PRONOUNS for c in clause.children)
                       for clause in clauses)
    return bool(clauses) and about_itself and all(_planned(verb) for verb in told)


STATEMENT_NOUNS = {"statement", "letter", "declaration", "communique", "appeal", "resolution"}


def _in_a_statement(token: Token) -> bool:
    """'said in a joint statement that they would not register': a plan published as a statement
    is a statement on the record."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS for g in c.children) for c in token.children)


def _planned(verb: Token) -> bool:
    """'would appeal', or a bare verb sharing that modal ('would appeal and continue')."""
    if _has_modal(verb):
        return True
    shares_modal = verb.dep_ == "conj" and _has_modal(verb.head) and verb.tag_ == "VB"
    return shares_modal and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)


def _in_background_clause(token: Token) -> bool:
    """'detained them after they ... criticised the deal', 'X, who had criticised the law, was
    arrested': a criticism told as the reason, the time or a description of someone in another
    event is background to that event, not a statement on the record."""
    current = token
    while current.dep_ == "conj" and current.head is not current:
        current = current.head
    if current.dep_ == "relcl":
        # "The next day the Commissioner ... called for ...": a time phrase the parser made the
        # root, the sentence's own verb hung on it as if a relative clause.
        misparsed = current.head.dep_ == "ROOT" and current.head.ent_type_ in ("DATE", "TIME")
        return not misparsed  # "Tazhimuratov, who had criticised the amendments, was arrested"
    return current.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "because", "since", "when", "as", "until")
        for c in current.children)


def appeal_on_record(token: Token) -> tuple[bool, str]:
    """Is a speech verb a statement or appeal someone made? Not a phrasal verb ('called off'),
    not a court (it speaks through its ruling), not a declaration of something ('declared a state
    of emergency'), not a plan announced, not background to another event."""
    if any(c.dep_ == "prt" and c.lower_ in NON_APPEAL_PARTICLES for c in token.children):
        return False, "phrasal verb"
    subject = _subject_of(token)
    if subject is not None and subject.lemma_.lower() in COURT_HEADS:
        return False, "a court speaks through its ruling"
    if token.lemma_.lower() == "declare" and any(c.dep_ == "dobj" for c in token.children):
        return False, "declares something, says nothing"
    if _announces_own_plan(token):
        return False, "announced plan"
    if _in_background_clause(token):
        return False, "background clause"
    if subject is not None and _a_passer_by(subject):
        return False, "a person in the crowd"
    return True, ""


# ", 34," or ", a 27-year-old" right after a name (not a dateline's ", 25 July").
AGE_AFTER_NAME = re.compile(r"^\s*,\s+(?:(?:a|an)\s+)?\d{1,2}(?:\s*,|\s*-\s*year\s*-\s*old\b|\s+years\s+old\b)")


def _a_passer_by(subject: Token) -> bool:
    """'said Marko, a 27-year-old from Novi Sad', 'said Kristaps, 34, who registered his
    partnership': a person a reporter met, introduced by their age, speaks for no one."""
    following = subject.doc[subject.i + 1: subject.i + 9]
    return subject.pos_ == "PROPN" and AGE_AFTER_NAME.match(subject.whitespace_ + following.text) is not None
