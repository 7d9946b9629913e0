# ruff: noqa: F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""The SDK adapter against the project's sandbox: every gateway call, and the SDK's traps."""

from __future__ import annotations

import datetime as dt
import io
import socket
import urllib.request
import zipfile
from decimal import Decimal

import pytest

from console import config
from console.adapters import alipay_gateway
from console.adapters.alipay_gateway import AlipayGateway, pem, signed_json_span
from console.adapters.alipay_sandbox import SANDBOX_APP_ID, Sandbox
from console.services.errors import GatewayError
from tests.payments_fixtures import gateway_to, sandbox, sandbox_keys  # noqa: F401 - fixtures


def _open(sb: Sandbox, gw: AlipayGateway, no: str, amount: str = "12.34", subject: str = "Order x") -> str:
    url = gw.page_pay_url(no, Decimal(amount), subject, "30m", "http://127.0.0.1:9/payed/notify", "")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read().decode("utf-8")


def test_page_pay_opens_the_cashier_with_pay_and_cancel(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    page = _open(sandbox, gw, "A1")
    assert "12.34" in page and 'value="pay"' in page and 'value="cancel"' in page
    assert sandbox.trades["A1"].status == "WAIT_BUYER_PAY"


def test_the_cashier_form_pays_the_trade(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    _open(sandbox, gw, "A2")
    body = b"out_trade_no=A2&action=pay"
    with urllib.request.urlopen(urllib.request.Request(
            f"http://127.0.0.1:{sandbox.port}/cashier", data=body, method="POST"), timeout=5) as resp:
        assert "支付成功" in resp.read().decode()
    q = gw.query("A2")
    assert q.exists and q.trade_status == "TRADE_SUCCESS" and q.total_amount == Decimal("12.34") and q.trade_no


def test_query_unknown_trade_is_not_an_error(sandbox: Sandbox) -> None:
    q = gateway_to(sandbox).query("NOPE")
    assert not q.exists and q.trade_status is None


def test_close_only_while_waiting(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    assert gw.close_trade("never-opened") is False  # ACQ.TRADE_NOT_EXIST
    _open(sandbox, gw, "C1")
    assert gw.close_trade("C1") is True
    assert gw.query("C1").trade_status == "TRADE_CLOSED"
    _open(sandbox, gw, "C2")
    sandbox.pay("C2")
    assert gw.close_trade("C2") is False  # paid: ACQ.TRADE_STATUS_ERROR


def test_refund_is_idempotent_and_never_above_paid(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    _open(sandbox, gw, "R1", "10.00")
    sandbox.pay("R1")
    first = gw.refund("R1", Decimal("4.00"), "R1-a", "broken")
    assert first.fund_change and first.refund_fee == Decimal("4.00")
    again = gw.refund("R1", Decimal("4.00"), "R1-a", "broken")
    assert not again.fund_change and again.refund_fee == Decimal("4.00")
    with pytest.raises(GatewayError) as err:
        gw.refund("R1", Decimal("6.01"), "R1-b", "too much")
    assert err.value.details["sub_code"] == "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"
    assert not err.value.details["retryable"]
    rest = gw.refund("R1", Decimal("6.00"), "R1-c", "rest")
    assert rest.refund_fee == Decimal("10.00")
    assert gw.query("R1").trade_status == "TRADE_CLOSED"  # fully refunded
    found = gw.refund_query("R1", "R1-a")
    assert found.found and found.refund_amount == Decimal("4.00")
    assert not gw.refund_query("R1", "R1-zzz").found


def test_refund_of_unpaid_trade_is_refused(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    _open(sandbox, gw, "R2")
    with pytest.raises(GatewayError) as err:
        gw.refund("R2", Decimal("1.00"), "R2-a", "x")
    assert err.value.details["sub_code"] == "ACQ.TRADE_STATUS_ERROR"


def test_bill_download_is_a_zip_of_gbk_csvs(sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    gw = gateway_to(sandbox)
    _open(sandbox, gw, "B1", "7.00")
    sandbox.pay("B1")
    day = clock.now().astimezone(dt.timezone(dt.timedelta(hours=8))).date()
    with pytest.raises(GatewayError) as err:  # today's bill is not ready
        gw.bill_download_url(day)
    assert err.value.details["sub_code"] == "isp.bill_not_exist"
    clock.advance(86400)
    data = gw.download_bill(gw.bill_download_url(day))
    zf = zipfile.ZipFile(io.BytesIO(data))
    texts = [zf.read(n).decode("gbk") for n in zf.namelist()]
    detail = next(t for t in texts if "支付宝交易号" in t)
    assert "B1" in detail and "7.00" in detail and detail.startswith("#支付宝业务明细查询")


def test_signature_of_the_app_is_checked(sandbox: Sandbox, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from console.adapters.alipay_sandbox import ensure_keys

    other = ensure_keys(tmp_path / "other")
    gw = AlipayGateway(app_id=sandbox.app_id, app_private_key=str(other.app_private),
                       alipay_public_key=str(sandbox.keys.platform_public), gateway_url=sandbox.gateway_url)
    with pytest.raises(GatewayError) as err:
        gw.query("X")
    assert err.value.details["sub_code"] == "isv.invalid-signature"
    wrong_app = AlipayGateway(app_id="123", app_private_key=str(sandbox.keys.app_private),
                              alipay_public_key=str(sandbox.keys.platform_public), gateway_url=sandbox.gateway_url)
    with pytest.raises(GatewayError) as err:
        wrong_app.query("X")
    assert err.value.details["sub_code"] == "isv.invalid-app-id"


def test_answers_signed_by_someone_else_are_refused(sandbox: Sandbox, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from console.adapters.alipay_sandbox import ensure_keys

    other = ensure_keys(tmp_path / "other")
    gw = AlipayGateway(app_id=sandbox.app_id, app_private_key=str(sandbox.keys.app_private),
                       alipay_public_key=str(other.platform_public), gateway_url=sandbox.gateway_url)
    with pytest.raises(GatewayError, match="signature"):
        gw.query("X")


def test_bare_base64_keys_are_accepted(sandbox: Sandbox) -> None:
    def bare(path) -> str:  # type: ignore[no-untyped-def]
        return "".join(line for line in path.read_text().splitlines() if not line.startswith("-----"))

    gw = AlipayGateway(app_id=sandbox.app_id, app_private_key=bare(sandbox.keys.app_private),
                       alipay_public_key=bare(sandbox.keys.platform_public), gateway_url=sandbox.gateway_url)
    assert gw.query("nothing").exists is False
    assert pem("QUJD", "public").startswith("-----BEGIN PUBLIC KEY-----\nQUJD\n")


def test_brace_inside_a_value_does_not_break_verification() -> None:
    raw = '{"x_response":{"code":"10000","sub_msg":"a } b { c","n":{"k":"}"}},"sign":"zz"}'
    assert signed_json_span(raw, "x_response") == '{"code":"10000","sub_msg":"a } b { c","n":{"k":"}"}}'


def test_sandbox_never_emits_braces_in_values(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    _open(sandbox, gw, "BR}1")
    q = gw.query("BR}1")  # the out_trade_no comes back brace-free, and the signature still verifies
    assert q.exists and "}" not in str(q.raw.get("out_trade_no"))


def test_verify_notify_does_not_mutate_and_detects_tampering(sandbox: Sandbox) -> None:
    gw = gateway_to(sandbox)
    _open(sandbox, gw, "N1")
    sandbox.pay("N1")
    params = sandbox.notify_params(sandbox.trades["N1"], "TRADE_SUCCESS")
    before = dict(params)
    assert gw.verify_notify(params) is True
    assert params == before
    assert gw.verify_notify({**params, "total_amount": "12.35"}) is False
    assert gw.verify_notify({**params, "sign": "bm90IGEgc2lnbmF0dXJl"}) is False
    assert gw.verify_notify({**params, "sign": "%%%"}) is False
    assert gw.verify_notify({k: v for k, v in params.items() if k != "sign"}) is False


def test_gateway_down_is_a_retryable_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # No app id: gateway_for picks the sandbox's app id and keys from the data dir (made on first use).
    sb_settings = config.load(environ={}, data_dir=str(tmp_path), sandbox_port=port)
    gw = alipay_gateway.gateway_for(sb_settings, timeout=2)
    assert gw.app_id == SANDBOX_APP_ID
    with pytest.raises(GatewayError) as err:
        gw.query("X")
    assert err.value.details["retryable"] is True


def test_slow_gateway_times_out(sandbox: Sandbox) -> None:
    sandbox.delay = 1.5
    gw = gateway_to(sandbox, timeout=0.5)
    with pytest.raises(GatewayError) as err:
        gw.query("X")
    assert err.value.details["retryable"] is True
    sandbox.delay = 0


def test_business_error_code_is_checked(sandbox: Sandbox) -> None:
    # The SDK would hand back {"code": "40004", ...} as a result; the adapter raises instead.
    gw = gateway_to(sandbox)
    with pytest.raises(GatewayError) as err:
        gw.bill_download_url(dt.date(2000, 1, 1) + dt.timedelta(days=100000))
    assert err.value.details["code"] == "40004"
