"""Stock page: stock per warehouse, stock work orders with their lines, drift check and ADMIN repair."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.services.errors import ServiceError
from console.services.stock_admin import DriftReport, StockFilter, WorkOrderFilter, WorkOrderRow
from console.views.async_call import run_service, spawn
from console.views.labels import code_label
from console.views.pages.base import BasePage
from console.views.rows_model import ROW_ROLE
from console.views.stock_model import STOCK_SORT_COLUMN, stock_model, work_orders_model
from console.views.tables import row_table

GREY = "color:#57606a"


def ask_repair(parent: QWidget, report: DriftReport) -> str | None:
    """Show what the repair will change, ask for a reason, then confirm. None when cancelled."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(parent.tr("Repair stock drift"))
    dlg.setMinimumWidth(460)
    lay = QVBoxLayout(dlg)
    summary = QLabel(drift_summary(report))
    summary.setWordWrap(True)
    lay.addWidget(summary)
    lay.addWidget(QLabel(parent.tr("Reason (required, kept in the audit log)")))
    reason = QLineEdit()
    lay.addWidget(reason)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    sure = QMessageBox.question(parent, parent.tr("Confirm repair"),
                                parent.tr("Change the stock counters and release the locks listed?"))
    return reason.text() if sure == QMessageBox.StandardButton.Yes else None


def drift_summary(report: DriftReport) -> str:
    parts = [_t("{n} locked counter(s) will be set to the sum of their {locked} lines;").format(
                 n=len(report.counters), locked=code_label("LOCKED")),
             _t("{n} work order(s) of cancelled or missing orders will be released.").format(n=len(report.orphans))]
    return " ".join(parts)


def _t(text: str) -> str:
    return QCoreApplication.translate("StockPage", text)


def render_drift(report: DriftReport) -> str:
    e = html.escape
    if report.clean:
        return (f"<p style='color:#1a7f37'><b>{e(_t('No drift:'))}</b> "
                + e(_t("every locked counter equals its {locked} lines, and no cancelled or missing order holds "
                       "stock.").format(locked=code_label("LOCKED")))
                + "</p>")
    out = [f"<h3>{e(_t('Drift found'))}</h3>"]
    if report.counters:
        locked = code_label("LOCKED")  # the lines' lock status as the Lock column shows it, not the code
        out.append(f"<p><b>{e(_t('Locked counter ≠ sum of {locked} lines').format(locked=locked))}</b></p>"
                   "<table cellpadding=3>"
                   f"<tr><th align=left>{e(_t('SKU @ warehouse'))}</th><th>{e(_t('Stock'))}</th>"
                   f"<th>{e(_t('Counter'))}</th><th>{e(_t('{locked} lines').format(locked=locked))}</th></tr>")
        for d in report.counters:
            warn = "" if d.repairable else \
                f" <span style='color:#cf222e'>{e(_t('(exceeds stock: needs a person)'))}</span>"
            out.append(f"<tr><td>{e(d.label)}{warn}</td><td align=right>{d.stock}</td>"
                       f"<td align=right>{d.stock_locked}</td><td align=right>{d.locked_details}</td></tr>")
        out.append("</table>")
    if report.orphans:
        out.append(f"<p><b>{e(_t('Stock held for cancelled or missing orders'))}</b></p><table cellpadding=3>"
                   f"<tr><th align=left>{e(_t('Order no.'))}</th><th align=left>{e(_t('Order'))}</th>"
                   f"<th>{e(_t('Units'))}</th></tr>")
        for o in report.orphans:
            out.append(f"<tr><td>{e(o.order_sn)}</td><td>{e(code_label(o.order_status) or _t('missing'))}</td>"
                       f"<td align=right>{o.units}</td></tr>")
        out.append("</table>")
    return "".join(out)


def render_task(r: WorkOrderRow) -> str:
    e = html.escape
    rows = "".join(f"<tr><td>{e(d.sku_code)}</td><td>{e(d.ware_code)}</td><td align=right>{d.sku_num}</td>"
                   f"<td>{e(code_label(d.lock_status))}</td></tr>" for d in r.details)
    sub = _t("Order {sn} · {status} · created {at} UTC").format(
        sn=r.order_sn, status=code_label(r.order_status) or _t("no such order"), at=f"{r.created_at:%Y-%m-%d %H:%M}")
    return (f"<h3>{e(_t('Work order #{id}').format(id=r.id))} · {e(code_label(r.task_status))}</h3>"
            f"<p style='{GREY}'>{e(sub)}</p>"
            f"<table cellpadding=3><tr><th align=left>{e(_t('SKU'))}</th><th align=left>{e(_t('Warehouse'))}</th>"
            f"<th>{e(_t('Qty'))}</th><th align=left>{e(_t('Lock'))}</th></tr>{rows}</table>")


class StockPage(BasePage):
    name = "stock"
    title = "Stock"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.ask_reason = ask_repair  # tests answer the dialog here
        self.stock_sort = ("sku_code", False)
        self.report: DriftReport | None = None
        self._drift_html = ""

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("SKU code or name"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.apply_filters)
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("warehouseFilter")  # warehouse names are data, not UI text
        self.warehouse.addItem(self.tr("All warehouses"), None)
        self.warehouse.currentIndexChanged.connect(self.apply_filters)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.apply_filters)
        self.check_button = QPushButton(self.tr("Check drift"))
        self.check_button.clicked.connect(lambda: spawn(self.check_drift()))
        self.repair_button = QPushButton(self.tr("Repair drift…"))
        self.repair_button.setObjectName("action_repair_stock")
        self.repair_button.setProperty("destructive", True)
        self.repair_button.setEnabled(False)
        self.repair_button.clicked.connect(self.on_repair)
        if not api.allowed("repair_stock"):
            self.repair_button.setToolTip(self.tr("Only an admin can repair stock"))
        bar.addWidget(self.search, 3)
        for w in (self.warehouse, go):
            bar.addWidget(w)
        bar.addStretch(1)
        self.drift_label = QLabel("")
        self.drift_label.setObjectName("driftStatus")
        bar.addWidget(self.drift_label)
        bar.addWidget(self.check_button)
        bar.addWidget(self.repair_button)
        self.body.addLayout(bar)

        self.stock = stock_model()
        self.stock_table = row_table(self.stock, "stockTable", sortable=True, stretch=1)
        self.stock_table.horizontalHeader().setSortIndicator(STOCK_SORT_COLUMN["sku_code"],
                                                             Qt.SortOrder.AscendingOrder)
        self.stock.sort_requested.connect(self._on_sort)

        tasks_bar = QHBoxLayout()
        tasks_bar.addWidget(QLabel(self.tr("Stock work orders")))
        self.task_search = QLineEdit()
        self.task_search.setPlaceholderText(self.tr("Order no."))
        self.task_search.setClearButtonEnabled(True)
        self.task_search.returnPressed.connect(self.apply_task_filters)
        self.task_status = QComboBox()
        self.task_status.addItem(self.tr("Any lock status"), "")
        for st in ("LOCKED", "RELEASED", "DEDUCTED"):
            self.task_status.addItem(code_label(st), st)
        self.task_status.currentIndexChanged.connect(self.apply_task_filters)
        tasks_bar.addWidget(self.task_search, 2)
        tasks_bar.addWidget(self.task_status)
        tasks_bar.addStretch(1)
        self.tasks = work_orders_model(api.list_work_orders)
        self.tasks_table = row_table(self.tasks, "workOrdersTable")
        self.tasks_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_task(cur.row()))
        self.tasks.failed.connect(self.show_error)

        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(tasks_bar)
        side = QSplitter(Qt.Orientation.Horizontal)
        side.addWidget(self.tasks_table)
        self.info = QTextBrowser()
        self.info.setObjectName("stockInfo")
        self.info.setHtml(f"<p style='{GREY}'>" + self.tr("Select a work order to see its lines, or run "
                                                          "Check drift.") + "</p>")
        side.addWidget(self.info)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        ll.addWidget(side, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stock_table)
        split.addWidget(lower)
        self.body.addWidget(split, 1)
        self.count_label = QLabel("")
        self.body.addWidget(self.count_label)

    # --- loading ----------------------------------------------------------------------------
    def current_filter(self) -> StockFilter:
        return StockFilter(search=self.search.text().strip(), ware_id=self.warehouse.currentData())

    def task_filter(self) -> WorkOrderFilter:
        return WorkOrderFilter(order_sn=self.task_search.text().strip(),
                               task_status=self.task_status.currentData() or "")

    async def refresh(self) -> None:
        if self.warehouse.count() == 1:
            wares = await run_service(self.api.warehouses)
            self.warehouse.blockSignals(True)  # filling the list is not a filter change
            for wid, label in wares:
                self.warehouse.addItem(label, wid)
            self.warehouse.blockSignals(False)
        await self.load_stock()
        if self.tasks.filter is None:
            await self.tasks.reload(self.task_filter())
        else:
            await self.tasks.reload()
        self._update_count()
        # Read-only and cheap: drift shows without asking, without hiding a work order being read.
        await self.check_drift(show=self.selected_task() is None)

    async def load_stock(self) -> None:
        sort, desc = self.stock_sort
        rows = await run_service(self.api.list_stock, self.current_filter(), sort, desc)
        current = self.stock_table.currentIndex().row()
        keep = self.stock.rows[current].id if 0 <= current < len(self.stock.rows) else None
        self.stock.set_rows(rows)
        row = self.stock.row_of(keep) if keep is not None else -1
        if row >= 0 and self.stock_table.currentIndex().row() != row:
            # A new SQL order resets the rows: the same stock row stays selected, and in view.
            idx = self.stock.index(row, 0)
            self.stock_table.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.stock_table.scrollTo(idx)
        self._update_count()

    def _update_count(self) -> None:
        more = self.tr(" (scroll for more)") if self.tasks.has_more else ""
        self.count_label.setText(self.tr("{s} stock rows · {t} work orders shown").format(
            s=len(self.stock.rows), t=len(self.tasks.rows)) + more)

    def apply_filters(self) -> None:
        spawn(self.guarded(self.load_stock(), self._update_count))

    def apply_task_filters(self) -> None:
        spawn(self.guarded(self.tasks.reload(self.task_filter()), self._update_count))

    def _on_sort(self, key: str, descending: bool) -> None:
        self.stock_sort = (key, descending)
        self.apply_filters()

    def _show_task(self, row: int) -> None:
        if 0 <= row < len(self.tasks.rows):
            self.info.setHtml(render_task(self.tasks.rows[row]))

    def select_task(self, row: int) -> None:
        self.tasks_table.selectionModel().setCurrentIndex(
            self.tasks.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected_task(self) -> WorkOrderRow | None:
        row = self.tasks_table.currentIndex().row()
        value = self.tasks.data(self.tasks.index(row, 0), ROW_ROLE) if row >= 0 else None
        return value if isinstance(value, WorkOrderRow) else None

    # --- drift ------------------------------------------------------------------------------
    async def check_drift(self, show: bool = True) -> DriftReport | None:
        try:
            report = await run_service(self.api.check_stock_drift)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return None
        self.report = report
        self._drift_html = render_drift(report)
        if report.clean:
            self.drift_label.setText("<span style='color:#1a7f37'>" + self.tr("No drift") + "</span>")
        else:
            self.drift_label.setText("<b style='color:#cf222e'>" + self.tr(
                "Drift: {c} counter(s), {o} dead order lock(s)").format(
                c=len(report.counters), o=len(report.orphans)) + "</b>")
        if show:
            self.info.setHtml(self._drift_html)
        # Hidden from other roles only as a courtesy: the service refuses anyone but an admin.
        self.repair_button.setEnabled(not report.clean and self.api.allowed("repair_stock"))
        return report

    def on_repair(self) -> None:
        if self.report is None or self.report.clean:
            return
        reason = self.ask_reason(self, self.report)
        if reason is not None:
            spawn(self.repair(reason))

    async def repair(self, reason: str) -> bool:
        try:
            result = await run_service(self.api.repair_stock_drift, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        await self.load_stock()
        await self.tasks.reload()
        await self.check_drift()
        note = self.tr("Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).").format(
            c=result.counters_fixed, t=result.tasks_released, u=result.units_released)
        if result.unrepaired:
            note += "<br><span style='color:#cf222e'>" + self.tr("Left for a person: ") + html.escape(
                "; ".join(result.unrepaired)) + "</span>"
        self.info.setHtml(f"<p>{note}</p>" + self._drift_html)
        return True

    def on_change(self, kind: str, key: str) -> None:
        if kind in ("stock", "order") and self.is_loaded and self.isVisible():
            spawn(self.guarded(self.load_stock(), self._update_count))
