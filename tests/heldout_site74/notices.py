"""Site 74's pages that look like stories and are none: the 应急管理局's 预警信息 (a 气象台 signal
or a 森林火险/地质灾害 warning reposted: a headline, a time, the warning in one sentence and a
numbered 防御指南) and the 气象局's forecast bulletins (a table of days, a 天气概况 line, 预报员 and
签发). Each sits in its own site's article template, as the real CMSes put them."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from heldout_gen import BEIJING

from .common import esc, gov_meta, page_rng, served
from .pools import DISTRICTS, names
from .templates import QX, QX_NAV, YJ, YJ_NAV, footer_gov, head_common

if TYPE_CHECKING:
    from .generator import Site74

SIGNALS = [
    (
        "qx",
        "暴雨",
        "黄色",
        "预计未来6小时内{areas}将出现50毫米以上降雨，或者已达50毫米以上且降雨可能持续，请注意防范。",
    ),
    (
        "qx",
        "雷电",
        "黄色",
        "预计未来6小时内{areas}将发生雷电活动，可能会造成雷电灾害事故，请注意防范。",
    ),
    (
        "qx",
        "大风",
        "蓝色",
        "预计未来24小时内{areas}可能受大风影响，平均风力可达6级以上，或者阵风7级以上，请注意防范。",
    ),
    (
        "yj",
        "森林火险",
        "橙色",
        "受持续晴热少雨天气影响，{areas}森林火险气象等级高，林内可燃物易燃、易蔓延，请加强野外火源管理。",
    ),
    ("qx", "高温", "黄色", "预计未来3天{areas}连续出现最高气温35℃以上高温天气，请注意防暑降温。"),
    (
        "yj",
        "地质灾害气象风险",
        "黄色",
        "预计未来24小时{areas}发生地质灾害的气象风险较高，请相关单位和群众加强巡查防范。",
    ),
    (
        "qx",
        "暴雨",
        "橙色",
        "预计未来3小时内{areas}将出现50毫米以上降雨，或者已达50毫米以上且降雨可能持续，请注意防范。",
    ),
    (
        "qx",
        "雷电",
        "黄色",
        "预计未来6小时内{areas}将有雷电活动，并伴有短时强降水和7～9级雷雨大风，请注意防范。",
    ),
]
GUIDES = {
    "暴雨": [
        "政府及相关部门按照职责做好防暴雨工作；",
        "交通管理部门应当根据路况在强降雨路段采取交通管制措施，在积水路段实行交通引导；",
        "切断低洼地带有危险的室外电源，暂停在空旷地方的户外作业，转移危险地带人员和危房居民到安全场所避雨；",
        "检查城市、农田、鱼塘排水系统，采取必要的排涝措施。",
    ],
    "雷电": [
        "政府及相关部门按照职责做好防雷工作；",
        "密切关注天气，尽量避免户外活动；",
        "户外人员应当躲入有防雷设施的建筑物或者汽车内；",
        "切勿在树下、电杆下、塔吊下避雨。",
    ],
    "大风": [
        "政府及相关部门按照职责做好防大风工作；",
        "关好门窗，加固围板、棚架、广告牌等易被风吹动的搭建物，妥善安置易受大风影响的室外物品；",
        "相关水域水上作业和过往船舶采取积极的应对措施。",
    ],
    "森林火险": [
        "加强森林防火巡查，严禁一切野外用火；",
        "进入林区人员严禁携带火种；",
        "各级森林消防队伍做好扑救准备，发现火情立即报告。",
    ],
    "高温": [
        "有关部门和单位按照职责落实防暑降温保障措施；",
        "尽量避免在高温时段进行户外活动，高温条件下作业的人员应当缩短连续工作时间；",
        "对老、弱、病、幼人群提供防暑降温指导。",
    ],
    "地质灾害气象风险": [
        "加强地质灾害隐患点巡查监测；",
        "危险区域内人员做好转移准备；",
        "发现险情立即报告并组织群众撤离。",
    ],
}
DAYS = ["多云", "阴转小雨", "小雨转阴", "多云转晴", "晴转多云", "雷阵雨", "阵雨转多云"]
WINDS = ["东南风3～4级", "偏东风2～3级", "东北风3级", "偏南风3～4级", "西北风2～3级"]


def build(site: Site74) -> None:
    """The notices and bulletins of ``site`` (their own RNG: the articles' stay as they are)."""
    rng = page_rng(site.seed, "notices")
    notices: list[dict[str, Any]] = []
    for k, (kind, what, level, text) in enumerate(SIGNALS):
        when = datetime(2024, 5, 2 + k * 3, rng.randint(6, 20), rng.randint(0, 59), tzinfo=BEIJING)
        areas = "、".join(rng.sample(DISTRICTS, rng.randint(2, 4)))
        issuer = (
            "江州市气象台"
            if kind == "qx"
            else (
                "江州市森林防灭火指挥部办公室"
                if what == "森林火险"
                else "江州市自然资源和规划局、江州市气象局"
            )
        )
        title = f"{issuer.split('、')[0]}发布{what}{level}预警" + ("信号" if kind == "qx" else "")
        lead = f"{issuer}{when:%Y年%m月%d日%H时%M分}发布{what}{level}预警{'信号' if kind == 'qx' else ''}：{text.format(areas=areas)}"
        notices.append(
            {
                "kind": kind,
                "what": what,
                "level": level,
                "issuer": issuer,
                "title": title,
                "lead": lead,
                "when": when,
                "path": f"/xwzx/yjxx/{when:%Y%m}/t{when:%Y%m%d}_{rng.randint(700_000, 799_999)}.html",
            }
        )
    site.notices = sorted(notices, key=lambda n: n["when"], reverse=True)
    bulletins: list[dict[str, Any]] = []
    for k in range(6):
        day = datetime(2024, 5, 3 + k * 4, 16 if k % 2 else 6, 0, tzinfo=BEIJING)
        kind = ["短期", "一周", "短期", "重要天气", "一周", "短期"][k]
        title = {
            "短期": f"江州市{day.month}月{day.day}日{day.hour}时短期天气预报",
            "一周": f"江州市未来一周天气预报（{day.month}月{day.day}日发布）",
            "重要天气": f"重要天气报告（{day.year}年第{k + 5}期）",
        }[kind]
        rows = []
        for d in range(7 if kind == "一周" else 3):
            t = day + timedelta(days=d)
            lo = rng.randint(16, 23)
            rows.append(
                (
                    f"{t.month}月{t.day}日",
                    rng.choice(DAYS),
                    f"{lo}～{lo + rng.randint(5, 9)}℃",
                    rng.choice(WINDS),
                )
            )
        nm = names(rng, 2)
        bulletins.append(
            {
                "kind": kind,
                "title": title,
                "when": day,
                "rows": rows,
                "forecaster": nm[0],
                "signer": nm[1],
                "path": f"/tqyb/{day:%Y%m}/t{day:%Y%m%d}_{rng.randint(800_000, 899_999)}.html",
            }
        )
    site.bulletins = sorted(bulletins, key=lambda b: b["when"], reverse=True)


def notice_page(site: Site74, n: dict[str, Any]) -> tuple[bytes, str]:
    rng = page_rng(site.seed, n["path"])
    pub = f"{n['when']:%Y-%m-%d %H:%M}"
    source = n["issuer"].split("、")[0]
    meta = gov_meta(
        YJ,
        "yjglj.jiangzhou.gov.cn",
        "3200000045",
        "预警信息",
        n["title"],
        pub,
        source,
        "",
        f"{n['what']}预警",
        n["lead"][:80],
        site.base + n["path"],
    )
    guide = "".join(f"<p>{k}．{esc(g)}</p>" for k, g in enumerate(GUIDES[n["what"]], 1))
    icon = f"/images/yjxh/{n['what']}_{n['level']}.png"
    others = "".join(
        f'<li><a href="{m["path"]}">{esc(m["title"])}</a><span>{m["when"]:%m-%d}</span></li>'
        for m in site.notices
        if m is not n
    )[:4000]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(n["title"])}_{YJ}</title>
{meta}
{head_common(rng, "yj", 330, 45)}
</head>
<body>
<div class="gov-top"><div class="w1200"><span>江州市人民政府</span><a href="/about/index.html">无障碍浏览</a><a href="/about/index.html">长者模式</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/yj_logo.png" alt="{YJ}" /></a><form action="/search/index.html"><input name="q" /><button type="submit">搜索</button></form></div></div>
<div class="navbar">{YJ_NAV}</div>
<div class="location w1200">您所在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/gzdt/index.html">新闻中心</a> &gt; <a href="/xwzx/yjxx/index.html">预警信息</a></div>
<div class="w1200 clearfix"><div class="xl-left">
<div class="xl-box">
<h1 class="xl-tit">{esc(n["title"])}</h1>
<div class="xl-info"><span>发布时间：{pub}</span><span>来源：{esc(source)}</span><span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="xl-con TRS_Editor" id="Zoom">
<table class="yjxx" width="100%" border="1" cellspacing="0" cellpadding="6"><tr><td width="120">预警类型</td><td>{n["what"]}</td><td width="120">预警级别</td><td>{n["level"]}</td></tr><tr><td>发布单位</td><td>{esc(n["issuer"])}</td><td>发布时间</td><td>{n["when"]:%Y-%m-%d %H:%M}</td></tr></table>
<p style="text-align: center;"><img src="{icon}" alt="{n["what"]}{n["level"]}预警" /></p>
<p>{esc(n["lead"])}</p>
<p><strong>防御指南：</strong></p>
{guide}
</div>
<div class="xl-btn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="xl-right"><div class="rbox"><h3>预警信息</h3><ul>{others}</ul></div><div class="rbox zbdh"><h3>应急值守</h3><p>24小时值班电话：0000-12350</p></div></div>
</div>
{footer_gov(YJ, "3200000045", "江州市人民中路88号", 2024, "0000-80000045")}
</body>
</html>
"""
    return served(page)


def bulletin_page(site: Site74, b: dict[str, Any]) -> tuple[bytes, str]:
    rng = page_rng(site.seed, b["path"])
    rows = "".join(
        f"<tr><td>{d}</td><td>{w}</td><td>{t}</td><td>{wind}</td></tr>"
        for d, w, t, wind in b["rows"]
    )
    first = b["rows"][0]
    summary = (
        f"受高空槽和低层切变线影响，{first[0]}我市{first[1]}，气温{first[2]}；"
        "其后几天以多云到阴天气为主，局部有阵雨或雷雨，请注意关注最新预报。"
    )
    others = "".join(
        f'<li><a href="{c["path"]}">{esc(c["title"])}</a></li>'
        for c in site.bulletins
        if c is not b
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(b["title"])} - {QX}</title>
{head_common(rng, "qx", 330, 45)}
</head>
<body>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/qx_logo.png" alt="{QX}" /></a><form action="/search/index.html"><input name="q" /><button type="submit">搜索</button></form></div></div>
<div class="navbar">{QX_NAV}</div>
<div class="bread w1200">当前位置：<a href="/">首页</a> &gt; <a href="/tqyb/index.html">天气预报</a> &gt; 正文</div>
<div class="w1200 clearfix"><div class="news-l">
<div class="news-article">
<h1>{esc(b["title"])}</h1>
<div class="news-info"><span>发布时间：{b["when"]:%Y年%m月%d日 %H:%M}</span><span>来源：江州市气象台</span></div>
<div class="news-txt" id="text">
<p><strong>天气概况：</strong>{esc(summary)}</p>
<table class="yb" width="100%" border="1" cellspacing="0" cellpadding="5"><tr><th>日期</th><th>天气现象</th><th>气温</th><th>风向风力</th></tr>{rows}</table>
<p>预报员：{esc(b["forecaster"])}　　签发：{esc(b["signer"])}</p>
</div>
</div>
</div>
<div class="news-r"><div class="rbox"><h3>天气预报</h3><ul>{others}</ul></div></div>
</div>
<div class="footer"><p>主办单位：{QX}　承办：江州市气象信息中心</p><p>苏ICP备00000000号-5　网站标识码：bm32000012</p><p>本网站所刊登的各种天气预报、气象信息均有版权，未经许可不得转载。</p></div>
</body>
</html>
"""
    return served(page)


def register(site: Site74) -> None:
    build(site)
    for n in site.notices:
        site.route(n["path"], lambda n=n: notice_page(site, n))
    for b in site.bulletins:
        site.route(b["path"], lambda b=b: bulletin_page(site, b))
