"""ruff is clean everywhere; mypy --strict is clean on console/services and console/workers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") or os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(f"{name} is not installed: install the dev extra (pip install -e '.[test,dev]')")
    pytest.skip(f"{name} is not installed")


def test_ruff_clean() -> None:
    proc = subprocess.run([tool("ruff"), "check", "console", "tests", "main.py", "benchmarks"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict_on_services_and_workers() -> None:
    proc = subprocess.run([tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
