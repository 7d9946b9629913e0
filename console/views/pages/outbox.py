"""Outbox page: backlog counters, messages by status with a payload viewer, resend (one, selected, all
matching the filter) and dead letters with requeue. Every action is ADMIN only and audited by the service.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.errors import ServiceError
from console.services.outbox_admin import Backlog, MessageFilter
from console.services.states import MessageStatus
from console.views.async_call import run_service, spawn
from console.views.labels import code_label
from console.views.outbox_model import STATUS_COLOURS, age_text, dead_letters_model, messages_model
from console.views.pages.base import BasePage
from console.views.tables import EmptyHint, fit_columns_when_rows_arrive

LIVE_DELAY_MS = 250  # coalesce bursts of outbox changes into one reload


def ask_reason(parent: QWidget, title: str, text: str, required: bool) -> str | None:
    """A confirmation that also takes a reason (required for bulk actions). None when cancelled."""
    while True:
        reason, ok = QInputDialog.getText(parent, title, text + "\n\n" + parent.tr(
            "Reason (required):" if required else "Reason (optional):"))
        if not ok:
            return None
        if reason.strip() or not required:
            return str(reason)


class OutboxPage(BasePage):
    name = "outbox"
    title = "Outbox"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.ask = ask_reason  # tests answer the dialogs here
        self.backlog: Backlog | None = None
        self._payload_gen = 0
        admin = api.allowed("resend_message")

        counters = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for st in MessageStatus:
            label = QLabel(f"{code_label(st.name)} –")
            label.setObjectName(f"count_{st.name}")
            label.setStyleSheet(f"color:{STATUS_COLOURS[st.name]}; font-weight:bold; margin-right:12px")
            self.count_labels[st.name] = label
            counters.addWidget(label)
        self.oldest_label = QLabel("")
        self.dead_label = QLabel("")
        counters.addWidget(self.oldest_label)
        counters.addStretch(1)
        counters.addWidget(self.dead_label)
        self.body.addLayout(counters)

        bar = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for st in MessageStatus:
            self.status.addItem(code_label(st.name), int(st))
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order no., message id or routing key (exact)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.apply_filters)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.apply_filters)
        self.resend_button = QPushButton(self.tr("Resend selected"))
        self.resend_button.setObjectName("action_resend_selected")
        self.resend_button.clicked.connect(self.on_resend_selected)
        self.resend_all_button = QPushButton(self.tr("Resend all matching…"))
        self.resend_all_button.setObjectName("action_resend_matching")
        self.resend_all_button.setProperty("destructive", True)
        self.resend_all_button.clicked.connect(self.on_resend_matching)
        for b in (self.resend_button, self.resend_all_button):
            b.setEnabled(admin)
            if not admin:
                b.setToolTip(self.tr("Only an admin can resend messages"))
        bar.addWidget(self.status)
        bar.addWidget(self.search, 3)
        bar.addWidget(go)
        bar.addStretch(1)
        bar.addWidget(self.resend_button)
        bar.addWidget(self.resend_all_button)
        self.body.addLayout(bar)

        self.messages = messages_model(api.list_messages, api.now)
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.messages)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        fit_columns_when_rows_arrive(self.table)  # not on every live reload in place: see tables.py
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._on_current(cur.row()))
        self.messages.failed.connect(self.show_error)
        self.payload = QPlainTextEdit()
        self.payload.setObjectName("payloadViewer")
        self.payload.setReadOnly(True)
        self.payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.payload.setPlaceholderText(self.tr("Select a message to see its payload."))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(self.payload)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)

        dead_box = QWidget()
        dl = QVBoxLayout(dead_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dead_bar = QHBoxLayout()
        dead_bar.addWidget(QLabel(self.tr("Dead letters (poison messages a consumer gave up on)")))
        dead_bar.addStretch(1)
        self.requeue_button = QPushButton(self.tr("Requeue"))
        self.requeue_button.setObjectName("action_requeue_dead")
        self.requeue_button.setEnabled(api.allowed("requeue_dead"))
        self.requeue_button.clicked.connect(self.on_requeue)
        dead_bar.addWidget(self.requeue_button)
        dl.addLayout(dead_bar)
        self.dead = dead_letters_model()
        self.dead_table = QTableView()
        self.dead_table.setObjectName("deadLettersTable")
        self.dead_table.setModel(self.dead)
        self.dead_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dead_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dead_table.verticalHeader().hide()
        self.dead_table.setWordWrap(False)
        fit_columns_when_rows_arrive(self.dead_table)
        self.dead_empty = EmptyHint(self.dead_table, self.tr("No dead letters: no consumer has given up on a message."))
        dl.addWidget(self.dead_table, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(dead_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.body.addWidget(split, 1)
        self.status_line = QLabel("")
        self.body.addWidget(self.status_line)

        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_DELAY_MS)
        self._live.timeout.connect(lambda: spawn(self.guarded(self.reload_all(), self._update_line)))

    # --- loading ----------------------------------------------------------------------------
    def current_filter(self) -> MessageFilter:
        code = self.status.currentData()
        return MessageFilter(status=None if code is None else MessageStatus(code), search=self.search.text())

    async def refresh(self) -> None:
        if self.messages.filter is None:
            await self.messages.reload(self.current_filter())
        else:
            await self.messages.reload()
        await self.load_counters()
        await self.load_dead()
        self._update_line()

    async def reload_all(self) -> None:
        await self.messages.reload()
        await self.load_counters()
        await self.load_dead()
        self._update_line()

    async def load_counters(self) -> None:
        b: Backlog = await run_service(self.api.outbox_backlog)
        self.backlog = b
        for name, label in self.count_labels.items():
            label.setText(f"{code_label(name)} {b.counts.get(name, 0):,}")
        self.oldest_label.setText(self.tr("Oldest unsent: ") + age_text(b.oldest_unsent_age))
        self.dead_label.setText(self.tr("Dead letters: {n}").format(n=b.dead_letters))

    async def load_dead(self) -> None:
        self.dead.set_rows(await run_service(self.api.dead_letters))
        self.dead_empty.loaded()

    def apply_filters(self) -> None:
        spawn(self.guarded(self.messages.reload(self.current_filter()), self._update_line))

    def _update_line(self) -> None:
        more = self.tr(" (scroll for more)") if self.messages.has_more else ""
        self.status_line.setText(self.tr("{n} messages shown").format(n=len(self.messages.rows)) + more)

    def _on_current(self, row: int) -> None:
        if 0 <= row < len(self.messages.rows):
            spawn(self.show_payload(self.messages.rows[row].message_id))

    async def show_payload(self, message_id: str) -> None:
        self._payload_gen += 1
        gen = self._payload_gen
        try:
            text = await run_service(self.api.message_payload, message_id)
        except Exception as exc:
            text = str(exc)
        if gen == self._payload_gen:
            self.payload.setPlainText(text)

    def select_rows(self, rows: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        for i, r in enumerate(rows):
            flag = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if i == 0:
                sel.setCurrentIndex(self.messages.index(r, 0), flag)
            else:
                sel.select(self.messages.index(r, 0), flag)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.messages.rows[r].message_id for r in rows if 0 <= r < len(self.messages.rows)]

    # --- actions ----------------------------------------------------------------------------
    def on_resend_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status_line.setText(self.tr("Select one or more messages first."))
            return
        what = self.tr("Resend message {id}?").format(id=ids[0]) if len(ids) == 1 else \
            self.tr("Resend the {n} selected messages?").format(n=len(ids))
        reason = self.ask(self, self.tr("Resend"), what, False)
        if reason is not None:
            spawn(self.resend(ids, reason))

    async def resend(self, ids: list[str], reason: str = "") -> int:
        try:
            n = await run_service(self.api.resend_messages, ids, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return -1
        # Only the touched rows change, in place: the selection stays where it was.
        for row in await run_service(self.api.get_messages, ids):
            self.messages.upsert(row)
        await self.load_counters()
        self.status_line.setText(self.tr("{n} message(s) will be sent again.").format(n=n))
        return int(n)

    def on_resend_matching(self) -> None:
        spawn(self.resend_matching_flow())

    async def resend_matching_flow(self) -> int:
        """Count with the page's filter, show the count, ask for a reason, resend with the same filter."""
        filt = self.current_filter()
        try:
            count = await run_service(self.api.count_resend_matching, filt)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return -1
        if filt.empty:
            QMessageBox.information(self, self.tr("Resend"), self.tr(
                "Choose a status or search first: resending without a filter would send the whole history."))
            return -1
        if count == 0:
            self.status_line.setText(self.tr("No message matches the filter."))
            return 0
        desc = ", ".join(f"{k} = {v}" for k, v in filt.describe().items())
        reason = self.ask(self, self.tr("Resend all matching"), self.tr(
            "{n} message(s) match ({f}) and will be sent again.").format(n=count, f=desc), True)
        if reason is None:
            return -1
        try:
            n = await run_service(self.api.resend_matching, filt, count, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return -1
        await self.reload_all()
        self.status_line.setText(self.tr("{n} message(s) will be sent again.").format(n=n))
        return int(n)

    def on_requeue(self) -> None:
        row = self.dead_table.currentIndex().row()
        if not 0 <= row < len(self.dead.rows):
            self.status_line.setText(self.tr("Select a dead letter first."))
            return
        d = self.dead.rows[row]
        reason = self.ask(self, self.tr("Requeue"), self.tr(
            "Send dead letter #{id} back to {q}?").format(id=d.id, q=html.escape(d.queue)), False)
        if reason is not None:
            spawn(self.requeue(d.id, reason))

    async def requeue(self, dead_letter_id: int, reason: str = "") -> bool:
        try:
            await run_service(self.api.requeue_dead_letter, dead_letter_id, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        await self.reload_all()
        return True

    def on_change(self, kind: str, key: str) -> None:
        # The relay's progress arrives as its worker's changes; only a page on screen reloads.
        relevant = kind == "outbox" or (kind == "worker" and key == "relay")
        if relevant and self.is_loaded and self.isVisible() and not self._live.isActive():
            self._live.start()
