"""A review desk on each backend, with one candidate-rich document and three accounts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from rightswatch.records import Candidate, RawDocument, Span
from rightswatch.store import open_store
from rightswatch.store.models import EntityRow
from rightswatch.store.repository import add_document, save_candidates
from rightswatch.web import create_app
from rightswatch.web.accounts import add_user, new_api_token

TEXT = ("On 3 May 2021 police detained activists in Almaty. <script>alert(1)</script> "
        "On 5 May 2021 a mob attacked the office of Feminita in Almaty.")
PASSWORD = "a long enough passphrase"


def _candidate(sub: str, etype: str, text: str, start: int, date: str, conf: float) -> Candidate:
    end = text.index(".", start) + 1
    return Candidate(event_type=etype, sub_event_type=sub, date=date, date_precision="day", country="KZ",
                     location="Almaty", actor=None, target=None, stance="restrictive",
                     evidence=text[start:end], span=Span(start, end), confidence=conf, extractor="tests")


@pytest.fixture
def desk(db_url: str) -> Iterator[dict[str, object]]:
    from rightswatch.documents import build_document

    store = open_store(db_url)
    raw = RawDocument(raw=TEXT.encode(), origin="test", captured_at=datetime.now(UTC), capture_method="tests",
                      media_type="text/plain", doc_key="d1")
    doc = build_document(raw, max_chars=10**6)
    second = doc.clean_text.index("On 5 May")
    with store.session() as session:
        row, _ = add_document(session, raw, doc)
        save_candidates(session, row.id, [
            _candidate("detention_or_arrest", "violence", doc.clean_text, 0, "2021-05-03", 0.9),
            _candidate("attack", "violence", doc.clean_text, second, "2021-05-05", 0.8),
        ], "tests")
        session.add_all([EntityRow(name="Feminita", kind="organisation", country="KZ"),
                         EntityRow(name="Feminita Initiative Group", kind="organisation", country="KZ")])
        for name, role in (("vera", "viewer"), ("eddie", "editor"), ("ada", "admin")):
            add_user(session, name, PASSWORD, role)
        token = new_api_token(session, "eddie", "tests")
        viewer_token = new_api_token(session, "vera", "tests")
    store.close()
    app = create_app(db_url)
    yield {"app": app, "token": token, "viewer_token": viewer_token, "url": db_url}
    app.state.store.close()


def logged_in(app: object, name: str) -> tuple[TestClient, str]:
    client = TestClient(app)  # type: ignore[arg-type]
    response = client.post("/login", data={"name": name, "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 303, response.text
    page = client.get("/")
    marker = 'name="csrf" value="'
    csrf = page.text.split(marker, 1)[1].split('"', 1)[0]
    return client, csrf
