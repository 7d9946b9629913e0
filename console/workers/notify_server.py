"""The notify receiver: an embedded HTTP/1.1 endpoint POST /payed/notify that hands each body to the
notify intake (console.workers.notify_intake: notifies arriving together are recorded in one
transaction) and answers with its reply ("success" only after commit).

One asyncio loop on one thread serves every connection: a thread per connection (http.server) spent
more of the GIL switching threads and parsing headers with the email package than recording the
notifies (benchmarks/payments.py). It speaks just what Alipay sends: a request line, headers, a body
of Content-Length bytes; keep-alive is honoured.

GET (or anything but POST) -> 405; a body over the limit -> 413, each also kept in the notify inbox;
another path -> 404; a request that is not HTTP -> 400. Idle or slow connections are dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import notify
from console.services.context import ServiceContext
from console.workers.notify_intake import NotifyIntake

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

log = logging.getLogger(__name__)

PATH = "/payed/notify"
LINE_LIMIT = 8 * 1024  # a request line or one header
MAX_HEADERS = 64
IDLE_SECONDS = 60.0  # a keep-alive connection with no request for this long is closed
READ_SECONDS = 30.0  # the rest of a request once it started
REPLY_SECONDS = 120.0  # waiting for the intake's commit
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
           413: "Payload Too Large", 500: "Internal Server Error"}


class _BadRequest(Exception):
    pass


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
        self.intake = NotifyIntake(ctx)
        self._on_result = on_result
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        assert self._port is not None, "notify server not started"
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{PATH}"

    def start(self) -> NotifyServer:
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                server = loop.run_until_complete(
                    asyncio.start_server(self._connection, self.host, self.requested_port, limit=LINE_LIMIT))
            except OSError as exc:  # the port is taken, or the host is not ours
                failure.append(exc)
                ready.set()
                loop.close()
                return
            self._port = int(server.sockets[0].getsockname()[1])
            ready.set()
            try:
                loop.run_forever()
            finally:
                server.close()
                tasks = asyncio.all_tasks(loop)
                for t in tasks:
                    t.cancel()
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
                loop.close()

        thread = threading.Thread(target=run, name="notify-server", daemon=True)
        thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        self._loop, self._thread = loop, thread
        self.intake.start()
        self.state = "RUNNING"
        return self

    def stop(self) -> None:
        # The host's interrupt and the worker body may both stop it: only one does the work.
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(loop.stop)
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

    # --- one connection ---------------------------------------------------------------------
    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await asyncio.wait_for(reader.readline(), IDLE_SECONDS)
                if not head:
                    return  # the client hung up between requests
                try:
                    status, text, extra, keep = await asyncio.wait_for(self._request(head, reader), READ_SECONDS)
                except _BadRequest as exc:
                    status, text, extra, keep = 400, "bad request", {}, False
                    log.debug("notify: bad request (%s)", exc)
                writer.write(_response(status, text, extra, keep))
                await writer.drain()
                if not keep:
                    return
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError,
                ConnectionError):
            return  # idle, slow, cut off or oversized lines: nothing to answer
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _request(self, head: bytes, reader: asyncio.StreamReader) -> tuple[int, str, dict[str, str], bool]:
        parts = head.decode("latin-1").rstrip("\r\n").split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise _BadRequest(repr(head[:80]))
        method, target, version = parts
        headers: dict[str, str] = {}
        for _ in range(MAX_HEADERS + 1):
            line = await reader.readline()
            if line in (b"\r\n", b"\n"):
                break
            if not line or b":" not in line:
                raise _BadRequest("malformed header")
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        else:
            raise _BadRequest("too many headers")
        keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        if method != "POST":
            await self._reject(f"{method} {target[:200]}", f"method {method[:16]} is not allowed; notifies are POSTed")
            self.count(False, f"{method[:16]} not allowed")
            return 405, "method not allowed", {"Allow": "POST"}, False
        if target.split("?")[0] != PATH:
            return 404, "not found", {}, False
        try:
            length = int(headers.get("content-length") or "0")
        except ValueError:
            length = -1
        if length < 0 or length > notify.MAX_BODY:
            part = await reader.read(min(max(length, 0), 4096)) if length > 0 else b""
            await self._reject(part.decode("utf-8", "backslashreplace"),
                               f"body of {length} bytes refused (limit {notify.MAX_BODY})")
            self.count(False, "body too large")
            return 413, "payload too large", {}, False  # the rest of the body is not read
        body = await reader.readexactly(length)
        try:
            reply = await asyncio.wait_for(self._submit(body, headers.get("content-type", "")), REPLY_SECONDS)
        except Exception as exc:  # handle_notifies keeps its own errors; this is a last resort
            log.exception("notify handling crashed")
            self.count(False, f"{type(exc).__name__}: {exc}")
            return 500, notify.FAILURE, {}, False
        self.count(reply == notify.SUCCESS, "" if reply == notify.SUCCESS else "replied failure")
        return 200, reply, {}, keep

    async def _submit(self, body: bytes, content_type: str) -> str:
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[str] = loop.create_future()

        def done(reply: str) -> None:  # on the intake's thread
            def settle() -> None:
                if not answer.done():
                    answer.set_result(reply)

            with contextlib.suppress(RuntimeError):  # the loop closed while the batch committed
                loop.call_soon_threadsafe(settle)

        self.intake.submit_async(body, content_type, done)
        return await answer

    async def _reject(self, raw: str, detail: str) -> None:
        """Keep a refused request in the inbox, off the loop (it is a database write)."""
        await asyncio.get_running_loop().run_in_executor(
            None, functools.partial(notify.record_rejected, self.ctx, raw, notify.BAD_REQUEST, detail))


def _response(status: int, text: str, extra: dict[str, str], keep: bool) -> bytes:
    body = text.encode("utf-8")
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}", "Content-Type: text/plain; charset=utf-8",
             f"Content-Length: {len(body)}", f"Connection: {'keep-alive' if keep else 'close'}",
             *(f"{k}: {v}" for k, v in extra.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


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
