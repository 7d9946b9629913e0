"""The command line of DESIGN.md §3. Bad settings or files: one line on stderr, exit code 2."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from console import __version__, config

PAGES = ("orders", "aftersales", "disputes", "stock", "outbox", "payments", "reconciliation", "workers")

# Subcommand -> module in console.commands exposing run(args, rt) -> int.
COMMANDS = {
    "workers": "console.commands.workers",
    "migrate": "console.commands.migrate",
    "users": "console.commands.users",
    "simulate": "console.commands.simulate",
    "check": "console.commands.check",
    "sandbox": "console.commands.sandbox",
}


class CliError(Exception):
    """A usage problem found after parsing; printed as one line, exit code 2."""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="order-console", description="Order Console: the merchant side of the "
                                "order system, with its background workers embedded.")
    p.add_argument("--version", action="version", version=f"order-console {__version__}")
    p.add_argument("--config", metavar="PATH", help="TOML settings file (the environment overrides it)")
    p.add_argument("--demo", action="store_true",
                   help="run on embedded defaults in a separate demo data directory, with sample data")
    p.add_argument("--screenshot", metavar="PATH", help="render the main window offscreen to a PNG and exit")
    p.add_argument("--page", choices=PAGES, help="page to show first (with --screenshot: the page rendered)")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("workers", help="run every background worker headless (scale-out)")
    m = sub.add_parser("migrate", help="bring the database schema up to date")
    m.add_argument("--to", default="head", help="revision to upgrade to (default: head)")
    m.add_argument("--downgrade", metavar="REV", help="downgrade to REV instead (\"base\" removes every table)")

    u = sub.add_parser("users", help="manage console operators")
    usub = u.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    ua = usub.add_parser("add", help="add an operator")
    ua.add_argument("username")
    ua.add_argument("--role", required=True, choices=("MERCHANT", "SUPPORT", "ADMIN"))
    ua.add_argument("--display-name", default="")
    ua.add_argument("--password", help="initial password (default: asked for, or ORDER_CONSOLE_NEW_PASSWORD)")
    usub.add_parser("list", help="list operators")
    up = usub.add_parser("passwd", help="set an operator's password")
    up.add_argument("username")
    up.add_argument("--password", help="new password (default: asked for, or ORDER_CONSOLE_NEW_PASSWORD)")

    s = sub.add_parser("simulate", help="drive buyers through cart, confirm and submit")
    s.add_argument("--buyers", type=int, default=10)
    s.add_argument("--orders", type=int, default=50)
    s.add_argument("--abandon", type=float, default=0.2, help="share of buyers who never pay (0-1)")
    s.add_argument("--seed", type=int, default=None)
    sub.add_parser("check", help="check the invariants of DESIGN.md §7; exit 1 on any violation")
    sb = sub.add_parser("sandbox", help="run the project's Alipay sandbox on loopback")
    sb.add_argument("--port", type=int, default=None)
    return p


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in (
        "win32", "darwin")


def load_settings(args: argparse.Namespace) -> config.Settings:
    settings = config.load(args.config)
    if args.demo:
        # The demo never touches the configured backends or real data: embedded everything, own folder.
        settings = config.Settings(**{
            **settings.__dict__, "db_url": "", "redis_url": "", "amqp_url": "", "alipay_app_id": "",
            "alipay_app_private_key": "", "alipay_public_key": "", "alipay_gateway": "",
            "data_dir": str(settings.data_path / "demo"), "demo": True})
    config.check_files(settings)
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return _run(args)
    except (config.ConfigError, CliError) as exc:
        print(f"order-console: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from console import bootstrap

    if args.command is None and not args.screenshot and not _has_display():
        raise CliError("no display to open the console on: set DISPLAY (or WAYLAND_DISPLAY), or use "
                       "--screenshot PATH to render offscreen, or run a headless command such as `workers`")
    if args.screenshot:
        # Offscreen rendering must be chosen before any QApplication exists.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    settings = load_settings(args)
    if args.command == "sandbox":
        # The sandbox is a simulated remote party: it needs none of our backends.
        return _command("sandbox").run(args, settings)
    try:
        rt = bootstrap.build(settings, migrate_schema=args.command != "migrate")
    except bootstrap.StartupError as exc:
        raise CliError(str(exc)) from None
    try:
        if args.command == "workers":
            bootstrap.start_embedded_sandbox(rt)
        if args.command:
            return int(_command(args.command).run(args, rt))
        # The console embeds its workers (and, on embedded defaults, the Alipay sandbox).
        bootstrap.start_embedded_sandbox(rt, compression=60.0 if settings.demo else 1.0)
        if settings.demo:
            from console import demo

            demo.ensure_seeded(rt)
        bootstrap.build_workers(rt).start()
        from console.app import run_gui

        return run_gui(rt, demo=settings.demo, screenshot=args.screenshot, page=args.page)
    finally:
        rt.close()


def _command(name: str) -> Any:
    return importlib.import_module(COMMANDS[name])


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
