"""Date expressions resolved against the reference date."""

from __future__ import annotations

import pytest

from rightswatch.nlp.dates import RefDate, find_dates, reference_date


def values(text: str, ref: str | None = None, years: list[int] | None = None) -> list[str | None]:
    return [d.value for d in find_dates(text, RefDate(ref) if ref else None, years)]


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("On 9 October 2024, an MP asked", None, ["2024-10-09"]),
    ("on October 9, 2024 he asked", None, ["2024-10-09"]),
    ("in March 2019 they met", None, ["2019-03"]),
    ("found unconstitutional in 2015", None, ["2015"]),
    ("On Thursday, August 22, he filed", "2019-08", ["2019-08-22"]),
    ("Only last February hundreds were detained", "2019-08", ["2019-02"]),
    ("last August it rained", "2019-08", ["2018-08"]),
    ("In November the court ruled", "2019-08", ["2018-11"]),
    ("Earlier this year the group pushed", "2024-10-09", ["2024"]),
    ("last year a law passed", "2021-06", ["2020"]),
    ("two years ago the office was raided", "2021-06-01", ["2019"]),
    ("yesterday police detained him", "2021-06-15", ["2021-06-14"]),
    ("on Monday police detained him", "2021-06-16", ["2021-06-14"]),
    ("2023-11-30 ruling", None, ["2023-11-30"]),
])
def test_resolution(text: str, ref: str | None, expected: list[str]) -> None:
    assert values(text, ref) == expected


def test_weekday_picks_the_year_when_the_reference_has_no_month() -> None:
    # 22 August was a Thursday in 2019.
    assert values("On Thursday, August 22, he filed", "2019") == ["2019-08-22"]
    assert values("On Thursday, August 22, he filed", None, years=[2020]) == ["2019-08-22"]


def test_relative_without_reference_is_unresolved() -> None:
    assert values("last February") == [None]


def test_modal_may_is_not_a_month() -> None:
    assert values("the court may rule on it") == []


def test_phone_numbers_are_not_years() -> None:
    assert values("WhatsApp me (+32 495 81 91 14)") == []


def test_reference_date_prefers_publication_then_latest_text_date() -> None:
    assert reference_date("2019-08", "in 2024") == RefDate("2019-08")
    assert reference_date(None, "On 9 October 2024 x. In 2015 y.") == RefDate("2024-10-09", published=False)
    assert reference_date(None, "no dates here") is None


@pytest.mark.parametrize(("text", "ref", "expected"), [
    # A date without a year continues the story of the full date just before it ...
    ("Protests began on 2 January 2022.\n\nOn 5 January the internet was shut down.", "2023-01",
     ["2022-01-02", "2022-01-05"]),
    ("In June 2015 thousands occupied the avenue. Before dawn on 23 June police dispersed them.", "2018-05",
     ["2015-06", "2015-06-23"]),
    ("Protests broke out on 1 July 2022. The next day the president dropped the amendments.", "2023-02-01",
     ["2022-07-01", "2022-07-02"]),
    ("The rally was on 30 December 2021; two days later police detained its organisers.", None,
     ["2021-12-30", "2022-01-01"]),
    # ... but a month named in passing in another paragraph does not, nor a date after publication.
    ("It had been listed since December 2014.\n\nOn 17 January the court decided.", "2023-08-19",
     ["2014-12", "2023-01-17"]),
    ("The law was passed on 3 March 2024. On 5 May police came.", "2024-04-01", ["2024-03-03", "2023-05-05"]),
])
def test_dates_without_a_year_follow_the_story(text: str, ref: str | None, expected: list[str]) -> None:
    assert values(text, ref) == expected


def test_a_weekday_before_a_word_like_a_month_still_counts() -> None:
    # "mayor" begins like "May": it is no month.
    assert values("On Sunday, mayor Andriy Sadovyi wrote on Facebook", "2016-03-21") == ["2016-03-20"]


@pytest.mark.parametrize(("text", "expected"), [
    ("In January this year, police detained eleven journalists.", ["2024-01"]),
    ("in March last year the law passed", ["2023-03"]),
    ("Protests began on 5 July 2024. The next evening, thousands gathered.", ["2024-07-05", "2024-07-06"]),
])
def test_months_of_this_year_and_next_evenings(text: str, expected: list[str]) -> None:
    assert values(text, "2024-07-15") == expected


@pytest.mark.parametrize(("text", "ref", "expected"), [
    # 2021-06-14 is a Monday, 2021-06-17 a Thursday.
    ("Last Monday the council met", "2021-06-14", ["2021-06-07"]),
    ("last Wednesday the bill passed", "2021-06-17", ["2021-06-09"]),
    ("last Tuesday the bill passed", "2021-06-17", ["2021-06-15"]),
    ("on Wednesday the bill passed", "2021-06-17", ["2021-06-16"]),
])
def test_last_weekday_is_not_today_or_yesterday(text: str, ref: str, expected: list[str]) -> None:
    assert values(text, ref) == expected


def test_an_undated_past_sentence_goes_on_with_the_story_of_its_year(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("Remembering March: two years on\n\n"
            "The strike began on 3 March 2019 in Aktobe. On 6 March police broke up a rally, and "
            "two days later the governor resigned.\n\n"
            "Dozens of strikers were detained by the police.\n\n"
            "Few officers have been punished since.")
    found = extractor.extract(document(text, published="2021-03-10"))
    detained = [e for e in found if e.sub_event_type == "detention_or_arrest"]
    assert [e.date for e in detained] == ["2019-03"]


def test_an_undated_sentence_in_a_story_of_its_own_year_keeps_the_publication_year(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("The strike had begun in March 2019, and in May 2019 a court banned it. It resumed in June 2019.\n\n"
            "Police in Aktobe detained ten strikers on Monday.\n\n"
            "Dozens of their colleagues were beaten by the police.")
    found = extractor.extract(document(text, published="2021-03-10"))
    assert [e.date for e in found if e.sub_event_type == "attack"] == ["2021-03-08"]  # that Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year a petition was launched, and in June the ministry accepted it. The group replied in July.",
     ["2020", "2020-06", "2020-07"]),
    ("In 2018 the bill was tabled. In March the committee approved it.", ["2018", "2018-03"]),
    # A year named in passing does not date the next month.
    ("The centre, founded in 1996, was closed. The ministry had asked for it in March.", ["1996", "2021-03"]),
    ("It copies the 2013 law. In March the committee approved it.", ["2013", "2021-03"]),
])
def test_a_month_goes_on_with_the_year_its_paragraph_names(text: str, expected: list[str]) -> None:
    assert values(text, "2021-06-15") == expected


def test_the_sentence_before_carries_its_own_date_not_a_description(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("Protests began in Osh on 3 August 2021 against a land deal, signed in late July, that "
            "gave pastures to a foreign company. Police dispersed the crowds.")
    found = extractor.extract(document(text, published="2021-09-01"))
    assert [e.date for e in found if e.sub_event_type == "assembly_disrupted"] == ["2021-08-03"]


def test_an_undated_past_sentence_goes_on_with_the_news_of_the_week(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("Hundreds of people marched through Osh on Saturday.\n\n"
            "Several marchers were beaten by young men in masks.")
    found = extractor.extract(document(text, published="2021-06-15"))  # a Tuesday
    assert [e.date for e in found if e.sub_event_type == "attack"] == ["2021-06-12"]


def test_an_older_story_of_the_same_year_lends_only_its_month(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("Hundreds of people marched through Osh on 2 March 2021.\n\n"
            "Several marchers were beaten by young men in masks.")
    found = extractor.extract(document(text, published="2021-06-15"))
    assert [e.date for e in found if e.sub_event_type == "attack"] == ["2021-03"]


def test_a_date_of_a_clause_joined_by_and_does_not_date_the_other(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("In February 2021, police detained four reporters of the weekly in raids in Osh, and in May, "
            "parliament adopted the law on false information.")
    found = extractor.extract(document(text, published="2021-06-15"))
    assert [e.date for e in found if e.sub_event_type == "raid_or_inspection"] == ["2021-02"]


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("This spring thousands marched", "2018-05", ["2018"]),
    ("last summer the office was raided", "2019-03-01", ["2018"]),
    ("last summer the office was raided", "2019-10-01", ["2019"]),
])
def test_seasons(text: str, ref: str, expected: list[str]) -> None:
    assert values(text, ref) == expected


def test_without_a_publication_date_an_undated_sentence_goes_on_with_the_story(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("On 4 April 2017 police in Osh detained a dozen activists.\n\n"
            "Several of them were beaten by the guards.\n\n"
            "In November 2018 the city council banned all rallies in the centre.")
    found = extractor.extract(document(text, published=None))
    assert [e.date for e in found if e.sub_event_type == "attack"] == ["2017-04"]


def test_a_range_dates_the_event_by_its_start(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = "The blogger spent from October 2020 to March 2021 under house arrest in Osh."
    found = extractor.extract(document(text, published="2021-06-15"))
    assert [e.date for e in found if e.sub_event_type == "detention_or_arrest"] == ["2020-10"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The 2015 law, signed in June of that year, is still in force.", ["2015", "2015-06"]),
    ("The council met in 2016, and in May the same year it banned the rally.", ["2016", "2016-05"]),
])
def test_that_year_is_the_year_just_named(text: str, expected: list[str]) -> None:
    assert values(text, "2021-06-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On International Women's Day in 2019 a march was held", ["2019-03-08"]),
    ("On the International Day Against Homophobia, Transphobia and Biphobia they met", ["2021-05-17"]),
    ("On Human Rights Day the group appealed", ["2020-12-10"]),
])
def test_days_marked_on_a_fixed_date(text: str, expected: list[str]) -> None:
    assert values(text, "2021-06-15") == expected


def test_that_same_night_keeps_the_date_just_told() -> None:
    assert values("On 3 May 2021 the talks failed. That same night crowds gathered.", "2021-06-15") == [
        "2021-05-03", "2021-05-03"]
    assert values("On 3 May 2021 the talks failed. That evening crowds gathered.", "2021-06-15") == [
        "2021-05-03", "2021-05-03"]


def test_weekdays_after_of_and_by() -> None:
    # 2021-06-15 is a Tuesday.
    assert values("In the early hours of Saturday the court banned it", "2021-06-15") == ["2021-06-12"]
    assert values("By Monday police had detained 25 people", "2021-06-15") == ["2021-06-14"]


# -- round 2: datelines, anaphoric years, story years, reporting clauses -----------------------

def test_that_year_and_that_season_are_the_year_just_named() -> None:
    text = "In March 2018 the club opened. By the end of that year it had closed, and that autumn it moved."
    assert values(text, "2024-05") == ["2018-03", "2018", "2018"]


def test_a_day_without_a_year_takes_the_paragraph_story_year() -> None:
    text = "In 2016 the governor forbade the rally. We walked anyway, on 12 June, through the park."
    assert values(text, "2019-02") == ["2016", "2016-06-12"]


def test_a_day_weeks_before_the_story_date_keeps_its_year() -> None:
    text = "On 4 June 2018 the assembly passed the code. It had been introduced on 20 April."
    assert values(text, "2019-01") == ["2018-06-04", "2018-04-20"]
    # A day a few weeks after the story's date, over the new year, is in the next year.
    assert values("On 20 December 2018 police came back. On 9 January they left.", "2019-06") == [
        "2018-12-20", "2019-01-09"]


def test_weekday_and_day_of_month_without_a_month() -> None:
    text = "On 5 June the city refused the march. Then, on Saturday the 10th, it went ahead."
    assert values(text, "2023-06") == ["2023-06-05", "2023-06-10"]
    assert values("On Friday the 13th the office was searched.", "2023-10-20") == ["2023-10-13"]


def _dated(extractor, text: str, sub_event_type: str, published: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    from helpers import document

    found = extractor.extract(document(text, published=published))
    return [e.date for e in found if e.sub_event_type == sub_event_type]


def test_a_dateline_date_is_the_filing_day_not_the_event_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "OSH, 16 May (Agency) — Police detained twelve activists in Osh on Saturday, witnesses told us."
    assert _dated(extractor, text, "detention_or_arrest", "2022-05-16") == ["2022-05-14"]
    text = "KAUNAS, Lithuania, Oct. 3 — Police raided the offices of a rights group on Friday."
    assert _dated(extractor, text, "raid_or_inspection", "2022-10-03") == ["2022-09-30"]


def test_a_reporting_clause_date_does_not_date_what_it_reports(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Masked men beat two activists in Gyumri on 2 April 2023. Police detained three of the men, "
            "the ministry said on Thursday.")
    assert _dated(extractor, text, "detention_or_arrest", "2023-04-08") == ["2023-04-02"]
    # Told with nothing before it: about when it was told, to the month.
    text = "Police detained three activists, the ministry said on Thursday."
    assert _dated(extractor, text, "detention_or_arrest", "2023-04-08") == ["2023-04"]


def test_an_undated_sentence_goes_on_with_the_day_its_paragraph_told(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The trial ended in March 2024.\n\n"
            "\"In 2020 the mayor banned the march. We walked anyway, on 14 June. Riot police blocked the "
            "bridge. Thirty of us were detained.\"")
    assert _dated(extractor, text, "detention_or_arrest", "2024-04") == ["2020-06-14"]


def test_days_and_weeks_earlier_count_back_from_the_story_date() -> None:
    text = "On 12 August 2023 the march went ahead. A week earlier, the city had refused it; the previous day, a court"
    assert values(text, "2023-09") == ["2023-08-12", "2023-08-05", "2023-08-04"]
    assert values("On 1 May 2020 police came. Three days earlier they had called.", "2020-06") == [
        "2020-05-01", "2020-04-28"]


def test_an_undated_sentence_goes_on_with_the_day_its_paragraph_just_told(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The city banned the march in June 2023.\n\n"
            "Then, on Saturday the 8th, the march went ahead. The mayor said nothing. Police detained "
            "a dozen counter-protesters.")
    assert _dated(extractor, text, "detention_or_arrest", "2023-07") == ["2023-07-08"]


def test_an_old_full_date_does_not_carry_its_year_into_the_next_paragraph() -> None:
    text = "The court found the police had failed the march on 17 May 2012.\n\nOn 14 June the church spoke."
    assert values(text, "2019-11-12") == ["2012-05-17", "2019-06-14"]


def test_a_recent_full_date_carries_its_year_into_the_next_paragraph() -> None:
    text = "The protests began on 2 January 2022.\n\nOn 5 January the internet was shut down."
    assert values(text, "2023-01") == ["2022-01-02", "2022-01-05"]


def test_a_month_named_in_passing_does_not_move_the_story() -> None:
    text = "On 22 April 2021 a case was opened over a video from October 2020. On 29 April he was detained."
    assert values(text, "2022-01-25") == ["2021-04-22", "2020-10", "2021-04-29"]


def test_mid_month_and_mid_year() -> None:
    assert values("From mid-April, crowds rallied; in mid-2020 a law passed.", "2024-06-04") == ["2024-04", "2020"]


def test_a_holiday_takes_the_year_of_the_story() -> None:
    text = "On 17 May 2013, a crowd chased activists marking the International Day against Homophobia."
    assert values(text, None) == ["2013-05-17", "2013-05-17"]


def test_a_year_only_report_tells_the_year_its_heading_names(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = "ANNUAL REVIEW OF CIVIC SPACE 2022\n\nOn 5 January the president declared a state of emergency."
    found = extractor.extract(document(text, published="2023"))
    assert [e.date for e in found] == ["2022-01-05"], found


def test_ten_days_later() -> None:
    assert values("On 3 September 2019 the court ruled. Ten days later HRW spoke.") == ["2019-09-03", "2019-09-13"]


def test_since_a_month_looks_back_from_the_story() -> None:
    text = "It came to light on 1 April 2017, when a paper reported men detained since the end of February."
    assert values(text, "2023-09") == ["2017-04-01", "2017-02"]


def test_the_end_of_a_period_does_not_move_the_story() -> None:
    # "until May 18" lies after the April report; it must not pull "On March 9" into last year.
    text = ("Two of them have been in custody since March 20, when a court remanded them until May 18. "
            "On March 9, police raided the bar.")
    found = values(text, "2024-04-02")
    assert (found[0], found[2]) == ("2024-03-20", "2024-03-09")


def test_a_day_takes_the_year_its_own_sentence_names() -> None:
    text = ("Russia adopted its ban in June 2013. The ban was extended in late 2022, when the "
            "president signed the expanded law on December 5.")
    assert values(text, "2024-04-02")[-1] == "2022-12-05"
    assert values("On 15 May 2025 the council voted. On the day of the 2017 march, 21 May, he spoke.",
                  "2025-06")[-1] == "2017-05-21"


def test_a_day_after_the_publication_day_is_last_years() -> None:
    # A round-up of 8 January 2024 about 2023: "On 23 January" is 23 January 2023.
    text = "The Court set out the principles on 3 January. On 23 January the Grand Chamber found a violation."
    assert values(text, "2024-01-08")[-1] == "2023-01-23"


def test_an_inferred_reference_is_not_a_publication_day() -> None:
    # No publication date: the latest date the text gives is no bound on the next day it names.
    text = "The law was adopted on 17 September 2024. She was killed on the evening of 18 September."
    assert find_dates(text, reference_date(None, text))[-1].value == "2024-09-18"


def test_days_before_and_after_an_anchor() -> None:
    assert values("On 29 September 2015 the court banned the party. The day before, police had arrested him.") \
        == ["2015-09-29", "2015-09-28"]
    assert values("On 18 March 2025 parliament adopted it. A week after the vote, protesters blocked a bridge.") \
        == ["2025-03-18", "2025-03-25"]
    assert values("On Monday 1 February 2021 he spoke. The same Monday, police came onto the campus.") \
        == ["2021-02-01", "2021-02-01"]
    # A phrase relating its own sentence's date to another event, and a term served, are no dates.
    assert values("On 3 May 2019 he was detained, two days before the march.")[1] is None
    assert values("Two activists were jailed for 15 days after unfurling a banner.", "2019-06") == []


def test_the_previous_and_following_year_count_from_the_story() -> None:
    text = "On 8 May 2012 two men set the bar on fire. She had marched in Istanbul the previous year."
    assert values(text, "2022-05-18") == ["2012-05-08", "2011"]
    assert values("The book was suspended in 2013 and labelled harmful the following year.", "2022") == ["2013", "2014"]
    assert values("Last year it was banned.", "2022-05-18") == ["2021"]


def test_a_reason_clause_does_not_date_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    text = ("On 8 May 2012 two men set the bar on fire. The brothers were detained within days and confessed "
            "that they had acted because she had marched in Istanbul the previous year.")
    detained = [e for e in extractor.extract(document(text, published="2022-05-18"))
                if e.sub_event_type == "detention_or_arrest"]
    assert [(e.date or "")[:7] for e in detained] == ["2012-05"]
    assert detained[0].location != "Istanbul"


def test_an_anniversary_is_years_after_the_day_it_names() -> None:
    text = "On the first anniversary of the disputed presidential election of 9 August 2020, new sanctions followed."
    assert [d.value for d in find_dates(text, RefDate("2021-09"))] == ["2021-08-09"]


def test_a_day_that_names_a_thing_does_not_move_the_story() -> None:
    # "the election of 9 August 2020" is named in passing; "27 August" is the digest's own year.
    text = ("Protests marked the anniversary of the election of 9 August 2020. "
            "On 27 August the Supreme Court liquidated the association.")
    assert [d.value for d in find_dates(text, RefDate("2021-09"))] == ["2020-08-09", "2021-08-27"]


@pytest.mark.parametrize("text, ref, expected", [
    # "last night" in a report of the morning after is the day before it
    ("Last night, hundreds of people gathered in front of the Council of Ministers.", "2024-08-09", ["2024-08-08"]),
    # a year that opens the sentence dates its day-and-month, across a semicolon
    ("In 2015 Riga hosted EuroPride; thousands marched through the Old Town on 20 June.", "2023-11-10",
     ["2015", "2015-06-20"]),
    # a paragraph that opens with "The following year" goes on from the one before
    ("The first march, in May 2012, was called off.\n\nThe following year the court banned all events.",
     "2019-09", ["2012-05", "2013"]),
])
def test_narrative_dates_stop_11(text: str, ref: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, RefDate(ref))] == expected


def test_a_day_that_year_is_that_day() -> None:
    text = "Budva held one in July 2013. On 20 October that year, Podgorica held its first Pride."
    assert [d.value for d in find_dates(text, RefDate("2022-03-25"))] == ["2013-07", "2013-10-20", "2013-10-20"]


def test_a_day_still_to_come_is_this_years_and_does_not_move_the_story() -> None:
    text = ("Organisers say they will march on 28 June regardless.\n\n"
            "RUSSIA\n\nOn 19 May the Prosecutor General's Office declared Amnesty International undesirable.")
    assert values(text, "2025-06-02") == ["2025-06-28", "2025-05-19"]
    # told as past, a day after publication is the year before
    assert values("They marched on 28 June.", "2025-06-02") == ["2024-06-28"]


@pytest.mark.parametrize(("title", "text", "published", "expected"), [
    # a report that says what year it covers
    ("Annual Review - Bosnia and Herzegovina",
     "Country chapters | Bosnia and Herzegovina | covering January-December 2023\n\n"
     "In March, police in Banja Luka banned a gathering.", "2024", "2023-03"),
    # an annual review named for the year it is published in reviews the year before
    ("Annual Review 2025 — Russian Federation", "RUSSIA\n\nIn March, police arrested the owner of a bar in Orenburg.",
     "2025", "2024-03"),
    # a news story published in a year is dated in that year
    ("Bar owner arrested", "In March, police arrested the owner of a bar in Orenburg.", "2025", "2025-03"),
])
def test_the_year_a_report_covers(extractor, title: str, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    found = extractor.extract(document(f"{title}\n\n{text}", published=published, kind="report"))
    assert found and {e.date for e in found} == {expected}, found


def test_a_participle_describing_the_subject_dates_its_own_past(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import document

    def dates(text: str) -> list[str | None]:
        return [e.date for e in extractor.extract(document(text, published="2025-06-02"))]

    assert dates("Zagreb Pride, first held in 2002, marched for the twentieth time in June 2021 in Zagreb.") == [
        "2021-06"]
    found = extractor.extract(document("The Foreign Agents Registration Act, adopted by parliament in April, came into "
                                       "force in Georgia at the end of May.", published="2025-06-02"))
    # the law's force is the end of May; its adoption, told by the participle, is April's
    assert sorted((e.sub_event_type, e.date) for e in found) == [
        ("bill_adopted", "2025-04"), ("law_in_force", "2025-05")]
    # ... but a month that refines the sentence's own year still dates the event
    assert dates("This year's Zagreb Pride, held in June, passed without incident.")[-1] == "2025-06"


def test_that_month_is_in_the_year_just_named() -> None:
    text = ("The first march took place on 19 May 2013.\n\n"
            "That July, parliament passed amendments. It lifted them that October.")
    assert values(text, "2017-05") == ["2013-05-19", "2013-07", "2013-10"]


def test_during_a_month_is_that_month() -> None:
    assert values("During May, activists reported threatening phone calls.", "2024-06-05") == ["2024-05"]


def test_a_paragraph_opening_with_a_later_month_goes_on_with_the_story() -> None:
    text = ("On 20 July 2019 I went to the first Equality March in Białystok.\n\n"
            "In October the mayor of Lublin tried to ban that city's equality march.")
    assert values(text, "2021-10-04") == ["2019-07-20", "2019-10"]
    back = ("On 3 September 2019 the appeals board upheld that ruling.\n\n"
            "In September, ILGA-Europe urged the government to withdraw the plans.")
    assert values(back, "2025-11-13") == ["2019-09-03", "2025-09"]


def test_months_later_counts_months_from_the_story() -> None:
    text = "In January 2014 I was charged in Nizhny Tagil. A month later the court threw the case out."
    assert values(text, "2016") == ["2014-01", "2014-02"]
    assert values("In March 2019 he was detained. Two months earlier he had spoken out.", "2020") == ["2019-03",
                                                                                                      "2019-01"]


def test_a_list_of_days_shares_the_year_of_its_last() -> None:
    text = "the arrests of Leyla Yunus on 30 July, Rasul Jafarov on 2 August and Intigam Aliyev on 8 August 2014."
    assert values(text, "2024-05") == ["2014-07-30", "2014-08-02", "2014-08-08"]
    apart = "On 12 December the court ruled. On 3 January 2015 it was published."
    assert values(apart, "2024-05") == ["2023-12-12", "2015-01-03"]


def test_an_answer_is_in_the_year_its_question_asked_about() -> None:
    text = "What happened in 2017?\n\nWe had a route. On 21 May we walked a few hundred metres."
    assert values(text, "2022-01") == ["2017", "2017-05-21"]
    later = "What happened in 2017?\n\nIt was fine.\n\nOn 21 May we walked a few hundred metres."
    assert values(later, "2022-01") == ["2017", "2021-05-21"]


def test_a_line_opening_with_a_year_starts_that_years_story() -> None:
    text = ("2015 — On 28 June the governor banned the march.\n2016–2021 — The march was banned every year.\n"
            "2022 — The governor again banned the march. On 26 June police detained 373 people.")
    assert values(text, "2025-07")[-1] == "2022-06-26"


def test_the_following_month_is_the_next_after_the_story() -> None:
    text = "In a referendum held on 1 December 2013, two thirds approved it. Parliament responded the following July."
    assert values(text, "2023-05") == ["2013-12-01", "2014-07"]


def test_years_ago_this_month_is_that_month_so_many_years_back() -> None:
    assert values("Ten years ago this month, a few dozen of us walked along the seafront.", "2023-07") == ["2013-07"]


def test_that_season_opening_a_sentence_dates_the_days_after_it() -> None:
    text = ("Ten years ago this month, a few dozen of us walked along the seafront.\n\n"
            "That autumn we tried again in the capital. On 20 October, Podgorica hosted its first pride.")
    assert values(text, "2023-07") == ["2013-07", "2013", "2013-10-20"]
