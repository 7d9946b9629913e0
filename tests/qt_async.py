"""A qasync loop for pytest-qt tests: the views `await` service calls, which needs an asyncio loop
driven by Qt. One loop per process, marked running only during a GUI test, so other tests can
still use asyncio.run()."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import qasync

_LOOP: Any = None


@pytest.fixture
def aloop(qapp) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    global _LOOP
    if _LOOP is None or _LOOP.is_closed():
        _LOOP = qasync.QEventLoop(qapp, already_running=True)
    else:
        asyncio.events._set_running_loop(_LOOP)
    asyncio.set_event_loop(_LOOP)
    yield _LOOP
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
