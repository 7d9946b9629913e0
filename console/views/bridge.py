"""The one signal bridge between worker threads and the GUI.

Workers call plain Python callbacks (`bridge.on_change(kind, key)`), from any thread; the bridge
turns them into Qt signals, which Qt queues to the GUI thread for receivers living there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bridge(QObject):
    # kind: "order", "outbox", "worker", "payment", ...; key: the object's id or "" for "many".
    changed = Signal(str, str)
    message = Signal(str)

    def on_change(self, kind: str, key: object = "") -> None:
        self.changed.emit(str(kind), "" if key is None else str(key))

    def on_message(self, text: str) -> None:
        self.message.emit(str(text))
