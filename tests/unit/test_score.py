"""The spec's scoring rule on small hand-made cases."""

from __future__ import annotations

from rightswatch.evaluation import score_events
from rightswatch.evaluation.score import date_exact, dates_agree


def ev(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {"doc": "d", "event_type": "assembly", "sub_event_type": "assembly_held",
                               "date": "2019", "country": "KZ", "location": None, "actor": None,
                               "target": None, "stance": "protective", "confidence": 0.5}
    base.update(kw)
    return base


def test_dates_agree_at_the_coarser_precision() -> None:
    assert dates_agree("2019", "2019-08-22")
    assert dates_agree("2019-08", "2019")
    assert not dates_agree("2019-08", "2019-09-01")
    assert dates_agree(None, "2020")
    assert not dates_agree("2019", None)


def test_date_accuracy_is_at_the_gold_precision() -> None:
    assert date_exact("2019-08", "2019-08-22")
    assert not date_exact("2019-08", "2019")
    assert date_exact(None, None)


def test_precision_recall_and_one_to_one_matching() -> None:
    gold = [ev(), ev(country="GE")]
    system = [ev(), ev(), ev(country="KG")]
    score = score_events(gold, system)
    assert score.matched == 1
    assert score.precision == 1 / 3
    assert score.recall == 1 / 2
    assert round(score.f1, 4) == round(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 4)


def test_field_accuracy_uses_aliases_and_token_overlap() -> None:
    gold = [ev(actor="Amanat", target="Feminita", location="Astana")]
    system = [ev(actor="Nur Otan", target="the Feminita initiative group", location="astana",
                 sub_event_type="assembly_banned")]
    score = score_events(gold, system, aliases={"Nur Otan": "Amanat"})
    assert score.matched == 1
    assert score.field_accuracy["actor"] == 1.0
    assert score.field_accuracy["location"] == 1.0
    assert score.field_accuracy["target"] == 0.0  # 1 of 4 tokens: under half
    assert score.field_accuracy["sub_event_type"] == 0.0


def test_best_agreement_is_matched_first() -> None:
    gold = [ev(location="Almaty"), ev(location="Astana")]
    system = [ev(location="Astana"), ev(location="Almaty")]
    score = score_events(gold, system)
    assert score.field_accuracy["location"] == 1.0


def test_sibling_bodies_are_not_merged() -> None:
    from rightswatch.extract.merge import same_event
    from rightswatch.records import Candidate, Span

    def cand(actor: str, start: int) -> Candidate:
        return Candidate(event_type="legislation", sub_event_type="policy_or_decree", date="2021-09",
                         date_precision="month", country="PL", location=None, actor=actor, target=None,
                         stance="neutral", evidence="x", span=Span(start, start + 1), confidence=0.8, extractor="t")
    assert not same_event(cand("Małopolska regional assembly", 0), cand("Świętokrzyskie regional assembly", 5))
    assert same_event(cand("regional assembly", 0), cand("Świętokrzyskie regional assembly", 5))
    assert same_event(cand("police", 0), cand("Tbilisi police", 5))
