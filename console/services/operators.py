"""Operators, sign-in and the ONE permissions table.

Passwords are hashed with scrypt and stored self-describing (`scrypt$n$r$p$salt$hash`, hex), so the
parameters can be raised later without breaking old hashes. Five failed sign-ins lock the account
for 15 minutes (by the injected clock). `require()` is called inside every service that acts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import select, update

from console.services import audit, errors
from console.services.context import ServiceContext
from console.services.models import Operator
from console.services.rows import OperatorIdentity, OperatorRow
from console.services.states import Role

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD = 4
_N, _R, _P = 2**14, 8, 1

M, S, A = Role.MERCHANT, Role.SUPPORT, Role.ADMIN

# action -> roles allowed. The one place that says who may do what; services call require().
PERMISSIONS: dict[str, frozenset[Role]] = {
    "view_orders": frozenset({M, S, A}),
    "view_aftersales": frozenset({M, S, A}),
    "view_disputes": frozenset({S, A}),
    "view_stock": frozenset({M, A}),
    "view_outbox": frozenset({A}),
    "view_payments": frozenset({M, S, A}),
    "view_reconciliation": frozenset({M, A}),
    "view_workers": frozenset({A}),
    "view_audit": frozenset({A}),
    "ship": frozenset({M, A}),
    "modify_order": frozenset({M, A}),
    "close_order": frozenset({M, A}),
    "admin_close_trade": frozenset({A}),
    "internal_note": frozenset({M, S, A}),
    "approve_refund": frozenset({M, A}),
    "reject_refund": frozenset({M, A}),
    "out_of_stock_refund": frozenset({M, A}),
    "bulk_review": frozenset({M, A}),
    "arbitrate": frozenset({S, A}),
    "resend_message": frozenset({A}),
    "requeue_dead": frozenset({A}),
    "repair_stock": frozenset({A}),
    "resolve_recon": frozenset({M, A}),
    "manage_users": frozenset({A}),
    "start_stop_workers": frozenset({A}),
    "dispute_note": frozenset({S, A}),
    "retry_refund": frozenset({A}),
    "replay_notify": frozenset({A}),
    "run_reconciliation": frozenset({M, A}),
}

# Pages of the console and the permission that shows each.
PAGE_PERMISSIONS = {
    "orders": "view_orders", "aftersales": "view_aftersales", "disputes": "view_disputes",
    "stock": "view_stock", "outbox": "view_outbox", "payments": "view_payments",
    "reconciliation": "view_reconciliation", "workers": "view_workers",
}


def allowed(identity: OperatorIdentity, action: str) -> bool:
    roles = PERMISSIONS.get(action)
    if roles is None:
        raise KeyError(f"unknown action {action!r}: add it to PERMISSIONS")
    return identity.role in roles


def require(identity: OperatorIdentity, action: str) -> None:
    """Raise Forbidden unless the operator's role may perform `action`."""
    if not allowed(identity, action):
        raise errors.Forbidden(f"{identity.username} ({identity.role}) may not {action.replace('_', ' ')}",
                               action=action, role=identity.role)


def permissions_markdown() -> str:
    """The permissions table as Markdown, for the README."""
    roles = list(Role)
    lines = ["| action | " + " | ".join(r.value for r in roles) + " |",
             "|---|" + "---|" * len(roles)]
    for action, allowed_roles in PERMISSIONS.items():
        marks = " | ".join("yes" if r in allowed_roles else "—" for r in roles)
        lines.append(f"| `{action}` | {marks} |")
    return "\n".join(lines)


# --- passwords --------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2, maxmem=2**26)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


# A hash to compare against when the user does not exist, so timing does not reveal usernames.
_DUMMY_HASH = hash_password(secrets.token_hex(8))


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise errors.InvalidInput(f"the password must have at least {MIN_PASSWORD} characters")


def _parse_role(role: str) -> Role:
    try:
        return Role(role.upper())
    except ValueError:
        raise errors.InvalidInput(f"unknown role {role!r} (use merchant, support or admin)") from None


def _as_row(op: Operator) -> OperatorRow:
    return OperatorRow(id=op.id, username=op.username, display_name=op.display_name, role=op.role,
                       active=op.active, locked_until=op.locked_until, created_at=op.created_at)


# --- use cases --------------------------------------------------------------------------------


def authenticate(ctx: ServiceContext, username: str, password: str) -> OperatorIdentity:
    """Check a sign-in. Every failure says the same thing except a lockout, which says until when."""
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        op = s.scalars(select(Operator).where(Operator.username == username.strip())).first()
        if op is None or not op.active:
            verify_password(password, _DUMMY_HASH)
            raise errors.AuthFailed("wrong username or password")
        if op.locked_until is not None and op.locked_until > now:
            raise errors.AuthFailed(f"account locked after {MAX_FAILURES} failed sign-ins until "
                                    f"{op.locked_until:%H:%M} UTC", locked_until=op.locked_until)
        if not verify_password(password, op.password_hash):
            failures = op.failed_attempts + 1
            values: dict[str, object] = {"failed_attempts": failures}
            if failures >= MAX_FAILURES:
                values = {"failed_attempts": 0, "locked_until": now + LOCKOUT}
            # Counted with an UPDATE of its own: the failure must stick even though we raise.
            s.execute(update(Operator).where(Operator.id == op.id).values(**values))
            s.commit()
            if failures >= MAX_FAILURES:
                raise errors.AuthFailed(f"account locked after {MAX_FAILURES} failed sign-ins for "
                                        f"{int(LOCKOUT.total_seconds() // 60)} minutes")
            raise errors.AuthFailed("wrong username or password")
        op.failed_attempts = 0
        op.locked_until = None
        return OperatorIdentity(id=op.id, username=op.username, role=op.role)


def add_operator(ctx: ServiceContext, username: str, password: str, role: str, *,
                 display_name: str = "", by: OperatorIdentity | None = None) -> OperatorRow:
    """Create an operator. `by` is None only for the command line and demo seeding (no session)."""
    if by is not None:
        require(by, "manage_users")
    name = username.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise errors.InvalidInput("the username must be 1-64 characters without spaces")
    parsed = _parse_role(role)
    _check_new_password(password)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        if s.scalars(select(Operator.id).where(Operator.username == name)).first() is not None:
            raise errors.InvalidInput(f"operator {name!r} already exists")
        op = Operator(username=name, display_name=display_name or name, role=parsed.value,
                      password_hash=hash_password(password), failed_attempts=0, active=True, created_at=now)
        s.add(op)
        s.flush()
        actor = by or OperatorIdentity(0, "cli", Role.ADMIN.value)
        audit.record(s, actor, "manage_users", "operator", name, None,
                     {"username": name, "role": parsed.value}, "add operator", now)
        return _as_row(op)


def list_operators(ctx: ServiceContext) -> list[OperatorRow]:
    with ctx.db.reading() as s:
        return [_as_row(op) for op in s.scalars(select(Operator).order_by(Operator.username))]


def change_password(ctx: ServiceContext, username: str, new_password: str, *,
                    by: OperatorIdentity | None = None) -> None:
    """Set a new password (and lift a lockout). Operators may change their own; admins anyone's."""
    if by is not None and by.username != username:
        require(by, "manage_users")
    _check_new_password(new_password)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        op = s.scalars(select(Operator).where(Operator.username == username)).first()
        if op is None:
            raise errors.NotFound(f"no operator {username!r}")
        op.password_hash = hash_password(new_password)
        op.failed_attempts = 0
        op.locked_until = None
        actor = by or OperatorIdentity(0, "cli", Role.ADMIN.value)
        audit.record(s, actor, "manage_users", "operator", username, None, None, "change password", now)
