# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Reconciliation page (pytest-qt, real databases, the loopback Alipay sandbox and its bill): run a day off
the GUI thread, runs and exceptions lists, open/all filter, resolve per role (the service refuses
SUPPORT), audit rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import urllib.request

import pytest
from sqlalchemy import select

from console.adapters.alipay_sandbox import Sandbox
from console.services import errors, notify, payments, payments_admin
from console.services.models import AuditLog, Order, ReconRun
from console.services.payments_admin import ExceptionFilter
from console.views.api import ConsoleApi
from console.views.pages.reconciliation import ReconciliationPage, run_text
from console.views.recon_model import exceptions_model, runs_model
from tests.admin_gui import page_for, qt_loop, run, settle
from tests.admin_seed import ROLES
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys, seed_order

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]
DAY = dt.date(2026, 1, 1)  # the FakeClock starts at 2026-01-01 16:00 Beijing


@pytest.fixture
def loop(qapp):  # type: ignore[no-untyped-def]
    with qt_loop(qapp) as lp:
        yield lp


def api_for(db, clock, tmp_path, sb: Sandbox, role: str) -> ConsoleApi:  # type: ignore[no-untyped-def]
    api = ConsoleApi(make_ctx(db, clock, tmp_path, sb))
    api.identity = ROLES[role]
    return api


def _opened(api: ConsoleApi, amount: str) -> tuple[str, str]:
    seeded = seed_order(api.ctx, (("W1", 1, amount),))
    start = payments.start_payment(api.ctx, seeded.order_sn)
    with urllib.request.urlopen(start.url, timeout=5):
        pass
    return seeded.order_sn, start.out_trade_no


def seed_day(api: ConsoleApi, sb: Sandbox) -> dict[str, str]:
    """A matched payment, one paid at Alipay whose notify never came, one Alipay has and we never saw."""
    _, ok = _opened(api, "10.00")
    sb.pay(ok)
    params = sb.notify_params(sb.trades[ok], "TRADE_SUCCESS")
    assert notify.handle_notify(api.ctx, form(params), "application/x-www-form-urlencoded") == "success"
    sn, silent = _opened(api, "7.00")
    sb.pay(silent)
    sb.open_cashier({"out_trade_no": "STRANGER-1", "total_amount": "5.00", "subject": "?"}, "", "")
    sb.pay("STRANGER-1")
    return {"ok": ok, "silent": silent, "silent_sn": sn}


def audit_rows(db, action: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return [(a.object_id, a.role, a.reason) for a in s.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))]


def test_models_pass_qt_model_tester(qtmodeltester, sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "ADMIN")
    seed_day(api, sandbox)
    clock.advance(86400)
    run_row = api.run_reconciliation(DAY)
    assert run_text(run_row) == f"Run #{run_row.id} for 2026-01-01: 1 matched, 2 exception(s)."
    # A run that did not finish says its status as a label, and why when it is known.
    failed = dataclasses.replace(run_row, status="FAILED", detail="bill not ready")
    assert run_text(failed) == f"Run #{run_row.id} for 2026-01-01: Failed — bill not ready"
    assert run_text(dataclasses.replace(failed, detail="")) == f"Run #{run_row.id} for 2026-01-01: Failed"
    r = runs_model()
    r.set_rows(api.recon_runs())
    qtmodeltester.check(r)
    e = exceptions_model(api.recon_exceptions)
    e.set_rows(api.recon_exceptions(ExceptionFilter(open_only=False), None, 50).rows)
    assert len(e.rows) == 2
    qtmodeltester.check(e)


def test_run_resolve_and_filter_on_the_page(qtbot, loop, sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "MERCHANT")
    names = seed_day(api, sandbox)
    clock.advance(86400)  # the bill of DAY is ready the next morning
    page = page_for(ReconciliationPage, api, qtbot)
    assert page.bill_date() == DAY  # yesterday, Beijing time
    run(loop, page.refresh())
    assert page.runs.rows == [] and page.exceptions.rows == [] and page.run_button.isEnabled()
    hint = page.exc_empty.label  # the empty list says so, rather than a blank pane
    assert hint.isVisibleTo(page) and hint.text() == "No open exceptions."
    page.on_run()
    assert not page.run_button.isEnabled() and page.running  # disabled while the run is off the GUI thread
    settle(loop, lambda: not page.running and len(page.exceptions.rows) == 2)
    assert page.run_button.isEnabled() and not hint.isVisibleTo(page)
    assert page.run_result.text().endswith("1 matched, 2 exception(s).")
    assert [(r.bill_date, r.status, r.exceptions) for r in page.runs.rows] == [("2026-01-01", "DONE", 2)]
    kinds = {(r.kind, r.out_trade_no) for r in page.exceptions.rows}
    assert kinds == {("STATUS_MISMATCH", names["silent"]), ("ONLY_ALIPAY", "STRANGER-1")}
    assert audit_rows(sqlite_db, "run_reconciliation") == [(str(page.runs.rows[0].id), "MERCHANT", None)]

    silent = page.exceptions.row_of(next(r.id for r in page.exceptions.rows if r.out_trade_no == names["silent"]))
    page.ask_resolution = lambda parent, e: ("MARK_PAID", "bill shows it paid, notify lost")
    page.select_exception(silent)
    page.on_resolve()
    settle(loop, lambda: page.status_line.text().endswith("resolved: Marked paid."))  # the label, not MARK_PAID
    assert [r.out_trade_no for r in page.exceptions.rows] == ["STRANGER-1"]  # the open list lost it
    with sqlite_db.reading() as s:
        assert s.scalars(select(Order.status).where(Order.order_sn == names["silent_sn"])).one() == "PAID"
    rows = audit_rows(sqlite_db, "RECON_MARK_PAID")
    assert [r[1:] for r in rows] == [("MERCHANT", "bill shows it paid, notify lost")]
    page.show_filter.setCurrentIndex(page.show_filter.findData(False))
    settle(loop, lambda: len(page.exceptions.rows) == 2)
    done = next(r for r in page.exceptions.rows if r.resolution)
    assert page.exceptions.data(page.exceptions.index(page.exceptions.row_of(done.id), 7)) == \
        f"Marked paid by merchant ({done.resolved_at:%Y-%m-%d %H:%M:%S})"
    # Already resolved: the page says so and asks nothing.
    page.ask_resolution = lambda parent, e: pytest.fail("asked for a resolved exception")
    page.select_exception(page.exceptions.row_of(done.id))
    page.on_resolve()
    assert page.status_line.text() == "This exception is already resolved."


def test_a_bill_not_ready_yet_is_refused_and_nothing_written(qtbot, loop, sqlite_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    api = api_for(sqlite_db, clock, tmp_path, sandbox, "ADMIN")
    page = page_for(ReconciliationPage, api, qtbot)
    run(loop, page.refresh())
    assert run(loop, page.run(DAY)) is None  # today in Beijing: the bill comes tomorrow
    assert "not ready" in page.run_result.text() and page.run_button.isEnabled()
    with sqlite_db.reading() as s:
        assert s.scalars(select(ReconRun)).all() == []
    assert audit_rows(sqlite_db, "run_reconciliation") == []


def test_support_is_refused_by_the_service(qtbot, loop, pg_db, clock, tmp_path, sandbox) -> None:  # type: ignore[no-untyped-def]
    admin = api_for(pg_db, clock, tmp_path, sandbox, "ADMIN")
    seed_day(admin, sandbox)
    clock.advance(86400)
    support = api_for(pg_db, clock, tmp_path, sandbox, "SUPPORT")
    with pytest.raises(errors.Forbidden):
        support.run_reconciliation(DAY)
    with pytest.raises(errors.Forbidden):
        support.recon_runs()
    run_row = admin.run_reconciliation(DAY)
    exc = next(e for e in admin.recon_exceptions(ExceptionFilter(), None, 10).rows if e.out_trade_no == "STRANGER-1")
    with pytest.raises(errors.Forbidden):
        payments_admin.resolve(support.ctx, ROLES["SUPPORT"], exc.id, "ANNOTATE", "support may not")
    assert admin.recon_exceptions(ExceptionFilter(), None, 10).rows and audit_rows(pg_db, "RECON_ANNOTATE") == []
    # The page for support: buttons off (the service is the real guard, checked above).
    page = page_for(ReconciliationPage, admin, qtbot)
    page_s = page_for(ReconciliationPage, support, qtbot)
    assert page.run_button.isEnabled() and not page_s.run_button.isEnabled() and not page_s.resolve_button.isEnabled()
    row = admin.resolve_recon(exc.id, "ANNOTATE", "asked Alipay about it")
    assert row.resolution == "ANNOTATE" and row.resolved_by == "admin"
    assert [r[1:] for r in audit_rows(pg_db, "RECON_ANNOTATE")] == [("ADMIN", "asked Alipay about it")]
    assert audit_rows(pg_db, "run_reconciliation") == [(str(run_row.id), "ADMIN", None)]
