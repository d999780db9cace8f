"""End to end in a real headless Chromium (Debian's package, driven by Playwright): log in,
accept a candidate, edit a date, reject another, and find the accepted event on the country
timeline. Screenshots of the main pages go to docs/screenshots/."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rightswatch.jobs.ingest import ingest_paths
from rightswatch.store import open_store
from rightswatch.web.accounts import add_user

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "documents.jsonl"
PASSWORD = "a long enough passphrase"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing and CI=true requires the browser tests")
        pytest.skip("Debian's chromium is not installed")
    import uvicorn

    from rightswatch.extract import Extractor
    from rightswatch.web import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'desk.db'}"
    store = open_store(url)
    list(ingest_paths(store, [CORPUS], extractor=Extractor()))
    with store.session() as session:
        add_user(session, "eddie", PASSWORD, "editor")
    store.close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_review_in_the_browser(server: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{server}/login")
        page.fill("input[name=name]", "eddie")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{server}/")
        page.screenshot(path=str(SHOTS / "dashboard.png"))

        page.goto(f"{server}/queue")
        page.screenshot(path=str(SHOTS / "queue.png"))
        first_id = page.locator("li.candidate").first.get_attribute("data-id")
        second_id = page.locator("li.candidate").nth(1).get_attribute("data-id")
        with page.expect_navigation():
            page.keyboard.press("a")  # accept the selected (first) candidate from the keyboard
        assert page.locator(f"li.candidate[data-id='{first_id}']").count() == 0

        page.goto(f"{server}/events/{first_id}")
        page.fill("#edit input[name=date]", "2020-01")
        with page.expect_navigation():
            page.click("#edit form.edit-form button")
        assert "2020-01" in page.locator("table.fields").inner_text()
        assert "edit" in page.locator("table.history").inner_text()
        page.screenshot(path=str(SHOTS / "event.png"), full_page=True)

        page.goto(f"{server}/queue")
        card = page.locator(f"li.candidate[data-id='{second_id}']")
        card.locator("input[name=reason]").fill("not an event")
        with page.expect_navigation():
            card.locator("form.reject button").click()
        assert page.locator(f"li.candidate[data-id='{second_id}']").count() == 0

        page.goto(f"{server}/events/{first_id}")
        code = page.locator("table.fields tr", has_text="country").locator("td").inner_text().strip()
        page.goto(f"{server}/countries/{code}")
        assert page.locator("svg.timeline rect").count() >= 1
        assert page.locator(f"a[href='/events/{first_id}']").count() == 1
        page.screenshot(path=str(SHOTS / "country.png"))

        page.goto(f"{server}/events/{first_id}")
        with page.expect_navigation():
            page.locator("section.source h3 a").first.click()
        assert page.locator("span.ann.date").count() >= 1
        page.screenshot(path=str(SHOTS / "document.png"))

        # Merge from the keyboard: m focuses the selected card's merge box.
        page.goto(f"{server}/queue")
        third_id = page.locator("li.candidate").first.get_attribute("data-id")
        page.keyboard.press("m")
        page.keyboard.type(str(first_id))
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.endswith(f"/events/{first_id}")
        assert page.locator("section.source").count() >= 2 or "merge" in page.locator("table.history").inner_text()

        page.goto(f"{server}/entities?q=memorial")
        with page.expect_navigation():
            page.get_by_role("link", name="Memorial", exact=True).click()
        assert page.locator("h2", has_text="Aliases").count() == 1
        assert page.locator("table.events tbody tr").count() >= 1
        page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)
        assert third_id != first_id
        browser.close()
