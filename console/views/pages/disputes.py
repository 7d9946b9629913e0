"""Disputes page: the support agent's queue, soonest SLA first, with both parties' statements, the
order's history, internal notes and the decision (refund the buyer or uphold the rejection).

Like the After-sales page it has ONE 1 Hz timer repainting only the visible SLA cells.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.services.aftersales import AfterSaleDetail, AfterSaleRow
from console.views.aftersales_model import AfterSalesModel
from console.views.async_call import run_service, spawn
from console.views.labels import code_label
from console.views.pages.base import BasePage
from console.views.tables import fit_columns_when_rows_arrive

REFUND, REJECT = "ARBITRATED_REFUND", "ARBITRATED_REJECT"


class DisputesPage(BasePage):
    name = "disputes"
    title = "Disputes"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.model = AfterSalesModel(api.now, disputes=True)
        bar = QHBoxLayout()
        self.count_label = QLabel()
        bar.addWidget(self.count_label, 1)
        self.show_closed = QCheckBox(self.tr("Show decided"))
        self.show_closed.toggled.connect(self.start_refresh)
        bar.addWidget(self.show_closed)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.start_refresh)
        bar.addWidget(self.refresh_btn)
        self.body.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setObjectName("disputesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        fit_columns_when_rows_arrive(self.table)  # not on each countdown tick: see tables.py
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        split.addWidget(self.table)

        side = QWidget()
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setObjectName("disputeDetail")
        self.detail.setPlaceholderText(self.tr("Select a dispute to see both sides, the history and the notes."))
        col.addWidget(self.detail, 1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Internal note, or the reason for your decision (the buyer and "
                                                  "the merchant see the decision's reason)"))
        self.note_edit.setMaximumHeight(90)
        col.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        self.note_btn = QPushButton(self.tr("Add note"))
        self.refund_btn = QPushButton(self.tr("Decide: refund buyer"))
        self.reject_btn = QPushButton(self.tr("Decide: uphold rejection"))
        for b in (self.note_btn, self.refund_btn, self.reject_btn):
            buttons.addWidget(b)
        col.addLayout(buttons)
        self.note_btn.clicked.connect(lambda: spawn(self.add_note(self.note_edit.toPlainText())))
        self.refund_btn.clicked.connect(lambda: self._decide_clicked(REFUND))
        self.reject_btn.clicked.connect(lambda: self._decide_clicked(REJECT))
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 400])
        self.body.addWidget(split, 1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.body.addWidget(self.notice)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.current: AfterSaleDetail | None = None
        self._sync_buttons()

    async def refresh(self) -> None:
        rows = await run_service(self.api.list_disputes, not self.show_closed.isChecked())
        self.model.set_rows(rows)
        open_n = sum(1 for r in rows if r.status == "DISPUTED")
        self.count_label.setText(self.tr("{n} open dispute(s), soonest SLA first").format(n=open_n))
        self.current = None
        self.detail.clear()
        self._sync_buttons()

    def on_change(self, kind: str, key: str) -> None:
        if kind in ("aftersale", "dispute"):
            self.start_refresh()

    def tick(self) -> None:
        n = self.model.rowCount()
        if n:
            first = max(self.table.rowAt(0), 0)
            last = self.table.rowAt(self.table.viewport().height() - 1)
            self.model.tick(first, n - 1 if last < 0 else last)

    def selected(self) -> AfterSaleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_: Any) -> None:
        self._sync_buttons()
        r = self.selected()
        if r is not None:
            spawn(self.load_detail(r.id))

    async def load_detail(self, after_sale_id: int) -> None:
        try:
            detail: AfterSaleDetail = await run_service(self.api.aftersale_detail, after_sale_id)
        except Exception as exc:
            self.notice.setText(str(exc))
            return
        self.current = detail
        self.detail.setHtml(render_dispute(detail))

    def _sync_buttons(self) -> None:
        r = self.selected()
        open_ = r is not None and r.status == "DISPUTED"
        self.note_btn.setEnabled(r is not None and self.api.allowed("dispute_note"))
        may = self.api.allowed("arbitrate")
        self.refund_btn.setEnabled(open_ and may)
        self.reject_btn.setEnabled(open_ and may)

    # --- actions --------------------------------------------------------------------------
    async def add_note(self, text: str) -> bool:
        r = self.selected()
        if r is None:
            return False
        try:
            await run_service(self.api.add_dispute_note, r.id, text)
        except Exception as exc:
            self.notice.setText(str(exc))
            return False
        self.note_edit.clear()
        self.notice.setText(self.tr("Note added."))
        await self.load_detail(r.id)
        return True

    async def decide(self, decision: str, note: str) -> bool:
        r = self.selected()
        if r is None:
            return False
        try:
            await run_service(self.api.arbitrate, r.id, decision, note, r.version)
        except Exception as exc:
            self.notice.setText(str(exc))
            await self.refresh()
            return False
        what = self.tr("refund the buyer") if decision == REFUND else self.tr("uphold the rejection")
        self.note_edit.clear()
        self.notice.setText(self.tr("Dispute {id} decided: {what}.").format(id=r.id, what=what))
        await self.refresh()
        return True

    def _decide_clicked(self, decision: str) -> None:
        r = self.selected()
        note = self.note_edit.toPlainText().strip()
        if r is None:
            return
        if not note:
            self.notice.setText(self.tr("Write the reason for your decision first."))
            return
        what = self.tr("refund ¥{amount} to the buyer").format(amount=f"{r.amount:,.2f}") if decision == REFUND \
            else self.tr("uphold the merchant's rejection")
        ask = self.tr("Dispute {id}: {what}? This is final.").format(id=r.id, what=what)
        if QMessageBox.question(self, self.tr("Decide dispute"), ask) \
                == QMessageBox.StandardButton.Yes:
            spawn(self.decide(decision, note))


def _t(text: str) -> str:
    return QCoreApplication.translate("DisputesPage", text)


def render_dispute(d: AfterSaleDetail) -> str:
    """Labels and codes are translated; statements, reason texts and notes are data and shown as stored."""
    e = html.escape
    r = d.row
    sla = f"{r.sla_deadline:%Y-%m-%d %H:%M} UTC" if r.sla_deadline else "—"
    paid = _t("¥{amount} of ¥{paid} paid").format(amount=f"{r.amount:,.2f}", paid=f"{d.pay_amount:,.2f}")
    rejected_by = _t("Rejected by {who}:").format(who=r.decided_by or "")
    parts = [f"<h3>{e(_t('Dispute {id} — order {sn}').format(id=r.id, sn=r.order_sn))}</h3>",
             f"<p><b>{e(code_label(r.status))}</b> · {e(paid)} · SLA {sla}</p>",
             f"<table width='100%' cellspacing='6'><tr><th align='left'>{e(_t('Buyer'))}</th>"
             f"<th align='left'>{e(_t('Merchant'))}</th></tr>",
             f"<tr><td valign='top'>{e(code_label(r.reason_code))}: {e(d.reason_text)}<br>"
             + "<br>".join(e(line) for line in d.evidence.splitlines())
             + f"<br><i>{e(d.dispute_statement or '')}</i></td>"
             f"<td valign='top'>{e(rejected_by)}<br><i>{e(d.reject_reason or '')}</i></td></tr>"
             "</table>"]
    if d.arbitration_note:
        who = _t("Decision by {who}:").format(who=d.arbitrated_by or "")
        parts.append(f"<p><b>{e(who)}</b> {e(d.arbitration_note)}</p>")
    parts.append(f"<h4>{e(_t('Notes'))}</h4>")
    if not d.notes:
        parts.append(f"<p><i>{e(_t('No notes yet.'))}</i></p>")
    for n in d.notes:
        parts.append(f"<p><b>{e(n.author)}</b> ({e(n.role)}, {n.created_at:%m-%d %H:%M}): {e(n.text)}</p>")
    parts.append(f"<h4>{e(_t('History'))}</h4><table cellspacing='4'>")
    for at, kind, actor, detail in d.history:
        parts.append(f"<tr><td>{at:%m-%d %H:%M}</td><td><b>{e(kind)}</b></td><td>{e(actor)}</td>"
                     f"<td>{e(detail)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
