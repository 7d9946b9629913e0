"""Receipt: the buyer confirms receipt of a shipped order, or it is confirmed automatically once
settings.auto_confirm_after has passed since shipping (a DB scan, not a broker delay).

Both are the same conditional UPDATE (SHIPPED + version -> COMPLETED), so a buyer's click and the
scan cannot both complete an order. An order with an open after-sale request is not auto-confirmed
while the request is open: the buyer is still waiting for an answer about it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from console.services.context import ServiceContext
from console.services.errors import Forbidden, InvalidTransition, NotFound
from console.services.models import AfterSale, Order, OrderEvent
from console.services.states import AfterSaleStatus, OrderStatus

# After-sale states that hold the auto-confirm back.
HOLDING = (AfterSaleStatus.REQUESTED.value, AfterSaleStatus.APPROVED.value, AfterSaleStatus.REFUNDING.value,
           AfterSaleStatus.DISPUTED.value)


def _complete(s: Session, order_id: int, version: int, now: dt.datetime) -> bool:
    res = s.execute(update(Order)
                     .where(Order.id == order_id, Order.status == OrderStatus.SHIPPED.value, Order.version == version)
                     .values(status=OrderStatus.COMPLETED.value, completed_at=now, updated_at=now,
                             version=version + 1)
                    .execution_options(synchronize_session=False))
    return int(res.rowcount) == 1  # type: ignore[attr-defined]


def confirm_receipt(ctx: ServiceContext, member_id: int, order_sn: str) -> None:
    """SHIPPED -> COMPLETED by the buyer."""
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        o = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
        if o is None:
            raise NotFound(f"order {order_sn} does not exist")
        if o.member_id != member_id:
            raise Forbidden(f"order {order_sn} is not this buyer's order")
        if o.status != OrderStatus.SHIPPED or not _complete(s, o.id, o.version, now):
            current = s.scalar(select(Order.status).where(Order.id == o.id))
            raise InvalidTransition(f"order {order_sn} is {current}; only a SHIPPED order can be received")
        s.add(OrderEvent(order_id=o.id, order_sn=o.order_sn, kind="RECEIVED", actor=f"buyer:{member_id}",
                         detail="receipt confirmed by the buyer", created_at=now))


@dataclass(frozen=True)
class AutoConfirmPass:
    completed: int
    lost: int


def auto_confirm_due(ctx: ServiceContext, batch: int = 200) -> AutoConfirmPass:
    """One bounded batch of shipped orders past settings.auto_confirm_after -> COMPLETED."""
    now = ctx.clock.now()
    cutoff = now - dt.timedelta(seconds=ctx.settings.auto_confirm_after)
    held = exists().where(AfterSale.order_id == Order.id, AfterSale.status.in_(HOLDING))
    with ctx.db.reading() as s:
        due = s.execute(select(Order.id, Order.version, Order.order_sn)
                        .where(Order.status == OrderStatus.SHIPPED.value, Order.shipped_at <= cutoff, ~held)
                        .order_by(Order.shipped_at, Order.id).limit(max(1, batch))).all()
    completed = lost = 0
    if not due:
        return AutoConfirmPass(0, 0)
    with ctx.db.transaction() as s:
        for order_id, version, order_sn in due:
            if not _complete(s, order_id, version, now):
                lost += 1
                continue
            completed += 1
            s.add(OrderEvent(order_id=order_id, order_sn=order_sn, kind="RECEIVED", actor="AUTO",
                             detail="receipt confirmed automatically", created_at=now))
    return AutoConfirmPass(completed, lost)
