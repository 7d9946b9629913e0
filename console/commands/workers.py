"""`main.py workers`: run every background worker headless until SIGINT/SIGTERM, then stop cleanly.

Any number of these processes can share one database and broker: relays claim disjoint outbox rows,
consumers compete on the same queues, and every effect is idempotent on message_id.
"""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import Any

STOP_TIMEOUT = 15.0


def run(args: argparse.Namespace, rt: Any, *, stop: threading.Event | None = None) -> int:
    from console import bootstrap

    stop = stop or threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)
    host = bootstrap.build_workers(rt)
    host.start()
    print(f"workers running in {host.process}: {', '.join(w.name for w in host.workers)} "
          f"(broker: {'RabbitMQ' if rt.settings.amqp_url else 'local queue'}); Ctrl+C stops", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        clean = host.stop(STOP_TIMEOUT)
        try:
            from console.workers.heartbeat import beat_now

            beat_now(rt, host)  # the fleet view shows this process STOPPED, not stale
        except Exception:
            pass
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("workers stopped" + ("" if clean else f" (some did not finish within {STOP_TIMEOUT:.0f} s)"),
          flush=True)
    return 0 if clean else 1
