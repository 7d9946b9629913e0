"""Helpers for the Stock, Outbox and Workers page tests: a qasync loop, a signed-in api, waiting."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

from console import config
from console.services.clock import FakeClock
from console.services.uow import Database
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from tests.admin_seed import ROLES, ctx_for


@contextmanager
def qt_loop(app: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication, so pages can await run_service()."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        # Let spawned work finish before the loop goes away (pages spawn reloads from slots).
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        if pending:
            loop.run_until_complete(asyncio.wait(pending, timeout=10))
        asyncio.set_event_loop(None)
        loop.close()


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any]) -> Any:
    return loop.run_until_complete(coro)


def settle(loop: asyncio.AbstractEventLoop, until: Callable[[], bool], timeout: float = 10.0) -> None:
    """Run the loop until `until()` holds (spawned tasks and queued signals get their turn)."""
    async def wait() -> None:
        deadline = time.monotonic() + timeout
        while not until():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time")
            await asyncio.sleep(0.01)

    loop.run_until_complete(wait())


def make_api(db: Database, clock: FakeClock, settings: config.Settings, role: str,
             workers: Any = None) -> ConsoleApi:
    api = ConsoleApi(ctx_for(db, clock, settings), workers=workers)
    api.identity = ROLES[role]
    return api


def page_for(cls: type, api: ConsoleApi, qtbot: Any, bridge: Bridge | None = None) -> Any:
    page = cls(api, bridge or Bridge())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page
