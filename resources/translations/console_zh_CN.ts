<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context><name>MainWindow</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>HealthBar</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>SignInDialog</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>BasePage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>PlaceholderPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>OrdersPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>OrdersModel</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>AfterSalesPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>DisputesPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>StockPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>OutboxPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>PaymentsPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>ReconciliationPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>WorkersPage</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>AfterSalesModel</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>RowsModel</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>PagedRowsModel</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>LanguageBox</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>Codes</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
<context><name>Console</name>
<message><source>Order Console</source><translation>订单控制台</translation></message>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Retry</source><translation>重试</translation></message>
<message><source>Could not load: </source><translation>无法加载：</translation></message>
<message><source>This page is not built yet.</source><translation>此页面尚未完成。</translation></message>
<message><source>Orders</source><translation>订单</translation></message>
<message><source>After-sales</source><translation>售后</translation></message>
<message><source>Disputes</source><translation>纠纷</translation></message>
<message><source>Stock</source><translation>库存</translation></message>
<message><source>Outbox</source><translation>消息发件箱</translation></message>
<message><source>Payments</source><translation>支付</translation></message>
<message><source>Reconciliation</source><translation>对账</translation></message>
<message><source>Workers</source><translation>后台任务</translation></message>
<message><source>Database</source><translation>数据库</translation></message>
<message><source>Redis</source><translation>Redis</translation></message>
<message><source>Broker</source><translation>消息队列</translation></message>
<message><source>up</source><translation>正常</translation></message>
<message><source>down</source><translation>不可用</translation></message>
<message><source>off</source><translation>未启用</translation></message>
<message><source>stopped</source><translation>已停止</translation></message>
<message><source>n/a</source><translation>无</translation></message>
<message><source>Order Console — sign in</source><translation>订单控制台 — 登录</translation></message>
<message><source>Username</source><translation>用户名</translation></message>
<message><source>Password</source><translation>密码</translation></message>
<message><source>Sign in</source><translation>登录</translation></message>
<message><source>Signing in…</source><translation>正在登录…</translation></message>
<message><source>Demo accounts: </source><translation>演示账号：</translation></message>
<message><source> — password </source><translation> — 密码 </translation></message>
<message><source>Merchant</source><translation>商家</translation></message>
<message><source>Support</source><translation>客服</translation></message>
<message><source>Admin</source><translation>管理员</translation></message>
<message><source>Cannot reach the database: </source><translation>无法连接数据库：</translation></message>
<message><source>Order no., Alipay trade no., member id or username</source><translation>订单号、支付宝交易号、会员 ID 或用户名</translation></message>
<message><source>All statuses</source><translation>全部状态</translation></message>
<message><source>Created</source><translation>下单时间</translation></message>
<message><source>All warehouses</source><translation>全部仓库</translation></message>
<message><source>Search</source><translation>搜索</translation></message>
<message><source>Export…</source><translation>导出…</translation></message>
<message><source>Save the filtered list as CSV or Excel</source><translation>将筛选出的列表保存为 CSV 或 Excel</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
<message><source>CSV (*.csv)</source><translation>CSV 文件 (*.csv)</translation></message>
<message><source>Excel (*.xlsx)</source><translation>Excel 工作簿 (*.xlsx)</translation></message>
<message><source>Exporting…</source><translation>正在导出…</translation></message>
<message><source>Could not export: </source><translation>无法导出：</translation></message>
<message><source>Select an order to see its detail.</source><translation>选择订单查看详情。</translation></message>
<message><source>{n} orders shown</source><translation>已显示 {n} 个订单</translation></message>
<message><source> (scroll for more)</source><translation>（向下滚动加载更多）</translation></message>
<message><source>Exported {n} orders to {path}</source><translation>已导出 {n} 个订单到 {path}</translation></message>
<message><source>Not an amount: </source><translation>不是金额：</translation></message>
<message><source>Not done</source><translation>未完成</translation></message>
<message><source>Payment flag: </source><translation>支付标记：</translation></message>
<message><source>Ship</source><translation>发货</translation></message>
<message><source>Modify</source><translation>修改</translation></message>
<message><source>Close</source><translation>关闭</translation></message>
<message><source>Close trade</source><translation>关闭交易</translation></message>
<message><source>Note</source><translation>备注</translation></message>
<message><source>Order no.</source><translation>订单号</translation></message>
<message><source>Created (UTC)</source><translation>下单时间 (UTC)</translation></message>
<message><source>Status</source><translation>状态</translation></message>
<message><source>Member</source><translation>会员</translation></message>
<message><source>Amount (¥)</source><translation>金额 (¥)</translation></message>
<message><source>Warehouse</source><translation>仓库</translation></message>
<message><source>Receiver</source><translation>收货人</translation></message>
<message><source>Ship </source><translation>发货 </translation></message>
<message><source>Carrier</source><translation>快递公司</translation></message>
<message><source>Tracking number</source><translation>运单号</translation></message>
<message><source>Internal note on </source><translation>内部备注：</translation></message>
<message><source>Only operators see this note.</source><translation>仅操作员可见此备注。</translation></message>
<message><source>Close </source><translation>关闭 </translation></message>
<message><source>close the order and the Alipay trade</source><translation>关闭订单及支付宝交易</translation></message>
<message><source>close the unpaid order</source><translation>关闭未支付订单</translation></message>
<message><source>This will </source><translation>此操作将</translation></message>
<message><source>; stock and coupons are returned. It cannot be undone.</source><translation>；库存和优惠券将退回，且无法撤销。</translation></message>
<message><source>Reason (required)</source><translation>原因（必填）</translation></message>
<message><source>Confirm</source><translation>确认</translation></message>
<message><source>Really </source><translation>确定要</translation></message>
<message><source>Modify unpaid order </source><translation>修改未支付订单 </translation></message>
<message><source>A changed amount closes the open Alipay payment; the buyer pays the new amount.</source><translation>修改金额会关闭当前支付宝支付，买家需按新金额支付。</translation></message>
<message><source>Phone</source><translation>电话</translation></message>
<message><source>Address detail</source><translation>详细地址</translation></message>
<message><source>Order note</source><translation>订单备注</translation></message>
<message><source>Price adjustment ¥</source><translation>调价 ¥</translation></message>
<message><source>e.g. -5.00</source><translation>例如 -5.00</translation></message>
<message><source>leave empty to keep: </source><translation>留空则保留：</translation></message>
<message><source>All</source><translation>全部</translation></message>
<message><source>Approve</source><translation>同意</translation></message>
<message><source>Reject…</source><translation>拒绝…</translation></message>
<message><source>Resend</source><translation>重发</translation></message>
<message><source>Requeue</source><translation>重新入队</translation></message>
<message><source>Start</source><translation>启动</translation></message>
<message><source>Stop</source><translation>停止</translation></message>
<message><source>Add note</source><translation>添加备注</translation></message>
<message><source>Check drift</source><translation>检查偏差</translation></message>
<message><source>No drift</source><translation>无偏差</translation></message>
<message><source>Nothing to do</source><translation>无需处理</translation></message>
<message><source>Note added.</source><translation>已添加备注。</translation></message>
<message><source>Show decided</source><translation>显示已处理</translation></message>
<message><source>Pending payment</source><translation>待付款</translation></message>
<message><source>Shipped</source><translation>已发货</translation></message>
<message><source>Completed</source><translation>已完成</translation></message>
<message><source>Cancelled</source><translation>已取消</translation></message>
<message><source>Closed</source><translation>已关闭</translation></message>
<message><source>Split</source><translation>已拆单</translation></message>
<message><source>Timeout</source><translation>超时</translation></message>
<message><source>Released</source><translation>已释放</translation></message>
<message><source>Deducted</source><translation>已扣减</translation></message>
<message><source>Waiting for payment</source><translation>等待付款</translation></message>
<message><source>Trade success</source><translation>支付成功</translation></message>
<message><source>Trade finished</source><translation>交易完结</translation></message>
<message><source>Trade closed</source><translation>交易关闭</translation></message>
<message><source>Pending</source><translation>处理中</translation></message>
<message><source>Succeeded</source><translation>成功</translation></message>
<message><source>Unknown</source><translation>未知</translation></message>
<message><source>Approved</source><translation>已同意</translation></message>
<message><source>Arbitrated refund</source><translation>仲裁退款</translation></message>
<message><source>Auto</source><translation>自动</translation></message>
<message><source>Lost in transit</source><translation>运输途中丢失</translation></message>
<message><source>Refused</source><translation>拒收</translation></message>
<message><source>Not as described</source><translation>与描述不符</translation></message>
<message><source>Other</source><translation>其他</translation></message>
<message><source>Out of stock</source><translation>缺货</translation></message>
<message><source>Buyer request</source><translation>买家申请</translation></message>
<message><source>New</source><translation>待发送</translation></message>
<message><source>Sent</source><translation>已发送</translation></message>
<message><source>Arrived</source><translation>已送达</translation></message>
<message><source>Duplicate</source><translation>重复通知</translation></message>
<message><source>Late payment refunded</source><translation>迟到付款已退款</translation></message>
<message><source>Status ignored</source><translation>状态已忽略</translation></message>
<message><source>Bad signature</source><translation>签名无效</translation></message>
<message><source>Bad request</source><translation>请求无效</translation></message>
<message><source>Wrong app</source><translation>应用不符</translation></message>
<message><source>Wrong seller</source><translation>卖家不符</translation></message>
<message><source>Unknown trade</source><translation>未知交易</translation></message>
<message><source>Notify</source><translation>异步通知</translation></message>
<message><source>Query</source><translation>主动查询</translation></message>
<message><source>Replay</source><translation>重放</translation></message>
<message><source>Done</source><translation>已完成</translation></message>
<message><source>Running</source><translation>运行中</translation></message>
<message><source>Marked paid</source><translation>已标记付款</translation></message>
<message><source>Annotated</source><translation>已备注说明</translation></message>
<message><source>Starting</source><translation>启动中</translation></message>
<message><source>Stopped</source><translation>已停止</translation></message>
<message><source>yes</source><translation>是</translation></message>
<message><source>never</source><translation>从未</translation></message>
<message><source>{age} ago</source><translation>{age}前</translation></message>
<message><source>this console</source><translation>本控制台</translation></message>
<message><source>gone quiet</source><translation>已失联</translation></message>
<message><source>other process</source><translation>其他进程</translation></message>
<message><source> (stale)</source><translation>（失联）</translation></message>
<message><source>— no order —</source><translation>— 无订单 —</translation></message>
<message><source>Sold out in this warehouse</source><translation>此仓库已售罄</translation></message>
<message><source>{res} by {who}</source><translation>{who}：{res}</translation></message>
<message><source>due</source><translation>已到期</translation></message>
<message><source>Requested</source><translation>待审核</translation></message>
<message><source>Refunding</source><translation>退款中</translation></message>
<message><source>Refunded</source><translation>已退款</translation></message>
<message><source>Rejected</source><translation>已拒绝</translation></message>
<message><source>Disputed</source><translation>纠纷中</translation></message>
<message><source>Arbitrated reject</source><translation>仲裁驳回</translation></message>
<message><source>Withdrawn</source><translation>已撤回</translation></message>
<message><source>Language</source><translation>语言</translation></message>
<message><source>Language switched; the console starts in it next time too.</source><translation>语言已切换，下次启动时仍使用此语言。</translation></message>
<message><source>No translation found for {name}; the console stays in English.</source><translation>未找到{name}的翻译，控制台保持英文。</translation></message>
<message><source>min ¥</source><translation>最低 ¥</translation></message>
<message><source>max ¥</source><translation>最高 ¥</translation></message>
<message><source>ID</source><translation>ID</translation></message>
<message><source>Auto-approve in</source><translation>自动同意倒计时</translation></message>
<message><source>Kind</source><translation>类型</translation></message>
<message><source>Reason</source><translation>原因</translation></message>
<message><source>Requested (UTC)</source><translation>申请时间 (UTC)</translation></message>
<message><source>SLA left</source><translation>SLA 剩余</translation></message>
<message><source>Refund only</source><translation>仅退款</translation></message>
<message><source>Before shipment</source><translation>发货前退款</translation></message>
<message><source>Auto-approves soon</source><translation>即将自动同意</translation></message>
<message><source>SLA nearly breached</source><translation>SLA 即将超时</translation></message>
<message><source>Bulk approve…</source><translation>批量同意…</translation></message>
<message><source>Bulk reject…</source><translation>批量拒绝…</translation></message>
<message><source>Select a request to see its evidence and the order's history.</source><translation>选择售后申请查看凭证和订单历史。</translation></message>
<message><source>Your role may not review refunds</source><translation>您的角色无权审核退款</translation></message>
<message><source>approved {n}</source><translation>已同意 {n} 条</translation></message>
<message><source>rejected {n}</source><translation>已拒绝 {n} 条</translation></message>
<message><source>Reason (the buyer sees it; at most 200 characters)</source><translation>原因（买家可见，最多 200 字）</translation></message>
<message><source>Reject request</source><translation>拒绝申请</translation></message>
<message><source>Approve refund</source><translation>同意退款</translation></message>
<message><source>Bulk reject</source><translation>批量拒绝</translation></message>
<message><source>Confirm bulk decision</source><translation>确认批量处理</translation></message>
<message><source>{n} requests, {due} awaiting review</source><translation>{n} 条申请，{due} 条待审核</translation></message>
<message><source>, {n} skipped (changed meanwhile)</source><translation>，跳过 {n} 条（期间已变更）</translation></message>
<message><source>Refund ¥{amount} to the buyer of order {sn}?</source><translation>向订单 {sn} 的买家退款 ¥{amount}？</translation></message>
<message><source>Request {id} approved; the refund is on its way.</source><translation>申请 {id} 已同意，退款处理中。</translation></message>
<message><source>Request {id} rejected.</source><translation>申请 {id} 已拒绝。</translation></message>
<message><source>Select a dispute to see both sides, the history and the notes.</source><translation>选择纠纷查看双方陈述、历史和备注。</translation></message>
<message><source>Internal note, or the reason for your decision (the buyer and the merchant see the decision's reason)</source><translation>内部备注，或裁决理由（买家和商家可见裁决理由）</translation></message>
<message><source>Decide: refund buyer</source><translation>裁决：退款给买家</translation></message>
<message><source>Decide: uphold rejection</source><translation>裁决：维持拒绝</translation></message>
<message><source>refund the buyer</source><translation>退款给买家</translation></message>
<message><source>uphold the rejection</source><translation>维持拒绝</translation></message>
<message><source>uphold the merchant's rejection</source><translation>维持商家的拒绝</translation></message>
<message><source>Write the reason for your decision first.</source><translation>请先填写裁决理由。</translation></message>
<message><source>Dispute {id}: {what}? This is final.</source><translation>纠纷 {id}：{what}？此裁决为最终结果。</translation></message>
<message><source>Decide dispute</source><translation>裁决纠纷</translation></message>
<message><source>{n} open dispute(s), soonest SLA first</source><translation>{n} 个未结纠纷，SLA 最近的在前</translation></message>
<message><source>Dispute {id} decided: {what}.</source><translation>纠纷 {id} 已裁决：{what}。</translation></message>
<message><source>refund ¥{amount} to the buyer</source><translation>退款 ¥{amount} 给买家</translation></message>
<message><source>#</source><translation>#</translation></message>
<message><source>Queue</source><translation>队列</translation></message>
<message><source>Message id</source><translation>消息 ID</translation></message>
<message><source>Attempts</source><translation>尝试次数</translation></message>
<message><source>Error</source><translation>错误</translation></message>
<message><source>Dead since (UTC)</source><translation>死信时间 (UTC)</translation></message>
<message><source>Requeued</source><translation>已重新入队</translation></message>
<message><source>Age</source><translation>时长</translation></message>
<message><source>Type</source><translation>类型</translation></message>
<message><source>Routing key</source><translation>路由键</translation></message>
<message><source>Last error</source><translation>最近错误</translation></message>
<message><source>Order no., message id or routing key (exact)</source><translation>订单号、消息 ID 或路由键（精确）</translation></message>
<message><source>Resend selected</source><translation>重发所选</translation></message>
<message><source>Resend all matching…</source><translation>重发全部匹配…</translation></message>
<message><source>Select a message to see its payload.</source><translation>选择消息查看内容。</translation></message>
<message><source>Resend all matching</source><translation>重发全部匹配</translation></message>
<message><source>Dead letters (poison messages a consumer gave up on)</source><translation>死信（消费者已放弃的毒消息）</translation></message>
<message><source>Oldest unsent: </source><translation>最早未发送：</translation></message>
<message><source>Select one or more messages first.</source><translation>请先选择一条或多条消息。</translation></message>
<message><source>Choose a status or search first: resending without a filter would send the whole history.</source><translation>请先选择状态或搜索：不加筛选重发会发送全部历史消息。</translation></message>
<message><source>No message matches the filter.</source><translation>没有符合筛选条件的消息。</translation></message>
<message><source>Select a dead letter first.</source><translation>请先选择一条死信。</translation></message>
<message><source>No dead letters: no consumer has given up on a message.</source><translation>没有死信：没有消费者放弃过任何消息。</translation></message>
<message><source>Only an admin can resend messages</source><translation>只有管理员可以重发消息</translation></message>
<message><source>Dead letters: {n}</source><translation>死信：{n}</translation></message>
<message><source>Resend message {id}?</source><translation>重发消息 {id}？</translation></message>
<message><source>Resend the {n} selected messages?</source><translation>重发所选的 {n} 条消息？</translation></message>
<message><source>{n} message(s) will be sent again.</source><translation>{n} 条消息将重新发送。</translation></message>
<message><source>{n} message(s) match ({f}) and will be sent again.</source><translation>{n} 条消息符合（{f}），将重新发送。</translation></message>
<message><source>Send dead letter #{id} back to {q}?</source><translation>将死信 #{id} 发回 {q}？</translation></message>
<message><source>{n} messages shown</source><translation>已显示 {n} 条消息</translation></message>
<message><source>Out trade no., order no. or Alipay trade no. (exact)</source><translation>商户交易号、订单号或支付宝交易号（精确）</translation></message>
<message><source>Payment attempts</source><translation>支付记录</translation></message>
<message><source>All outcomes</source><translation>全部结果</translation></message>
<message><source>Out trade no. (exact)</source><translation>商户交易号（精确）</translation></message>
<message><source>Replay notify…</source><translation>重放通知…</translation></message>
<message><source>Select a notify to see its body.</source><translation>选择通知查看内容。</translation></message>
<message><source>Notify inbox</source><translation>通知收件箱</translation></message>
<message><source>payment attempts</source><translation>条支付记录</translation></message>
<message><source>notifies</source><translation>条通知</translation></message>
<message><source>Replay notify</source><translation>重放通知</translation></message>
<message><source>Run the selected notify through the inbox again</source><translation>让所选通知重新经过收件箱处理</translation></message>
<message><source>Only an admin can replay notifies</source><translation>只有管理员可以重放通知</translation></message>
<message><source>Select a notify first.</source><translation>请先选择一条通知。</translation></message>
<message><source>Run notify {nid} for {otn} ({outcome}) through the inbox again? A paid notify pays the order if it is still unpaid.</source><translation>让 {otn} 的通知 {nid}（{outcome}）重新经过收件箱处理？若订单仍未支付，支付成功通知将完成该订单的支付。</translation></message>
<message><source>{n} {what} shown</source><translation>已显示 {n} {what}</translation></message>
<message><source>Replay answered "{reply}": {outcome}</source><translation>重放结果“{reply}”：{outcome}</translation></message>
<message><source>Out trade no.</source><translation>商户交易号</translation></message>
<message><source>Alipay trade no.</source><translation>支付宝交易号</translation></message>
<message><source>Amount</source><translation>金额</translation></message>
<message><source>Paid (UTC)</source><translation>支付时间 (UTC)</translation></message>
<message><source>Received (UTC)</source><translation>接收时间 (UTC)</translation></message>
<message><source>Notify id</source><translation>通知 ID</translation></message>
<message><source>Trade status</source><translation>交易状态</translation></message>
<message><source>Signature</source><translation>签名</translation></message>
<message><source>Outcome</source><translation>结果</translation></message>
<message><source>Source</source><translation>来源</translation></message>
<message><source>Detail</source><translation>详情</translation></message>
<message><source>Resolve exception</source><translation>处理异常</translation></message>
<message><source>Why (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>Resolution</source><translation>处理方式</translation></message>
<message><source>Note required</source><translation>需要备注</translation></message>
<message><source>Say why in the note.</source><translation>请在备注中说明原因。</translation></message>
<message><source>Run reconciliation</source><translation>执行对账</translation></message>
<message><source>Open</source><translation>未处理</translation></message>
<message><source>All runs</source><translation>全部批次</translation></message>
<message><source>Resolve…</source><translation>处理…</translation></message>
<message><source>open exception(s)</source><translation>个未处理异常</translation></message>
<message><source>exception(s)</source><translation>个异常</translation></message>
<message><source>{kind} on {otn}: ours {ours}, Alipay {theirs}.&lt;br&gt;{detail}</source><translation>{otn}：{kind}，我方 {ours}，支付宝 {theirs}。&lt;br&gt;{detail}</translation></message>
<message><source>Bill date (Beijing):</source><translation>账单日期（北京时间）：</translation></message>
<message><source>Only a merchant or an admin can run reconciliation</source><translation>只有商家或管理员可以执行对账</translation></message>
<message><source>Runs (select one to see only its exceptions)</source><translation>对账批次（选择一个只看其异常）</translation></message>
<message><source>Exceptions</source><translation>异常</translation></message>
<message><source>Only a merchant or an admin can resolve exceptions</source><translation>只有商家或管理员可以处理异常</translation></message>
<message><source>Select an exception first.</source><translation>请先选择一条异常。</translation></message>
<message><source>This exception is already resolved.</source><translation>此异常已处理。</translation></message>
<message><source>No open exceptions.</source><translation>没有未处理的异常。</translation></message>
<message><source>No exceptions.</source><translation>没有异常。</translation></message>
<message><source>No run yet: pick a bill date and press Run reconciliation.</source><translation>尚未对账：请选择账单日期并点击“执行对账”。</translation></message>
<message><source>No reconciliation has run yet.</source><translation>尚未执行过对账。</translation></message>
<message><source>Running reconciliation for {day}…</source><translation>正在对账 {day}…</translation></message>
<message><source>Exception #{id} resolved: {res}.</source><translation>异常 #{id} 已处理：{res}。</translation></message>
<message><source>Run #{id} for {day}: {matched} matched, {n} exception(s).</source><translation>批次 #{id}（{day}）：已匹配 {matched} 笔，异常 {n} 个。</translation></message>
<message><source>Run #{id} for {day}: {status}</source><translation>批次 #{id}（{day}）：{status}</translation></message>
<message><source>Apply the payment Alipay has as if its notify had come (pays the order, or refunds it if the order was cancelled meanwhile).</source><translation>按支付宝的支付记录处理，如同收到了它的异步通知（订单变为已付款；若订单期间已取消则退款）。</translation></message>
<message><source>Pay the amount Alipay holds back to the buyer (what was not yet refunded).</source><translation>把支付宝收取的款项退还给买家（尚未退款的部分）。</translation></message>
<message><source>Only record the note: the difference is explained, nothing changes.</source><translation>只记录备注：差异已有解释，不做任何更改。</translation></message>
<message><source>of run #{id} ({day})</source><translation>（批次 #{id}，{day}）</translation></message>
<message><source>Not run: </source><translation>未执行：</translation></message>
<message><source>Run failed: </source><translation>对账失败：</translation></message>
<message><source>Only at Alipay</source><translation>仅支付宝有</translation></message>
<message><source>Only in our ledger</source><translation>仅我方账上有</translation></message>
<message><source>Amount differs</source><translation>金额不一致</translation></message>
<message><source>Status differs</source><translation>状态不一致</translation></message>
<message><source>Bill date</source><translation>账单日期</translation></message>
<message><source>Matched</source><translation>已匹配</translation></message>
<message><source>Started (UTC)</source><translation>开始时间 (UTC)</translation></message>
<message><source>Refund request</source><translation>退款请求号</translation></message>
<message><source>Our amount</source><translation>我方金额</translation></message>
<message><source>Their amount</source><translation>支付宝金额</translation></message>
<message><source>Repair stock drift</source><translation>修复库存偏差</translation></message>
<message><source>Confirm repair</source><translation>确认修复</translation></message>
<message><source>Change the stock counters and release the locks listed?</source><translation>修改库存计数并释放列出的锁定？</translation></message>
<message><source>Reason (required, kept in the audit log)</source><translation>原因（必填，记入审计日志）</translation></message>
<message><source>SKU code or name</source><translation>SKU 编码或名称</translation></message>
<message><source>Repair drift…</source><translation>修复偏差…</translation></message>
<message><source>Any lock status</source><translation>全部锁定状态</translation></message>
<message><source>Only an admin can repair stock</source><translation>只有管理员可以修复库存</translation></message>
<message><source>Stock work orders</source><translation>库存工单</translation></message>
<message><source>Repaired: {c} counter(s) set, {t} work order(s) released ({u} units).</source><translation>已修复：重设 {c} 个计数，释放 {t} 个工单（{u} 件）。</translation></message>
<message><source>Select a work order to see its lines, or run Check drift.</source><translation>选择工单查看明细，或点击“检查偏差”。</translation></message>
<message><source>{s} stock rows · {t} work orders shown</source><translation>已显示 {s} 行库存 · {t} 个工单</translation></message>
<message><source>Left for a person: </source><translation>需人工处理：</translation></message>
<message><source>Drift: {c} counter(s), {o} dead order lock(s)</source><translation>偏差：{c} 个计数，{o} 个失效订单锁定</translation></message>
<message><source>SKU</source><translation>SKU</translation></message>
<message><source>Name</source><translation>名称</translation></message>
<message><source>Locked</source><translation>锁定</translation></message>
<message><source>Available</source><translation>可用</translation></message>
<message><source>Work order</source><translation>工单</translation></message>
<message><source>Order status</source><translation>订单状态</translation></message>
<message><source>Lock status</source><translation>锁定状态</translation></message>
<message><source>Locked units</source><translation>锁定件数</translation></message>
<message><source>Lines</source><translation>明细</translation></message>
<message><source>Reason (optional):</source><translation>原因（可选）：</translation></message>
<message><source>Reason (required):</source><translation>原因（必填）：</translation></message>
<message><source> — this console runs no workers of its own</source><translation> — 本控制台未运行后台任务</translation></message>
<message><source>Only an admin can start or stop workers</source><translation>只有管理员可以启动或停止后台任务</translation></message>
<message><source>This worker runs in another process; stop it there</source><translation>此后台任务运行在其他进程中，请在那里停止</translation></message>
<message><source>{n} workers in {p} process(es): {r} running, {f} failed</source><translation>{p} 个进程中共 {n} 个后台任务：{r} 个运行中，{f} 个失败</translation></message>
<message><source>{v} worker {n} in this console?</source><translation>在本控制台{v}后台任务 {n}？</translation></message>
<message><source>Worker {n} is {s}.</source><translation>后台任务 {n} 状态：{s}。</translation></message>
<message><source>Worker</source><translation>后台任务</translation></message>
<message><source>Process</source><translation>进程</translation></message>
<message><source>Where</source><translation>位置</translation></message>
<message><source>State</source><translation>状态</translation></message>
<message><source>Last activity</source><translation>最近活动</translation></message>
<message><source>Processed</source><translation>已处理</translation></message>
<message><source>Failed</source><translation>失败</translation></message>
<message><source>running</source><translation>运行中</translation></message>
<message><source>Paid</source><translation>付款时间</translation></message>
<message><source>Pay by</source><translation>付款截止</translation></message>
<message><source>Total</source><translation>合计</translation></message>
<message><source>Freight</source><translation>运费</translation></message>
<message><source>Coupon</source><translation>优惠券</translation></message>
<message><source>Points</source><translation>积分</translation></message>
<message><source>Adjustment</source><translation>调价</translation></message>
<message><source>To pay</source><translation>应付</translation></message>
<message><source>Address</source><translation>地址</translation></message>
<message><source>Shipment</source><translation>物流</translation></message>
<message><source>Items</source><translation>商品</translation></message>
<message><source>Price</source><translation>单价</translation></message>
<message><source>Qty</source><translation>数量</translation></message>
<message><source>Refunds</source><translation>退款</translation></message>
<message><source>Request no.</source><translation>退款请求号</translation></message>
<message><source>Child orders</source><translation>子订单</translation></message>
<message><source>Stock work order #{id} ({status})</source><translation>库存工作单 #{id}（{status}）</translation></message>
<message><source>Lock</source><translation>锁定</translation></message>
<message><source>Timeline</source><translation>时间线</translation></message>
<message><source>When (UTC)</source><translation>时间 (UTC)</translation></message>
<message><source>What</source><translation>事件</translation></message>
<message><source>Who</source><translation>操作人</translation></message>
<message><source>Request {id} — order {sn}</source><translation>售后申请 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid (¥{refunded} refunded or in progress)</source><translation>申请 ¥{amount}，实付 ¥{paid}（已退或退款中 ¥{refunded}）</translation></message>
<message><source>order {status}</source><translation>订单 {status}</translation></message>
<message><source>Reason:</source><translation>原因：</translation></message>
<message><source>Evidence</source><translation>凭证</translation></message>
<message><source>Rejected by {who}:</source><translation>{who} 拒绝：</translation></message>
<message><source>Buyer's dispute:</source><translation>买家申诉：</translation></message>
<message><source>Decision by {who}:</source><translation>{who} 裁决：</translation></message>
<message><source>Order history</source><translation>订单历史</translation></message>
<message><source>{n} request(s) would be approved.</source><translation>将同意 {n} 条申请。</translation></message>
<message><source>{n} request(s) would be rejected.</source><translation>将拒绝 {n} 条申请。</translation></message>
<message><source>{n} are no longer {status} and will be skipped.</source><translation>{n} 条已不在“{status}”状态，将跳过。</translation></message>
<message><source>{n} no longer exist.</source><translation>{n} 条已不存在。</translation></message>
<message><source>Item was received in good order (carrier confirms delivery)</source><translation>商品已完好签收（快递公司确认已送达）</translation></message>
<message><source>Request is outside the after-sales policy</source><translation>申请不符合售后政策</translation></message>
<message><source>Evidence does not show the problem</source><translation>凭证未能证明所述问题</translation></message>
<message><source>Dispute {id} — order {sn}</source><translation>纠纷 {id} — 订单 {sn}</translation></message>
<message><source>¥{amount} of ¥{paid} paid</source><translation>申请 ¥{amount}，实付 ¥{paid}</translation></message>
<message><source>Buyer</source><translation>买家</translation></message>
<message><source>Notes</source><translation>备注</translation></message>
<message><source>No notes yet.</source><translation>暂无备注。</translation></message>
<message><source>History</source><translation>历史</translation></message>
<message><source>No drift:</source><translation>无偏差：</translation></message>
<message><source>every locked counter equals its {locked} lines, and no cancelled or missing order holds stock.</source><translation>每个锁定计数都等于其“{locked}”明细之和，且没有已取消或不存在的订单占用库存。</translation></message>
<message><source>Drift found</source><translation>发现偏差</translation></message>
<message><source>Locked counter ≠ sum of {locked} lines</source><translation>锁定计数 ≠ “{locked}”明细之和</translation></message>
<message><source>SKU @ warehouse</source><translation>SKU @ 仓库</translation></message>
<message><source>Counter</source><translation>计数</translation></message>
<message><source>{locked} lines</source><translation>“{locked}”明细</translation></message>
<message><source>(exceeds stock: needs a person)</source><translation>（超过库存：需人工处理）</translation></message>
<message><source>Stock held for cancelled or missing orders</source><translation>已取消或不存在的订单占用的库存</translation></message>
<message><source>Order</source><translation>订单</translation></message>
<message><source>Units</source><translation>件数</translation></message>
<message><source>missing</source><translation>不存在</translation></message>
<message><source>Work order #{id}</source><translation>工单 #{id}</translation></message>
<message><source>Order {sn} · {status} · created {at} UTC</source><translation>订单 {sn} · {status} · 创建于 {at} UTC</translation></message>
<message><source>no such order</source><translation>无此订单</translation></message>
<message><source>{n} locked counter(s) will be set to the sum of their {locked} lines;</source><translation>{n} 个锁定计数将设为其“{locked}”明细之和；</translation></message>
<message><source>{n} work order(s) of cancelled or missing orders will be released.</source><translation>{n} 个已取消或不存在订单的工单将被释放。</translation></message>
<message><source>inbox row #{id}   received {at} UTC   source {source}</source><translation>收件箱记录 #{id}   接收于 {at} UTC   来源 {source}</translation></message>
<message><source>signature {sig}   outcome {outcome}</source><translation>签名 {sig}   结果 {outcome}</translation></message>
<message><source>valid</source><translation>有效</translation></message>
<message><source>INVALID</source><translation>无效</translation></message>
<message><source>detail: {detail}</source><translation>详情：{detail}</translation></message>
<message><source>Form fields:</source><translation>表单字段：</translation></message>
<message><source>(the body is not a form)</source><translation>（内容不是表单）</translation></message>
<message><source>Raw body:</source><translation>原始内容：</translation></message>
<message><source>SF Express</source><translation>顺丰速运</translation></message>
<message><source>JD Logistics</source><translation>京东物流</translation></message>
<message><source>ZTO</source><translation>中通快递</translation></message>
<message><source>YTO</source><translation>圆通速递</translation></message>
<message><source>STO</source><translation>申通快递</translation></message>
<message><source>EMS</source><translation>EMS</translation></message>
<message><source>Paid</source><comment>code</comment><translation>已付款</translation></message>
<message><source>Locked</source><comment>code</comment><translation>已锁定</translation></message>
<message><source>Error</source><comment>code</comment><translation>出错</translation></message>
<message><source>Paid</source><comment>amount</comment><translation>实付</translation></message>
<message><source>Refunded</source><comment>when</comment><translation>退款时间</translation></message>
</context>
</TS>
