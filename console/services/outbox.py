"""The transactional outbox (mq_message): side effects leave a use case only as rows here."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from console.services.models import MqMessage
from console.services.states import MessageStatus


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


@dataclass(frozen=True)
class Envelope:
    """What travels on the wire: message_id is the idempotency key."""

    message_id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps({"message_id": self.message_id, "type": self.type,
                           "occurred_at": self.occurred_at, "payload": self.payload},
                          default=_default, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | bytes) -> Envelope:
        data = json.loads(raw)
        if not isinstance(data, dict) or not isinstance(data.get("payload"), dict):
            raise ValueError("envelope is not an object with a payload")
        return cls(message_id=str(data["message_id"]), type=str(data["type"]),
                   occurred_at=str(data.get("occurred_at", "")), payload=data["payload"])


def add(session: Session, *, exchange: str, routing_key: str, type: str, payload: dict[str, Any],
        now: dt.datetime, order_sn: str | None = None) -> str:
    """Write one outbox row in the caller's transaction; returns its message_id."""
    message_id = uuid.uuid4().hex
    envelope = Envelope(message_id, type, now.isoformat(), payload)
    session.add(MqMessage(
        message_id=message_id, content=envelope.to_json(), to_exchange=exchange, routing_key=routing_key,
        class_type=type, message_status=int(MessageStatus.NEW), attempts=0, next_attempt_at=now,
        order_sn=order_sn, created_at=now, updated_at=now,
    ))
    return message_id
