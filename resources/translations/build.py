"""Build console_zh_CN.ts/.qm from the glossary below (English is the source language).

Qt looks a translation up by (context = the QObject's class name, source text). The console's
strings are short and mean the same on every page, so one glossary is written for every context
that shows text. Run: .venv/bin/python resources/translations/build.py  (needs pyside6-lrelease).
Engineers adding a page add its class to CONTEXTS and its strings to ZH.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

CONTEXTS = ("MainWindow", "HealthBar", "SignInDialog", "BasePage", "PlaceholderPage", "OrdersPage",
            "OrdersModel", "AfterSalesPage", "DisputesPage", "StockPage", "OutboxPage", "PaymentsPage",
            "ReconciliationPage", "WorkersPage", "AfterSalesModel", "RowsModel", "PagedRowsModel")

ZH = {
    # shell
    "Order Console": "订单控制台", "Refresh": "刷新", "Retry": "重试", "Could not load: ": "无法加载：",
    "This page is not built yet.": "此页面尚未完成。",
    "Orders": "订单", "After-sales": "售后", "Disputes": "纠纷", "Stock": "库存", "Outbox": "消息发件箱",
    "Payments": "支付", "Reconciliation": "对账", "Workers": "后台任务",
    "Database": "数据库", "Redis": "Redis", "Broker": "消息队列", "up": "正常", "down": "不可用",
    "off": "未启用", "stopped": "已停止", "n/a": "无",
    # sign-in
    "Order Console — sign in": "订单控制台 — 登录", "Username": "用户名", "Password": "密码",
    "Sign in": "登录", "Signing in…": "正在登录…", "Demo accounts: ": "演示账号：", " — password ": " — 密码 ",
    "Merchant": "商家", "Support": "客服", "Admin": "管理员",
    "Cannot reach the database: ": "无法连接数据库：",
    # orders page
    "Order no., Alipay trade no., member id or username": "订单号、支付宝交易号、会员 ID 或用户名",
    "All statuses": "全部状态", "Created": "下单时间", "All warehouses": "全部仓库", "Search": "搜索",
    "Export CSV…": "导出 CSV…", "Export orders": "导出订单",
    "Select an order to see its detail.": "选择订单查看详情。",
    "{n} orders shown": "已显示 {n} 个订单", " (scroll for more)": "（向下滚动加载更多）",
    "Exported {n} orders to {path}": "已导出 {n} 个订单到 {path}", "Not an amount: ": "不是金额：",
    "Not done": "未完成", "Payment flag: ": "支付标记：",
    "Ship": "发货", "Modify": "修改", "Close": "关闭", "Close trade": "关闭交易", "Note": "备注",
    "Order no.": "订单号", "Created (UTC)": "下单时间 (UTC)", "Status": "状态", "Member": "会员",
    "Amount (¥)": "金额 (¥)", "Warehouse": "仓库", "Receiver": "收货人",
    # action dialogs
    "Ship ": "发货 ", "Carrier": "快递公司", "Tracking number": "运单号", "Internal note on ": "内部备注：",
    "Only operators see this note.": "仅操作员可见此备注。", "Close ": "关闭 ",
    "close the order and the Alipay trade": "关闭订单及支付宝交易", "close the unpaid order": "关闭未支付订单",
    "This will ": "此操作将",
    "; stock and coupons are returned. It cannot be undone.": "；库存和优惠券将退回，且无法撤销。",
    "Reason (required)": "原因（必填）", "Confirm": "确认", "Really ": "确定要",
    "Modify unpaid order ": "修改未支付订单 ",
    "A changed amount closes the open Alipay payment; the buyer pays the new amount.":
        "修改金额会关闭当前支付宝支付，买家需按新金额支付。",
    "Phone": "电话", "Address detail": "详细地址", "Order note": "订单备注", "Price adjustment ¥": "调价 ¥",
    "e.g. -5.00": "例如 -5.00", "leave empty to keep: ": "留空则保留：",
    # shared by other pages
    "All": "全部", "Approve": "同意", "Reject…": "拒绝…", "Resend": "重发", "Requeue": "重新入队",
    "Start": "启动", "Stop": "停止", "Add note": "添加备注", "Check drift": "检查偏差", "No drift": "无偏差",
    "Nothing to do": "无需处理", "Note added.": "已添加备注。", "Show decided": "显示已处理",
}


def build() -> int:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="zh_CN" sourcelanguage="en">']
    for ctx in CONTEXTS:
        lines.append(f"<context><name>{ctx}</name>")
        for src, zh in ZH.items():
            lines.append(f"<message><source>{escape(src)}</source><translation>{escape(zh)}</translation></message>")
        lines.append("</context>")
    lines.append("</TS>")
    ts = HERE / "console_zh_CN.ts"
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return subprocess.run([lrelease, "-silent", str(ts), "-qm", str(HERE / "console_zh_CN.qm")]).returncode


if __name__ == "__main__":
    sys.exit(build())
