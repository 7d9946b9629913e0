"""Outbox page (pytest-qt, real databases): counters, list, payload, resend one/selected/matching, requeue."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.services import errors
from console.services.models import AuditLog, MqMessage
from console.services.outbox_admin import MessageFilter
from console.services.states import MessageStatus
from console.views.bridge import Bridge
from console.views.outbox_model import age_text, dead_letters_model, messages_model
from console.views.pages.outbox import OutboxPage
from console.views.rows_model import SORT_ROLE
from tests.admin_gui import make_api, page_for, qt_loop, run, settle
from tests.admin_seed import T0, seed_outbox

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def db(sqlite_db):  # type: ignore[no-untyped-def]
    return sqlite_db


# The services are tested on PostgreSQL too (test_*_admin.py); here one main flow runs on both.
@pytest.fixture(params=["sqlite", "postgresql"])
def both_db(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return request.getfixturevalue({"sqlite": "sqlite_db", "postgresql": "pg_db"}[request.param])


@pytest.fixture
def loop(qapp):  # type: ignore[no-untyped-def]
    with qt_loop(qapp) as lp:
        yield lp


@pytest.fixture
def now(clock):  # type: ignore[no-untyped-def]
    clock.set(T0 + dt.timedelta(hours=1))
    return clock.now()


def audit(db, action: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return [(a.object_id, a.role, a.reason) for a in s.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))]


def status_of(db, mid: str) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return int(s.scalar(select(MqMessage.message_status).where(MqMessage.message_id == mid)))


def test_models_pass_qt_model_tester(qtmodeltester, sqlite_db, clock, settings, now) -> None:  # type: ignore[no-untyped-def]
    seed_outbox(sqlite_db)
    api = make_api(sqlite_db, clock, settings, "ADMIN")
    m = messages_model(api.list_messages, api.now)
    m.set_rows(api.list_messages(MessageFilter(), None, 100).rows)
    qtmodeltester.check(m)
    d = dead_letters_model()
    d.set_rows(api.dead_letters())
    qtmodeltester.check(d)
    assert [age_text(x) for x in (None, 5, 125, 3 * 3600 + 300, 2 * 86400 + 4 * 3600)] == [
        "—", "5s", "2m", "3h 05m", "2d 4h"]


def test_page_shows_backlog_messages_and_payload(qtbot, loop, db, clock, settings, now) -> None:  # type: ignore[no-untyped-def]
    ids = seed_outbox(db)
    page = page_for(OutboxPage, make_api(db, clock, settings, "ADMIN"), qtbot)
    run(loop, page.refresh())
    # Counters and cells show the status's label; the filter, the sort and the tooltip keep the code.
    assert [page.count_labels[k].text() for k in ("NEW", "SENT", "ERROR", "ARRIVED")] == [
        "New 3", "Sent 3", "Error 3", "Arrived 3"]
    cell = page.messages.index(0, 0)
    assert (page.messages.data(cell), page.messages.data(cell, SORT_ROLE),
            page.messages.data(cell, Qt.ItemDataRole.ToolTipRole)) == ("Arrived", "ARRIVED", "ARRIVED")  # newest
    assert page.oldest_label.text().endswith("1h 00m") and page.dead_label.text() == "Dead letters: 2"
    assert len(page.messages.rows) == 12 and len(page.dead.rows) == 2
    page.status.setCurrentIndex(page.status.findData(int(MessageStatus.ERROR)))
    settle(loop, lambda: {r.status for r in page.messages.rows} == {"ERROR"})
    err = page.messages.rows[0]
    assert err.last_error == "NACKED: no route" and err.message_id in ids["ERROR"]
    page.select_rows([0])
    settle(loop, lambda: page.payload.toPlainText().startswith("{\n"))
    assert json.loads(page.payload.toPlainText())["message_id"] == err.message_id


def test_admin_resends_one_and_selected_in_place(qtbot, loop, db, clock, settings, now) -> None:  # type: ignore[no-untyped-def]
    ids = seed_outbox(db)
    page = page_for(OutboxPage, make_api(db, clock, settings, "ADMIN"), qtbot)
    run(loop, page.refresh())
    rows_before = len(page.messages.rows)
    asked: list[str] = []
    page.ask = lambda parent, title, text, required: asked.append(text) or "retry after broker fix"
    page.select_rows([0])
    one = page.selected_ids()
    page.on_resend_selected()
    settle(loop, lambda: page.messages.rows[0].status == "NEW" and "will be sent" in page.status_line.text())
    assert status_of(db, one[0]) == MessageStatus.NEW and asked[0].startswith("Resend message")
    page.select_rows([3, 4, 5])
    chosen = page.selected_ids()
    page.on_resend_selected()
    settle(loop, lambda: page.status_line.text().startswith("3 message"))
    assert "3 selected" in asked[1]
    assert {status_of(db, m) for m in chosen} == {MessageStatus.NEW}
    assert page.selected_ids() == chosen and len(page.messages.rows) == rows_before  # updated in place
    rows = audit(db, "resend_message")
    assert [r[0] for r in rows] == one + sorted(chosen)
    assert {r[1:] for r in rows} == {("ADMIN", "retry after broker fix")}
    assert page.count_labels["NEW"].text() != "New 3"
    assert ids  # seeded


def test_resend_matching_shows_the_count_from_the_same_filter(qtbot, loop, both_db, clock, settings, now) -> None:  # type: ignore[no-untyped-def]
    db = both_db
    ids = seed_outbox(db)
    page = page_for(OutboxPage, make_api(db, clock, settings, "ADMIN"), qtbot)
    run(loop, page.refresh())
    page.status.setCurrentIndex(page.status.findData(int(MessageStatus.ERROR)))
    settle(loop, lambda: len(page.messages.rows) == 3)
    asked: list[tuple[str, bool]] = []
    page.ask = lambda parent, title, text, required: asked.append((text, required)) or None  # cancel
    assert run(loop, page.resend_matching_flow()) == -1
    assert asked == [("3 message(s) match (status = ERROR) and will be sent again.", True)]
    assert audit(db, "resend_message") == []
    page.ask = lambda parent, title, text, required: "broker outage 14:00"
    assert run(loop, page.resend_matching_flow()) == 3
    assert {status_of(db, m) for m in ids["ERROR"]} == {MessageStatus.NEW}
    assert {status_of(db, m) for m in ids["ARRIVED"]} == {MessageStatus.ARRIVED}
    assert audit(db, "resend_message") == [("matching", "ADMIN", "broker outage 14:00")]
    assert page.messages.rows == []  # the ERROR filter matches nothing now
    assert page.count_labels["ERROR"].text() == "Error 0"


def test_unfiltered_resend_matching_is_refused_before_asking(qtbot, loop, db, clock, settings, now,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    seed_outbox(db)
    page = page_for(OutboxPage, make_api(db, clock, settings, "ADMIN"), qtbot)
    run(loop, page.refresh())
    told: list[str] = []
    monkeypatch.setattr("console.views.pages.outbox.QMessageBox.information", lambda p, t, text: told.append(text))
    page.ask = lambda *a: pytest.fail("must not ask")
    assert run(loop, page.resend_matching_flow()) == -1
    assert told and "whole history" in told[0]


def test_admin_requeues_a_dead_letter(qtbot, loop, db, clock, settings, now) -> None:  # type: ignore[no-untyped-def]
    seed_outbox(db)
    page = page_for(OutboxPage, make_api(db, clock, settings, "ADMIN"), qtbot)
    run(loop, page.refresh())
    first = page.dead.rows[0]
    page.dead_table.selectRow(0)
    page.ask = lambda parent, title, text, required: ""
    page.on_requeue()
    settle(loop, lambda: len(page.dead.rows) == 1)
    assert page.dead_label.text() == "Dead letters: 1"
    assert audit(db, "requeue_dead") == [(str(first.id), "ADMIN", None)]
    assert any(r.routing_key == first.queue and r.status == "NEW" for r in page.messages.rows)


@pytest.mark.parametrize("role", ["MERCHANT", "SUPPORT"])
def test_other_roles_are_refused_by_the_service(qtbot, loop, sqlite_db, clock, settings, now, role,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    db = sqlite_db
    ids = seed_outbox(db)
    api = make_api(db, clock, settings, role)
    page = page_for(OutboxPage, api, qtbot)
    assert not page.resend_button.isEnabled() and not page.requeue_button.isEnabled()
    run(loop, page._refresh_and_report())
    assert "may not view outbox" in page.last_error
    warned: list[str] = []
    monkeypatch.setattr("console.views.pages.outbox.QMessageBox.warning", lambda p, t, text: warned.append(text))
    assert run(loop, page.resend([ids["ERROR"][0]])) == -1
    page.status.setCurrentIndex(page.status.findData(int(MessageStatus.ERROR)))
    assert run(loop, page.resend_matching_flow()) == -1
    assert run(loop, page.requeue(1)) is False
    assert len(warned) == 3 and all("may not" in w for w in warned)
    for call in (lambda: api.resend_messages([ids["ERROR"][0]]),
                 lambda: api.resend_matching(MessageFilter(status=MessageStatus.ERROR), 3, "x"),
                 lambda: api.requeue_dead_letter(1)):
        with pytest.raises(errors.Forbidden):
            call()
    assert status_of(db, ids["ERROR"][0]) == MessageStatus.ERROR
    assert audit(db, "resend_message") == [] and audit(db, "requeue_dead") == []


def test_relay_activity_reloads_a_visible_page_coalesced(qtbot, loop, sqlite_db, clock, settings, now) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    seed_outbox(db)
    bridge = Bridge()
    page = page_for(OutboxPage, make_api(db, clock, settings, "ADMIN"), qtbot, bridge)
    bridge.changed.connect(page.on_change)
    run(loop, page._refresh_and_report())  # as the main window does: marks the page loaded
    reloads: list[int] = []
    page.messages.loaded.connect(lambda: reloads.append(1))
    with db.transaction() as s:
        s.execute(MqMessage.__table__.update().values(message_status=int(MessageStatus.ARRIVED)))
    for _ in range(20):  # a burst of relay progress ...
        bridge.on_change("worker", "relay")
    settle(loop, lambda: page.count_labels["ARRIVED"].text() == "Arrived 12")
    assert len(reloads) == 1  # ... is one reload
