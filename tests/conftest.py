"""Shared fixtures: real databases, Redis and RabbitMQ, each isolated per test session.

PostgreSQL and MariaDB get a fresh database per test session (created here, dropped at the end),
RabbitMQ a fresh vhost, Redis a key namespace, so parallel runs never see each other.
A service that is down skips its tests, or fails them when REQUIRE_SERVICES=1 (CI).
"""

from __future__ import annotations

import os

# Must happen before anything creates a QApplication, or a headless pytest process aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from console import config
from console.adapters import migrate
from console.adapters.database import make_database
from console.services.clock import FakeClock
from console.services.uow import Database

PG_ADMIN_URL = os.environ.get("TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
MARIA_ADMIN_URL = os.environ.get("TEST_MARIADB_URL", "mysql://root@127.0.0.1:3306/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
AMQP_HOST = os.environ.get("TEST_AMQP_HOST", "127.0.0.1")
RUN_ID = uuid.uuid4().hex[:8]


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def need(service: str, host: str, port: int) -> None:
    """Skip (or fail under REQUIRE_SERVICES=1) when a real server is not listening."""
    if _port_open(host, port):
        return
    message = f"{service} is not reachable on {host}:{port}"
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(message + " and REQUIRE_SERVICES=1")
    pytest.skip(message)


# --- settings and clock -----------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> config.Settings:
    return config.load(environ={}, data_dir=str(tmp_path / "data"))


# --- databases --------------------------------------------------------------------------------


def _fresh_server_db(admin_url: str, kind: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text

    from console.adapters.database import normalize_url

    name = f"oc_{RUN_ID}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(normalize_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = normalize_url(admin_url).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            if kind == "postgresql":
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    need("PostgreSQL", "127.0.0.1", 5432)
    yield from _fresh_server_db(PG_ADMIN_URL, "postgresql")


@pytest.fixture(scope="session")
def mariadb_url() -> Iterator[str]:
    need("MariaDB", "127.0.0.1", 3306)
    yield from _fresh_server_db(MARIA_ADMIN_URL, "mysql")


def _truncate_all(db: Database) -> None:
    from sqlalchemy import text

    from console.services.models import Base

    with db.engine.begin() as conn:
        if db.dialect == "mysql":
            conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
            for table in Base.metadata.sorted_tables:
                conn.execute(text(f"TRUNCATE TABLE {table.name}"))
            conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))
        elif db.dialect == "postgresql":
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture(scope="session")
def _pg_migrated(pg_url: str) -> Iterator[Database]:
    db = make_database(pg_url)
    migrate.upgrade(db.engine)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def _maria_migrated(mariadb_url: str) -> Iterator[Database]:
    db = make_database(mariadb_url)
    migrate.upgrade(db.engine)
    yield db
    db.dispose()


@pytest.fixture
def pg_db(_pg_migrated: Database) -> Database:
    """A migrated PostgreSQL database, emptied before the test."""
    _truncate_all(_pg_migrated)
    return _pg_migrated


@pytest.fixture
def maria_db(_maria_migrated: Database) -> Database:
    """A migrated MariaDB database, emptied before the test."""
    _truncate_all(_maria_migrated)
    return _maria_migrated


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = make_database(f"sqlite:///{tmp_path / 'test.db'}")
    migrate.upgrade(db.engine)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on each supported database."""
    name = {"sqlite": "sqlite_db", "postgresql": "pg_db", "mariadb": "maria_db"}[request.param]
    db: Database = request.getfixturevalue(name)
    return db


# --- Redis ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redis_client():  # type: ignore[no-untyped-def]
    import redis

    need("Redis", "127.0.0.1", 6379)
    client = redis.Redis.from_url(REDIS_URL)
    yield client
    client.close()


@pytest.fixture
def redis_ns(redis_client) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A key namespace of its own; its keys are removed after the test."""
    ns = f"test:{RUN_ID}:{uuid.uuid4().hex[:6]}:"
    yield ns
    keys = list(redis_client.scan_iter(match=ns + "*", count=1000))
    if keys:
        redis_client.delete(*keys)


@pytest.fixture(scope="session")
def embedded_redis(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One embedded redis-server for the whole session: it takes seconds to shut down."""
    from console.adapters.embedded_redis import EmbeddedRedis

    server = EmbeddedRedis(tmp_path_factory.mktemp("embedded-redis"))
    server.start()
    yield server
    server.stop()


# --- RabbitMQ ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def amqp_url() -> Iterator[str]:
    """A vhost of this test session's own on the real RabbitMQ, deleted at the end."""
    need("RabbitMQ", AMQP_HOST, 5672)
    vhost = f"oc_test_{RUN_ID}"
    subprocess.run(["rabbitmqctl", "-q", "add_vhost", vhost], check=True, capture_output=True)
    subprocess.run(["rabbitmqctl", "-q", "set_permissions", "-p", vhost, "guest", ".*", ".*", ".*"],
                   check=True, capture_output=True)
    try:
        yield f"amqp://guest:guest@{AMQP_HOST}:5672/{vhost}"
    finally:
        subprocess.run(["rabbitmqctl", "-q", "delete_vhost", vhost], capture_output=True)
