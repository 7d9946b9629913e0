"""The README's first command, headless: the demo seeds through the real flows, renders, and stays consistent."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(args: list[str], data_dir: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ORDER_CONSOLE_")}
    environ.update(env, ORDER_CONSOLE_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=environ, cwd=ROOT, timeout=240)


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
    step_x, step_y = max(1, image.width() // 120), max(1, image.height() // 80)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_demo_screenshot_is_not_blank_and_the_data_is_consistent(tmp_path: Path) -> None:
    env = {"ORDER_CONSOLE_SANDBOX_PORT": str(free_port()), "ORDER_CONSOLE_NOTIFY_PORT": str(free_port())}
    out = tmp_path / "orders.png"
    proc = run(["--demo", "--screenshot", str(out), "--page", "orders"], tmp_path, env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert distinct_colours(out) > 20, "the screenshot looks blank"
    # A second page on the same demo data directory: seeded once, not twice.
    out2 = tmp_path / "aftersales.png"
    proc = run(["--demo", "--screenshot", str(out2), "--page", "aftersales"], tmp_path, env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert distinct_colours(out2) > 20
    # Everything the demo did through the real use cases satisfies the design's invariants.
    check = run(["check"], tmp_path / "demo", env)
    assert check.returncode == 0, check.stdout + check.stderr
    with sqlite3.connect(tmp_path / "demo" / "console.db") as db:
        statuses = {row[0] for row in db.execute("SELECT DISTINCT status FROM orders")}
        sale_states = {row[0] for row in db.execute("SELECT DISTINCT status FROM after_sale")}
    assert statuses >= {"PENDING_PAYMENT", "PAID", "SHIPPED", "COMPLETED", "CANCELLED", "CLOSED", "SPLIT"}
    assert sale_states >= {"REQUESTED", "REJECTED", "DISPUTED", "REFUNDED"}
