"""Accounts, sessions and API tokens for the review desk. Passwords: argon2id. Sessions and
tokens are stored as SHA-256 hashes only."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from rightswatch.store.audit import record
from rightswatch.store.models import ROLES, ApiTokenRow, LoginFailureRow, SessionRow, UserRow

HASHER = PasswordHasher()  # argon2id with the library's current parameters
SESSION_HOURS = 12
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 8
COMMON_PASSWORDS = {"password", "password1", "12345678", "123456789", "qwertyuiop", "iloveyou", "11111111",
                    "abc12345", "letmein1", "rightswatch", "administrator", "passw0rd"}
RANK = {"viewer": 1, "editor": 2, "admin": 3}


class AccountError(ValueError):
    pass


@dataclass(frozen=True)
class Principal:
    user_id: int
    name: str
    role: str
    csrf: str | None  # None for API-token requests (no cookie, so no CSRF)

    def can(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(session: Session, name: str, password: str, role: str, by: str = "cli", via: str = "cli") -> UserRow:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD or password.lower() in COMMON_PASSWORDS:
        raise AccountError(f"choose a password of at least {MIN_PASSWORD} characters that is not a common one")
    if session.scalars(select(UserRow).where(UserRow.name == name)).first() is not None:
        raise AccountError(f"user {name!r} exists")
    user = UserRow(name=name, password_hash=HASHER.hash(password), role=role)
    session.add(user)
    session.flush()
    record(session, actor=by, action="user_add", table="users", row_id=user.id, field="role", new=role, via=via)
    return user


def change_user(session: Session, user_id: int, by: str, *, role: str | None = None,
                disabled: bool | None = None, via: str = "web") -> UserRow:
    """An admin's change to an account. Disabling one also ends its sessions at once."""
    user = session.get(UserRow, user_id)
    if user is None:
        raise AccountError(f"user {user_id} not found")
    if role is not None and role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if user.name == by and ((role is not None and role != "admin") or disabled):
        raise AccountError("an admin cannot demote or disable their own account")
    if role is not None and role != user.role:
        record(session, actor=by, action="edit", table="users", row_id=user.id, field="role", old=user.role,
               new=role, via=via)
        user.role = role
    if disabled is not None and disabled != user.disabled:
        record(session, actor=by, action="edit", table="users", row_id=user.id, field="disabled",
               old=user.disabled, new=disabled, via=via)
        user.disabled = disabled
        if disabled:
            session.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
    return user


def login(session: Session, name: str, password: str) -> tuple[str, Principal] | None:
    """A new session token for good credentials; None otherwise. Raises when rate-limited."""
    since = datetime.now(UTC) - FAILURE_WINDOW
    failures = session.scalar(select(func.count()).select_from(LoginFailureRow).where(
        LoginFailureRow.name == name, LoginFailureRow.at >= since)) or 0
    if failures >= MAX_FAILURES:
        raise AccountError("too many failed logins; try again later")
    user = session.scalars(select(UserRow).where(UserRow.name == name, UserRow.disabled.is_(False))).first()
    try:
        if user is None:
            HASHER.verify(HASHER.hash("timing-equaliser"), password + "x")
        else:
            HASHER.verify(user.password_hash, password)
    except VerificationError:
        session.add(LoginFailureRow(name=name, at=datetime.now(UTC)))
        record(session, actor=name[:64], action="login_failed", table="users", via="web")
        return None
    assert user is not None
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    session.add(SessionRow(token_hash=_digest(token), user_id=user.id, csrf=csrf,
                           expires_at=datetime.now(UTC) + timedelta(hours=SESSION_HOURS)))
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.name == name))
    record(session, actor=user.name, action="login", table="users", row_id=user.id, via="web")
    return token, Principal(user.id, user.name, user.role, csrf)


def from_session(session: Session, token: str | None) -> Principal | None:
    if not token:
        return None
    row = session.execute(
        select(SessionRow, UserRow).join(UserRow, UserRow.id == SessionRow.user_id)
        .where(SessionRow.token_hash == _digest(token), UserRow.disabled.is_(False))
    ).first()
    if row is None:
        return None
    sess, user = row
    expires = sess.expires_at if sess.expires_at.tzinfo else sess.expires_at.replace(tzinfo=UTC)
    if expires < datetime.now(UTC):
        return None
    return Principal(user.id, user.name, user.role, sess.csrf)


def logout(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(SessionRow).where(SessionRow.token_hash == _digest(token)))


def new_api_token(session: Session, user_name: str, label: str) -> str:
    user = session.scalars(select(UserRow).where(UserRow.name == user_name)).first()
    if user is None:
        raise AccountError(f"user {user_name!r} not found")
    token = "rw_" + secrets.token_urlsafe(32)
    session.add(ApiTokenRow(user_id=user.id, name=label, token_hash=_digest(token)))
    record(session, actor=user_name, action="token_add", table="users", row_id=user.id, via="cli")
    return token


def from_api_token(session: Session, token: str) -> Principal | None:
    row = session.execute(
        select(UserRow).join(ApiTokenRow, ApiTokenRow.user_id == UserRow.id)
        .where(ApiTokenRow.token_hash == _digest(token), UserRow.disabled.is_(False))
    ).scalars().first()
    return Principal(row.id, row.name, row.role, None) if row else None
