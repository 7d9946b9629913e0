"""Group commit for async notifies: the receiver's request threads hand their bodies in, and an
intake thread records them with notify.handle_notifies, whatever arrived while the previous batch
was committing going into the next one. A notify that arrives alone is handled at once (a batch of
one); under load one transaction carries many, which is what lets one process keep up with Alipay's
bursts (a paid notify costs about the same Python time alone as in a batch of fifty).

Every caller still gets its own reply, and only after the commit that holds its effect.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from console.services import notify
from console.services.context import ServiceContext

log = logging.getLogger(__name__)

Handler = Callable[[ServiceContext, Sequence[tuple[bytes, str]]], list[str]]


@dataclass
class _Pending:
    body: bytes
    content_type: str
    done: threading.Event = field(default_factory=threading.Event)
    reply: str = notify.FAILURE
    callback: Callable[[str], None] | None = None


class NotifyIntake:
    """`submit()` from any thread; `start()`/`stop()` by the receiver that owns it."""

    # One thread by default: a second one overlaps database waits but halves the batches, and on two
    # cores that measured slower (benchmarks/payments.py); max_batch bounds how long rows stay locked.
    def __init__(self, ctx: ServiceContext, *, threads: int = 1, max_batch: int = 100, linger: float = 0.002,
                 handle: Handler = notify.handle_notifies) -> None:
        if threads < 1 or max_batch < 1:
            raise ValueError("an intake needs at least one thread and a batch of at least one")
        self.ctx = ctx
        self.max_batch = max_batch
        self.linger = linger
        self._handle = handle
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._run, name=f"notify-intake-{i + 1}", daemon=True)
                         for i in range(threads)]
        self._running = False
        self.batches = 0
        self.largest_batch = 0

    def start(self) -> NotifyIntake:
        self._running = True
        for t in self._threads:
            t.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Handles what was handed in already, then the threads end."""
        if not self._running:
            return
        self._running = False
        for _ in self._threads:
            self._queue.put(None)
        for t in self._threads:
            t.join(timeout)

    def submit(self, body: bytes, content_type: str, timeout: float = 60.0) -> str:
        """The reply for Alipay once the notify's batch has committed (or failed)."""
        if not self._running:  # stopping, or never started: do it here rather than drop it
            return self._handle(self.ctx, [(body, content_type)])[0]
        pending = _Pending(body, content_type)
        self._queue.put(pending)
        if not pending.done.wait(timeout):
            # Not answered in time: "failure" makes Alipay send it again; recording it is idempotent.
            log.warning("a notify waited %.0f s for its batch; replying failure", timeout)
            return notify.FAILURE
        return pending.reply

    def submit_async(self, body: bytes, content_type: str, done: Callable[[str], None]) -> None:
        """Hand a notify in without waiting: `done(reply)` is called on the intake's thread after the
        commit (an event loop passes a callback that hops back onto its own thread)."""
        if not self._running:
            raise RuntimeError("the notify intake is not running")
        self._queue.put(_Pending(body, content_type, callback=done))

    def _run(self) -> None:
        busy = False
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            # Under load (the last batch had company) wait a moment for more: the senders just answered
            # need the GIL to hand in their next notify, and this thread would otherwise take only the
            # half that made it. Idle, a lone notify is handled at once.
            deadline = time.monotonic() + (self.linger if busy else 0.0)
            while len(batch) < self.max_batch:
                try:
                    more = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    break
                if more is None:  # a stop: finish this batch, then end this thread
                    self._queue.put(None)
                    break
                batch.append(more)
            busy = len(batch) > 1
            self._record(batch)

    def _record(self, batch: list[_Pending]) -> None:
        try:
            replies = self._handle(self.ctx, [(p.body, p.content_type) for p in batch])
        except Exception:  # handle_notifies keeps its own errors; this is a last resort
            log.exception("a batch of %d notifies could not be handled", len(batch))
            replies = [notify.FAILURE] * len(batch)
        self.batches += 1
        self.largest_batch = max(self.largest_batch, len(batch))
        for p, reply in zip(batch, replies, strict=True):
            p.reply = reply
            p.done.set()
            if p.callback is not None:
                try:
                    p.callback(reply)
                except Exception:  # one caller's trouble must not cost the others their replies
                    log.exception("a notify's reply could not be delivered")
