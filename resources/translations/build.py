"""Build console_zh_CN.ts/.qm from the glossary below (English is the source language).

Qt looks a translation up by (context = the QObject's class name, source text). The console's
strings are short and mean the same on every page, so one glossary is written for every context
that shows text. Run: .venv/bin/python resources/translations/build.py  (uses pyside6-lrelease when
installed, else writes the .qm itself).
Engineers adding a page add its class to CONTEXTS and its strings to ZH.
"""

# ruff: noqa: E501 - a glossary: one English phrase and its Chinese per line reads best unwrapped

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

CONTEXTS = (
    "MainWindow",
    "HealthBar",
    "SignInDialog",
    "BasePage",
    "PlaceholderPage",
    "OrdersPage",
    "OrdersModel",
    "AfterSalesPage",
    "DisputesPage",
    "StockPage",
    "OutboxPage",
    "PaymentsPage",
    "ReconciliationPage",
    "WorkersPage",
    "AfterSalesModel",
    "RowsModel",
    "PagedRowsModel",
    "LanguageBox",
    "Codes",
    "Console",
)

ZH = {
    # shell
    "Order Console": "订单控制台",
    "Refresh": "刷新",
    "Retry": "重试",
    "Could not load: ": "无法加载：",
    "This page is not built yet.": "此页面尚未完成。",
    "Orders": "订单",
    "After-sales": "售后",
    "Disputes": "纠纷",
    "Stock": "库存",
    "Outbox": "消息发件箱",
    "Payments": "支付",
    "Reconciliation": "对账",
    "Workers": "后台任务",
    "Database": "数据库",
    "Redis": "Redis",
    "Broker": "消息队列",
    "up": "正常",
    "down": "不可用",
    "off": "未启用",
    "stopped": "已停止",
    "n/a": "无",
    # sign-in
    "Order Console — sign in": "订单控制台 — 登录",
    "Username": "用户名",
    "Password": "密码",
    "Sign in": "登录",
    "Signing in…": "正在登录…",
    "Demo accounts: ": "演示账号：",
    " — password ": " — 密码 ",
    "Merchant": "商家",
    "Support": "客服",
    "Admin": "管理员",
    "Cannot reach the database: ": "无法连接数据库：",
    # orders page
    "Order no., Alipay trade no., member id or username": "订单号、支付宝交易号、会员 ID 或用户名",
    "All statuses": "全部状态",
    "Created": "下单时间",
    "All warehouses": "全部仓库",
    "Search": "搜索",
    "Export…": "导出…",
    "Save the filtered list as CSV or Excel": "将筛选出的列表保存为 CSV 或 Excel",
    "Export orders": "导出订单",
    "CSV (*.csv)": "CSV 文件 (*.csv)",
    "Excel (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Exporting…": "正在导出…",
    "Could not export: ": "无法导出：",
    "Select an order to see its detail.": "选择订单查看详情。",
    "{n} orders shown": "已显示 {n} 个订单",
    " (scroll for more)": "（向下滚动加载更多）",
    "Exported {n} orders to {path}": "已导出 {n} 个订单到 {path}",
    "Not an amount: ": "不是金额：",
    "Not done": "未完成",
    "Payment flag: ": "支付标记：",
    "Ship": "发货",
    "Modify": "修改",
    "Close": "关闭",
    "Close trade": "关闭交易",
    "Note": "备注",
    "Order no.": "订单号",
    "Created (UTC)": "下单时间 (UTC)",
    "Status": "状态",
    "Member": "会员",
    "Amount (¥)": "金额 (¥)",
    "Warehouse": "仓库",
    "Receiver": "收货人",
    # action dialogs
    "Ship ": "发货 ",
    "Carrier": "快递公司",
    "Tracking number": "运单号",
    "Internal note on ": "内部备注：",
    "Only operators see this note.": "仅操作员可见此备注。",
    "Close ": "关闭 ",
    "close the order and the Alipay trade": "关闭订单及支付宝交易",
    "close the unpaid order": "关闭未支付订单",
    "This will ": "此操作将",
    "; stock and coupons are returned. It cannot be undone.": "；库存和优惠券将退回，且无法撤销。",
    "Reason (required)": "原因（必填）",
    "Confirm": "确认",
    "Really ": "确定要",
    "Modify unpaid order ": "修改未支付订单 ",
    "A changed amount closes the open Alipay payment; the buyer pays the new amount.": "修改金额会关闭当前支付宝支付，买家需按新金额支付。",
    "Phone": "电话",
    "Address detail": "详细地址",
    "Order note": "订单备注",
    "Price adjustment ¥": "调价 ¥",
    "e.g. -5.00": "例如 -5.00",
    "leave empty to keep: ": "留空则保留：",
    # shared by other pages
    "All": "全部",
    "Approve": "同意",
    "Reject…": "拒绝…",
    "Resend": "重发",
    "Requeue": "重新入队",
    "Start": "启动",
    "Stop": "停止",
    "Add note": "添加备注",
    "Check drift": "检查偏差",
    "No drift": "无偏差",
    "Nothing to do": "无需处理",
    "Note added.": "已添加备注。",
    "Show decided": "显示已处理",
    # stored codes: the labels of console/views/labels.py (cells, filters, detail panes); the stored
    # values never change. A label that means something else elsewhere gets its own entry in ZH_WHICH.
    "Pending payment": "待付款",
    "Shipped": "已发货",
    "Completed": "已完成",
    "Cancelled": "已取消",
    "Closed": "已关闭",
    "Split": "已拆单",
    "Timeout": "超时",
    "Released": "已释放",
    "Deducted": "已扣减",
    "Waiting for payment": "等待付款",
    "Trade success": "支付成功",
    "Trade finished": "交易完结",
    "Trade closed": "交易关闭",
    "Pending": "处理中",
    "Succeeded": "成功",
    "Unknown": "未知",
    "Approved": "已同意",
    "Arbitrated refund": "仲裁退款",
    "Auto": "自动",
    "Lost in transit": "运输途中丢失",
    "Refused": "拒收",
    "Not as described": "与描述不符",
    "Other": "其他",
    "Out of stock": "缺货",
    "Buyer request": "买家申请",
    "New": "待发送",
    "Sent": "已发送",
    "Arrived": "已送达",
    "Duplicate": "重复通知",
    "Late payment refunded": "迟到付款已退款",
    "Status ignored": "状态已忽略",
    "Bad signature": "签名无效",
    "Bad request": "请求无效",
    "Wrong app": "应用不符",
    "Wrong seller": "卖家不符",
    "Unknown trade": "未知交易",
    "Notify": "异步通知",
    "Query": "主动查询",
    "Replay": "重放",
    "Done": "已完成",
    "Running": "运行中",
    "Marked paid": "已标记付款",
    "Annotated": "已备注说明",
    "Starting": "启动中",
    "Stopped": "已停止",
    # fixed words in table cells
    "yes": "是",
    "never": "从未",
    "{age} ago": "{age}前",
    "this console": "本控制台",
    "gone quiet": "已失联",
    "other process": "其他进程",
    " (stale)": "（失联）",
    "— no order —": "— 无订单 —",
    "Sold out in this warehouse": "此仓库已售罄",
    "{res} by {who}": "{who}：{res}",
    "due": "已到期",
    "Requested": "待审核",
    "Refunding": "退款中",
    "Refunded": "已退款",
    "Rejected": "已拒绝",
    "Disputed": "纠纷中",
    "Arbitrated reject": "仲裁驳回",
    "Withdrawn": "已撤回",
    # language box
    "Language": "语言",
    "Language switched; the console starts in it next time too.": "语言已切换，下次启动时仍使用此语言。",
    "No translation found for {name}; the console stays in English.": "未找到{name}的翻译，控制台保持英文。",
    "min ¥": "最低 ¥",
    "max ¥": "最高 ¥",
    # after-sales
    "ID": "ID",
    "Auto-approve in": "自动同意倒计时",
    "Kind": "类型",
    "Reason": "原因",
    "Requested (UTC)": "申请时间 (UTC)",
    "SLA left": "SLA 剩余",
    "Refund only": "仅退款",
    "Before shipment": "发货前退款",
    "Auto-approves soon": "即将自动同意",
    "SLA nearly breached": "SLA 即将超时",
    "Bulk approve…": "批量同意…",
    "Bulk reject…": "批量拒绝…",
    "Select a request to see its evidence and the order's history.": "选择售后申请查看凭证和订单历史。",
    "Your role may not review refunds": "您的角色无权审核退款",
    "approved {n}": "已同意 {n} 条",
    "rejected {n}": "已拒绝 {n} 条",
    "Reason (the buyer sees it; at most 200 characters)": "原因（买家可见，最多 200 字）",
    "Reject request": "拒绝申请",
    "Approve refund": "同意退款",
    "Bulk reject": "批量拒绝",
    "Confirm bulk decision": "确认批量处理",
    "{n} requests, {due} awaiting review": "{n} 条申请，{due} 条待审核",
    ", {n} skipped (changed meanwhile)": "，跳过 {n} 条（期间已变更）",
    "Refund ¥{amount} to the buyer of order {sn}?": "向订单 {sn} 的买家退款 ¥{amount}？",
    "Request {id} approved; the refund is on its way.": "申请 {id} 已同意，退款处理中。",
    "Request {id} rejected.": "申请 {id} 已拒绝。",
    # disputes
    "Select a dispute to see both sides, the history and the notes.": "选择纠纷查看双方陈述、历史和备注。",
    "Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)": "内部备注，或裁决理由（买家和商家可见裁决理由）",
    "Decide: refund buyer": "裁决：退款给买家",
    "Decide: uphold rejection": "裁决：维持拒绝",
    "refund the buyer": "退款给买家",
    "uphold the rejection": "维持拒绝",
    "uphold the merchant's rejection": "维持商家的拒绝",
    "Write the reason for your decision first.": "请先填写裁决理由。",
    "Dispute {id}: {what}? This is final.": "纠纷 {id}：{what}？此裁决为最终结果。",
    "Decide dispute": "裁决纠纷",
    "{n} open dispute(s), soonest SLA first": "{n} 个未结纠纷，SLA 最近的在前",
    "Dispute {id} decided: {what}.": "纠纷 {id} 已裁决：{what}。",
    "refund ¥{amount} to the buyer": "退款 ¥{amount} 给买家",
    # outbox
    "#": "#",
    "Queue": "队列",
    "Message id": "消息 ID",
    "Attempts": "尝试次数",
    "Error": "错误",
    "Dead since (UTC)": "死信时间 (UTC)",
    "Requeued": "已重新入队",
    "Age": "时长",
    "Type": "类型",
    "Routing key": "路由键",
    "Last error": "最近错误",
    "Order no., message id or routing key (exact)": "订单号、消息 ID 或路由键（精确）",
    "Resend selected": "重发所选",
    "Resend all matching…": "重发全部匹配…",
    "Select a message to see its payload.": "选择消息查看内容。",
    "Resend all matching": "重发全部匹配",
    "Dead letters (poison messages a consumer gave up on)": "死信（消费者已放弃的毒消息）",
    "Oldest unsent: ": "最早未发送：",
    "Select one or more messages first.": "请先选择一条或多条消息。",
    "Choose a status or search first: resending without a filter would send the whole history.": "请先选择状态或搜索：不加筛选重发会发送全部历史消息。",
    "No message matches the filter.": "没有符合筛选条件的消息。",
    "Select a dead letter first.": "请先选择一条死信。",
    "No dead letters: no consumer has given up on a message.": "没有死信：没有消费者放弃过任何消息。",
    "Only an admin can resend messages": "只有管理员可以重发消息",
    "Dead letters: {n}": "死信：{n}",
    "Resend message {id}?": "重发消息 {id}？",
    "Resend the {n} selected messages?": "重发所选的 {n} 条消息？",
    "{n} message(s) will be sent again.": "{n} 条消息将重新发送。",
    "{n} message(s) match ({f}) and will be sent again.": "{n} 条消息符合（{f}），将重新发送。",
    "Send dead letter #{id} back to {q}?": "将死信 #{id} 发回 {q}？",
    "{n} messages shown": "已显示 {n} 条消息",
    # payments
    "Out trade no., order no. or Alipay trade no. (exact)": "商户交易号、订单号或支付宝交易号（精确）",
    "Payment attempts": "支付记录",
    "All outcomes": "全部结果",
    "Out trade no. (exact)": "商户交易号（精确）",
    "Replay notify…": "重放通知…",
    "Select a notify to see its body.": "选择通知查看内容。",
    "Notify inbox": "通知收件箱",
    "payment attempts": "条支付记录",
    "notifies": "条通知",
    "Replay notify": "重放通知",
    "Run the selected notify through the inbox again": "让所选通知重新经过收件箱处理",
    "Only an admin can replay notifies": "只有管理员可以重放通知",
    "Select a notify first.": "请先选择一条通知。",
    "Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.": "让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。",
    "{n} {what} shown": "已显示 {n} {what}",
    'Replay answered "{reply}": {outcome}': "重放结果“{reply}”：{outcome}",
    "Out trade no.": "商户交易号",
    "Alipay trade no.": "支付宝交易号",
    "Amount": "金额",
    "Paid (UTC)": "支付时间 (UTC)",
    "Received (UTC)": "接收时间 (UTC)",
    "Notify id": "通知 ID",
    "Trade status": "交易状态",
    "Signature": "签名",
    "Outcome": "结果",
    "Source": "来源",
    "Detail": "详情",
    # reconciliation
    "Resolve exception": "处理异常",
    "Why (required, kept in the audit log)": "原因（必填，记入审计日志）",
    "Resolution": "处理方式",
    "Note required": "需要备注",
    "Say why in the note.": "请在备注中说明原因。",
    "Run reconciliation": "执行对账",
    "Open": "未处理",
    "All runs": "全部批次",
    "Resolve…": "处理…",
    "open exception(s)": "个未处理异常",
    "exception(s)": "个异常",
    "{kind} on {otn}: ours {ours}, Alipay {theirs}.<br>{detail}": "{otn}：{kind}，我方 {ours}，支付宝 {theirs}。<br>{detail}",
    "Bill date (Beijing):": "账单日期（北京时间）：",
    "Only a merchant or an admin can run reconciliation": "只有商家或管理员可以执行对账",
    "Runs (select one to see only its exceptions)": "对账批次（选择一个只看其异常）",
    "Exceptions": "异常",
    "Only a merchant or an admin can resolve exceptions": "只有商家或管理员可以处理异常",
    "Select an exception first.": "请先选择一条异常。",
    "This exception is already resolved.": "此异常已处理。",
    "No open exceptions.": "没有未处理的异常。",
    "No exceptions.": "没有异常。",
    "No run yet: pick a bill date and press Run reconciliation.": "尚未对账：请选择账单日期并点击“执行对账”。",
    "No reconciliation has run yet.": "尚未执行过对账。",
    "Running reconciliation for {day}…": "正在对账 {day}…",
    "Exception #{id} resolved: {res}.": "异常 #{id} 已处理：{res}。",
    "Run #{id} for {day}: {matched} matched, {n} exception(s).": "批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。",
    "Run #{id} for {day}: {status}": "批次 #{id}（{day}）：{status}",
    "Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).": "按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。",
    "Pay the amount Alipay holds back to the buyer (what was not yet refunded).": "把支付宝收取的款项退还给买家（尚未退款的部分）。",
    "Only record the note: the difference is explained, nothing changes.": "只记录备注：差异已有解释，不做任何更改。",
    "of run #{id} ({day})": "（批次 #{id}，{day}）",
    "Not run: ": "未执行：",
    "Run failed: ": "对账失败：",
    "Only at Alipay": "仅支付宝有",
    "Only in our ledger": "仅我方账上有",
    "Amount differs": "金额不一致",
    "Status differs": "状态不一致",
    "Bill date": "账单日期",
    "Matched": "已匹配",
    "Started (UTC)": "开始时间 (UTC)",
    "Refund request": "退款请求号",
    "Our amount": "我方金额",
    "Their amount": "支付宝金额",
    # stock
    "Repair stock drift": "修复库存偏差",
    "Confirm repair": "确认修复",
    "Change the stock counters and release the locks listed?": "修改库存计数并释放列出的锁定？",
    "Reason (required, kept in the audit log)": "原因（必填，记入审计日志）",
    "SKU code or name": "SKU 编码或名称",
    "Repair drift…": "修复偏差…",
    "Any lock status": "全部锁定状态",
    "Only an admin can repair stock": "只有管理员可以修复库存",
    "Stock work orders": "库存工单",
    "Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).": "已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。",
    "Select a work order to see its lines, or run Check drift.": "选择工单查看明细，或点击“检查偏差”。",
    "{s} stock rows · {t} work orders shown": "已显示 {s} 行库存 · {t} 个工单",
    "Left for a person: ": "需人工处理：",
    "Drift: {c} counter(s), {o} dead order lock(s)": "偏差：{c} 个计数，{o} 个失效订单锁定",
    "SKU": "SKU",
    "Name": "名称",
    "Locked": "锁定",
    "Available": "可用",
    "Work order": "工单",
    "Order status": "订单状态",
    "Lock status": "锁定状态",
    "Locked units": "锁定件数",
    "Lines": "明细",
    # workers
    "Reason (optional):": "原因（可选）：",
    "Reason (required):": "原因（必填）：",
    " — this console runs no workers of its own": " — 本控制台未运行后台任务",
    "Only an admin can start or stop workers": "只有管理员可以启动或停止后台任务",
    "This worker runs in another process; stop it there": "此后台任务运行在其他进程中，请在那里停止",
    "{n} workers in {p} process(es): {r} running, {f} failed": "{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败",
    "{v} worker {n} in this console?": "在本控制台{v}后台任务 {n}？",
    "Worker {n} is {s}.": "后台任务 {n} 状态：{s}。",
    "Worker": "后台任务",
    "Process": "进程",
    "Where": "位置",
    "State": "状态",
    "Last activity": "最近活动",
    "Processed": "已处理",
    "Failed": "失败",
    "running": "运行中",
    # detail panes (HTML) and preset lists; codes, names and stored text inside them stay as stored
    "Paid": "付款时间",
    "Pay by": "付款截止",
    "Total": "合计",
    "Freight": "运费",
    "Coupon": "优惠券",
    "Points": "积分",
    "Adjustment": "调价",
    "To pay": "应付",
    "Address": "地址",
    "Shipment": "物流",
    "Items": "商品",
    "Price": "单价",
    "Qty": "数量",
    "Refunds": "退款",
    "Request no.": "退款请求号",
    "Child orders": "子订单",
    "Stock work order #{id} ({status})": "库存工作单 #{id}（{status}）",
    "Lock": "锁定",
    "Timeline": "时间线",
    "When (UTC)": "时间 (UTC)",
    "What": "事件",
    "Who": "操作人",
    "Request {id} — order {sn}": "售后申请 {id} — 订单 {sn}",
    "¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)": "申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）",
    "order {status}": "订单 {status}",
    "Reason:": "原因：",
    "Evidence": "凭证",
    "Rejected by {who}:": "{who} 拒绝：",
    "Buyer's dispute:": "买家申诉：",
    "Decision by {who}:": "{who} 裁决：",
    "Order history": "订单历史",
    "{n} request(s) would be approved.": "将同意 {n} 条申请。",
    "{n} request(s) would be rejected.": "将拒绝 {n} 条申请。",
    "{n} are no longer {status} and will be skipped.": "{n} 条已不在“{status}”状态，将跳过。",
    "{n} no longer exist.": "{n} 条已不存在。",
    "Item was received in good order (carrier confirms delivery)": "商品已完好签收（快递公司确认已送达）",
    "Request is outside the after-sales policy": "申请不符合售后政策",
    "Evidence does not show the problem": "凭证未能证明所述问题",
    "Dispute {id} — order {sn}": "纠纷 {id} — 订单 {sn}",
    "¥{amount} of ¥{paid} paid": "申请 ¥{amount}，实付 ¥{paid}",
    "Buyer": "买家",
    "Notes": "备注",
    "No notes yet.": "暂无备注。",
    "History": "历史",
    "No drift:": "无偏差：",
    "every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.": "每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。",
    "Drift found": "发现偏差",
    "Locked counter ≠ sum of {locked} lines": "锁定计数 ≠ “{locked}”明细之和",
    "SKU @ warehouse": "SKU @ 仓库",
    "Counter": "计数",
    "{locked} lines": "“{locked}”明细",
    "(exceeds stock: needs a person)": "（超过库存：需人工处理）",
    "Stock held for cancelled or missing orders": "已取消或不存在的订单占用的库存",
    "Order": "订单",
    "Units": "件数",
    "missing": "不存在",
    "Work order #{id}": "工单 #{id}",
    "Order {sn} · {status} · created {at} UTC": "订单 {sn} · {status} · 创建于 {at} UTC",
    "no such order": "无此订单",
    "{n} locked counter(s) will be set to the sum of their {locked} lines;": "{n} 个锁定计数将设为其“{locked}”明细之和；",
    "{n} work order(s) of cancelled or missing orders will be released.": "{n} 个已取消或不存在订单的工单将被释放。",
    "inbox row #{id}   received {at} UTC   source {source}": "收件箱记录 #{id}   接收于 {at} UTC   来源 {source}",
    "signature {sig}   outcome {outcome}": "签名 {sig}   结果 {outcome}",
    "valid": "有效",
    "INVALID": "无效",
    "detail: {detail}": "详情：{detail}",
    "Form fields:": "表单字段：",
    "(the body is not a form)": "（内容不是表单）",
    "Raw body:": "原始内容：",
    "SF Express": "顺丰速运",
    "JD Logistics": "京东物流",
    "ZTO": "中通快递",
    "YTO": "圆通速递",
    "STO": "申通快递",
    "EMS": "EMS",
}

# One English word read two ways on one page: (source, disambiguation) -> Chinese. The code passes the
# same disambiguation to translate(); Qt falls back to ZH[source] when it finds none.
ZH_WHICH = {
    ("Paid", "code"): "已付款",
    ("Locked", "code"): "已锁定",
    ("Error", "code"): "出错",
    ("Paid", "amount"): "实付",
    ("Refunded", "when"): "退款时间",
}


def build() -> int:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="zh_CN" sourcelanguage="en">',
    ]
    for ctx in CONTEXTS:
        lines.append(f"<context><name>{ctx}</name>")
        for src, zh in ZH.items():
            lines.append(f"<message><source>{escape(src)}</source><translation>{escape(zh)}</translation></message>")
        for (src, which), zh in ZH_WHICH.items():
            lines.append(f"<message><source>{escape(src)}</source><comment>{escape(which)}</comment>"
                         f"<translation>{escape(zh)}</translation></message>")
        lines.append("</context>")
    lines.append("</TS>")
    ts = HERE / "console_zh_CN.ts"
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    qm = HERE / "console_zh_CN.qm"
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if Path(lrelease).exists():
        return subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)]).returncode
    print("pyside6-lrelease not found; writing the .qm directly", file=sys.stderr)
    write_qm(qm, ZH, CONTEXTS, ZH_WHICH)
    return 0


# --- a .qm without lrelease ---------------------------------------------------------------------
# The subset of Qt's binary format QTranslator reads: magic, a sorted (hash, offset) table and the
# messages (translation as UTF-16BE, context and source as UTF-8). See qtbase qtranslator.cpp.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_END, TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8
SECTION_HASHES, SECTION_MESSAGES = 0x42, 0x69


def elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def write_qm(path: Path, glossary: dict[str, str], contexts: tuple[str, ...],
             which: dict[tuple[str, str], str] | None = None) -> None:
    messages = bytearray()
    hashes: list[tuple[int, int]] = []
    entries = [(src, "", zh) for src, zh in glossary.items()]
    entries += [(src, comment, zh) for (src, comment), zh in (which or {}).items()]
    for ctx in contexts:
        for src, comment, zh in entries:
            # Qt hashes the source text followed by the disambiguation
            hashes.append((elf_hash((src + comment).encode("utf-8")), len(messages)))
            tr, s, c = zh.encode("utf-16-be"), src.encode("utf-8"), ctx.encode("utf-8")
            messages += struct.pack(">BI", TAG_TRANSLATION, len(tr)) + tr
            messages += struct.pack(">BI", TAG_SOURCE, len(s)) + s
            messages += struct.pack(">BI", TAG_CONTEXT, len(c)) + c
            if comment:
                cm = comment.encode("utf-8")
                messages += struct.pack(">BI", TAG_COMMENT, len(cm)) + cm
            messages += bytes([TAG_END])
    table = b"".join(struct.pack(">II", h, off) for h, off in sorted(hashes))
    path.write_bytes(
        QM_MAGIC
        + struct.pack(">BI", SECTION_HASHES, len(table))
        + table
        + struct.pack(">BI", SECTION_MESSAGES, len(messages))
        + bytes(messages)
    )


if __name__ == "__main__":
    sys.exit(build())
