"""Workers page: every worker of every process (heartbeats) with this console's own live, plus ADMIN
start/stop of the in-process workers.

Live changes come through the one bridge (the worker host's on_change -> Bridge.changed("worker", name)).
They are coalesced: the first change arms a 250 ms timer, later ones just wait for it, and when it
fires the changed rows are updated in place from the host's memory (no I/O on the GUI thread), so
the table repaints at most four times a second and keeps its selection and scroll position.
Other processes' workers are re-read from worker_heartbeat every few seconds while the page is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from console.services.errors import ServiceError
from console.services.workers_admin import WorkerRow
from console.views.async_call import run_service, spawn
from console.views.pages.base import BasePage
from console.views.tables import fit_columns_when_rows_arrive
from console.views.workers_model import workers_model

LIVE_INTERVAL_MS = 250  # at most ~4 repaints a second from live changes
POLL_INTERVAL_MS = 5000  # other processes report by heartbeat every few seconds


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    reason, ok = QInputDialog.getText(parent, title, text + "\n\n" + parent.tr("Reason (optional):"))
    return str(reason) if ok else None


class WorkersPage(BasePage):
    name = "workers"
    title = "Workers"

    def __init__(self, api: Any, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        self.ask = ask_reason  # tests answer the dialog here
        self.repaints = 0  # live batches applied (the throttle's visible effect; tests read it)
        self._pending: set[str] = set()

        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("action_start_worker")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("action_stop_worker")
        self.stop_button.setProperty("destructive", True)
        self.start_button.clicked.connect(lambda: self.on_action(True))
        self.stop_button.clicked.connect(lambda: self.on_action(False))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.start_refresh)
        for b in (self.start_button, self.stop_button, refresh):
            bar.addWidget(b)
        self.body.addLayout(bar)

        self.model = workers_model(api.now)
        self.table = QTableView()
        self.table.setObjectName("workersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        fit_columns_when_rows_arrive(self.table)  # not on every live update: see tables.py
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.body.addWidget(self.table, 1)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)

        self.live = QTimer(self)
        self.live.setSingleShot(True)
        self.live.setInterval(LIVE_INTERVAL_MS)
        self.live.timeout.connect(self.apply_live)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_INTERVAL_MS)
        self.poll.timeout.connect(self._poll)
        self._polling = False
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------
    async def refresh(self) -> None:
        rows = await run_service(self.api.worker_fleet)
        self._show(rows)
        if not self.poll.isActive() and POLL_INTERVAL_MS > 0:
            self.poll.start()

    def _show(self, rows: list[WorkerRow]) -> None:
        key = self.selected_key()
        self.model.set_rows(rows)
        if key is not None and self.table.currentIndex().row() < 0:
            self.select_key(key)  # a new or vanished worker reset the rows: keep what was selected
        self._summarise()

    def _poll(self) -> None:
        if self.isVisible() and not self._polling:
            self._polling = True
            spawn(self._poll_once())

    async def _poll_once(self) -> None:
        try:
            await self._refresh_and_report()
        finally:
            self._polling = False

    def _summarise(self) -> None:
        rows = self.model.rows
        local = [r for r in rows if r.local]
        running = sum(1 for r in rows if r.state == "RUNNING" and not r.stale)
        failed = sum(1 for r in rows if r.state == "FAILED")
        procs = len({r.process for r in rows})
        text = self.tr("{n} workers in {p} process(es): {r} running, {f} failed").format(
            n=len(rows), p=procs, r=running, f=failed)
        if not local:
            text += self.tr(" — this console runs no workers of its own")
        self.summary.setText(text)

    # --- live updates (through the bridge) --------------------------------------------------
    def on_change(self, kind: str, key: str) -> None:
        if kind != "worker":
            return
        self._pending.add(key)
        if not self.live.isActive():
            self.live.start()

    def apply_live(self) -> None:
        """One coalesced batch: the changed local workers' rows, in place, from memory."""
        names = self._pending
        self._pending = set()
        if not names:
            return
        self.repaints += 1
        for row in self.api.local_worker_rows():
            if row.name in names or "" in names:
                self.model.upsert(row)
        self._summarise()

    # --- selection and actions --------------------------------------------------------------
    def selected(self) -> WorkerRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def selected_key(self) -> tuple[str, str] | None:
        r = self.selected()
        return None if r is None else r.key

    def select_key(self, key: tuple[str, str]) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self) -> None:
        r = self.selected()
        admin = self.api.allowed("start_stop_workers")
        local = r is not None and r.local
        self.start_button.setEnabled(admin and local and r is not None and r.state in ("STOPPED", "FAILED"))
        self.stop_button.setEnabled(admin and local and r is not None and r.state != "STOPPED")
        why = "" if admin else self.tr("Only an admin can start or stop workers")
        if admin and r is not None and not r.local:
            why = self.tr("This worker runs in another process; stop it there")
        for b in (self.start_button, self.stop_button):
            b.setToolTip(why)

    def on_action(self, start: bool) -> None:
        r = self.selected()
        if r is None:
            return
        verb = self.tr("Start") if start else self.tr("Stop")
        reason = self.ask(self, verb, self.tr("{v} worker {n} in this console?").format(v=verb, n=r.name))
        if reason is not None:
            spawn(self.set_running(r.name, start, reason))

    async def set_running(self, name: str, start: bool, reason: str = "") -> bool:
        try:
            fn = self.api.start_worker if start else self.api.stop_worker
            row = await run_service(fn, name, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        self.model.upsert(row)
        self._summarise()
        self._update_buttons()
        self.note.setText(self.tr("Worker {n} is {s}.").format(n=name, s=row.state.lower()))
        return True

    def hideEvent(self, event: Any) -> None:
        self.poll.stop()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        if self.is_loaded and POLL_INTERVAL_MS > 0:
            self.poll.start()
        super().showEvent(event)
