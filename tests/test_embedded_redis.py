"""The embedded Redis is a real server, shared by processes on one data directory, and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from console.adapters.embedded_redis import EmbeddedRedis
from console.adapters.redis_store import RedisTokenStore


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


def test_shared_server_and_no_orphan(tmp_path: Path) -> None:
    owner = EmbeddedRedis(tmp_path)
    client = owner.start()
    pid = owner.pid
    assert pid is not None and _alive(pid)
    tokens = RedisTokenStore(client)
    tokens.put(7, "abc", 60)

    # Another process on the same data directory sees the same server (the CLI's simulate/workers do this).
    code = (
        "import sys; from pathlib import Path; from console.adapters.embedded_redis import EmbeddedRedis;"
        "from console.adapters.redis_store import RedisTokenStore;"
        f"e = EmbeddedRedis(Path({str(tmp_path)!r})); c = e.start();"
        "ok = RedisTokenStore(c).compare_and_delete(7, 'abc'); e.stop(); sys.exit(0 if ok else 1)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert _alive(pid), "a process that did not start the server must not stop it"
    assert tokens.compare_and_delete(7, "abc") is False  # the other process consumed it

    socket = owner.socket_path
    owner.stop()
    assert not _alive(pid)
    assert socket is not None and not socket.exists()
