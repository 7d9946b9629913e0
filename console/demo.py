"""Sample data for `--demo`: a catalogue in 3 warehouses, members with coupons and points, demo accounts,
and orders in every state, each made through the same use cases a real shop runs (cart, confirm,
submit, pay through the sandbox, ship, refund, dispute), so the demo shows real timelines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random
import urllib.request
from decimal import Decimal
from typing import Any

from console.services import aftersales, cart, catalog, operators, order_actions, orders, payments, receipts
from console.services.clock import Clock, FakeClock
from console.services.context import ServiceContext
from console.services.errors import ServiceError
from console.services.operators import OperatorIdentity
from console.services.states import CloseReason, Role

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = (("merchant", Role.MERCHANT, "Mia Merchant"), ("support", Role.SUPPORT, "Sam Support"),
                 ("admin", Role.ADMIN, "Ada Admin"))


class _Offset:
    """The system clock shifted into the past, so seeded requests have deadlines at varied distances."""

    def __init__(self, base: Clock, seconds: float) -> None:
        self._base, self._delta = base, dt.timedelta(seconds=seconds)

    def now(self) -> dt.datetime:
        return self._base.now() - self._delta


def ensure_seeded(rt: Any) -> bool:
    """Seed once; returns True if it seeded now."""
    ctx: ServiceContext = rt.ctx
    if operators.list_operators(ctx):
        return False
    log.info("seeding the demo data directory")
    for username, role, name in DEMO_ACCOUNTS:
        operators.add_operator(ctx, username, DEMO_PASSWORD, role, display_name=name)
    seed = catalog.seed_catalog(ctx, members=8, stock_per_ware=120)
    _orders_in_every_state(ctx, rt, seed)
    return True


def _identity(ctx: ServiceContext, username: str) -> OperatorIdentity:
    return operators.authenticate(ctx, username, DEMO_PASSWORD)


def _buy(ctx: ServiceContext, member: catalog.MemberSeed, skus: list[int], rnd: random.Random,
         note: str = "") -> str:
    for sku in skus:
        cart.add_to_cart(ctx, member.member_id, sku, rnd.randint(1, 2))
    page = orders.confirm(ctx, member.member_id)
    result = orders.submit(ctx, orders.SubmitRequest(
        member_id=member.member_id, token=page.order_token, address_id=member.address_id, pay_type="ALIPAY",
        note=note, expected_pay_amount=str(page.amounts.pay_amount)))
    return result.order_sn


def _pay(ctx: ServiceContext, order_sn: str) -> None:
    """The buyer opens the cashier and pays; the console learns it as it would from a lost notify: by query."""
    start = payments.start_payment(ctx, order_sn)
    with urllib.request.urlopen(start.url, timeout=10) as resp:  # opens the cashier in the sandbox
        resp.read()
    cashier = start.url.split("?")[0].replace("/gateway.do", "/cashier")
    form = urllib.request.Request(cashier, data=f"out_trade_no={start.out_trade_no}&action=pay".encode(),
                                  method="POST")
    with urllib.request.urlopen(form, timeout=10) as resp:
        resp.read()
    payments.query_stale_attempts(ctx, older_than=dt.timedelta(0))


def _orders_in_every_state(ctx: ServiceContext, rt: Any, seed: catalog.CatalogSeed) -> None:
    rnd = random.Random(7)
    merchant, support = _identity(ctx, "merchant"), _identity(ctx, "support")
    members = list(seed.members)
    skus = list(seed.sku_ids)

    def basket() -> list[int]:
        return rnd.sample(skus, rnd.randint(1, 3))

    def member() -> catalog.MemberSeed:
        return rnd.choice(members)

    def safely(what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ServiceError as exc:  # one odd seed order must not stop the demo
            log.warning("demo seeding: %s failed: %s", what, exc)
            return None

    # Unpaid, waiting for the buyer.
    for _ in range(6):
        _buy(ctx, member(), basket(), rnd, note=rnd.choice(["", "Please leave at the door", "Gift wrap"]))
    # Cancelled by each actor.
    for reason in (CloseReason.BUYER, CloseReason.TIMEOUT, CloseReason.MERCHANT, CloseReason.ADMIN):
        sn = _buy(ctx, member(), basket(), rnd)
        orders.close_order(ctx, sn, reason, actor=reason.value.lower())
    # Paid, some split across warehouses; shipped; completed.
    paid = []
    for _ in range(10):
        sn = _buy(ctx, member(), basket(), rnd)
        _pay(ctx, sn)
        paid.append(sn)
    shippable = [sn for sn in paid if orders.get_order(ctx, sn).status == "PAID"]
    for i, sn in enumerate(shippable[:5]):
        safely("ship", order_actions.ship, ctx, merchant, sn, rnd.choice(["SF Express", "JD Logistics"]),
               f"SF{1000000 + i:09d}")
    # After-sale requests at varied distances from their auto-approve deadline.
    day = 86400.0
    for ago in (0.2 * day, 2 * day, 4.2 * day, 4.95 * day):
        sn = _buy(ctx, member(), basket(), rnd)
        _pay(ctx, sn)
        if orders.get_order(ctx, sn).status != "PAID":
            continue
        order_actions.ship(ctx, merchant, sn, "SF Express", f"SF{rnd.randint(10**8, 10**9)}")
        past = dataclasses.replace(ctx, clock=_Offset(ctx.clock, ago))
        owner = orders.get_order(ctx, sn).member_id
        safely("request refund", aftersales.request_refund, past, owner, sn,
               rnd.choice(["LOST_IN_TRANSIT", "NOT_AS_DESCRIBED", "REFUSED"]),
               reason_text="Parcel never arrived" if ago < day else "Colour differs from the photos",
               evidence="Courier app shows it stuck for 6 days", links=["https://example.com/photo/1.jpg"])
    # A completed order, a rejected request and a dispute waiting for support.
    if shippable:
        sn = shippable[0]
        owner = orders.get_order(ctx, sn).member_id
        safely("confirm receipt", receipts.confirm_receipt, ctx, owner, sn)
    for idx, sn in enumerate(shippable[1:3]):
        owner = orders.get_order(ctx, sn).member_id
        sale = safely("request refund", aftersales.request_refund, ctx, owner, sn, "NOT_AS_DESCRIBED",
                      reason_text="Screen has a dead pixel", evidence="Photo attached",
                      links=["https://example.com/photo/2.jpg"])
        if sale is None:
            continue
        safely("reject", aftersales.reject, ctx, merchant, sale, "Dead pixels within the tolerance in our policy")
        if idx == 0:
            safely("escalate", aftersales.escalate, ctx, owner, sale,
                   "The policy allows none on a new screen; I want my money back.")
            safely("note", aftersales.add_note, ctx, support, sale, "Asked the merchant for the QC photos.")
    # Refunded before shipment: one full (order closed), one partial (order carries on).
    for full in (True, False):
        sn = _buy(ctx, member(), skus[:2], rnd)
        _pay(ctx, sn)
        order = orders.get_order(ctx, sn)
        if order.status != "PAID":
            continue
        amount = None if full else (order.pay_amount / 3).quantize(Decimal("0.01"))
        safely("refund before shipment", aftersales.merchant_refund_before_shipment, ctx, merchant, sn,
               amount=amount, reason_text="Out of stock in the Shanghai warehouse")


__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "FakeClock", "ensure_seeded"]
