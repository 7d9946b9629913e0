"""Stock page services on real databases: listing, work orders, drift check and the ADMIN repair."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from console.services import errors, invariants, stock_admin
from console.services.models import AuditLog, WareOrderTaskDetail, WareSku
from console.services.stock_admin import StockFilter, WorkOrderFilter
from console.services.uow import Database
from tests.admin_seed import ADMIN, MERCHANT, SUPPORT, T0, ctx_for, seed_drift, seed_stock

STOCK_KINDS = {"STOCK_LOCKED_MISMATCH", "CANCELLED_WITH_LOCKED_STOCK", "LOCK_WITHOUT_STOCK_ROW",
               "STOCK_LOCKED_OUT_OF_RANGE"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Database:
    name = {"sqlite": "sqlite_db", "postgresql": "pg_db"}[request.param]
    found: Database = request.getfixturevalue(name)
    return found


def stock_violations(db: Database) -> list[str]:
    return sorted(str(v) for v in invariants.check(db) if v.kind in STOCK_KINDS)


def audit_rows(db: Database, action: str) -> list[AuditLog]:
    with db.reading() as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))
        s.expunge_all()  # plain values after the session ends
        return rows


def test_list_stock_filters_and_sorts_in_sql(db: Database) -> None:
    w = seed_stock(db)
    rows = stock_admin.list_stock(db, MERCHANT, StockFilter())
    assert len(rows) == 6
    tea_bj = next(r for r in rows if r.sku_code == "TEA-250" and r.ware_code == "BJ")
    # 6 orders: 2 pending (LOCKED 2 each), 2 paid (2 each deducted), 2 cancelled.
    assert (tea_bj.stock, tea_bj.locked, tea_bj.available) == (96, 4, 92)
    assert [r.sku_code for r in stock_admin.list_stock(db, ADMIN, StockFilter(search="cup"))] == ["CUP-01"] * 2
    assert [r.sku_code for r in stock_admin.list_stock(db, ADMIN, StockFilter(search="teapot"))] == ["POT-9"] * 2
    only_sh = stock_admin.list_stock(db, ADMIN, StockFilter(ware_id=w.wares["SH"]))
    assert {r.ware_code for r in only_sh} == {"SH"}
    by_avail = stock_admin.list_stock(db, ADMIN, StockFilter(), sort="available", descending=False)
    assert [r.available for r in by_avail] == sorted(r.available for r in by_avail)
    assert by_avail[0].available == 92
    # LIKE wildcards in the search are literal characters.
    assert stock_admin.list_stock(db, ADMIN, StockFilter(search="%")) == []


def test_list_stock_refuses_bad_input_and_roles(db: Database) -> None:
    seed_stock(db)
    with pytest.raises(errors.InvalidInput):
        stock_admin.list_stock(db, ADMIN, StockFilter(), sort="price; drop table")
    with pytest.raises(errors.Forbidden):
        stock_admin.list_stock(db, SUPPORT, StockFilter())


def test_work_orders_keyset_pages_with_details(db: Database) -> None:
    seed_stock(db, n_orders=7)
    first = stock_admin.list_work_orders(db, ADMIN, WorkOrderFilter(), limit=3)
    assert [r.order_sn for r in first.rows] == ["ST00006", "ST00005", "ST00004"]
    assert first.next_key is not None
    second = stock_admin.list_work_orders(db, ADMIN, WorkOrderFilter(), first.next_key, limit=3)
    third = stock_admin.list_work_orders(db, ADMIN, WorkOrderFilter(), second.next_key, limit=3)
    assert [r.order_sn for r in second.rows + third.rows] == [f"ST{i:05d}" for i in (3, 2, 1, 0)]
    assert third.next_key is None
    r = first.rows[0]  # ST00006: i=6 -> PENDING_PAYMENT
    assert r.order_status == "PENDING_PAYMENT" and r.task_status == "LOCKED" and r.locked_units == 3
    assert [(d.sku_code, d.ware_code, d.sku_num, d.lock_status) for d in r.details] == [
        ("TEA-250", "BJ", 2, "LOCKED"), ("CUP-01", "SH", 1, "LOCKED")]
    locked = stock_admin.list_work_orders(db, ADMIN, WorkOrderFilter(task_status="DEDUCTED"))
    assert {x.order_status for x in locked.rows} == {"PAID"}
    one = stock_admin.list_work_orders(db, ADMIN, WorkOrderFilter(order_sn="ST00002"))
    assert [x.order_sn for x in one.rows] == ["ST00002"]
    with pytest.raises(errors.InvalidInput):
        stock_admin.list_work_orders(db, ADMIN, WorkOrderFilter(task_status="BOGUS"))


def test_clean_world_has_no_drift(db: Database) -> None:
    seed_stock(db)
    assert stock_admin.check_drift(db, MERCHANT).clean
    assert stock_violations(db) == []


def test_drift_check_finds_seeded_drift_and_admin_repair_fixes_it(db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    w = seed_stock(db)
    seed_drift(db, w, now=T0)
    clock.set(T0)
    assert stock_violations(db)  # the checker agrees there is something to repair
    report = stock_admin.check_drift(db, ADMIN)
    assert [(d.label, d.stock_locked, d.locked_details) for d in report.counters] == [("POT-9@BJ", 5, 0)]
    assert {(o.order_sn, o.order_status, o.units) for o in report.orphans} == {
        ("DRIFT-CANCEL", "CANCELLED", 3), ("DRIFT-GHOST", None, 4)}

    ctx = ctx_for(db, clock, settings)
    result = stock_admin.repair_drift(ctx, ADMIN, "monthly stock audit")
    assert (result.counters_fixed, result.tasks_released, result.units_released) == (1, 2, 7)
    assert result.unrepaired == ()
    assert stock_admin.check_drift(db, ADMIN).clean
    assert stock_violations(db) == []
    with db.reading() as s:
        cup_bj = s.scalars(select(WareSku).where(WareSku.sku_id == w.skus["CUP"],
                                                 WareSku.ware_id == w.wares["BJ"])).one()
        assert cup_bj.stock_locked == 0
        statuses = set(s.scalars(select(WareOrderTaskDetail.lock_status)
                                 .where(WareOrderTaskDetail.sku_num.in_([3, 4]))))
        assert statuses == {"RELEASED"}
    rows = audit_rows(db, "repair_stock")
    assert [(a.object_type, a.object_id) for a in rows] == [
        ("ware_sku", "POT-9@BJ"), ("ware_order_task", "DRIFT-CANCEL"), ("ware_order_task", "DRIFT-GHOST")]
    assert json.loads(rows[0].before or "") == {"stock_locked": 5}
    assert json.loads(rows[0].after or "") == {"stock_locked": 0}
    assert json.loads(rows[2].before or "")["order_status"] == "MISSING"
    assert {(a.operator_name, a.role, a.reason) for a in rows} == {("admin", "ADMIN", "monthly stock audit")}


def test_repair_is_admin_only_and_needs_a_reason(db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    w = seed_stock(db)
    seed_drift(db, w, now=T0)
    clock.set(T0)
    ctx = ctx_for(db, clock, settings)
    for who in (MERCHANT, SUPPORT):
        with pytest.raises(errors.Forbidden):
            stock_admin.repair_drift(ctx, who, "trying")
    with pytest.raises(errors.InvalidInput):
        stock_admin.repair_drift(ctx, ADMIN, "   ")
    assert not stock_admin.check_drift(db, ADMIN).clean  # nothing was written
    assert audit_rows(db, "repair_stock") == []


def test_repair_leaves_fresh_missing_orders_and_overcommitted_counters_to_a_person(
        sqlite_db, clock, settings) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    w = seed_stock(db)
    seed_drift(db, w, now=T0)
    # The ghost work order (created two hours before T0) is one minute old: maybe still submitting.
    clock.set(T0 - dt.timedelta(hours=2) + dt.timedelta(minutes=1))
    with db.transaction() as s:  # details claim more than the shelf holds
        s.add(WareOrderTaskDetail(task_id=w.orders["ST00000"], sku_id=w.skus["POT"], ware_id=w.wares["SH"],
                                  sku_num=150, lock_status="LOCKED", updated_at=T0))
    result = stock_admin.repair_drift(ctx_for(db, clock, settings), ADMIN, "check")
    assert any("DRIFT-GHOST" in u and "submitting" in u for u in result.unrepaired)
    assert any("POT-9@SH" in u and "> stock" in u for u in result.unrepaired)
    report = stock_admin.check_drift(db, ADMIN)
    assert [d.label for d in report.counters] == ["POT-9@SH"]
    assert [o.order_sn for o in report.orphans] == ["DRIFT-GHOST"]
