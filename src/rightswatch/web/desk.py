"""What every page module of the desk needs from the app: who is asking (and may they), the
page renderer and the review states a role may see."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from rightswatch.web.accounts import Principal


def db(request: Request) -> Iterator[Session]:
    """One transaction per request: everything a request changes commits together, or not at all."""
    with request.app.state.store.session() as session:
        yield session


DB = Annotated[Session, Depends(db)]


@dataclass(frozen=True)
class Desk:
    # require(request, session, role, api=False) -> Principal; raises 303/401/403
    require: Callable[..., Principal]
    page: Callable[..., HTMLResponse]

    @staticmethod
    def visible_states(who: Principal) -> tuple[str, ...]:
        return ("candidate", "accepted") if who.can("editor") else ("accepted",)


def refused(err: Exception) -> HTTPException:
    """A review or account action the store refused: 404 when the thing is missing, else 422."""
    return HTTPException(404 if "not found" in str(err) else 422, str(err))


def decode_cursor(value: str | None) -> int:
    """The id after which a page starts (0: the first page). Cursors are opaque to clients."""
    if not value:
        return 0
    try:
        return int(json.loads(base64.urlsafe_b64decode(value.encode()).decode())["after"])
    except (ValueError, KeyError, TypeError) as exc:
        raise HTTPException(400, "bad cursor") from exc


def encode_cursor(after: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": after}).encode()).decode()


def cursor_page(items: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    """One page of an id-ordered listing fetched with `limit + 1` rows: the extra row only says
    that there is a next page, which starts after the last item shown."""
    more = len(items) > limit
    return {"items": items[:limit], "next_cursor": encode_cursor(items[limit - 1]["id"]) if more else None}
