"""The PaymentGateway over python-alipay-sdk (package `alipay`), for Alipay and the project's sandbox.

SDK traps handled here:
- the gateway URL is the private `_gateway` attribute: set in our subclass;
- the SDK does not look at `code`: anything but "10000" becomes a GatewayError with sub_code/sub_msg;
- it finds the signed text by counting braces, which a `}` inside a value breaks: replaced by a
  JSON-aware scan (and the sandbox never emits braces in values);
- verify() mutates its argument: it always gets a copy;
- bare base64 keys are wrapped in PEM headers; PEM files and bare base64 are both accepted;
- its logger is wired to DEBUG on stderr at import: silenced;
- it verifies with pycryptodome's RSA (~0.5 ms a notify here): the same PKCS#1 v1.5 check is done by
  OpenSSL through `cryptography` (~0.03 ms), over the very text the SDK builds.
Calls are blocking: never inside an open DB transaction and never on the GUI thread.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import textwrap
import urllib.error
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from alipay import AliPay  # type: ignore[import-untyped]
from alipay.exceptions import AliPayException, AliPayValidationError  # type: ignore[import-untyped]
from alipay.utils import AliPayConfig  # type: ignore[import-untyped]
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from console.config import Settings
from console.services.errors import GatewayError
from console.services.payments import PaymentGateway, RefundQueryResult, RefundResult, TradeStatus

logging.getLogger("python-alipay-sdk").setLevel(logging.WARNING)
logging.getLogger("python-alipay-sdk").propagate = False

BEIJING = dt.timezone(dt.timedelta(hours=8))
OK = "10000"


def pem(text: str, kind: str) -> str:
    """A key as PEM: PEM text is returned as is, bare base64 gets the headers of `kind`."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        return text
    body = "".join(text.split())
    # The label is cosmetic for the SDK's key loader: it reads PKCS#1 and PKCS#8 from the DER itself.
    label = {"private": "RSA PRIVATE KEY", "public": "PUBLIC KEY"}[kind]
    return f"-----BEGIN {label}-----\n" + "\n".join(textwrap.wrap(body, 64)) + f"\n-----END {label}-----\n"


def read_key(value: str, kind: str) -> str:
    """A setting is a path to a key file, or the key itself (PEM or bare base64)."""
    candidate = Path(value)
    if len(value) < 1024 and candidate.exists():
        value = candidate.read_text(encoding="ascii")
    return pem(value, kind)


def signed_json_span(raw: str, response_type: str) -> str:
    """The exact text of the object under `response_type`, found by a scan that knows JSON strings."""
    key = raw.find(f'"{response_type}"')
    if key < 0:
        return ""
    start = raw.find("{", key)
    depth, in_str, esc = 0, False, False
    for i in range(start, len(raw)):
        c = raw[i]
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return raw[start:i + 1]
    return ""


class _SDK(AliPay):  # type: ignore[misc]
    def __init__(self, gateway_url: str, timeout: float, **kwargs: Any) -> None:
        super().__init__(config=AliPayConfig(timeout=timeout), **kwargs)
        self._gateway = gateway_url
        key = serialization.load_pem_public_key(self._alipay_public_key.export_key())
        if not isinstance(key, rsa.RSAPublicKey):
            raise ValueError("the Alipay public key is not an RSA key")
        self._openssl_public_key = key

    def _verify(self, raw_content: str, signature: str) -> bool:
        # Same contract as the SDK's: PKCS#1 v1.5 over SHA-256 (RSA2) or SHA-1 (RSA), base64 signature.
        digest = hashes.SHA1() if self._sign_type == "RSA" else hashes.SHA256()
        try:
            self._openssl_public_key.verify(base64.b64decode(signature), raw_content.encode("utf-8"),
                                            padding.PKCS1v15(), digest)
        except (InvalidSignature, ValueError):
            return False
        return True

    def _get_string_to_be_signed(self, raw_string: str, response_type: str) -> str:
        return signed_json_span(raw_string, response_type)


def _money(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


class AlipayGateway:
    """PaymentGateway over the SDK. `gateway_url` is Alipay's or the sandbox's /gateway.do."""

    def __init__(self, *, app_id: str, app_private_key: str, alipay_public_key: str, gateway_url: str,
                 seller_id: str = "", timeout: float = 10.0) -> None:
        self.app_id = app_id
        self.seller_id = seller_id
        self.gateway_url = gateway_url
        self._sdk = _SDK(gateway_url, timeout, appid=app_id, app_notify_url=None,
                         app_private_key_string=read_key(app_private_key, "private"),
                         alipay_public_key_string=read_key(alipay_public_key, "public"), sign_type="RSA2")

    # --- calls --------------------------------------------------------------------------------
    def _call(self, method: str, biz: dict[str, Any]) -> dict[str, Any]:
        try:
            result: dict[str, Any] = self._sdk.server_api(method, biz)
        except AliPayValidationError:
            raise GatewayError(f"{method}: the answer's signature does not verify", sub_code="SIGNATURE",
                               retryable=True) from None
        except AliPayException as exc:  # the answer had no sign at all
            raise GatewayError(f"{method}: unsigned error answer: {str(exc)[:200]}", retryable=True) from None
        except OSError as exc:  # URLError, timeouts and refused connections are all OSErrors
            raise GatewayError(f"{method}: gateway not reachable ({exc})", sub_code="NETWORK",
                               retryable=True) from None
        except ValueError as exc:  # not JSON
            raise GatewayError(f"{method}: unreadable answer ({exc})", retryable=True) from None
        code = str(result.get("code", ""))
        if code != OK:
            sub_code, sub_msg = str(result.get("sub_code", "")), str(result.get("sub_msg", result.get("msg", "")))
            # 20000 (service unavailable) and ACQ.SYSTEM_ERROR leave the outcome unknown: ask again later.
            retryable = code == "20000" or sub_code in ("ACQ.SYSTEM_ERROR", "aop.ACQ.SYSTEM_ERROR")
            raise GatewayError(f"{method}: {sub_code or code} {sub_msg}".strip(), code=code, sub_code=sub_code,
                               sub_msg=sub_msg, retryable=retryable)
        return result

    def page_pay_url(self, out_trade_no: str, amount: Decimal, subject: str, timeout_express: str,
                     notify_url: str, return_url: str) -> str:
        query = self._sdk.api_alipay_trade_page_pay(
            subject=subject, out_trade_no=out_trade_no, total_amount=f"{amount:.2f}", timeout_express=timeout_express,
            notify_url=notify_url or None, return_url=return_url or None)
        return f"{self.gateway_url}?{query}"

    def query(self, out_trade_no: str) -> TradeStatus:
        try:
            r = self._call("alipay.trade.query", {"out_trade_no": out_trade_no})
        except GatewayError as exc:
            if exc.details.get("sub_code") == "ACQ.TRADE_NOT_EXIST":
                return TradeStatus(out_trade_no=out_trade_no, exists=False)
            raise
        paid = r.get("send_pay_date")
        return TradeStatus(
            out_trade_no=out_trade_no, exists=True, trade_status=r.get("trade_status"), trade_no=r.get("trade_no"),
            total_amount=_money(r.get("total_amount")), buyer_id=r.get("buyer_user_id"),
            paid_at=dt.datetime.strptime(paid, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING).astimezone(dt.UTC)
            if paid else None, raw=r)

    def close_trade(self, out_trade_no: str) -> bool:
        try:
            self._call("alipay.trade.close", {"out_trade_no": out_trade_no})
            return True
        except GatewayError as exc:
            if exc.details.get("sub_code") in ("ACQ.TRADE_NOT_EXIST", "ACQ.TRADE_STATUS_ERROR"):
                return False
            raise

    def refund(self, out_trade_no: str, amount: Decimal, out_request_no: str, reason: str) -> RefundResult:
        r = self._call("alipay.trade.refund", {"out_trade_no": out_trade_no, "refund_amount": f"{amount:.2f}",
                                               "out_request_no": out_request_no, "refund_reason": reason})
        return RefundResult(out_trade_no=out_trade_no, out_request_no=out_request_no,
                            fund_change=r.get("fund_change") == "Y",
                            refund_fee=_money(r.get("refund_fee")) or Decimal("0.00"),
                            send_back_fee=_money(r.get("send_back_fee")), trade_no=r.get("trade_no"))

    def refund_query(self, out_trade_no: str, out_request_no: str) -> RefundQueryResult:
        r = self._call("alipay.trade.fastpay.refund.query",
                       {"out_trade_no": out_trade_no, "out_request_no": out_request_no})
        amount = _money(r.get("refund_amount"))
        status = r.get("refund_status") or ("REFUND_SUCCESS" if amount else None)
        return RefundQueryResult(out_trade_no=out_trade_no, out_request_no=out_request_no,
                                 found=amount is not None and status == "REFUND_SUCCESS",
                                 refund_amount=amount, refund_status=status)

    def bill_download_url(self, date: dt.date) -> str:
        r = self._call("alipay.data.dataservice.bill.downloadurl.query",
                       {"bill_type": "trade", "bill_date": date.isoformat()})
        return str(r["bill_download_url"])

    def download_bill(self, url: str) -> bytes:
        try:
            with urllib.request.urlopen(url, timeout=self._sdk._config.timeout) as resp:
                data: bytes = resp.read(50 * 1024 * 1024)
                return data
        except (urllib.error.URLError, OSError) as exc:
            raise GatewayError(f"bill download failed ({exc})", sub_code="NETWORK", retryable=True) from None

    def verify_notify(self, params: dict[str, str]) -> bool:
        data = dict(params)  # the SDK pops from what it is given
        signature = data.pop("sign", "")
        if not signature or data.get("sign_type", "RSA2") != "RSA2":
            return False
        data.pop("sign_type", None)
        try:
            return bool(self._sdk.verify(data, signature))
        except Exception:  # bad base64 or a key mismatch is simply "not verified"
            return False


def gateway_for(settings: Settings, timeout: float = 10.0) -> PaymentGateway:
    """Alipay when an app id is configured; else the sandbox's app id and keys from the data dir."""
    if settings.alipay_app_id:
        return AlipayGateway(app_id=settings.alipay_app_id, app_private_key=settings.alipay_app_private_key,
                             alipay_public_key=settings.alipay_public_key, seller_id=settings.alipay_seller_id,
                             gateway_url=settings.alipay_gateway or "https://openapi.alipay.com/gateway.do",
                             timeout=timeout)
    from console.adapters.alipay_sandbox import SANDBOX_APP_ID, SANDBOX_SELLER_ID, ensure_keys

    keys = ensure_keys(settings.data_path / "sandbox")
    return AlipayGateway(app_id=SANDBOX_APP_ID, app_private_key=str(keys.app_private),
                         alipay_public_key=str(keys.platform_public), seller_id=SANDBOX_SELLER_ID,
                         gateway_url=settings.alipay_gateway or f"http://127.0.0.1:{settings.sandbox_port}/gateway.do",
                         timeout=timeout)
