"""Administration: the accounts of the desk (add, change role, disable). Admins only; every
change is audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from rightswatch.store.models import ROLES, UserRow
from rightswatch.web.accounts import AccountError, add_user, change_user
from rightswatch.web.desk import DB, Desk, refused


def add_admin_routes(app: FastAPI, desk: Desk) -> None:
    @app.get("/admin/users", response_class=HTMLResponse)
    def users_page(request: Request, session: DB) -> HTMLResponse:
        who = desk.require(request, session, "admin")
        users = list(session.scalars(select(UserRow).order_by(UserRow.name)))
        return desk.page(request, "users.html", who, users=users, roles=ROLES)

    @app.post("/admin/users", response_model=None)
    def users_add(request: Request, session: DB, name: Annotated[str, Form()], role: Annotated[str, Form()],
                  password: Annotated[str, Form()]) -> RedirectResponse:
        who = desk.require(request, session, "admin")
        try:
            add_user(session, name.strip(), password, role, by=who.name, via="web")
        except AccountError as err:
            raise HTTPException(422, str(err)) from err
        return RedirectResponse("/admin/users", status_code=303)

    @app.post("/admin/users/{user_id}", response_model=None)
    def users_change(request: Request, session: DB, user_id: int, role: Annotated[str | None, Form()] = None,
                     disabled: Annotated[str | None, Form()] = None) -> RedirectResponse:
        who = desk.require(request, session, "admin")
        try:
            change_user(session, user_id, who.name, role=role or None,
                        disabled=None if disabled is None else disabled in ("1", "true", "yes"), via="web")
        except AccountError as err:
            raise refused(err) from err
        return RedirectResponse("/admin/users", status_code=303)
