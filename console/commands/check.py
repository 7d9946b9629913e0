"""`main.py check`: the invariants of DESIGN.md §7 against the configured database; exit 1 on any violation."""

from __future__ import annotations

import argparse
from typing import Any

from console.services.invariants import check


def run(args: argparse.Namespace, rt: Any) -> int:
    violations = check(rt.db, now=rt.clock.now(), orphan_after=rt.settings.stock_release_delay)
    for v in violations:
        print(f"VIOLATION {v}")
    if violations:
        print(f"{len(violations)} violation(s) found")
        return 1
    print("OK: no invariant violations")
    return 0
