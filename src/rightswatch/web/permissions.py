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
    ("POST", "/events/{event_id}/merge"): "editor",
    ("GET", "/documents/{document_id}"): "editor",
    ("GET", "/countries/{code}"): "viewer",
    ("GET", "/search"): "editor",
    ("GET", "/entities"): "editor",
    ("GET", "/entities/{entity_id}"): "editor",
    ("POST", "/entities/{entity_id}/merge"): "editor",
    ("POST", "/entities/{entity_id}/public-figure"): "editor",
    ("GET", "/admin/users"): "admin",
    ("POST", "/admin/users"): "admin",
    ("POST", "/admin/users/{user_id}"): "admin",
    ("GET", "/api/v1/events"): "viewer",
    ("GET", "/api/v1/events/{event_id}"): "viewer",
    ("POST", "/api/v1/events/{event_id}/accept"): "editor",
    ("POST", "/api/v1/events/{event_id}/reject"): "editor",
    ("POST", "/api/v1/events/{event_id}/edit"): "editor",
    ("POST", "/api/v1/events/{event_id}/merge"): "editor",
    ("GET", "/api/v1/documents"): "editor",
    ("GET", "/api/v1/documents/{document_id}"): "editor",
    ("GET", "/api/v1/entities"): "editor",
    ("GET", "/api/v1/entities/{entity_id}"): "editor",
    ("GET", "/api/v1/countries"): "viewer",
    ("GET", "/openapi.json"): PUBLIC,
}
