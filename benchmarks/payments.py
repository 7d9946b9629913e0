"""Payments benchmark: notifies verified + committed per second on PostgreSQL, against two floors measured
in the same run: verifying the signatures only, and a bare INSERT + COMMIT loop (what one durable commit
costs here). Also SDK -> sandbox round trips per second.

    .venv/bin/python benchmarks/payments.py [--notifies 200] [--threads 1,4,8]
        [--batched 2000] [--senders 1,16,64,256] [--write docs/benchmarks.md]

Uses a fresh PostgreSQL database on loopback (dropped at the end) and the sandbox in-process. Two ways in:
- one transaction per notify: N threads call notify.handle_notify, sharing one engine (pool >= N);
- the receiver's way: N senders hand bodies to a NotifyIntake (console.workers.notify_intake, what the HTTP
  receiver's request threads call), which records whatever arrived together in one transaction.
Every body is a genuine sandbox-signed TRADE_SUCCESS notify for an order of its own; every reply must be
"success".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event, text

from console.adapters import migrate
from console.adapters.alipay_sandbox import Sandbox
from console.adapters.database import make_database, normalize_url
from console.services import notify, payments
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.uow import Database
from console.workers.notify_intake import NotifyIntake
from tests.payments_fixtures import form, make_ctx, seed_order

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
FORM = "application/x-www-form-urlencoded"
SPLIT = (("W1", 1, "19.90"), ("W2", 1, "5.10"))  # two warehouses: the parent splits into two children
SINGLE = (("W1", 1, "19.90"), ("W1", 1, "5.10"))  # same two lines, one warehouse: no split


def _paid_bodies(ctx: ServiceContext, sb: Sandbox, lines: Sequence[tuple[str, int, str]], n: int) -> list[bytes]:
    bodies: list[bytes] = []
    for _ in range(n):
        seeded = seed_order(ctx, lines)
        start = payments.start_payment(ctx, seeded.order_sn)
        biz = json.loads(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(start.url).query))["biz_content"])
        sb.open_cashier(biz, "", "")
        sb.pay(start.out_trade_no)
        bodies.append(form(sb.notify_params(sb.trades[start.out_trade_no], "TRADE_SUCCESS")))
    return bodies


CPU_MS: dict[int, float] = {}  # id(items) -> process CPU ms per item of the last _rate over them


def _rate(items: Sequence[Any], threads: int, fn: Callable[[Any], None]) -> float:
    """Items per second with `threads` workers pulling from one list."""
    c0, t0 = time.process_time(), time.perf_counter()
    if threads == 1:
        for it in items:
            fn(it)
    else:
        with ThreadPoolExecutor(threads) as pool:
            for _ in pool.map(fn, items):
                pass
    rate = len(items) / (time.perf_counter() - t0)
    CPU_MS[id(items)] = (time.process_time() - c0) / len(items) * 1000
    return rate


def _bare_commit_rate(db: Database, n: int, threads: int) -> float:
    """One INSERT and one COMMIT per item, one connection per thread: the price of a durable commit."""
    local = threading.local()
    conns: list[Any] = []

    def one(i: int) -> None:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = db.engine.connect()
            conns.append(conn)
        conn.execute(text("INSERT INTO bench_commit (n) VALUES (:n)"), {"n": i})
        conn.commit()

    try:
        return _rate(range(n), threads, one)
    finally:
        for c in conns:
            c.close()


def _intake_rate(ctx: ServiceContext, bodies: Sequence[bytes], senders: int) -> tuple[float, float]:
    """(notifies per second, mean notifies per transaction) with `senders` threads handing the bodies to
    one NotifyIntake, each waiting for its reply as the receiver's request threads do."""
    intake = NotifyIntake(ctx).start()
    work = iter(bodies)
    lock = threading.Lock()
    bad: list[str] = []

    def sender() -> None:
        while True:
            with lock:
                body = next(work, None)
            if body is None:
                return
            reply = intake.submit(body, FORM)
            if reply != "success":
                bad.append(reply)

    threads = [threading.Thread(target=sender) for _ in range(senders)]
    c0, t0 = time.process_time(), time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rate = len(bodies) / (time.perf_counter() - t0)
    CPU_MS[id(bodies)] = (time.process_time() - c0) / len(bodies) * 1000
    intake.stop()
    assert not bad, bad[:3]
    return rate, len(bodies) / max(1, intake.batches)


_HTTP_CLIENT = r"""
import http.client, json, sys, threading, time
port, conns, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
bodies = [b.encode() for b in json.load(open(path))]
lock, state = threading.Lock(), {"next": 0, "bad": 0}
gate = threading.Barrier(conns + 1)
def run():
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    gate.wait()
    while True:
        with lock:
            i = state["next"]; state["next"] += 1
        if i >= len(bodies):
            return
        c.request("POST", "/payed/notify", bodies[i], {"Content-Type": "application/x-www-form-urlencoded"})
        r = c.getresponse(); text = r.read()
        if text != b"success":
            with lock:
                state["bad"] += 1
threads = [threading.Thread(target=run) for _ in range(conns)]
for t in threads: t.start()
gate.wait(); t0 = time.perf_counter()
for t in threads: t.join()
print(json.dumps({"seconds": time.perf_counter() - t0, "bad": state["bad"]}))
"""


def _http_rate(ctx: ServiceContext, bodies: Sequence[bytes], connections: int) -> float:
    """Notifies per second POSTed to the real receiver (NotifyServer -> NotifyIntake) over loopback by
    a client in another process (so its Python does not share our GIL) with keep-alive connections."""
    import subprocess

    from console.workers.notify_server import NotifyServer

    server = NotifyServer(ctx, "127.0.0.1", 0).start()
    path = Path(tempfile.mkstemp(suffix=".json")[1])
    try:
        path.write_text(json.dumps([b.decode() for b in bodies]), encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", _HTTP_CLIENT, str(server.port), str(connections), str(path)],
                             check=True, capture_output=True, text=True, timeout=600)
        result = json.loads(out.stdout)
    finally:
        server.stop()
        path.unlink()
    assert result["bad"] == 0, result
    return len(bodies) / float(result["seconds"])


def _statements_per_notify(ctx: ServiceContext, body: bytes) -> int:
    count = [0]

    def seen(*_: Any) -> None:
        count[0] += 1

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        assert notify.handle_notify(ctx, body, FORM) == "success"
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    return count[0]


def run(n_notifies: int, thread_counts: Sequence[int], n_batched: int, sender_counts: Sequence[int],
        n_queries: int) -> str:
    name = f"oc_bench_pay_{uuid.uuid4().hex[:6]}"
    admin = create_engine(normalize_url(PG_ADMIN), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    tmp = Path(tempfile.mkdtemp())
    db = make_database(normalize_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False))
    sb = Sandbox(tmp / "sandbox", clock=FakeClock(), auto_notify=False, persist=False).start()
    rows: list[tuple[str, list[float]]] = []
    try:
        migrate.upgrade(db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE bench_commit (id bigserial PRIMARY KEY, n int NOT NULL)"))
        clock = sb.clock
        assert isinstance(clock, FakeClock)
        ctx = make_ctx(db, clock, tmp, sb)
        gw = ctx.payments
        assert gw is not None
        work = {(kind, t): _paid_bodies(ctx, sb, lines, n_notifies)
                for kind, lines in (("split", SPLIT), ("single", SINGLE)) for t in thread_counts}
        batched = {(kind, n): _paid_bodies(ctx, sb, lines, n_batched)
                   for kind, lines in (("split", SPLIT), ("single", SINGLE)) for n in sender_counts}
        stmts = {kind: _statements_per_notify(ctx, _paid_bodies(ctx, sb, lines, 1)[0])
                 for kind, lines in (("split", SPLIT), ("single", SINGLE))}
        # Warm the pool to the largest thread count so no run pays for new connections.
        warm = [db.engine.connect() for _ in range(max(thread_counts))]
        for c in warm:
            c.close()

        def verify(body: bytes) -> None:
            assert gw.verify_notify(dict(urllib.parse.parse_qsl(body.decode())))

        def handle(body: bytes) -> None:
            assert notify.handle_notify(ctx, body, FORM) == "success"

        floor, commit, split_rate, single_rate = [], [], [], []
        for t in thread_counts:
            floor.append(_rate(work["split", t], t, verify))
            commit.append(_bare_commit_rate(db, n_notifies, t))
            split_rate.append(_rate(work["split", t], t, handle))
            single_rate.append(_rate(work["single", t], t, handle))
        t1 = thread_counts[0]
        cpu = {kind: CPU_MS[id(work[kind, t1])] for kind in ("split", "single")}
        verify_1 = _rate(batched["single", sender_counts[0]][:n_notifies], 1, verify)
        intake: dict[str, list[tuple[float, float]]] = {"single": [], "split": []}
        for n in sender_counts:
            for kind in ("single", "split"):
                intake[kind].append(_intake_rate(ctx, batched[kind, n], n))
        batch_cpu = {kind: CPU_MS[id(batched[kind, sender_counts[-1]])] for kind in ("split", "single")}
        http = [_http_rate(ctx, _paid_bodies(ctx, sb, SINGLE, n_batched), n) for n in sender_counts]
        rows = [("floor: verify the notify signature only", floor),
                ("floor: bare INSERT + COMMIT (PG)", commit),
                (f"notify verified + committed, one warehouse ({stmts['single']} statements)", single_rate),
                (f"notify verified + committed, two warehouses, split ({stmts['split']} statements)", split_rate)]

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

    head = " | ".join(f"{t} thread{'s' if t > 1 else ''}" for t in thread_counts)
    lines = [
        f"Notifies: {n_notifies} per cell, paid (`TRADE_SUCCESS`) notifies through `notify.handle_notify` "
        "(verify + checks + one transaction: attempt, order, stock deduct, outbox, timeline, split, inbox), "
        "PostgreSQL on loopback, N threads sharing one engine (pool >= N). Each cell: per second, and in brackets "
        "the ratio to the verify-only floor at the same thread count, same run. 2-core machine shared with other "
        "test runs (numbers are noisy). `python benchmarks/payments.py --write docs/benchmarks.md`.",
        "",
        f"| measure | {head} |",
        "|---|" + "---|" * len(thread_counts),
    ]
    for label, vals in rows:
        cells = " | ".join(f"{v:,.0f} ({v / f:.2f}x)" for v, f in zip(vals, floor, strict=True))
        lines.append(f"| {label} | {cells} |")
    lines.append(f"| SDK -> sandbox round trip (`alipay.trade.query`, signed both ways), 1 thread | {queries:,.0f} |"
                 + " |" * (len(thread_counts) - 1))
    lines += ["", f"One PostgreSQL `SELECT 1` round trip took {round_trip_ms:.2f} ms during this run. Python CPU "
              f"per notify ({t1} thread, this process): {cpu['single']:.1f} ms one warehouse, {cpu['split']:.1f} ms "
              f"with the split; one process cannot go beyond about 1000 / that per second under the GIL, "
              f"however many threads.", ""]
    head = " | ".join(f"{n} sender{'s' if n > 1 else ''}" for n in sender_counts)
    lines += [
        f"The receiver's way: {n_batched} notifies per cell handed to one `NotifyIntake` (its defaults: one "
        "thread, at most 100 notifies a transaction, 2 ms linger under load) by N concurrent senders, each "
        "waiting for its own reply after the commit. Each cell: per second, the ratio to the verify-only floor "
        "(1 thread, same run), and in brackets the mean notifies per transaction. The HTTP row POSTs the same "
        "kind of notifies to the real receiver (`NotifyServer`: one asyncio loop, then the intake) from a "
        "client in another process over N keep-alive connections.",
        "",
        f"| measure | {head} |",
        "|---|" + "---|" * len(sender_counts),
        f"| floor: verify the notify signature only (1 thread) | {verify_1:,.0f} |" + " |" * (len(sender_counts) - 1),
    ]
    for kind, label in (("single", "one warehouse"), ("split", "two warehouses, split")):
        cells = " | ".join(f"{r:,.0f} = {r / verify_1:.2f}x ({b:.1f} a batch)" for r, b in intake[kind])
        lines.append(f"| batched notifies verified + committed, {label} | {cells} |")
    cells = " | ".join(f"{r:,.0f} = {r / verify_1:.2f}x" for r in http)
    lines.append(f"| over HTTP: POST /payed/notify to the receiver (NotifyServer), one warehouse, N keep-alive "
                 f"connections from a client process | {cells} |")
    lines += ["", f"Python CPU per notify at {sender_counts[-1]} senders (this process, senders included): "
              f"{batch_cpu['single']:.2f} ms one warehouse, {batch_cpu['split']:.2f} ms with the split.", ""]
    return "\n".join(lines)


def write_section(path: Path, body: str, notes: str = "") -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    parts = old.split("\n## ")
    out, done = [parts[0].rstrip("\n") + "\n"], False
    for x in parts[1:]:
        if x.startswith("Payments"):
            out.append("## Payments\n\n" + body.rstrip("\n") + "\n" + (notes and "\n" + notes.rstrip("\n") + "\n"))
            done = True
        else:
            out.append("## " + x.rstrip("\n") + "\n")
    if not done:
        out.append("## Payments\n\n" + body.rstrip("\n") + "\n" + (notes and "\n" + notes.rstrip("\n") + "\n"))
    path.write_text("\n".join(out), encoding="utf-8")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--notifies", type=int, default=200)
    p.add_argument("--threads", default="1,4,8")
    p.add_argument("--batched", type=int, default=2000, help="notifies per cell through the intake")
    p.add_argument("--senders", default="1,16,64,256", help="concurrent senders handing notifies to the intake")
    p.add_argument("--queries", type=int, default=100)
    p.add_argument("--write", metavar="PATH", help="write the table into this markdown file (section Payments)")
    p.add_argument("--notes", metavar="FILE", help="markdown appended under the table (the analysis)")
    args = p.parse_args()
    result = run(args.notifies, [int(t) for t in args.threads.split(",")], args.batched,
                 [int(n) for n in args.senders.split(",")], args.queries)
    print(result)
    if args.write:
        notes = Path(args.notes).read_text(encoding="utf-8") if args.notes else ""
        write_section(Path(args.write), result, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
