"""After-sales (DESIGN.md §4): refunds before shipment, refund-only requests after shipment, merchant
review with a 5-day auto-approve, withdrawal, escalation to a dispute and arbitration by support.

Every transition is a conditional UPDATE on (status, version), so the merchant's reject and the
auto-approve scan at the same instant cannot both win. Money moves only through refunds.create_refund
(cap checked under the order's row lock); the refund ledger worker pays it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from console.services import audit, orders, refunds, stock
from console.services.context import ServiceContext
from console.services.errors import Forbidden, InvalidInput, InvalidTransition, NotFound, RefundExceedsPaid
from console.services.models import AfterSale, AuditLog, DisputeNote, Order, OrderEvent, OrderItem
from console.services.operators import require
from console.services.rows import OperatorIdentity
from console.services.states import AfterSaleKind, AfterSaleStatus, CloseReason, OrderStatus

S = AfterSaleStatus
# The buyer's reasons for a refund-only request after shipment.
AFTER_SHIPMENT_REASONS = ("LOST_IN_TRANSIT", "REFUSED", "NOT_AS_DESCRIBED", "OTHER")
# Reasons of a refund before shipment.
BEFORE_SHIPMENT_REASONS = ("OUT_OF_STOCK", "BUYER_REQUEST")
MAX_REASON_TEXT = 500
MAX_REJECT_REASON = 200
MAX_EVIDENCE = 4000
MAX_STATEMENT = 2000
MAX_NOTE = 2000
BULK_LIMIT = 500
# A request in one of these blocks a second request on the same order (and the auto-confirm).
OPEN = (S.REQUESTED.value, S.APPROVED.value, S.REFUNDING.value, S.REJECTED.value, S.DISPUTED.value)
AUTO = "AUTO"
SYSTEM = OperatorIdentity(0, AUTO, "SYSTEM")


# --- helpers ----------------------------------------------------------------------------------


def _text(value: str | None, limit: int, what: str, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"{what} is required")
    if len(text) > limit:
        raise InvalidInput(f"{what} is {len(text)} characters; at most {limit} are allowed")
    return text


def _order(s: Session, order_sn: str) -> Order:
    o = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
    if o is None:
        raise NotFound(f"order {order_sn} does not exist")
    return o


def _own(order: Order, member_id: int) -> None:
    if order.member_id != member_id:
        raise Forbidden(f"order {order.order_sn} is not this buyer's order")


def _sale(s: Session, after_sale_id: int) -> AfterSale:
    sale = s.get(AfterSale, after_sale_id)
    if sale is None:
        raise NotFound(f"after-sale request {after_sale_id} does not exist")
    return sale


def _move(s: Session, sale: AfterSale, expect: str, values: dict[str, Any], now: dt.datetime,
          *, version: int | None = None) -> None:
    """Conditional UPDATE on status + version; the loser gets InvalidTransition and writes nothing."""
    v = sale.version if version is None else version
    won = s.execute(update(AfterSale)
                    .where(AfterSale.id == sale.id, AfterSale.status == expect, AfterSale.version == v)
                    .values(version=v + 1, updated_at=now, **values)
                    .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
    if won != 1:
        current = s.scalar(select(AfterSale.status).where(AfterSale.id == sale.id)
                           .execution_options(populate_existing=True))
        raise InvalidTransition(f"request {sale.id} is {current}, no longer {expect}; refresh and retry",
                                status=current)
    sale.version = v + 1
    sale.status = str(values.get("status", sale.status))


def _event(s: Session, sale: AfterSale | Order, kind: str, detail: str, actor: str, now: dt.datetime) -> None:
    order_id = sale.order_id if isinstance(sale, AfterSale) else sale.id
    s.add(OrderEvent(order_id=order_id, order_sn=sale.order_sn, kind=kind, detail=detail[:1000], actor=actor,
                     created_at=now))


def _start_refund(s: Session, sale: AfterSale, expect: str, actor: str, now: dt.datetime) -> int:
    """`expect` (APPROVED / ARBITRATED_REFUND) -> REFUNDING with a PENDING refund under the cap."""
    refund = refunds.create_refund(s, sale.order_id, sale.amount, f"after-sale {sale.id} {sale.reason_code}",
                                   now, after_sale_id=sale.id)
    _move(s, sale, expect, {"status": S.REFUNDING.value}, now)
    _event(s, sale, "AFTER_SALE_REFUNDING", f"request {sale.id}: refund {refund.out_request_no} {sale.amount} CNY",
           actor, now)
    return refund.id


# --- cancel and refund before shipment --------------------------------------------------------


def cancel_by_buyer(ctx: ServiceContext, member_id: int, order_sn: str) -> None:
    """The buyer cancels an unpaid order (coupon, points and stock given back by close_order)."""
    with ctx.db.reading() as s:
        _own(_order(s, order_sn), member_id)
    orders.close_order(ctx, order_sn, CloseReason.BUYER, f"buyer:{member_id}", strict=True)


@dataclass(frozen=True)
class RefundStarted:
    after_sale_id: int
    refund_id: int
    amount: Decimal
    full: bool


def _items_amount(s: Session, order: Order, item_ids: list[int]) -> tuple[Decimal, str]:
    items = s.scalars(select(OrderItem).where(OrderItem.order_id == order.id, OrderItem.id.in_(item_ids))).all()
    if len(items) != len(set(item_ids)):
        raise InvalidInput(f"some of items {item_ids} are not on order {order.order_sn}")
    if any(i.refunded_amount > 0 for i in items):
        raise InvalidInput("an item chosen was already refunded")
    return sum((i.real_amount - i.refunded_amount for i in items), Decimal("0.00")), ",".join(
        str(i.id) for i in sorted(items, key=lambda i: i.id))


def _refund_before_shipment(ctx: ServiceContext, order_sn: str, reason_code: str, reason_text: str, actor: str,
                            *, amount: Decimal | str | None, item_ids: list[int] | None,
                            member_id: int | None, identity: OperatorIdentity | None) -> RefundStarted:
    if reason_code not in BEFORE_SHIPMENT_REASONS:
        raise InvalidInput(f"reason {reason_code!r} is not one of {list(BEFORE_SHIPMENT_REASONS)}")
    text = _text(reason_text, MAX_REASON_TEXT, "the reason")
    if amount is not None and item_ids:
        raise InvalidInput("give either an amount or items, not both")
    wanted = refunds.money(amount) if amount is not None else None
    now = ctx.clock.now()

    def attempt() -> RefundStarted:
        with ctx.db.transaction() as s:
            order = _order(s, order_sn)
            if member_id is not None:
                _own(order, member_id)
            order = refunds.lock_order(s, order.id)
            if order.status != OrderStatus.PAID:
                raise InvalidTransition(f"order {order_sn} is {order.status}; a refund before shipment needs a "
                                        f"PAID order that has not shipped")
            left = refunds.refundable(s, order)
            ids = ""
            value = wanted
            if item_ids:
                value, ids = _items_amount(s, order, item_ids)
            if value is None:
                value = left
            if value <= 0:
                raise InvalidTransition(f"nothing is left to refund on order {order_sn}")
            full = value == left  # everything still refundable: nothing will ship
            sale = AfterSale(order_id=order.id, order_sn=order.order_sn, member_id=order.member_id,
                             kind=AfterSaleKind.REFUND_BEFORE_SHIPMENT.value, status=S.APPROVED.value,
                             reason_code=reason_code, reason_text=text, evidence="", amount=value,
                             item_ids=ids, decided_by=actor, decided_at=now, version=0, created_at=now,
                             updated_at=now)
            s.add(sale)
            s.flush()
            refund_id = _start_refund(s, sale, S.APPROVED.value, actor, now)
            if full:
                # Nothing will ship: the order closes now and its deducted units go back on the shelf.
                closed = s.execute(
                    update(Order).where(Order.id == order.id, Order.status == OrderStatus.PAID.value,
                                        Order.version == order.version)
                    .values(status=OrderStatus.CLOSED.value, close_reason=CloseReason.REFUNDED.value,
                            closed_at=now, updated_at=now, version=order.version + 1)
                    .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
                if closed != 1:
                    raise InvalidTransition(f"order {order_sn} changed meanwhile; refresh and retry")
                units = stock.restock_for_order(s, order.id, now)
                _event(s, order, "CLOSED", f"full refund before shipment ({reason_code}); {units} units restocked",
                       actor, now)
            else:
                _event(s, order, "PARTIAL_REFUND", f"{value} CNY before shipment ({reason_code})", actor, now)
            if identity is not None:
                audit.record(s, identity, "out_of_stock_refund", "order", order_sn, {"status": "PAID"},
                             {"after_sale": sale.id, "amount": value, "full": full}, text or reason_code, now)
            return RefundStarted(sale.id, refund_id, value, full)

    return stock.with_retry(attempt)


def merchant_refund_before_shipment(ctx: ServiceContext, identity: OperatorIdentity, order_sn: str, *,
                                    amount: Decimal | str | None = None, item_ids: list[int] | None = None,
                                    reason_code: str = "OUT_OF_STOCK", reason_text: str = "") -> RefundStarted:
    """Merchant-started (typically out of stock): full closes the order, partial lets it carry on."""
    require(identity, "out_of_stock_refund")
    return _refund_before_shipment(ctx, order_sn, reason_code, reason_text, identity.username, amount=amount,
                                   item_ids=item_ids, member_id=None, identity=identity)


def buyer_refund_before_shipment(ctx: ServiceContext, member_id: int, order_sn: str, *,
                                 amount: Decimal | str | None = None, item_ids: list[int] | None = None,
                                 reason_text: str = "") -> RefundStarted:
    return _refund_before_shipment(ctx, order_sn, "BUYER_REQUEST", reason_text, f"buyer:{member_id}",
                                   amount=amount, item_ids=item_ids, member_id=member_id, identity=None)


# --- refund-only after shipment ---------------------------------------------------------------


def request_refund(ctx: ServiceContext, member_id: int, order_sn: str, reason_code: str, *,
                   reason_text: str = "", evidence: str = "", links: list[str] | None = None,
                   amount: Decimal | str | None = None) -> int:
    """The buyer asks for a refund after shipment; the merchant has settings.auto_approve_after to answer."""
    if reason_code not in AFTER_SHIPMENT_REASONS:
        raise InvalidInput(f"reason {reason_code!r} is not one of {list(AFTER_SHIPMENT_REASONS)}")
    text = _text(reason_text, MAX_REASON_TEXT, "the reason")
    links = [x.strip() for x in (links or []) if x.strip()]
    if any(not x.startswith(("http://", "https://")) for x in links):
        raise InvalidInput("evidence links must start with http:// or https://")
    body = _text("\n".join([evidence.strip(), *links]).strip(), MAX_EVIDENCE, "the evidence")
    wanted = refunds.money(amount) if amount is not None else None
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        order = _order(s, order_sn)
        _own(order, member_id)
        order = refunds.lock_order(s, order.id)
        if order.status not in (OrderStatus.SHIPPED, OrderStatus.COMPLETED):
            raise InvalidTransition(f"order {order_sn} is {order.status}; a refund-only request needs a shipped order")
        if s.scalar(select(func.count()).select_from(AfterSale)
                    .where(AfterSale.order_id == order.id, AfterSale.status.in_(OPEN))):
            raise InvalidTransition(f"order {order_sn} already has an open after-sale request")
        left = refunds.refundable(s, order)
        value = wanted if wanted is not None else left
        if value <= 0:
            raise InvalidTransition(f"nothing is left to refund on order {order_sn}")
        if value > left:
            raise RefundExceedsPaid(f"{value} is more than the {left} left to refund on order {order_sn}")
        sale = AfterSale(order_id=order.id, order_sn=order_sn, member_id=member_id,
                         kind=AfterSaleKind.REFUND_ONLY.value, status=S.REQUESTED.value, reason_code=reason_code,
                         reason_text=text, evidence=body,
                         amount=value, deadline_at=now + dt.timedelta(seconds=ctx.settings.auto_approve_after),
                         version=0, created_at=now, updated_at=now)
        s.add(sale)
        s.flush()
        _event(s, sale, "AFTER_SALE_REQUESTED", f"request {sale.id}: {value} CNY, {reason_code}", f"buyer:{member_id}",
               now)
        return sale.id


def withdraw(ctx: ServiceContext, member_id: int, after_sale_id: int) -> None:
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        sale = _sale(s, after_sale_id)
        if sale.member_id != member_id:
            raise Forbidden(f"request {after_sale_id} is not this buyer's")
        if sale.status != S.REQUESTED:
            raise InvalidTransition(f"request {after_sale_id} is {sale.status}; only a REQUESTED one can be withdrawn")
        _move(s, sale, S.REQUESTED.value, {"status": S.WITHDRAWN.value}, now)
        _event(s, sale, "AFTER_SALE_WITHDRAWN", f"request {sale.id} withdrawn", f"buyer:{member_id}", now)


def approve(ctx: ServiceContext, identity: OperatorIdentity, after_sale_id: int, *,
            expected_version: int | None = None) -> int:
    """REQUESTED -> APPROVED -> REFUNDING with a refund under the cap. Returns the refund id."""
    require(identity, "approve_refund")
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        sale = _sale(s, after_sale_id)
        if sale.status != S.REQUESTED:
            by = f" by {sale.decided_by}" if sale.decided_by else ""
            raise InvalidTransition(f"request {after_sale_id} is already {sale.status}{by}", status=sale.status)
        _move(s, sale, S.REQUESTED.value, {"status": S.APPROVED.value, "decided_by": identity.username,
                                            "decided_at": now}, now, version=expected_version)
        _event(s, sale, "AFTER_SALE_APPROVED", f"request {sale.id} approved", identity.username, now)
        refund_id = _start_refund(s, sale, S.APPROVED.value, identity.username, now)
        audit.record(s, identity, "approve_refund", "after_sale", str(sale.id), {"status": "REQUESTED"},
                     {"status": sale.status, "amount": sale.amount}, None, now)
        return refund_id


def reject(ctx: ServiceContext, identity: OperatorIdentity, after_sale_id: int, reason: str, *,
           expected_version: int | None = None) -> None:
    require(identity, "reject_refund")
    text = _text(reason, MAX_REJECT_REASON, "the reason for rejecting", required=True)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        sale = _sale(s, after_sale_id)
        if sale.status != S.REQUESTED:
            by = f" by {sale.decided_by}" if sale.decided_by else ""
            raise InvalidTransition(f"request {after_sale_id} is already {sale.status}{by}", status=sale.status)
        _move(s, sale, S.REQUESTED.value, {"status": S.REJECTED.value, "decided_by": identity.username,
                                            "decided_at": now, "reject_reason": text}, now, version=expected_version)
        _event(s, sale, "AFTER_SALE_REJECTED", f"request {sale.id} rejected: {text}", identity.username, now)
        audit.record(s, identity, "reject_refund", "after_sale", str(sale.id), {"status": "REQUESTED"},
                     {"status": "REJECTED"}, text, now)


@dataclass(frozen=True)
class AutoApprovePass:
    approved: int
    lost: int  # due rows someone else moved first (merchant reject/approve, withdrawal)
    failed: int  # approved rows whose refund would pass what was paid: left REQUESTED, flagged


def auto_approve_due(ctx: ServiceContext, batch: int = 200) -> AutoApprovePass:
    """One bounded batch: REQUESTED requests past their deadline -> APPROVED by AUTO -> REFUNDING.

    The scan reads candidates without locks. The write transaction then locks those still REQUESTED
    and due (FOR UPDATE SKIP LOCKED: a row a merchant is deciding right now is left to them), creates
    their refunds under the orders' row locks, and moves them with
    UPDATE ... WHERE status = 'REQUESTED' AND deadline_at <= now AND (id, version) IN (...),
    so a merchant's reject committed meanwhile makes the row drop out, and a reject waiting on our
    lock finds it no longer REQUESTED. A handful of statements per batch keeps the time a merchant's
    click can wait on a row lock short."""
    now = ctx.clock.now()
    with ctx.db.reading() as s:
        due = s.execute(select(AfterSale.id, AfterSale.version)
                        .where(AfterSale.status == S.REQUESTED.value, AfterSale.deadline_at <= now)
                        .order_by(AfterSale.deadline_at, AfterSale.id).limit(max(1, batch))).all()
    if not due:
        return AutoApprovePass(0, 0, 0)
    with ctx.db.transaction() as s:
        pairs = [(int(i), int(v)) for i, v in due]
        still = s.execute(select(AfterSale.id, AfterSale.version, AfterSale.order_id, AfterSale.order_sn,
                                 AfterSale.amount, AfterSale.reason_code, AfterSale.deadline_at)
                          .where(tuple_(AfterSale.id, AfterSale.version).in_(pairs),
                                 AfterSale.status == S.REQUESTED.value, AfterSale.deadline_at <= now)
                          .order_by(AfterSale.id).with_for_update(skip_locked=True)).all()
        by_id = {int(r.id): r for r in still}
        created, blocked = refunds.create_refunds_bulk(
            s, [refunds.RefundWant(int(r.id), int(r.order_id), r.amount, f"after-sale {r.id} {r.reason_code}")
                for r in still], now)
        if created:
            moved = s.execute(
                update(AfterSale)
                .where(tuple_(AfterSale.id, AfterSale.version).in_([(i, by_id[i].version) for i in created]),
                       AfterSale.status == S.REQUESTED.value, AfterSale.deadline_at <= now)
                # APPROVED and REFUNDING in one step: both transitions count in the version.
                .values(status=S.REFUNDING.value, decided_by=AUTO, decided_at=now, version=AfterSale.version + 2,
                        updated_at=now)
                .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
            if moved != len(created):  # cannot happen: the rows are locked; never write half a batch
                raise InvalidTransition(f"auto-approve moved {moved} of {len(created)} locked requests")
        if blocked:
            # Its refund would pass what was paid: left REQUESTED without a deadline, for a person.
            s.execute(update(AfterSale).where(AfterSale.id.in_(blocked))
                      .values(deadline_at=None, version=AfterSale.version + 1, updated_at=now)
                      .execution_options(synchronize_session=False))
        events: list[dict[str, object]] = []
        audits: list[dict[str, object]] = []
        for i in created:
            r = by_id[i]
            events.append({"order_id": r.order_id, "order_sn": r.order_sn, "kind": "AFTER_SALE_APPROVED",
                           "actor": AUTO, "created_at": now,
                           "detail": f"request {i} approved automatically: the merchant did not answer by "
                                     f"{r.deadline_at:%Y-%m-%d %H:%M} UTC"})
            events.append({"order_id": r.order_id, "order_sn": r.order_sn, "kind": "AFTER_SALE_REFUNDING",
                           "actor": AUTO, "created_at": now, "detail": f"request {i}: refund of {r.amount} CNY"})
            audits.append({"operator_id": None, "operator_name": AUTO, "role": SYSTEM.role,
                           "action": "approve_refund", "object_type": "after_sale", "object_id": str(i),
                           "before": '{"status": "REQUESTED"}',
                           "after": f'{{"amount": "{r.amount}", "status": "REFUNDING"}}',
                           "reason": "auto-approve deadline", "created_at": now})
        for i in blocked:
            r = by_id[i]
            events.append({"order_id": r.order_id, "order_sn": r.order_sn, "kind": "AUTO_APPROVE_BLOCKED",
                           "actor": AUTO, "created_at": now,
                           "detail": f"request {i}: its refund would pass what was paid; left for a person"})
        if events:
            s.execute(insert(OrderEvent), events)
        if audits:
            s.execute(insert(AuditLog), audits)
    return AutoApprovePass(len(created), len(due) - len(still), len(blocked))


# --- disputes ---------------------------------------------------------------------------------


def escalate(ctx: ServiceContext, member_id: int, after_sale_id: int, statement: str) -> None:
    """The buyer disputes a rejection; support must decide within settings.dispute_sla."""
    text = _text(statement, MAX_STATEMENT, "the statement", required=True)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        sale = _sale(s, after_sale_id)
        if sale.member_id != member_id:
            raise Forbidden(f"request {after_sale_id} is not this buyer's")
        if sale.status != S.REJECTED:
            raise InvalidTransition(f"request {after_sale_id} is {sale.status}; only a REJECTED one can be escalated")
        _move(s, sale, S.REJECTED.value, {"status": S.DISPUTED.value, "dispute_statement": text,
                                          "disputed_at": now,
                                          "sla_deadline": now + dt.timedelta(seconds=ctx.settings.dispute_sla)}, now)
        _event(s, sale, "DISPUTE_OPENED", f"request {sale.id} escalated by the buyer", f"buyer:{member_id}", now)


def add_note(ctx: ServiceContext, identity: OperatorIdentity, after_sale_id: int, text: str) -> int:
    require(identity, "dispute_note")
    body = _text(text, MAX_NOTE, "the note", required=True)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        sale = _sale(s, after_sale_id)
        if sale.status not in (S.DISPUTED, S.ARBITRATED_REFUND, S.ARBITRATED_REJECT, S.REFUNDING, S.REFUNDED) \
                or sale.disputed_at is None:
            raise InvalidTransition(f"request {after_sale_id} is not a dispute")
        note = DisputeNote(after_sale_id=sale.id, author=identity.username, role=identity.role, text=body,
                           created_at=now)
        s.add(note)
        s.flush()
        audit.record(s, identity, "dispute_note", "after_sale", str(sale.id), None, None, body, now)
        return note.id


DECISIONS = (S.ARBITRATED_REFUND.value, S.ARBITRATED_REJECT.value)


def arbitrate(ctx: ServiceContext, identity: OperatorIdentity, after_sale_id: int, decision: str, note: str, *,
              expected_version: int | None = None) -> int | None:
    """DISPUTED -> ARBITRATED_REFUND (-> REFUNDING; returns the refund id) or ARBITRATED_REJECT (final)."""
    require(identity, "arbitrate")
    if decision not in DECISIONS:
        raise InvalidInput(f"decision {decision!r} is not one of {list(DECISIONS)}")
    text = _text(note, MAX_NOTE, "the arbitration note", required=True)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        sale = _sale(s, after_sale_id)
        if sale.status != S.DISPUTED:
            raise InvalidTransition(f"request {after_sale_id} is {sale.status}; only a DISPUTED one can be decided")
        _move(s, sale, S.DISPUTED.value, {"status": decision, "arbitrated_by": identity.username,
                                          "arbitrated_at": now, "arbitration_note": text}, now,
              version=expected_version)
        _event(s, sale, "DISPUTE_DECIDED", f"request {sale.id}: {decision} ({text})", identity.username, now)
        refund_id = None
        if decision == S.ARBITRATED_REFUND:
            refund_id = _start_refund(s, sale, S.ARBITRATED_REFUND.value, identity.username, now)
        audit.record(s, identity, "arbitrate", "after_sale", str(sale.id), {"status": "DISPUTED"},
                     {"status": sale.status}, text, now)
        return refund_id


# --- bulk review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkSummary:
    decision: str
    would_change: tuple[int, ...]  # still REQUESTED
    not_requested: tuple[int, ...]  # moved on meanwhile (or never were)
    missing: tuple[int, ...]


@dataclass(frozen=True)
class BulkResult:
    changed: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...]  # (id, why)


def _bulk_check(identity: OperatorIdentity, ids: list[int], decision: str, reason: str) -> str:
    require(identity, "bulk_review")
    if decision not in ("APPROVE", "REJECT"):
        raise InvalidInput("the bulk decision must be APPROVE or REJECT")
    require(identity, "approve_refund" if decision == "APPROVE" else "reject_refund")
    if not ids:
        raise InvalidInput("choose at least one request")
    if len(ids) > BULK_LIMIT:
        raise InvalidInput(f"at most {BULK_LIMIT} requests at once")
    return _text(reason, MAX_REJECT_REASON, "the reason for rejecting", required=decision == "REJECT")


def bulk_preview(ctx: ServiceContext, identity: OperatorIdentity, ids: list[int], decision: str,
                 reason: str = "") -> BulkSummary:
    """The dry run: what a bulk decision would change now, and what it would skip."""
    _bulk_check(identity, ids, decision, reason)
    with ctx.db.reading() as s:
        found = {int(i): str(st) for i, st in s.execute(select(AfterSale.id, AfterSale.status)
                                                         .where(AfterSale.id.in_(ids))).all()}
    uniq = sorted(set(ids))
    return BulkSummary(decision, tuple(i for i in uniq if found.get(i) == S.REQUESTED),
                       tuple(i for i in uniq if i in found and found[i] != S.REQUESTED),
                       tuple(i for i in uniq if i not in found))


def bulk_review(ctx: ServiceContext, identity: OperatorIdentity, ids: list[int], decision: str,
                reason: str = "") -> BulkResult:
    """Each request in its own transaction: one that moved on meanwhile is skipped, the rest go through."""
    text = _bulk_check(identity, ids, decision, reason)
    changed: list[int] = []
    skipped: list[tuple[int, str]] = []
    for sale_id in sorted(set(ids)):
        try:
            if decision == "APPROVE":
                approve(ctx, identity, sale_id)
            else:
                reject(ctx, identity, sale_id, text)
            changed.append(sale_id)
        except (InvalidTransition, NotFound, RefundExceedsPaid) as exc:
            skipped.append((sale_id, exc.message))
    return BulkResult(tuple(changed), tuple(skipped))


# --- reads for the pages ----------------------------------------------------------------------


@dataclass(frozen=True)
class AfterSaleRow:
    id: int
    order_sn: str
    member_id: int
    kind: str
    status: str
    reason_code: str
    amount: Decimal
    deadline_at: dt.datetime | None
    decided_by: str | None
    sla_deadline: dt.datetime | None
    created_at: dt.datetime
    version: int


@dataclass(frozen=True)
class NoteRow:
    author: str
    role: str
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AfterSaleDetail:
    row: AfterSaleRow
    reason_text: str
    evidence: str
    reject_reason: str | None
    dispute_statement: str | None
    arbitrated_by: str | None
    arbitration_note: str | None
    order_status: str
    pay_amount: Decimal
    refunded: Decimal
    history: tuple[tuple[dt.datetime, str, str, str], ...]  # (at, kind, actor, detail)
    notes: tuple[NoteRow, ...]


def _row(a: AfterSale) -> AfterSaleRow:
    return AfterSaleRow(a.id, a.order_sn, a.member_id, a.kind, a.status, a.reason_code, a.amount, a.deadline_at,
                        a.decided_by, a.sla_deadline, a.created_at, a.version)


def list_requests(ctx: ServiceContext, identity: OperatorIdentity, *, status: str | None = None,
                  limit: int = 200) -> list[AfterSaleRow]:
    """Most urgent first (in SQL): REQUESTED by deadline, then the rest newest first."""
    require(identity, "view_aftersales")
    if status is not None and status not in set(S):
        raise InvalidInput(f"unknown status {status!r}")
    urgent = case((AfterSale.status == S.REQUESTED.value, 0), else_=1)
    q = select(AfterSale)
    if status:
        q = q.where(AfterSale.status == status)
    q = q.order_by(urgent, case((AfterSale.status == S.REQUESTED.value, AfterSale.deadline_at), else_=None),
                   AfterSale.updated_at.desc(), AfterSale.id.desc()).limit(max(1, min(limit, 1000)))
    with ctx.db.reading() as s:
        return [_row(a) for a in s.scalars(q)]


def list_disputes(ctx: ServiceContext, identity: OperatorIdentity, *, open_only: bool = True,
                  limit: int = 200) -> list[AfterSaleRow]:
    """The support queue: open disputes by SLA deadline, soonest first."""
    require(identity, "view_disputes")
    q = select(AfterSale).where(AfterSale.disputed_at.is_not(None))
    if open_only:
        q = q.where(AfterSale.status == S.DISPUTED.value)
    q = q.order_by(case((AfterSale.status == S.DISPUTED.value, 0), else_=1), AfterSale.sla_deadline,
                   AfterSale.id).limit(max(1, min(limit, 1000)))
    with ctx.db.reading() as s:
        return [_row(a) for a in s.scalars(q)]


def get_detail(ctx: ServiceContext, identity: OperatorIdentity, after_sale_id: int) -> AfterSaleDetail:
    require(identity, "view_aftersales")
    with ctx.db.reading() as s:
        a = _sale(s, after_sale_id)
        o = s.get(Order, a.order_id)
        assert o is not None
        events = [(at, kind, actor, detail) for at, kind, actor, detail in s.execute(
            select(OrderEvent.created_at, OrderEvent.kind, OrderEvent.actor, OrderEvent.detail)
            .where(OrderEvent.order_id == o.id).order_by(OrderEvent.created_at, OrderEvent.id)).all()]
        notes = s.scalars(select(DisputeNote).where(DisputeNote.after_sale_id == a.id)
                          .order_by(DisputeNote.created_at, DisputeNote.id)).all()
        return AfterSaleDetail(
            row=_row(a), reason_text=a.reason_text, evidence=a.evidence, reject_reason=a.reject_reason,
            dispute_statement=a.dispute_statement, arbitrated_by=a.arbitrated_by,
            arbitration_note=a.arbitration_note, order_status=o.status, pay_amount=o.pay_amount,
            refunded=refunds.refunded_so_far(s, o.id), history=tuple(events),
            notes=tuple(NoteRow(n.author, n.role, n.text, n.created_at) for n in notes))
