"""`users add USERNAME --role R`, `users list`, `users passwd USERNAME` (parser in console/cli.py).

The password comes from --password, else ORDER_CONSOLE_NEW_PASSWORD, else a getpass prompt (asked
twice). Bad input prints one line and exits 1.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from console.services import operators
from console.services.errors import ServiceError

PASSWORD_ENV = "ORDER_CONSOLE_NEW_PASSWORD"


def _password(args: argparse.Namespace) -> str:
    given = getattr(args, "password", None) or os.environ.get(PASSWORD_ENV)
    if given:
        return str(given)
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat: ") != first:
        raise ServiceError("the passwords do not match")
    return first


def run(args: argparse.Namespace, rt: Any) -> int:
    ctx = rt.ctx
    try:
        if args.users_command == "add":
            row = operators.add_operator(ctx, args.username, _password(args), args.role,
                                         display_name=getattr(args, "display_name", "") or "")
            print(f"added {row.username} ({row.role})")
        elif args.users_command == "list":
            print(f"{'username':<20} {'role':<9} {'active':<6} locked until")
            for op in operators.list_operators(ctx):
                locked = op.locked_until.strftime("%Y-%m-%d %H:%M") if op.locked_until else ""
                print(f"{op.username:<20} {op.role:<9} {'yes' if op.active else 'no':<6} {locked}")
        elif args.users_command == "passwd":
            operators.change_password(ctx, args.username, _password(args))
            print(f"password changed for {args.username}")
        else:
            print(f"error: unknown users command {args.users_command!r}", file=sys.stderr)
            return 2
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("error: no password given", file=sys.stderr)
        return 1
    return 0
