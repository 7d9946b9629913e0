"""The main window: builds pages from the registry, the navigation list, the status bar, and wires
signals (bridge -> pages, shortcuts, language box -> rebuild). Nothing else lives here.

A language switched in the status bar rebuilds the pages in the new language (simpler and surer
than re-wording every widget in place): same window, so the same geometry and signed-in operator.
Each page is replaced where it stands in the stack, the one shown first and the others one per
event-loop turn (a page takes ~20-80 ms to build with the style sheet), so the window keeps
answering meanwhile. A page's remembered state (column widths, sort) is saved first and restored by
its successor, which loads its data off the GUI thread as at start.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from console.views import language
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.pages import PAGES
from console.views.pages.base import BasePage
from console.views.settings_store import ui_settings
from console.views.status_bar import HealthBar


class MainWindow(QMainWindow):
    def __init__(self, api: ConsoleApi, bridge: Bridge, *, health_interval_ms: int = 3000) -> None:
        super().__init__()
        self.api = api
        self.bridge = bridge
        self._started = False
        self._rebuild = 0  # bumps on every language switch; an older switch's remaining steps stop
        self._stale: set[str] = set()  # pages not yet rebuilt in the language now installed
        who = api.identity
        self.resize(1280, 800)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, BasePage] = {}
        self._build_pages()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.health = HealthBar(api.health, api.workers_state, interval_ms=health_interval_ms)
        if who:
            self.health.user_label.setText(f"{who.username} · {who.role}")
        self.setStatusBar(self.health)
        self.language_box = language.LanguageBox(language.active)
        self.language_box.switched.connect(lambda _code: self.retranslate())
        self.language_box.chosen.connect(lambda text: self.health.showMessage(text, 15000))
        self.health.addPermanentWidget(self.language_box)

        bridge.changed.connect(self._on_change)
        bridge.message.connect(lambda text: self.health.showMessage(text, 5000))
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current)
        self.addAction(self.refresh_action)
        self._set_texts()
        self._restore()

    def _build_pages(self) -> None:
        for spec in PAGES:
            if not self.api.allowed(spec.permission):
                continue
            page = spec.load()(self.api, self.bridge)
            self.pages[spec.name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(page.tr(page.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.nav.addItem(item)

    def _replace_page(self, name: str) -> None:
        """A new `name` page in the old one's place in the stack (and dict), the old one retired."""
        old = self.pages[name]
        index = self.stack.indexOf(old)
        page = next(s for s in PAGES if s.name == name).load()(self.api, self.bridge)
        self.pages[name] = page
        self.stack.insertWidget(index, page)
        if self.stack.currentWidget() is old:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(old)  # not the current one: no other page is shown in between
        old.retire()
        self._stale.discard(name)
        self.nav.item(index).setText(page.tr(page.title))
        if self._started:
            page.start_refresh()

    def _set_texts(self) -> None:
        who = self.api.identity
        self.setWindowTitle(self.tr("Order Console") + (f" — {who.username} ({who.role})" if who else ""))
        self.refresh_action.setText(self.tr("Refresh"))

    def start(self) -> None:
        """Load every page's first data and start the health checks."""
        self._started = True
        for page in self.pages.values():
            page.start_refresh()
        self.health.start()

    def retranslate(self) -> None:
        """A new translator is installed: re-word the title and the status bar, replace the page
        shown now and the others on the next event-loop turns."""
        self._set_texts()
        self.health.retranslate()
        self._save_pages(ui_settings())
        self._rebuild += 1
        self._stale = set(self.pages)
        shown = self.current_page().name if self.pages else ""
        self._replace_pages(self._rebuild, sorted(self.pages, key=lambda name: name != shown))

    def _replace_pages(self, rebuild: int, names: list[str]) -> None:
        if rebuild != self._rebuild or not names:
            return
        self._replace_page(names[0])
        if names[1:]:
            QTimer.singleShot(0, self, lambda: self._replace_pages(rebuild, names[1:]))

    @property
    def rebuilding(self) -> bool:
        """Pages built in the previous language are still waiting for their turn."""
        return bool(self._stale)

    def select_page(self, name: str) -> BasePage:
        if name not in self.pages:
            raise KeyError(f"no page {name!r} (or not allowed for this role); pages: {', '.join(self.pages)}")
        self.nav.setCurrentRow(list(self.pages).index(name))
        return self.pages[name]

    def current_page(self) -> BasePage:
        page = self.stack.currentWidget()
        assert isinstance(page, BasePage)
        return page

    def refresh_current(self) -> None:
        self.current_page().start_refresh()

    def _on_change(self, kind: str, key: str) -> None:
        for page in self.pages.values():
            page.on_change(kind, key)

    def _restore(self) -> None:
        geometry = ui_settings().value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _save_pages(self, s: QSettings) -> None:
        for page in self.pages.values():
            save = getattr(page, "save_state", None)
            if save:
                save(s)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.health.timer.stop()
        s = ui_settings()
        s.setValue("main/geometry", self.saveGeometry())
        self._save_pages(s)
        super().closeEvent(event)
