"""`python main.py sandbox [--port N]`: run the project's Alipay sandbox on loopback until Ctrl-C.

It uses the keys in <data dir>/sandbox (made on first run), the same ones gateway_for() picks when
no Alipay app id is configured, so a console on the same data directory can pay against it.
"""

from __future__ import annotations

import argparse
import threading

from console import config


def run(args: argparse.Namespace, settings: config.Settings) -> int:
    from console.adapters.alipay_sandbox import Sandbox

    port = args.port if getattr(args, "port", None) else settings.sandbox_port
    # Real-time retry schedule here; the demo starts its own in-process sandbox with compressed time.
    sandbox = Sandbox(settings.data_path / "sandbox", port=port).start()
    print(f"Alipay sandbox on {sandbox.gateway_url} (app id {sandbox.app_id}, keys in {sandbox.folder}); "
          "Ctrl-C stops it", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0
