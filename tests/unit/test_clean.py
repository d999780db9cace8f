"""Cleaning: boilerplate, mojibake, odd spaces, markdown links."""

from __future__ import annotations

from rightswatch.documents.clean import clean_text


def test_comment_form_and_everything_after_it_is_dropped() -> None:
    text = ("The rally was banned.\n\nLeave a Reply\n\nFill in your details below\n\n"
            "You are commenting using your Google account. Log Out / Change )")
    assert clean_text(text) == "The rally was banned."


def test_furniture_lines_go_wherever_they_stand() -> None:
    text = "Share on Facebook\nPolice detained two activists.\nTags: Kazakhstan, LGBT\n© 2024 All rights reserved."
    assert clean_text(text) == "Police detained two activists."


def test_mojibake_and_spaces() -> None:
    assert clean_text("Kazakhstanâ€™s court\u00a0ruled") == "Kazakhstan’s court ruled"


def test_markdown_links_keep_their_text_and_link_bars_go() -> None:
    text = "[News](#), [Kazakhstan](#), [Russia](#)\n\nAn MP [formally requested](#) a ban."
    assert clean_text(text) == "An MP formally requested a ban."


def test_cleaning_is_deterministic() -> None:
    text = "# Title\n\nBody   text.\u200b\n\n\n\nMore."
    assert clean_text(text) == clean_text(text) == "Title\n\nBody text.\n\nMore."


def test_language_guess_routes_documents() -> None:
    from rightswatch.documents.language import guess_language

    assert guess_language("Police detained twelve activists at the rally in Almaty on Sunday.") == "en"
    assert guess_language("Полиция задержала двенадцать активистов на митинге в Алматы и не отпустила.") == "ru"
    assert guess_language("Поліція затримала дванадцять активістів у Києві і не відпустила їх.") == "uk"
    assert guess_language("ok") == "und"


def test_an_end_marker_in_a_page_header_does_not_end_the_article() -> None:
    body = "\n\n".join(f"Paragraph {i}: the court in Yerevan ruled on the case of the bar." for i in range(12))
    page = f"Home | News\nSubscribe to our newsletter ›\n\n{body}\n\nShare this:\nFacebook\n\nLeave a Reply\nYou said"
    cleaned = clean_text(page)
    assert "Paragraph 11" in cleaned and "Paragraph 0" in cleaned
    assert "Subscribe to our newsletter" not in cleaned
    assert "Leave a Reply" not in cleaned and "You said" not in cleaned
