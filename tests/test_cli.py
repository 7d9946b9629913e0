"""The command line as a person meets it: bad input gives one line and exit code 2, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ORDER_CONSOLE_")}
    environ.pop("DISPLAY", None)
    environ.pop("WAYLAND_DISPLAY", None)
    environ.pop("QT_QPA_PLATFORM", None)
    environ["ORDER_CONSOLE_DATA_DIR"] = str(tmp_path / "data")
    environ.update(env)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=environ, cwd=tmp_path, timeout=120)


def assert_one_line_exit_2(proc: subprocess.CompletedProcess[str], needle: str, tmp_path: Path) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0]
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "data").exists(), "bad input must write nothing"


@pytest.mark.parametrize(("env", "needle"), [
    ({"ORDER_CONSOLE_BOGUS": "1"}, "ORDER_CONSOLE_BOGUS"),
    ({"ORDER_CONSOLE_DB_URL": "::nonsense::"}, "ORDER_CONSOLE_DB_URL"),
    ({"ORDER_CONSOLE_AMQP_URL": "http://x"}, "ORDER_CONSOLE_AMQP_URL"),
    ({"ORDER_CONSOLE_ALIPAY_APP_PRIVATE_KEY": "/nonexistent/key.pem"}, "/nonexistent/key.pem"),
])
def test_bad_settings(env: dict[str, str], needle: str, tmp_path: Path) -> None:
    assert_one_line_exit_2(run(["check"], tmp_path, **env), needle, tmp_path)


def test_bad_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("nope = 1\n")
    assert_one_line_exit_2(run(["--config", str(cfg), "check"], tmp_path), "nope", tmp_path)


def test_no_display_without_screenshot(tmp_path: Path) -> None:
    assert_one_line_exit_2(run([], tmp_path), "no display", tmp_path)


def test_newer_schema_refused_without_writing(tmp_path: Path) -> None:
    from console.adapters import migrate
    from console.adapters.database import make_database

    db_path = tmp_path / "newer.db"
    db = make_database(f"sqlite:///{db_path}")
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    db.dispose()
    before = db_path.read_bytes()
    proc = run(["migrate"], tmp_path, ORDER_CONSOLE_DB_URL=f"sqlite:///{db_path}",
               ORDER_CONSOLE_REDIS_URL="redis://127.0.0.1:1/0")
    assert proc.returncode == 2, proc.stderr
    assert "9999_future" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    proc = run(["check"], tmp_path, ORDER_CONSOLE_DB_URL="postgresql://nobody@127.0.0.1:1/none")
    assert proc.returncode == 2
    assert "cannot open the database" in proc.stderr and "Traceback" not in proc.stderr


def test_version(tmp_path: Path) -> None:
    proc = run(["--version"], tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("order-console ")


def test_migrate_on_embedded_defaults(tmp_path: Path) -> None:
    proc = run(["migrate"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "0001_initial" in proc.stdout
    assert (tmp_path / "data" / "console.db").exists()
    # The embedded Redis started for the run is gone again.
    assert not [p for p in (tmp_path / "data").iterdir() if p.suffix == ".sock"]
