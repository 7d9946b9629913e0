"""Auto-approve vs the merchant's reject at the same instant, on real PostgreSQL with threads:
exactly one of them wins, every time (~50 rounds in the fast suite, 1,000 under -m slow)."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from sqlalchemy import func, select

from console.services import aftersales
from console.services.clock import FakeClock
from console.services.errors import InvalidTransition
from console.services.models import AfterSale, RefundInfo
from tests.test_aftersales_support import MERCHANT, make_ctx, seed_requests


def race(pg_db: Any, clock: FakeClock, settings: Any, rounds: int) -> dict[str, int]:
    ctx = make_ctx(pg_db, clock, settings)
    start = clock.now()
    # Deadlines one second apart: at round i only request i is due and still REQUESTED.
    ids = seed_requests(pg_db, start, rounds, deadline=start, step=1.0)
    tally = {"auto": 0, "merchant": 0}
    for i, sid in enumerate(ids):
        clock.set(start + dt.timedelta(seconds=i))
        barrier = threading.Barrier(2)
        won: list[str] = []

        def merchant(sid: int = sid, barrier: threading.Barrier = barrier, won: list[str] = won) -> None:
            barrier.wait()
            try:
                aftersales.reject(ctx, MERCHANT, sid, "not as claimed")
                won.append("merchant")
            except InvalidTransition:
                pass

        def auto(barrier: threading.Barrier = barrier, won: list[str] = won) -> None:
            barrier.wait()
            result = aftersales.auto_approve_due(ctx, batch=1)
            won.extend(["auto"] * result.approved)

        threads = [threading.Thread(target=merchant), threading.Thread(target=auto)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert len(won) == 1, f"round {i}: winners {won}"
        tally[won[0]] += 1
        with pg_db.reading() as s:
            a = s.get(AfterSale, sid)
            assert a is not None
            expected = {"auto": ("REFUNDING", "AUTO"), "merchant": ("REJECTED", "mia")}[won[0]]
            assert (a.status, a.decided_by) == expected
    with pg_db.reading() as s:
        refunds = s.scalar(select(func.count()).select_from(RefundInfo))
        rejected = s.scalar(select(func.count()).select_from(AfterSale).where(AfterSale.status == "REJECTED"))
    assert refunds == tally["auto"] and rejected == tally["merchant"]
    return tally


def test_auto_approve_vs_reject_race(pg_db: Any, clock: FakeClock, settings: Any) -> None:
    race(pg_db, clock, settings, 50)


@pytest.mark.slow
def test_auto_approve_vs_reject_race_1000(pg_db: Any, clock: FakeClock, settings: Any) -> None:
    tally = race(pg_db, clock, settings, 1000)
    assert tally["auto"] > 0 and tally["merchant"] > 0, tally  # both sides really raced


def test_auto_approve_batch_on_every_database(any_db: Any, clock: FakeClock, settings: Any) -> None:
    """Row-value IN, SKIP LOCKED and bulk inserts work on SQLite, PostgreSQL and MariaDB alike; two due
    requests on one order in one batch never pass what was paid together."""
    ctx = make_ctx(any_db, clock, settings)
    now = clock.now()
    ids = seed_requests(any_db, now, 3, deadline=now, amount="10.00")
    with any_db.transaction() as s:
        first = s.get(AfterSale, ids[0])
        assert first is not None
        # A second request on the first order for 6.00: 10.00 + 6.00 > 10.00 paid.
        extra = AfterSale(order_id=first.order_id, order_sn=first.order_sn, member_id=first.member_id,
                          kind="REFUND_ONLY", status="REQUESTED", reason_code="OTHER", amount=6, version=0,
                          deadline_at=now, created_at=now, updated_at=now)
        s.add(extra)
        s.flush()
        extra_id = extra.id
    result = aftersales.auto_approve_due(ctx, batch=10)
    assert result == aftersales.AutoApprovePass(3, 0, 1)
    with any_db.reading() as s:
        statuses = dict(s.execute(select(AfterSale.id, AfterSale.status)).all())
        assert {statuses[i] for i in ids} == {"REFUNDING"} and statuses[extra_id] == "REQUESTED"
        assert s.scalar(select(func.count()).select_from(RefundInfo)) == 3
    assert aftersales.auto_approve_due(ctx, batch=10) == aftersales.AutoApprovePass(0, 0, 0)
