"""The gazetteer: old and transliterated names to canonical places."""

from __future__ import annotations

import pytest

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
