# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""The sandbox itself: retry schedule, timeout close, persistence, cashier and protocol edges."""

from __future__ import annotations

import datetime as dt
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from console.adapters.alipay_sandbox import Sandbox
from console.adapters.alipay_sandbox.server import RETRY_SCHEDULE, parse_timeout
from console.services.clock import FakeClock
from tests.payments_fixtures import gateway_to, sandbox, sandbox_keys


class _Receiver:
    """A notify endpoint answering from a script of replies; records what it got."""

    def __init__(self, replies: list[str]) -> None:
        self.replies = replies
        self.got: list[tuple[float, dict[str, str]]] = []
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                outer.got.append((time.monotonic(), dict(urllib.parse.parse_qsl(body))))
                reply = (outer.replies.pop(0) if outer.replies else "success").encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        threading.Thread(target=lambda: self.httpd.serve_forever(poll_interval=0.05), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/payed/notify"


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    r = _Receiver([])
    yield r
    r.httpd.shutdown()
    r.httpd.server_close()


def _wait(cond, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.01)
    raise AssertionError("condition not met in time")


def test_notify_retries_follow_the_schedule_until_exactly_success(sandbox: Sandbox, receiver: _Receiver) -> None:
    receiver.replies[:] = ["fail", "SUCCESS", " success", "success"]  # only the exact word counts
    sandbox.compression = 240 / 0.1  # 4 min -> 0.1 s
    sandbox.auto_notify = True
    sandbox.open_cashier({"out_trade_no": "S1", "total_amount": "1.00"}, receiver.url, "")
    sandbox.pay("S1")
    _wait(lambda: len(receiver.got) == 4)
    time.sleep(0.3)
    assert len(receiver.got) == 4 and sandbox.pending_notifies() == 0
    gaps = [b[0] - a[0] for a, b in zip(receiver.got, receiver.got[1:], strict=False)]
    expected = [s / sandbox.compression for s in RETRY_SCHEDULE[:3]]  # 0.1, 0.25, 0.25
    for gap, want in zip(gaps, expected, strict=True):
        assert want * 0.8 <= gap <= want + 0.5
    assert len({p["notify_id"] for _, p in receiver.got}) == 1


def test_notifies_give_up_after_the_last_retry(sandbox: Sandbox, receiver: _Receiver) -> None:
    receiver.replies[:] = ["no"] * 20
    sandbox.compression = 54000 / 0.05  # the longest wait (15 h) -> 50 ms
    sandbox.auto_notify = True
    sandbox.open_cashier({"out_trade_no": "S2", "total_amount": "1.00"}, receiver.url, "")
    sandbox.pay("S2")
    _wait(lambda: len(receiver.got) == 1 + len(RETRY_SCHEDULE))
    time.sleep(0.2)
    assert len(receiver.got) == 8 and sandbox.pending_notifies() == 0


def test_unpaid_trade_closes_at_its_timeout_with_a_notify(sandbox: Sandbox, clock: FakeClock,
                                                          receiver: _Receiver) -> None:
    sandbox.auto_notify = True
    sandbox.open_cashier({"out_trade_no": "S3", "total_amount": "1.00", "timeout_express": "5m"}, receiver.url, "")
    clock.advance(301)
    _wait(lambda: len(receiver.got) == 1)
    p = receiver.got[0][1]
    assert p["trade_status"] == "TRADE_CLOSED" and "refund_fee" not in p and "gmt_close" in p
    with pytest.raises(Exception, match="TRADE_CLOSED"):
        sandbox.pay("S3")


def test_full_refund_notifies_trade_closed_with_refund_fee(sandbox: Sandbox, receiver: _Receiver) -> None:
    sandbox.auto_notify = True
    sandbox.open_cashier({"out_trade_no": "S4", "total_amount": "2.00"}, receiver.url, "")
    sandbox.pay("S4")
    gateway_to(sandbox).refund("S4", Decimal("2.00"), "S4-r", "all")
    _wait(lambda: len(receiver.got) == 2)
    p = receiver.got[1][1]
    assert (p["trade_status"], p["refund_fee"], p["out_biz_no"]) == ("TRADE_CLOSED", "2.00", "S4-r")
    assert gateway_to(sandbox).verify_notify(p)


def test_state_survives_a_restart(sandbox_keys: Path, tmp_path: Path, clock: FakeClock) -> None:
    import shutil

    folder = tmp_path / "sb"
    shutil.copytree(sandbox_keys, folder)
    first = Sandbox(folder, clock=clock, auto_notify=False).start()
    first.open_cashier({"out_trade_no": "P1", "total_amount": "3.00"}, "", "")
    first.pay("P1")
    gateway_to(first).refund("P1", Decimal("1.00"), "P1-r", "x")
    first.stop()
    second = Sandbox(folder, clock=clock, auto_notify=False).start()
    try:
        t = second.trades["P1"]
        assert t.status == "TRADE_SUCCESS" and t.refunded == Decimal("1.00")
        assert gateway_to(second).query("P1").trade_status == "TRADE_SUCCESS"
    finally:
        second.stop()


def test_cashier_refuses_a_changed_amount_and_bad_input(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    urllib.request.urlopen(gw.page_pay_url("C1", Decimal("5.00"), "x", "10m", "", ""), timeout=5).close()
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(gw.page_pay_url("C1", Decimal("6.00"), "x", "10m", "", ""), timeout=5)
    assert err.value.code == 400 and "ACQ.CONTEXT_INCONSISTENT" in err.value.read().decode()
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(gw.page_pay_url("C2", Decimal("0.001"), "x", "10m", "", ""), timeout=5)
    assert err.value.code == 400
    tampered = gw.page_pay_url("C3", Decimal("5.00"), "x", "10m", "", "").replace("5.00", "0.01")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(tampered, timeout=5)
    assert "isv.invalid-signature" in err.value.read().decode()
    assert "C3" not in sandbox.trades
    cancel = urllib.request.Request(f"http://127.0.0.1:{sandbox.port}/cashier", method="POST",
                                    data=b"out_trade_no=C1&action=cancel")
    with urllib.request.urlopen(cancel, timeout=5) as resp:
        assert resp.status == 200
    assert sandbox.trades["C1"].status == "WAIT_BUYER_PAY"


def test_parse_timeout() -> None:
    assert parse_timeout("90m") == dt.timedelta(minutes=90)
    assert parse_timeout("2h") == dt.timedelta(hours=2)
    assert parse_timeout("1c") == dt.timedelta(days=1)
    assert parse_timeout("junk") == dt.timedelta(days=15)


def test_sandbox_command_serves_on_the_configured_port(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = f"import sys; from console.cli import main; sys.exit(main(['sandbox', '--port', '{port}']))"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env={"ORDER_CONSOLE_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
                                 "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"127.0.0.1:{port}/gateway.do" in line
        assert (tmp_path / "sandbox" / "platform_public.pem").exists()
    finally:
        proc.terminate()
        proc.wait(10)
