"""The small protocols through which services reach the outside (DESIGN.md §2).

Concrete ends live in console/adapters and are chosen only in console/bootstrap.py.
"""

from __future__ import annotations

from typing import Protocol


class TokenStore(Protocol):
    """Anti-duplicate order tokens, one per member (Redis in every mode)."""

    def put(self, member_id: int, token: str, ttl_seconds: int) -> None: ...

    def compare_and_delete(self, member_id: int, token: str) -> bool:
        """Atomically: if the member's token equals `token`, delete it and return True."""
        ...


class CartStore(Protocol):
    """One hash per member: sku_id -> quantity and checked flag."""

    def set_item(self, member_id: int, sku_id: int, quantity: int, checked: bool = True) -> None: ...

    def items(self, member_id: int) -> dict[int, tuple[int, bool]]: ...

    def remove(self, member_id: int, sku_ids: list[int]) -> None: ...

    def clear(self, member_id: int) -> None: ...


class Pinger(Protocol):
    """Anything whose health the status bar shows."""

    def ping(self) -> bool: ...
