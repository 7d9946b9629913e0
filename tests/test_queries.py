"""Orders list: filters, sort and keyset paging in SQL, on SQLite and PostgreSQL; the detail timeline."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from console.adapters import migrate
from console.adapters.database import make_database
from console.services import errors, queries, xlsx
from console.services.models import AuditLog, MqMessage, PaymentNotify
from console.services.queries import OrderFilter, Sort
from tests.conftest import _truncate_all
from tests.orders_seed import T0, seed_orders
from tests.xlsx_reader import Cell, read_xlsx


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Seeded once per module and backend: these tests only read (the timeline test adds rows of
    its own order only)."""
    if request.param == "sqlite":
        database = make_database(f"sqlite:///{tmp_path_factory.mktemp('queries') / 'q.db'}")
        migrate.upgrade(database.engine)
    else:
        database = request.getfixturevalue("_pg_migrated")
        _truncate_all(database)
    seed_orders(database, 50)
    yield database
    if request.param == "sqlite":
        database.dispose()


def all_pages(db, filt: OrderFilter, sort: Sort, limit: int) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    key = None
    while True:
        page = queries.list_orders(db, filt, sort, key, limit)
        out.extend(r.order_sn for r in page.rows)
        assert len(page.rows) <= limit
        if not page.has_more:
            return out
        key = page.next_key


def test_default_is_newest_first_and_paging_covers_everything_once(db) -> None:  # type: ignore[no-untyped-def]
    first = queries.list_orders(db, OrderFilter(), Sort(), None, 7)
    assert [r.order_sn for r in first.rows][:2] == ["SN000049", "SN000048"]
    got = all_pages(db, OrderFilter(), Sort(), 7)
    assert got == [f"SN{i:06d}" for i in range(49, -1, -1)]


@pytest.mark.parametrize(("key", "descending"), [("pay_amount", False), ("status", True), ("order_sn", False),
                                                  ("member_id", True)])
def test_every_sort_pages_without_gaps_or_repeats(db, key: str, descending: bool) -> None:  # type: ignore[no-untyped-def]
    got = all_pages(db, OrderFilter(), Sort(key, descending), 6)
    assert len(got) == 50 and len(set(got)) == 50
    rows = {r.order_sn: r for r in queries.list_orders(db, OrderFilter(), Sort(), None, 100).rows}
    values = [getattr(rows[sn], key) for sn in got]
    assert values == sorted(values, reverse=descending)


def test_status_filter(db) -> None:  # type: ignore[no-untyped-def]
    got = all_pages(db, OrderFilter(statuses=("PAID",)), Sort(), 4)
    assert got == [f"SN{i:06d}" for i in range(46, -1, -5)]
    assert queries.count_orders(db, OrderFilter(statuses=("PAID", "SHIPPED"))) == 20


def test_date_amount_and_warehouse_filters(db) -> None:  # type: ignore[no-untyped-def]
    filt = OrderFilter(created_from=T0 + dt.timedelta(minutes=10), created_to=T0 + dt.timedelta(minutes=20))
    assert all_pages(db, filt, Sort("created_at", False), 100) == [f"SN{i:06d}" for i in range(10, 20)]
    filt = OrderFilter(amount_min=Decimal("20.00"), amount_max=Decimal("25.00"), ware_id=1)
    assert all_pages(db, filt, Sort("pay_amount", False), 100) == ["SN000010", "SN000012", "SN000014"]


def test_search_by_order_sn_trade_no_member_id_and_username(db) -> None:  # type: ignore[no-untyped-def]
    assert all_pages(db, OrderFilter(search="SN000007"), Sort(), 10) == ["SN000007"]
    assert all_pages(db, OrderFilter(search="2026TN000011"), Sort(), 10) == ["SN000011"]
    assert all_pages(db, OrderFilter(search="OT000003"), Sort(), 10) == ["SN000003"]
    bob = all_pages(db, OrderFilter(search="bob"), Sort(), 100)
    assert len(bob) == 25 and bob == all_pages(db, OrderFilter(search="2"), Sort(), 100)
    assert all_pages(db, OrderFilter(search="nobody"), Sort(), 10) == []


def test_bad_filters_are_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.InvalidInput, match="sort"):
        queries.list_orders(db, OrderFilter(), Sort("receiver_name"), None, 10)
    with pytest.raises(errors.InvalidInput, match="minimum"):
        queries.list_orders(db, OrderFilter(amount_min=Decimal(5), amount_max=Decimal(1)), Sort(), None, 10)
    with pytest.raises(errors.InvalidInput, match="page size"):
        queries.list_orders(db, OrderFilter(), Sort(), None, 0)


def test_detail_has_items_payments_task_and_one_merged_timeline(db) -> None:  # type: ignore[no-untyped-def]
    at = T0 + dt.timedelta(minutes=1)
    with db.transaction() as s:
        s.add(MqMessage(message_id="m" * 32, content="{}", to_exchange="order-event-exchange",
                        routing_key="order.paid", class_type="order.paid", message_status=3,
                        order_sn="SN000001", created_at=at + dt.timedelta(seconds=2), updated_at=at))
        s.add(PaymentNotify(out_trade_no="OT000001", trade_status="TRADE_SUCCESS", raw_body="x",
                            signature_ok=True, outcome="PAID", received_at=at + dt.timedelta(seconds=1)))
        s.add(AuditLog(operator_name="ann", role="MERCHANT", action="internal_note", object_type="order",
                       object_id="SN000001", created_at=at + dt.timedelta(seconds=3)))
    d = queries.order_detail(db, "SN000001")
    assert d.order.status == "PAID" and d.order.member_name == "bob"
    assert [i.sku_code for i in d.items] == ["SKU-1"]
    assert [p.trade_no for p in d.payments] == ["2026TN000001"]
    assert d.task is not None and [x.lock_status for x in d.task.details] == ["DEDUCTED"]
    assert [t.source for t in d.timeline] == ["event", "notify", "message", "audit"]
    with pytest.raises(errors.NotFound):
        queries.order_detail(db, "NOPE")


def test_export_csv_writes_the_filtered_list(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "o.csv"
    n = queries.export_orders_csv(db, OrderFilter(statuses=("SHIPPED",)), Sort("order_sn", False), str(path))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert n == 10 and len(lines) == 11 and lines[1].startswith("SN000002,")


def test_export_xlsx_has_the_csv_rows_as_typed_cells(db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(queries, "MAX_LIMIT", 3)  # 10 orders: four keyset pages
    filt, sort = OrderFilter(statuses=("SHIPPED",)), Sort("pay_amount", True)
    n = queries.export_orders_xlsx(db, filt, sort, str(tmp_path / "o.xlsx"))
    queries.export_orders_csv(db, filt, sort, str(tmp_path / "o.csv"))
    sheet = read_xlsx(tmp_path / "o.xlsx")
    expected = queries.list_orders(db, filt, sort, None, 3).rows
    assert n == 10 and len(sheet.rows) == 11 and sheet.frozen_rows == 1 and sheet.name == "Orders"
    assert [c.text for c in sheet.rows[0] if c] == list(queries.EXPORT_COLUMNS)
    first = dict(zip(queries.EXPORT_COLUMNS, sheet.rows[1], strict=False))
    r = expected[0]
    assert first["order_sn"] and (first["order_sn"].kind, first["order_sn"].text) == ("s", r.order_sn)
    assert first["pay_amount"] and (first["pay_amount"].kind, first["pay_amount"].text) == ("n", str(r.pay_amount))
    assert first["created_at"] and first["created_at"].value == r.created_at.replace(tzinfo=None)
    assert first["close_reason"] is None and first["member_id"] and first["member_id"].kind == "n"
    # Cell for cell what the CSV says, once dates and numbers are written the CSV's way.
    with open(tmp_path / "o.csv", encoding="utf-8-sig", newline="") as fh:
        csv_rows = list(csv.reader(fh))

    def as_csv(c: Cell | None) -> str:
        if c is None:
            return ""
        value = c.value
        return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, dt.datetime) else c.text

    width = len(queries.EXPORT_COLUMNS)
    assert [[as_csv(c) for c in row + [None] * (width - len(row))] for row in sheet.rows] == csv_rows


def test_export_xlsx_times_are_the_csv_wall_clock() -> None:
    shanghai = dt.timezone(dt.timedelta(hours=8))
    at = dt.datetime(2026, 1, 1, 16, 0, 5, 600_000, tzinfo=shanghai)
    assert queries._xlsx(at) == dt.datetime(2026, 1, 1, 8, 0, 5)  # not 8:00:06, as Excel would show .6 s
    assert queries._xlsx(Decimal("0.10")) == Decimal("0.10") and queries._xlsx(None) is None


def test_export_xlsx_refuses_more_orders_than_a_sheet_holds(db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(xlsx, "MAX_ROWS", 10)  # a header and 9 orders
    path = tmp_path / "o.xlsx"
    with pytest.raises(errors.InvalidInput, match="more orders match than an Excel sheet holds"):
        queries.export_orders_xlsx(db, OrderFilter(statuses=("SHIPPED",)), Sort(), str(path))
    assert not path.exists()
    # Orders that arrive after the count meet the sheet's own limit, with the same answer.
    monkeypatch.setattr(queries, "count_orders", lambda _db, _f: 0)
    with pytest.raises(errors.InvalidInput, match="narrow the filter or export CSV"):
        queries.export_orders_xlsx(db, OrderFilter(statuses=("SHIPPED",)), Sort(), str(path))
    assert not path.exists()


def test_export_to_an_unwritable_path_fails_alike_for_csv_and_xlsx(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    errs = []
    for name, export in (("o.csv", queries.export_orders_csv), ("o.xlsx", queries.export_orders_xlsx)):
        with pytest.raises(OSError) as info:
            export(db, OrderFilter(), Sort(), str(tmp_path / "missing" / name))
        errs.append((type(info.value), str(info.value).replace(name, "NAME")))
    assert errs[0] == errs[1] and errs[0][0] is FileNotFoundError
    with pytest.raises(errors.InvalidInput, match="minimum amount"):
        queries.export_orders_xlsx(db, OrderFilter(amount_min=Decimal(9), amount_max=Decimal(1)), Sort(),
                                   str(tmp_path / "bad.xlsx"))
    assert not (tmp_path / "bad.xlsx").exists()
