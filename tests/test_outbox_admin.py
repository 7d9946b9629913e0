"""Outbox page services on real databases: list, backlog, payload, resend one/selected/matching, requeue."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from console.services import errors, outbox_admin
from console.services.models import AuditLog, DeadLetter, MqMessage
from console.services.outbox_admin import MessageFilter
from console.services.states import MessageStatus
from console.services.uow import Database
from tests.admin_seed import ADMIN, MERCHANT, SUPPORT, T0, ctx_for, seed_outbox


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Database:
    name = {"sqlite": "sqlite_db", "postgresql": "pg_db"}[request.param]
    found: Database = request.getfixturevalue(name)
    return found


@pytest.fixture
def ctx(db, clock, settings):  # type: ignore[no-untyped-def]
    clock.set(T0 + dt.timedelta(hours=1))
    return ctx_for(db, clock, settings)


def audits(db: Database, action: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    with db.reading() as s:
        return [(a.object_id, a.role, a.before, a.after, a.reason) for a in s.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))]


def statuses(db: Database) -> dict[str, int]:
    with db.reading() as s:
        return dict(s.execute(select(MqMessage.message_id, MqMessage.message_status)).all())  # type: ignore[arg-type]


def test_list_filters_pages_and_shows_errors(ctx, db) -> None:  # type: ignore[no-untyped-def]
    ids = seed_outbox(db)
    page = outbox_admin.list_messages(ctx, ADMIN, MessageFilter(), limit=5)
    assert len(page.rows) == 5 and page.next_key is not None
    rest = outbox_admin.list_messages(ctx, ADMIN, MessageFilter(), page.next_key, limit=100)
    all_ids = [r.message_id for r in page.rows + rest.rows]
    assert len(all_ids) == 12 == len(set(all_ids)) and rest.next_key is None
    errors_only = outbox_admin.list_messages(ctx, ADMIN, MessageFilter(status=MessageStatus.ERROR))
    assert {r.message_id for r in errors_only.rows} == set(ids["ERROR"])
    assert {(r.status, r.last_error, r.attempts) for r in errors_only.rows} == {("ERROR", "NACKED: no route", 2)}
    by_order = outbox_admin.list_messages(ctx, ADMIN, MessageFilter(search="SN000004"))
    assert [r.order_sn for r in by_order.rows] == ["SN000004"]
    window = MessageFilter(created_from=T0 + dt.timedelta(minutes=2), created_to=T0 + dt.timedelta(minutes=4))
    assert len(outbox_admin.list_messages(ctx, ADMIN, window).rows) == 2
    with pytest.raises(errors.InvalidInput):
        outbox_admin.list_messages(ctx, ADMIN, MessageFilter(created_from=T0, created_to=T0))
    for who in (MERCHANT, SUPPORT):
        with pytest.raises(errors.Forbidden):
            outbox_admin.list_messages(ctx, who, MessageFilter())


def test_backlog_counts_and_oldest_unsent_age(ctx, db) -> None:  # type: ignore[no-untyped-def]
    seed_outbox(db)
    b = outbox_admin.backlog(ctx, ADMIN)
    assert b.counts == {"NEW": 3, "SENT": 3, "ERROR": 3, "ARRIVED": 3}
    assert b.oldest_unsent_at == T0 and b.oldest_unsent_age == 3600.0
    assert b.dead_letters == 2


def test_payload_is_pretty_json(ctx, db) -> None:  # type: ignore[no-untyped-def]
    ids = seed_outbox(db)
    text = outbox_admin.payload_text(ctx, ADMIN, ids["NEW"][0])
    assert text.startswith("{\n  ") and json.loads(text)["payload"]["order_sn"] == "SN000000"
    with pytest.raises(errors.NotFound):
        outbox_admin.payload_text(ctx, ADMIN, "nope")


def test_resend_one_and_selected_are_admin_only_and_audited(ctx, db) -> None:  # type: ignore[no-untyped-def]
    ids = seed_outbox(db)
    one, two = ids["ERROR"][0], ids["ARRIVED"][0]
    for who in (MERCHANT, SUPPORT):
        with pytest.raises(errors.Forbidden):
            outbox_admin.resend(ctx, who, [one])
    assert statuses(db)[one] == MessageStatus.ERROR
    assert outbox_admin.resend(ctx, ADMIN, [one]) == 1
    assert outbox_admin.resend(ctx, ADMIN, [two, ids["SENT"][1]], "consumer lost them") == 2
    after = statuses(db)
    assert after[one] == after[two] == after[ids["SENT"][1]] == MessageStatus.NEW
    rows = audits(db, "resend_message")
    assert [r[0] for r in rows] == sorted([one]) + sorted([two, ids["SENT"][1]])
    assert rows[0][1] == "ADMIN" and json.loads(rows[0][2] or "") == {"status": "ERROR"}
    assert json.loads(rows[0][3] or "") == {"status": "NEW"}
    assert rows[1][4] == "consumer lost them"
    with db.reading() as s:
        m = s.get(MqMessage, one)
        assert m is not None and m.last_error is None and m.next_attempt_at == ctx.clock.now()
    with pytest.raises(errors.NotFound):
        outbox_admin.resend(ctx, ADMIN, [one, "missing"])
    with pytest.raises(errors.InvalidInput):
        outbox_admin.resend(ctx, ADMIN, ["  "])
    assert len(audits(db, "resend_message")) == 3  # the refused calls wrote nothing


def test_resend_matching_uses_the_counted_filter(ctx, db) -> None:  # type: ignore[no-untyped-def]
    ids = seed_outbox(db)
    filt = MessageFilter(status=MessageStatus.ERROR)
    with pytest.raises(errors.Forbidden):
        outbox_admin.count_matching(ctx, MERCHANT, filt)
    with pytest.raises(errors.Forbidden):
        outbox_admin.resend_matching(ctx, MERCHANT, filt, expected=3, reason="x")
    n = outbox_admin.count_matching(ctx, ADMIN, filt)
    assert n == 3
    with pytest.raises(errors.InvalidInput):
        outbox_admin.resend_matching(ctx, ADMIN, MessageFilter(), expected=12, reason="all")
    with pytest.raises(errors.InvalidInput):
        outbox_admin.resend_matching(ctx, ADMIN, filt, expected=n, reason="")
    assert outbox_admin.resend_matching(ctx, ADMIN, filt, expected=n, reason="broker was down") == 3
    after = statuses(db)
    assert {after[m] for m in ids["ERROR"]} == {MessageStatus.NEW}
    assert {after[m] for m in ids["ARRIVED"]} == {MessageStatus.ARRIVED}
    assert outbox_admin.count_matching(ctx, ADMIN, filt) == 0
    (row,) = audits(db, "resend_message")
    assert row[0] == "matching" and json.loads(row[2] or "") == {"filter": {"status": "ERROR"},
                                                                 "confirmed_count": 3}
    assert json.loads(row[3] or "")["resent"] == 3 and row[4] == "broker was down"


def test_requeue_dead_letter(ctx, db) -> None:  # type: ignore[no-untyped-def]
    seed_outbox(db)
    dead = outbox_admin.dead_letters(ctx, ADMIN)
    assert len(dead) == 2
    with pytest.raises(errors.Forbidden):
        outbox_admin.requeue(ctx, MERCHANT, dead[0].id)
    outbox_id = outbox_admin.requeue(ctx, ADMIN, dead[0].id, "fixed the consumer")
    with db.reading() as s:
        m = s.get(MqMessage, outbox_id)
        assert m is not None and m.routing_key == "stock.release.stock.queue" and m.to_exchange == ""
        assert m.message_status == MessageStatus.NEW and m.content == dead[0].body
        d = s.get(DeadLetter, dead[0].id)
        assert d is not None and d.requeued
    with pytest.raises(errors.InvalidTransition):
        outbox_admin.requeue(ctx, ADMIN, dead[0].id)
    with pytest.raises(errors.NotFound):
        outbox_admin.requeue(ctx, ADMIN, 9999)
    assert [d.id for d in outbox_admin.dead_letters(ctx, ADMIN)] == [dead[1].id]
    (row,) = audits(db, "requeue_dead")
    assert row[0] == str(dead[0].id) and json.loads(row[3] or "")["outbox_id"] == outbox_id
