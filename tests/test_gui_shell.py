"""The console shell under pytest-qt: pages, status bar, signal bridge, sign-in, screenshot mode."""

from __future__ import annotations

import itertools
import socket
import threading
import time
import types

import pytest
import redis
from PySide6.QtCore import QTimer
from redis.backoff import NoBackoff
from redis.retry import Retry

from console.adapters.redis_store import RedisPinger
from console.services.context import ServiceContext
from console.services.rows import OperatorIdentity
from console.views import status_bar
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.main_window import MainWindow
from console.views.pages import PAGE_NAMES
from console.views.signin import SignInDialog
from tests.orders_seed import seed_operators, seed_orders
from tests.qt_async import aloop  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("aloop")


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from console.views import settings_store

    monkeypatch.setattr(settings_store, "PATH_OVERRIDE", str(tmp_path / "ui.ini"))


@pytest.fixture
def ctx(sqlite_db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    seed_orders(sqlite_db, 20)
    return ServiceContext(db=sqlite_db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def api_as(ctx: ServiceContext, role: str, health=None) -> ConsoleApi:  # type: ignore[no-untyped-def]
    api = ConsoleApi(ctx, health or {"database": lambda: True})
    api.identity = OperatorIdentity(1, role.lower(), role)
    return api


def test_every_page_shows_for_admin(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(api_as(ctx, "ADMIN"), Bridge())
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in win.pages.values()), timeout=10000)
    assert list(win.pages) == PAGE_NAMES
    for name in PAGE_NAMES:
        page = win.select_page(name)
        assert win.current_page() is page and page.isVisible()
        assert page.last_error == ""
    assert win.nav.count() == len(PAGE_NAMES)


def test_pages_follow_the_role(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(api_as(ctx, "SUPPORT"), Bridge())
    qtbot.addWidget(win)
    assert "outbox" not in win.pages and "workers" not in win.pages and "orders" in win.pages
    with pytest.raises(KeyError):
        win.select_page("workers")


def test_status_bar_shows_a_down_redis_and_never_blocks(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(status_bar, "CHECK_TIMEOUT", 0.5)
    # No client-side retries with backoff: the test is about the bar, not redis-py's retry policy.
    dead = redis.Redis(host="127.0.0.1", port=closed_port(), socket_connect_timeout=1, socket_timeout=1,
                       retry=Retry(NoBackoff(), 0))
    release = threading.Event()
    calls = []

    def hanging_broker() -> bool:
        calls.append(1)
        release.wait(10)
        return True

    bar = status_bar.HealthBar({"database": lambda: True, "redis": RedisPinger(dead).ping,
                                "broker": hanging_broker}, lambda: "off", interval_ms=100)
    qtbot.addWidget(bar)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    try:
        bar.start()
        qtbot.waitUntil(lambda: bar.state("redis") == "down" and bar.state("broker") == "down", timeout=5000)
        assert bar.state("database") == "up"
        assert "down" in bar.labels["redis"].text() and "#cf222e" in bar.labels["redis"].styleSheet()
        qtbot.wait(400)  # several more ticks while the broker check still hangs
        assert len(calls) == 1  # a hanging check is not started again
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert len(ticks) > 20 and max(gaps) < 0.5, "the GUI thread was blocked"
    finally:
        release.set()
        timer.stop()
        bar.timer.stop()
    # Once the hanging check returns, the next round checks the broker again and shows it up.
    qtbot.waitUntil(lambda: not bar._busy, timeout=8000)
    bar.check_now()
    qtbot.waitUntil(lambda: bar.state("broker") == "up", timeout=3000)


def test_bridge_carries_ten_thousand_signals_from_threads(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = Bridge()
    got: list[str] = []
    bridge.changed.connect(lambda kind, key: got.append(key))

    def burst() -> None:
        for i in range(5000):
            bridge.on_change("order", f"t{i}")

    worker = threading.Thread(target=burst)
    worker.start()
    for i in range(5000):
        bridge.on_change("order", i)
    worker.join()
    qtbot.waitUntil(lambda: len(got) == 10000, timeout=10000)
    assert got.count("t4999") == 1 and got.count("4999") == 1


def test_worker_host_changes_reach_the_gui_through_the_bridge(qtbot) -> None:  # type: ignore[no-untyped-def]
    from console.app import wire_bridge

    subscribers = []
    host = types.SimpleNamespace(on_change=subscribers.append)
    bridge = wire_bridge(types.SimpleNamespace(workers=host))
    with qtbot.waitSignal(bridge.changed, timeout=2000) as sig:
        threading.Thread(target=lambda: subscribers[0](types.SimpleNamespace(name="relay"))).start()
    assert sig.args == ["worker", "relay"]


def test_sign_in_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    seed_operators(ctx)
    api = ConsoleApi(ctx, {})
    dlg = SignInDialog(api, demo=True)
    qtbot.addWidget(dlg)
    assert "admin" in dlg.findChild(type(dlg.error), "demoHint").text()
    dlg.username.setText("support")
    dlg.password.setText("wrong")
    dlg.submit()
    qtbot.waitUntil(lambda: "wrong username or password" in dlg.error.text(), timeout=5000)
    assert api.identity is None and not dlg.result()
    dlg.password.setText("demo")
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        dlg.submit()
    assert api.identity is not None and api.identity.role == "SUPPORT"


def test_run_gui_screenshot_renders_a_png(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from console.app import run_gui

    seed_operators(ctx)
    rt = types.SimpleNamespace(ctx=ctx, settings=ctx.settings, health={"database": lambda: True}, workers=None)
    out = tmp_path / "shot.png"
    # run_gui drives its own loop: step out of the test loop for it.
    asyncio.events._set_running_loop(None)
    assert run_gui(rt, demo=False, screenshot=str(out), page="payments") == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5000
    assert run_gui(rt, demo=False, screenshot=str(out), page="nope") == 2


def test_chinese_translation_is_installed_from_the_qm(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from console.app import install_translator

    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    try:
        assert QCoreApplication.translate("OrdersPage", "Search") == "搜索"
        assert QCoreApplication.translate("HealthBar", "down") == "不可用"
        assert QCoreApplication.translate("OrdersPage", "no such text") == "no such text"
    finally:
        qapp.removeTranslator(translator)
    assert install_translator(qapp, "en") is None
