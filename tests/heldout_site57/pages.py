"""Site 57's non-article pages, most of them prose on the portal's own chrome: the home page; the
领导之窗 index and two 领导简介 pages (a biography, a photo, a 分工 paragraph); a bureau's 机构职能
(numbered duties); 县情概况 (history and geography); 联系我们; a 乡村振兴 专题 landing page (an intro
paragraph and story cards); 通知公告 (one-line summaries, ``index_2.html``), 政策文件 and 政策解读
lists; the 融媒体中心's 视频 list and one 视频 page (a player and a one-line description); an
图片新闻 gallery; 县长信箱 (a form and instructions); 网站地图; a search page; each template's
section list with ``index_2.html`` pagination (the 乡镇 list in GBK, the 2019 list in GB2312); and
the 往期回顾 archive by date."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import COUNTY, LEADERS
from .templates import LABELS, SECTIONS, SITE, footer, header, latest, li

if TYPE_CHECKING:
    from .generator import Site57

PER = 6


def _shell(
    site: Site57, key: str, title: str, inner: str, charset: str = "utf-8", current: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in latest(site.of("zf"))[:8])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)}_{SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteIDCode" content="5108230001">
<style>{css(rng, "pg", 220)}</style>
<script>{filler_js(rng, "jquery-pg", 34)}</script>
<script>{stats_js("p57")}</script>
</head>
<body>
{header(current)}
<div class="w1200 main"><div class="left">{inner}</div>
<div class="side"><div class="sbox"><div class="stit">要闻动态</div><ul>{side}</ul></div>
<div class="sbox"><div class="stit">便民服务</div><ul><li><a href="/hdjl/xzxx/">县长信箱</a></li><li><a href="/lxwm/">联系我们</a></li><li><a href="/search/?q=乡村振兴">站内搜索</a></li></ul></div></div></div>
{footer()}
</body>
</html>
"""
    return served(page, charset)


def _crumb(*parts: tuple[str, str]) -> str:
    return (
        '<div class="crumb">当前位置：<a href="/">首页</a>'
        + "".join(f' &gt; <a href="{h}">{t}</a>' for h, t in parts)
        + "</div>"
    )


def _pager(n: int, pages: int, base: str) -> str:
    def url(k: int) -> str:
        return base if k == 1 else f"{base}index_{k}.html"

    out = [f'<a href="{url(1)}">首页</a>']
    if n > 1:
        out.append(f'<a href="{url(n - 1)}">上一页</a>')
    out += [
        f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>'
        for k in range(1, pages + 1)
    ]
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a>')
    out.append(f'<a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{"".join(out)}<span>共{pages}页</span></div>'


def _paged(site: Site57, base: str, heading: str, arts: list[Art], charset: str = "utf-8") -> None:
    arts = latest(arts)
    pages = -(-len(arts) // PER)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * PER : n * PER]
        key = base if n == 1 else f"{base}index_{n}.html"

        def render(n: int = n, chunk: list[Art] = chunk, key: str = key) -> tuple[bytes, str]:
            items = "".join(li(b) for b in chunk)
            inner = f'{_crumb((base, heading))}<div class="lbox"><div class="ltit">{esc(heading)}</div><ul class="list">{items}</ul>{_pager(n, pages, base)}</div>'
            return _shell(site, key, heading, inner, charset)

        site.route(key, render)


def _home(site: Site57) -> tuple[bytes, str]:
    boxes = "".join(
        f'<div class="hbox"><div class="htit"><a href="{SECTIONS[t]}">{lab}</a><a class="more" href="{SECTIONS[t]}">更多&gt;&gt;</a></div><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:7])}</ul></div>'
        for t, lab in LABELS.items()
    )
    links = [
        ("/zjyx/xqgk/", "县情概况"),
        ("/zwgk/", "政务公开"),
        ("/zwgk/ldzc/", "领导之窗"),
        ("/zwgk/jgzn/nyncj/", "机构职能"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/zcwj/", "政策文件"),
        ("/zwgk/zcjd/", "政策解读"),
        ("/ztzl/xczx/", "乡村振兴专题"),
        ("/rmtzx/sp/", "视频新闻"),
        ("/rmtzx/tp/", "图片新闻"),
        ("/hdjl/xzxx/", "县长信箱"),
        ("/wzdt/", "网站地图"),
        ("/search/?q=乡村振兴", "搜索"),
        ("/lxwm/", "联系我们"),
        ("/wqhg/", "往期回顾"),
    ]
    quick = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
    return _shell(
        site,
        "/",
        "首页",
        f'<div class="banner"><img src="/images/57/banner.jpg" alt="{COUNTY}"></div><ul class="quick">{quick}</ul>{boxes}',
        current="/",
    )


XQGK = [
    f"{COUNTY}位于省境东北部，地处秦巴山区南麓，东邻白水县，西接青峰县，南与临江区相连，北依大巴山脉。全县幅员面积2143平方公里，辖9镇7乡、186个行政村（社区），总人口38.6万人。",
    "云溪历史悠久，古为巴国属地，秦置县，唐武德年间更名云溪，因境内云溪河终年云雾缭绕而得名。境内现存汉代崖墓群、明代古驿道等文物古迹40余处，是省级历史文化名城。",
    "县境地势北高南低，最高海拔2418米，最低海拔326米，属亚热带湿润季风气候，年平均气温15.8℃，年降水量1180毫米，四季分明，雨热同期，森林覆盖率达67.3%。",
    "云溪物产丰富，是全国重点产茶县和优质柑橘生产基地，“云溪毛尖”获国家地理标志保护产品认证。境内已探明天然气、石灰石、石英砂等矿产资源20余种。",
    "近年来，全县坚持生态优先、绿色发展，先后获得国家卫生县城、省级文明城市、全国休闲农业与乡村旅游示范县等称号，地区生产总值突破180亿元。",
]


def _xqgk(site: Site57) -> tuple[bytes, str]:
    body = "".join(f"<p>{esc(p)}</p>" for p in XQGK)
    inner = f'{_crumb(("/zjyx/xqgk/", "走进云溪"), ("/zjyx/xqgk/", "县情概况"))}<div class="article"><h1>县情概况</h1><div class="art-info">更新时间：2024-01-15</div><div class="art-con">{body}<p style="text-align:center"><img src="/images/57/map.jpg" alt="{COUNTY}行政区划图"></p></div></div>'
    return _shell(site, "/zjyx/xqgk/", "县情概况", inner, current="/zjyx/xqgk/")


BIOS = {
    "/zwgk/ldzc/xz/": (
        LEADERS[1],
        "男，汉族，1974年3月生，省内人，研究生学历，管理学博士，2002年7月参加工作，1998年5月加入中国共产党。",
        "领导县政府全面工作。负责审计方面工作。",
    ),
    "/zwgk/ldzc/fxz_wxm/": (
        LEADERS[3],
        "女，汉族，1981年9月生，在职研究生学历，2004年8月参加工作，2003年6月加入中国共产党。曾任县教育局副局长、白石乡党委书记。",
        "负责教育、卫生健康、医疗保障、民政、文化旅游等方面工作。分管县教育和体育局、县卫生健康局、县民政局。",
    ),
}


def _bio(site: Site57, key: str) -> tuple[bytes, str]:
    (name, post), bio, duty = BIOS[key]
    inner = f'{_crumb(("/zwgk/ldzc/", "领导之窗"))}<div class="leader"><div class="photo"><img src="/images/57/leader_{list(BIOS).index(key) + 1}.jpg" alt="{name}"></div><div class="ld-info"><h2>{name}</h2><p class="post">{COUNTY}人民政府{post}</p></div>'
    inner += f'<div class="ld-item"><h3>个人简历</h3><p>{name}，{bio}现任{COUNTY}委副书记、{post}。</p><p>曾先后在市发展和改革委员会、市委政策研究室等单位工作，长期从事经济管理和政策研究工作。</p></div><div class="ld-item"><h3>工作分工</h3><p>{duty}</p></div></div>'
    return _shell(site, key, f"{name}", inner, current="/zwgk/ldzc/")


def _ldzc(site: Site57) -> tuple[bytes, str]:
    cards = "".join(
        f'<li><a href="{k}"><img src="/images/57/ld.jpg"><p>{n}</p><span>{p}</span></a></li>'
        for k, ((n, p), _, _) in BIOS.items()
    )
    rest = "".join(
        f"<li><p>{n}</p><span>{p}</span></li>" for n, p in (LEADERS[0], LEADERS[2], LEADERS[4])
    )
    return _shell(
        site,
        "/zwgk/ldzc/",
        "领导之窗",
        f'{_crumb(("/zwgk/ldzc/", "领导之窗"))}<div class="ltit">县政府领导</div><ul class="ldlist">{cards}{rest}</ul>',
        current="/zwgk/ldzc/",
    )


def _jgzn(site: Site57) -> tuple[bytes, str]:
    duties = [
        "贯彻落实党中央关于“三农”工作的方针政策和决策部署，拟订全县农业农村发展规划、政策措施并组织实施。",
        "统筹推动发展农村社会事业、农村公共服务、农村文化、农村基础设施和乡村治理，牵头组织改善农村人居环境。",
        "负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理，指导粮食等农产品生产。",
        "负责农产品质量安全监督管理，组织开展农产品质量安全监测、追溯、风险评估。",
        "负责农业防灾减灾、农作物重大病虫害防治工作，指导动植物防疫检疫体系建设。",
        "完成县委、县政府交办的其他任务。",
    ]
    body = "".join(f"<p>（{'一二三四五六'[k]}）{esc(d)}</p>" for k, d in enumerate(duties))
    inner = f'{_crumb(("/zwgk/", "政务公开"), ("/zwgk/jgzn/nyncj/", "机构职能"))}<div class="article"><h1>县农业农村局</h1><div class="jg-tab"><span class="on">主要职责</span><span>内设机构</span><span>领导信息</span></div><div class="art-con"><p><strong>主要职责：</strong></p>{body}<p>办公地址：{COUNTY}城关镇滨河路88号　办公电话：0838-6201234　办公时间：工作日 9:00-12:00，14:30-18:00</p></div></div>'
    return _shell(site, "/zwgk/jgzn/nyncj/", "县农业农村局-机构职能", inner, current="/zwgk/")


def _lxwm(site: Site57) -> tuple[bytes, str]:
    inner = f'{_crumb(("/lxwm/", "联系我们"))}<div class="article"><h1>联系我们</h1><div class="art-con"><p>主办单位：{SITE}办公室</p><p>承办单位：{COUNTY}融媒体中心</p><p>通信地址：{COUNTY}城关镇人民路1号　邮编：635600</p><p>联系电话：0838-6200000（工作日 9:00-17:00）</p><p>电子邮箱：yxxzfb@163.com</p><p>如您发现本网站内容有误或链接失效，请通过上述方式与我们联系，我们将及时核实处理。</p></div></div>'
    return _shell(site, "/lxwm/", "联系我们", inner)


def _zt(site: Site57) -> tuple[bytes, str]:
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/images/57/zt{k}.jpg"><h4>{esc(a.title)}</h4></a><p>{esc(trunc(a.paras[0], 48))}</p></div>'
        for k, a in enumerate(latest(site.of("rm") + site.of("xz"))[:6])
    )
    inner = f'{_crumb(("/ztzl/xczx/", "专题专栏"))}<div class="zt-banner"><img src="/images/57/zt-xczx.jpg" alt="全面推进乡村振兴"></div><div class="zt-intro"><p>全面推进乡村振兴是新时代建设农业强国的重要任务。{COUNTY}坚持农业农村优先发展，以产业振兴为重点，以人才振兴为支撑，统筹推进文化振兴、生态振兴、组织振兴，努力建设宜居宜业和美乡村。本专题集中展示全县各地各部门推进乡村振兴的经验做法和工作成效。</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, "/ztzl/xczx/", "全面推进乡村振兴专题", inner, current="/ztzl/xczx/")


NOTICES = [
    (
        "2024-05-10",
        "关于开展2024年度防汛应急演练的通知",
        "定于5月中旬在全县各乡镇开展防汛应急演练，请各单位做好准备。",
    ),
    (
        "2024-05-08",
        f"{COUNTY}2024年公开招聘事业单位工作人员公告",
        "公开招聘事业单位工作人员86名，报名时间为5月13日至17日。",
    ),
    (
        "2024-05-06",
        "关于做好2024年“五一”假期后安全生产工作的通知",
        "各乡镇、各部门要认真排查节后安全隐患，确保安全生产形势稳定。",
    ),
    ("2024-04-29", "关于2024年“五一”劳动节放假安排的通知", "5月1日至5日放假调休，共5天。"),
    (
        "2024-04-25",
        f"{COUNTY}城区部分路段临时交通管制的通告",
        "因管网改造施工，人民路部分路段4月27日起实行临时交通管制。",
    ),
    (
        "2024-04-18",
        "关于征求《云溪县城市绿化管理办法（征求意见稿）》意见的公告",
        "公开征求社会公众意见，时间为4月18日至5月17日。",
    ),
    (
        "2024-04-12",
        "关于公布2024年第一批县级农业产业化龙头企业名单的通知",
        "经评审，认定12家企业为县级农业产业化龙头企业。",
    ),
    (
        "2024-04-03",
        "关于开展森林草原防灭火专项检查的通知",
        "4月至6月在全县开展森林草原防灭火专项检查。",
    ),
    (
        "2024-03-28",
        f"{COUNTY}2024年城乡居民基本医疗保险缴费提醒",
        "请尚未缴费的参保群众尽快通过线上渠道完成缴费。",
    ),
]


def _tzgg(site: Site57, n: int) -> tuple[bytes, str]:
    chunk = NOTICES[(n - 1) * 5 : n * 5]
    items = "".join(
        f'<li><a href="/zwgk/tzgg/">{esc(t)}</a><span>{d}</span><p class="zy">{esc(s)}</p></li>'
        for d, t, s in chunk
    )
    key = "/zwgk/tzgg/" if n == 1 else "/zwgk/tzgg/index_2.html"
    return _shell(
        site,
        key,
        "通知公告",
        f'{_crumb(("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告"))}<div class="ltit">通知公告</div><ul class="list zylist">{items}</ul>{_pager(n, 2, "/zwgk/tzgg/")}',
        current="/zwgk/",
    )


def _zcwj(site: Site57) -> tuple[bytes, str]:
    rows = [
        (
            "云府发〔2024〕8号",
            f"{COUNTY}人民政府关于印发《促进民营经济发展若干措施》的通知",
            "2024-04-22",
        ),
        (
            "云府办发〔2024〕12号",
            f"{COUNTY}人民政府办公室关于印发《城乡居民医疗救助实施办法》的通知",
            "2024-04-10",
        ),
        ("云府发〔2024〕5号", f"{COUNTY}人民政府关于支持返乡创业的实施意见", "2024-03-18"),
        (
            "云府办发〔2024〕7号",
            f"{COUNTY}人民政府办公室关于印发2024年为民办实事项目的通知",
            "2024-02-26",
        ),
    ]
    trs = "".join(
        f'<tr><td>{w}</td><td><a href="/zwgk/zcwj/">{esc(t)}</a></td><td>{d}</td></tr>'
        for w, t, d in rows
    )
    return _shell(
        site,
        "/zwgk/zcwj/",
        "政策文件",
        f'{_crumb(("/zwgk/", "政务公开"), ("/zwgk/zcwj/", "政策文件"))}<table class="wjlist"><tr><th>文号</th><th>标题</th><th>成文日期</th></tr>{trs}</table>',
        current="/zwgk/",
    )


def _zwgk(site: Site57) -> tuple[bytes, str]:
    cols = [
        ("/zwgk/ldzc/", "领导之窗"),
        ("/zwgk/jgzn/nyncj/", "机构职能"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/zcwj/", "政策文件"),
        ("/zwgk/zcjd/", "政策解读"),
    ]
    inner = f'{_crumb(("/zwgk/", "政务公开"))}<ul class="gk-nav">{"".join(f"<li><a href={chr(34)}{h}{chr(34)}>{t}</a></li>" for h, t in cols)}</ul>'
    inner += f'<div class="hbox"><div class="htit">政策解读</div><ul>{"".join(li(a) for a in latest([a for a in site.of("zf") if a.x["zcjd"]]))}</ul></div>'
    return _shell(site, "/zwgk/", "政务公开", inner, current="/zwgk/")


VIDEO = "/rmtzx/sp/2024-05/08/content_v61208.htm"


def _sp(site: Site57) -> tuple[bytes, str]:
    items = "".join(
        f'<li><a href="{VIDEO}"><img src="/images/57/v{k}.jpg"><p>云溪新闻联播（2024年5月{8 - k}日）</p></a></li>'
        for k in range(6)
    )
    return _shell(
        site,
        "/rmtzx/sp/",
        "视频新闻",
        f'{_crumb(("/rmtzx/news/", "融媒体中心"), ("/rmtzx/sp/", "视频新闻"))}<ul class="vlist">{items}</ul>',
    )


def _video(site: Site57) -> tuple[bytes, str]:
    inner = f'{_crumb(("/rmtzx/news/", "融媒体中心"), ("/rmtzx/sp/", "视频新闻"))}<div class="video"><h1>云溪新闻联播（2024年5月8日）</h1><div class="v-info">2024-05-08 20:05　来源：{COUNTY}融媒体中心</div><div class="player"><video id="vplayer" controls poster="/images/57/v0.jpg" src="/video/2024/05/08/xwlb0508.mp4"></video></div><p class="v-desc">本期主要内容：县委常委会召开会议；全县防汛工作推进会召开。</p><div class="v-more"><h3>更多视频</h3><a href="/rmtzx/sp/">云溪新闻联播（2024年5月7日）</a></div></div>'
    return _shell(site, VIDEO, "云溪新闻联播（2024年5月8日）", inner)


def _tp(site: Site57) -> tuple[bytes, str]:
    caps = [
        "云溪河畔春色浓",
        "茶园里的采茶人",
        "古驿道新颜",
        "高铁站片区建设如火如荼",
        "凤鸣乡油菜花海",
        "城关镇夜景",
    ]
    items = "".join(
        f'<li><a href="/rmtzx/tp/"><img src="/images/57/tp{k}.jpg" alt="{c}"></a><p>{c}</p></li>'
        for k, c in enumerate(caps)
    )
    return _shell(
        site,
        "/rmtzx/tp/",
        "图片新闻",
        f'{_crumb(("/rmtzx/news/", "融媒体中心"), ("/rmtzx/tp/", "图片新闻"))}<ul class="gallery">{items}</ul>',
    )


def _xzxx(site: Site57) -> tuple[bytes, str]:
    inner = f'{_crumb(("/hdjl/xzxx/", "互动交流"), ("/hdjl/xzxx/", "县长信箱"))}<div class="xx-notice"><h2>县长信箱写信须知</h2><p>一、县长信箱是{SITE}听取群众意见建议、受理群众诉求的网上渠道，请如实反映情况，不得捏造、歪曲事实。</p><p>二、涉及诉讼、仲裁、行政复议等法定途径的事项，请按相关法律法规规定的程序办理。</p><p>三、来信将在5个工作日内转交有关部门办理，办理结果通过本网站或电话反馈。</p></div>'
    inner += '<form class="xx-form" action="/hdjl/xzxx/submit" method="post"><p>姓名：<input name="name"></p><p>联系电话：<input name="tel"></p><p>信件标题：<input name="title"></p><p>信件内容：<textarea name="content" rows="8"></textarea></p><p>验证码：<input name="code"><img src="/hdjl/code.jpg"></p><p><button type="submit">提交</button> <button type="reset">重置</button></p></form>'
    inner += '<div class="xx-list"><h3>办理结果公开</h3><table><tr><th>标题</th><th>来信时间</th><th>状态</th></tr><tr><td>关于城关镇人民路路灯不亮的问题</td><td>2024-05-06</td><td>已办结</td></tr><tr><td>咨询新生儿医保办理流程</td><td>2024-05-02</td><td>已办结</td></tr></table></div>'
    return _shell(site, "/hdjl/xzxx/", "县长信箱", inner, current="/hdjl/xzxx/")


def _wzdt(site: Site57) -> tuple[bytes, str]:
    groups = {
        "走进云溪": [("/zjyx/xqgk/", "县情概况")],
        "新闻中心": [(SECTIONS[t], LABELS[t]) for t in LABELS] + [("/wqhg/", "往期回顾")],
        "政务公开": [
            ("/zwgk/", "政务公开"),
            ("/zwgk/ldzc/", "领导之窗"),
            ("/zwgk/jgzn/nyncj/", "机构职能"),
            ("/zwgk/tzgg/", "通知公告"),
            ("/zwgk/zcwj/", "政策文件"),
            ("/zwgk/zcjd/", "政策解读"),
        ],
        "融媒体中心": [
            ("/rmtzx/news/", "云溪新闻"),
            ("/rmtzx/sp/", "视频新闻"),
            ("/rmtzx/tp/", "图片新闻"),
        ],
        "互动交流": [("/hdjl/xzxx/", "县长信箱"), ("/lxwm/", "联系我们")],
        "专题专栏": [("/ztzl/xczx/", "乡村振兴")],
    }
    inner = f"{_crumb(('/wzdt/', '网站地图'))}" + "".join(
        f"<dl><dt>{g}</dt>{''.join(f'<dd><a href={chr(34)}{h}{chr(34)}>{t}</a></dd>' for h, t in items)}</dl>"
        for g, items in groups.items()
    )
    return _shell(site, "/wzdt/", "网站地图", inner)


def _search(site: Site57, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:10]
    items = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><p>{esc(trunc(a.paras[0], 60))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    return _shell(
        site,
        f"/search/?q={word}",
        "搜索结果",
        f'<div class="s-info">搜索“{esc(word)}”共找到 {len(hits)} 条结果</div><ul class="s-list">{items}</ul>',
    )


def _wqhg(site: Site57) -> tuple[bytes, str]:
    days = sorted({a.when.date() for a in site.arts}, reverse=True)
    items = "".join(
        f'<li><a href="/wqhg/{d:%Y-%m-%d}.html">{d:%Y年%m月%d日}</a></li>' for d in days
    )
    return _shell(
        site,
        "/wqhg/",
        "往期回顾",
        f'{_crumb(("/wqhg/", "往期回顾"))}<ul class="datelist">{items}</ul>',
    )


def _day(site: Site57, day: str) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if f"{a.when:%Y-%m-%d}" == day]
    items = "".join(li(a) for a in arts)
    return _shell(
        site,
        f"/wqhg/{day}.html",
        f"{day} 往期回顾",
        f'{_crumb(("/wqhg/", "往期回顾"))}<div class="ltit">{day}</div><ul class="list">{items}</ul>',
    )


def register(site: Site57) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    _paged(site, "/xwzx/zwyw/", "要闻动态", [a for a in site.of("zf") if not a.x["zcjd"]])
    _paged(site, "/zwgk/zcjd/", "政策解读", [a for a in site.of("zf") if a.x["zcjd"]])
    _paged(site, "/rmtzx/news/", "云溪新闻", site.of("rm"))
    _paged(site, "/xzdt/", "乡镇动态", site.of("xz"), "gbk")
    _paged(site, "/bmdt/", "部门动态", site.of("bm"))
    _paged(site, "/news2019/", "县政新闻", site.of("old"), "gb2312")
    for key, fn in [
        ("/zjyx/xqgk/", _xqgk),
        ("/zwgk/", _zwgk),
        ("/zwgk/ldzc/", _ldzc),
        ("/zwgk/jgzn/nyncj/", _jgzn),
        ("/lxwm/", _lxwm),
        ("/ztzl/xczx/", _zt),
        ("/zwgk/zcwj/", _zcwj),
        ("/rmtzx/sp/", _sp),
        (VIDEO, _video),
        ("/rmtzx/tp/", _tp),
        ("/hdjl/xzxx/", _xzxx),
        ("/wzdt/", _wzdt),
        ("/wqhg/", _wqhg),
    ]:
        site.route(key, lambda fn=fn: fn(site))
    for key in BIOS:
        site.route(key, lambda key=key: _bio(site, key))
    site.route("/zwgk/tzgg/", lambda: _tzgg(site, 1))
    site.route("/zwgk/tzgg/index_2.html", lambda: _tzgg(site, 2))
    site.route("/search/?q=乡村振兴", lambda: _search(site, "乡村振兴"))
    for day in sorted({f"{a.when:%Y-%m-%d}" for a in site.arts}):
        site.route(f"/wqhg/{day}.html", lambda day=day: _day(site, day))
