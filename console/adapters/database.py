"""Engines for SQLite (embedded default), PostgreSQL and MySQL/MariaDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from console.services.uow import Database

# Drivers we ship and test; a bare scheme would pick a driver that is not installed.
_DRIVERS = {"postgresql": "postgresql+psycopg", "mysql": "mysql+pymysql", "mariadb": "mariadb+pymysql"}


def normalize_url(raw: str) -> URL:
    url = make_url(raw)
    if url.drivername in _DRIVERS:
        url = url.set(drivername=_DRIVERS[url.drivername])
    return url


def _sqlite_engine(url: URL, *, immediate: bool) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                           pool_size=8, max_overflow=16)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see "begin" below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: a deferred transaction that upgrades to a writer
        # fails with SQLITE_BUSY instead of waiting when another writer got there first.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def make_database(raw_url: str, *, echo: bool = False) -> Database:
    url = normalize_url(raw_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        return Database(_sqlite_engine(url, immediate=True), _sqlite_engine(url, immediate=False))
    kwargs: dict[str, Any] = {"pool_pre_ping": True, "pool_size": 10, "max_overflow": 20, "echo": echo}
    if backend in ("mysql", "mariadb"):
        # Conditional updates are the concurrency control; READ COMMITTED avoids gap-lock deadlocks.
        kwargs["isolation_level"] = "READ COMMITTED"
        kwargs["pool_recycle"] = 3600
    if backend == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 5}
    if backend in ("mysql", "mariadb"):
        kwargs["connect_args"] = {"connect_timeout": 5}
    engine = create_engine(url, **kwargs)
    if backend == "postgresql" and url.get_driver_name() == "psycopg":
        event.listen(engine, "connect", _binary_arrays)
    return Database(engine)


def _binary_arrays(dbapi_conn: Any, _record: Any) -> None:
    # psycopg sends a Python list as a text array by default, quoting every element with a regex;
    # the batched payment path passes whole columns as arrays (services.sql), and the binary form
    # costs a third less Python per notify (benchmarks/payments.py).
    from psycopg.types.array import ListBinaryDumper

    dbapi_conn.adapters.register_dumper(list, ListBinaryDumper)
