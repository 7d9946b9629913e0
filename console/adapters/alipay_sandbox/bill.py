"""The trade bill file as Alipay serves it: a zip with a GBK detail CSV and a GBK summary CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal

BEIJING = dt.timezone(dt.timedelta(hours=8))

HEADER = ["支付宝交易号", "商户订单号", "业务类型", "商品名称", "创建时间", "完成时间", "门店编号", "门店名称",
          "操作员", "终端号", "对方账户", "订单金额（元）", "商家实收（元）", "支付宝红包（元）", "集分宝（元）",
          "支付宝优惠（元）", "商家优惠（元）", "券核销金额（元）", "券名称", "商家红包消费金额（元）",
          "卡消费金额（元）", "退款批次号/请求号", "服务费（元）", "分润（元）", "备注"]


@dataclass(frozen=True)
class BillLine:
    trade_no: str
    out_trade_no: str
    kind: str  # 交易 or 退款
    subject: str
    created: dt.datetime
    finished: dt.datetime
    order_amount: Decimal
    received: Decimal  # negative for a refund
    out_request_no: str
    buyer: str


def _ts(when: dt.datetime) -> str:
    return when.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


def _cn_day(day: dt.date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def build_zip(account: str, day: dt.date, lines: list[BillLine], exported: dt.datetime) -> bytes:
    next_day = day + dt.timedelta(days=1)
    stem = f"{account}_{day:%Y%m%d}"
    pays = [x for x in lines if x.kind == "交易"]
    refunds = [x for x in lines if x.kind == "退款"]

    detail = io.StringIO()
    detail.write("#支付宝业务明细查询\r\n")
    detail.write(f"#账号：[{account}]\r\n")
    detail.write(f"#起始日期：[{_cn_day(day)} 00:00:00]   终止日期：[{_cn_day(next_day)} 00:00:00]\r\n")
    detail.write("#-----------------------------------------业务明细列表----------------------------------------\r\n")
    writer = csv.writer(detail, lineterminator="\r\n")
    writer.writerow(HEADER)
    for x in lines:
        service_fee = (x.received * Decimal("-0.006")).quantize(Decimal("0.01")) if x.kind == "交易" else Decimal(
            "0.00")
        # Alipay pads many values with a tab so spreadsheets keep them as text; parsers must strip.
        writer.writerow([x.trade_no + "\t", x.out_trade_no + "\t", x.kind, x.subject, _ts(x.created),
                         _ts(x.finished), "", "", "", "", x.buyer, f"{x.order_amount:.2f}", f"{x.received:.2f}",
                         "0.00", "0.00", "0.00", "0.00", "0.00", "", "0.00", "0.00",
                         (x.out_request_no + "\t") if x.out_request_no else "", f"{service_fee:.2f}", "0.00", ""])
    detail.write("#-----------------------------------------业务明细列表结束------------------------------------\r\n")
    total_in = sum((x.received for x in pays), Decimal("0.00"))
    total_out = sum((x.received for x in refunds), Decimal("0.00"))
    detail.write(f"#交易合计：{len(pays)}笔，商家实收共{total_in:.2f}元\r\n")
    detail.write(f"#退款合计：{len(refunds)}笔，商家实收共{total_out:.2f}元\r\n")
    detail.write(f"#导出时间：[{_ts(exported)}]\r\n")

    summary = io.StringIO()
    summary.write("#支付宝业务汇总查询\r\n")
    summary.write(f"#账号：[{account}]\r\n")
    summary.write(f"#起始日期：[{_cn_day(day)} 00:00:00]   终止日期：[{_cn_day(next_day)} 00:00:00]\r\n")
    sw = csv.writer(summary, lineterminator="\r\n")
    sw.writerow(["门店编号", "门店名称", "交易订单总笔数", "退款订单总笔数", "订单金额（元）", "商家实收（元）"])
    sw.writerow(["", "", len(pays), len(refunds), f"{sum((x.order_amount for x in pays), Decimal('0')):.2f}",
                 f"{total_in + total_out:.2f}"])
    summary.write(f"#导出时间：[{_ts(exported)}]\r\n")

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{stem}_业务明细.csv", detail.getvalue().encode("gbk"))
        zf.writestr(f"{stem}_业务明细(汇总).csv", summary.getvalue().encode("gbk"))
    return out.getvalue()
