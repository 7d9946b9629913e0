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


def race(pg_db: Any, clock: FakeClock, settings: Any, rounds: int) -> None:
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


def test_auto_approve_vs_reject_race(pg_db: Any, clock: FakeClock, settings: Any) -> None:
    race(pg_db, clock, settings, 50)


@pytest.mark.slow
def test_auto_approve_vs_reject_race_1000(pg_db: Any, clock: FakeClock, settings: Any) -> None:
    race(pg_db, clock, settings, 1000)
