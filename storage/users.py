"""Accounts: creating them and checking passwords (hashed with scrypt by Werkzeug)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from storage.models import ROLES, User, utcnow


class UserError(ValueError):
    pass


def add_user(session: Session, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name:
        raise UserError("a user needs a name")
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise UserError("a password needs at least 8 characters")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise UserError(f"user {name!r} exists already")
    user = User(name=name, role=role, password_hash=generate_password_hash(password))
    session.add(user)
    session.flush()
    return user


def set_password(user: User, password: str) -> None:
    if len(password) < 8:
        raise UserError("a password needs at least 8 characters")
    user.password_hash = generate_password_hash(password)


def set_disabled(user: User, disabled: bool) -> bool:
    """Disable an account (no log-in, session or API token) or enable it again; True if that changed it."""
    if disabled == (user.disabled_at is not None):
        return False
    user.disabled_at = utcnow() if disabled else None
    return True


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The account with this name and password, disabled or not (the caller says which it is)."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None or not check_password_hash(user.password_hash, password):
        return None
    return user
