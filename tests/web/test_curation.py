"""Merging events and entities, the annotated document page, account administration and the
document/entity API: what a desk team does beyond accept and reject."""

from __future__ import annotations

from fastapi.testclient import TestClient

from conftest import PASSWORD, logged_in


def test_merge_an_event_into_another_on_the_desk(desk: dict[str, object]) -> None:
    client, csrf = logged_in(desk["app"], "eddie")
    assert client.post("/events/2/merge", data={"csrf": csrf, "into": "2"}, follow_redirects=False).status_code == 422
    assert client.post("/events/2/merge", data={"csrf": csrf, "into": "99"}, follow_redirects=False).status_code == 404
    merged = client.post("/events/2/merge", data={"csrf": csrf, "into": "1"}, follow_redirects=False)
    assert merged.status_code == 303 and merged.headers["location"] == "/events/1"
    kept = client.get("/events/1").text
    assert kept.count('class="card source"') == 2  # both reports are now sources of event 1
    assert "+1 from event 2" in kept  # and the history says so
    assert "merged" in client.get("/events/2").text
    assert client.post("/events/2/accept", data={"csrf": csrf}, follow_redirects=False).status_code == 422
    assert 'data-id="2"' not in client.get("/queue").text


def test_event_page_suggests_possible_duplicates(desk: dict[str, object]) -> None:
    client, csrf = logged_in(desk["app"], "eddie")
    client.post("/events/2/edit", data={"csrf": csrf, "sub_event_type": "detention_or_arrest"})
    assert "Perhaps the same event" in client.get("/events/1").text


def test_entity_page_merge_and_public_figure(desk: dict[str, object]) -> None:
    client, csrf = logged_in(desk["app"], "eddie")
    listing = client.get("/entities?q=feminita").text
    assert "Feminita Initiative Group" in listing
    client.post("/events/2/edit", data={"csrf": csrf, "target": "Feminita Initiative Group"})
    merged = client.post("/entities/2/merge", data={"csrf": csrf, "into": "Feminita"}, follow_redirects=False)
    assert merged.status_code == 303 and merged.headers["location"] == "/entities/1"
    page = client.get("/entities/1").text
    assert "Feminita Initiative Group" in page  # now an alias
    assert "As target (1)" in page  # the event that named the variant now names the entity
    assert client.get("/entities/2").status_code == 404
    assert client.post("/entities/1/public-figure", data={"csrf": csrf, "public": "1"},
                       follow_redirects=False).status_code == 303
    assert "Public figure" in client.get("/entities/1").text
    api = client.get("/api/v1/entities?q=initiative").json()
    assert [e["name"] for e in api["items"]] == ["Feminita"] and api["items"][0]["public_figure"] is True


def test_document_page_marks_entities_dates_and_places(desk: dict[str, object]) -> None:
    client, _ = logged_in(desk["app"], "eddie")
    page = client.get("/documents/1").text
    assert 'title="date: 2021-05-03"' in page
    assert 'class="ann place" title="place: Almaty, KZ"' in page
    assert 'class="ann entity"' in page
    assert '<a href="/events/1"><mark>' in page


def test_admin_manages_accounts(desk: dict[str, object]) -> None:
    admin, csrf = logged_in(desk["app"], "ada")
    added = admin.post("/admin/users", data={"csrf": csrf, "name": "nina", "role": "editor", "password": PASSWORD},
                       follow_redirects=False)
    assert added.status_code == 303 and "nina" in admin.get("/admin/users").text
    weak = admin.post("/admin/users", data={"csrf": csrf, "name": "weak", "role": "editor", "password": "password"})
    assert weak.status_code == 422
    nina, _ = logged_in(desk["app"], "nina")
    assert nina.get("/queue").status_code == 200
    ids = {line.split("/admin/users/")[1].split('"')[0] for line in admin.get("/admin/users").text.splitlines()
           if "/admin/users/" in line}
    nina_id = max(ids, key=int)
    assert admin.post(f"/admin/users/{nina_id}", data={"csrf": csrf, "disabled": "1"},
                      follow_redirects=False).status_code == 303
    assert nina.get("/queue", follow_redirects=False).status_code == 303  # her session ended at once
    own = admin.post("/admin/users/3", data={"csrf": csrf, "role": "viewer"})
    assert own.status_code == 422  # an admin cannot demote themself


def test_api_documents_entities_edit_merge(desk: dict[str, object]) -> None:
    client = TestClient(desk["app"])  # type: ignore[arg-type]
    editor = {"Authorization": f"Bearer {desk['token']}"}
    viewer = {"Authorization": f"Bearer {desk['viewer_token']}"}
    assert client.get("/api/v1/documents").status_code == 401
    assert client.get("/api/v1/documents", headers=viewer).status_code == 403
    docs = client.get("/api/v1/documents", headers=editor).json()
    assert [d["key"] for d in docs["items"]] == ["d1"] and docs["next_cursor"] is None
    assert client.get("/api/v1/documents/1", headers=editor).json()["events"] == [1, 2]
    assert client.post("/api/v1/events/1/edit", json={"date": "May 2021"}, headers=editor).status_code == 422
    edited = client.post("/api/v1/events/1/edit", json={"date": "2021-05"}, headers=editor).json()
    assert edited["date"] == "2021-05"
    assert client.post("/api/v1/events/2/merge?into=1", headers=viewer).status_code == 403
    assert client.post("/api/v1/events/2/merge?into=1", headers=editor).json()["id"] == 1
    entities = client.get("/api/v1/entities?limit=1", headers=editor).json()
    assert len(entities["items"]) == 1 and entities["next_cursor"]
