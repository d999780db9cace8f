"""The gazetteer: old and transliterated names to canonical places."""

from __future__ import annotations

import pytest

from helpers import document, the
from rightswatch.nlp.places import load_gazetteer


@pytest.mark.parametrize(("name", "canonical", "country"), [
    ("Nursultan", "Astana", "KZ"), ("Nur-Sultan", "Astana", "KZ"), ("Akmola", "Astana", "KZ"),
    ("Alma-Ata", "Almaty", "KZ"), ("Frunze", "Bishkek", "KG"), ("Tiflis", "Tbilisi", "GE"),
    ("Kiev", "Kyiv", "UA"), ("Kishinev", "Chisinau", "MD"), ("Leningrad", "Saint Petersburg", "RU"),
])
def test_historical_city_names(name: str, canonical: str, country: str) -> None:
    place = load_gazetteer().city(name)
    assert place is not None
    assert (place.name, place.country) == (canonical, country)
    assert place.latitude is not None and place.longitude is not None


@pytest.mark.parametrize(("name", "code"), [
    ("Kazakhstan", "KZ"), ("Kyrgyz Republic", "KG"), ("Russian Federation", "RU"), ("Georgia", "GE"),
    ("Moldova", "MD"), ("the Netherlands", "NL"),
])
def test_countries(name: str, code: str) -> None:
    place = load_gazetteer().country(name)
    assert place is not None and place.country == code


def test_demonyms_and_regions() -> None:
    g = load_gazetteer()
    assert g.demonym("Kazakh") == "KZ"
    assert g.demonym("Georgian") == "GE"
    assert g.is_region("Central Asia")
    assert g.country("Central Asia") is None


def test_common_words_are_not_towns() -> None:
    g = load_gazetteer()
    assert g.city("Police") is None
    assert g.city("Pride") is None


def _countries(extractor, text: str, sub_event_type: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    from helpers import document

    found = extractor.extract(document(text, published="2021-06-15"))
    return [e.country for e in found if e.sub_event_type == sub_event_type]


def test_a_country_the_event_is_about_is_not_where_it_happened(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Kazakhstan's courts are busy. In May 2021 the information ministry blocked the website "
            "of a Kazakh newspaper over an article about the border dispute with Uzbekistan.")
    assert _countries(extractor, text, "censorship_or_block") == ["KZ"]


def test_a_noun_trigger_happens_where_its_clause_subject_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("In 2021, Armenia's parliament passed a budget, Belarus's justice ministry put the "
            "human rights centre on its list of extremists, and Georgia's mayor resigned.")
    assert _countries(extractor, text, "extremist_designated") == ["BY"]


def test_a_nationality_in_the_sentence_before_does_not_carry(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenia's parliament debated the bill for a week. On 3 June 2021, US Secretary of State "
            "John Smith visited the capital. The ombudsman condemned the arrests of the activists.")
    assert _countries(extractor, text, "statement_or_appeal") == ["AM"]


def test_a_list_of_countries_before_sets_no_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenia's parliament debated the bill for a week. Several states, including Latvia, Poland "
            "and Estonia, have similar laws. The ombudsman condemned the arrests of the activists.")
    assert _countries(extractor, text, "statement_or_appeal") == ["AM"]


def test_a_leaning_is_not_a_nationality(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Bulgaria's schools are changing. The amendment was tabled by a pro-Russian party "
            "and parliament adopted it the next week.")
    assert _countries(extractor, text, "bill_proposed") == ["BG"]


def test_the_city_of_the_sentence_before_goes_on(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("On 3 May 2021 hundreds of people marched in Yerevan against the bill. "
            "Police detained dozens of the marchers.")
    found = extractor.extract(document(text, published="2021-06-15"))
    detained = [e for e in found if e.sub_event_type == "detention_or_arrest"]
    assert [(e.country, e.location) for e in detained] == [("AM", "Yerevan")]


def test_an_event_named_after_its_city_happens_there(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("Armenian activists could not march at home. "
            "In 2019 their group joined the Berlin Equality Parade, carrying Armenian flags.")
    found = extractor.extract(document(text, published="2021-06-15"))
    held = [e for e in found if e.sub_event_type == "assembly_held"]
    assert [e.country for e in held] == ["DE"]


def test_a_relative_clause_happens_where_its_antecedent_is(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenia's new bill follows Poland's 2020 resolution, which the ombudsman challenged "
            "before the administrative court.")
    assert _countries(extractor, text, "lawsuit_filed") == ["PL"]


def test_a_march_told_without_a_place_is_where_the_story_is(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("OSH — Police in Osh detained ten activists on Saturday.\n\n"
            "The mayor defended the police.\n\n"
            "On Sunday hundreds of people marched to demand their release.")
    found = extractor.extract(document(text, published="2021-06-15"))
    held = [e for e in found if e.sub_event_type == "assembly_held"]
    assert [(e.country, e.location) for e in held] == [("KG", "Osh")]


def test_a_city_in_a_relative_clause_does_not_place_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("On 3 May 2021 the Constitutional Court of Armenia ruled in the case of two men "
            "who had married in Lisbon in 2015.")
    found = extractor.extract(document(text, published="2021-06-15"))
    ruling = [e for e in found if e.sub_event_type == "court_ruling"]
    assert [(e.country, e.location) for e in ruling] == [("AM", None)]


def test_a_district_named_after_another_countrys_city_is_not_that_city(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("On 3 May 2021 police in Osh detained ten activists and took them to the Sverdlovsk "
            "district police station in Kyrgyzstan.")
    found = extractor.extract(document(text, published="2021-06-15"))
    detained = [e for e in found if e.sub_event_type == "detention_or_arrest"]
    assert [(e.country, e.location) for e in detained] == [("KG", "Osh")]


def test_a_capital_appealed_to_stands_for_its_government(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = "On 3 May 2021 Amnesty International called on Baku to release the detained journalists of Azerbaijan."
    found = extractor.extract(document(text, published="2021-06-15"))
    appeals = [e for e in found if e.sub_event_type == "statement_or_appeal"]
    assert [(e.country, e.location) for e in appeals] == [("AZ", None)]


def test_a_village_named_as_one_is_a_place_though_the_gazetteer_lacks_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("On 3 May 2021 a group of activists from Armenia visited the village of Tsaghkavank. "
            "In the evening a crowd attacked them with stones; one was taken to hospital in Vanadzor.")
    found = extractor.extract(document(text, published="2021-06-15"))
    attacks = [e for e in found if e.sub_event_type == "attack"]
    assert [(e.country, e.location) for e in attacks] == [("AM", "Tsaghkavank")]


@pytest.mark.parametrize(("name", "canonical", "country"), [
    ("Gomel", "Gomel", "BY"), ("Homel", "Gomel", "BY"), ("Mogilev", "Mogilev", "BY"), ("Grodno", "Grodno", "BY"),
    ("Khorugh", "Khorog", "TJ"), ("Andijan", "Andijan", "UZ"), ("Ryazan", "Ryazan", "RU"),
    ("Arkhangelsk", "Arkhangelsk", "RU"), ("Vinnitsa", "Vinnytsia", "UA"), ("Nikolaev", "Mykolaiv", "UA"),
    ("Dzhalal-Abad", "Jalal-Abad", "KG"), ("Krasnovodsk", "Turkmenbashi", "TM"),
])
def test_cities_take_the_names_english_reports_use(name: str, canonical: str, country: str) -> None:
    place = load_gazetteer().city(name)
    assert place is not None
    assert (place.name, place.country) == (canonical, country)


def test_a_nationality_that_dates_the_event_does_not_place_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Moldova's parliament met on Friday. On 4 March 2023, a year into the Russian blockade of the "
            "port, parliament adopted the anti-discrimination bill.")
    assert _countries(extractor, text, "bill_adopted") == ["MD"]


def test_a_word_inside_a_longer_name_is_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    from rightswatch.extract.context import find_places

    doc = extractor.nlp("The United States embassy condemned the attack on the Rainbow Hub, a centre in Sofia.")
    names = [p.place.name for p in find_places(doc, extractor.gazetteer)]
    assert "Sofia" in names and "Hattiesburg" not in names


def test_a_country_in_a_relative_clause_does_not_place_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenia's parliament met in May 2021. On 3 June 2021 the parliament passed the bill, "
            "which copies a law that Hungary adopted in 2021, in its third reading.")
    assert _countries(extractor, text, "bill_adopted")[:1] == ["AM"]


def test_a_state_act_reported_from_a_dateline_city_is_placed_in_no_city(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = "BISHKEK — Kyrgyzstan's parliament on Wednesday adopted the bill on foreign representatives."
    found = extractor.extract(document(text, published="2024-03-15"))
    adopted = [e for e in found if e.sub_event_type == "bill_adopted"]
    assert [(e.country, e.location) for e in adopted] == [("KG", None)]
    text = "OSH — Police on Saturday detained ten activists."
    found = extractor.extract(document(text, published="2024-03-15"))
    detained = [e for e in found if e.sub_event_type == "detention_or_arrest"]
    assert [(e.country, e.location) for e in detained] == [("KG", "Osh")]


def test_an_arrest_in_a_report_filed_from_a_city_is_in_that_city(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("GYUMRI, Armenia — A small rally for equality ended early on Saturday.\n\n"
            "The organisers said the police had detained four men who threw eggs.")
    found = extractor.extract(document(text, published="2024-03-18"))
    detained = [e for e in found if e.sub_event_type == "detention_or_arrest"]
    assert [(e.country, e.location) for e in detained] == [("AM", "Gyumri")]


def test_a_country_heading_places_its_section(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Annual review 2022\n\nKAZAKHSTAN\n\nOn 5 January 2022 the president declared a state of emergency.\n\n"
            "AZERBAIJAN\n\nOn 22 February 2022 a journalist was murdered.")
    found = extractor.extract(document(text, published="2023"))
    assert {e.sub_event_type: e.country for e in found} == {"policy_or_decree": "KZ", "killing": "AZ"}, found


def test_a_known_body_acts_in_its_own_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Kazakhstan tightened its media rules this year. Its neighbour also acted: at the end of December "
            "2021 the Milli Majlis adopted a new Law on Media.")
    found = extractor.extract(document(text, published="2022-03-01"))
    adopted = [e for e in found if e.sub_event_type == "bill_adopted"]
    assert adopted and adopted[-1].country == "AZ", adopted


def test_a_city_keeps_the_diacritics_the_report_spells_it_with(extractor) -> None:  # type: ignore[no-untyped-def]
    found = extractor.extract(document("On 21 May 2017 police stopped the march in Chișinău after 300 metres."))
    assert [e.location for e in found] == ["Chișinău"]
    plain = extractor.extract(document("On 21 May 2017 police stopped the march in Chisinau after 300 metres."))
    assert [e.location for e in plain] == ["Chisinau"]
    old = extractor.extract(document("On 21 May 2017 police stopped the march in Kishinev after 300 metres."))
    assert [e.location for e in old] == ["Chisinau"]


def test_a_dateline_city_the_model_took_for_a_person_is_still_the_dateline(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("BATUMI — A court on Wednesday sentenced Mzia Amaglobeli to two years in prison.\n\n"
            "Amaglobeli was detained on the evening of 11 January for putting up a sticker.")
    found = extractor.extract(document(text, published="2025-08-07"))
    assert the(found, "detention_or_arrest").location == "Batumi"


def test_what_happens_on_the_ground_is_in_the_city_the_report_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Miraziz Bazarov is a blogger from Tashkent. In Tashkent he wrote about LGBT rights.\n\n"
            "We met him in Tashkent in May.\n\nOn 29 April police took him from the hospital and detained him.")
    found = extractor.extract(document(text, published="2021-06"))
    assert the(found, "detention_or_arrest").location == "Tashkent"
    # Two cities named as often: no guess.
    text = ("Activists from Almaty and Astana spoke. In Almaty and in Astana they met.\n\n"
            "Almaty and Astana groups joined.\n\nOn 29 April police detained him.")
    found = extractor.extract(document(text, published="2021-06"))
    assert the(found, "detention_or_arrest").location is None


def test_a_place_located_by_a_bigger_one_is_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("In April 2021 councillors in Kraśnik, south of Lublin, voted to repeal their resolution on LGBT "
            "ideology in Poland.")
    found = the(extractor.extract(document(text, published="2022-01")), "policy_or_decree")
    assert found.location == "Kraśnik"


def test_the_places_a_later_story_names_are_not_this_ones(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("KYIV, June 6 — About 250 people took part in the Equality March in Kyiv on Saturday.\n\n"
            "In May 2013 the District Administrative Court of Kyiv banned all public events in the city centre on "
            "the day of the planned march.\n\nThere was no march in 2014.\n\n"
            "This spring Russian activists applied to hold Pride events in both Moscow and St Petersburg.")
    found = extractor.extract(document(text, published="2015-06-06"))
    banned = [e for e in found if e.sub_event_type == "assembly_banned"]
    assert banned and all(e.country == "UA" for e in banned), banned


def test_a_city_the_model_takes_for_a_person_after_a_listed_city(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document
    found = extractor.extract(document("Last August Aidar Yelkeyev applied to hold rallies in Nur-Sultan and Alma-Ata.",
                                       published="2020-03"))
    assert sorted(e.location for e in found if e.sub_event_type == "assembly_applied") == ["Almaty", "Astana"]


def test_a_sentence_that_opens_with_its_country_is_set_there(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document
    text = ("Kyrgyzstan adopted the law on foreign representatives in Bishkek in April 2024.\n\n"
            "In Kazakhstan, a petition calling for a ban on “LGBT propaganda” gathered tens of thousands of "
            "signatures earlier this year.")
    found = extractor.extract(document(text, published="2024-12"))
    assert [e.country for e in found if e.sub_event_type == "petition"] == ["KZ"]


def test_the_country_a_law_was_copied_from_is_not_where_it_was_adopted(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Kazakhstan has been here before. In February 2015 parliament adopted a bill banning the propaganda of "
            "non-traditional sexual orientation to children, copied from Russia.")
    found = [e for e in extractor.extract(document(text, published="2020-03")) if e.sub_event_type == "bill_adopted"]
    assert found and all(e.country == "KZ" for e in found), found
