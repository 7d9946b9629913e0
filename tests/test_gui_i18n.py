"""zh_CN across the whole console: every page opened offscreen with the Chinese translator, and no
visible label, button, tab, header, placeholder, combo item, nav entry or table cell left in English
(table cells show a stored code's label, never the code). Also the language box: the choice applies
at once (the window rebuilds its texts, en -> zh_CN -> en), is stored and wins over the LANGUAGE
setting on the next start."""

from __future__ import annotations

import datetime as dt
import enum
import importlib.util
import logging
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from sqlalchemy import update

from console.app import install_translator
from console.services import aftersales, payments_admin, reconciliation, states
from console.services.context import ServiceContext
from console.services.models import AfterSale, PaymentNotify, ReconException, ReconRun, WareOrderTask
from console.services.rows import OperatorIdentity
from console.services.uow import Database
from console.views import language
from console.views.aftersales_model import DISPUTE_HEADERS, AfterSalesModel
from console.views.aftersales_model import HEADERS as AFTERSALE_HEADERS
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.labels import LABELS
from console.views.main_window import MainWindow
from console.views.orders_model import COL_STATUS, SORT_ROLE
from console.views.orders_model import HEADERS as ORDER_HEADERS
from console.views.pages import PAGE_NAMES
from console.views.pages.orders import OrdersPage
from console.views.rows_model import RowsModel
from console.workers.host import WorkerState
from tests.admin_seed import seed_heartbeats, seed_outbox
from tests.orders_seed import seed_orders
from tests.qt_async import aloop  # noqa: F401 - fixture
from tests.test_aftersales_support import seed_requests

pytestmark = pytest.mark.usefixtures("aloop")

# Words that stay as they are in the Chinese UI: names, codes and units a Chinese merchant reads as-is.
ALLOWED = {"alipay", "redis", "csv", "utc", "sku", "id", "sql", "json", "english", "ok", "qps", "ms", "vs"}
WORD = re.compile(r"[A-Za-z]+")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")


def english_words(text: str) -> list[str]:
    """Words that look like untranslated English: not a code in CAPS (stored status/kind values),
    not part of a token with digits (order numbers, SKUs, amounts), not whitelisted."""
    found = []
    for token in re.split(r"[\s,;:()/·|—\-\[\]{}'\"“”‘’，。：（）、]+", TAG.sub(" ", text)):
        if not token or any(ch.isdigit() for ch in token):
            continue
        for word in WORD.findall(token):
            if word.isupper() or word.lower() in ALLOWED or len(word) < 2:
                continue
            found.append(word)
    return found


def visible_texts(root: QWidget, skip: set[int]) -> Iterator[tuple[str, str]]:
    def shown(w: QWidget) -> bool:
        return w.isVisibleTo(root) and id(w) not in skip

    for w in root.findChildren(QLabel):
        if shown(w):
            yield "label " + w.objectName(), w.text()
    for w in root.findChildren(QAbstractButton):
        if shown(w):
            yield "button " + w.objectName(), w.text()
    for w in root.findChildren(QGroupBox):
        if shown(w):
            yield "group " + w.objectName(), w.title()
    for w in root.findChildren(QTabBar):
        if shown(w):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
    for w in root.findChildren(QLineEdit):
        if shown(w):
            yield "placeholder " + w.objectName(), w.placeholderText()
    for w in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        if shown(w):
            yield "placeholder " + w.objectName(), w.placeholderText()
    for w in root.findChildren(QComboBox):
        if shown(w) and not w.isEditable():
            for i in range(w.count()):
                if w.objectName() == "warehouseFilter" and w.itemData(i) is not None:
                    continue  # a warehouse's code and name come from the database
                yield "combo " + w.objectName(), w.itemText(i)
    for w in root.findChildren(QAbstractItemView):
        if isinstance(w, QHeaderView):
            continue
        model = w.model()
        if shown(w) and model is not None:
            for c in range(model.columnCount()):
                yield "header " + w.objectName(), str(model.headerData(c, Qt.Orientation.Horizontal) or "")


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from console.views import settings_store

    monkeypatch.setattr(settings_store, "PATH_OVERRIDE", str(tmp_path / "ui.ini"))


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    language.install(qapp, "en")  # whatever a test switched to, the next one starts in English


@pytest.fixture
def zh(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None, "resources/translations/console_zh_CN.qm did not load"
    yield


def seed_every_status(db: Database, now: dt.datetime) -> None:
    """Rows in many stored states on every page: orders (cycling statuses, a TIMEOUT close reason),
    stock work orders (LOCKED/RELEASED/DEDUCTED and one for an order that never existed), after-sale
    requests in each status (one auto-approved, one before shipment), outbox messages in every status
    and dead letters, notifies with several outcomes and sources, reconciliation runs and
    exceptions (open and resolved), workers running and gone quiet."""
    seed_orders(db, 12)
    ids = {st: seed_requests(db, now, 1, deadline=now + dt.timedelta(hours=30), status=st)[0]
           for st in ("REQUESTED", "APPROVED", "REFUNDING", "REFUNDED", "REJECTED", "DISPUTED",
                      "ARBITRATED_REJECT", "WITHDRAWN")}
    seed_outbox(db, start=now - dt.timedelta(hours=1), per_status=2)
    seed_heartbeats(db, now)
    with db.transaction() as s:
        s.execute(update(AfterSale).where(AfterSale.id == ids["APPROVED"]).values(decided_by="AUTO"))
        s.execute(update(AfterSale).where(AfterSale.id == ids["REFUNDED"]).values(
            kind="REFUND_BEFORE_SHIPMENT", reason_code="OUT_OF_STOCK"))
        s.execute(update(AfterSale).where(AfterSale.id == ids["REJECTED"]).values(reason_code="NOT_AS_DESCRIBED"))
        s.add(WareOrderTask(order_id=None, order_sn="GHOST-1", task_status="LOCKED", created_at=now, updated_at=now))
        for i, (outcome, source, ok) in enumerate((("PAID", "NOTIFY", True), ("DUPLICATE", "QUERY", True),
                                                   ("BAD_SIGNATURE", "NOTIFY", False),
                                                   ("LATE_PAYMENT_REFUND", "REPLAY", True))):
            s.add(PaymentNotify(notify_id=f"n{i}", out_trade_no=f"OT{i:06d}", trade_status="TRADE_SUCCESS",
                                raw_body="trade_status=TRADE_SUCCESS", signature_ok=ok, outcome=outcome,
                                detail="", source=source, received_at=now))
        done = ReconRun(bill_date="2025-12-31", status="DONE", matched=3, exceptions=2, started_at=now)
        failed = ReconRun(bill_date="2025-12-30", status="FAILED", detail="", started_at=now)
        s.add_all([done, failed])
        s.flush()
        s.add_all([ReconException(run_id=done.id, bill_date="2025-12-31", kind="ONLY_ALIPAY", out_trade_no="OT9",
                                  their_amount=Decimal("5.00")),
                   ReconException(run_id=done.id, bill_date="2025-12-31", kind="AMOUNT_MISMATCH",
                                  out_trade_no="OT8", our_amount=Decimal("5.00"), their_amount=Decimal("6.00"),
                                  resolution="ANNOTATE", resolved_by="op1", note="checked")])


@pytest.fixture
def ctx(sqlite_db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    seed_every_status(sqlite_db, clock.now())
    return ServiceContext(db=sqlite_db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


def stored_codes() -> set[str]:
    """Every code the services store and the pages list, taken from the services themselves (not from
    the views' label table, so a code the views forgot to label is caught)."""
    codes: set[str] = {"AUTO", "DONE", "RUNNING", "FAILED", "NOTIFY", "QUERY", "REPLAY", "RECON"}
    for value in vars(states).values():  # roles and coupon states are on no page's table
        if isinstance(value, type) and issubclass(value, enum.Enum) \
                and value not in (states.Role, states.CouponStatus):
            codes |= {m.name for m in value} | {str(m.value) for m in value if isinstance(m.value, str)}
    codes |= {str(s) for s in WorkerState}
    codes |= set(payments_admin.NOTIFY_OUTCOMES) | set(reconciliation.RESOLUTIONS)
    codes |= {reconciliation.ONLY_ALIPAY, reconciliation.ONLY_OURS, reconciliation.AMOUNT_MISMATCH,
              reconciliation.STATUS_MISMATCH}
    codes |= set(aftersales.AFTER_SHIPMENT_REASONS) | set(aftersales.BEFORE_SHIPMENT_REASONS)
    return codes


CODE_TOKEN = re.compile(r"[A-Z][A-Z_]*[A-Z]")
# Columns that show a label (a code's, or a fixed word); their cells must read Chinese in zh_CN.
LABEL_COLUMNS = ("Status", "Kind", "Reason", "Outcome", "Source", "Signature", "Trade status", "Order status",
                 "Lock status", "Where", "State", "Last activity", "Resolution", "Auto-approve in",
                 "SLA left")


def source_header(model: object, column: int) -> str:
    """A column's header in English (the source text), whatever language shows."""
    if isinstance(model, RowsModel):
        return model.columns[column].header
    if isinstance(model, AfterSalesModel):
        return (DISPUTE_HEADERS if model.disputes else AFTERSALE_HEADERS)[column]
    return ORDER_HEADERS[column]


def table_cells(root: QWidget) -> Iterator[tuple[QTableView, int, int, str]]:
    """(table, row, column, English header) of every cell of the page's own tables, hidden tabs included."""
    for view in root.findChildren(QTableView):
        if not view.objectName() or view.objectName().startswith("qt_"):
            continue  # Qt's own views (a calendar popup's) are not the page's
        model = view.model()
        for r in range(min(model.rowCount(), 200)):
            for c in range(model.columnCount()):
                yield view, r, c, source_header(model, c)


def test_the_detector_flags_english_and_allows_codes() -> None:
    assert english_words("Refresh") == ["Refresh"]
    assert english_words("<b>Ship</b> 发货") == ["Ship"]
    assert english_words("已显示 12 个订单 · JD20260101000001 · PAID · ¥1,234.00 · Alipay · SKU-A1") == []


def test_every_page_in_zh_cn_has_no_english_left(qtbot, ctx, zh) -> None:  # type: ignore[no-untyped-def]
    api = ConsoleApi(ctx, {"database": lambda: True})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    win = MainWindow(api, Bridge())
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in win.pages.values()), timeout=15000)
    assert list(win.pages) == PAGE_NAMES
    skip = {id(win.health.user_label)}  # the operator's name and role code: data
    left: list[str] = []
    for name in PAGE_NAMES:
        page = win.select_page(name)
        assert page.last_error == "", (name, page.last_error)
        for where, text in visible_texts(page, skip):
            if english_words(text):
                left.append(f"{name}: {where}: {text!r}")
    for where, text in visible_texts(win.statusBar(), skip):
        if english_words(text):
            left.append(f"status bar: {where}: {text!r}")
    for i in range(win.nav.count()):
        if english_words(win.nav.item(i).text()):
            left.append(f"nav: {win.nav.item(i).text()!r}")
    if english_words(win.windowTitle().split(" — ")[0]):
        left.append(f"title: {win.windowTitle()!r}")
    assert not left, "still English in zh_CN:\n" + "\n".join(left)
    assert win.nav.item(0).text() == "订单"


def test_every_stored_code_has_a_chinese_label(zh) -> None:  # type: ignore[no-untyped-def]
    from console.views.labels import code_label

    codes = stored_codes()
    assert {"PENDING_PAYMENT", "LOCKED", "TRADE_SUCCESS", "REQUESTED", "NEW", "RUNNING", "ONLY_ALIPAY"} <= codes
    assert sorted(codes - set(LABELS)) == []
    latin = {c: code_label(c) for c in codes if re.search("[A-Za-z]", code_label(c))}
    assert latin == {}, latin
    # One English word, two meanings: the status and the detail pane's column each get their own Chinese.
    assert code_label("PAID") == "已付款" and QCoreApplication.translate("OrdersPage", "Paid") == "付款时间"


def start_window(qtbot, ctx: ServiceContext) -> MainWindow:  # type: ignore[no-untyped-def]
    api = ConsoleApi(ctx, {"database": lambda: True})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    win = MainWindow(api, Bridge())
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in win.pages.values()), timeout=15000)
    return win


def test_table_cells_show_labels_not_stored_codes_in_zh_cn(qtbot, ctx, zh) -> None:  # type: ignore[no-untyped-def]
    win = start_window(qtbot, ctx)
    codes = stored_codes()
    left: list[str] = []
    seen: set[str] = set()  # codes behind the cells checked (tooltips and sort values keep them)
    for name in PAGE_NAMES:
        page = win.select_page(name)
        assert page.last_error == "", (name, page.last_error)
        tables: dict[str, int] = {}
        for view, r, c, header in table_cells(page):
            model = view.model()
            tables[view.objectName()] = model.rowCount()
            index = model.index(r, c)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            for role in (Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
                value = model.data(index, role)
                seen |= set(CODE_TOKEN.findall(value)) & codes if isinstance(value, str) else set()
            where = f"{name}: {view.objectName()}[{r}, {header}]: {text!r}"
            if set(CODE_TOKEN.findall(text)) & codes or (header in LABEL_COLUMNS and english_words(text)):
                left.append(where)
        for view in page.findChildren(QTableView):
            if view.objectName() and not view.objectName().startswith("qt_"):
                assert view.model().rowCount() > 0, f"{name}: {view.objectName()} is empty: the seed shows nothing"
    assert not left, "codes or English in zh_CN table cells:\n" + "\n".join(left)
    # Cells of many kinds were really looked at, and what sorts and what the tooltip says is still the code.
    assert {"PENDING_PAYMENT", "CANCELLED", "TIMEOUT", "LOCKED", "DEDUCTED", "TRADE_SUCCESS", "REQUESTED",
            "REFUND_BEFORE_SHIPMENT", "OUT_OF_STOCK", "NEW", "ERROR", "DUPLICATE", "REPLAY", "ONLY_ALIPAY",
            "DONE", "FAILED", "RUNNING"} <= seen, sorted(seen)
    orders = win.pages["orders"].model
    paid = next(i for i, r in enumerate(orders.rows) if r.status == "PAID")
    cell = orders.index(paid, COL_STATUS)
    assert (orders.data(cell), orders.data(cell, SORT_ROLE), orders.data(cell, Qt.ItemDataRole.ToolTipRole)) \
        == ("已付款", "PAID", "PAID")
    assert win.pages["orders"].status.itemText(win.pages["orders"].status.findData("PAID")) == "已付款"


def test_the_language_switches_live_both_ways(qtbot, qapp, ctx, caplog) -> None:  # type: ignore[no-untyped-def]
    """en -> zh_CN -> en without a restart: title, navigation, headers, cells and status bar follow;
    the operator, the page shown and the window's geometry stay; the replaced pages go away, and
    their loads still in flight (the first switch comes before they finished) fail nothing."""
    api = ConsoleApi(ctx, {"database": lambda: True})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    win = MainWindow(api, Bridge())
    qtbot.addWidget(win)
    win.show()
    win.start()
    win.select_page("aftersales")
    geometry = win.geometry()
    box = win.language_box

    def shown() -> tuple[str, ...]:
        orders = win.pages["orders"].model
        paid = next(i for i, r in enumerate(orders.rows) if r.status == "PAID")
        sales = win.pages["aftersales"].model
        return (win.windowTitle(), win.nav.item(0).text(), win.current_page().name,
                str(orders.headerData(COL_STATUS, Qt.Orientation.Horizontal)), str(orders.data(orders.index(paid,
                COL_STATUS))), str(sales.data(sales.index(0, COL_STATUS))), win.health.labels["database"].text())

    caplog.set_level(logging.DEBUG, logger="console")
    for code, expected in (
            ("zh_CN", ("订单控制台 — admin (ADMIN)", "订单", "aftersales", "状态", "已付款", "待审核", "数据库: 正常")),
            ("en", ("Order Console — admin (ADMIN)", "Orders", "aftersales", "Status", "Paid", "Requested",
                    "Database: up"))):
        old = tuple(win.pages.values())
        with qtbot.waitSignal(box.chosen):
            box.setCurrentIndex(box.findData(code))
        assert language.active == code and language.saved_language() == code
        # The page on screen is rebuilt at once; the others follow one per event-loop turn.
        assert win.current_page() not in old and win.current_page().name == "aftersales" and win.rebuilding
        qtbot.waitUntil(lambda: not win.rebuilding, timeout=5000)
        assert not set(map(id, win.pages.values())) & set(map(id, old)) and win.stack.count() == len(PAGE_NAMES)
        assert list(win.pages) == PAGE_NAMES == [win.stack.widget(i).name for i in range(win.stack.count())]
        qtbot.waitUntil(lambda: all(p.is_loaded for p in win.pages.values()), timeout=15000)
        qtbot.waitUntil(lambda old=old: not any(shiboken6.isValid(p) for p in old), timeout=5000)
        qtbot.waitUntil(lambda: win.health.state("database") == "up", timeout=5000)
        assert shown() == expected
        assert win.geometry() == geometry and api.identity == OperatorIdentity(1, "admin", "ADMIN")
        assert all(p.last_error == "" for p in win.pages.values())
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_the_language_choice_is_stored_and_wins_over_the_setting(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    assert language.saved_language() is None
    api = ConsoleApi(ctx, {"database": lambda: True})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    win = MainWindow(api, Bridge())
    qtbot.addWidget(win)
    box = win.language_box
    assert box.currentData() == "en" and [box.itemText(i) for i in range(box.count())] == ["English", "简体中文"]
    with qtbot.waitSignal(box.chosen) as told:
        box.setCurrentIndex(box.findData("zh_CN"))
    assert told.args[0] == "语言已切换，下次启动时仍使用此语言。"  # said in the language just chosen
    assert language.saved_language() == "zh_CN" and language.active == "zh_CN"
    # The next start: LANGUAGE=en in the settings, but the stored choice installs Chinese.
    translator = install_translator(qapp, "en")
    try:
        assert translator is not None and language.active == "zh_CN"
        assert QCoreApplication.translate("OrdersPage", "Search") == "搜索"
        again = MainWindow(api, Bridge())
        qtbot.addWidget(again)
        assert again.language_box.currentData() == "zh_CN"
        # And back: English chosen in the console beats LANGUAGE=zh_CN.
        again.language_box.setCurrentIndex(again.language_box.findData("en"))
    finally:
        qapp.removeTranslator(translator)
    assert install_translator(qapp, "zh_CN") is None and language.active == "en"
    with pytest.raises(ValueError):
        language.save_language("fr")


def test_the_order_detail_pane_is_chinese_in_zh_cn(qtbot, ctx, zh) -> None:  # type: ignore[no-untyped-def]
    """The HTML detail pane's labels are translated; the order's codes and names stay as stored."""
    api = ConsoleApi(ctx, {})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    page = OrdersPage(api, Bridge())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.start_refresh()
    page.select_row(0)
    sn = page.model.rows[0].order_sn
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.order.order_sn == sn, timeout=5000)
    text = page.detail_view.toPlainText()
    assert "会员" in text and "商品" in text, text
    assert "实付" in text  # the items' "Paid" column, told apart from the header's "Paid" (付款时间)
    assert sn in text
    labels = text.replace(page.detail.order.receiver_name, "")  # the seed names receivers "Receiver N": data
    assert "Payment attempts" not in labels and "Receiver" not in labels, text


def test_messages_the_pages_compose_use_labels_in_zh_cn(zh) -> None:  # type: ignore[no-untyped-def]
    """Lines put together from a stored code (a run's status, a resolution's help, the bulk summary)
    read Chinese, with the code's label, not the code."""
    from console.services.aftersales import BulkSummary
    from console.services.reconciliation import RESOLUTIONS, ReconRunRow
    from console.views.pages.aftersales import summary_text
    from console.views.pages.reconciliation import RESOLUTION_HELP, run_text

    now = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    failed = ReconRunRow(7, "2026-01-01", "FAILED", 0, 0, "", now, None)
    done = ReconRunRow(8, "2026-01-01", "DONE", 3, 1, "", now, now)
    bulk = summary_text(BulkSummary("APPROVE", (1,), (2, 3), ()))
    texts = [run_text(failed), run_text(done), bulk] + [
        QCoreApplication.translate("ReconciliationPage", RESOLUTION_HELP[r]) for r in RESOLUTIONS]
    assert run_text(failed) == "批次 #7（2026-01-01）：失败" and "待审核" in bulk, texts
    assert [t for t in texts if english_words(t) or CODE_TOKEN.search(t)] == []


def test_the_qm_is_written_without_lrelease(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """build.py's own .qm writer (used when pyside6-lrelease is missing) gives the same lookups."""
    spec = importlib.util.spec_from_file_location(
        "tr_build", Path(__file__).resolve().parent.parent / "resources" / "translations" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    qm = tmp_path / "console_zh_CN.qm"
    build.write_qm(qm, build.ZH, build.CONTEXTS)
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = [(c, k) for c in build.CONTEXTS for k, v in build.ZH.items() if translator.translate(c, k) != v]
    assert wrong == []
    assert translator.translate("OrdersPage", "no such text") == ""
