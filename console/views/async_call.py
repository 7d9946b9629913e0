"""Service calls off the GUI thread: `await run_service(fn, *args)` runs fn in a small pool.

The GUI thread never waits on I/O; qasync resumes the awaiting coroutine on the GUI thread.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

EXECUTOR = ThreadPoolExecutor(max_workers=4, thread_name_prefix="console-service")
_tasks: set[asyncio.Future[Any]] = set()


async def run_service(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    loop = asyncio.get_event_loop()
    return await loop.run_in_executor(EXECUTOR, functools.partial(fn, *args, **kwargs))


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any] | None:
    """Start a coroutine from a Qt slot; keeps a reference and logs what nobody awaited.

    None when there is no loop any more (a view asked for data while the app shuts down).
    """
    try:
        task = asyncio.ensure_future(coro)
    except RuntimeError:
        coro.close()
        log.debug("no event loop: dropped %s", coro)
        return None
    _tasks.add(task)

    def _done(t: asyncio.Future[Any]) -> None:
        _tasks.discard(t)
        if not t.cancelled() and t.exception() is not None:
            log.error("background task failed", exc_info=t.exception())

    task.add_done_callback(_done)
    return task
