"""Orders page: SQL filters, keyset-paged list, detail pane with one merged timeline, actions."""

from __future__ import annotations

import datetime as dt
import html
import os
from decimal import Decimal, InvalidOperation
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.services.errors import ServiceError
from console.services.order_actions import DESTRUCTIVE
from console.services.queries import OrderFilter, Sort
from console.services.rows import OrderDetail, OrderRow
from console.services.states import OrderStatus
from console.views.async_call import run_service, spawn
from console.views.dialogs import ask_action
from console.views.labels import code_label
from console.views.orders_model import COL_AMOUNT, COL_CREATED, SORT_KEYS, OrdersModel
from console.views.pages.base import BasePage
from console.views.settings_store import ui_settings


class OrdersPage(BasePage):
    name = "orders"
    title = "Orders"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.model = OrdersModel(api.list_orders, parent=self)
        self.detail: OrderDetail | None = None
        self._detail_gen = 0
        # Tests replace this to answer action dialogs without a person.
        self.ask = ask_action

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order no., Alipay trade no., member id or username"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.returnPressed.connect(self.apply_filters)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        for st in OrderStatus:
            self.status.addItem(code_label(st.value), st.value)  # the label; the filter keeps the code
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.use_dates = QCheckBox(self.tr("Created"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("warehouseFilter")  # warehouse names are data, not UI text
        self.warehouse.addItem(self.tr("All warehouses"), None)
        self.amount_min = QLineEdit()
        self.amount_max = QLineEdit()
        for w, ph in ((self.amount_min, "min ¥"), (self.amount_max, "max ¥")):
            w.setPlaceholderText(self.tr(ph))
            w.setMaximumWidth(70)
            w.returnPressed.connect(self.apply_filters)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.apply_filters)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the filtered list as CSV or Excel"))
        self.export_button.clicked.connect(self.export_dialog)
        bar.addWidget(self.search, 3)
        for w in (self.status, self.use_dates, self.date_from, QLabel("–"), self.date_to, self.warehouse,
                  self.amount_min, self.amount_max, go, self.export_button):
            bar.addWidget(w)
        self.body.addLayout(bar)

        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_current(cur.row()))
        self.table.activated.connect(lambda _i: self.detail_view.setFocus())
        split.addWidget(self.table)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        rl.addLayout(self.actions_row)
        self.detail_view = QTextBrowser()
        self.detail_view.setObjectName("orderDetail")
        self.detail_view.setOpenLinks(False)
        hint = self.tr("Select an order to see its detail.")
        self.detail_view.setHtml(f"<p style='color:#57606a'>{hint}</p>")
        rl.addWidget(self.detail_view, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Until the columns are measured (refresh): the list is what a merchant scans, the detail beside it.
        split.setSizes([760, 460])
        self.body.addWidget(split, 1)
        self.count_label = QLabel("")
        self.body.addWidget(self.count_label)

        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.failed.connect(self.show_error)
        self._shortcuts()
        self._restore_state()
        self._selected_sn = ""

    # --- keyboard ---------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        for keys, fn in ((QKeySequence.StandardKey.Find, self.search.setFocus),
                         (QKeySequence("Ctrl+Down"), lambda: self.move_selection(1)),
                         (QKeySequence("Ctrl+Up"), lambda: self.move_selection(-1))):
            act = QAction(self)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(fn)
            self.addAction(act)

    def move_selection(self, step: int) -> None:
        n = self.model.rowCount()
        if n == 0:
            return
        cur = self.table.currentIndex().row()
        row = 0 if cur < 0 else max(0, min(n - 1, cur + step))
        if row == n - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self.select_row(row)

    def select_row(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)

    # --- filters ----------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        def amount(w: QLineEdit) -> Decimal | None:
            text = w.text().strip().replace(",", "")
            if not text:
                return None
            try:
                return Decimal(text)
            except InvalidOperation:
                raise ServiceError(self.tr("Not an amount: ") + text) from None

        created_from = created_to = None
        if self.use_dates.isChecked():
            f, t = self.date_from.date(), self.date_to.date().addDays(1)
            created_from = dt.datetime(f.year(), f.month(), f.day(), tzinfo=dt.UTC)
            created_to = dt.datetime(t.year(), t.month(), t.day(), tzinfo=dt.UTC)
        status = self.status.currentData()
        return OrderFilter(statuses=(status,) if status else (), created_from=created_from,
                           created_to=created_to, search=self.search.text().strip(),
                           ware_id=self.warehouse.currentData(), amount_min=amount(self.amount_min),
                           amount_max=amount(self.amount_max))

    def apply_filters(self) -> None:
        try:
            filt = self.current_filter()
        except ServiceError as exc:
            self.show_error(exc)
            return
        spawn(self._reload_and_report(filt))

    async def _reload_and_report(self, filt: OrderFilter) -> None:
        try:
            await self.model.reload(filt)
        except Exception as exc:
            self.show_error(exc)
        else:
            self.banner.hide()

    async def refresh(self) -> None:
        if self.warehouse.count() == 1:
            for wid, label in await run_service(self.api.warehouses):
                self.warehouse.addItem(label, wid)
        if self.model.rows:
            await self.model.reload()  # same filter: rows update in place, selection kept
        else:
            await self.model.reload(self.current_filter())
        self._update_count()
        if not self._columns_sized:
            self._columns_sized = True
            self.table.resizeColumnsToContents()
            self._fit_split()
        if self._selected_sn:
            await self.load_detail(self._selected_sn)
        elif self.model.rows:
            self.select_row(0)  # show a detail straight away rather than an empty pane

    def _fit_split(self) -> None:
        """Once the columns are measured, widen the list (never narrow it) to show the columns a merchant
        scans, up to the amount, whole, while the detail keeps DETAIL_MIN_WIDTH: at the default 1280 px
        window the 760:460 split cut the amount off."""
        sizes = self.split.sizes()
        total = sum(sizes)
        scanned = sum(self.table.columnWidth(c) for c in range(COL_AMOUNT + 1))
        want = scanned + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        table = max(sizes[0], min(want, total - DETAIL_MIN_WIDTH)) if total > 0 else 0
        if table > sizes[0]:
            self.split.setSizes([table, total - table])

    def _after_reset(self) -> None:
        self._update_count()
        row = self.model.row_of(self._selected_sn) if self._selected_sn else -1
        if row >= 0:
            self.select_row(row)

    def _on_rows_inserted(self, *_args: object) -> None:
        self._update_count()

    def _update_count(self) -> None:
        more = self.tr(" (scroll for more)") if self.model.has_more else ""
        self.count_label.setText(self.tr("{n} orders shown").format(n=len(self.model.rows)) + more)

    # --- detail and actions -----------------------------------------------------------------
    def _on_current(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        sn = self.model.rows[row].order_sn
        if sn != self._selected_sn or self.detail is None:
            self._selected_sn = sn
            spawn(self.load_detail(sn))

    async def load_detail(self, order_sn: str) -> None:
        self._detail_gen += 1
        gen = self._detail_gen
        try:
            detail = await run_service(self.api.order_detail, order_sn)
        except Exception as exc:
            if gen == self._detail_gen:
                self.detail_view.setHtml(f"<p style='color:#cf222e'>{html.escape(str(exc))}</p>")
            return
        if gen != self._detail_gen or not shiboken6.isValid(self):
            return
        self.detail = detail
        self.model.update_row(detail.order)
        self.detail_view.setHtml(render_detail(detail))
        self._show_actions(detail.order)

    def _show_actions(self, row: OrderRow) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        self.action_buttons = {}
        for st in self.api.actions_for(row.status):
            if st.action == "admin_close_trade" and not self.api.allowed(st.action):
                continue  # an admin-only variant; merchants see the plain Close
            b = QPushButton(self.tr(st.label))
            b.setObjectName(f"action_{st.action}")
            b.setEnabled(st.enabled)
            b.setToolTip(self.tr(st.why) if st.why else "")
            if st.action in DESTRUCTIVE:
                b.setProperty("destructive", True)
            b.clicked.connect(lambda _=False, a=st.action: self.on_action(a))
            self.action_buttons[st.action] = b
            self.actions_row.addWidget(b)
        self.actions_row.addStretch(1)

    def on_action(self, action: str) -> None:
        if self.detail is None:
            return
        values = self.ask(self, action, self.detail)
        if values is not None:
            spawn(self.perform(action, self.detail.order, values))

    async def perform(self, action: str, row: OrderRow, values: dict[str, Any]) -> bool:
        """Run one action through the service; errors (Forbidden, lost race, bad input) are shown."""
        sn = row.order_sn
        try:
            if action == "ship":
                await run_service(self.api.ship, sn, values["carrier"], values["tracking_no"])
            elif action == "internal_note":
                await run_service(self.api.add_note, sn, values["text"])
            elif action in ("close_order", "admin_close_trade"):
                await run_service(self.api.close_order, sn, values["reason"],
                                  close_trade=action == "admin_close_trade")
            elif action == "modify_order":
                await run_service(self.api.modify_order, sn, row.version, values["reason"],
                                  address=values.get("address"), note=values.get("note"),
                                  adjust_by=values.get("adjust_by"))
            else:
                raise ServiceError(f"unknown action {action}")
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            await self.load_detail(sn)
            return False
        await self.load_detail(sn)
        return True

    def on_change(self, kind: str, key: str) -> None:
        if kind == "order" and key:
            spawn(self._refresh_one(key))

    async def _refresh_one(self, order_sn: str) -> None:
        if self.model.row_of(order_sn) < 0:
            return
        try:
            row = await run_service(self.api.order_row, order_sn)
        except Exception:
            return
        self.model.update_row(row)
        if order_sn == self._selected_sn:
            await self.load_detail(order_sn)

    # --- export and remembered state --------------------------------------------------------
    def export_dialog(self) -> None:
        filters = {fmt: self.tr(label) for fmt, label in EXPORT_FORMATS.items()}
        last = ui_settings().value("orders/export_format")
        last = last if last in filters else "csv"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export orders"), f"orders.{last}",
                                                   ";;".join(filters.values()), filters[last])
        if path:
            fmt = next((f for f, label in filters.items() if label == chosen), last)
            path, fmt = export_target(path, fmt)
            ui_settings().setValue("orders/export_format", fmt)
            spawn(self.export(path, fmt))

    async def export(self, path: str, fmt: str = "csv") -> int:
        """Export the filtered list off the GUI thread; the button waits until it is done."""
        shown = self.count_label.text()
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Exporting…"))
        try:
            n = await run_service(self.api.export_orders, self.current_filter(), self.model.sort_spec, path, fmt)
        except Exception as exc:
            if shiboken6.isValid(self):
                self.export_button.setEnabled(True)
                self.count_label.setText(shown)
                self.show_error(exc, self.tr("Could not export: "))
            return -1
        if not shiboken6.isValid(self):
            return int(n)
        self.export_button.setEnabled(True)
        self.banner.hide()
        self.count_label.setText(self.tr("Exported {n} orders to {path}").format(n=n, path=path))
        return int(n)

    def _restore_state(self) -> None:
        s = ui_settings()
        state = s.value("orders/header")
        self._columns_sized = False
        if state is not None:
            self._columns_sized = self.table.horizontalHeader().restoreState(state)
        key, desc = s.value("orders/sort_key"), s.value("orders/sort_desc")
        if isinstance(key, str) and key in SORT_KEYS.values():
            self.model.sort_spec = Sort(key, str(desc).lower() in ("true", "1"))
            col = next(c for c, k in SORT_KEYS.items() if k == key)
            desc_ = self.model.sort_spec.descending
            order = Qt.SortOrder.DescendingOrder if desc_ else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(col, order)

    def save_state(self, s: QSettings) -> None:
        s.setValue("orders/header", self.table.horizontalHeader().saveState())
        s.setValue("orders/sort_key", self.model.sort_spec.key)
        s.setValue("orders/sort_desc", self.model.sort_spec.descending)


# The detail pane's least width when the list takes the room its columns need (HTML tables below it wrap).
DETAIL_MIN_WIDTH = 380

# Export formats -> the file dialog's filter (translated when shown); the extension is the format's name.
EXPORT_FORMATS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}


def export_target(path: str, chosen: str) -> tuple[str, str]:
    """The file and format of an export. A name ending in .csv or .xlsx decides the format (it is what
    the file will be called); any other name gets the chosen filter's extension."""
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext in EXPORT_FORMATS:
        return path, ext
    return f"{path}.{chosen}", chosen


# A detail-pane cell kept on one line (Qt's rich text ignores td's nowrap attribute, not this).
NOWRAP = " style='white-space:nowrap'"
# 99%: at 100% Qt rounds a table 1 px wider than the pane at every other width, and the pane shows a
# horizontal scroll bar for that pixel.
TABLE = "<table border=0 cellspacing=0 cellpadding=3 width='99%'>"


def _money(v: Decimal) -> str:
    return f"¥{v:,.2f}"


def _when(v: dt.datetime | None) -> str:
    return "" if v is None else v.strftime("%Y-%m-%d %H:%M:%S")


def _when_lines(v: dt.datetime | None) -> str:
    """Date above time: a table beside long ids or texts has no room for both on one line."""
    return _when(v).replace(" ", "\n")


def _unbroken(text: str) -> str:
    """`text` kept on one line when it wraps (the status under the order number): no-break spaces, and
    word joiners around non-ASCII characters (Chinese may break between any two; 已付|款). Qt's rich text
    ignores white-space:nowrap on a span."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if i and (ord(ch) > 0x7F or ord(text[i - 1]) > 0x7F):
            out.append("\u2060")
        out.append("\u00a0" if ch == " " else ch)
    return "".join(out)


def _t(text: str, which: str | None = None) -> str:
    """The page's translation (render_detail is a plain function, so no self.tr); `which` tells
    apart one English word with two Chinese renderings (Paid: when vs how much)."""
    return QCoreApplication.translate("OrdersPage", text, which)


def render_detail(d: OrderDetail) -> str:
    """The detail pane as HTML (escaped): header, amounts, address, items, payments, refunds,
    children, stock work order, timeline. Labels and status codes are translated (code_label); names,
    numbers and the timeline's event kinds are data, shown as stored."""
    e = html.escape
    o = d.order
    status = code_label(o.status) + (f" ({code_label(o.close_reason)})" if o.close_reason else "")
    parts = [f"<h2>{e(o.order_sn)} <span style='color:#57606a'>{e(_unbroken('· ' + status))}</span></h2>"]
    if o.payment_flag:
        parts.append(f"<p style='color:#cf222e'><b>⚑ {e(o.payment_flag)}</b></p>")
    parts.append("<table cellspacing=4>")
    rows = [("Member", f"{o.member_name} (#{o.member_id})"), ("Created", _when(o.created_at)),
            ("Paid", _when(o.paid_at)), ("Pay by", _when(d.pay_deadline)),
            ("Total", _money(o.total_amount)), ("Freight", _money(d.freight_amount)),
            ("Coupon", "−" + _money(d.coupon_amount)), ("Points", "−" + _money(d.points_amount)),
            ("Adjustment", _money(d.adjust_amount)), ("To pay", _money(o.pay_amount)),
            ("Receiver", f"{o.receiver_name} {d.receiver_phone}"), ("Address", d.address),
            ("Note", d.note), ("Shipment", f"{d.carrier or ''} {d.tracking_no or ''}".strip())]
    for label, value in rows:
        if value.strip():
            parts.append(f"<tr><td style='color:#57606a'>{e(_t(label))}</td><td>{e(value)}</td></tr>")
    parts.append("</table>")

    def table(title: str, head: tuple[str, ...], body: list[tuple[str, ...]], whole: tuple[int, ...] = ()) -> None:
        """`whole`: columns of times and amounts, never broken across lines (long ids may break). A
        cell's lines (\n) are shown one under the other."""
        if not body:
            return
        parts.append(f"<h3>{e(title)}</h3>{TABLE}")
        parts.append("<tr>" + "".join(f"<th align=left{NOWRAP}>{e(h).replace(chr(10), '<br>')}</th>"
                                      for h in head) + "</tr>")
        for r in body:
            parts.append("<tr>" + "".join(f"<td{NOWRAP if i in whole else ''}>{e(c).replace(chr(10), '<br>')}</td>"
                                          for i, c in enumerate(r)) + "</tr>")
        parts.append("</table>")

    table(_t("Items"), (_t("SKU") + "\n" + _t("Name"), _t("Price"), _t("Qty"), _t("Paid", "amount"), _t("Refunded")),
          [(i.sku_code + "\n" + i.sku_name, _money(i.price), str(i.quantity), _money(i.real_amount),
            _money(i.refunded_amount)) for i in d.items], whole=(1, 3, 4))
    # In a pane this narrow, what is long goes one under the other in one column: an item's name under
    # its SKU, our trade number above Alipay's (side by side, two 30-digit numbers left each five digits
    # a line), a refund's reason under its number.
    table(_t("Payment attempts"), ("out_trade_no\n" + _t("Alipay trade no."), _t("Amount"), _t("Status"), _t("Paid")),
          [(p.out_trade_no + ("\n" + p.trade_no if p.trade_no else ""), _money(p.total_amount),
            code_label(p.payment_status), _when_lines(p.paid_at)) for p in d.payments], whole=(1, 3))
    table(_t("Refunds"), (_t("Request no.") + "\n" + _t("Reason"), _t("Amount"), _t("Status"), _t("Refunded", "when")),
          [(r.out_request_no + ("\n" + r.reason if r.reason else ""), _money(r.refund_amount),
            code_label(r.refund_status), _when_lines(r.refunded_at)) for r in d.refunds], whole=(1, 3))
    table(_t("Child orders"), (_t("Order no."), _t("Status"), _t("Warehouse"), _t("Amount")),
          [(c.order_sn, code_label(c.status), str(c.ware_id or ""), _money(c.pay_amount)) for c in d.children],
          whole=(3,))
    if d.task is not None:
        title = _t("Stock work order #{id} ({status})").format(id=d.task.id, status=code_label(d.task.task_status))
        table(title, (_t("SKU"), _t("Warehouse"), _t("Qty"), _t("Lock")),
              [(str(t.sku_id), str(t.ware_id), str(t.sku_num), code_label(t.lock_status)) for t in d.task.details])
    if d.timeline:
        # Two columns, the event's detail under its kind: five side by side broke every word in a pane
        # this narrow (dates, "stock.locke / d").
        parts.append(f"<h3>{e(_t('Timeline'))}</h3>{TABLE}"
                     f"<tr><th align=left>{e(_t('When (UTC)'))}</th><th align=left>{e(_t('What'))}</th></tr>")
        for t in d.timeline:
            who = " · ".join(x for x in (t.source, t.actor) if x)
            when = e(_when_lines(t.at)).replace("\n", "<br>")
            parts.append(f"<tr><td{NOWRAP} valign=top>{when}</td><td><b>{e(t.kind)}</b>"
                         f" <span style='color:#57606a'>{e(who)}</span>"
                         + (f"<br>{e(t.detail)}" if t.detail else "") + "</td></tr>")
        parts.append("</table>")
    return "".join(parts)
