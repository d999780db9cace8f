"""Who may call what: every route declares the least role it needs (deny by default). The tests
build the route x role matrix from this table and the app's routes, so neither can drift."""

from __future__ import annotations

PUBLIC = "public"

ROUTE_ROLES: dict[tuple[str, str], str] = {
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): "viewer",
    ("GET", "/static"): PUBLIC,
    ("GET", "/"): "viewer",
    ("GET", "/queue"): "editor",
    ("GET", "/events/{event_id}"): "viewer",
    ("POST", "/events/{event_id}/accept"): "editor",
    ("POST", "/events/{event_id}/reject"): "editor",
    ("POST", "/events/{event_id}/edit"): "editor",
    ("GET", "/documents/{document_id}"): "editor",
    ("GET", "/countries/{code}"): "viewer",
    ("GET", "/search"): "editor",
    ("GET", "/api/v1/events"): "viewer",
    ("GET", "/api/v1/events/{event_id}"): "viewer",
    ("POST", "/api/v1/events/{event_id}/accept"): "editor",
    ("POST", "/api/v1/events/{event_id}/reject"): "editor",
    ("GET", "/api/v1/countries"): "viewer",
    ("GET", "/openapi.json"): PUBLIC,
}
