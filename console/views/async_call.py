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
        exc = None if t.cancelled() else t.exception()
        if exc is None:
            return
        if view_gone(exc):
            log.debug("a view was closed or replaced while its task ran: %s", exc)
        else:
            log.error("background task failed", exc_info=exc)

    task.add_done_callback(_done)
    return task


def view_gone(exc: BaseException) -> bool:
    """The task touched a widget deleted while it awaited (a page replaced by a language switch, or
    a window closed): the result has nobody to show it, which is not a failure."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, RuntimeError) and "already deleted" in str(seen):
            return True
        seen = seen.__context__
    return False
