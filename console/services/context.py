"""What every use case gets: the database, the clock, the settings and the ports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from console.config import Settings
from console.services.clock import Clock
from console.services.ports import CartStore, TokenStore
from console.services.uow import Database


@dataclass
class ServiceContext:
    db: Database
    clock: Clock
    settings: Settings
    tokens: TokenStore
    carts: CartStore
    # The payment port (console.services.payments defines its protocol); None until wired.
    payments: Any = None
    extras: dict[str, Any] = field(default_factory=dict)
