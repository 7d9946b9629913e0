# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""The notify receiver over real sockets: keep-alive, concurrent senders grouped into batches, and
what a malformed or hostile request gets (the server keeps serving afterwards)."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from console.adapters.alipay_sandbox import Sandbox
from console.services.context import ServiceContext
from console.services.models import Order, PaymentNotify
from console.services.uow import Database
from console.workers.notify_server import LINE_LIMIT, PATH, NotifyServer
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys
from tests.test_notify_inbox import _paid_at_sandbox

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def ctx(pg_db: Database, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(pg_db, clock, tmp_path, sandbox)


@pytest.fixture
def server(ctx: ServiceContext) -> Iterator[NotifyServer]:
    srv = NotifyServer(ctx).start()
    yield srv
    srv.stop()


def _notify(ctx: ServiceContext, sb: Sandbox) -> tuple[Any, bytes]:
    seeded, no = _paid_at_sandbox(ctx, sb)
    return seeded, form(sb.notify_params(sb.trades[no], "TRADE_SUCCESS"))


def _post(conn: http.client.HTTPConnection, body: bytes, path: str = PATH) -> tuple[int, bytes]:
    conn.request("POST", path, body, {"Content-Type": FORM})
    r = conn.getresponse()
    return r.status, r.read()


def _raw(port: int, data: bytes) -> bytes:
    """Send bytes as they are and read until the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _outcomes(ctx: ServiceContext) -> list[str]:
    with ctx.db.reading() as s:
        return list(s.scalars(select(PaymentNotify.outcome).order_by(PaymentNotify.id)))


def test_one_keep_alive_connection_carries_many_notifies(ctx: ServiceContext, sandbox: Sandbox,
                                                          server: NotifyServer) -> None:
    (_a, body_a), (_b, body_b) = _notify(ctx, sandbox), _notify(ctx, sandbox)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        assert _post(conn, body_a) == (200, b"success")
        first = conn.sock
        assert _post(conn, body_b) == (200, b"success")
        assert _post(conn, body_a) == (200, b"success")  # a repeat: acknowledged, changes nothing
        assert conn.sock is first  # the same TCP connection throughout
    finally:
        conn.close()
    assert _outcomes(ctx) == ["PAID", "PAID", "DUPLICATE"]
    assert server.processed == 3


def test_concurrent_connections_are_recorded_together(ctx: ServiceContext, sandbox: Sandbox,
                                                      server: NotifyServer) -> None:
    sent = [_notify(ctx, sandbox) for _ in range(24)]
    gate = threading.Barrier(len(sent))
    replies: list[tuple[int, bytes]] = []

    def send(body: bytes) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        gate.wait()
        replies.append(_post(conn, body))
        conn.close()

    threads = [threading.Thread(target=send, args=(body,)) for _, body in sent]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert replies == [(200, b"success")] * len(sent)
    assert server.intake.batches < len(sent)  # some shared a transaction
    with ctx.db.reading() as s:
        assert set(s.scalars(select(Order.status).where(Order.id.in_([o.order_id for o, _ in sent])))) == {"PAID"}


@pytest.mark.parametrize("data", [
    b"hello\r\n\r\n",  # not HTTP
    b"POST /payed/notify\r\n\r\n",  # no version
    b"POST /payed/notify HTTP/1.1\r\nno colon here\r\n\r\n",
    b"POST /payed/notify HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(100)) + b"\r\n",
])
def test_a_malformed_request_gets_400_and_the_server_goes_on(ctx: ServiceContext, sandbox: Sandbox,
                                                             server: NotifyServer, data: bytes) -> None:
    answer = _raw(server.port, data)
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:80]
    _order, body = _notify(ctx, sandbox)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    assert _post(conn, body) == (200, b"success")
    conn.close()


def test_an_oversized_header_line_is_dropped_without_a_write(ctx: ServiceContext, server: NotifyServer) -> None:
    answer = _raw(server.port, b"POST /payed/notify HTTP/1.1\r\nX-Big: " + b"a" * (LINE_LIMIT * 2) + b"\r\n\r\n")
    assert answer == b""
    assert _outcomes(ctx) == []


def test_other_paths_404_and_a_missing_length_is_an_empty_body(ctx: ServiceContext, server: NotifyServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    assert _post(conn, b"a=1", path="/elsewhere") == (404, b"not found")
    conn.close()
    answer = _raw(server.port, b"POST /payed/notify HTTP/1.1\r\nContent-Type: " + FORM.encode()
                  + b"\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"\r\n\r\nfailure")
    assert _outcomes(ctx) == ["BAD_REQUEST"]


def test_a_client_that_stops_mid_body_is_dropped(ctx: ServiceContext, sandbox: Sandbox,
                                                 server: NotifyServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"POST /payed/notify HTTP/1.1\r\nContent-Length: 500\r\nContent-Type: " + FORM.encode()
                  + b"\r\n\r\nnotify_id=1&app_id=")
    _order, body = _notify(ctx, sandbox)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    assert _post(conn, body) == (200, b"success")
    conn.close()
    assert _outcomes(ctx) == ["PAID"]  # the cut-off request left nothing behind
