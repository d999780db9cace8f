"""Tellings that look like an event of a sub-type but are not one: a group refusing its own
registration, a crowd going home, a legal appeal, a charge that is only the reason for an
arrest. Each check reads the trigger's own parse; `vetoed` applies those of a sub-type."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

APPLICATIONS = {"registration_applied", "assembly_applied"}
UNDOING_VERBS = {"overturn", "annul", "quash", "lift", "revoke", "reverse", "invalidate", "strike", "cancel",
                 "void", "set", "override", "overrode", "overridden"}
REFUSAL_VERBS = {"refuse", "decline"}


def _refuses_to_register_itself(token: Token) -> bool:
    """'Many groups refused to register': a group refusing its own registration is no authority
    denying one ('the ministry refused to register the group' has an object)."""
    return token.lemma_.lower() in REFUSAL_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "register" and not any(d.dep_ == "dobj" for d in c.children)
        for c in token.children)


# What an authority refuses when it bans or denies: "refused to allow the march", "to register".
GRANTED_BY_REFUSER = {"allow", "permit", "authorise", "authorize", "approve", "agree", "register", "grant",
                      "accept", "sanction", "coordinate", "let", "issue", "give", "hold", "consider"}


def _refuses_own_act(token: Token) -> bool:
    """'refusing to disperse', 'refused to leave': someone declining to do something bans and
    denies nothing; an authority's refusal is of a permission ('refused to allow the march')."""
    return token.lemma_.lower() in REFUSAL_VERBS and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() not in GRANTED_BY_REFUSER
        for c in token.children)


CEASING_VERBS = {"stop", "halt", "cease", "quit"}


# What one applies to do: "sought to hold a march", "tried to register".
APPLIED_ACTS = {"hold", "stage", "organise", "organize", "register", "march", "rally", "obtain", "get", "receive",
                "picket", "demonstrate", "gather", "meet", "protest"}


def _seeks_other_act(token: Token) -> bool:
    """'a claim that sought to ban the march': seeking to ban, close or stop is no application."""
    return token.lemma_.lower() in ("seek", "request", "try", "apply") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() not in APPLIED_ACTS for c in token.children)


def _dispersed_itself(token: Token) -> bool:
    """'after the march had dispersed', 'the rally broke up': a crowd going home, no one broke
    it up ('police dispersed the march' has an object, 'the march was dispersed' is passive)."""
    return token.lemma_.lower() in ("disperse", "break", "end", "halt", "stop", "finish") and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in token.children)


def _ceased_doing(token: Token) -> bool:
    """'We simply stopped meeting': people ceasing to do something stopped no one's event
    ('police stopped the march' has an object)."""
    return token.lemma_.lower() in CEASING_VERBS and not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in token.children)


def _legal_appeal(token: Token) -> bool:
    """'The organisers appealed, and the court rejected their complaint': to appeal, without
    appealing *to* someone or *for* something, is to challenge a decision, not a public appeal."""
    return token.lemma_.lower() == "appeal" and token.pos_ == "VERB" and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "for") for c in token.children)


def _answered_by_act(token: Token) -> bool:
    """'Parliament responded by adopting the Act': the response is the act, not a statement."""
    return token.lemma_.lower() in ("respond", "reply", "react") and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" and g.lemma_.lower() not in SAYING_VERBS
                                                       for g in c.children) for c in token.children)


# "responded by announcing", "by calling on": an answer in words is still a statement.
SAYING_VERBS = {"announce", "say", "call", "urge", "condemn", "demand", "issue", "publish", "write", "declare",
                "warn", "criticise", "criticize", "denounce", "state"}


def _own_words(token: Token) -> list[Token]:
    """The trigger's own phrase: its subtree without coordinated verbs and relative clauses
    ('calling for actions ... and creating an extremist group' asks for no designation)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("conj", "relcl", "cc"):
            out.extend(_own_words(child))
    return out


def _asks_for_designation(token: Token) -> bool:
    """'requested the government to declare X extremist': the request is for a designation,
    and 'extremist' is in what was asked — not elsewhere in the sentence ('gatherings called by a
    movement which a court banned as extremist'), not a label put on someone ('called us
    extremists': no request)."""
    if any(c.dep_ == "oprd" for c in token.children):
        return False
    return any(t.lower_.startswith("extremis") for t in _own_words(token) if t.i != token.i)


def _charge_as_reason(token: Token) -> bool:
    """'arrested on similar charges', 'held under charges of ...': the charge is the reason for
    the act it hangs on, not a prosecution of its own."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("on", "under") \
        and token.head.head.pos_ in ("VERB", "AUX")


RULING_VERBS = {"overturn", "uphold", "quash", "annul", "reject", "dismiss", "grant", "lift", "reverse",
                "rule", "strike", "allow", "decide", "find"}


def _ruled_on(token: Token) -> bool:
    """'the court overturned the ban on an appeal by Kaos GL': the appeal a ruling answered,
    told with the ruling; it was lodged on its own, earlier day."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ("on", "upon"):
        return False
    held = token.head.head  # the parser may hang it on the ruling's object: "overturned the ban on ..."
    return held.lemma_.lower() in RULING_VERBS or (held.dep_ == "dobj" and held.head.lemma_.lower() in RULING_VERBS)


def _where_others_gathered(token: Token) -> bool:
    """'the hotel where participants had gathered' places another event."""
    return token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children)


def _disperses_or_ceases(token: Token) -> bool:
    return _ceased_doing(token) or _dispersed_itself(token)


def _does_not_ask_for_designation(token: Token) -> bool:
    return not _asks_for_designation(token)


# Checks by the sub-type they veto.
STATE_NOUNS = {"detention", "custody", "prison", "jail"}


def _while_held(token: Token) -> bool:
    """'received the Nobel Peace Prize in October 2022, while in detention': the state someone
    was in when something else happened, not their arrest."""
    if token.lower_ not in STATE_NOUNS or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    before = token.doc[max(token.sent.start, token.head.i - 2): token.head.i]
    return any(t.lower_ in ("while", "whilst", "still") for t in before)


def _characterises(token: Token) -> bool:
    """'the law was a full-frontal attack on the LGBTI community', 'is a threat to democracy':
    what something is called, not an act of violence."""
    return token.pos_ == "NOUN" and token.dep_ in ("attr", "oprd") and token.head.lemma_.lower() in (
        "be", "call", "describe", "label", "brand", "consider", "see", "remain", "become")


JUDGMENT_NOUNS = {"ruling", "judgment", "judgement", "decision", "verdict", "sentence"}


def _judgment_in_force(token: Token) -> bool:
    """'The ruling took effect immediately': a judgment taking effect is no law coming into force."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in JUDGMENT_NOUNS


def _still_to_come(token: Token) -> bool:
    """'The law still needs the President's signature before it takes effect': a present tense
    after 'before', 'until' or 'once' tells what has not yet happened."""
    clause = token
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "before it is published and takes effect"
    present = token.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                  for c in token.children)
    return clause.dep_ == "advcl" and present and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until", "once") for c in clause.children)


VETOES: dict[str, list[Callable[[Token], bool]]] = {
    "law_in_force": [_judgment_in_force, _still_to_come],
    "attack": [_characterises],
    "harassment_or_threat": [_characterises],
    "detention_or_arrest": [_while_held],
    "extremist_designation_requested": [_does_not_ask_for_designation],
    "registration_denied": [_refuses_to_register_itself, _refuses_own_act],
    "assembly_banned": [_refuses_own_act],
    "bill_withdrawn_or_rejected": [_refuses_own_act],
    "fine_or_prosecution_for_speech": [_charge_as_reason],
    "lawsuit_filed": [_ruled_on],
    "assembly_held": [_where_others_gathered],
    "assembly_disrupted": [_disperses_or_ceases],
    "statement_or_appeal": [_legal_appeal, _answered_by_act],
    "registration_applied": [_seeks_other_act],
    "assembly_applied": [_seeks_other_act],
}


def _classified_as(token: Token) -> bool:
    """'the case is being investigated as premeditated murder', 'charged as hooliganism': what
    an act is classed as names the act told elsewhere, it is not another event."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "as" \
        and token.head.head.pos_ == "VERB"


def vetoed(sub_event_type: str, token: Token) -> bool:
    """Whether the trigger `token`, read as `sub_event_type`, tells no such event."""
    if any(check(token) for check in VETOES.get(sub_event_type, ())):
        return True
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in UNDOING_VERBS:
        return True  # "the court lifted the ban": the ban was told (or not) on its own day
    if _classified_as(token):
        return True
    # "tried to push through" is an attempt, not a trial; "tried to register" applies.
    return token.lemma_ == "try" and sub_event_type not in APPLICATIONS and any(
        c.dep_ == "xcomp" for c in token.children)
