"""Dialogs that collect what an order action needs. Destructive actions ask for a reason and a
confirmation. Each returns the values, or None when the person cancels."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.rows import OrderDetail

CARRIERS = ("SF Express", "JD Logistics", "ZTO", "YTO", "STO", "EMS")


def _form(parent: QWidget, title: str, intro: str = "") -> tuple[QDialog, QFormLayout, QDialogButtonBox]:
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setMinimumWidth(420)
    lay = QVBoxLayout(dlg)
    if intro:
        label = QLabel(intro)
        label.setWordWrap(True)
        lay.addWidget(label)
    form = QFormLayout()
    lay.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    return dlg, form, buttons


def ask_action(parent: QWidget, action: str, detail: OrderDetail) -> dict[str, Any] | None:
    sn = detail.order.order_sn
    tr = parent.tr
    if action == "ship":
        dlg, form, _ = _form(parent, tr("Ship ") + sn)
        carrier = QComboBox()
        carrier.setEditable(True)
        for code in CARRIERS:  # shown translated, stored as the English name
            carrier.addItem(tr(code), code)
        tracking = QLineEdit()
        form.addRow(tr("Carrier"), carrier)
        form.addRow(tr("Tracking number"), tracking)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        picked = carrier.currentText()
        if picked == carrier.itemText(carrier.currentIndex()):
            picked = carrier.currentData() or picked
        return {"carrier": picked, "tracking_no": tracking.text()}
    if action == "internal_note":
        dlg, form, _ = _form(parent, tr("Internal note on ") + sn, tr("Only operators see this note."))
        text = QPlainTextEdit()
        form.addRow(tr("Note"), text)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"text": text.toPlainText()}
    if action in ("close_order", "admin_close_trade"):
        what = tr("close the order and the Alipay trade") if action == "admin_close_trade" \
            else tr("close the unpaid order")
        dlg, form, _ = _form(parent, tr("Close ") + sn,
                             tr("This will ") + what +
                             tr("; stock and coupons are returned. It cannot be undone."))
        reason = QLineEdit()
        form.addRow(tr("Reason (required)"), reason)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        sure = QMessageBox.question(parent, tr("Confirm"), tr("Really ") + what + f" {sn}?")
        if sure != QMessageBox.StandardButton.Yes:
            return None
        return {"reason": reason.text()}
    if action == "modify_order":
        o = detail.order
        dlg, form, _ = _form(parent, tr("Modify unpaid order ") + sn,
                             tr("A changed amount closes the open Alipay payment; "
                                "the buyer pays the new amount."))
        name, phone, addr = QLineEdit(o.receiver_name), QLineEdit(detail.receiver_phone), QLineEdit()
        addr.setPlaceholderText(tr("leave empty to keep: ") + detail.address)
        note = QLineEdit(detail.note)
        adjust = QLineEdit()
        adjust.setPlaceholderText(tr("e.g. -5.00"))
        reason = QLineEdit()
        for label, w in (("Receiver", name), ("Phone", phone), ("Address detail", addr), ("Order note", note),
                         ("Price adjustment ¥", adjust), ("Reason (required)", reason)):
            form.addRow(tr(label), w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        address = {"receiver_name": name.text(), "receiver_phone": phone.text()}
        if addr.text().strip():
            address["receiver_detail"] = addr.text()
        return {"address": address, "note": note.text() if note.text() != detail.note else None,
                "adjust_by": adjust.text() or None, "reason": reason.text()}
    return None
