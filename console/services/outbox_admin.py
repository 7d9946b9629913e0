"""Read side and admin actions of the Outbox page: messages, backlog, payloads, resend, dead letters.

A bulk resend and the count shown before confirming it use ONE condition builder (`_conditions`),
so the number the admin confirms is the number of rows the same SQL filter selects. Every action
is ADMIN only (operators.PERMISSIONS) and writes its audit row in the same transaction as its effect.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from console.services import audit, errors
from console.services.context import ServiceContext
from console.services.dead_letters import DeadLetterRow, list_dead_letters
from console.services.models import DeadLetter, MqMessage
from console.services.operators import require
from console.services.rows import OperatorIdentity, Page
from console.services.states import MessageStatus

MAX_LIMIT = 1000
MAX_SELECTED = 1000
_CHUNK = 500
UNSENT = (MessageStatus.NEW, MessageStatus.SENT, MessageStatus.ERROR)


@dataclass(frozen=True)
class MessageFilter:
    status: MessageStatus | None = None
    search: str = ""  # exact order number, message id or routing key
    created_from: dt.datetime | None = None
    created_to: dt.datetime | None = None  # exclusive

    @property
    def empty(self) -> bool:
        return (self.status is None and not self.search.strip() and self.created_from is None
                and self.created_to is None)

    def describe(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.status is not None:
            out["status"] = self.status.name
        if self.search.strip():
            out["search"] = self.search.strip()
        if self.created_from is not None:
            out["created_from"] = self.created_from.isoformat()
        if self.created_to is not None:
            out["created_to"] = self.created_to.isoformat()
        return out


@dataclass(frozen=True)
class MessageRow:
    message_id: str
    status: str  # NEW / SENT / ERROR / ARRIVED
    class_type: str
    exchange: str
    routing_key: str
    order_sn: str | None
    attempts: int
    last_error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    next_attempt_at: dt.datetime | None


@dataclass(frozen=True)
class Backlog:
    counts: dict[str, int]  # every status name, zero included
    oldest_unsent_at: dt.datetime | None
    oldest_unsent_age: float | None  # seconds, by the injected clock
    dead_letters: int


def _status_name(value: int) -> str:
    try:
        return MessageStatus(value).name
    except ValueError:
        return str(value)


def _validate(filt: MessageFilter) -> None:
    if filt.created_from and filt.created_to and filt.created_from >= filt.created_to:
        raise errors.InvalidInput("the date range is empty: 'from' must be before 'to'")


def _conditions(filt: MessageFilter) -> list[ColumnElement[bool]]:
    """The one SQL filter of the page: the list, the count before a bulk resend and the resend itself."""
    _validate(filt)
    conds: list[ColumnElement[bool]] = []
    if filt.status is not None:
        conds.append(MqMessage.message_status == int(filt.status))
    text = filt.search.strip()
    if text:
        conds.append(or_(MqMessage.order_sn == text, MqMessage.message_id == text,
                         MqMessage.routing_key == text))
    if filt.created_from is not None:
        conds.append(MqMessage.created_at >= filt.created_from)
    if filt.created_to is not None:
        conds.append(MqMessage.created_at < filt.created_to)
    return conds


def _row(m: MqMessage) -> MessageRow:
    return MessageRow(m.message_id, _status_name(m.message_status), m.class_type, m.to_exchange, m.routing_key,
                      m.order_sn, m.attempts, m.last_error, m.created_at, m.updated_at, m.next_attempt_at)


def list_messages(ctx: ServiceContext, identity: OperatorIdentity, filt: MessageFilter,
                  after_key: tuple[object, ...] | None = None, limit: int = 200) -> Page[MessageRow]:
    """Newest first by (created_at, message_id), keyset paged."""
    require(identity, "view_outbox")
    if not 0 < limit <= MAX_LIMIT:
        raise errors.InvalidInput(f"page size must be 1-{MAX_LIMIT}")
    conds = _conditions(filt)
    if after_key is not None:
        at, last_id = after_key
        conds.append(or_(MqMessage.created_at < at,
                         and_(MqMessage.created_at == at, MqMessage.message_id < last_id)))
    with ctx.db.reading() as s:
        found = [_row(m) for m in s.scalars(select(MqMessage).where(*conds)
                                            .order_by(MqMessage.created_at.desc(), MqMessage.message_id.desc())
                                            .limit(limit + 1))]
    more = len(found) > limit
    found = found[:limit]
    next_key = (found[-1].created_at, found[-1].message_id) if more and found else None
    return Page(rows=tuple(found), next_key=next_key)


def get_messages(ctx: ServiceContext, identity: OperatorIdentity, message_ids: Sequence[str]) -> list[MessageRow]:
    """Current rows of some messages (to update a page in place after an action)."""
    require(identity, "view_outbox")
    ids = list(dict.fromkeys(message_ids))[:MAX_LIMIT]
    if not ids:
        return []
    with ctx.db.reading() as s:
        return [_row(m) for m in s.scalars(select(MqMessage).where(MqMessage.message_id.in_(ids)))]


def payload_text(ctx: ServiceContext, identity: OperatorIdentity, message_id: str) -> str:
    """The message body as indented JSON (as stored, when it is not JSON)."""
    require(identity, "view_outbox")
    with ctx.db.reading() as s:
        content = s.scalar(select(MqMessage.content).where(MqMessage.message_id == message_id))
    if content is None:
        raise errors.NotFound(f"no outbox message {message_id}")
    return pretty_json(content)


def pretty_json(raw: str) -> str:
    try:
        return json.dumps(json.loads(raw), indent=2, ensure_ascii=False, sort_keys=True)
    except ValueError:
        return raw


def backlog(ctx: ServiceContext, identity: OperatorIdentity) -> Backlog:
    """Messages per status, the oldest one not yet confirmed by the broker, and open dead letters."""
    require(identity, "view_outbox")
    now = ctx.clock.now()
    with ctx.db.reading() as s:
        counts = {st.name: 0 for st in MessageStatus}
        for status, n in s.execute(select(MqMessage.message_status, func.count())
                                   .group_by(MqMessage.message_status)).all():
            counts[_status_name(int(status))] = int(n)
        oldest = s.scalar(select(func.min(MqMessage.created_at))
                          .where(MqMessage.message_status.in_([int(x) for x in UNSENT])))
        dead = int(s.scalar(select(func.count()).select_from(DeadLetter)
                            .where(DeadLetter.requeued.is_(False))) or 0)
    if isinstance(oldest, dt.datetime) and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=dt.UTC)  # an aggregate skips the column's type on some drivers
    age = None if oldest is None else max((now - oldest).total_seconds(), 0.0)
    return Backlog(counts, oldest, age, dead)


# --- resend -------------------------------------------------------------------------------------


def _reset(s: Session, where: ColumnElement[bool], now: dt.datetime) -> int:
    """Back to NEW and due now, so the relay publishes it again (consumers dedupe on message_id)."""
    result = s.execute(update(MqMessage).where(where)
                       .values(message_status=int(MessageStatus.NEW), next_attempt_at=now, last_error=None,
                               updated_at=now)
                       .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def resend(ctx: ServiceContext, identity: OperatorIdentity, message_ids: Sequence[str], reason: str = "") -> int:
    """Resend one or several chosen messages; one audit row per message (before -> after status)."""
    require(identity, "resend_message")
    ids = sorted({m.strip() for m in message_ids if m and m.strip()})
    if not ids:
        raise errors.InvalidInput("choose at least one message to resend")
    if len(ids) > MAX_SELECTED:
        raise errors.InvalidInput(f"at most {MAX_SELECTED} messages at once; use 'resend matching' for more")
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        before: dict[str, int] = {}
        for i in range(0, len(ids), _CHUNK):
            before.update({mid: int(st) for mid, st in s.execute(
                select(MqMessage.message_id, MqMessage.message_status)
                .where(MqMessage.message_id.in_(ids[i:i + _CHUNK]))).all()})
        missing = [m for m in ids if m not in before]
        if missing:
            raise errors.NotFound(f"no outbox message {', '.join(missing[:3])}{'…' if len(missing) > 3 else ''}")
        count = 0
        for i in range(0, len(ids), _CHUNK):
            count += _reset(s, MqMessage.message_id.in_(ids[i:i + _CHUNK]), now)
        for mid in ids:
            audit.record(s, identity, "resend_message", "mq_message", mid,
                         {"status": _status_name(before[mid])}, {"status": "NEW"}, reason.strip() or None, now)
    return count


def count_matching(ctx: ServiceContext, identity: OperatorIdentity, filt: MessageFilter) -> int:
    """How many messages a bulk resend with this filter would reset (shown before confirming)."""
    require(identity, "resend_message")
    with ctx.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(MqMessage).where(*_conditions(filt))) or 0)


def resend_matching(ctx: ServiceContext, identity: OperatorIdentity, filt: MessageFilter, *,
                    expected: int, reason: str) -> int:
    """Resend every message matching the filter; one audit row with the filter and both counts.

    A filter is required (an empty one would resend the whole history), and so is a reason. The
    relay keeps moving rows, so the count may differ from the one confirmed; the audit keeps both."""
    require(identity, "resend_message")
    if filt.empty:
        raise errors.InvalidInput("a bulk resend needs a filter (status, search or dates)")
    why = reason.strip()
    if not why:
        raise errors.InvalidInput("a bulk resend needs a reason")
    conds = _conditions(filt)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        count = _reset(s, and_(*conds), now)
        audit.record(s, identity, "resend_message", "mq_message", "matching",
                     {"filter": filt.describe(), "confirmed_count": expected},
                     {"status": "NEW", "resent": count}, why, now)
    return count


# --- dead letters -------------------------------------------------------------------------------


def dead_letters(ctx: ServiceContext, identity: OperatorIdentity, *, include_requeued: bool = False,
                 limit: int = 200) -> list[DeadLetterRow]:
    require(identity, "view_outbox")
    return list_dead_letters(ctx.db, include_requeued=include_requeued, limit=limit)


def requeue(ctx: ServiceContext, identity: OperatorIdentity, dead_letter_id: int, reason: str = "") -> str:
    """Send a dead letter back to its queue through the outbox, audited in the same transaction.

    Same routing as dead_letters.requeue_dead_letter (exchange "" = the queue named by the routing
    key); written here because the audit row must commit with the effect. Returns the outbox id."""
    require(identity, "requeue_dead")
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        dead = s.get(DeadLetter, dead_letter_id)
        if dead is None:
            raise errors.NotFound(f"no dead letter with id {dead_letter_id}")
        moved = s.execute(update(DeadLetter)
                          .where(DeadLetter.id == dead_letter_id, DeadLetter.requeued.is_(False))
                          .values(requeued=True).execution_options(synchronize_session=False))
        if not getattr(moved, "rowcount", 0):
            raise errors.InvalidTransition(f"dead letter {dead_letter_id} was already requeued")
        try:
            kind = str(json.loads(dead.body).get("type", "requeue"))
        except (ValueError, AttributeError):
            kind = "requeue"
        outbox_id = uuid.uuid4().hex
        s.add(MqMessage(message_id=outbox_id, content=dead.body, to_exchange="", routing_key=dead.queue,
                        class_type=kind[:64], message_status=int(MessageStatus.NEW), attempts=0,
                        next_attempt_at=now, created_at=now, updated_at=now))
        audit.record(s, identity, "requeue_dead", "dead_letter", str(dead_letter_id),
                     {"requeued": False, "message_id": dead.message_id, "queue": dead.queue},
                     {"requeued": True, "outbox_id": outbox_id}, reason.strip() or None, now)
        return outbox_id
