"""Console speed: the Orders list on 1,000,000 orders, on PostgreSQL and SQLite.

Measures (median of several runs): the first page (query + OrdersModel load through the qasync
loop, as the page does it), a status filter, a deep keyset page, a search; the event-loop lag while
two threads hammer the database with list queries; and the lag the issue asks for: the MainWindow
open on the Orders page (ticker and status bar running) while the REAL worker host
(bootstrap.build_workers) relays a backlog of outbox rows and its consumers close orders at full
rate (local queue on SQLite, RabbitMQ on PostgreSQL), then the same with the Workers page shown (its
rows update live). Lag = how late a 10 ms QTimer fires on the GUI thread. Console memory = VmRSS
after the first pages are loaded.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/console_speed.py [--rows N] [--write docs/benchmarks.md]

PostgreSQL gets a database of its own (created and dropped here); SQLite a temporary file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
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
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
AMQP_HOST = os.environ.get("BENCH_AMQP_HOST", "127.0.0.1")
BACKLOG = 10000     # outbox rows waiting when the workers start: more than the window can drain
LAG_SECONDS = 12.0  # how long the 10 ms ticker is watched, idle and under load
SWITCH_INTERVALS = (0.005, 0.001)  # Python's default, and a shorter one
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


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def seed_backlog(db: Database, n: int) -> None:
    """n outbox rows 'order.release.order' for unpaid orders: the relay publishes them, order-close
    closes each order (and writes one more outbox row that stock-release consumes)."""
    import datetime as dt

    from console.services import outbox
    from console.services import topology as t
    from console.services.models import Order

    now = dt.datetime.now(dt.UTC)
    with db.transaction() as s:
        sns = s.scalars(text("SELECT order_sn FROM orders WHERE status = 'PENDING_PAYMENT' "
                             "ORDER BY id DESC LIMIT :n").bindparams(n=n)).all()
        assert Order.__tablename__ == "orders"
        for sn in sns:
            outbox.add(s, exchange=t.ORDER_EXCHANGE, routing_key=t.RK_ORDER_RELEASE, type="order.release",
                       payload={"order_sn": sn}, now=now, order_sn=sn)


class GcPauses:
    """Durations (ms) of the garbage collector's passes, by generation: a full pass holds the GIL."""

    def __init__(self) -> None:
        import gc

        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._t0 = 0.0
        self._gc = gc
        gc.callbacks.append(self._cb)

    def _cb(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t0 = time.perf_counter()
        else:
            self.pauses[info["generation"]].append((time.perf_counter() - self._t0) * 1000)

    def close(self) -> str:
        self._gc.callbacks.remove(self._cb)
        full = self.pauses[2]
        return f"{len(full)} full passes, max {max(full, default=0):.0f} ms; " \
               f"gen1 max {max(self.pauses[1], default=0):.0f} ms"


def ticker_lags(loop, seconds: float) -> list[float]:  # type: ignore[no-untyped-def]
    """How late (ms) a 10 ms QTimer on the GUI thread fires, for `seconds`."""
    from PySide6.QtCore import QTimer

    lags: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lags.append(max(0.0, (now - last[0]) * 1000 - 10))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    loop.run_until_complete(asyncio.sleep(seconds))
    timer.stop()
    return sorted(lags)


def fmt_lags(lags: list[float]) -> str:
    return f"{lags[len(lags) // 2]:.1f} / {lags[int(len(lags) * 0.99)]:.1f} / {lags[-1]:.1f} ms"


def console_under_load(db_url: str, amqp_url: str, tmp: str) -> dict[str, str]:
    """The MainWindow on the Orders page while the real worker host works through a backlog."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from console import app as console_app
    from console import bootstrap, config
    from console.services.rows import OperatorIdentity
    from console.services.states import Role
    from console.views import settings_store
    from console.views.main_window import MainWindow

    settings_store.PATH_OVERRIDE = f"{tmp}/ui.ini"
    settings = config.Settings(db_url=db_url, redis_url=REDIS_URL, amqp_url=amqp_url, data_dir=tmp,
                               notify_port=0, sandbox_port=0)
    rt = bootstrap.build(settings, migrate_schema=False)
    out: dict[str, str] = {}
    qapp = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        host = bootstrap.build_workers(rt)
        api = console_app.build_api(rt)
        api.identity = OperatorIdentity(1, "bench", Role.ADMIN)
        window = MainWindow(api, console_app.wire_bridge(rt), health_interval_ms=1000)
        window.show()
        window.select_page("orders")
        window.start()
        loop.run_until_complete(console_app.wait_loaded(window, 60))
        out["console memory (VmRSS, window open, first pages loaded)"] = f"{vm_rss_mb():.0f} MB"
        # A full garbage-collector pass, timed before and after console.app.settle_gc() (gc.freeze).
        t = time.perf_counter()
        import gc
        gc.collect()
        unfrozen = (time.perf_counter() - t) * 1000
        console_app.settle_gc()
        t = time.perf_counter()
        gc.collect()
        out["full GC pass on the GUI thread: before / after settle_gc (gc.freeze)"] = \
            f"{unfrozen:.0f} / {(time.perf_counter() - t) * 1000:.0f} ms"
        idle = ticker_lags(loop, LAG_SECONDS / 2)
        out["GUI lag, workers stopped (p50/p99/max)"] = fmt_lags(idle)
        default_switch = sys.getswitchinterval()
        seed_backlog(rt.db, BACKLOG)
        host.start()
        gcp = GcPauses()
        t0 = time.perf_counter()
        before = {n: host.worker(n).info().processed for n in ("relay", "order-close", "stock-release")}
        # A/B in the same run: alternate the GIL switch interval in short slices, so both settings
        # see the same mix of relay and consumer work (and the same noise from other processes).
        busy: dict[float, list[float]] = {s: [] for s in SWITCH_INTERVALS}
        slices = 0
        while time.perf_counter() - t0 < LAG_SECONDS:
            si = SWITCH_INTERVALS[slices % len(SWITCH_INTERVALS)]
            sys.setswitchinterval(si)
            busy[si] += ticker_lags(loop, 1.0)
            slices += 1
        sys.setswitchinterval(default_switch)
        elapsed = time.perf_counter() - t0
        done = {n: host.worker(n).info().processed - before[n] for n in before}
        rates = ", ".join(f"{n} {v / elapsed:.0f}/s" for n, v in done.items())
        for si, lags in busy.items():
            lags.sort()
            out[f"GUI lag, workers at full rate, switch interval {si * 1000:g} ms (p50/p99/max)"] = \
                f"{fmt_lags(lags)} ({len([x for x in lags if x > 50])} of {len(lags)} ticks > 50 ms)"
        # The page whose rows the workers change live, at the console's own switch interval. The
        # switch itself (painting a new page) is not what is measured: it settles first.
        window.select_page("workers")
        loop.run_until_complete(asyncio.sleep(0.5))
        lags = ticker_lags(loop, LAG_SECONDS / 2)
        out["GUI lag, workers at full rate, Workers page shown (p50/p99/max)"] = \
            f"{fmt_lags(lags)} ({len([x for x in lags if x > 50])} of {len(lags)} ticks > 50 ms)"
        out["worker throughput during the lag run"] = rates
        out["garbage collector during the lag run"] = gcp.close()
        out["console memory after the run"] = f"{vm_rss_mb():.0f} MB"
        window.health.timer.stop()
        window.hide()
        window.deleteLater()
    finally:
        rt.close()
        asyncio.set_event_loop(None)
        loop.close()
    return out


def make_vhost() -> tuple[str, str]:
    vhost = f"oc_bench_{uuid.uuid4().hex[:8]}"
    subprocess.run(["rabbitmqctl", "-q", "add_vhost", vhost], check=True, capture_output=True)
    subprocess.run(["rabbitmqctl", "-q", "set_permissions", "-p", vhost, "guest", ".*", ".*", ".*"],
                   check=True, capture_output=True)
    return vhost, f"amqp://guest:guest@{AMQP_HOST}:5672/{vhost}"


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
        vhost, amqp = make_vhost()
        try:
            with tempfile.TemporaryDirectory() as tmp:
                result |= console_under_load(
                    normalize_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False), amqp, tmp)
        finally:
            subprocess.run(["rabbitmqctl", "-q", "delete_vhost", vhost], capture_output=True)
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
        result |= console_under_load(f"sqlite:///{tmp}/bench.db", "", tmp)
        return seed, result


def write_section(path: Path, table: str) -> None:
    """Replace the heading, intro and table of '## Console'; the notes under the table stay, and
    every other section is left as it is."""
    body = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = body.find("## Console")
    if start < 0:
        path.write_text(body.rstrip("\n") + "\n\n" + table, encoding="utf-8")
        return
    end = body.find("\n## ", start + 1)
    section = body[start:] if end < 0 else body[start:end + 1]
    lines = section.split("\n")
    last_row = max((i for i, line in enumerate(lines) if line.startswith("|")), default=-1)
    notes = "\n".join(lines[last_row + 1:]).strip("\n") if last_row >= 0 else ""
    new = table + ("\n" + notes + "\n" if notes else "")
    path.write_text(body[:start] + new + ("" if end < 0 else body[end:]), encoding="utf-8")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--write", help="replace the '## Console' section of this Markdown file")
    results = {}
    p.add_argument("--only", choices=("PostgreSQL", "SQLite"))
    args = p.parse_args()
    for label, fn in (("PostgreSQL", run_pg), ("SQLite", run_sqlite)):
        if args.only and label != args.only:
            continue
        load = os.getloadavg()[0]
        seed, res = fn(args.rows)
        res["machine load (1-min load average, 2 cores) at start / end"] = f"{load:.1f} / {os.getloadavg()[0]:.1f}"
        results[label] = res
        print(f"{label}: seeded {args.rows:,} orders in {seed:.1f} s", flush=True)
    names = list(next(iter(results.values())))
    lines = ["## Console", "",
             f"Orders list on {args.rows:,} orders, 2-core machine shared with other runs (noisy); median of 7 runs "
             "(list queries). Targets: first page < 200 ms, status filter < 300 ms, no GUI tick over 50 ms "
             "while the workers run at full rate. "
             "`QT_QPA_PLATFORM=offscreen python benchmarks/console_speed.py --write docs/benchmarks.md`.", "",
             "| measure | PostgreSQL | SQLite |", "|---|---|---|"]
    cell = {label: res for label, res in results.items()}
    lines += [f"| {n} | {cell.get('PostgreSQL', {}).get(n, '')} | {cell.get('SQLite', {}).get(n, '')} |"
              for n in names]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.write:
        write_section(Path(args.write), table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
