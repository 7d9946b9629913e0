"""Names of DESIGN.md §5: exchanges, routing keys, queues. Adapters declare them; services name them."""

from __future__ import annotations

ORDER_EXCHANGE = "order-event-exchange"
STOCK_EXCHANGE = "stock-event-exchange"
DEAD_LETTER_EXCHANGE = "dead-letter-exchange"

# Routing keys.
RK_ORDER_CREATE = "order.create.order"
RK_ORDER_RELEASE = "order.release.order"
RK_ORDER_RELEASE_OTHER = "order.release.other"
RK_ORDER_PAID = "order.paid"
RK_ORDER_CANCELLED = "order.cancelled"
RK_STOCK_LOCKED = "stock.locked"
RK_STOCK_RELEASE = "stock.release"

# Queues.
Q_ORDER_DELAY = "order.delay.queue"
Q_ORDER_RELEASE = "order.release.order.queue"
Q_STOCK_DELAY = "stock.delay.queue"
Q_STOCK_RELEASE = "stock.release.stock.queue"
Q_DEAD_LETTER = "dead.letter.queue"

# Consumer names recorded in consumed_message.
C_ORDER_CLOSE = "order-close"
C_STOCK_RELEASE = "stock-release"
