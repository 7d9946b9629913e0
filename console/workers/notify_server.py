"""The notify receiver: an embedded HTTP endpoint POST /payed/notify that hands each body to the
notify intake (console.workers.notify_intake: notifies arriving together are recorded in one
transaction) and answers with its reply ("success" only after commit).

GET (or anything but POST) -> 405; a body over the limit -> 413, each also kept in the notify inbox.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from console.services import notify
from console.services.context import ServiceContext
from console.workers.notify_intake import NotifyIntake

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

log = logging.getLogger(__name__)

PATH = "/payed/notify"


class NotifyServer:
    """start()/stop(), with the name/state/processed/failed shape of the other workers."""

    name = "notify-server"

    def __init__(self, ctx: ServiceContext, host: str = "127.0.0.1", port: int = 0,
                 on_result: Callable[[bool, str], None] | None = None) -> None:
        self.ctx = ctx
        self.host = host
        self.requested_port = port
        self.state = "STOPPED"
        self.processed = 0
        self.failed = 0
        self.last_error: str | None = None
        self._on_result = on_result
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self.intake = NotifyIntake(ctx)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._httpd is not None, "notify server not started"
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{PATH}"

    def start(self) -> NotifyServer:
        handler = type("Handler", (_Handler,), {"server_ref": self})
        self._httpd = ThreadingHTTPServer((self.host, self.requested_port), handler)
        self.intake.start()
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=lambda: self._serve(), name="notify-server", daemon=True)
        self._thread.start()
        self.state = "RUNNING"
        return self

    def _serve(self) -> None:
        assert self._httpd is not None
        self._httpd.serve_forever(poll_interval=0.05)  # short: stop() waits one poll

    def stop(self) -> None:
        # The host's interrupt and the worker body may both stop it: only one does the work.
        with self._lock:
            httpd, thread = self._httpd, self._thread
            self._httpd = self._thread = None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if thread is not None:
            thread.join(5)
        self.intake.stop()  # after the last request: what was handed in is still recorded
        self.state = "STOPPED"

    def count(self, ok: bool, error: str = "") -> None:
        with self._lock:
            if ok:
                self.processed += 1
            else:
                self.failed += 1
                self.last_error = error[:500]
        if self._on_result is not None:
            self._on_result(ok, error)


class _Handler(BaseHTTPRequestHandler):
    server_ref: NotifyServer
    protocol_version = "HTTP/1.1"
    # The reply goes out as two writes (headers, then body): with Nagle on, a keep-alive client's
    # delayed ACK holds the second one ~40 ms (measured: 16 notifies/s on one connection).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("notify: " + format, *args)

    def _reply(self, status: int, text: str, extra: dict[str, str] | None = None) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _not_allowed(self) -> None:
        srv = self.server_ref
        notify.record_rejected(srv.ctx, f"{self.command} {self.path[:200]}", notify.BAD_REQUEST,
                               f"method {self.command} is not allowed; notifies are POSTed")
        srv.count(False, f"{self.command} not allowed")
        self._reply(405, "method not allowed", {"Allow": "POST"})

    do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = _not_allowed

    def do_POST(self) -> None:
        srv = self.server_ref
        if self.path.split("?")[0] != PATH:
            self._reply(404, "not found")
            return
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            length = -1
        if length < 0 or length > notify.MAX_BODY:
            head = self.rfile.read(min(max(length, 0), 4096)) if length > 0 else b""
            notify.record_rejected(srv.ctx, head.decode("utf-8", "backslashreplace"), notify.BAD_REQUEST,
                                   f"body of {length} bytes refused (limit {notify.MAX_BODY})")
            srv.count(False, "body too large")
            self.close_connection = True  # the rest of the body is not read
            self._reply(413, "payload too large")
            return
        body = self.rfile.read(length)
        try:
            reply = srv.intake.submit(body, self.headers.get("Content-Type", ""))
        except Exception as exc:  # handle_notifies keeps its own errors; this is a last resort
            log.exception("notify handling crashed")
            srv.count(False, f"{type(exc).__name__}: {exc}")
            self._reply(500, notify.FAILURE)
            return
        srv.count(reply == notify.SUCCESS, "" if reply == notify.SUCCESS else "replied failure")
        self._reply(200, reply)


def notify_server_body(rt: Runtime) -> Callable[[Worker], None]:
    """The receiver as a host worker: serves until the worker stops."""

    def body(w: Worker) -> None:
        def on_result(ok: bool, error: str) -> None:
            if ok:
                w.done()
            else:
                w.fail(error)

        server = NotifyServer(rt.ctx, rt.settings.notify_host, rt.settings.notify_port, on_result).start()
        w.interrupt = server.stop
        w.running()
        try:
            while not w.wait(1.0):
                pass
        finally:
            server.stop()

    return body
