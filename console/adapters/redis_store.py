"""Order tokens and carts in Redis (a server by URL, or the embedded one)."""

from __future__ import annotations

import redis

# Compare and delete in one step: two submits with the same token can never both pass.
_COMPARE_AND_DELETE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
else
    return 0
end
"""


class RedisTokenStore:
    def __init__(self, client: redis.Redis, namespace: str = "") -> None:
        self._r = client
        self._ns = namespace
        self._cad = client.register_script(_COMPARE_AND_DELETE)

    def _key(self, member_id: int) -> str:
        return f"{self._ns}order:token:{member_id}"

    def put(self, member_id: int, token: str, ttl_seconds: int) -> None:
        self._r.set(self._key(member_id), token, ex=ttl_seconds)

    def compare_and_delete(self, member_id: int, token: str) -> bool:
        return bool(self._cad(keys=[self._key(member_id)], args=[token]))


class RedisCartStore:
    """cart:<member> hash: field sku_id, value "quantity:checked"."""

    def __init__(self, client: redis.Redis, namespace: str = "") -> None:
        self._r = client
        self._ns = namespace

    def _key(self, member_id: int) -> str:
        return f"{self._ns}cart:{member_id}"

    def set_item(self, member_id: int, sku_id: int, quantity: int, checked: bool = True) -> None:
        self._r.hset(self._key(member_id), str(sku_id), f"{quantity}:{1 if checked else 0}")

    def items(self, member_id: int) -> dict[int, tuple[int, bool]]:
        raw = self._r.hgetall(self._key(member_id))
        out: dict[int, tuple[int, bool]] = {}
        for k, v in raw.items():
            qty, _, checked = (v.decode() if isinstance(v, bytes) else str(v)).partition(":")
            out[int(k)] = (int(qty), checked == "1")
        return out

    def remove(self, member_id: int, sku_ids: list[int]) -> None:
        if sku_ids:
            self._r.hdel(self._key(member_id), *[str(s) for s in sku_ids])

    def clear(self, member_id: int) -> None:
        self._r.delete(self._key(member_id))


class RedisPinger:
    def __init__(self, client: redis.Redis) -> None:
        self._r = client

    def ping(self) -> bool:
        try:
            return bool(self._r.ping())
        except (redis.RedisError, OSError):
            return False
