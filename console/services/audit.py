"""The audit trail: every operator action writes one AuditLog row in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.services.models import AuditLog
from console.services.rows import AuditRow, OperatorIdentity


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, default=_default, ensure_ascii=False, sort_keys=True)


def record(session: Session, identity: OperatorIdentity, action: str, object_type: str, object_id: str,
           before: Any, after: Any, reason: str | None, now: dt.datetime) -> None:
    """Who, in which role, did what to which object, before -> after, why and when."""
    session.add(AuditLog(
        operator_id=identity.id or None, operator_name=identity.username, role=identity.role,
        action=action, object_type=object_type, object_id=str(object_id),
        before=_dump(before), after=_dump(after), reason=(reason or None) and reason[:500],
        created_at=now,
    ))


def for_object(session: Session, object_type: str, object_id: str) -> list[AuditRow]:
    rows = session.scalars(
        select(AuditLog).where(AuditLog.object_type == object_type, AuditLog.object_id == str(object_id))
        .order_by(AuditLog.created_at, AuditLog.id)).all()
    return [_row(a) for a in rows]


def _row(a: AuditLog) -> AuditRow:
    return AuditRow(id=a.id, operator_name=a.operator_name, role=a.role, action=a.action,
                    object_type=a.object_type, object_id=a.object_id, before=a.before, after=a.after,
                    reason=a.reason, created_at=a.created_at)
