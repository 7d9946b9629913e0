"""The Qt front end: QApplication + qasync loop, sign-in, main window, screenshot mode.

`run_gui(rt, demo=..., screenshot=..., page=...)` is called by main.py after console.bootstrap
built the Runtime. Views get a ConsoleApi facade (never the Runtime or an ORM object); service
calls run in a small thread pool and are awaited on the qasync loop, so the GUI thread never
waits on I/O. Workers reach the GUI only through the one Bridge.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from console.services import operators
from console.services.rows import OperatorIdentity
from console.services.states import Role
from console.views import language as ui_language
from console.views import settings_store
from console.views.api import ConsoleApi
from console.views.async_call import run_service
from console.views.bridge import Bridge
from console.views.main_window import MainWindow
from console.views.pages import PAGE_NAMES
from console.views.signin import SignInDialog

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SCREENSHOT_LOAD_TIMEOUT = 20.0


def settle_gc() -> None:
    """Move everything alive after start-up (modules, Qt wrappers, mappers) out of the collector's reach.

    A full collection holds the GIL; with the embedded workers churning objects one ran every ~10 s
    and froze the GUI thread for ~200 ms scanning start-up objects that never become garbage
    (benchmarks/console_speed.py). Frozen, a full pass only scans what came after.
    """
    gc.collect()
    gc.freeze()


def build_api(rt: Any) -> ConsoleApi:
    return ConsoleApi(rt.ctx, rt.health, rt.workers)


def load_style(app: QApplication) -> None:
    qss = RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def install_translator(app: QApplication, language: str, *, saved: bool = True) -> QTranslator | None:
    """zh_CN from resources/translations/console_zh_CN.qm; English is the source language.

    `language` is the LANGUAGE setting; the choice made in the console's language box (stored in
    the UI settings) wins over it unless saved=False.
    """
    if saved:
        language = ui_language.effective_language(language)
    return ui_language.install(app, language)


def run_gui(rt: Any, *, demo: bool, screenshot: str | None, page: str | None) -> int:
    if page is not None and page not in PAGE_NAMES:
        print(f"error: unknown page {page!r} (pages: {', '.join(PAGE_NAMES)})", file=sys.stderr)
        return 2
    if screenshot and settings_store.PATH_OVERRIDE is None:
        # A screenshot shows the defaults (column widths, language from settings), whatever this
        # person's console remembers, and remembers nothing itself.
        settings_store.PATH_OVERRIDE = str(Path(tempfile.mkdtemp(prefix="oc-shot-")) / "ui.ini")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Order Console")
    app.setOrganizationName("order-console")
    install_translator(app, getattr(rt.settings, "language", "en"))
    load_style(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(_main(app, rt, demo=demo, screenshot=screenshot, page=page))
    finally:
        asyncio.set_event_loop(None)


def wire_bridge(rt: Any) -> Bridge:
    """The one bridge; the worker host's on_change subscription (worker threads) emits through it."""
    bridge = Bridge()
    host = getattr(rt, "workers", None)
    if host is not None and hasattr(host, "on_change"):
        host.on_change(lambda info: bridge.on_change("worker", getattr(info, "name", "")))
    return bridge


async def _main(app: QApplication, rt: Any, *, demo: bool, screenshot: str | None, page: str | None) -> int:
    api = build_api(rt)
    bridge = wire_bridge(rt)
    if screenshot:
        who = await run_service(_headless_admin, api)
        if who is None:
            print("error: no active ADMIN operator to render as; run with --demo or "
                  "`users add NAME --role admin`", file=sys.stderr)
            return 1
        api.identity = who
    else:
        dialog = SignInDialog(api, demo=demo)
        done: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        dialog.finished.connect(lambda code: done.done() or done.set_result(code))
        dialog.open()
        if await done != SignInDialog.DialogCode.Accepted or api.identity is None:
            return 0
    window = MainWindow(api, bridge)
    window.show()
    window.start()
    settle_gc()
    if screenshot:
        return await take_screenshot(app, window, screenshot, page or "orders")
    closed: asyncio.Future[None] = asyncio.get_event_loop().create_future()
    app.lastWindowClosed.connect(lambda: closed.done() or closed.set_result(None))
    await closed
    return 0


def _headless_admin(api: ConsoleApi) -> OperatorIdentity | None:
    """Screenshot mode renders as the first active admin (no person is there to type a password)."""
    for op in operators.list_operators(api.ctx):
        if op.role == Role.ADMIN and op.active:
            return OperatorIdentity(op.id, op.username, op.role)
    return None


async def wait_loaded(window: MainWindow, timeout: float = SCREENSHOT_LOAD_TIMEOUT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(p.is_loaded for p in window.pages.values()):
            return True
        await asyncio.sleep(0.05)
    return False


async def take_screenshot(app: QApplication, window: MainWindow, path: str, page: str) -> int:
    try:
        window.select_page(page)
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=sys.stderr)
        return 2
    if not await wait_loaded(window):
        log.warning("pages did not all report loaded within %ss; rendering anyway", SCREENSHOT_LOAD_TIMEOUT)
    # Let the status bar's first checks and the layout settle. No processEvents() here: run inside a
    # task it re-enters qasync, which then refuses to step another task ("Cannot enter into task").
    await asyncio.sleep(0.3)
    ok = window.grab().save(path)
    window.close()
    if not ok:
        print(f"error: cannot write the screenshot to {path}", file=sys.stderr)
        return 1
    return 0
