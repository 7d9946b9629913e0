"""The composition root: the one place that picks concrete adapters and wires everything.

`build(settings)` gives a Runtime (database, Redis, service context, broker, payment gateway,
workers) for any front end: the console, headless workers, simulate, check. The GUI is built on
top of it by console.app. Nothing else in the code base chooses an adapter.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from console import config
from console.adapters import migrate
from console.adapters.database import make_database
from console.adapters.embedded_redis import EmbeddedRedis
from console.adapters.redis_store import RedisCartStore, RedisPinger, RedisTokenStore
from console.services.clock import Clock, SystemClock
from console.services.context import ServiceContext
from console.services.uow import Database

log = logging.getLogger(__name__)


class StartupError(Exception):
    """A backend could not be reached or prepared; the message is one line for a person."""


@dataclass
class Runtime:
    settings: config.Settings
    db: Database
    clock: Clock
    ctx: ServiceContext
    redis: Any
    embedded_redis: EmbeddedRedis | None
    # Pingers by name ("database", "redis", "broker"), read by the status bar and `check`.
    health: dict[str, Callable[[], bool]] = field(default_factory=dict)
    broker_factory: Callable[[], Any] | None = None
    workers: Any = None  # console.workers.host.WorkerHost, built by build_workers()
    _closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def process_name(self) -> str:
        return f"{socket.gethostname()}:{os.getpid()}"

    def on_close(self, fn: Callable[[], None]) -> None:
        self._closers.append(fn)

    def close(self) -> None:
        for fn in reversed(self._closers):
            try:
                fn()
            except Exception:  # closing must finish whatever one part does
                log.exception("error while closing")
        self._closers.clear()


def open_database(settings: config.Settings, *, migrate_schema: bool = True) -> Database:
    db = make_database(settings.effective_db_url)
    try:
        if migrate_schema:
            migrate.upgrade(db.engine)
        else:
            migrate.check_not_newer(db.engine)
    except migrate.SchemaTooNew as exc:
        db.dispose()
        raise StartupError(str(exc)) from None
    except Exception as exc:  # driver errors differ per backend; one line is what a person needs
        db.dispose()
        raise StartupError(f"cannot open the database {config.redact_url(settings.effective_db_url)}: "
                           f"{_first_line(exc)}") from None
    return db


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def open_redis(settings: config.Settings) -> tuple[Any, EmbeddedRedis | None]:
    import redis

    if settings.embedded_redis:
        server = EmbeddedRedis(settings.data_path)
        try:
            return server.start(), server
        except Exception as exc:
            raise StartupError(f"cannot start the embedded Redis in {settings.data_path}: "
                               f"{_first_line(exc)}") from None
    # No ping here: an unreachable Redis shows as down in the status bar, it does not stop the app.
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    # No silent retries with backoff: a Redis outage must show as "down" at once, not seconds later.
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=3, socket_connect_timeout=3,
                                  retry=Retry(NoBackoff(), 0))
    return client, None


def build(settings: config.Settings, *, clock: Clock | None = None, migrate_schema: bool = True) -> Runtime:
    clock = clock or SystemClock()
    db = open_database(settings, migrate_schema=migrate_schema)
    try:
        client, embedded = open_redis(settings)
    except StartupError:
        db.dispose()
        raise
    ctx = ServiceContext(db=db, clock=clock, settings=settings,
                         tokens=RedisTokenStore(client), carts=RedisCartStore(client))
    rt = Runtime(settings=settings, db=db, clock=clock, ctx=ctx, redis=client, embedded_redis=embedded)
    rt.on_close(db.dispose)
    if embedded is not None:
        rt.on_close(embedded.stop)
    rt.health["database"] = lambda: _db_ping(db)
    rt.health["redis"] = RedisPinger(client).ping
    _wire_broker(rt)
    _wire_payments(rt)
    return rt


def _db_ping(db: Database) -> bool:
    from sqlalchemy import text

    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False


def _wire_broker(rt: Runtime) -> None:
    """Pick the broker: RabbitMQ by AMQP_URL, else the DB-backed local queue."""
    try:
        from console.adapters import brokers
    except ImportError:  # the messaging adapters arrive with the engine issue
        return
    rt.broker_factory = brokers.factory_for(rt.settings, rt.db, rt.clock)
    rt.health["broker"] = brokers.pinger_for(rt.settings, rt.db)


def _wire_payments(rt: Runtime) -> None:
    """Pick the payment gateway: Alipay by app id, else the project's sandbox on loopback."""
    try:
        from console.adapters import alipay_gateway
    except ImportError:  # the gateway arrives with the payments issue
        return
    rt.ctx.payments = alipay_gateway.gateway_for(rt.settings)


def build_workers(rt: Runtime) -> Any:
    """The worker host with every background worker, not yet started."""
    from console.workers.heartbeat import beat_now
    from console.workers.host import build_host

    host = rt.workers = build_host(rt)

    def stop() -> None:
        host.stop()
        try:  # the last word is STOPPED, so other consoles do not show this process as gone quiet
            beat_now(rt, host)
        except Exception:
            log.warning("could not write the final heartbeat", exc_info=True)

    rt.on_close(stop)
    return host


def start_embedded_sandbox(rt: Runtime, *, compression: float = 1.0) -> Any:
    """On embedded defaults the project's Alipay sandbox runs in this process on loopback.

    If its port is taken, another process on this machine (a console, `workers` or `sandbox`) is
    already serving it, and this one pays against that. Returns the sandbox, or None.
    """
    settings = rt.settings
    if not settings.use_sandbox or settings.alipay_gateway:
        return None
    from console.adapters.alipay_sandbox import Sandbox

    try:
        sandbox = Sandbox(settings.data_path / "sandbox", port=settings.sandbox_port, clock=rt.clock,
                          compression=compression).start()
    except OSError as exc:
        log.info("sandbox port %s is taken (%s); using the sandbox already running there",
                 settings.sandbox_port, exc)
        return None
    rt.on_close(sandbox.stop)
    return sandbox
