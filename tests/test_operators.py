"""Operators: scrypt hashes, sign-in, lockout by the clock, the permissions table, users command."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import select

from console.services import errors, operators
from console.services.context import ServiceContext
from console.services.models import AuditLog, Operator
from console.services.rows import OperatorIdentity


@pytest.fixture
def ctx(sqlite_db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    return ServiceContext(db=sqlite_db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


def test_hash_is_scrypt_salted_and_self_describing() -> None:
    a, b = operators.hash_password("secret"), operators.hash_password("secret")
    assert a != b and a.startswith("scrypt$16384$8$1$")
    assert operators.verify_password("secret", a)
    assert not operators.verify_password("Secret", a)
    assert not operators.verify_password("secret", "md5$abc")


def test_authenticate_and_identity(ctx: ServiceContext) -> None:
    operators.add_operator(ctx, "ann", "pw1234", "merchant")
    who = operators.authenticate(ctx, "ann", "pw1234")
    assert (who.username, who.role) == ("ann", "MERCHANT")
    with pytest.raises(errors.AuthFailed, match="wrong username or password"):
        operators.authenticate(ctx, "ann", "nope")
    with pytest.raises(errors.AuthFailed, match="wrong username or password"):
        operators.authenticate(ctx, "ghost", "pw1234")


def test_lockout_after_five_failures_for_fifteen_minutes(ctx: ServiceContext, clock) -> None:  # type: ignore[no-untyped-def]
    operators.add_operator(ctx, "ann", "pw1234", "merchant")
    for _ in range(4):
        with pytest.raises(errors.AuthFailed, match="wrong"):
            operators.authenticate(ctx, "ann", "bad")
    with pytest.raises(errors.AuthFailed, match="locked"):
        operators.authenticate(ctx, "ann", "bad")
    # Even the right password is refused while locked.
    with pytest.raises(errors.AuthFailed, match="locked"):
        operators.authenticate(ctx, "ann", "pw1234")
    clock.advance(14 * 60)
    with pytest.raises(errors.AuthFailed, match="locked"):
        operators.authenticate(ctx, "ann", "pw1234")
    clock.advance(61)
    assert operators.authenticate(ctx, "ann", "pw1234").username == "ann"
    with ctx.db.reading() as s:
        op = s.scalars(select(Operator)).one()
        assert op.failed_attempts == 0 and op.locked_until is None


def test_success_resets_the_failure_count(ctx: ServiceContext) -> None:
    operators.add_operator(ctx, "ann", "pw1234", "merchant")
    for _ in range(4):
        with pytest.raises(errors.AuthFailed):
            operators.authenticate(ctx, "ann", "bad")
    operators.authenticate(ctx, "ann", "pw1234")
    for _ in range(4):
        with pytest.raises(errors.AuthFailed, match="wrong"):
            operators.authenticate(ctx, "ann", "bad")


def test_bad_input_writes_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(errors.InvalidInput, match="role"):
        operators.add_operator(ctx, "ann", "pw1234", "boss")
    with pytest.raises(errors.InvalidInput, match="password"):
        operators.add_operator(ctx, "ann", "pw", "admin")
    with pytest.raises(errors.InvalidInput, match="username"):
        operators.add_operator(ctx, "a b", "pw1234", "admin")
    operators.add_operator(ctx, "ann", "pw1234", "admin")
    with pytest.raises(errors.InvalidInput, match="already exists"):
        operators.add_operator(ctx, "ann", "pw1234", "admin")
    assert [o.username for o in operators.list_operators(ctx)] == ["ann"]


def test_change_password_needs_manage_users_for_others(ctx: ServiceContext) -> None:
    operators.add_operator(ctx, "ann", "pw1234", "merchant")
    operators.add_operator(ctx, "root", "pw1234", "admin")
    ann = operators.authenticate(ctx, "ann", "pw1234")
    with pytest.raises(errors.Forbidden):
        operators.change_password(ctx, "root", "hacked", by=ann)
    operators.change_password(ctx, "ann", "newpass", by=ann)
    assert operators.authenticate(ctx, "ann", "newpass")
    root = operators.authenticate(ctx, "root", "pw1234")
    operators.change_password(ctx, "ann", "byadmin", by=root)
    operators.authenticate(ctx, "ann", "byadmin")
    with pytest.raises(errors.Forbidden):
        operators.add_operator(ctx, "eve", "pw1234", "admin", by=ann)
    with ctx.db.reading() as s:
        actions = [(a.operator_name, a.object_id, a.reason) for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert ("ann", "ann", "change password") in actions and ("root", "ann", "change password") in actions


@pytest.mark.parametrize(("role", "action", "ok"), [
    ("MERCHANT", "ship", True), ("SUPPORT", "ship", False), ("ADMIN", "ship", True),
    ("MERCHANT", "admin_close_trade", False), ("ADMIN", "admin_close_trade", True),
    ("SUPPORT", "arbitrate", True), ("MERCHANT", "arbitrate", False),
    ("MERCHANT", "manage_users", False), ("SUPPORT", "internal_note", True),
])
def test_permissions_table(role: str, action: str, ok: bool) -> None:
    who = OperatorIdentity(1, "x", role)
    assert operators.allowed(who, action) is ok
    if ok:
        operators.require(who, action)
    else:
        with pytest.raises(errors.Forbidden, match=action.replace("_", " ")):
            operators.require(who, action)


def test_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        operators.allowed(OperatorIdentity(1, "x", "ADMIN"), "fly")


def test_permissions_markdown_lists_every_action() -> None:
    md = operators.permissions_markdown()
    assert md.splitlines()[0] == "| action | MERCHANT | SUPPORT | ADMIN |"
    for action in operators.PERMISSIONS:
        assert f"`{action}`" in md
    assert "| `admin_close_trade` | — | — | yes |" in md


def test_users_command(ctx: ServiceContext, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from console.commands import users

    rt = argparse.Namespace(ctx=ctx)
    assert users.run(argparse.Namespace(users_command="add", username="kim", role="support",
                                        password="pw1234"), rt) == 0
    monkeypatch.setenv("ORDER_CONSOLE_NEW_PASSWORD", "fromenv")
    assert users.run(argparse.Namespace(users_command="add", username="lee", role="admin", password=None), rt) == 0
    assert operators.authenticate(ctx, "lee", "fromenv").role == "ADMIN"
    assert users.run(argparse.Namespace(users_command="add", username="kim", role="support",
                                        password="pw1234"), rt) == 1
    assert "already exists" in capsys.readouterr().err
    assert users.run(argparse.Namespace(users_command="list"), rt) == 0
    out = capsys.readouterr().out
    assert "kim" in out and "SUPPORT" in out and "lee" in out
    monkeypatch.setenv("ORDER_CONSOLE_NEW_PASSWORD", "changed")
    assert users.run(argparse.Namespace(users_command="passwd", username="kim", password=None), rt) == 0
    assert operators.authenticate(ctx, "kim", "changed")
    assert users.run(argparse.Namespace(users_command="passwd", username="nobody", password="x1234"), rt) == 1
