"""The sandbox gateway: a stdlib ThreadingHTTPServer on loopback speaking the Alipay gateway protocol.

Requests are verified with the app public key, responses signed with the platform key, async notifies
sent with Alipay's retry schedule (scaled by `compression`) until the reply is exactly `success`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import html
import json
import logging
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from decimal import Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from console.adapters.alipay_sandbox import bill
from console.adapters.alipay_sandbox.keys import (
    SANDBOX_APP_ID,
    SANDBOX_SELLER_ID,
    ensure_keys,
    load_private,
    load_public,
    sign,
    signing_text,
    verify,
)
from console.services.clock import Clock, SystemClock

log = logging.getLogger(__name__)

# Alipay's notify retry schedule after the first try, in seconds: 4m, 10m, 10m, 1h, 2h, 6h, 15h.
RETRY_SCHEDULE = (240, 600, 600, 3600, 7200, 21600, 54000)
BEIJING = bill.BEIJING
CENT = Decimal("0.01")


@dataclasses.dataclass
class Refund:
    out_request_no: str
    amount: Decimal
    reason: str
    at: dt.datetime


@dataclasses.dataclass
class Trade:
    out_trade_no: str
    trade_no: str
    total_amount: Decimal
    subject: str
    status: str
    notify_url: str
    return_url: str
    created: dt.datetime
    expires_at: dt.datetime
    paid_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    buyer_id: str = "2088102177846880"
    buyer_logon_id: str = "buy***@sandbox.com"
    refunds: dict[str, Refund] = dataclasses.field(default_factory=dict)

    @property
    def refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds.values()), Decimal("0.00"))


@dataclasses.dataclass(order=True)
class _NotifyJob:
    due: float
    seq: int
    params: dict[str, str] = dataclasses.field(compare=False)
    url: str = dataclasses.field(compare=False)
    attempt: int = dataclasses.field(default=0, compare=False)


class ApiError(Exception):
    def __init__(self, code: str, msg: str, sub_code: str, sub_msg: str) -> None:
        super().__init__(sub_msg)
        self.body = {"code": code, "msg": msg, "sub_code": sub_code, "sub_msg": sub_msg}


def _business(sub_code: str, sub_msg: str) -> ApiError:
    return ApiError("40004", "Business Failed", sub_code, sub_msg)


def _ts(when: dt.datetime | None) -> str:
    return when.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S") if when else ""


def _safe(value: Any) -> Any:
    """No braces inside values: Alipay SDKs find the signed text by counting braces."""
    if isinstance(value, str):
        return value.replace("{", "(").replace("}", ")")
    return value


def parse_timeout(text: str) -> dt.timedelta:
    m = re.fullmatch(r"(\d+)([mhdc])", text.strip()) if text else None
    if not m:
        return dt.timedelta(days=15)
    n, unit = int(m.group(1)), m.group(2)
    return {"m": dt.timedelta(minutes=n), "h": dt.timedelta(hours=n), "d": dt.timedelta(days=n),
            "c": dt.timedelta(days=1)}[unit]


class Sandbox:
    """The simulated Alipay. `start()` serves on 127.0.0.1:`port` (0 = any free port)."""

    def __init__(self, folder: Path, *, port: int = 0, clock: Clock | None = None, compression: float = 1.0,
                 auto_notify: bool = True, persist: bool = True) -> None:
        self.folder = folder
        self.keys = ensure_keys(folder)
        self.app_id = SANDBOX_APP_ID
        self.seller_id = SANDBOX_SELLER_ID
        self.clock: Clock = clock or SystemClock()
        self.compression = max(compression, 1e-9)
        self.auto_notify = auto_notify
        self.persist = persist
        # Fault injection for tests and demos: seconds to stall each API answer.
        self.delay = 0.0
        self._platform_key = load_private(self.keys.platform_private)
        self._app_public = load_public(self.keys.app_public)
        self._lock = threading.RLock()
        self.trades: dict[str, Trade] = {}
        self.notify_log: list[tuple[str, str, str]] = []  # (notify_id, trade_status, reply)
        self._jobs: list[_NotifyJob] = []
        self._seq = 0
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._requested_port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._state_file = folder / "state.json"
        self._load()

    # --- lifecycle ----------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None, "sandbox not started"
        return int(self._httpd.server_address[1])

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/gateway.do"

    def start(self) -> Sandbox:
        handler = type("Handler", (_Handler,), {"sandbox": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", self._requested_port), handler)
        self._httpd.daemon_threads = True
        self._stopping.clear()
        httpd = self._httpd
        for target, name in ((lambda: httpd.serve_forever(poll_interval=0.05), "sandbox-http"),
                             (self._notifier, "sandbox-notify")):
            t = threading.Thread(target=target, name=name, daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._threads.clear()

    # --- persistence --------------------------------------------------------------------------
    def _load(self) -> None:
        if not self.persist or not self._state_file.exists():
            return
        try:
            data = json.loads(self._state_file.read_text("utf-8"))
        except (OSError, ValueError):
            log.warning("sandbox state %s unreadable; starting empty", self._state_file)
            return
        for raw in data.get("trades", []):
            refunds = {k: Refund(k, Decimal(v["amount"]), v["reason"], dt.datetime.fromisoformat(v["at"]))
                       for k, v in raw.pop("refunds").items()}
            for key in ("created", "expires_at", "paid_at", "closed_at"):
                raw[key] = dt.datetime.fromisoformat(raw[key]) if raw[key] else None
            raw["total_amount"] = Decimal(raw["total_amount"])
            self.trades[raw["out_trade_no"]] = Trade(**raw, refunds=refunds)

    def _save(self) -> None:
        if not self.persist:
            return

        def enc(o: Any) -> Any:
            if isinstance(o, dt.datetime):
                return o.isoformat()
            if isinstance(o, Decimal):
                return str(o)
            raise TypeError(type(o).__name__)

        data = {"trades": [dataclasses.asdict(t) for t in self.trades.values()]}
        tmp = self._state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, default=enc, ensure_ascii=False), "utf-8")
        tmp.replace(self._state_file)

    # --- the buyer's side (the cashier page calls these; tests may too) -----------------------
    def open_cashier(self, biz: dict[str, Any], notify_url: str, return_url: str) -> Trade:
        out_trade_no = str(biz.get("out_trade_no") or "")
        if not out_trade_no or len(out_trade_no) > 64:
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "out_trade_no 无效")
        try:
            amount = Decimal(str(biz.get("total_amount")))
        except InvalidOperation:
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "total_amount 无效") from None
        if amount != amount.quantize(CENT) or not Decimal("0.01") <= amount <= Decimal("100000000"):
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "total_amount 无效")
        now = self.clock.now()
        with self._lock:
            trade = self.trades.get(out_trade_no)
            if trade is not None:
                if trade.total_amount != amount:
                    raise _business("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改")
                return trade
            trade = Trade(out_trade_no=out_trade_no, trade_no=self._new_trade_no(now),
                          total_amount=amount, subject=str(biz.get("subject") or ""), status="WAIT_BUYER_PAY",
                          notify_url=notify_url, return_url=return_url, created=now,
                          expires_at=now + parse_timeout(str(biz.get("timeout_express") or "")))
            self.trades[out_trade_no] = trade
            self._save()
            return trade

    def pay(self, out_trade_no: str) -> Trade:
        """The buyer pays at the cashier."""
        now = self.clock.now()
        with self._lock:
            trade = self.trades.get(out_trade_no)
            if trade is None:
                raise _business("ACQ.TRADE_NOT_EXIST", "交易不存在")
            self._expire(trade, now)
            if trade.status != "WAIT_BUYER_PAY":
                raise _business("ACQ.TRADE_STATUS_ERROR", f"交易状态不合法: {trade.status}")
            trade.status = "TRADE_SUCCESS"
            trade.paid_at = now
            self._save()
            self._enqueue_notify(trade, "TRADE_SUCCESS")
            return trade

    def _new_trade_no(self, now: dt.datetime) -> str:
        return now.astimezone(BEIJING).strftime("%Y%m%d") + "2200" + uuid.uuid4().int.__str__()[:20]

    def _expire(self, trade: Trade, now: dt.datetime) -> None:
        if trade.status == "WAIT_BUYER_PAY" and now >= trade.expires_at:
            trade.status = "TRADE_CLOSED"
            trade.closed_at = now
            self._save()
            self._enqueue_notify(trade, "TRADE_CLOSED")

    # --- API methods -------------------------------------------------------------------------
    def api(self, method: str, biz: dict[str, Any]) -> dict[str, Any]:
        handler = {
            "alipay.trade.query": self._query,
            "alipay.trade.close": self._close,
            "alipay.trade.refund": self._refund,
            "alipay.trade.fastpay.refund.query": self._refund_query,
            "alipay.data.dataservice.bill.downloadurl.query": self._bill_url,
        }.get(method)
        if handler is None:
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-method", "不存在的方法名")
        now = self.clock.now()
        with self._lock:
            return handler(biz, now)

    def _trade(self, biz: dict[str, Any], now: dt.datetime) -> Trade:
        trade = self.trades.get(str(biz.get("out_trade_no") or ""))
        if trade is None and biz.get("trade_no"):
            trade = next((t for t in self.trades.values() if t.trade_no == biz["trade_no"]), None)
        if trade is None:
            raise _business("ACQ.TRADE_NOT_EXIST", "交易不存在")
        self._expire(trade, now)
        return trade

    def _query(self, biz: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        t = self._trade(biz, now)
        out: dict[str, Any] = {"trade_no": t.trade_no, "out_trade_no": t.out_trade_no,
                               "trade_status": t.status, "total_amount": f"{t.total_amount:.2f}",
                               "buyer_logon_id": t.buyer_logon_id}
        if t.paid_at:
            out.update(buyer_user_id=t.buyer_id, send_pay_date=_ts(t.paid_at),
                       receipt_amount=f"{t.total_amount:.2f}", buyer_pay_amount=f"{t.total_amount:.2f}")
        return out

    def _close(self, biz: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        t = self._trade(biz, now)
        if t.status != "WAIT_BUYER_PAY":
            raise _business("ACQ.TRADE_STATUS_ERROR", f"交易状态不合法: {t.status}")
        t.status = "TRADE_CLOSED"
        t.closed_at = now
        self._save()
        return {"trade_no": t.trade_no, "out_trade_no": t.out_trade_no}

    def _refund(self, biz: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        t = self._trade(biz, now)
        out_request_no = str(biz.get("out_request_no") or t.out_trade_no)
        try:
            amount = Decimal(str(biz.get("refund_amount")))
        except InvalidOperation:
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "refund_amount 无效") from None
        existing = t.refunds.get(out_request_no)
        if existing is not None:  # same request again: same answer, no money moves
            return self._refund_answer(t, existing, "N")
        if t.status not in ("TRADE_SUCCESS", "TRADE_FINISHED") and not (t.status == "TRADE_CLOSED" and t.paid_at):
            raise _business("ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
        if amount <= 0 or amount != amount.quantize(CENT):
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "refund_amount 无效")
        if t.refunded + amount > t.total_amount:
            raise _business("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
        refund = Refund(out_request_no, amount, str(biz.get("refund_reason") or ""), now)
        t.refunds[out_request_no] = refund
        full = t.refunded == t.total_amount
        if full:
            t.status = "TRADE_CLOSED"
            t.closed_at = now
        self._save()
        self._enqueue_notify(t, t.status, refund=refund)
        return self._refund_answer(t, refund, "Y")

    def _refund_answer(self, t: Trade, r: Refund, fund_change: str) -> dict[str, Any]:
        return {"trade_no": t.trade_no, "out_trade_no": t.out_trade_no, "buyer_logon_id": t.buyer_logon_id,
                "fund_change": fund_change, "refund_fee": f"{t.refunded:.2f}", "send_back_fee": f"{r.amount:.2f}",
                "gmt_refund_pay": _ts(r.at), "buyer_user_id": t.buyer_id}

    def _refund_query(self, biz: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        t = self._trade(biz, now)
        r = t.refunds.get(str(biz.get("out_request_no") or ""))
        if r is None:  # Alipay answers 10000 with no refund fields when the request is unknown
            return {"trade_no": t.trade_no, "out_trade_no": t.out_trade_no}
        return {"trade_no": t.trade_no, "out_trade_no": t.out_trade_no, "out_request_no": r.out_request_no,
                "refund_amount": f"{r.amount:.2f}", "total_amount": f"{t.total_amount:.2f}",
                "refund_status": "REFUND_SUCCESS", "gmt_refund_pay": _ts(r.at)}

    def _bill_url(self, biz: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        if biz.get("bill_type") != "trade":
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "bill_type 无效")
        try:
            day = dt.date.fromisoformat(str(biz.get("bill_date")))
        except ValueError:
            raise ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "bill_date 无效") from None
        if day >= now.astimezone(BEIJING).date():  # a day's bill is ready the next morning
            raise _business("isp.bill_not_exist", "账单不存在")
        token = uuid.uuid4().hex
        return {"bill_download_url": f"http://127.0.0.1:{self.port}/bill/{day.isoformat()}.zip?token={token}"}

    def bill_zip(self, day: dt.date) -> bytes:
        start = dt.datetime.combine(day, dt.time(), BEIJING)
        end = start + dt.timedelta(days=1)
        lines: list[bill.BillLine] = []
        with self._lock:
            for t in self.trades.values():
                if t.paid_at and start <= t.paid_at < end:
                    lines.append(bill.BillLine(t.trade_no, t.out_trade_no, "交易", t.subject, t.created, t.paid_at,
                                               t.total_amount, t.total_amount, "", t.buyer_logon_id))
                for r in t.refunds.values():
                    if start <= r.at < end:
                        lines.append(bill.BillLine(t.trade_no, t.out_trade_no, "退款", t.subject, t.created, r.at,
                                                   t.total_amount, -r.amount, r.out_request_no, t.buyer_logon_id))
        return bill.build_zip(self.seller_id, day, lines, self.clock.now())

    # --- signing ------------------------------------------------------------------------------
    def verify_request(self, params: dict[str, str]) -> ApiError | None:
        if params.get("app_id") != self.app_id:
            return ApiError("40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数")
        if params.get("sign_type") != "RSA2":
            return ApiError("40002", "Invalid Arguments", "isv.invalid-signature-type", "无效的签名类型")
        if not verify(self._app_public, signing_text(params, ("sign",)), params.get("sign", "")):
            return ApiError("40002", "Invalid Arguments", "isv.invalid-signature", "验签出错")
        return None

    def signed_response(self, method: str, body: dict[str, Any]) -> str:
        key = method.replace(".", "_") + "_response"
        inner = json.dumps({k: _safe(v) for k, v in body.items()}, ensure_ascii=False, separators=(",", ":"))
        return f'{{"{key}":{inner},"sign":"{sign(self._platform_key, inner)}"}}'

    # --- async notifies -----------------------------------------------------------------------
    def notify_params(self, trade: Trade, status: str, refund: Refund | None = None,
                      notify_id: str | None = None) -> dict[str, str]:
        now = self.clock.now()
        p = {"notify_time": _ts(now), "notify_type": "trade_status_sync",
             "notify_id": notify_id or uuid.uuid4().hex, "app_id": self.app_id, "charset": "utf-8",
             "version": "1.0", "sign_type": "RSA2", "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no,
             "buyer_id": trade.buyer_id, "buyer_logon_id": trade.buyer_logon_id, "seller_id": self.seller_id,
             "seller_email": "merchant@sandbox.com", "trade_status": status,
             "total_amount": f"{trade.total_amount:.2f}", "subject": trade.subject,
             "gmt_create": _ts(trade.created), "gmt_payment": _ts(trade.paid_at), "gmt_close": _ts(trade.closed_at)}
        if trade.paid_at:
            p["receipt_amount"] = p["buyer_pay_amount"] = f"{trade.total_amount:.2f}"
            p["fund_bill_list"] = json.dumps([{"amount": f"{trade.total_amount:.2f}", "fundChannel": "ALIPAYACCOUNT"}],
                                             separators=(",", ":"))
        if refund is not None:
            p.update(out_biz_no=refund.out_request_no, refund_fee=f"{trade.refunded:.2f}", gmt_refund=_ts(refund.at))
        p = {k: v for k, v in p.items() if v != ""}  # Alipay never sends empty parameters
        p["sign"] = sign(self._platform_key, signing_text(p, ("sign", "sign_type")))
        return p

    def _enqueue_notify(self, trade: Trade, status: str, refund: Refund | None = None) -> None:
        if not trade.notify_url:
            return
        params = self.notify_params(trade, status, refund)
        with self._lock:
            self._seq += 1
            heapq.heappush(self._jobs, _NotifyJob(time.monotonic(), self._seq, params, trade.notify_url))
        self._wake.set()

    def pending_notifies(self) -> int:
        with self._lock:
            return len(self._jobs)

    def post_notify(self, url: str, params: dict[str, str], timeout: float = 5.0) -> str:
        body = urllib.parse.urlencode(params).encode()
        req = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return str(resp.read(64).decode("utf-8", "replace"))
        except urllib.error.HTTPError as exc:
            return f"HTTP {exc.code}"
        except OSError as exc:
            return f"error: {exc}"

    def _notifier(self) -> None:
        while not self._stopping.is_set():
            with self._lock:
                now_clock = self.clock.now()
                for t in list(self.trades.values()):
                    self._expire(t, now_clock)
                job = self._jobs[0] if self._jobs else None
                wait = 0.5 if job is None else max(0.0, min(0.5, job.due - time.monotonic()))
                if job is not None and job.due <= time.monotonic() and self.auto_notify:
                    heapq.heappop(self._jobs)
                else:
                    job = None
            if job is None:
                self._wake.wait(wait)
                self._wake.clear()
                continue
            reply = self.post_notify(job.url, job.params)
            with self._lock:
                self.notify_log.append((job.params["notify_id"], job.params["trade_status"], reply))
                if reply != "success" and job.attempt < len(RETRY_SCHEDULE):
                    delay = RETRY_SCHEDULE[job.attempt] / self.compression
                    self._seq += 1
                    heapq.heappush(self._jobs, _NotifyJob(time.monotonic() + delay, self._seq, job.params, job.url,
                                                          job.attempt + 1))


class _Handler(BaseHTTPRequestHandler):
    sandbox: Sandbox
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and the demo hit it a lot
        log.debug("sandbox: " + format, *args)

    def _params(self) -> dict[str, str]:
        parts = urllib.parse.urlsplit(self.path)
        params = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            if length > 1_000_000:
                raise ValueError("body too large")
            params.update(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8", "replace"),
                                                 keep_blank_values=True))
        return params

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        sb = self.sandbox
        path = urllib.parse.urlsplit(self.path).path
        try:
            params = self._params()
        except (ValueError, UnicodeError):
            self._send(400, b"bad request", "text/plain")
            return
        if sb.delay:
            time.sleep(sb.delay)  # simulated slowness, only when a test sets it
        if path == "/gateway.do":
            self._gateway(params)
        elif path == "/cashier" and self.command == "POST":
            self._cashier(params)
        elif m := re.fullmatch(r"/bill/(\d{4}-\d{2}-\d{2})\.zip", path):
            self._send(200, sb.bill_zip(dt.date.fromisoformat(m.group(1))), "application/zip")
        else:
            self._send(404, b"not found", "text/plain")

    def _gateway(self, params: dict[str, str]) -> None:
        sb = self.sandbox
        method = params.get("method", "")
        error = sb.verify_request(params)
        try:
            biz = json.loads(params.get("biz_content") or "{}")
            if not isinstance(biz, dict):
                raise ValueError
        except ValueError:
            error = error or ApiError("40002", "Invalid Arguments", "isv.invalid-parameter", "biz_content 无效")
            biz = {}
        if method == "alipay.trade.page.pay":
            if error is not None:
                self._page(400, "支付错误", f"{error.body['sub_code']}: {error.body['sub_msg']}")
                return
            try:
                trade = sb.open_cashier(biz, params.get("notify_url", ""), params.get("return_url", ""))
            except ApiError as exc:
                self._page(400, "支付错误", f"{exc.body['sub_code']}: {exc.body['sub_msg']}")
                return
            self._cashier_page(trade)
            return
        if error is None:
            try:
                body = {"code": "10000", "msg": "Success", **sb.api(method, biz)}
            except ApiError as exc:
                body = exc.body
        else:
            body = error.body
        self._send(200, sb.signed_response(method or "error", body).encode("utf-8"),
                   "application/json;charset=utf-8")

    def _cashier(self, params: dict[str, str]) -> None:
        sb = self.sandbox
        out_trade_no = params.get("out_trade_no", "")
        if params.get("action") == "cancel":
            self._page(200, "已取消", "您已离开收银台，订单未支付。 You left the cashier; nothing was paid.")
            return
        try:
            trade = sb.pay(out_trade_no)
        except ApiError as exc:
            self._page(409, "支付失败", f"{exc.body['sub_code']}: {exc.body['sub_msg']}")
            return
        back = ""
        if trade.return_url:
            q = urllib.parse.urlencode({"out_trade_no": trade.out_trade_no, "trade_no": trade.trade_no,
                                        "total_amount": f"{trade.total_amount:.2f}"})
            back = f'<p><a href="{html.escape(trade.return_url)}?{html.escape(q)}">返回商户 Back to the shop</a></p>'
        self._page(200, "支付成功", f"已支付 ¥{trade.total_amount:.2f}。 Paid.{back}")

    def _cashier_page(self, trade: Trade) -> None:
        e = html.escape
        body = f"""<!doctype html><html><head><meta charset="utf-8"><title>Alipay Sandbox Cashier</title></head>
<body style="font-family:sans-serif;max-width:30em;margin:3em auto">
<h2>支付宝沙箱收银台 · Alipay Sandbox</h2>
<p>{e(trade.subject)}</p><p>订单号 {e(trade.out_trade_no)}</p>
<p style="font-size:2em">¥ {trade.total_amount:.2f}</p><p>状态 {e(trade.status)}</p>
<form method="post" action="/cashier" style="display:inline">
<input type="hidden" name="out_trade_no" value="{e(trade.out_trade_no)}">
<input type="hidden" name="action" value="pay"><button type="submit">确认付款 Pay</button></form>
<form method="post" action="/cashier" style="display:inline">
<input type="hidden" name="out_trade_no" value="{e(trade.out_trade_no)}">
<input type="hidden" name="action" value="cancel"><button type="submit">取消 Cancel</button></form>
</body></html>"""
        self._send(200, body.encode("utf-8"), "text/html; charset=utf-8")

    def _page(self, status: int, title: str, text: str) -> None:
        body = (f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
                f"<body><h2>{html.escape(title)}</h2><p>{text}</p></body></html>")
        self._send(status, body.encode("utf-8"), "text/html; charset=utf-8")
