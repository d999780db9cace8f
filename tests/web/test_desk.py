"""The review desk over HTTP: permissions for every route, CSRF, escaping, headers, review
actions with their audit trail, the API with tokens and cursor pagination."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount, Route

from conftest import logged_in
from rightswatch.web.permissions import PUBLIC, ROUTE_ROLES

RANK = {"anonymous": 0, "viewer": 1, "editor": 2, "admin": 3}
USERS = {"viewer": "vera", "editor": "eddie", "admin": "ada"}
FORMS = {
    "/events/{event_id}/edit": {"location": "Almaty"},
    "/events/{event_id}/merge": {"into": "1"},
    "/entities/{entity_id}/merge": {"into": "1"},
    "/entities/{entity_id}/public-figure": {"public": "1"},
    "/admin/users": {"role": "viewer", "password": "another long passphrase"},
    "/admin/users/{user_id}": {"role": "viewer"},
}


def _routes(app: object) -> list[tuple[str, str]]:
    out = []
    for route in app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Mount):
            out.append(("GET", route.path))
        elif isinstance(route, Route):
            for method in sorted(route.methods or set()):
                if method != "HEAD":
                    out.append((method, route.path))
    return out


def test_every_route_declares_its_permission(desk: dict[str, object]) -> None:
    undeclared = [r for r in _routes(desk["app"]) if r not in ROUTE_ROLES]
    assert undeclared == []


@pytest.mark.parametrize("role", ["anonymous", "viewer", "editor", "admin"])
def test_role_matrix(desk: dict[str, object], role: str) -> None:
    app = desk["app"]
    if role == "anonymous":
        client, csrf = TestClient(app), ""  # type: ignore[arg-type]
    else:
        client, csrf = logged_in(app, USERS[role])
    for (method, path), needed in ROUTE_ROLES.items():
        if needed == PUBLIC or path in ("/logout",):
            continue
        url = re.sub(r"\{(event|document|entity|user)_id\}", "1", path).replace("{code}", "KZ")
        if method == "GET":
            response = client.get(url, follow_redirects=False)
        elif url.startswith("/api/"):
            query = {"reject": "?reason=test", "merge": "?into=1"}.get(url.rsplit("/", 1)[1], "")
            response = client.post(url + query, json={"location": "Almaty"} if url.endswith("/edit") else None,
                                   headers={"X-CSRF-Token": csrf})
        else:
            data = {"csrf": csrf, **FORMS.get(path, {"reason": "test"})}
            if path == "/admin/users":
                data["name"] = f"new-{role}"
            response = client.post(url, data=data, follow_redirects=False)
        allowed = needed != PUBLIC and RANK[role] >= RANK[needed]
        if allowed:
            # 404: a viewer is not told that a candidate event exists; 422: merging a thing into itself.
            ok = (200, 303, 404) if role == "viewer" and "{event_id}" in path else (200, 303)
            if path.endswith("/merge"):
                ok = (422,)
            assert response.status_code in ok, (role, method, url, response.status_code)
        elif role == "anonymous":
            assert response.status_code in (401, 303), (role, method, url, response.status_code)
            if response.status_code == 303:
                assert response.headers["location"] == "/login"
        else:
            assert response.status_code == 403, (role, method, url, response.status_code)


def test_posts_without_csrf_are_refused(desk: dict[str, object]) -> None:
    client, _ = logged_in(desk["app"], "eddie")
    assert client.post("/events/1/accept", follow_redirects=False).status_code == 403
    assert client.post("/events/1/accept", data={"csrf": "forged"}, follow_redirects=False).status_code == 403


def test_review_actions_and_history(desk: dict[str, object]) -> None:
    client, csrf = logged_in(desk["app"], "eddie")
    edited = client.post("/events/1/edit", data={"csrf": csrf, "date": "2021-05"}, follow_redirects=False)
    assert edited.status_code == 303
    assert client.post("/events/1/accept", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert client.post("/events/2/reject", data={"csrf": csrf, "reason": ""}, follow_redirects=False).status_code == 422
    assert client.post("/events/2/reject", data={"csrf": csrf, "reason": "not an attack"},
                       follow_redirects=False).status_code == 303
    page = client.get("/events/1").text
    assert "eddie" in page and "2021-05-03" in page and "accepted" in page
    viewer, _ = logged_in(desk["app"], "vera")
    assert viewer.get("/events/1").status_code == 200
    assert viewer.get("/events/2").status_code == 404  # rejected: not confirmed to a viewer
    assert "2021-05" in viewer.get("/countries/KZ").text


def test_source_text_is_escaped_and_headers_are_set(desk: dict[str, object]) -> None:
    client, _ = logged_in(desk["app"], "eddie")
    for url in ("/events/1", "/documents/1", "/queue"):
        response = client.get(url)
        assert "<script>alert(1)</script>" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        assert response.headers["cache-control"] == "no-store"
    assert not re.search(r"<script>(?!\s*</script>)[^<]", client.get("/queue").text)


def test_login_is_rate_limited_and_cookies_are_safe(desk: dict[str, object]) -> None:
    client = TestClient(desk["app"])  # type: ignore[arg-type]
    for _ in range(5):
        assert client.post("/login", data={"name": "eddie", "password": "wrong"}).status_code == 401
    assert client.post("/login", data={"name": "eddie", "password": "a long enough passphrase"}).status_code == 429
    fresh = TestClient(desk["app"])  # type: ignore[arg-type]
    response = fresh.post("/login", data={"name": "vera", "password": "a long enough passphrase"},
                          follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_logout_ends_the_session_server_side(desk: dict[str, object]) -> None:
    client, csrf = logged_in(desk["app"], "vera")
    cookie = client.cookies.get("rw_session")
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    replay = TestClient(desk["app"], cookies={"rw_session": cookie})  # type: ignore[arg-type]
    assert replay.get("/", follow_redirects=False).status_code == 303


def test_api_tokens_and_cursor_pagination(desk: dict[str, object]) -> None:
    client = TestClient(desk["app"])  # type: ignore[arg-type]
    assert client.get("/api/v1/events").status_code == 401
    editor = {"Authorization": f"Bearer {desk['token']}"}
    viewer = {"Authorization": f"Bearer {desk['viewer_token']}"}
    first = client.get("/api/v1/events?limit=1", headers=editor).json()
    assert len(first["items"]) == 1 and first["next_cursor"]
    second = client.get(f"/api/v1/events?limit=1&cursor={first['next_cursor']}", headers=editor).json()
    assert second["items"][0]["id"] != first["items"][0]["id"] and second["next_cursor"] is None
    assert client.get("/api/v1/events", headers=viewer).json()["items"] == []  # candidates hidden
    assert client.post("/api/v1/events/1/accept", headers=viewer).status_code == 403
    assert client.post("/api/v1/events/1/accept", headers=editor).json()["review_state"] == "accepted"
    assert [e["id"] for e in client.get("/api/v1/events", headers=viewer).json()["items"]] == [1]
    assert client.get("/api/v1/countries", headers=viewer).json() == {"KZ": 1}
    assert "/api/v1/events" in client.get("/openapi.json").json()["paths"]
