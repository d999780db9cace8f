"""Entity pages and API: an entity's aliases, its events as actor and as target, and the two
review decisions on it (merge into another entity, public figure or private individual)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from rightswatch.review import ReviewError, merge_entities, set_public_figure
from rightswatch.store.models import DocumentRow, EntityAliasRow, EntityRow, EventRow
from rightswatch.store.repository import to_record
from rightswatch.web.desk import DB, Desk, cursor_page, decode_cursor

PAGE = 100


def _entity(session: Session, entity_id: int) -> EntityRow:
    entity = session.get(EntityRow, entity_id)
    if entity is None:
        raise HTTPException(404, "no such entity")
    return entity


def _names(entity: EntityRow) -> list[str]:
    return sorted({entity.name, *(a.alias for a in entity.aliases)})


def _as_dict(entity: EntityRow) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "kind": entity.kind, "country": entity.country,
            "public_figure": entity.public_figure, "aliases": _names(entity)}


def _filtered(q: str | None, kind: str | None) -> Any:
    query = select(EntityRow)
    if q:
        like = f"%{q.casefold()}%"
        query = query.where(or_(func.lower(EntityRow.name).like(like), EntityRow.id.in_(
            select(EntityAliasRow.entity_id).where(EntityAliasRow.normalized.like(like)))))
    if kind:
        query = query.where(EntityRow.kind == kind)
    return query


def add_entity_routes(app: FastAPI, desk: Desk) -> None:
    @app.get("/entities", response_class=HTMLResponse)
    def entities_page(request: Request, session: DB, q: str = "", kind: str = "",
                      page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        who = desk.require(request, session, "editor")
        rows = list(session.scalars(_filtered(q, kind).order_by(EntityRow.name, EntityRow.id)
                                    .limit(PAGE + 1).offset((page_no - 1) * PAGE)))
        return desk.page(request, "entities.html", who, entities=rows[:PAGE], q=q, kind=kind,
                           page_no=page_no, more=len(rows) > PAGE)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(request: Request, session: DB, entity_id: int) -> HTMLResponse:
        who = desk.require(request, session, "editor")
        entity = _entity(session, entity_id)
        names = _names(entity)
        states = desk.visible_states(who)

        def events(column: Any) -> list[Any]:
            return [to_record(e, key) for e, key in session.execute(
                select(EventRow, DocumentRow.key).join(DocumentRow, DocumentRow.id == EventRow.document_id)
                .where(column.in_(names), EventRow.review_state.in_(states))
                .order_by(EventRow.date.desc(), EventRow.id.desc()).limit(200))]

        return desk.page(request, "entity.html", who, entity=entity, names=names,
                           as_actor=events(EventRow.actor), as_target=events(EventRow.target))

    @app.post("/entities/{entity_id}/merge", response_model=None)
    def entity_merge(request: Request, session: DB, entity_id: int, into: Annotated[str, Form()]) -> RedirectResponse:
        who = desk.require(request, session, "editor")
        _entity(session, entity_id)
        kept = (session.get(EntityRow, int(into)) if into.strip().isdigit() else
                session.scalars(select(EntityRow).where(EntityRow.name == into.strip())).first())
        if kept is None:
            raise HTTPException(404, f"no entity named {into!r}")
        try:
            merge_entities(session, entity_id, kept.id, who.name, via="web")
        except ReviewError as err:
            raise HTTPException(422, str(err)) from err
        return RedirectResponse(f"/entities/{kept.id}", status_code=303)

    @app.post("/entities/{entity_id}/public-figure", response_model=None)
    def entity_public(request: Request, session: DB, entity_id: int,
                      public: Annotated[str, Form()]) -> RedirectResponse:
        who = desk.require(request, session, "editor")
        _entity(session, entity_id)
        set_public_figure(session, entity_id, public in ("1", "true", "yes"), who.name, via="web")
        return RedirectResponse(f"/entities/{entity_id}", status_code=303)

    @app.get("/api/v1/entities")
    def api_entities(request: Request, session: DB, q: str | None = None, kind: str | None = None,
                     cursor: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
        desk.require(request, session, "editor", api=True)
        rows = list(session.scalars(_filtered(q, kind).where(EntityRow.id > decode_cursor(cursor))
                                    .order_by(EntityRow.id).limit(limit + 1)))
        return cursor_page([_as_dict(e) for e in rows], limit)

    @app.get("/api/v1/entities/{entity_id}")
    def api_entity(request: Request, session: DB, entity_id: int) -> dict[str, Any]:
        desk.require(request, session, "editor", api=True)
        return _as_dict(_entity(session, entity_id))
