"""ConsoleApi: the facade the views talk to. Plain Python, blocking calls — views run them through
run_service(). It holds the service context and the signed-in operator, and never exposes an ORM
object: everything it returns is a frozen row.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from console.services import operators, order_actions, queries
from console.services.context import ServiceContext
from console.services.errors import Forbidden
from console.services.order_actions import ActionState
from console.services.queries import OrderFilter, Sort
from console.services.rows import OperatorIdentity, OrderDetail, OrderRow, Page


class ConsoleApi:
    def __init__(self, ctx: ServiceContext, health: dict[str, Callable[[], bool]] | None = None,
                 workers: Any = None) -> None:
        self.ctx = ctx
        self.health = dict(health or {})
        self.workers = workers
        self.identity: OperatorIdentity | None = None

    # --- session ---------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> OperatorIdentity:
        self.identity = operators.authenticate(self.ctx, username, password)
        return self.identity

    def _who(self) -> OperatorIdentity:
        if self.identity is None:
            raise Forbidden("not signed in")
        return self.identity

    def allowed(self, action: str) -> bool:
        return self.identity is not None and operators.allowed(self.identity, action)

    def workers_state(self) -> str:
        """"running", "stopped" or "off" (no worker host in this process)."""
        host = self.workers
        if host is None:
            return "off"
        running = getattr(host, "running", None)
        if callable(running):
            running = running()
        return "running" if running else "stopped"

    # --- orders ----------------------------------------------------------------------------
    def list_orders(self, filt: OrderFilter, sort: Sort, after_key: tuple[object, ...] | None,
                    limit: int) -> Page[OrderRow]:
        operators.require(self._who(), "view_orders")
        return queries.list_orders(self.ctx.db, filt, sort, after_key, limit)

    def order_row(self, order_sn: str) -> OrderRow:
        return queries.get_order_row(self.ctx.db, order_sn)

    def order_detail(self, order_sn: str) -> OrderDetail:
        operators.require(self._who(), "view_orders")
        return queries.order_detail(self.ctx.db, order_sn)

    def warehouses(self) -> list[tuple[int, str]]:
        return queries.list_warehouses(self.ctx.db)

    def export_orders(self, filt: OrderFilter, sort: Sort, path: str) -> int:
        operators.require(self._who(), "view_orders")
        return queries.export_orders_csv(self.ctx.db, filt, sort, path)

    def actions_for(self, status: str) -> list[ActionState]:
        return order_actions.available_actions(self._who(), status)

    def ship(self, order_sn: str, carrier: str, tracking_no: str) -> None:
        order_actions.ship(self.ctx, self._who(), order_sn, carrier, tracking_no)

    def add_note(self, order_sn: str, text: str) -> None:
        order_actions.add_note(self.ctx, self._who(), order_sn, text)

    def modify_order(self, order_sn: str, expected_version: int, reason: str, *,
                     address: dict[str, str] | None = None, note: str | None = None,
                     adjust_by: Decimal | str | None = None) -> None:
        order_actions.modify_order(self.ctx, self._who(), order_sn, expected_version=expected_version,
                                   reason=reason, address=address, note=note, adjust_by=adjust_by)

    def close_order(self, order_sn: str, reason: str, *, close_trade: bool = False) -> None:
        order_actions.close_by_hand(self.ctx, self._who(), order_sn, reason, close_trade=close_trade)
