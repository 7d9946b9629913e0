"""Console speed: the Orders list on 1,000,000 orders, on PostgreSQL and SQLite.

Measures (median of several runs): the first page (query + OrdersModel load through the qasync
loop, as the page does it), a status filter, a deep keyset page, a search; and the event-loop lag
while a thread hammers the database with list queries (the GUI thread must stay responsive).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/console_speed.py [--rows N] [--write docs/benchmarks.md]

PostgreSQL gets a database of its own (created and dropped here); SQLite a temporary file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from console.adapters import migrate
from console.adapters.database import make_database, normalize_url
from console.services import queries
from console.services.queries import OrderFilter, Sort
from console.services.uow import Database

PG_ADMIN = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
STATUSES = ["PENDING_PAYMENT", "PAID", "SHIPPED", "COMPLETED", "CANCELLED", "CLOSED"]


def bulk_seed(db: Database, rows: int) -> float:
    """Members and orders by INSERT ... SELECT in the database itself (no Python row loop)."""
    t0 = time.perf_counter()
    status_case = "CASE " + " ".join(f"WHEN n % {len(STATUSES)} = {i} THEN '{s}'" for i, s in enumerate(STATUSES)) \
        + " END"
    with db.engine.begin() as c:
        if db.dialect == "postgresql":
            c.execute(text("INSERT INTO member (id, username, nickname, phone, points, created_at) "
                           "SELECT g, 'member' || g, '', '', 0, TIMESTAMP '2026-01-01' "
                           "FROM generate_series(1, 1000) g"))
            c.execute(text(
                "INSERT INTO orders (order_sn, member_id, status, total_amount, pay_amount, freight_amount, "
                "coupon_amount, points_amount, adjust_amount, points_used, pay_type, receiver_name, receiver_phone, "
                "receiver_province, receiver_city, receiver_region, receiver_detail, note, ware_id, version, "
                "created_at, updated_at) "
                f"SELECT 'SN' || lpad(n::text, 10, '0'), 1 + n % 1000, {status_case}, "
                "(10 + n % 5000)::numeric(14,2), (10 + n % 5000)::numeric(14,2), 0, 0, 0, 0, 0, 'ALIPAY', "
                "'R' || n, '138', 'P', 'C', 'R', 'D', '', 1 + n % 3, 0, "
                "TIMESTAMP '2025-01-01' + n * INTERVAL '30 seconds', TIMESTAMP '2025-01-01' "
                f"FROM generate_series(1, {rows}) n"))
            c.execute(text("ANALYZE orders"))
            c.execute(text("ANALYZE member"))
        else:
            c.execute(text("WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 1000) "
                           "INSERT INTO member (id, username, nickname, phone, points, created_at) "
                           "SELECT n, 'member' || n, '', '', 0, '2026-01-01 00:00:00' FROM g"))
            c.execute(text(
                f"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {rows}) "
                "INSERT INTO orders (order_sn, member_id, status, total_amount, pay_amount, freight_amount, "
                "coupon_amount, points_amount, adjust_amount, points_used, pay_type, receiver_name, receiver_phone, "
                "receiver_province, receiver_city, receiver_region, receiver_detail, note, ware_id, version, "
                "created_at, updated_at) "
                f"SELECT 'SN' || substr('0000000000' || n, -10), 1 + n % 1000, {status_case}, "
                "10 + n % 5000, 10 + n % 5000, 0, 0, 0, 0, 0, 'ALIPAY', 'R' || n, '138', 'P', 'C', 'R', 'D', '', "
                "1 + n % 3, 0, datetime('2025-01-01', '+' || (n * 30) || ' seconds'), '2025-01-01 00:00:00' "
                "FROM g"))
            c.execute(text("ANALYZE"))
    return time.perf_counter() - t0


def timed(fn, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    """Median milliseconds of `repeat` runs after one warm-up."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def measure(db: Database) -> dict[str, str]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from console.views.orders_model import OrdersModel

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    out: dict[str, str] = {}

    def lister(f, s, k, n):  # type: ignore[no-untyped-def]
        return queries.list_orders(db, f, s, k, n)

    def first_page_into_model() -> None:
        model = OrdersModel(lister, page_size=200)
        loop.run_until_complete(model.reload(OrderFilter()))
        assert len(model.rows) == 200

    out["first page (200) query + model load"] = f"{timed(first_page_into_model):.1f} ms"
    out["status filter PAID, first page"] = \
        f"{timed(lambda: queries.list_orders(db, OrderFilter(statuses=('PAID',)), Sort(), None, 200)):.1f} ms"
    # A page deep in the list: keyset makes it cost what page 1 costs.
    key: tuple[object, ...] | None = None
    for _ in range(50):
        key = queries.list_orders(db, OrderFilter(), Sort(), key, 1000).next_key
    out["page after 50,000 rows (keyset)"] = \
        f"{timed(lambda: queries.list_orders(db, OrderFilter(), Sort(), key, 200)):.1f} ms"
    out["search by member username"] = \
        f"{timed(lambda: queries.list_orders(db, OrderFilter(search='member7'), Sort(), None, 200)):.1f} ms"
    out["sort by amount, first page"] = \
        f"{timed(lambda: queries.list_orders(db, OrderFilter(), Sort('pay_amount', False), None, 200)):.1f} ms"

    # Event-loop lag while another thread hammers the database.
    stop = threading.Event()
    done = [0]

    def hammer() -> None:
        filters = [OrderFilter(statuses=("SHIPPED",)), OrderFilter(search="member42"), OrderFilter()]
        i = 0
        while not stop.is_set():
            queries.list_orders(db, filters[i % 3], Sort(), None, 500)
            i += 1
            done[0] = i

    async def lag_probe(seconds: float) -> list[float]:
        lags = []
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append((time.perf_counter() - t0 - 0.01) * 1000)
        return lags

    threads = [threading.Thread(target=hammer) for _ in range(2)]
    for t in threads:
        t.start()
    lags = loop.run_until_complete(lag_probe(3.0))
    stop.set()
    for t in threads:
        t.join()
    lags.sort()
    out["event-loop lag, 2 threads hammering (p50/p99/max)"] = \
        f"{lags[len(lags) // 2]:.1f} / {lags[int(len(lags) * 0.99)]:.1f} / {lags[-1]:.1f} ms ({done[0]} queries)"
    asyncio.set_event_loop(None)
    loop.close()
    return out


def run_pg(rows: int) -> tuple[float, dict[str, str]]:
    name = f"oc_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(normalize_url(PG_ADMIN), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    try:
        db = make_database(normalize_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False))
        migrate.upgrade(db.engine)
        seed = bulk_seed(db, rows)
        result = measure(db)
        db.dispose()
        return seed, result
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def run_sqlite(rows: int) -> tuple[float, dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        db = make_database(f"sqlite:///{tmp}/bench.db")
        migrate.upgrade(db.engine)
        seed = bulk_seed(db, rows)
        result = measure(db)
        db.dispose()
        return seed, result


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--write", help="replace the '## Console' section of this Markdown file")
    args = p.parse_args()
    results = {}
    for label, fn in (("PostgreSQL", run_pg), ("SQLite", run_sqlite)):
        seed, res = fn(args.rows)
        results[label] = res
        print(f"{label}: seeded {args.rows:,} orders in {seed:.1f} s", flush=True)
    names = list(next(iter(results.values())))
    lines = ["## Console", "",
             f"Orders list on {args.rows:,} orders, 2-core machine shared with other runs (noisy); median of 7 runs. "
             "Targets: first page < 200 ms, status filter < 300 ms. "
             "`QT_QPA_PLATFORM=offscreen python benchmarks/console_speed.py --write docs/benchmarks.md`.", "",
             "| measure | PostgreSQL | SQLite |", "|---|---|---|"]
    lines += [f"| {n} | {results['PostgreSQL'][n]} | {results['SQLite'][n]} |" for n in names]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.write:
        path = Path(args.write)
        body = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
        start = body.find("## Console")
        if start >= 0:
            end = body.find("\n## ", start + 1)
            body = body[:start] + table + ("" if end < 0 else body[end:])
        else:
            body = body.rstrip("\n") + "\n\n" + table
        path.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
