"""Payments benchmark: notifies verified + committed per second on PostgreSQL, against a floor that only
verifies signatures (same run, same bodies), and SDK -> sandbox round trips per second.

    .venv/bin/python benchmarks/payments.py [--notifies 500] [--queries 200] [--write docs/benchmarks.md]

Uses a fresh PostgreSQL database on loopback (dropped at the end) and the sandbox in-process.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import urllib.parse
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from console.adapters import migrate
from console.adapters.alipay_sandbox import Sandbox
from console.adapters.database import make_database, normalize_url
from console.services import notify, payments
from console.services.clock import FakeClock
from tests.payments_fixtures import form, make_ctx, seed_order

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
FORM = "application/x-www-form-urlencoded"


def run(n_notifies: int, n_queries: int) -> str:
    name = f"oc_bench_pay_{uuid.uuid4().hex[:6]}"
    admin = create_engine(normalize_url(PG_ADMIN), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    tmp = Path(tempfile.mkdtemp())
    db = make_database(normalize_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False))
    sb = Sandbox(tmp / "sandbox", clock=FakeClock(), auto_notify=False, persist=False).start()
    try:
        migrate.upgrade(db.engine)
        clock = sb.clock
        assert isinstance(clock, FakeClock)
        ctx = make_ctx(db, clock, tmp, sb)
        bodies: list[bytes] = []
        for _ in range(n_notifies):
            seeded = seed_order(ctx, (("W1", 1, "19.90"), ("W2", 1, "5.10")))
            start = payments.start_payment(ctx, seeded.order_sn)
            biz = json.loads(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(start.url).query))["biz_content"])
            sb.open_cashier(biz, "", "")
            sb.pay(start.out_trade_no)
            bodies.append(form(sb.notify_params(sb.trades[start.out_trade_no], "TRADE_SUCCESS")))
        gw = ctx.payments
        assert gw is not None

        t0 = time.perf_counter()
        for body in bodies:
            assert gw.verify_notify(dict(urllib.parse.parse_qsl(body.decode())))
        floor = n_notifies / (time.perf_counter() - t0)

        t0 = time.perf_counter()
        for body in bodies:
            assert notify.handle_notify(ctx, body, FORM) == "success"
        full = n_notifies / (time.perf_counter() - t0)

        with db.engine.connect() as conn:  # context: what one database round trip costs here
            t0 = time.perf_counter()
            for _ in range(500):
                conn.execute(text("SELECT 1"))
            round_trip_ms = (time.perf_counter() - t0) / 500 * 1000

        no = next(iter(sb.trades))
        t0 = time.perf_counter()
        for _ in range(n_queries):
            gw.query(no)
        queries = n_queries / (time.perf_counter() - t0)
    finally:
        sb.stop()
        db.dispose()
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
    return "\n".join([
        f"Notifies: {n_notifies} per run, each for a two-warehouse order (pay + deduct stock + outbox + split into "
        f"two children), one thread, PostgreSQL on loopback; SDK round trips: {n_queries} `alipay.trade.query` "
        "calls to the in-process sandbox. 2-core machine shared with other test runs (numbers are noisy). "
        "`python benchmarks/payments.py --write docs/benchmarks.md`.",
        "",
        "| measure | per second | vs floor |",
        "|---|---|---|",
        f"| floor: verify the notify signature only | {floor:,.0f} | 1.00x |",
        f"| notify verified + committed (PG, with split) | {full:,.0f} | {full / floor:.2f}x |",
        f"| SDK -> sandbox round trip (`alipay.trade.query`, signed both ways) | {queries:,.0f} | - |",
        "",
        f"One PostgreSQL `SELECT 1` round trip took {round_trip_ms:.2f} ms during this run. A paid notify runs "
        "26 statements and one commit (attempt, order, stock details and shelf rows, outbox, timeline, two split "
        "children with items, inbox); on this loaded 2-core machine the writes and the commit, not the signature "
        "check, set the rate.",
        "",
    ])


def write_section(path: Path, body: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    parts = old.split("\n## ")
    kept = [parts[0]] + ["## " + x for x in parts[1:] if not x.startswith("Payments")]
    path.write_text("\n".join(k.rstrip("\n") + "\n" for k in kept) + "\n## Payments\n\n" + body, encoding="utf-8")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--notifies", type=int, default=500)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--write", metavar="PATH", help="write the table into this markdown file (section Payments)")
    args = p.parse_args()
    result = run(args.notifies, args.queries)
    print(result)
    if args.write:
        write_section(Path(args.write), result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
