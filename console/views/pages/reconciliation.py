"""Reconciliation page: run a Beijing day's bill by hand (off the GUI thread), the runs so far, and the
exceptions (open or all) with MARK_PAID / REFUND / ANNOTATE. The services check the roles and audit.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.services.errors import ServiceError
from console.services.payments_admin import ExceptionFilter
from console.services.reconciliation import BEIJING, RESOLUTIONS, ReconExceptionRow, ReconRunRow
from console.views.async_call import run_service, spawn
from console.views.labels import code_label
from console.views.pages.base import BasePage
from console.views.payments_model import money
from console.views.recon_model import exceptions_model, runs_model
from console.views.tables import EmptyHint, row_table

# What each resolution does, in English (the source text); shown translated (the page's context).
RESOLUTION_HELP = {
    "MARK_PAID": "Apply the payment Alipay has as if its notify had come (pays the order, or refunds it "
                 "if the order was cancelled meanwhile).",
    "REFUND": "Pay the amount Alipay holds back to the buyer (what was not yet refunded).",
    "ANNOTATE": "Only record the note: the difference is explained, nothing changes.",
}


def ask_resolution(parent: QWidget, e: ReconExceptionRow) -> tuple[str, str] | None:
    """Resolution and note for one exception, confirmed by OK; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(parent.tr("Resolve exception"))
    outer = QVBoxLayout(dialog)
    intro = QLabel(parent.tr("{kind} on {otn}: ours {ours}, Alipay {theirs}.<br>{detail}").format(
        kind=html.escape(code_label(e.kind)), otn=html.escape(e.out_trade_no or "?"),
        ours=money(e.our_amount) or "—", theirs=money(e.their_amount) or "—", detail=html.escape(e.detail)))
    intro.setWordWrap(True)
    outer.addWidget(intro)
    form = QFormLayout()
    choice = QComboBox()
    for r in RESOLUTIONS:
        choice.addItem(code_label(r), r)
    explain = QLabel(parent.tr(RESOLUTION_HELP[RESOLUTIONS[0]]))
    explain.setWordWrap(True)
    choice.currentIndexChanged.connect(lambda _i: explain.setText(parent.tr(RESOLUTION_HELP[choice.currentData()])))
    note = QPlainTextEdit()
    note.setPlaceholderText(parent.tr("Why (required, kept in the audit log)"))
    note.setFixedHeight(80)
    form.addRow(parent.tr("Resolution"), choice)
    form.addRow("", explain)
    form.addRow(parent.tr("Note"), note)
    outer.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    outer.addWidget(buttons)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        if note.toPlainText().strip():
            return str(choice.currentData()), note.toPlainText().strip()
        QMessageBox.information(dialog, parent.tr("Note required"), parent.tr("Say why in the note."))
    return None


def run_text(r: ReconRunRow) -> str:
    """The line under the Run button once a run is back: its counts, or its status' label and why."""
    def t(text: str) -> str:
        return QCoreApplication.translate("ReconciliationPage", text)

    if r.status == "DONE":
        return t("Run #{id} for {day}: {matched} matched, {n} exception(s).").format(
            id=r.id, day=r.bill_date, matched=r.matched, n=r.exceptions)
    line = t("Run #{id} for {day}: {status}").format(id=r.id, day=r.bill_date, status=code_label(r.status))
    return f"{line} — {r.detail}" if r.detail else line


class ReconciliationPage(BasePage):
    name = "reconciliation"
    title = "Reconciliation"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.ask_resolution = ask_resolution  # tests answer the dialog here
        self.running = False

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bill date (Beijing):")))
        self.date = QDateEdit()
        self.date.setObjectName("billDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(self._yesterday())
        self.run_button = QPushButton(self.tr("Run reconciliation"))
        self.run_button.setObjectName("action_run_reconciliation")
        self.can_run = api.allowed("run_reconciliation")
        self.run_button.setEnabled(self.can_run)
        if not self.can_run:
            self.run_button.setToolTip(self.tr("Only a merchant or an admin can run reconciliation"))
        self.run_button.clicked.connect(self.on_run)
        self.run_result = QLabel("")
        self.run_result.setObjectName("runResult")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.start_refresh)
        bar.addWidget(self.date)
        bar.addWidget(self.run_button)
        bar.addWidget(self.run_result, 1)
        bar.addWidget(refresh)
        self.body.addLayout(bar)

        self.runs = runs_model()
        self.runs_table = row_table(self.runs, "reconRunsTable")
        self.runs_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._on_run_selected(cur.row()))
        runs_box = QWidget()
        rl = QVBoxLayout(runs_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Runs (select one to see only its exceptions)")))
        rl.addWidget(self.runs_table, 1)

        exc_box = QWidget()
        el = QVBoxLayout(exc_box)
        el.setContentsMargins(0, 0, 0, 0)
        ebar = QHBoxLayout()
        ebar.addWidget(QLabel(self.tr("Exceptions")))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("exceptionFilter")
        self.show_filter.addItem(self.tr("Open"), True)
        self.show_filter.addItem(self.tr("All"), False)
        self.show_filter.currentIndexChanged.connect(self.apply_filter)
        self.run_scope = QLabel("")
        self.all_runs_button = QPushButton(self.tr("All runs"))
        self.all_runs_button.clicked.connect(self.clear_run_scope)
        self.all_runs_button.hide()
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.setObjectName("action_resolve_recon")
        can_resolve = api.allowed("resolve_recon")
        self.resolve_button.setEnabled(can_resolve)
        if not can_resolve:
            self.resolve_button.setToolTip(self.tr("Only a merchant or an admin can resolve exceptions"))
        self.resolve_button.clicked.connect(self.on_resolve)
        ebar.addWidget(self.show_filter)
        ebar.addWidget(self.run_scope)
        ebar.addWidget(self.all_runs_button)
        ebar.addStretch(1)
        ebar.addWidget(self.resolve_button)
        el.addLayout(ebar)
        self.exceptions = exceptions_model(api.recon_exceptions)
        self.exceptions.failed.connect(self.show_error)
        self.exceptions.loaded.connect(self._update_line)
        self.exc_table = row_table(self.exceptions, "reconExceptionsTable")
        self.exc_empty = EmptyHint(self.exc_table, self.tr("No open exceptions."))
        el.addWidget(self.exc_table, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(runs_box)
        split.addWidget(exc_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.body.addWidget(split, 1)
        self.status_line = QLabel("")
        self.body.addWidget(self.status_line)
        self.run_id: int | None = None  # exceptions of this run only; None: every run

    def _yesterday(self) -> QDate:
        # Bill days are Beijing days (as Alipay's); yesterday's bill is the newest one ready.
        day = self.api.now().astimezone(BEIJING).date() - dt.timedelta(days=1)
        return QDate(day.year, day.month, day.day)

    def bill_date(self) -> dt.date:
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    # --- loading ----------------------------------------------------------------------------
    def current_filter(self) -> ExceptionFilter:
        return ExceptionFilter(open_only=bool(self.show_filter.currentData()), run_id=self.run_id)

    async def refresh(self) -> None:
        await self.load_runs()
        await self.exceptions.reload(self.current_filter() if self.exceptions.filter is None else None)
        self._update_line()

    async def load_runs(self) -> None:
        self.runs.set_rows(await run_service(self.api.recon_runs))
        if not self.runs.rows and not self.running and not self.run_result.text():
            self.run_result.setText(self.tr("No run yet: pick a bill date and press Run reconciliation.")
                                    if self.can_run else self.tr("No reconciliation has run yet."))

    def apply_filter(self) -> None:
        spawn(self.guarded(self.exceptions.reload(self.current_filter()), self._update_line))

    def _on_run_selected(self, row: int) -> None:
        if 0 <= row < len(self.runs.rows) and self.runs.rows[row].id != self.run_id:
            r = self.runs.rows[row]
            self.run_id = r.id
            self.run_scope.setText(self.tr("of run #{id} ({day})").format(id=r.id, day=r.bill_date))
            self.all_runs_button.show()
            self.apply_filter()

    def clear_run_scope(self) -> None:
        self.run_id = None
        self.run_scope.setText("")
        self.all_runs_button.hide()
        self.runs_table.selectionModel().clearSelection()
        self.runs_table.selectionModel().setCurrentIndex(self.runs.index(-1, -1),
                                                         QItemSelectionModel.SelectionFlag.NoUpdate)
        self.apply_filter()

    def _update_line(self) -> None:
        open_only = bool(self.show_filter.currentData())
        more = self.tr(" (scroll for more)") if self.exceptions.has_more else ""
        what = self.tr("open exception(s)") if open_only else self.tr("exception(s)")
        self.exc_empty.loaded(self.tr("No open exceptions.") if open_only else self.tr("No exceptions."))
        self.status_line.setText(self.tr("{n} {what} shown").format(n=len(self.exceptions.rows), what=what) + more)

    # --- run --------------------------------------------------------------------------------
    def on_run(self) -> None:
        if not self.running:
            day = self.bill_date()
            self._begin_run(day)  # disabled at once, before the work is even scheduled
            spawn(self._run(day))

    async def run(self, day: dt.date) -> ReconRunRow | None:
        self._begin_run(day)
        return await self._run(day)

    def _begin_run(self, day: dt.date) -> None:
        self.running = True
        self.run_button.setEnabled(False)
        self.date.setEnabled(False)
        self.run_result.setStyleSheet("")
        self.run_result.setText(self.tr("Running reconciliation for {day}…").format(day=day.isoformat()))

    async def _run(self, day: dt.date) -> ReconRunRow | None:
        try:
            row: ReconRunRow = await run_service(self.api.run_reconciliation, day)
        except Exception as exc:  # refused, or a server went away: the page stays usable
            if isValid(self):
                self._end_run()
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                prefix = self.tr("Not run: ") if isinstance(exc, ServiceError) else self.tr("Run failed: ")
                self.run_result.setText(prefix + first)
                self.run_result.setStyleSheet("color:#cf222e")
            return None
        if not isValid(self):  # the page was closed meanwhile; the run itself is recorded
            return row
        self._end_run()
        self.run_result.setText(run_text(row))
        self.run_result.setStyleSheet("color:#cf222e" if row.status == "FAILED" else "")
        await self.guarded(self.refresh(), self._update_line)
        return row

    def _end_run(self) -> None:
        self.running = False
        self.run_button.setEnabled(self.can_run)
        self.date.setEnabled(True)

    # --- resolve ----------------------------------------------------------------------------
    def on_resolve(self) -> None:
        row = self.exc_table.currentIndex().row()
        if not 0 <= row < len(self.exceptions.rows):
            self.status_line.setText(self.tr("Select an exception first."))
            return
        e = self.exceptions.rows[row]
        if e.resolution is not None:
            self.status_line.setText(self.tr("This exception is already resolved."))
            return
        answer = self.ask_resolution(self, e)
        if answer is not None:
            spawn(self.resolve(e.id, *answer))

    async def resolve(self, exc_id: int, resolution: str, note: str) -> ReconExceptionRow | None:
        try:
            row: ReconExceptionRow = await run_service(self.api.resolve_recon, exc_id, resolution, note)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return None
        await self.exceptions.reload()
        self.status_line.setText(self.tr("Exception #{id} resolved: {res}.").format(
            id=row.id, res=code_label(resolution)))
        return row

    def select_exception(self, row: int) -> None:
        flag = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.exc_table.selectionModel().setCurrentIndex(self.exceptions.index(row, 0), flag)
