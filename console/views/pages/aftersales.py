"""After-sales page: requests most urgent first with a live countdown to auto-approval, the request's
evidence and the order's history beside it, approve / reject with a reason, and bulk decisions with
a dry-run summary first.

ONE 1 Hz QTimer repaints only the countdown cells of the visible rows (AfterSalesModel.tick). Every
action goes through the api facade off the GUI thread; the services enforce roles, and the buttons
only mirror them.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from console.services.aftersales import AfterSaleDetail, AfterSaleRow, BulkResult, BulkSummary
from console.views.aftersales_model import COL_COUNTDOWN, AfterSalesModel
from console.views.async_call import run_service, spawn
from console.views.labels import code_label
from console.views.pages.base import BasePage
from console.views.tables import fit_columns_when_rows_arrive

STATUSES = ("", "REQUESTED", "REFUNDING", "REFUNDED", "REJECTED", "DISPUTED", "ARBITRATED_REJECT", "WITHDRAWN")
REJECT_TEMPLATES = ("Item was received in good order (carrier confirms delivery)",
                    "Request is outside the after-sales policy", "Evidence does not show the problem")


class AfterSalesPage(BasePage):
    name = "aftersales"
    title = "After-sales"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.model = AfterSalesModel(api.now)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Status")))
        self.status_box = QComboBox()
        for st in STATUSES:
            self.status_box.addItem(code_label(st) if st else self.tr("All"), st)
        self.status_box.currentIndexChanged.connect(self.start_refresh)
        bar.addWidget(self.status_box)
        self.count_label = QLabel()
        bar.addWidget(self.count_label, 1)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.start_refresh)
        bar.addWidget(self.refresh_btn)
        self.approve_btn = QPushButton(self.tr("Approve"))
        self.reject_btn = QPushButton(self.tr("Reject…"))
        self.bulk_approve_btn = QPushButton(self.tr("Bulk approve…"))
        self.bulk_reject_btn = QPushButton(self.tr("Bulk reject…"))
        for b in (self.approve_btn, self.reject_btn, self.bulk_approve_btn, self.bulk_reject_btn):
            bar.addWidget(b)
        self.approve_btn.clicked.connect(self._approve_clicked)
        self.reject_btn.clicked.connect(self._reject_clicked)
        self.bulk_approve_btn.clicked.connect(lambda: self._bulk_clicked("APPROVE"))
        self.bulk_reject_btn.clicked.connect(lambda: self._bulk_clicked("REJECT"))
        self.body.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setObjectName("aftersalesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        fit_columns_when_rows_arrive(self.table)  # not on each countdown tick: see tables.py
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        split.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setObjectName("aftersaleDetail")
        self.detail.setOpenExternalLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a request to see its evidence and the order's history."))
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 400])
        self.body.addWidget(split, 1)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.body.addWidget(self.notice)

        # The one timer of the page: repaint the countdown cells of the visible rows each second.
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.current: AfterSaleDetail | None = None
        self._sync_buttons()

    # --- loading --------------------------------------------------------------------------
    async def refresh(self) -> None:
        status = self.status_box.currentData() or None
        rows = await run_service(self.api.list_aftersales, status)
        self.model.set_rows(rows)
        due = sum(1 for r in rows if r.status == "REQUESTED")
        self.count_label.setText(self.tr("{n} requests, {due} awaiting review").format(n=len(rows), due=due))
        self.detail.clear()
        self.current = None
        self._sync_buttons()

    def on_change(self, kind: str, key: str) -> None:
        if kind in ("aftersale", "order", "refund"):
            self.start_refresh()

    def visible_rows(self) -> tuple[int, int]:
        n = self.model.rowCount()
        if n == 0:
            return (0, -1)
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return (max(first, 0), n - 1 if last < 0 else last)

    def tick(self) -> None:
        first, last = self.visible_rows()
        self.model.tick(first, last)

    # --- selection and detail -------------------------------------------------------------
    def selected_rows(self) -> list[AfterSaleRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_: Any) -> None:
        self._sync_buttons()
        rows = self.selected_rows()
        if len(rows) == 1:
            spawn(self.load_detail(rows[0].id))

    async def load_detail(self, after_sale_id: int) -> None:
        try:
            detail: AfterSaleDetail = await run_service(self.api.aftersale_detail, after_sale_id)
        except Exception as exc:
            self.notice.setText(str(exc))
            return
        self.current = detail
        self.detail.setHtml(render_detail(detail))

    def _sync_buttons(self) -> None:
        rows = self.selected_rows()
        may_approve, may_reject = self.api.allowed("approve_refund"), self.api.allowed("reject_refund")
        one_open = len(rows) == 1 and rows[0].status == "REQUESTED"
        self.approve_btn.setEnabled(may_approve and one_open)
        self.reject_btn.setEnabled(may_reject and one_open)
        bulk = self.api.allowed("bulk_review") and len(rows) > 0
        self.bulk_approve_btn.setEnabled(bulk and may_approve)
        self.bulk_reject_btn.setEnabled(bulk and may_reject)
        why = "" if may_approve else self.tr("Your role may not review refunds")
        for b in (self.approve_btn, self.reject_btn, self.bulk_approve_btn, self.bulk_reject_btn):
            b.setToolTip(why)

    # --- actions (awaitable, so tests drive them without dialogs) -------------------------
    async def approve(self, row: AfterSaleRow) -> bool:
        return await self._act(self.api.approve_aftersale, row.id, row.version,
                               done=self.tr("Request {id} approved; the refund is on its way.").format(id=row.id))

    async def reject(self, row: AfterSaleRow, reason: str) -> bool:
        return await self._act(self.api.reject_aftersale, row.id, reason, row.version,
                               done=self.tr("Request {id} rejected.").format(id=row.id))

    async def bulk_dry_run(self, decision: str, reason: str = "") -> BulkSummary | None:
        ids = [r.id for r in self.selected_rows()]
        try:
            summary: BulkSummary = await run_service(self.api.bulk_preview, ids, decision, reason)
        except Exception as exc:
            self.notice.setText(str(exc))
            return None
        return summary

    async def bulk_apply(self, decision: str, ids: list[int], reason: str = "") -> BulkResult | None:
        try:
            result: BulkResult = await run_service(self.api.bulk_review, ids, decision, reason)
        except Exception as exc:
            self.notice.setText(str(exc))
            return None
        done = self.tr("approved {n}") if decision == "APPROVE" else self.tr("rejected {n}")
        skipped = self.tr(", {n} skipped (changed meanwhile)").format(n=len(result.skipped)) if result.skipped else ""
        self.notice.setText(done.format(n=len(result.changed)) + skipped + ".")
        await self.refresh()
        return result

    async def _act(self, fn: Any, *args: Any, done: str) -> bool:
        try:
            await run_service(fn, *args)
        except Exception as exc:  # a typed service error: say it, refresh, keep going
            self.notice.setText(str(exc))
            await self.refresh()
            return False
        self.notice.setText(done)
        await self.refresh()
        return True

    # --- button handlers (dialogs) --------------------------------------------------------
    def _approve_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        r = rows[0]
        ask = self.tr("Refund ¥{amount} to the buyer of order {sn}?").format(amount=f"{r.amount:,.2f}", sn=r.order_sn)
        if QMessageBox.question(self, self.tr("Approve refund"), ask) == QMessageBox.StandardButton.Yes:
            spawn(self.approve(r))

    def _ask_reason(self, title: str) -> str | None:
        reason, ok = QInputDialog.getItem(self, title, self.tr("Reason (the buyer sees it; at most 200 characters)"),
                                          [self.tr(t) for t in REJECT_TEMPLATES], 0, True)
        return reason.strip() if ok and reason.strip() else None

    def _reject_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        reason = self._ask_reason(self.tr("Reject request"))
        if reason:
            spawn(self.reject(rows[0], reason))

    def _bulk_clicked(self, decision: str) -> None:
        reason = ""
        if decision == "REJECT":
            got = self._ask_reason(self.tr("Bulk reject"))
            if not got:
                return
            reason = got
        spawn(self._bulk_flow(decision, reason))

    async def _bulk_flow(self, decision: str, reason: str) -> None:
        summary = await self.bulk_dry_run(decision, reason)
        if summary is None:
            return
        text = summary_text(summary)
        if not summary.would_change:
            QMessageBox.information(self, self.tr("Nothing to do"), text)
            return
        if QMessageBox.question(self, self.tr("Confirm bulk decision"), text) == QMessageBox.StandardButton.Yes:
            await self.bulk_apply(decision, list(summary.would_change), reason)


def summary_text(s: BulkSummary) -> str:
    head = "{n} request(s) would be approved." if s.decision == "APPROVE" else "{n} request(s) would be rejected."
    lines = [_t(head).format(n=len(s.would_change))]
    if s.not_requested:
        lines.append(_t("{n} are no longer {status} and will be skipped.").format(
            n=len(s.not_requested), status=code_label("REQUESTED")))
    if s.missing:
        lines.append(_t("{n} no longer exist.").format(n=len(s.missing)))
    return "\n".join(lines)


def _t(text: str) -> str:
    return QCoreApplication.translate("AfterSalesPage", text)


def render_detail(d: AfterSaleDetail) -> str:
    """Labels and codes (status, kind, reason) are translated; texts and evidence are data, shown as stored."""
    e = html.escape
    r = d.row
    paid = _t("¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)").format(
        amount=f"{r.amount:,.2f}", paid=f"{d.pay_amount:,.2f}", refunded=f"{d.refunded:,.2f}")
    # The reason's label, then the buyer's words: "Refused — Colour differs", not "Refused Colour differs".
    reason = " — ".join(x for x in (code_label(r.reason_code), d.reason_text) if x)
    parts = [f"<h3>{e(_t('Request {id} — order {sn}').format(id=r.id, sn=r.order_sn))}</h3>",
             f"<p><b>{e(code_label(r.status))}</b> · {e(code_label(r.kind))} · {e(paid)} · "
             f"{e(_t('order {status}').format(status=code_label(d.order_status)))}</p>",
             f"<p><b>{e(_t('Reason:'))}</b> {e(reason)}</p>"]
    if d.evidence:
        lines = []
        for line in d.evidence.splitlines():
            if line.startswith(("http://", "https://")):
                lines.append(f'<a href="{e(line)}">{e(line)}</a>')
            else:
                lines.append(e(line))
        parts.append(f"<p><b>{e(_t('Evidence'))}</b><br>" + "<br>".join(lines) + "</p>")
    if d.reject_reason:
        who = _t("Rejected by {who}:").format(who=r.decided_by or "")
        parts.append(f"<p><b>{e(who)}</b> {e(d.reject_reason)}</p>")
    if d.dispute_statement:
        label = _t("Buyer's dispute:")
        parts.append(f"<p><b>{e(label)}</b> {e(d.dispute_statement)}</p>")
    if d.arbitration_note:
        who = _t("Decision by {who}:").format(who=d.arbitrated_by or "")
        parts.append(f"<p><b>{e(who)}</b> {e(d.arbitration_note)}</p>")
    parts.append(f"<h4>{e(_t('Order history'))}</h4><table cellspacing='4'>")
    for at, kind, actor, detail in d.history:
        parts.append(f"<tr><td>{at:%m-%d %H:%M}</td><td><b>{e(kind)}</b></td><td>{e(actor)}</td>"
                     f"<td>{e(detail)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


__all__ = ["COL_COUNTDOWN", "AfterSalesPage", "render_detail", "summary_text"]
