"""BasePage: a titled page with a `refresh()` coroutine, a `loaded` signal and an error banner.

A page loads its data in `refresh()` (awaiting run_service calls); `start_refresh()` runs it from
a slot. When the database or a server is unreachable the banner says so, with a Retry button.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.views.api import ConsoleApi
from console.views.async_call import spawn
from console.views.bridge import Bridge


class BasePage(QWidget):
    name = ""
    title = ""
    loaded = Signal()  # the first (or a later) refresh finished, with data or with an error shown
    failed = Signal(str)

    def __init__(self, api: ConsoleApi, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.bridge = bridge
        self.is_loaded = False
        self.last_error = ""
        self.setObjectName(f"page_{self.name}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        heading = QLabel(self.tr(self.title))
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        self.banner = QFrame()
        self.banner.setObjectName("errorBanner")
        row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        retry = QPushButton(self.tr("Retry"))
        retry.clicked.connect(self.start_refresh)
        row.addWidget(self.banner_text, 1)
        row.addWidget(retry)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)

    async def refresh(self) -> None:
        """Load the page's data. Subclasses override."""

    def retire(self) -> None:
        """Replaced by a new page (the language changed): its timers stop and it is deleted once
        control is back in the event loop. A load still in flight then finds its widgets gone and
        its result is dropped (async_call.spawn tells that apart from a failure)."""
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.hide()
        self.deleteLater()

    def on_change(self, kind: str, key: str) -> None:
        """Something changed elsewhere (worker, other console); subclasses update in place."""

    def start_refresh(self) -> None:
        spawn(self._refresh_and_report())

    async def _refresh_and_report(self) -> None:
        try:
            await self.refresh()
        except Exception as exc:  # shown to the person; the page stays usable
            self.show_error(exc)
            self.failed.emit(str(exc))
        else:
            self.banner.hide()
            self.last_error = ""
        self.is_loaded = True
        self.loaded.emit()

    async def guarded(self, load: Awaitable[Any], then: Callable[[], None] | None = None) -> None:
        """Await a load: on failure the banner says why; on success it goes, and `then` runs."""
        try:
            await load
        except Exception as exc:  # shown to the person; the page stays usable
            self.show_error(exc)
        else:
            self.banner.hide()
            if then is not None:
                then()

    def show_error(self, exc: BaseException | str, prefix: str | None = None) -> None:
        """The banner with the first line of the error; `prefix` says what failed (default: a load)."""
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self.last_error = text
        self.banner_text.setText((self.tr("Could not load: ") if prefix is None else prefix) + text)
        self.banner.show()


class PlaceholderPage(BasePage):
    """Stands in for a page another engineer delivers; says so instead of pretending."""

    def __init__(self, api: ConsoleApi, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(api, bridge, parent)
        note = QLabel(self.tr("This page is not built yet."))
        note.setObjectName("placeholder")
        self.body.addWidget(note)
        self.body.addStretch(1)
