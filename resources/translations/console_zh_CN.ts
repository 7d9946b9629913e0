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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
<message><source>Export CSV…</source><translation>导出 CSV…</translation></message>
<message><source>Export orders</source><translation>导出订单</translation></message>
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
</context>
</TS>
