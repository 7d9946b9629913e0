"""The main window: builds pages from the registry, the navigation list, the status bar, and wires
signals (bridge -> pages, shortcuts). Nothing else lives here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
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
        who = api.identity
        self.setWindowTitle(self.tr("Order Console") + (f" — {who.username} ({who.role})" if who else ""))
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
        for spec in PAGES:
            if not api.allowed(spec.permission):
                continue
            page = spec.load()(api, bridge)
            self.pages[spec.name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(page.tr(page.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.health = HealthBar(api.health, api.workers_state, interval_ms=health_interval_ms)
        if who:
            self.health.user_label.setText(f"{who.username} · {who.role}")
        self.setStatusBar(self.health)
        self.language_box = language.LanguageBox(language.active)
        self.language_box.chosen.connect(lambda text: self.health.showMessage(text, 15000))
        self.health.addPermanentWidget(self.language_box)

        bridge.changed.connect(self._on_change)
        bridge.message.connect(lambda text: self.health.showMessage(text, 5000))
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh_current)
        self.addAction(refresh)
        self._restore()

    def start(self) -> None:
        """Load every page's first data and start the health checks."""
        for page in self.pages.values():
            page.start_refresh()
        self.health.start()

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.health.timer.stop()
        s = ui_settings()
        s.setValue("main/geometry", self.saveGeometry())
        for page in self.pages.values():
            save = getattr(page, "save_state", None)
            if save:
                save(s)
        super().closeEvent(event)
