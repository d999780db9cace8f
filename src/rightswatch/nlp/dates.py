"""Find date expressions in English text and resolve them to partial ISO dates.

Absolute expressions are parsed with dateparser; expressions without a year ("last February",
"On Thursday, August 22", "earlier this year") are resolved against a reference date: the
document's publication date, else the latest absolute date in its text. Weekdays pick the year
when the reference has none to give.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from rightswatch.nlp.partial_dates import precision_of

EXTRACTOR = "rightswatch.dates.v1"
MIN_YEAR, MAX_YEAR = 1900, 2100

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}

MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
M = rf"(?P<month>{MONTH_NAMES})\.?"
W = r"(?:(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?)?"
D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
Y = r"(?P<year>(?:19|20)\d{2})"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{W}{D}\s+(?:of\s+)?{M}\s*,?\s+{Y}\b", re.I)),
    ("mdy", re.compile(rf"\b{W}{M}\s+{D}\s*,?\s+{Y}\b", re.I)),
    ("dm", re.compile(rf"\b{W}{D}\s+(?:of\s+)?{M}\b(?!\s*,?\s*\d)", re.I)),
    ("md", re.compile(rf"\b{W}{M}\s+{D}\b(?!\s*,?\s*\d)(?![\d:])", re.I)),
    ("my", re.compile(rf"\b(?:(?:early|late|mid)[\s-]+)?{M}\s+(?:of\s+)?{Y}\b", re.I)),
    ("month_of_year", re.compile(
        rf"\b{M}\s+(?:of\s+)?(?P<rel>this|last|that|the\s+same)\s+year\b", re.I)),
    ("rel_month", re.compile(
        rf"\b(?P<rel>last|this|past|in|during|since|early|late|mid|on|by|until|from|of|that|the\s+following|the\s+next)"
        rf"(?:\s+|(?<=mid)-){M}(?!\s*\d)\b",
        re.I)),
    ("season_year", re.compile(rf"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{Y}\b", re.I)),
    ("holiday", re.compile(
        r"\b(?P<holiday>International\s+Women['’]s\s+Day|International\s+Day\s+(?:against|Against)\s+Homophobia"
        r"(?:[,\s]+(?:Transphobia|Biphobia|and)+)*|IDAHO(?:T|TB|BIT)|Human\s+Rights\s+Day"
        r"|Transgender\s+Day\s+of\s+(?:Remembrance|Visibility)|Workers['’]\s+Day)"
        r"(?:\s+(?:in|of)\s+(?P<year>(?:19|20)\d{2}))?")),
    ("season", re.compile(r"\b(?P<rel>this|last|past)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I)),
    # "By the end of that year", "that autumn": the year the text has just named.
    ("that_year", re.compile(r"\b(?:that|the\s+same)\s+(?:year|spring|summer|autumn|fall|winter)\b", re.I)),
    ("this_year", re.compile(r"\b(?:earlier|later)?\s*(?P<rel>this|last|previous|past|current)\s+year\b", re.I)),
    ("year_after", re.compile(r"\bthe\s+(?:following|next)\s+year\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                       r"(?P<unit>years?|months?|weeks?|days?)\s+ago(?P<this_month>\s+this\s+month)?\b", re.I)),
    ("this_month", re.compile(r"\b(?P<rel>this|last|previous|past)\s+(?P<unit>month|week)\b", re.I)),
    ("day_word", re.compile(r"\b(?P<word>yesterday|today|last\s+night|tonight)\b", re.I)),
    ("days_later", re.compile(r"\b(?:the\s+(?P<next>next|following)\s+(?:day|morning|evening|night)|the\s+day\s+after"
                              r"|(?:the|that)\s+(?P<same>same)\s+(?:day|morning|evening|night|monday|tuesday|wednesday"
                              r"|thursday|friday|saturday|sunday)|(?P<that>that)\s+(?:day|morning|evening|night)"
                              # "jailed for 15 days after unfurling a banner" is a term, not a date.
                              r"|(?<!\bfor\s)(?<!within\s)(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                              r"\s+(?P<unit>days?|weeks?|months?)\s+(?P<dir>later|earlier"
                              r"|(?:after|before)(?=\s+(?:the|his|her|their|its|this|that)\b))"
                              r"|the\s+(?P<prev>previous|preceding)\s+(?:day|evening|night)"
                              r"|the\s+(?:day|evening|night)\s+(?P<before>before)(?![\s,]+(?:yesterday|last)\b))\b",
                              re.I)),
    ("weekday_nth", re.compile(
        r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+the\s+"
        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.I)),
    ("weekday", re.compile(
        r"\b(?:on|last|this|past|of|by|until|since)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        rf"(?!,?\s+(?:the\s+)?(?:[0-3]?\d|(?:{MONTH_NAMES})\b))", re.I)),
    ("year", re.compile(r"(?:(?<![\d/.,+-])|(?<=mid-))(?<!\d )(?P<year>(?:19|20)\d{2})(?![\d/-])(?!\s*\d)", re.I)),
]


@dataclass(frozen=True)
class RefDate:
    """The date relative expressions are counted from."""

    value: str  # partial ISO
    # False when the date was inferred from the text (its latest date), not a publication date:
    # a day after it may still be before the report was written.
    published: bool = True

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if len(self.value) >= 7 else None

    @property
    def day(self) -> date | None:
        return date.fromisoformat(self.value) if len(self.value) == 10 else None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # partial ISO, None when it cannot be resolved
    precision: str | None
    relative: bool


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    """Built once: building a DateDataParser costs more than most of the parses it does."""
    import dateparser

    return dateparser.date.DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first",
                  "REQUIRE_PARTS": ["year"]},
    )


@lru_cache(maxsize=4096)
def _parse_absolute(text: str) -> tuple[str, str] | None:
    """(ISO partial, precision) for an expression that names its own year, via dateparser."""
    data = _date_parser().get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        return None
    period = data.period or "day"
    if period == "year":
        return f"{found.year:04d}", "year"
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}", "month"
    return found.isoformat(), "day"


def _weekday_year(month: int, day: int, weekday: int, ref: RefDate | None, years: list[int]) -> int | None:
    """The year nearest the reference (or the text's own years) whose month/day fall on weekday."""
    anchors = [ref.year] if ref else []
    anchors += years
    for anchor in anchors:
        for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
            year = anchor + delta
            try:
                if date(year, month, day).weekday() == weekday:
                    return year
            except ValueError:
                return None
    return None


def _year_for_month_day(month: int, day: int | None, ref: RefDate) -> int:
    """The latest occurrence of month(/day) on or before the reference."""
    if ref.month is None:
        return ref.year
    ref_day = ref.day.day if ref.day else 31
    if (month, day or 1) <= (ref.month, ref_day):
        return ref.year
    return ref.year - 1


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Days the movements mark on a fixed date: "On International Women's Day in 2020".
HOLIDAYS = [("women", (3, 8)), ("homophobia", (5, 17)), ("idaho", (5, 17)), ("human rights", (12, 10)),
            ("remembrance", (11, 20)), ("visibility", (3, 31)), ("workers", (5, 1))]


def _holiday(name: str) -> tuple[int, int]:
    lowered = name.lower()
    return next(day for key, day in HOLIDAYS if key in lowered)


# The month each season (of the northern hemisphere) ends in; winter ends in the new year.
SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _season_year(rel: str, season: str, ref: RefDate) -> str | None:
    """'This spring' is the reference's year; 'last summer' the latest summer over by then."""
    if rel == "this" or ref.month is None:
        return _iso(ref.year if rel == "this" else ref.year - 1)
    return _iso(ref.year if ref.month > SEASON_ENDS[season] else ref.year - 1)


# "last Friday" names a day at least this many days back.
LAST_WEEKDAY_MIN_DAYS = 2


def _resolve(kind: str, m: re.Match[str], ref: RefDate | None, years: list[int]) -> str | None:
    g = m.groupdict()
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    if kind in ("iso", "dmy", "mdy", "my", "season_year"):
        text = m.group(0)
        if kind == "season_year":
            return _iso(int(g["year"]))
        if kind == "my":
            return _iso(int(g["year"]), month)
        if kind == "iso":
            return _iso(int(g["year"]), int(g["mnum"]), int(g["day"]))
        parsed = _parse_absolute(re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text))
        return parsed[0] if parsed else _iso(int(g["year"]), month, int(g["day"]))
    if kind == "year":
        return _iso(int(g["year"]))
    if kind in ("dm", "md"):
        day = int(g["day"])
        if not 1 <= day <= 31 or month is None:
            return None
        if g.get("weekday") and (ref is None or ref.month is None):
            year = _weekday_year(month, day, WEEKDAYS[g["weekday"].lower()], ref, years)
            return _iso(year, month, day) if year else None
        if ref is None:
            return None
        year = _year_for_month_day(month, day, ref)
        if year < ref.year and _told_as_future(m):
            year = ref.year  # "Organisers say they will march on 28 June": this year's, still to come
        return _iso(year, month, day)
    if ref is None:
        return None
    if kind == "month_of_year":
        if month is None:
            return None
        rel = g["rel"].lower()
        if rel == "last":
            return _iso(ref.year - 1, month)
        return _iso(ref.year, month)
    if kind == "rel_month":
        if month is None:
            return None
        rel = g["rel"].lower()
        if rel == "this":
            return _iso(ref.year, month)
        year = _year_for_month_day(month, None, ref)
        if rel in ("last", "past") and ref.month == month:
            year -= 1
        return _iso(year, month)
    if kind == "holiday":
        month, day = _holiday(g["holiday"])
        if g.get("year"):
            return _iso(int(g["year"]), month, day)
        return _iso(_year_for_month_day(month, day, ref), month, day)
    if kind == "season":
        return _season_year(g["rel"].lower(), g["season"].lower(), ref)
    if kind == "this_year":
        rel = g["rel"].lower()
        return _iso(ref.year - 1 if rel in ("last", "previous", "past") else ref.year)
    if kind == "ago":
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBERS[raw]
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            # "Ten years ago this month": that month, so many years back.
            return _iso(ref.year - n, ref.month if g.get("this_month") else None)
        if unit == "month" and ref.month:
            total = ref.year * 12 + ref.month - 1 - n
            return _iso(total // 12, total % 12 + 1)
        if ref.day and unit in ("week", "day"):
            found = ref.day - timedelta(days=n * (7 if unit == "week" else 1))
            return _iso(found.year, found.month) if unit == "week" else found.isoformat()
        return _iso(ref.year, ref.month) if ref.month else _iso(ref.year)
    if kind == "this_month":
        rel = g["rel"].lower()
        if g["unit"].lower() == "month" and ref.month:
            if rel == "this":
                return _iso(ref.year, ref.month)
            total = ref.year * 12 + ref.month - 2
            return _iso(total // 12, total % 12 + 1)
        if ref.day:
            found = ref.day - timedelta(days=7 if rel != "this" else 0)
            return _iso(found.year, found.month)
        return _iso(ref.year, ref.month) if ref.month else None
    if kind == "day_word":
        if ref.day:
            # "Last night" in a report of the morning after is the day before it.
            found = ref.day - timedelta(days=1 if g["word"].lower().split()[0] in ("yesterday", "last") else 0)
            return found.isoformat()
        return _iso(ref.year, ref.month) if ref.month else None
    if kind == "weekday":
        if ref.day:
            back = (ref.day.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
            if back < LAST_WEEKDAY_MIN_DAYS and m.group(0).lower().startswith(("last", "past")):
                # "Last Monday" written on a Monday is a week ago, and written on a Tuesday it is
                # not yesterday (that would be "yesterday"): the one of the week before.
                back += 7
            return (ref.day - timedelta(days=back)).isoformat()
        return _iso(ref.year, ref.month) if ref.month else None
    return None


ABSOLUTE_KINDS = ("iso", "dmy", "mdy", "my", "season_year", "year")

# "they will march on 28 June", "the hearing is scheduled for 3 July": a day still to come.
FUTURE = re.compile(r"\b(?:will|shall|(?:is|are) due|plans?|planned|scheduled|intends?|going to)\b[^.!?;\n]*$", re.I)


def _told_as_future(m: re.Match[str]) -> bool:
    return FUTURE.search(m.string[max(0, m.start() - 80):m.start()]) is not None


def scan_dates(text: str) -> list[tuple[str, re.Match[str]]]:
    """The date expressions of a text, unresolved: (kind, match), longest first where they
    overlap, in text order. Scan once; resolve against any reference with `resolve_dates`."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind in ("rel_month", "dm", "md", "month_of_year") and m.group("month")[0].islower():
                continue  # "may", "march" in lower case are a verb or a noun, not a month
            taken.append((start, end))
            found.append((kind, m))
    return sorted(found, key=lambda km: km[1].start())


# A date without a year ("On 5 January") this close after a full date ("on 2 January 2022")
# continues that story: it takes its year from there, not from the publication date.
NARRATIVE_WINDOW = 800


# A full date carries its story into the next paragraph only when it is recent news for the
# report: "... the march on 17 May 2012.\n\nOn 14 June the Patriarchate ..." in a blog of
# November 2019 is 2019's June; "one year on" from 2 January 2022, "On 5 January" is 2022's.
CARRY_ACROSS_DAYS = 550


def _carries_on(anchor: str, ref: RefDate | None) -> bool:
    if len(anchor) != 10:
        return False
    if ref is None or ref.month is None:
        return True
    published = ref.day or date(ref.year, ref.month, 28)
    return (published - date.fromisoformat(anchor)).days <= CARRY_ACROSS_DAYS


def _ymd(value: str) -> tuple[int, int, int | None]:
    return int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) == 10 else None


def _after_publication(ref: RefDate | None, year: int, month: int, day: int | None = None) -> bool:
    """A day (or month) that lies after the report's publication, to the day when it is known."""
    if ref is None:
        return False
    if ref.published and ref.day is not None and day is not None and ref.month == month and ref.year == year:
        return day > ref.day.day
    return (year, month) > (ref.year, ref.month or 12)


def _nearer_before(start: RefDate, month: int, day: int) -> bool:
    """'On 19 May 2020 parliament adopted the bill. It had been tabled on 31 March': a day a
    few weeks before the story's date is that year's, not the next year's, ten months on."""
    anchor = start.day or date(start.year, start.month or 1, 1)
    try:
        before, after = date(start.year, month, day), date(start.year + 1, month, day)
    except ValueError:
        return False
    return (anchor - before) < (after - anchor)


def _narrative(kind: str, m: re.Match[str], anchor: str, ref: RefDate | None) -> str | None:
    g = m.groupdict()
    if kind == "days_later":
        raw = "0" if g.get("same") or g.get("that") else (g.get("n") or "one").lower()
        n = int(raw) if raw.isdigit() else NUMBERS[raw]
        if (g.get("unit") or "").lower().startswith("month"):
            # "In January 2014 I was charged. A month later the court threw the case out."
            if len(anchor) < 7:
                return None
            sign = -1 if (g.get("dir") or "").lower() in ("earlier", "before") else 1
            months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + sign * n
            value = _iso(months // 12, months % 12 + 1)
            return None if value is None or _after_publication(ref, months // 12, months % 12 + 1) else value
        if len(anchor) != 10:
            return None
        if (g.get("unit") or "").lower().startswith("week"):
            n *= 7  # "a week earlier", "two weeks later"
        if g.get("prev") or g.get("before") or (g.get("dir") or "").lower() in ("earlier", "before"):
            n = -n  # "the previous day", "three days earlier"
        return (date.fromisoformat(anchor) + timedelta(days=n)).isoformat()
    if kind == "holiday":
        if g.get("year"):
            return None  # "IDAHOT in 2015" names its own year
        month, day = _holiday(g["holiday"])
    else:
        month, day = MONTHS.get((g.get("month") or "").lower().rstrip(".")) or 0, int(g["day"])
    if not month or len(anchor) < 7:
        return None
    start = RefDate(anchor)
    year = start.year if (month, day) >= (start.month or 1, start.day.day if start.day else 1) else start.year + 1
    if year > start.year and _nearer_before(start, month, day):
        year = start.year
    if _after_publication(ref, year, month, day):
        return None  # it would lie after the publication: not this story's year
    return _iso(year, month, day)


# The dates that tell which year a paragraph is in: "Last year ... in June", "In 2014 ... in May".
STORY_KINDS = (*ABSOLUTE_KINDS, "this_year", "ago", "month_of_year", "dm", "md", "days_later", "weekday", "holiday")


# "In 2014 ...", "Back in 2015 ...", "Last year ...": a year that frames its sentence.
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\"“]\s*)(?:(?:back\s+)?in\s+|by\s+|since\s+|then\s+)?$", re.I)


def _opens_sentence(m: re.Match[str]) -> bool:
    """'In 2014 the court ruled': a year at the head of its sentence sets the story's year;
    'the 2021 law', 'the centre set up in 1996' name a year in passing."""
    return SENTENCE_OPENING.search(m.string[max(0, m.start() - 20):m.start()]) is not None


def _story_month(m: re.Match[str], story: tuple[str, int], ref: RefDate | None) -> str | None:
    """'Last year a petition passed 50,000 signatures, and in June the ministry accepted it':
    a month without a year, in a paragraph that has just named one, is in that year (or the
    next, when it comes before the named date's own month)."""
    if m.group("rel").lower() in ("this", "last", "past"):
        return None
    # A paragraph that opens with the month ("On 20 July 2019 I went to the march. ...\n\nIn
    # October the mayor of Lublin tried to ban ...") goes on with the paragraph before.
    breaks = m.string[story[1]:m.start()].count("\n\n")
    if breaks > 1 or (breaks == 1 and m.string[max(0, m.start() - 2):m.start()] != "\n\n"):
        return None
    month = MONTHS.get(m.group("month").lower().rstrip("."))
    if month is None:
        return None
    start = RefDate(story[0])
    if breaks and (start.month is None or month <= start.month):
        return None  # "On 3 September 2019 ...\n\nIn September, ...": back to the present
    year = start.year if month >= (start.month or 1) else start.year + 1
    if SINCE.search(m.string[max(0, m.start() - 20):m.start() + 6]) and start.month:
        # "On 1 April 2017 the paper reported men detained since the end of February": before.
        year = start.year if month <= start.month else start.year - 1
    if ref is not None and (year, month) > (ref.year, ref.month or 12):
        return None  # after the publication: not this story's year
    return _iso(year, month)


SINCE = re.compile(r"\bsince\b", re.I)
SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _relates_its_own_date(kind: str, m: re.Match[str], anchor: tuple[str, int]) -> bool:
    """'detained on 3 May 2019, two days before the march': the phrase places another event
    relative to the date its own sentence gave; it is not a date of its own."""
    return kind == "days_later" and (m.group("dir") or "").lower() in ("after", "before") \
        and _same_sentence(m.string, anchor[1], m.start())


# "the anniversary of the presidential election of 9 August 2020", "its judgment of 12 June
# 2012": a date that names a thing by its day, in passing; the story is not on that day.
OF_A_THING = re.compile(r"\b(?:election|elections|judgment|judgement|ruling|decision|law|act|decree|resolution|"
                        r"vote|referendum|events|protests)\s+of\s*$", re.I)


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30}
ANNIVERSARY = re.compile(r"\b(?P<nth>" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\b"
                         r"[^.;!?]{0,80}$", re.I)


def _anniversary(m: re.Match[str]) -> int:
    """'On the first anniversary of the election of 9 August 2020': a year after that day."""
    found = ANNIVERSARY.search(m.string[max(0, m.start() - 100):m.start()])
    if found is None:
        return 0
    nth = found.group("nth").lower()
    return ORDINALS.get(nth) or int(re.sub(r"\D", "", nth))


def _names_a_thing(m: re.Match[str]) -> bool:
    return OF_A_THING.search(m.string[max(0, m.start() - 30):m.start()]) is not None


def _same_sentence(text: str, start: int, end: int) -> bool:
    return SENTENCE_END.search(text, start, end) is None
UNTIL = re.compile(r"\b(?:until|till|through|up\s+to)\s*$", re.I)


def ends_a_period(text: str, start: int) -> bool:
    """'remanded in custody until May 18', 'banned rallies until 1 April': the date at `start`
    is when something ends, often after the report; it is not where the story is."""
    return UNTIL.search(text[max(0, start - 12):start]) is not None


def _weekday_nth(m: re.Match[str], anchor: str | None, ref: RefDate | None) -> str | None:
    """'on Saturday the 17th': the 17th that is a Saturday, in the month the story is in (or
    the next), else in the month of publication (or the one before)."""
    day, weekday = int(m.group("day")), WEEKDAYS[m.group("weekday").lower()]
    if anchor is not None and len(anchor) >= 7:
        start, step = RefDate(anchor), 1
    elif ref is not None and ref.month is not None:
        start, step = ref, -1
    else:
        return None
    for shift in (0, step):
        total = start.year * 12 + (start.month or 1) - 1 + shift
        year, month = total // 12, total % 12 + 1
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found.weekday() == weekday and (ref is None or ref.day is None or found <= ref.day):
            return found.isoformat()
    return None


def _asks_about(m: re.Match[str]) -> bool:
    """'What happened in 2017?': an interviewer's question names the year its answer is about."""
    rest = m.string[m.end(): m.end() + 60].split("\n", 1)[0].rstrip()
    return rest.endswith("?") and "." not in rest


def _answers_question(between: str) -> bool:
    """The text from a question's year to a date is the rest of the question and its answer."""
    parts = between.split("\n\n")
    return len(parts) == 2 and parts[0].rstrip().endswith("?")


def _story_day(m: re.Match[str], story: tuple[str, int], ref: RefDate | None) -> str | None:
    """'In 2019 the rector banned it. We marched anyway, on 10 May': a day without a year, in
    the paragraph that has just named the year (or answers the question that named it), is in
    that year."""
    between = m.string[story[1]:m.start()]
    if "\n\n" in between and not _answers_question(between):
        return None
    month = MONTHS.get(m.group("month").lower().rstrip("."))
    day = int(m.group("day"))
    if month is None or not 1 <= day <= 31:
        return None
    year = int(story[0][:4])
    if _after_publication(ref, year, month, day):
        return None  # after the publication: not this story's year
    return _iso(year, month, day)


# "Yunus on 30 July, Jafarov on 2 August and Aliyev on 8 August 2014": a list of days shares
# the year its last one names (a short gap with a comma or "and", within one sentence).
LIST_GAP = re.compile(r"^[^.;:!?\n]{0,40}$")
LIST_JOIN = re.compile(r",|\band\b|\bto\b|[–-]")


def _list_years(scanned: list[tuple[str, re.Match[str]]]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i, (kind, m) in enumerate(scanned):
        if kind not in ("dm", "md") or m.group("weekday"):
            continue
        j, prev = i + 1, m
        while j < len(scanned):
            next_kind, nxt = scanned[j]
            gap = m.string[prev.end(): nxt.start()]
            if not LIST_GAP.match(gap) or not LIST_JOIN.search(gap):
                break
            if next_kind in ("dmy", "mdy"):
                month = MONTHS.get(m.group("month").lower().rstrip("."))
                last = MONTHS.get(nxt.group("month").lower().rstrip("."))
                day = int(m.group("day"))
                year = int(nxt.group("year"))
                if month and last and (month, day) <= (last, int(nxt.group("day"))) and 1 <= day <= 31:
                    value = _iso(year, month, day)
                    if value:
                        out[i] = value
                break
            if next_kind not in ("dm", "md") or nxt.group("weekday"):
                break
            j, prev = j + 1, nxt
    return out


def resolve_dates(
    scanned: list[tuple[str, re.Match[str]]], ref: RefDate | None = None, years: list[int] | None = None,
) -> list[DateMention]:
    out = []
    anchor: tuple[str, int] | None = None  # the latest date to the month or day, and where it ends
    story: tuple[str, int] | None = None  # the latest date of the paragraph, to any precision
    named_year: str | None = None  # the year of the latest date, for "that year"
    sentence_year: tuple[str, int] | None = None  # the latest bare year, and where it ends
    named: tuple[str, int] | None = None  # the latest date of any kind, and where it ends
    listed = _list_years(scanned)
    for i, (kind, m) in enumerate(scanned):
        value = listed.get(i)
        # A full date carries its story into the next paragraph; a month ("In June 2015") only
        # within its own ("since December 2014" in passing does not date what follows).
        near = anchor is not None and m.start() - anchor[1] <= NARRATIVE_WINDOW and (
            "\n\n" not in m.string[anchor[1]:m.start()] or _carries_on(anchor[0], ref))
        if near and anchor is not None and story is not None and story[1] > anchor[1] and len(story[0]) == 4 \
                and not story[0].startswith(anchor[0][:4]):
            near = False  # "2015 — On 28 June ... 2022 — ... On 26 June": the later year's story
        # "On 17 May 2013, a crowd chased activists marking the International Day against
        # Homophobia": the holiday of the story's year.
        if value is None and kind in ("dm", "md") and not m.group("weekday") and sentence_year is not None \
                and all(p is None or sentence_year[1] >= p[1] for p in (story, anchor)) \
                and _same_sentence(m.string, sentence_year[1], m.start()):
            # "extended in late 2022, when Putin signed the law on December 5": its sentence's year.
            value = _story_day(m, sentence_year, ref)
        if value is None and anchor is not None and near and (
                kind in ("days_later", "holiday") or (kind in ("dm", "md") and not m.group("weekday"))) \
                and not _relates_its_own_date(kind, m, anchor):
            value = _narrative(kind, m, anchor[0], ref)
        if value is None and kind == "rel_month" and story is not None:
            value = _story_month(m, story, ref)
        if kind == "weekday_nth":
            value = _weekday_nth(m, anchor[0] if anchor is not None and near else None, ref)
            if value:
                anchor = (value, m.end())
            out.append(DateMention(m.start(), m.end(), m.group(0), value, precision_of(value), True))
            continue
        if kind == "that_year":
            value = named_year
            if out and out[-1].value and m.start() - out[-1].end <= 2 and named_year \
                    and out[-1].value.startswith(named_year):
                value = out[-1].value  # "On 20 October that year": the day, in that year
            out.append(DateMention(m.start(), m.end(), m.group(0), value, precision_of(value), True))
            if value and _opens_sentence(m):
                story = (value, m.end())  # "That autumn we tried again. On 20 October ...": that year's
            continue
        if kind == "year_after" or (kind == "this_year" and m.group("rel").lower() == "previous"
                                    and m.string[max(0, m.start() - 5):m.start()].strip().lower().endswith("the")):
            # "the previous year", "the following year": counted from the year the story is in
            # (not the report's), or the year just named in the same paragraph.
            # A paragraph that opens with "The following year" goes on from the one before.
            opens = m.string[max(0, m.start() - 2):m.start()] == "\n\n"
            base = story if story is not None and (opens or "\n\n" not in m.string[story[1]:m.start()]) else None
            if base is None and named is not None and (opens or "\n\n" not in m.string[named[1]:m.start()]):
                base = named
            value = str(int(base[0][:4]) + (1 if kind == "year_after" else -1)) if base else None
            if value is not None and ref is not None and int(value) > ref.year:
                value = None
            if value is not None or kind == "year_after":
                out.append(DateMention(m.start(), m.end(), m.group(0), value, precision_of(value), True))
                if value is not None:
                    # "The following year the court banned ..., and on 25 May": that year's day.
                    named_year = value
                    named = story = sentence_year = (value, m.end())
                continue
        if value is None and kind in ("dm", "md") and not m.group("weekday") and story is not None \
                and not near:
            value = _story_day(m, story, ref)
        rel = " ".join((m.groupdict().get("rel") or "").lower().split())
        if kind == "rel_month" and rel in ("the following", "the next"):
            # "Parliament responded the following July": the first such month after the story's date.
            month = MONTHS.get(m.group("month").lower().rstrip("."))
            base = story or named
            value = None
            if base is not None and month is not None:
                start = RefDate(base[0])
                year = start.year if start.month is not None and month > start.month else start.year + 1
                value = _iso(year, month) if ref is None or (year, month) <= (ref.year, ref.month or 12) else None
            out.append(DateMention(m.start(), m.end(), m.group(0), value, precision_of(value), True))
            if value:
                story = (value, m.end())
            continue
        if (kind == "month_of_year" and rel in ("that", "the same")) or (kind == "rel_month" and rel == "that"):
            # "the 2013 law, which was signed in June of that year", "That July, parliament passed
            # amendments": that month of the year just named.
            month = MONTHS.get(m.group("month").lower().rstrip("."))
            value = _iso(int(named_year), month) if named_year and month else None
            out.append(DateMention(m.start(), m.end(), m.group(0), value, precision_of(value), True))
            if value and kind == "rel_month":
                story = (value, m.end())  # "That July, ..." goes on with that year's story
            continue
        if value is None and kind != "days_later":
            value = _resolve(kind, m, ref, years or [])
        years_on = _anniversary(m) if value and kind in ABSOLUTE_KINDS else 0
        if years_on and value:
            value = str(int(value[:4]) + years_on) + value[4:]  # the anniversary is the day it names
        if value:
            named_year = value[:4]
            named = (value, m.end())
            if kind == "year":
                sentence_year = (value, m.end())
        if value and ends_a_period(m.string, m.start()):
            pass  # the end of a period does not move the story
        elif value and kind in STORY_KINDS and (len(value) >= 7 or _opens_sentence(m) or _asks_about(m)) \
                and (years_on or not _names_a_thing(m)):
            story = (value, m.end())
        elif story is not None and "\n\n" in m.string[story[1]:m.start()]:
            story = None
        if value and len(value) >= 7 and kind in (*ABSOLUTE_KINDS, "dm", "md", "days_later", "weekday", "holiday") \
                and (len(value) == 10 or _opens_sentence(m)) and not ends_a_period(m.string, m.start()) \
                and (years_on or not _names_a_thing(m)) and not _after_publication(ref, *_ymd(value)):
            # "a video from October 2020" in passing does not move the story off its day.
            anchor = (value, m.end())
        out.append(DateMention(m.start(), m.end(), m.group(0), value, precision_of(value), kind not in ABSOLUTE_KINDS))
    return out


def find_dates(text: str, ref: RefDate | None = None, years: list[int] | None = None) -> list[DateMention]:
    """Every date expression in text, resolved against ref (and years, for weekdays)."""
    return resolve_dates(scan_dates(text), ref, years)


def absolute_dates(text: str) -> list[DateMention]:
    return [d for d in find_dates(text) if not d.relative and d.value]


def latest(mentions: list[DateMention]) -> RefDate | None:
    absolute = [d for d in mentions if not d.relative and d.value]
    if not absolute:
        return None
    return RefDate(max(absolute, key=lambda d: (d.value or "").ljust(10, "~")).value or "", published=False)


def reference_date(published: str | None, text: str) -> RefDate | None:
    """The publication date when known, else the latest absolute date the text gives."""
    if published:
        return RefDate(published)
    mentions = absolute_dates(text)
    if not mentions:
        return None
    latest = max(mentions, key=lambda d: (d.value or "").ljust(10, "~"))
    return RefDate(latest.value or "", published=False)
