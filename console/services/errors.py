"""Typed errors of the use cases. Each carries a stable code and a sentence a person can read."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    code = "SERVICE_ERROR"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class InvalidInput(ServiceError):
    code = "INVALID_INPUT"


class NotFound(ServiceError):
    code = "NOT_FOUND"


class TokenInvalid(ServiceError):
    code = "TOKEN_INVALID"


class PriceChanged(ServiceError):
    code = "PRICE_CHANGED"


class StockInsufficient(ServiceError):
    code = "STOCK_INSUFFICIENT"


class InvalidTransition(ServiceError):
    """The object is not in a state that allows this action (or someone else got there first)."""

    code = "INVALID_TRANSITION"


class Forbidden(ServiceError):
    """The operator's role does not allow this action."""

    code = "FORBIDDEN"


class AuthFailed(ServiceError):
    code = "AUTH_FAILED"


class RefundExceedsPaid(ServiceError):
    code = "REFUND_EXCEEDS_PAID"


class GatewayError(ServiceError):
    """The payment channel answered with an error or could not be reached."""

    code = "GATEWAY_ERROR"
