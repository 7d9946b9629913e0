"""`main.py simulate --buyers N --orders M`: buyers go cart -> confirm -> submit against the configured backends.

Seeds the demo catalogue if it is missing. Each buyer works in its own thread (a buyer never races
itself for its cart and token); a share of the attempts (`--abandon`) leaves at the confirm page, so
the tokens expire unused. Submitted orders are left unpaid: the close timer and the sweep take them.
"""

from __future__ import annotations

import argparse
import logging
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

from console.services import cart, catalog, orders
from console.services.context import ServiceContext
from console.services.errors import ServiceError

log = logging.getLogger(__name__)


def _attempt(ctx: ServiceContext, buyer: catalog.MemberSeed, sku_ids: tuple[int, ...], rng: random.Random,
             abandon: float) -> tuple[str, Decimal]:
    picked = rng.sample(sku_ids, k=rng.randint(1, 3))
    for sku_id in picked:
        cart.add_to_cart(ctx, buyer.member_id, sku_id, rng.randint(1, 2))
    try:
        page = orders.confirm(ctx, buyer.member_id)
        if rng.random() < abandon:
            return "abandoned", Decimal("0.00")
        coupon_id = page.coupons[0].id if page.coupons and rng.random() < 0.5 else None
        points = min(page.points_available, rng.choice([0, 0, 100, 500]))
        amounts = orders.quote(ctx, buyer.member_id, coupon_id, points)
        res = orders.submit(ctx, orders.SubmitRequest(
            member_id=buyer.member_id, token=page.order_token, address_id=page.addresses[0].id,
            pay_type="ALIPAY", note="simulated", expected_pay_amount=amounts.pay_amount,
            coupon_id=coupon_id, use_points=points))
        return "ordered", res.pay_amount
    finally:
        # Whatever happened, the next attempt starts from an empty cart.
        cart.remove_from_cart(ctx, buyer.member_id, picked)


def run(args: argparse.Namespace, rt: Any) -> int:
    buyers = int(getattr(args, "buyers", 10) or 0)
    total = int(getattr(args, "orders", 50) or 0)
    abandon = float(getattr(args, "abandon", 0.2) or 0.0)
    seed = getattr(args, "seed", None)
    if buyers < 1 or total < 0 or not 0.0 <= abandon <= 1.0:
        print("simulate: --buyers must be at least 1, --orders at least 0 and --abandon within 0..1")
        return 2
    ctx: ServiceContext = rt.ctx
    world = catalog.seed_catalog(ctx, members=buyers)
    members = world.members[:buyers]
    base = random.Random(seed)
    # Attempt i goes to buyer i % N; each buyer's attempts run in order on one thread.
    plans = [(m, [base.randrange(2**32) for _ in range(i, total, len(members))])
             for i, m in enumerate(members)]
    outcomes: Counter[str] = Counter()
    amount = Decimal("0.00")

    def one_buyer(plan: tuple[catalog.MemberSeed, list[int]]) -> tuple[Counter[str], Decimal]:
        buyer, seeds = plan
        seen: Counter[str] = Counter()
        spent = Decimal("0.00")
        for s in seeds:
            try:
                outcome, paid = _attempt(ctx, buyer, world.sku_ids, random.Random(s), abandon)
                spent += paid
            except ServiceError as exc:
                outcome = exc.code.lower()
            except Exception:
                log.exception("simulated buyer %s failed", buyer.username)
                outcome = "crashed"
            seen[outcome] += 1
        return seen, spent

    began = time.monotonic()
    with ThreadPoolExecutor(max(1, min(8, len(plans)))) as pool:
        for seen, spent in pool.map(one_buyer, plans):
            outcomes.update(seen)
            amount += spent
    elapsed = time.monotonic() - began
    print(f"simulated {sum(outcomes.values())} attempts by {len(members)} buyers in {elapsed:.1f}s")
    for outcome, n in sorted(outcomes.items()):
        print(f"  {outcome:<20} {n}")
    print(f"  {'amount ordered':<20} {amount}")
    return 1 if outcomes.get("crashed") else 0
