"""Payments page: payment attempts (status filter, search, keyset paged) and the notify inbox with a
raw-body viewer and "Replay notify" (ADMIN only, checked again by the service, audited).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.services.errors import ServiceError
from console.services.payments_admin import NOTIFY_OUTCOMES, AttemptFilter, NotifyFilter, ReplayResult
from console.services.states import PaymentStatus
from console.views.async_call import run_service, spawn
from console.views.labels import code_label
from console.views.pages.base import BasePage
from console.views.pages.outbox import ask_reason
from console.views.payments_model import ATTEMPT_TRADE_NO_COLUMN, attempts_model, notifies_model, raw_body_text
from console.views.tables import row_table

LIVE_DELAY_MS = 300  # coalesce bursts of payment changes into one reload


class PaymentsPage(BasePage):
    name = "payments"
    title = "Payments"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.ask = ask_reason  # tests answer the confirmation here
        self._body_gen = 0
        self.tabs = QTabWidget()
        self.tabs.setObjectName("paymentsTabs")
        self.body.addWidget(self.tabs, 1)
        self.status_line = QLabel("")
        self.body.addWidget(self.status_line)

        # --- attempts tab ---
        attempts_tab = QWidget()
        al = QVBoxLayout(attempts_tab)
        al.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("attemptStatus")
        self.status.addItem(self.tr("All statuses"), None)
        for st in PaymentStatus:
            self.status.addItem(code_label(st.value), st.value)
        self.status.currentIndexChanged.connect(self.apply_attempt_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Out trade no., order no. or Alipay trade no. (exact)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.apply_attempt_filter)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.apply_attempt_filter)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.start_refresh)
        bar.addWidget(self.status)
        bar.addWidget(self.search, 3)
        bar.addWidget(go)
        bar.addStretch(1)
        bar.addWidget(refresh)
        al.addLayout(bar)
        self.attempts = attempts_model(api.payment_attempts)
        self.attempts.failed.connect(self.show_error)
        self.attempts.loaded.connect(self._update_line)
        # Long trade numbers elided in the middle keep both ends readable.
        self.attempts_table = row_table(self.attempts, "attemptsTable", elide=Qt.TextElideMode.ElideMiddle)
        # The 32-digit Alipay trade number takes the squeeze, so amounts and times stay whole.
        head = self.attempts_table.horizontalHeader()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(ATTEMPT_TRADE_NO_COLUMN, QHeaderView.ResizeMode.Stretch)
        al.addWidget(self.attempts_table, 1)
        self.tabs.addTab(attempts_tab, self.tr("Payment attempts"))

        # --- notify inbox tab ---
        inbox_tab = QWidget()
        il = QVBoxLayout(inbox_tab)
        il.setContentsMargins(0, 8, 0, 0)
        nbar = QHBoxLayout()
        self.outcome = QComboBox()
        self.outcome.setObjectName("notifyOutcome")
        self.outcome.addItem(self.tr("All outcomes"), None)
        for o in NOTIFY_OUTCOMES:
            self.outcome.addItem(code_label(o), o)
        self.outcome.currentIndexChanged.connect(self.apply_notify_filter)
        self.notify_search = QLineEdit()
        self.notify_search.setPlaceholderText(self.tr("Out trade no. (exact)"))
        self.notify_search.setClearButtonEnabled(True)
        self.notify_search.returnPressed.connect(self.apply_notify_filter)
        ngo = QPushButton(self.tr("Search"))
        ngo.clicked.connect(self.apply_notify_filter)
        self.replay_button = QPushButton(self.tr("Replay notify…"))
        self.replay_button.setObjectName("action_replay_notify")
        admin = api.allowed("replay_notify")
        self.replay_button.setEnabled(admin)
        self.replay_button.setToolTip(self.tr("Run the selected notify through the inbox again") if admin
                                      else self.tr("Only an admin can replay notifies"))
        self.replay_button.clicked.connect(self.on_replay)
        nbar.addWidget(self.outcome)
        nbar.addWidget(self.notify_search, 3)
        nbar.addWidget(ngo)
        nbar.addStretch(1)
        nbar.addWidget(self.replay_button)
        il.addLayout(nbar)
        self.notifies = notifies_model(api.payment_notifies)
        self.notifies.failed.connect(self.show_error)
        self.notifies.loaded.connect(self._update_line)
        self.notify_table = row_table(self.notifies, "notifyTable")
        self.notify_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._on_notify(cur.row()))
        self.raw_view = QPlainTextEdit()
        self.raw_view.setObjectName("notifyBody")
        self.raw_view.setReadOnly(True)
        self.raw_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw_view.setPlaceholderText(self.tr("Select a notify to see its body."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.notify_table)
        split.addWidget(self.raw_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        il.addWidget(split, 1)
        self.tabs.addTab(inbox_tab, self.tr("Notify inbox"))
        self.tabs.currentChanged.connect(lambda _i: self._update_line())

        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_DELAY_MS)
        self._live.timeout.connect(self.start_refresh)

    # --- loading ----------------------------------------------------------------------------
    def attempt_filter(self) -> AttemptFilter:
        return AttemptFilter(status=self.status.currentData(), search=self.search.text())

    def notify_filter(self) -> NotifyFilter:
        return NotifyFilter(outcome=self.outcome.currentData(), search=self.notify_search.text())

    async def refresh(self) -> None:
        await self.attempts.reload(self.attempt_filter() if self.attempts.filter is None else None)
        await self.notifies.reload(self.notify_filter() if self.notifies.filter is None else None)
        self._update_line()

    def apply_attempt_filter(self) -> None:
        spawn(self.guarded(self.attempts.reload(self.attempt_filter()), self._update_line))

    def apply_notify_filter(self) -> None:
        spawn(self.guarded(self.notifies.reload(self.notify_filter()), self._update_line))

    def _update_line(self) -> None:
        model = self.attempts if self.tabs.currentIndex() == 0 else self.notifies
        what = self.tr("payment attempts") if model is self.attempts else self.tr("notifies")
        more = self.tr(" (scroll for more)") if model.has_more else ""
        self.status_line.setText(self.tr("{n} {what} shown").format(n=len(model.rows), what=what) + more)

    def _on_notify(self, row: int) -> None:
        if 0 <= row < len(self.notifies.rows):
            spawn(self.show_body(self.notifies.rows[row].id))

    async def show_body(self, notify_row_id: int) -> None:
        self._body_gen += 1
        gen = self._body_gen
        try:
            text = raw_body_text(await run_service(self.api.notify_detail, notify_row_id))
        except Exception as exc:
            text = str(exc)
        if gen == self._body_gen:
            self.raw_view.setPlainText(text)

    def select_notify(self, row: int) -> None:
        flag = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.notify_table.selectionModel().setCurrentIndex(self.notifies.index(row, 0), flag)

    # --- replay -----------------------------------------------------------------------------
    def on_replay(self) -> None:
        row = self.notify_table.currentIndex().row()
        if not 0 <= row < len(self.notifies.rows):
            self.status_line.setText(self.tr("Select a notify first."))
            return
        n = self.notifies.rows[row]
        reason = self.ask(self, self.tr("Replay notify"), self.tr(
            "Run notify {nid} for {otn} ({outcome}) through the inbox again? "
            "A paid notify pays the order if it is still unpaid.").format(
                nid=n.notify_id or f"#{n.id}", otn=n.out_trade_no or "?", outcome=code_label(n.outcome)), False)
        if reason is not None:
            spawn(self.replay(n.id, reason))

    async def replay(self, notify_row_id: int, reason: str = "") -> ReplayResult | None:
        try:
            result: ReplayResult = await run_service(self.api.replay_notify, notify_row_id, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return None
        await self.notifies.reload()
        await self.attempts.reload()
        # The outcome as its label; the detail is the service's own text (codes and all, as logged).
        line = self.tr("Replay answered \"{reply}\": {outcome}").format(
            reply=result.reply, outcome=code_label(result.outcome))
        self.status_line.setText(f"{line} — {result.detail}" if result.detail else line)
        if result.new_row_id is not None:
            at = self.notifies.row_of(result.new_row_id)
            if at >= 0:
                self.select_notify(at)
        return result

    def on_change(self, kind: str, key: str) -> None:
        # Notifies and queries land through the workers; a page on screen reloads what it shows.
        relevant = kind in ("payment", "order") or (kind == "worker" and ("pay" in key or "notify" in key))
        if relevant and self.is_loaded and self.isVisible() and not self._live.isActive():
            self._live.start()
