# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Payments page (pytest-qt, real databases, the loopback Alipay sandbox): attempts with status filter and
search, the notify inbox with its raw-body viewer, and Replay notify (ADMIN only, refused by the service
for other roles, audited)."""

from __future__ import annotations

import urllib.request

import pytest
from PySide6.QtGui import QFontDatabase
from sqlalchemy import func, select

from console.adapters.alipay_sandbox import Sandbox
from console.services import errors, notify, payments, payments_admin
from console.services.models import AuditLog, PaymentNotify
from console.services.payments_admin import AttemptFilter, NotifyFilter
from console.views.api import ConsoleApi
from console.views.pages.payments import PaymentsPage
from console.views.payments_model import attempts_model, notifies_model, raw_body_text
from tests.admin_gui import page_for, qt_loop, run, settle
from tests.admin_seed import ROLES
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys, seed_order

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def loop(qapp):  # type: ignore[no-untyped-def]
    with qt_loop(qapp) as lp:
        yield lp


def api_for(db, clock, tmp_path, sb: Sandbox, role: str) -> ConsoleApi:  # type: ignore[no-untyped-def]
    api = ConsoleApi(make_ctx(db, clock, tmp_path, sb))
    api.identity = ROLES[role]
    return api


def seed_payments(api: ConsoleApi, sb: Sandbox) -> dict[str, str]:
    """One paid attempt (a good notify), one still waiting, one notify with a forged signature."""
    ctx = api.ctx
    paid = seed_order(ctx, (("W1", 1, "12.50"),))
    start = payments.start_payment(ctx, paid.order_sn)
    with urllib.request.urlopen(start.url, timeout=5):
        pass
    sb.pay(start.out_trade_no)
    params = sb.notify_params(sb.trades[start.out_trade_no], "TRADE_SUCCESS")
    assert notify.handle_notify(ctx, form(params), FORM) == "success"
    forged = dict(params, notify_id="FORGED-1", total_amount="0.01")
    assert notify.handle_notify(ctx, form(forged), FORM) == "failure"
    waiting = seed_order(ctx, (("W1", 2, "3.00"),))
    w = payments.start_payment(ctx, waiting.order_sn)
    return {"paid": start.out_trade_no, "paid_sn": paid.order_sn, "waiting": w.out_trade_no,
            "notify_id": params["notify_id"], "trade_no": sb.trades[start.out_trade_no].trade_no or ""}


def audit_rows(db, action: str) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return [(a.object_id, a.role, a.reason, a.after) for a in s.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))]


def inbox_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(PaymentNotify)) or 0)


def test_models_pass_qt_model_tester(qtmodeltester, sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "ADMIN")
    seed_payments(api, sandbox)
    a = attempts_model(api.payment_attempts)
    a.set_rows(api.payment_attempts(AttemptFilter(), None, 50).rows)
    assert len(a.rows) == 2
    qtmodeltester.check(a)
    n = notifies_model(api.payment_notifies)
    n.set_rows(api.payment_notifies(NotifyFilter(), None, 50).rows)
    assert len(n.rows) == 2
    qtmodeltester.check(n)


def test_keyset_pages_do_not_repeat_or_skip(sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "SUPPORT")  # support may look
    for _ in range(5):
        payments.start_payment(api.ctx, seed_order(api.ctx).order_sn)
    first = api.payment_attempts(AttemptFilter(), None, 2)
    second = api.payment_attempts(AttemptFilter(), first.next_key, 2)
    third = api.payment_attempts(AttemptFilter(), second.next_key, 2)
    ids = [r.id for r in first.rows + second.rows + third.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 5 and third.next_key is None
    with pytest.raises(errors.InvalidInput):
        AttemptFilter(status="PAID_MAYBE")


def test_page_lists_filters_and_shows_the_raw_body(qtbot, loop, sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "MERCHANT")
    names = seed_payments(api, sandbox)
    page = page_for(PaymentsPage, api, qtbot)
    run(loop, page.refresh())
    assert page.last_error == ""
    assert [r.out_trade_no for r in page.attempts.rows] == [names["waiting"], names["paid"]]
    paid = page.attempts.rows[1]
    assert paid.payment_status == "TRADE_SUCCESS" and paid.trade_no and paid.paid_at is not None
    assert page.attempts.data(page.attempts.index(1, 3)) == "12.50"
    assert "2 payment attempts shown" in page.status_line.text()
    page.status.setCurrentIndex(page.status.findData("WAIT_BUYER_PAY"))
    settle(loop, lambda: [r.out_trade_no for r in page.attempts.rows] == [names["waiting"]])
    page.status.setCurrentIndex(0)
    page.search.setText(names["trade_no"])  # the Alipay trade number finds the attempt too
    page.apply_attempt_filter()
    settle(loop, lambda: [r.out_trade_no for r in page.attempts.rows] == [names["paid"]])
    page.search.setText(names["paid_sn"])
    page.apply_attempt_filter()
    settle(loop, lambda: [r.order_sn for r in page.attempts.rows] == [names["paid_sn"]])

    page.tabs.setCurrentIndex(1)
    assert [(r.outcome, r.signature_ok) for r in page.notifies.rows] == [("BAD_SIGNATURE", False), ("PAID", True)]
    assert page.notifies.data(page.notifies.index(0, 4)) == "INVALID"
    page.select_notify(1)
    settle(loop, lambda: "Form fields:" in page.raw_view.toPlainText())
    text = page.raw_view.toPlainText()
    assert "out_trade_no" in text and names["paid"] in text and "trade_status" in text
    field_lines = [ln for ln in text.splitlines() if ln.startswith("  ") and " = " in ln]
    assert any(ln.split(" = ")[0].strip() == "notify_id" and ln.endswith(names["notify_id"]) for ln in field_lines)
    assert page.raw_view.font().family() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    page.outcome.setCurrentIndex(page.outcome.findData("BAD_SIGNATURE"))
    settle(loop, lambda: [r.notify_id for r in page.notifies.rows] == ["FORGED-1"])
    assert not page.replay_button.isEnabled()  # merchants see the inbox, may not replay


def test_admin_replays_a_notify_audited(qtbot, loop, sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "ADMIN")
    names = seed_payments(api, sandbox)
    page = page_for(PaymentsPage, api, qtbot)
    run(loop, page.refresh())
    page.tabs.setCurrentIndex(1)
    assert page.replay_button.isEnabled()
    asked: list[str] = []
    page.ask = lambda parent, title, text, required: asked.append(text) or "notify lost in our proxy"
    good = page.notifies.row_of(next(r.id for r in page.notifies.rows if r.outcome == "PAID"))
    page.select_notify(good)
    page.on_replay()
    settle(loop, lambda: page.status_line.text().startswith("Replay answered"))
    assert names["notify_id"] in asked[0] and "(Paid)" in asked[0]  # the outcome PAID as its label
    # The outcome is its label; the service's detail after it keeps its codes (support greps logs for them).
    assert page.status_line.text() == 'Replay answered "success": Duplicate — attempt already TRADE_SUCCESS'
    assert page.notifies.rows[0].source == "REPLAY" and page.notifies.rows[0].outcome == "DUPLICATE"
    rows = audit_rows(sqlite_db, "replay_notify")
    assert len(rows) == 1 and rows[0][1:3] == ("ADMIN", "notify lost in our proxy")
    assert '"reply": "success"' in (rows[0][3] or "")
    # Cancelling the confirmation replays nothing.
    page.ask = lambda *a: None
    page.on_replay()
    assert inbox_count(sqlite_db) == 3 and len(audit_rows(sqlite_db, "replay_notify")) == 1


@pytest.mark.parametrize("role", ["MERCHANT", "SUPPORT"])
def test_other_roles_are_refused_by_the_service(role, pg_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    admin = api_for(pg_db, clock, tmp_path, sandbox, "ADMIN")
    seed_payments(admin, sandbox)
    target = admin.payment_notifies(NotifyFilter(outcome="PAID"), None, 5).rows[0].id
    api = api_for(pg_db, clock, tmp_path, sandbox, role)
    with pytest.raises(errors.Forbidden):
        api.replay_notify(target, "trying")
    with pytest.raises(errors.Forbidden):
        payments_admin.replay(api.ctx, ROLES[role], target)
    assert inbox_count(pg_db) == 2 and audit_rows(pg_db, "replay_notify") == []
    assert admin.replay_notify(target).reply == "success"  # the admin may, on PostgreSQL too
    assert inbox_count(pg_db) == 3 and len(audit_rows(pg_db, "replay_notify")) == 1


def test_raw_body_viewer_copes_with_a_body_that_is_not_a_form(sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "ADMIN")
    notify.handle_notify(api.ctx, b"<xml>not a form</xml>", "text/xml")
    row = api.payment_notifies(NotifyFilter(), None, 5).rows[0]
    text = raw_body_text(api.notify_detail(row.id))
    assert "(the body is not a form)" in text and text.endswith("<xml>not a form</xml>")
    assert "outcome BAD_REQUEST" in text
