"""Status bar: database, Redis, broker and workers, checked every few seconds OFF the GUI thread.

Each check runs in the service pool with a timeout; a check still hanging from last time is not
started again, so an unreachable server shows "down" and never freezes or floods the window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from console.views.async_call import EXECUTOR, spawn

CHECK_TIMEOUT = 4.0
LABELS = {"database": "Database", "redis": "Redis", "broker": "Broker", "workers": "Workers"}


class HealthBar(QStatusBar):
    def __init__(self, health: dict[str, Callable[[], bool]], workers_state: Callable[[], str],
                 interval_ms: int = 3000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._health = health
        self._workers_state = workers_state
        self._busy: set[str] = set()
        self.labels: dict[str, QLabel] = {}
        self.user_label = QLabel("")
        self.addWidget(self.user_label, 1)
        for name in ("database", "redis", "broker", "workers"):
            label = QLabel(f"{self.tr(LABELS[name])}: …")
            label.setObjectName(f"health_{name}")
            self.labels[name] = label
            self.addPermanentWidget(label)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.check_now()
        self.timer.start()

    def check_now(self) -> None:
        for name in ("database", "redis", "broker"):
            if name not in self._busy:
                spawn(self._check(name))
        self._set("workers", self._workers_state())

    async def _check(self, name: str) -> None:
        fn = self._health.get(name)
        if fn is None:
            self._set(name, "n/a")
            return
        self._busy.add(name)
        # Busy until the thread really returns: a hanging check is shown down, not started twice.
        fut = asyncio.get_event_loop().run_in_executor(EXECUTOR, _safe, fn)
        fut.add_done_callback(lambda _f: self._busy.discard(name))
        done, _ = await asyncio.wait({fut}, timeout=CHECK_TIMEOUT)
        ok = bool(fut.result()) if done else False
        self._set(name, "up" if ok else "down")

    def _set(self, name: str, state: str) -> None:
        label = self.labels[name]
        # "11/11 running": the counts stay, the word is translated
        shown = state.replace("running", self.tr("running")) if state.endswith("running") else self.tr(state)
        label.setText(f"{self.tr(LABELS[name])}: {shown}")
        label.setProperty("state", state)
        colour = {"up": "#1a7f37", "down": "#cf222e", "stopped": "#9a6700"}.get(
            state, "#1a7f37" if state.endswith("running") else "#57606a")
        label.setStyleSheet(f"color: {colour}; font-weight: {'bold' if state == 'down' else 'normal'};")

    def state(self, name: str) -> str:
        return str(self.labels[name].property("state") or "")

    def retranslate(self) -> None:
        """The language changed: the same states, in the new words (no check is run for it)."""
        for name, label in self.labels.items():
            state = self.state(name)
            if state:
                self._set(name, state)
            else:
                label.setText(f"{self.tr(LABELS[name])}: …")


def _safe(fn: Callable[[], bool]) -> bool:
    try:
        return bool(fn())
    except Exception:  # a pinger that raises means the server is down, not the console
        return False
