"""The worker host: starts, watches and stops the background workers of one process.

Each worker is a thread running a body (a thin loop around service calls) that owns its own
connections. A body that raises is restarted with backoff (1, 2, 4 ... 30 s), so a lost broker or
database reconnects by itself; meanwhile the worker shows FAILED with the error. `on_change`
subscribers (the GUI bridge) hear about state changes at once and about counters at most twice a
second. Adding a worker is one `host.register(name, body)` line in build_host().
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from console.services.clock import Clock

if TYPE_CHECKING:
    from console.bootstrap import Runtime

log = logging.getLogger(__name__)

MAX_RESTART_DELAY = 30.0
NOTIFY_EVERY = 0.5  # seconds between counter-only notifications per worker


class WorkerState(StrEnum):
    STARTING = "STARTING"
    RUNNING = "RUNNING"
    STOPPED = "STOPPED"
    FAILED = "FAILED"


@dataclass(frozen=True)
class WorkerInfo:
    name: str
    state: WorkerState
    last_activity: dt.datetime | None
    processed: int
    failed: int
    last_error: str | None


class Worker:
    """One background loop. The body runs until `stopping`; it calls running(), done(), fail()."""

    def __init__(self, name: str, body: Callable[[Worker], None], clock: Clock,
                 notify: Callable[[Worker], None] | None = None) -> None:
        self.name = name
        self.body = body
        self.clock = clock
        self.state = WorkerState.STOPPED
        self.processed = 0
        self.failed = 0
        self.last_error: str | None = None
        self.last_activity: dt.datetime | None = None
        # What stop() calls to interrupt a blocking call of the body (e.g. broker.stop); thread-safe.
        self.interrupt: Callable[[], None] | None = None
        self._notify = notify
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._last_notified = 0.0

    # --- life cycle -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._set_state(WorkerState.STARTING)
        self._thread = threading.Thread(target=self._run, name=f"worker-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> bool:
        """Ask the body to finish and wait for it; True if it did within the timeout."""
        self._stop.set()
        interrupt = self.interrupt
        if interrupt is not None:
            try:
                interrupt()
            except Exception:
                log.exception("worker %s: interrupt failed", self.name)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.warning("worker %s did not stop within %.0f s", self.name, timeout)
                return False
        self._set_state(WorkerState.STOPPED)
        return True

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds` unless asked to stop; True when stopping."""
        return self._stop.wait(seconds)

    def _run(self) -> None:
        restarts = 0
        while not self._stop.is_set():
            try:
                self.body(self)
                break
            except Exception as exc:
                restarts += 1
                self.fail(f"{type(exc).__name__}: {exc}", state=WorkerState.FAILED)
                log.warning("worker %s failed (%s); restarting", self.name, exc)
                if self._stop.wait(min(2.0 ** (restarts - 1), MAX_RESTART_DELAY)):
                    break
                self._set_state(WorkerState.STARTING)
            finally:
                self.interrupt = None
        self._set_state(WorkerState.STOPPED)

    # --- what bodies report ---------------------------------------------------------------------
    def running(self) -> None:
        self._set_state(WorkerState.RUNNING)

    def done(self, count: int = 1) -> None:
        with self._lock:
            self.processed += count
            self.last_activity = self.clock.now()
        self._changed(force=False)

    def fail(self, error: str, count: int = 1, state: WorkerState | None = None) -> None:
        with self._lock:
            self.failed += count
            self.last_error = error[:500]
            self.last_activity = self.clock.now()
        if state is not None:
            self._set_state(state)
        else:
            self._changed(force=False)

    def info(self) -> WorkerInfo:
        with self._lock:
            return WorkerInfo(self.name, self.state, self.last_activity, self.processed, self.failed,
                              self.last_error)

    def _set_state(self, state: WorkerState) -> None:
        with self._lock:
            changed = self.state != state
            self.state = state
        if changed:
            self._changed(force=True)

    def _changed(self, *, force: bool) -> None:
        if self._notify is None:
            return
        now = time.monotonic()
        if not force and now - self._last_notified < NOTIFY_EVERY:
            return
        self._last_notified = now
        try:
            self._notify(self)
        except Exception:  # a broken subscriber must not kill the worker
            log.exception("on_change subscriber failed")


class WorkerHost:
    def __init__(self, process: str, clock: Clock) -> None:
        self.process = process
        self.clock = clock
        self.workers: list[Worker] = []
        self._subscribers: list[Callable[[WorkerInfo], None]] = []

    def register(self, name: str, body: Callable[[Worker], None]) -> Worker:
        if any(w.name == name for w in self.workers):
            raise ValueError(f"a worker named {name!r} is already registered")
        worker = Worker(name, body, self.clock, self._notify)
        self.workers.append(worker)
        return worker

    def worker(self, name: str) -> Worker:
        for w in self.workers:
            if w.name == name:
                return w
        raise KeyError(name)

    def on_change(self, callback: Callable[[WorkerInfo], None]) -> None:
        """Subscribe to worker changes; called from worker threads (queue it to the GUI thread)."""
        self._subscribers.append(callback)

    def _notify(self, worker: Worker) -> None:
        info = worker.info()
        for callback in list(self._subscribers):
            callback(info)

    def start(self) -> None:
        for w in self.workers:
            w.start()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop every worker (all asked at once, then waited for); True if all stopped in time."""
        for w in self.workers:
            w._stop.set()
            if w.interrupt is not None:
                try:
                    w.interrupt()
                except Exception:
                    log.exception("worker %s: interrupt failed", w.name)
        deadline = time.monotonic() + timeout
        return all([w.stop(max(deadline - time.monotonic(), 0.1)) for w in self.workers])

    def snapshot(self) -> list[WorkerInfo]:
        return [w.info() for w in self.workers]


def build_host(rt: Runtime) -> WorkerHost:
    """Every background worker of this process, not yet started. One line per worker."""
    from console.services import topology as t
    from console.workers.auto_approve import auto_approve_body
    from console.workers.auto_confirm import auto_confirm_body
    from console.workers.consumer import consumer_body
    from console.workers.heartbeat import heartbeat_body
    from console.workers.notify_server import notify_server_body
    from console.workers.payment_query import payment_query_body
    from console.workers.reconcile import reconcile_body
    from console.workers.refund_ledger import refund_ledger_body
    from console.workers.relay import relay_body
    from console.workers.sweeper import sweeper_body

    host = WorkerHost(rt.process_name, rt.clock)
    host.register("relay", relay_body(rt))
    host.register(t.C_ORDER_CLOSE, consumer_body(rt, t.Q_ORDER_RELEASE, t.C_ORDER_CLOSE,
                                                 "console.services.orders:handle_order_release"))
    host.register(t.C_STOCK_RELEASE, consumer_body(rt, t.Q_STOCK_RELEASE, t.C_STOCK_RELEASE,
                                                   "console.services.stock:handle_stock_release"))
    host.register("sweeper", sweeper_body(rt))
    host.register("heartbeat", heartbeat_body(rt, host))
    host.register("auto-approve", auto_approve_body(rt))
    host.register("auto-confirm", auto_confirm_body(rt))
    host.register("refund-ledger", refund_ledger_body(rt))
    host.register("notify-server", notify_server_body(rt))
    host.register("payment-query", payment_query_body(rt))
    host.register("reconcile", reconcile_body(rt))
    return host
