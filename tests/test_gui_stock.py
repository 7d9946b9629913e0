"""Stock page (pytest-qt, real databases): list, SQL filters and sort, work orders, drift check, repair."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.services import errors, invariants
from console.services.models import AuditLog
from console.services.stock_admin import StockFilter, WorkOrderFilter
from console.views.pages.stock import StockPage, drift_summary
from console.views.stock_model import STOCK_SORT_COLUMN, stock_model, work_orders_model
from tests.admin_gui import make_api, page_for, qt_loop, run, settle
from tests.admin_seed import T0, seed_drift, seed_stock

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              # The offscreen platform says this on every show(); it is not about our widgets.
              pytest.mark.qt_log_ignore("propagateSizeHints")]


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


def repairs(db) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return [(a.object_id, a.role, a.reason or "") for a in s.scalars(
            select(AuditLog).where(AuditLog.action == "repair_stock").order_by(AuditLog.id))]


def test_models_pass_qt_model_tester(qtmodeltester, sqlite_db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    seed_stock(sqlite_db)
    api = make_api(sqlite_db, clock, settings, "ADMIN")
    m = stock_model()
    m.set_rows(api.list_stock(StockFilter(), "sku_code", False))
    qtmodeltester.check(m)
    t = work_orders_model(api.list_work_orders)
    t.set_rows(api.list_work_orders(WorkOrderFilter(), None, 100).rows)
    qtmodeltester.check(t)


def test_page_lists_filters_and_sorts(qtbot, loop, db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    w = seed_stock(db, n_orders=7)
    page = page_for(StockPage, make_api(db, clock, settings, "MERCHANT"), qtbot)
    page.tasks.page_size = 3
    first: list[tuple[list[str], bool]] = []  # the first page as it lands: the view may ask for more at once
    page.tasks.loaded.connect(lambda: first or first.append(([r.order_sn for r in page.tasks.rows],
                                                             page.tasks.has_more)))
    run(loop, page.refresh())
    assert len(page.stock.rows) == 6 and page.warehouse.count() == 3
    assert first == [(["ST00006", "ST00005", "ST00004"], True)]
    page.tasks.fetchMore()  # the view may already have asked for it: either way one more page comes
    settle(loop, lambda: len(page.tasks.rows) >= 6)
    # Filter by name and by warehouse: the service does it in SQL.
    page.search.setText("cup")
    page.apply_filters()
    settle(loop, lambda: {r.sku_code for r in page.stock.rows} == {"CUP-01"})
    page.search.setText("")
    page.warehouse.setCurrentIndex(page.warehouse.findData(w.wares["SH"]))
    settle(loop, lambda: {r.ware_code for r in page.stock.rows} == {"SH"} and len(page.stock.rows) == 3)
    # Sorting by a header asks the service for the SQL order; the selected row stays selected.
    page.stock_table.selectRow(0)
    chosen = page.stock.rows[0].id
    page.stock_table.sortByColumn(STOCK_SORT_COLUMN["available"], Qt.SortOrder.DescendingOrder)
    settle(loop, lambda: page.stock_sort == ("available", True))
    settle(loop, lambda: [r.available for r in page.stock.rows] ==
           sorted((r.available for r in page.stock.rows), reverse=True))
    assert page.stock.rows[page.stock_table.currentIndex().row()].id == chosen
    # Selecting a work order shows its lines.
    page.select_task(0)
    assert "TEA-250" in page.info.toPlainText() and "Work order" in page.info.toPlainText()
    # A refresh with the same rows updates in place: the selection stays.
    run(loop, page.refresh())
    assert page.selected_task() is not None and page.selected_task().order_sn == "ST00006"
    assert not page.repair_button.isEnabled()


def test_drift_check_and_admin_repair_through_the_page(qtbot, loop, both_db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    db = both_db
    w = seed_drift(db, seed_stock(db), now=T0)
    clock.set(T0)
    page = page_for(StockPage, make_api(db, clock, settings, "ADMIN"), qtbot)
    run(loop, page.refresh())
    report = run(loop, page.check_drift())
    assert report is not None and not report.clean
    text = page.info.toPlainText()
    assert "POT-9@BJ" in text and "DRIFT-CANCEL" in text and "DRIFT-GHOST" in text
    assert "sum of Locked lines" in text and "LOCKED" not in text  # the lock status' label, not its code
    assert "LOCKED" not in drift_summary(report)
    assert page.repair_button.isEnabled()
    asked: list[object] = []
    page.ask_reason = lambda parent, rep: asked.append(rep) or None  # the admin cancels
    page.on_repair()
    assert asked and repairs(db) == []
    page.ask_reason = lambda parent, rep: "counted the shelves"
    page.on_repair()
    settle(loop, lambda: page.report is not None and page.report.clean)
    assert "Repaired: 1 counter(s) set, 2 work order(s) released (7 units)" in page.info.toPlainText()
    assert not page.repair_button.isEnabled()
    assert not [v for v in invariants.check(db) if v.kind.startswith(("STOCK", "CANCELLED"))]
    assert [r[0] for r in repairs(db)] == ["POT-9@BJ", "DRIFT-CANCEL", "DRIFT-GHOST"]
    assert {r[1:] for r in repairs(db)} == {("ADMIN", "counted the shelves")}
    with db.reading() as s:
        before = s.scalar(select(AuditLog.before).where(AuditLog.object_id == "POT-9@BJ"))
    assert json.loads(before or "") == {"stock_locked": 5}
    assert w  # the seeded drift labels were used above


def test_merchant_sees_drift_but_the_service_refuses_the_repair(qtbot, loop, db, clock, settings,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    seed_drift(db, seed_stock(db), now=T0)
    clock.set(T0)
    api = make_api(db, clock, settings, "MERCHANT")
    page = page_for(StockPage, api, qtbot)
    run(loop, page.refresh())
    assert run(loop, page.check_drift()) is not None
    assert not page.repair_button.isEnabled()  # hidden as a courtesy ...
    with pytest.raises(errors.Forbidden):  # ... refused by the service all the same
        api.repair_stock_drift("I am allowed, honestly")
    warned: list[str] = []
    monkeypatch.setattr("console.views.pages.stock.QMessageBox.warning",
                        lambda parent, title, text: warned.append(text))
    assert run(loop, page.repair("sneaky")) is False
    assert warned and "may not repair stock" in warned[0]
    assert repairs(db) == []
    # A support agent cannot even load the page's data.
    support = page_for(StockPage, make_api(db, clock, settings, "SUPPORT"), qtbot)
    run(loop, support._refresh_and_report())
    assert "may not view stock" in support.last_error
