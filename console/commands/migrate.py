"""`main.py migrate`: bring the schema to a revision (or down to one)."""

from __future__ import annotations

import argparse
from typing import Any

from console.adapters import migrate


def run(args: argparse.Namespace, rt: Any) -> int:
    engine = rt.db.engine
    before = migrate.current(engine)
    if args.downgrade:
        migrate.downgrade(engine, args.downgrade)
    else:
        migrate.upgrade(engine, args.to)
    after = migrate.current(engine)
    print(f"schema: {before or 'empty'} -> {after or 'empty'} (latest known: {migrate.head()})")
    return 0
