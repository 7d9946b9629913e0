"""Orders page under pytest-qt against a real database: SQL filters, sort, async paging, in-place
updates that keep the selection, role-checked actions (refused by the service), export, model test."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from console.app import RESOURCES
from console.services.context import ServiceContext
from console.services.models import Order
from console.services.queries import EXPORT_COLUMNS
from console.services.rows import OperatorIdentity
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.orders_model import COL_AMOUNT, COL_STATUS, OrdersModel
from console.views.pages import orders as orders_page
from console.views.pages.orders import OrdersPage
from tests.orders_seed import seed_orders
from tests.qt_async import aloop  # noqa: F401 - fixture
from tests.xlsx_reader import read_xlsx

pytestmark = pytest.mark.usefixtures("aloop")


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from console.views import settings_store

    monkeypatch.setattr(settings_store, "PATH_OVERRIDE", str(tmp_path / "ui.ini"))


def _ctx(db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    seed_orders(db, 45)
    return ServiceContext(db=db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite_db", "pg_db"])
def both_ctx(request, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    """Paging, filters and sort run on both backends; the rest of the page on SQLite (kept fast)."""
    return _ctx(request.getfixturevalue(request.param), clock, settings)


@pytest.fixture
def ctx(sqlite_db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    return _ctx(sqlite_db, clock, settings)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(orders_page.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def make_page(qtbot, ctx: ServiceContext, role: str, page_size: int = 10) -> OrdersPage:  # type: ignore[no-untyped-def]
    api = ConsoleApi(ctx, {})
    api.identity = OperatorIdentity(1, role.lower(), role)
    page = OrdersPage(api, Bridge())
    page.model.page_size = page_size
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.start_refresh()
    return page


def test_the_amount_is_in_view_beside_the_detail(qtbot, sqlite_db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    """At the window's default width (the page at its least width) the list shows every column up to
    the amount whole, with the demo's long order numbers; the detail keeps its least width and shows
    times unbroken, one table row per line of text."""
    ctx = _ctx(sqlite_db, clock, settings)
    with sqlite_db.transaction() as s:  # order numbers as long as the real ones (SN + 22 digits)
        s.execute(update(Order).values(order_sn=Order.order_sn + "2026120201444775194"))
    api = ConsoleApi(ctx, {})
    api.identity = OperatorIdentity(1, "merchant", "MERCHANT")
    page = OrdersPage(api, Bridge())
    page.setStyleSheet(RESOURCES.joinpath("style.qss").read_text(encoding="utf-8"))  # its paddings, as shown
    qtbot.addWidget(page)
    page.resize(page.minimumSizeHint().width(), 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.start_refresh()
    header = page.table.horizontalHeader()
    assert header.sectionPosition(COL_AMOUNT) + header.sectionSize(COL_AMOUNT) <= page.table.viewport().width()
    assert page.split.sizes()[1] >= orders_page.DETAIL_MIN_WIDTH
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    html = orders_page.render_detail(page.detail)
    # The status after the number wraps as one piece: no breakable space, word joiners around CJK.
    assert orders_page._unbroken("· 已付款") == "·\u2060\u00a0\u2060已\u2060付\u2060款"
    at = page.detail.timeline[0].at
    assert f"white-space:nowrap' valign=top>{at:%Y-%m-%d}<br>{at:%H:%M:%S}</td>" in html
    # A wide window keeps the list as wide as the split gives it: every column shows, the amount too.
    wide = OrdersPage(api, Bridge())
    wide.setStyleSheet(page.styleSheet())
    qtbot.addWidget(wide)
    wide.resize(1900, 700)
    wide.show()
    with qtbot.waitSignal(wide.loaded, timeout=10000):
        wide.start_refresh()
    head = wide.table.horizontalHeader()
    assert head.length() <= wide.table.viewport().width() and wide.split.sizes()[0] > wide.split.sizes()[1]


def sns(page: OrdersPage) -> list[str]:
    return [r.order_sn for r in page.model.rows]


def test_first_page_then_more_as_the_user_scrolls(qtbot, both_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, both_ctx, "MERCHANT")
    assert sns(page)[:3] == ["SN000044", "SN000043", "SN000042"] and len(sns(page)) == 10
    assert page.model.canFetchMore()
    page.table.scrollToBottom()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: len(page.model.rows) >= 20, timeout=5000)
    while page.model.has_more:
        n = len(page.model.rows)
        page.model.fetchMore()
        qtbot.waitUntil(lambda n=n: len(page.model.rows) > n, timeout=5000)
    assert len(set(sns(page))) == 45
    qtmodeltester.check(page.model)


def test_filters_run_in_sql(qtbot, both_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, both_ctx, "MERCHANT", page_size=100)
    page.status.setCurrentIndex(page.status.findData("PAID"))
    qtbot.waitUntil(lambda: sns(page) and all(r.status == "PAID" for r in page.model.rows), timeout=5000)
    assert len(sns(page)) == 9
    page.status.setCurrentIndex(0)
    page.search.setText("2026TN000006")
    page.apply_filters()
    qtbot.waitUntil(lambda: sns(page) == ["SN000006"], timeout=5000)
    page.search.setText("")
    page.amount_min.setText("50")
    page.amount_max.setText("52.00")
    page.warehouse.setCurrentIndex(page.warehouse.findData(1))
    page.apply_filters()
    qtbot.waitUntil(lambda: sns(page) == ["SN000042", "SN000040"], timeout=5000)
    page.amount_min.setText("abc")
    page.apply_filters()
    assert "Not an amount" in page.last_error


def test_header_sort_is_done_in_sql(qtbot, both_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, both_ctx, "MERCHANT")
    page.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: sns(page)[:2] == ["SN000000", "SN000001"], timeout=5000)
    page.table.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.rows[0].status == "SHIPPED", timeout=5000)


def test_ship_updates_the_row_in_place_and_keeps_the_selection(qtbot, ctx, warnings) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "MERCHANT")
    row = sns(page).index("SN000041")  # 41 % 5 == 1: PAID
    page.select_row(row)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.order.order_sn == "SN000041", timeout=5000)
    assert page.action_buttons["ship"].isEnabled()
    assert not page.action_buttons["modify_order"].isEnabled()
    assert "PAID" in page.action_buttons["modify_order"].toolTip()
    page.ask = lambda _p, action, _d: {"carrier": "SF Express", "tracking_no": "SF1"}
    with qtbot.assertNotEmitted(page.model.modelReset):
        page.action_buttons["ship"].click()
        qtbot.waitUntil(lambda: page.model.rows[row].status == "SHIPPED", timeout=5000)
    assert page.table.currentIndex().row() == row and warnings == []
    qtbot.waitUntil(lambda: "SF Express SF1" in page.detail_view.toPlainText(), timeout=5000)
    assert "ship" in page.detail_view.toPlainText()  # the audit row is on the timeline
    # F5-style refresh with the same filter keeps rows and selection.
    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.loaded, timeout=5000):
        page.start_refresh()
    assert page.table.currentIndex().row() == row


def test_another_roles_action_is_refused_by_the_service(qtbot, ctx, warnings) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "SUPPORT")
    row = page.model.rows[sns(page).index("SN000041")]
    page.select_row(sns(page).index("SN000041"))
    qtbot.waitUntil(lambda: "ship" in page.action_buttons, timeout=5000)
    assert not page.action_buttons["ship"].isEnabled()
    assert "SUPPORT" in page.action_buttons["ship"].toolTip()
    # Even if the button were clicked (or the view wrong), the service says no.
    done = orders_page.spawn(page.perform("ship", row, {"carrier": "SF", "tracking_no": "X1"}))
    qtbot.waitUntil(done.done, timeout=5000)
    assert done.result() is False and "may not ship" in warnings[0]
    assert page.model.rows[sns(page).index("SN000041")].status == "PAID"


def test_note_and_modify_from_the_page(qtbot, ctx, warnings) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "MERCHANT")
    i = sns(page).index("SN000040")  # PENDING_PAYMENT
    page.select_row(i)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.order.order_sn == "SN000040", timeout=5000)
    answers = {"internal_note": {"text": "called the buyer"},
               "modify_order": {"reason": "discount", "adjust_by": "-1.00", "address": None, "note": None}}
    page.ask = lambda _p, action, _d: answers[action]
    page.action_buttons["internal_note"].click()
    qtbot.waitUntil(lambda: "called the buyer" in page.detail_view.toPlainText(), timeout=5000)
    page.action_buttons["modify_order"].click()
    qtbot.waitUntil(lambda: str(page.model.rows[i].pay_amount) == "49.00", timeout=5000)
    assert page.model.rows[i].version == 1 and warnings == []


def test_export_csv_of_the_filtered_list(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "MERCHANT")
    page.status.setCurrentIndex(page.status.findData("SHIPPED"))
    qtbot.waitUntil(lambda: sns(page) and all(r.status == "SHIPPED" for r in page.model.rows), timeout=5000)
    done = orders_page.spawn(page.export(str(tmp_path / "o.csv")))
    qtbot.waitUntil(done.done, timeout=5000)
    assert done.result() == 9
    with open(tmp_path / "o.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["status"] for r in rows} == {"SHIPPED"} and len(rows) == 9


def test_export_xlsx_of_the_filtered_list_from_the_dialog(qtbot, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "MERCHANT")
    page.status.setCurrentIndex(page.status.findData("SHIPPED"))
    qtbot.waitUntil(lambda: sns(page) and all(r.status == "SHIPPED" for r in page.model.rows), timeout=5000)
    page.model.fetchMore()
    qtbot.waitUntil(lambda: not page.model.has_more, timeout=5000)
    offered = []

    def save_as(_parent, _title, name, filters, selected):  # type: ignore[no-untyped-def]
        offered.append((name, filters.split(";;"), selected))
        return str(tmp_path / "shipped"), "Excel (*.xlsx)"  # no extension typed: the filter decides

    monkeypatch.setattr(orders_page.QFileDialog, "getSaveFileName", save_as)
    page.export_button.click()
    assert offered == [("orders.csv", ["CSV (*.csv)", "Excel (*.xlsx)"], "CSV (*.csv)")]
    qtbot.waitUntil(lambda: "shipped.xlsx" in page.count_label.text() and page.export_button.isEnabled(),
                    timeout=5000)
    sheet = read_xlsx(tmp_path / "shipped.xlsx")
    assert [c.text for c in sheet.rows[0] if c] == list(EXPORT_COLUMNS)
    body = [dict(zip(EXPORT_COLUMNS, row, strict=False)) for row in sheet.rows[1:]]
    assert [r["order_sn"].text for r in body] == sns(page) and len(body) == 9  # the page's rows, its order
    assert {r["status"].text for r in body} == {"SHIPPED"}
    assert [Decimal(r["pay_amount"].text) for r in body] == [r.pay_amount for r in page.model.rows]
    assert all(r["order_sn"].kind == "s" and r["pay_amount"].kind == "n" for r in body)
    # The next dialog starts from the format used last.
    page.export_button.click()
    assert offered[1][0] == "orders.xlsx" and offered[1][2] == "Excel (*.xlsx)"
    qtbot.waitUntil(page.export_button.isEnabled, timeout=5000)


def test_export_to_an_unwritable_path_says_so_for_csv_and_xlsx(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "MERCHANT")
    shown = []
    for name, fmt in (("o.csv", "csv"), ("o.xlsx", "xlsx")):
        done = orders_page.spawn(page.export(str(tmp_path / "missing" / name), fmt))
        qtbot.waitUntil(done.done, timeout=5000)
        assert done.result() == -1 and page.banner.isVisibleTo(page) and page.export_button.isEnabled()
        shown.append(page.banner_text.text().replace(name, "NAME"))
    assert shown[0] == shown[1]
    assert shown[0].startswith("Could not export: [Errno 2] No such file or directory")
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(("typed", "chosen", "expected"), [
    ("/x/orders.xlsx", "csv", ("/x/orders.xlsx", "xlsx")),  # the name says what the file is
    ("/x/orders.CSV", "xlsx", ("/x/orders.CSV", "csv")),
    ("/x/orders", "xlsx", ("/x/orders.xlsx", "xlsx")),
    ("/x/orders.2026", "csv", ("/x/orders.2026.csv", "csv")),
])
def test_export_target_picks_the_writer(typed: str, chosen: str, expected: tuple[str, str]) -> None:
    assert orders_page.export_target(typed, chosen) == expected


def test_keyboard_moves_between_rows(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, "MERCHANT")
    assert page.table.currentIndex().row() == 0  # the first order is opened on load
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.order.order_sn == sns(page)[1], timeout=5000)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_model_alone_passes_the_model_tester(qtbot, ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    api = ConsoleApi(ctx, {})
    api.identity = OperatorIdentity(1, "m", "MERCHANT")
    model = OrdersModel(api.list_orders, page_size=5)
    qtmodeltester.check(model)  # empty
    done = orders_page.spawn(model.reload())
    qtbot.waitUntil(done.done, timeout=5000)
    qtmodeltester.check(model)


def test_column_widths_and_sort_are_remembered(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from console.views.settings_store import ui_settings

    page = make_page(qtbot, ctx, "MERCHANT")
    page.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: sns(page)[:1] == ["SN000000"], timeout=5000)
    page.table.setColumnWidth(COL_STATUS, 222)
    page.save_state(ui_settings())
    again = make_page(qtbot, ctx, "MERCHANT")
    assert again.table.columnWidth(COL_STATUS) == 222
    assert again.model.sort_spec.key == "pay_amount" and not again.model.sort_spec.descending
    assert sns(again)[:1] == ["SN000000"]


def test_unreachable_database_shows_a_message_and_retry(qtbot, clock, settings) -> None:  # type: ignore[no-untyped-def]
    import socket

    from console.adapters.database import make_database

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = make_database(f"postgresql://postgres@127.0.0.1:{port}/nowhere")
    ctx = ServiceContext(db=db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]
    try:
        page = make_page(qtbot, ctx, "MERCHANT")
        assert page.banner.isVisible() and "Could not load" in page.banner_text.text()
        assert "refused" in page.last_error.lower() or "connect" in page.last_error.lower()
        retry = next(b for b in page.banner.findChildren(orders_page.QPushButton) if b.text() == "Retry")
        with qtbot.waitSignal(page.loaded, timeout=10000):
            retry.click()
        assert page.banner.isVisible()
    finally:
        db.dispose()
