"""The sweeper worker: every settings.sweep_interval seconds, the safety net for every timer."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker


def sweeper_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        try:
            sweep = importlib.import_module("console.services.sweeper").sweep
        except (ImportError, AttributeError):
            raise RuntimeError("console.services.sweeper.sweep is not available") from None
        w.running()
        while not w.stopping:
            result = sweep(rt.ctx, stop=lambda: w.stopping)  # a stop ends a long pass between orders
            # sweep() may report how much it did; anything else counts as one pass.
            w.done(result if isinstance(result, int) and not isinstance(result, bool) else 1)
            if w.wait(rt.settings.sweep_interval):
                break

    return body
