"""`simulate` and `check` commands against real backends (SQLite or PostgreSQL, real Redis)."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import func, select, update

from console.bootstrap import Runtime
from console.commands import check as check_cmd
from console.commands import simulate
from console.services import sweeper
from console.services.models import Order, WareSku
from console.services.states import OrderStatus
from tests.engine_fixtures import make_ctx, total_locked


@pytest.fixture(params=["sqlite_db", "pg_db"])
def rt(request, clock, settings, redis_client, redis_ns) -> Runtime:  # type: ignore[no-untyped-def]
    db = request.getfixturevalue(request.param)
    ctx = make_ctx(db, clock, settings, redis_client, redis_ns)
    return Runtime(settings=settings, db=db, clock=clock, ctx=ctx, redis=redis_client, embedded_redis=None)


def test_simulate_then_check_clean_then_broken(rt: Runtime, capsys) -> None:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(buyers=4, orders=24, abandon=0.25, seed=7)
    assert simulate.run(args, rt) == 0
    out = capsys.readouterr().out
    assert "simulated 24 attempts by 4 buyers" in out
    assert "ordered" in out and "abandoned" in out
    with rt.db.reading() as s:
        placed = s.scalar(select(func.count()).select_from(Order))
    assert placed and placed < 24
    assert total_locked(rt.ctx) > 0
    # A second run reuses the seeded catalogue.
    assert simulate.run(argparse.Namespace(buyers=2, orders=4, abandon=0.0, seed=1), rt) == 0

    assert check_cmd.run(argparse.Namespace(), rt) == 0
    assert "OK" in capsys.readouterr().out

    # The simulated orders time out and the sweep frees everything.
    with rt.db.reading() as s:
        pending = s.scalar(select(func.count()).select_from(Order).where(
            Order.status == OrderStatus.PENDING_PAYMENT))
    assert pending and pending > placed
    rt.clock.advance(rt.settings.pay_timeout)  # type: ignore[attr-defined]
    assert sweeper.sweep(rt.ctx).closed == pending
    assert total_locked(rt.ctx) == 0
    assert check_cmd.run(argparse.Namespace(), rt) == 0

    with rt.db.transaction() as s:
        s.execute(update(WareSku).where(WareSku.id == 1).values(stock_locked=1))
    assert check_cmd.run(argparse.Namespace(), rt) == 1
    out = capsys.readouterr().out
    assert "VIOLATION STOCK_LOCKED_MISMATCH" in out and "1 violation(s) found" in out


def test_simulate_refuses_bad_arguments(rt: Runtime, capsys) -> None:  # type: ignore[no-untyped-def]
    assert simulate.run(argparse.Namespace(buyers=0, orders=5, abandon=0.1, seed=None), rt) == 2
    assert "--buyers" in capsys.readouterr().out
    with rt.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Order).where(
            Order.status == OrderStatus.PENDING_PAYMENT)) == 0
