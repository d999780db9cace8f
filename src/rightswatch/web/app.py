"""The review desk app: server-rendered pages (Jinja2, no CDN, no inline script) and a JSON API
under /api/v1. Candidates and documents are never shown without login; every write needs an
editor, a CSRF token (forms) or an API token, and leaves an audit entry."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from rightswatch.codebook import load_codebook
from rightswatch.config import Settings
from rightswatch.nlp.annotate import Annotation, annotate
from rightswatch.nlp.pipeline import load_pipeline
from rightswatch.nlp.places import load_gazetteer
from rightswatch.review import ReviewError, accept, edit, merge, reject
from rightswatch.store import Store, open_store
from rightswatch.store.audit import record
from rightswatch.store.models import AuditRow, DocumentRow, EventRow, EventSourceRow
from rightswatch.store.repository import list_events, to_record
from rightswatch.web.accounts import AccountError, Principal, from_api_token, from_session, login, logout
from rightswatch.web.admin_pages import add_admin_routes
from rightswatch.web.desk import DB, Desk, cursor_page, decode_cursor, refused
from rightswatch.web.entity_pages import add_entity_routes
from rightswatch.web.markup import highlight, marked_document
from rightswatch.web.timeline import timeline_svg

HERE = Path(__file__).parent
COOKIE = "rw_session"
PAGE = 50
COUNTRY_LIST = 200
ANNOTATE_CHARS = 200_000  # longer documents are shown with their events marked only
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@lru_cache(maxsize=32)  # a few recently viewed documents, not every text ever shown
def _annotations(text: str, published: str | None) -> tuple[Annotation, ...]:
    # The language pipeline loads on the first document page viewed, not at start-up.
    nlp = load_pipeline(load_codebook(Settings().codebook))
    return tuple(annotate(text, nlp, load_gazetteer(), published))


def create_app(database_url: str | None = None, *, secure_cookies: bool = False) -> FastAPI:
    store: Store = open_store(database_url)

    async def form_csrf(request: Request) -> None:
        # Read once here (the form is cached on the request), so sync handlers can check it.
        request.state.form_csrf = None
        if request.method == "POST" and request.headers.get("content-type", "").startswith(
                ("application/x-www-form-urlencoded", "multipart/form-data")):
            value = (await request.form()).get("csrf")
            request.state.form_csrf = value if isinstance(value, str) else None

    app = FastAPI(title="rightswatch review desk", version="1", docs_url=None, redoc_url=None,
                  dependencies=[Depends(form_csrf)])
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.store = store
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if not request.url.path.startswith("/static"):
            response.headers["Cache-Control"] = "no-store"
        return response

    def principal(request: Request, session: Session) -> Principal | None:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return from_api_token(session, auth[7:].strip())
        return from_session(session, request.cookies.get(COOKIE))

    def require(request: Request, session: Session, role: str, *, api: bool = False) -> Principal:
        who = principal(request, session)
        if who is None:
            if api:
                raise HTTPException(401, "authentication required")
            raise HTTPException(303, headers={"Location": "/login"})
        if not who.can(role):
            record(session, actor=who.name, action="denied", field=request.url.path, via="web")
            raise HTTPException(403, "your role does not allow this")
        if request.method == "POST" and who.csrf is not None:
            sent = request.headers.get("x-csrf-token") or request.state.form_csrf
            if not sent or not secrets.compare_digest(sent, who.csrf):
                raise HTTPException(403, "missing or wrong CSRF token")
        return who

    def page(request: Request, name: str, who: Principal | None, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"who": who, **context})

    # -- login -------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> HTMLResponse:
        return page(request, "login.html", None, error=None)

    @app.post("/login", response_model=None)
    def login_post(request: Request, session: DB, name: Annotated[str, Form()],
                   password: Annotated[str, Form()]) -> Response:
        try:
            result = login(session, name, password)
        except AccountError as err:
            limited = page(request, "login.html", None, error=str(err))
            limited.status_code = 429
            return limited
        if result is None:
            refused = page(request, "login.html", None, error="Wrong name or password.")
            refused.status_code = 401
            return refused
        token, _ = result
        # A new session id at every login; HttpOnly and SameSite keep it from scripts and other sites.
        redirect = RedirectResponse("/", status_code=303)
        redirect.set_cookie(COOKIE, token, httponly=True, samesite="lax", secure=secure_cookies, max_age=12 * 3600)
        return redirect

    @app.post("/logout")
    def logout_post(request: Request, session: DB) -> RedirectResponse:
        require(request, session, "viewer")
        logout(session, request.cookies.get(COOKIE))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    # -- pages -------------------------------------------------------------------------------

    desk = Desk(require=require, page=page)
    visible_states = desk.visible_states
    add_entity_routes(app, desk)
    add_admin_routes(app, desk)

    @app.get("/", response_class=HTMLResponse)
    def dashboard(request: Request, session: DB, since: str | None = None) -> HTMLResponse:
        who = require(request, session, "viewer")
        where: list[ColumnElement[bool]] = [EventRow.review_state.in_(visible_states(who))]
        if since:
            where.append(EventRow.date >= since)

        def counts(column: Any) -> list[tuple[str, int]]:
            rows = session.execute(select(column, func.count()).where(*where).group_by(column)
                                   .order_by(func.count().desc()))
            return [(value or "??", n) for value, n in rows]

        by_country = counts(EventRow.country)
        newest = [to_record(e, key) for e, key in session.execute(
            select(EventRow, DocumentRow.key).join(DocumentRow, DocumentRow.id == EventRow.document_id)
            .where(*where).order_by(EventRow.id.desc()).limit(15))]
        return page(request, "dashboard.html", who, by_country=by_country, by_type=counts(EventRow.event_type),
                    by_stance=counts(EventRow.stance), newest=newest, total=sum(n for _, n in by_country),
                    since=since or "")

    @app.get("/queue", response_class=HTMLResponse)
    def queue(request: Request, session: DB, page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        who = require(request, session, "editor")
        rows = session.execute(
            select(EventRow, DocumentRow.key).join(DocumentRow, DocumentRow.id == EventRow.document_id)
            .where(EventRow.review_state == "candidate")
            .order_by(EventRow.confidence.desc(), EventRow.id).limit(PAGE + 1).offset((page_no - 1) * PAGE)
        ).all()
        events = [to_record(e, key) for e, key in rows[:PAGE]]
        return page(request, "queue.html", who, events=events, page_no=page_no, more=len(rows) > PAGE)

    def event_or_404(session: Session, who: Principal, event_id: int) -> EventRow:
        event = session.get(EventRow, event_id)
        if event is None or event.review_state not in visible_states(who) + (("rejected", "merged")
                                                                             if who.can("editor") else ()):
            raise HTTPException(404, "no such event")  # 404, not 403: existence is not confirmed
        return event

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, session: DB, event_id: int) -> HTMLResponse:
        who = require(request, session, "viewer")
        event = event_or_404(session, who, event_id)
        sources = []
        for src in event.sources:
            text = src.document.clean_text
            lo, hi = max(0, src.span_start - 600), min(len(text), src.span_end + 600)
            sources.append({"document": src.document, "context": highlight(text[lo:hi], src.span_start - lo,
                                                                            src.span_end - lo)})
        history = list(session.scalars(select(AuditRow).where(AuditRow.table_name == "events",
                                                             AuditRow.row_id == event_id).order_by(AuditRow.id)))
        twins: list[EventRow] = []
        if who.can("editor") and event.review_state in ("candidate", "accepted"):
            # Same kind of event, same country, same month: perhaps another outlet's report of it.
            twins = list(session.scalars(select(EventRow).where(
                EventRow.id != event.id, EventRow.sub_event_type == event.sub_event_type,
                EventRow.country == event.country, EventRow.review_state.in_(("candidate", "accepted")),
                func.substr(EventRow.date, 1, 7) == (event.date or "")[:7]).order_by(EventRow.id).limit(10)))
        return page(request, "event.html", who, event=event, sources=sources, history=history, twins=twins)

    def act(request: Request, session: Session, event_id: int, action: Callable[[Principal], object]) -> Response:
        who = require(request, session, "editor")
        try:
            action(who)
        except ReviewError as err:
            raise refused(err) from err
        return RedirectResponse(request.headers.get("referer") or f"/events/{event_id}", status_code=303)

    @app.post("/events/{event_id}/accept", response_model=None)
    def accept_post(request: Request, session: DB, event_id: int) -> Response:
        return act(request, session, event_id, lambda who: accept(session, event_id, who.name, via="web"))

    @app.post("/events/{event_id}/reject", response_model=None)
    def reject_post(request: Request, session: DB, event_id: int, reason: Annotated[str, Form()] = "") -> Response:
        return act(request, session, event_id, lambda who: reject(session, event_id, who.name, reason, via="web"))

    @app.post("/events/{event_id}/merge", response_model=None)
    def merge_post(request: Request, session: DB, event_id: int, into: Annotated[int, Form()]) -> Response:
        act(request, session, event_id, lambda who: merge(session, event_id, into, who.name, via="web"))
        return RedirectResponse(f"/events/{into}", status_code=303)

    @app.post("/events/{event_id}/edit", response_model=None)
    async def edit_post(request: Request, session: DB, event_id: int) -> Response:
        form = await request.form()
        changes = {k: (str(v).strip() or None) for k, v in form.items() if k != "csrf"}
        return act(request, session, event_id, lambda who: edit(session, event_id, who.name, changes, via="web"))

    @app.get("/documents/{document_id}", response_class=HTMLResponse)
    def document_page(request: Request, session: DB, document_id: int) -> HTMLResponse:
        who = require(request, session, "editor")
        doc = session.get(DocumentRow, document_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        spans = [(s.span_start, s.span_end, s.event_id) for s in session.scalars(
            select(EventSourceRow).join(EventRow).where(EventSourceRow.document_id == document_id,
                                                        EventRow.review_state.in_(("candidate", "accepted"))))]
        text = doc.clean_text
        annotations = list(_annotations(text, doc.published)) if len(text) <= ANNOTATE_CHARS else []
        events = list_events(session, document_key=doc.key)
        return page(request, "document.html", who, doc=doc, body=marked_document(text, spans, annotations),
                    events=events, annotated=len(text) <= ANNOTATE_CHARS)

    @app.get("/countries/{code}", response_class=HTMLResponse)
    def country_page(request: Request, session: DB, code: str, type_: Annotated[str | None, Query(alias="type")] = None,
                     since: str | None = None) -> HTMLResponse:
        who = require(request, session, "viewer")
        where: list[ColumnElement[bool]] = [EventRow.review_state.in_(visible_states(who)),
                                            EventRow.country == code.upper()]
        if type_:
            where.append((EventRow.event_type == type_) | (EventRow.sub_event_type == type_))
        if since:
            where.append(EventRow.date >= since)
        year = func.substr(EventRow.date, 1, 4)
        per_year = session.execute(select(year, EventRow.event_type, func.count())
                                   .where(*where, EventRow.date.isnot(None)).group_by(year, EventRow.event_type))
        svg = Markup(timeline_svg((y, t, n) for y, t, n in per_year))
        total = session.scalar(select(func.count()).select_from(EventRow).where(*where)) or 0
        events = [to_record(e, key) for e, key in session.execute(
            select(EventRow, DocumentRow.key).join(DocumentRow, DocumentRow.id == EventRow.document_id)
            .where(*where).order_by(EventRow.date.desc(), EventRow.id.desc()).limit(COUNTRY_LIST))]
        return page(request, "country.html", who, code=code.upper(), events=events, svg=svg, total=total,
                    type_=type_ or "", since=since or "")

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, session: DB, q: str = "") -> HTMLResponse:
        from rightswatch.store.search import search

        who = require(request, session, "editor")
        hits = search(session, q, 50) if q else []
        return page(request, "search.html", who, q=q, hits=hits)

    # -- JSON API ----------------------------------------------------------------------------

    @app.get("/api/v1/events")
    def api_events(request: Request, session: DB, country: str | None = None,
                   type_: Annotated[str | None, Query(alias="type")] = None, since: str | None = None,
                   state: str | None = None, cursor: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
        who = require(request, session, "viewer", api=True)
        allowed = visible_states(who)
        states = (state,) if state in allowed else allowed
        after = decode_cursor(cursor)
        query = (select(EventRow, DocumentRow.key).join(DocumentRow, DocumentRow.id == EventRow.document_id)
                 .where(EventRow.review_state.in_(states), EventRow.id > after).order_by(EventRow.id).limit(limit + 1))
        if country:
            query = query.where(EventRow.country == country.upper())
        if type_:
            query = query.where((EventRow.event_type == type_) | (EventRow.sub_event_type == type_))
        if since:
            query = query.where(EventRow.date >= since)
        return cursor_page([to_record(e, key).to_spec() for e, key in session.execute(query)], limit)

    @app.get("/api/v1/events/{event_id}")
    def api_event(request: Request, session: DB, event_id: int) -> dict[str, Any]:
        who = require(request, session, "viewer", api=True)
        event = event_or_404(session, who, event_id)
        return to_record(event, event.document.key).to_spec()

    def api_act(request: Request, session: Session, action: Callable[[Principal], EventRow]) -> dict[str, Any]:
        who = require(request, session, "editor", api=True)
        try:
            event = action(who)
        except ReviewError as err:
            raise refused(err) from err
        return to_record(event, event.document.key).to_spec()

    @app.post("/api/v1/events/{event_id}/accept")
    def api_accept(request: Request, session: DB, event_id: int) -> dict[str, Any]:
        return api_act(request, session, lambda who: accept(session, event_id, who.name, via="api"))

    @app.post("/api/v1/events/{event_id}/reject")
    def api_reject(request: Request, session: DB, event_id: int, reason: str = "") -> dict[str, Any]:
        return api_act(request, session, lambda who: reject(session, event_id, who.name, reason, via="api"))

    @app.post("/api/v1/events/{event_id}/edit")
    def api_edit(request: Request, session: DB, event_id: int, changes: dict[str, str | None]) -> dict[str, Any]:
        return api_act(request, session, lambda who: edit(session, event_id, who.name, changes, via="api"))

    @app.post("/api/v1/events/{event_id}/merge")
    def api_merge(request: Request, session: DB, event_id: int, into: int) -> dict[str, Any]:
        """Merge this event into `into`; returns the kept event."""
        return api_act(request, session, lambda who: merge(session, event_id, into, who.name, via="api"))

    @app.get("/api/v1/documents")
    def api_documents(request: Request, session: DB, since: str | None = None, cursor: str | None = None,
                      limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
        require(request, session, "editor", api=True)
        query = (select(DocumentRow.id, DocumentRow.key, DocumentRow.sha256, DocumentRow.title, DocumentRow.url,
                        DocumentRow.published, DocumentRow.language, DocumentRow.kind, DocumentRow.size)
                 .where(DocumentRow.id > decode_cursor(cursor)).order_by(DocumentRow.id).limit(limit + 1))
        if since:
            query = query.where(DocumentRow.published >= since)
        return cursor_page([dict(r._mapping) for r in session.execute(query)], limit)

    @app.get("/api/v1/documents/{document_id}")
    def api_document(request: Request, session: DB, document_id: int) -> dict[str, Any]:
        require(request, session, "editor", api=True)
        doc = session.get(DocumentRow, document_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        events = list(session.scalars(select(EventSourceRow.event_id).where(EventSourceRow.document_id == doc.id)))
        return {"id": doc.id, "key": doc.key, "sha256": doc.sha256, "title": doc.title, "url": doc.url,
                "published": doc.published, "retrieved_at": doc.retrieved_at.isoformat(), "language": doc.language,
                "kind": doc.kind, "size": doc.size, "text": doc.clean_text, "events": sorted(set(events))}

    @app.get("/api/v1/countries")
    def api_countries(request: Request, session: DB) -> dict[str, int]:
        who = require(request, session, "viewer", api=True)
        rows = session.execute(select(EventRow.country, func.count()).where(
            EventRow.review_state.in_(visible_states(who))).group_by(EventRow.country))
        return {country or "??": n for country, n in rows}

    @app.exception_handler(HTTPException)
    async def http_errors(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 303:
            return RedirectResponse(exc.headers["Location"] if exc.headers else "/login", status_code=303)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"who": None, "status": exc.status_code,
                                                                  "detail": exc.detail}, status_code=exc.status_code)

    return app
