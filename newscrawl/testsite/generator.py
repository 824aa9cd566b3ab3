"""Deterministic generator for the local test news site: article metadata, HTML, ground truth.

Three templates (zh portal, en news site, legacy table layout), lists, feeds, robots and traps.
With ``Site(faults=True)`` it also serves crawler traps and transport faults under ``/faults/``
(see `Site._fault`); none of them is an article of `Site.truth()`.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import html
import json
import random
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["DEFAULT_BASE_URL", "Page", "Site", "to_traditional"]

DEFAULT_BASE_URL = "http://localhost"
CST = timezone(timedelta(hours=8))
TEMPLATES: tuple[str, str, str] = ("zh", "en", "legacy")
EN_SECTIONS: tuple[str, ...] = ("world", "business", "technology", "science", "culture", "sport")
PER_PAGE = 20
MALFORMED_DIR = "/zh/2022-03/19/"
WRONGCHARSET_ID = "wrongcharset"
ZH_TRACKING: tuple[str, str] = ("?from=timeline", "?utm_source=wechat&utm_medium=social")
EN_TRACKING = "?utm_source=twitter&utm_campaign=x"
HTML_UTF8 = "text/html; charset=utf-8"
FAULTS_DIR = "/faults/"
DEFAULT_MODIFIED = datetime(2021, 1, 1, tzinfo=UTC)  # Last-Modified of an empty site
EDIT_DELAY = timedelta(days=1)  # an edited article's Last-Modified is published + this

# Traditional characters that carry ruby pinyin on traditional zh pages.
RUBY_PINYIN: dict[str, str] = {
    "學": "xué",
    "準": "zhǔn",
    "態": "tài",
    "調": "diào",
    "習": "xí",
    "內": "nèi",
    "發": "fā",
    "應": "yìng",
    "細": "xì",
    "戰": "zhàn",
    "會": "huì",
    "經": "jīng",
    "濟": "jì",
    "農": "nóng",
    "實": "shí",
    "設": "shè",
    "產": "chǎn",
    "環": "huán",
    "質": "zhì",
    "義": "yì",
}
_RUBY_RE = re.compile("[" + "".join(RUBY_PINYIN) + "]")


# --------------------------------------------------------------------------- text pools
def _pool(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


ZH_PLACES = _pool(
    "呼和浩特市|包头市|鄂尔多斯市|赤峰市|通辽市|呼伦贝尔市|巴彦淖尔市|乌兰察布市|乌海市|"
    "锡林郭勒盟|兴安盟|阿拉善盟|满洲里市|二连浩特市|托克托县|土默特左旗|达拉特旗|准格尔旗|"
    "科尔沁区|扎兰屯市|阿荣旗|乌拉特前旗|四子王旗|苏尼特右旗|赛罕区|昆都仑区|东胜区|红山区"
)
ZH_ORGS = _pool(
    "发展和改革委员会|农牧局|教育局|生态环境局|文化和旅游局|工业和信息化局|住房和城乡建设局|"
    "卫生健康委员会|商务局|科学技术局|人力资源和社会保障局|交通运输局|统计局|林业和草原局|"
    "水利局|应急管理局|市场监督管理局|乡村振兴局|能源局|税务局|医疗保障局|民政局"
)
ZH_FIELDS = _pool(
    "新能源产业|现代农牧业|文化旅游|生态保护修复|乡村振兴|义务教育|基层医疗卫生|数字经济|"
    "营商环境|民生保障|稀土新材料|黄河流域生态治理|防沙治沙|冬季供暖|安全生产|高标准农田建设|"
    "口岸经济|就业创业|城市更新|草原保护|职业教育|冷链物流|氢能产业|社区治理"
)
ZH_TIMES = _pool(
    "今年以来|近年来|去年|今年一季度|今年前两个月|“十四五”以来|截至目前|近日|日前|上半年|"
    "入冬以来|春耕以来|前三季度|去年以来"
)
ZH_FACILITIES = _pool(
    "标准化厂房|乡村卫生室|中小学校舍|污水处理设施|社区服务中心|冷链物流仓库|充电桩|光伏电站|"
    "养老服务站|智慧牧场|蔬菜大棚|便民服务站|储能电站|物流园区"
)
ZH_ACTIONS = _pool(
    "累计完成投资{f}亿元|新建改建{n}个{facility}|组织开展专题培训{n}场次，培训{m}人次|"
    "落实各类补贴资金{f}亿元|推动{n}个重点项目开工建设|发放创业担保贷款{f}亿元|"
    "新增城镇就业{f}万人|完成造林种草{n}万亩|建成{n}个示范基地|排查整改安全隐患{m}处|"
    "引进{n}家龙头企业|实施{n}项民生实事|新建{n}个{facility}|争取中央预算内资金{f}亿元|"
    "开展调研{n}次，解决实际问题{m}个|改造老旧小区{n}个"
)
ZH_RESULTS = _pool(
    "同比增长{p}%|较上年提高{p}个百分点|惠及群众{f}万人|带动{m}户农牧民增收|"
    "完成年度目标任务的{p}%|主要指标位居全区前列|创历史同期最好水平|带动就业{m}人|"
    "节约成本{f}亿元|群众满意度达到{p}%"
)
ZH_GOALS = _pool(
    "为全区经济社会高质量发展奠定坚实基础|持续推动{field}提质增效|"
    "切实增强群众的获得感幸福感安全感|奋力书写中国式现代化内蒙古新篇章|确保各项任务落地见效|"
    "守好祖国北疆这道安全稳定屏障|加快建设国家重要能源和战略资源基地|"
    "推动{field}迈上新台阶|为{field}注入新动能|让发展成果更多更公平惠及全体人民"
)
ZH_PLANS = _pool(
    "进一步细化工作方案|坚持问题导向，准确把握工作重点|深入学习贯彻会议精神|"
    "加强统筹调度，压实各方责任|持续优化营商环境|坚定信心、真抓实干|强化要素保障|"
    "扎实推进{field}重点工作|深化改革创新|抓好应急准备工作|完善工作机制，提升服务质量|"
    "聚焦{field}，打好攻坚战|加大政策支持力度|抓实抓细各项工作"
)
ZH_QUOTES = _pool(
    "我们将把群众的事当作自己的事来办|今年我们计划再扩大{n}亩种植面积|"
    "现在办事方便多了，跑一次就能办好|项目建成后，每年可增加收入{n}万元|"
    "我们要抢抓机遇，把资源优势转化为发展优势|学习了新技术，心里更有底了|"
    "冬天供暖有保障，老人孩子都暖和|企业发展离不开良好的营商环境|"
    "合作社去年分红{n}万元，大家干劲更足了|有了这个{facility}，我们再也不用跑远路了"
)
ZH_ROLES = _pool(
    "农牧民|企业负责人|社区书记|驾驶员|村党支部书记|合作社理事长|返乡创业青年|一线技术员|"
    "中学教师|志愿者|项目经理|嘎查达"
)
ZH_SITES = _pool("生产车间|施工现场|田间地头|社区服务中心|牧民新居|项目工地|产业园区|口岸货场")
ZH_SCENES = _pool(
    "工人们正在加紧调试新设备|大型机械往来穿梭，一派繁忙景象|工作人员正在为群众办理业务|"
    "一排排现代化温室整齐排列|满载货物的车辆排起长队等待通关|技术人员正在细致检查每一道工序|"
    "新建的{facility}已经投入使用|志愿者正在帮助老人学习使用智能手机"
)
ZH_STATS = _pool(
    "地区生产总值完成{f}亿元，同比增长{p}%|规模以上工业增加值增长{p}%|"
    "社会消费品零售总额达到{f}亿元|接待游客{f}万人次|粮食产量达到{f}亿斤|"
    "城镇居民人均可支配收入增长{p}%|新登记市场主体{m}户|进出口总额{f}亿元|"
    "一般公共预算收入{f}亿元|固定资产投资增长{p}%"
)
ZH_MEETINGS = _pool(
    "全市经济工作会议|专题调度会|安全生产工作会议|乡村振兴工作推进会|学习贯彻会议精神座谈会|"
    "生态环境保护工作会议|重点项目建设调度会|营商环境优化提升大会|民生实事推进会|"
    "冬季供暖保障工作会议"
)
ZH_PURPOSES = _pool(
    "总结去年工作，安排部署今年重点任务|研究部署下一阶段重点工作|传达学习有关会议精神|"
    "听取各部门工作汇报，协调解决突出问题|分析当前形势，明确目标任务"
)
ZH_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾"
    "彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康"
    "毛邱秦江史顾侯邵孟龙万段章钱汤尹易常武乔贺赖文"
)
ZH_GIVEN = (
    "奎伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红"
    "鹏飞斌宇浩凯峰晨阳雪琳岩宁亮海波健佳欣悦慧巍彤楠蕾"
)
ZH_TITLE_VERBS = _pool(
    "加快推进|扎实推进|全力推动|持续深化|着力提升|大力发展|稳步推进|全面加强|统筹推进|积极探索"
)
ZH_TITLE_TAILS = _pool(
    "高质量发展|提质增效|见行见效|取得新进展|迈上新台阶|跑出加速度|再上新台阶|开创新局面"
)
ZH_SLOGANS = _pool(
    "坚定信心 真抓实干|守正创新 勇毅前行|锚定目标 奋勇争先|牢记嘱托 感恩奋进|"
    "凝心聚力 担当作为|实干为先 务求实效"
)
ZH_SLOGAN_TAILS = _pool(
    "奋力书写中国式现代化内蒙古新篇章|推动{field}取得新突破|在建设“两个屏障”上展现新作为|"
    "全力以赴抓好{field}|确保{field}各项任务落地见效"
)

EN_PLACES = _pool(
    "Lisbon|Porto|Valencia|Lyon|Bristol|Leeds|Rotterdam|Ghent|Gdansk|Krakow|Tallinn|Turin|"
    "Bologna|Seville|Dublin|Cork|Aarhus|Gothenburg|Graz|Brno|Halifax|Calgary|Denver|Tucson|"
    "Omaha|Savannah|Raleigh|Spokane|Adelaide|Hobart|Wellington|Nagoya|Busan|Cebu|Mombasa|Accra"
)
EN_BODIES = _pool(
    "council|regulator|legislature|city hall|port authority|health ministry|teachers union|"
    "central bank|farmers union|research council|startup lobby|transit agency|water utility|"
    "school board|hospital trust|energy regulator|tourism board|housing agency|court|museum"
)
EN_VERBS = _pool(
    "approves|rejects|delays|backs|unveils|weighs|pauses|expands|probes|defends|revives|scraps"
)
EN_OBJECTS = _pool(
    "plan to expand tram network|new limits on short-term rentals|budget for flood defences|"
    "overhaul of bus routes|rules for electric scooters|study of microplastics in rivers|"
    "deal to buy wind power|pilot of four-day school week|tax break for small bakeries|"
    "rezoning of old docklands|fees for cruise passengers|cap on rent increases|"
    "bid to host regional games|merger of two hospitals|ban on gas boilers in new homes|"
    "scheme to plant 10,000 trees|review of police body cameras|free transit for teenagers|"
    "expansion of cycling lanes|funding for night buses|proposal for a new stadium|"
    "loan program for solar roofs|restoration of historic market hall|heat-wave action plan|"
    "inquiry into late trains|subsidy for rural broadband|contract for desalination plant|"
    "guidelines for AI in classrooms|plan to reopen salt marsh|limits on night flights"
)
EN_FIRST = _pool(
    "Maria|James|Aisha|Daniel|Sofia|Liam|Hannah|Omar|Grace|Lucas|Priya|Ethan|Chloe|Mateo|"
    "Nadia|Samuel|Elena|Kwame|Ingrid|Tomas|Rachel|Felix|Amara|Noah|Yuki|Diego|Leah|Victor"
)
EN_LAST = _pool(
    "Thompson|Okafor|Lindqvist|Moreau|Patel|Kowalski|Fernandes|Nakamura|O'Brien|Hughes|"
    "Castillo|Novak|Brennan|Adeyemi|Larsen|Whitfield|Romano|Chen|Schultz|Dubois|Mensah|"
    "Gallagher|Ivanova|Marsh|Delgado|Fitzgerald|Haddad|Sorensen"
)
EN_ROLES = _pool(
    "a spokesperson|the deputy mayor|an economist|a senior analyst|the project director|"
    "a local shop owner|a union representative|a professor of urban planning|"
    "the chief executive|a resident|a city engineer|a policy adviser"
)
EN_ORGS = _pool(
    "the statistics office|Harlow & Finch|the regional development agency|the chamber of commerce|"
    "Northgate Research|the national audit office|Blue Harbor Partners|the university's "
    "transport institute|the environment agency|Meridian Analytics|the housing federation"
)
EN_PROJECTS = _pool(
    "tram extension|flood barrier|harbor redevelopment|solar program|bus overhaul|"
    "housing scheme|bridge repair|school rebuild|heat network|broadband rollout|"
    "stadium plan|riverside park|cycle network|hospital wing"
)
EN_EFFECTS = _pool(
    "cut commuting times by a fifth|create about {n} jobs|halve energy bills for tenants|"
    "add {n} affordable homes|reduce flood risk for {n} households|double off-peak capacity|"
    "save the city {f} million dollars a year|bring {n} new visitors each summer"
)
EN_PERIODS = _pool(
    "last spring|the start of the year|the pandemic|2019|the previous election|"
    "the last review|January|the summer"
)
EN_THINGS = _pool(
    "average rent|ridership|the number of applications|visitor spending|waiting time|"
    "household energy use|the cost of materials|enrolment|freight volume|the jobless rate"
)
EN_QUOTES = _pool(
    "We have waited long enough for this|Nobody here is against progress, but the numbers "
    "have to add up|This is the most important decision the city will make this decade|"
    "We are listening to every objection|It is a good start, but it is only a start|"
    "People want to see results, not more consultations|The evidence is clearer than it "
    "was five years ago|Our members are cautiously optimistic"
)
EN_CLAIMS = _pool(
    "the plan moves too fast|the costs have been underestimated|the consultation was rushed|"
    "smaller towns will lose out|the timetable is unrealistic|the benefits are overstated"
)
EN_COUNTERS = _pool(
    "delay would only raise the price|the city cannot afford to stand still|"
    "similar projects elsewhere paid for themselves|the risks are manageable|"
    "the public backed the idea in two surveys"
)
EN_DISTRICTS = _pool(
    "the old harbor district|the northern suburbs|the university quarter|the east bank|"
    "the market district|the hillside neighborhoods|the industrial estate|the town center"
)
EN_PHASES = _pool("open|begin construction|enter testing|go to public consultation|finish")
EN_MONTHS = _pool(
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
EN_DETAILS = _pool(
    "operators would pay a fee of {n} dollars per vehicle|the first phase would cover "
    "{k} streets|households earning under {n} thousand dollars would be exempt|"
    "the scheme would be reviewed after {k} months|contractors would face penalties "
    "for delays|a panel of {k} residents would monitor progress"
)
EN_BIOS = _pool(
    "has lived in the area for {k} years|runs a bakery near the station|"
    "chairs the neighborhood association|has studied the issue since {year}|"
    "led a similar project in another city|commutes by bike every day"
)

EN_LEAD_VERBS = _pool("debated|voted on|discussed|reviewed|put forward|signed off on|revisited")
EN_LEAD_TAILS = _pool(
    "ending months of uncertainty|despite objections from opposition members|"
    "after a heated public hearing|in a move welcomed by business groups|"
    "setting up a final decision later this year|with several questions still unanswered"
)
EN_VERDICTS = _pool("overdue|a gamble|long overdue|worth trying|too costly")
EN_TZ_OFFSETS: tuple[int, ...] = (-300, -240, -480, -420, 60, 120, 330, 540, 600)  # minutes

# Fallback simplified→traditional map used only if opencc is missing.
_FALLBACK_S2T = dict(
    zip(
        "学习准态调内发应细战会经济农实设产环质义这为业区来时进现长开关务乡镇门问题后尔苏乌兰鄂"
        "赤辽伦淖兴阿满连扎达拉盟县旗园场电设计划资总额规模亿万报记者让荐阅读闻广告热线网页处际"
        "员们动机车辆货队检查统传达贯围绕厅负责说谈观点强领导组织织种积极稳书复热览创维护诉讯"
        "护卫级项标准确续优营两个财税赛鲁岭满职东红龙汤钱贺赖乔边观给纪运载将树样华丽杨赵刘张陈吴",
        "學習準態調內發應細戰會經濟農實設產環質義這爲業區來時進現長開關務鄉鎮門問題後爾蘇烏蘭鄂"
        "赤遼倫淖興阿滿連紮達拉盟縣旗園場電設計劃資總額規模億萬報記者讓薦閱讀聞廣告熱線網頁處際"
        "員們動機車輛貨隊檢查統傳達貫圍繞廳負責說談觀點強領導組織織種積極穩書複熱覽創維護訴訊"
        "護衛級項標準確續優營兩個財稅賽魯嶺滿職東紅龍湯錢賀賴喬邊觀給紀運載將樹樣華麗楊趙劉張陳吳",
        strict=True,
    )
)

_converter_lock = threading.Lock()
_converter: Any = None
_trad_cache: dict[str, str] = {}


def to_traditional(text: str) -> str:
    """Simplified → traditional Chinese (opencc s2t when available, else a small hand map)."""
    cached = _trad_cache.get(text)
    if cached is not None:
        return cached
    global _converter
    with _converter_lock:
        if _converter is None:
            try:
                from opencc import OpenCC

                _converter = OpenCC("s2t")
            except ImportError:  # pragma: no cover - opencc is normally installed
                _converter = False
        if _converter is False:
            result = "".join(_FALLBACK_S2T.get(ch, ch) for ch in text)
        else:
            result = str(_converter.convert(text))
    if len(_trad_cache) > 100_000:
        _trad_cache.clear()
    _trad_cache[text] = result
    return result


def _ident(text: str) -> str:
    return text


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _ruby(escaped: str) -> str:
    """Wrap every ruby-dictionary character of already-escaped text in ruby pinyin markup."""
    return _RUBY_RE.sub(
        lambda m: (
            f"<ruby>{m.group(0)}<rp>(</rp><rt>{RUBY_PINYIN[m.group(0)]}</rt><rp>)</rp></ruby>"
        ),
        escaped,
    )


def _slugify(title: str, max_words: int = 9) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower().replace("'", ""))
    return "-".join(words[:max_words])


# --------------------------------------------------------------------------- data model
@dataclass(frozen=True)
class Page:
    """One HTTP response of the test site.

    ``last_modified``: the page's Last-Modified (aware, whole seconds; set on every 200 that
    `Site.render` returns). ``delay``: seconds the server waits before answering.
    ``declared_length``: when set, the server announces this Content-Length, sends only
    ``body`` (which is shorter) and closes the connection: a truncated response.
    """

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    last_modified: datetime | None = None
    delay: float = 0.0
    declared_length: int | None = None

    @cached_property
    def etag(self) -> str:
        """Strong validator of the body bytes: a quoted 16-hex-digit SHA-1 prefix."""
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class _Article:
    idx: int
    template: str
    id: int | str
    title: str  # simplified Chinese (zh/legacy) or English; traditional pages convert on render
    author: str
    published: datetime  # aware, UTC
    tz: timezone  # display timezone
    canonical: str
    section: str = ""
    slug: str = ""
    traditional: bool = False
    encoding: str = "utf-8"  # codec of the bytes
    declared: str = "utf-8"  # charset named in <meta>
    header_charset: bool = True  # whether Content-Type carries the charset
    meta_date: bool = False
    private_link: bool = False
    related: tuple[int, ...] = ()
    recommended: int | None = None

    @property
    def local(self) -> datetime:
        return self.published.astimezone(self.tz)

    @property
    def print_path(self) -> str:
        return self.canonical[: -len(".htm")] + "_print.htm"


class Site:
    """The whole deterministic test site; metadata precomputed, HTML rendered lazily and cached."""

    disallowed_prefix: str = "/private/"

    def __init__(
        self,
        n_articles: int = 60,
        seed: int = 0,
        edited: int = 0,
        *,
        faults: bool = False,
        slow_seconds: float = 3.0,
        big_bytes: int = 3 * 1024 * 1024,
        crawl_delay: float | None = None,
    ) -> None:
        """``edited``: the first that many articles carry an edit (a correction appended to the
        last paragraph), as a site looks when it re-publishes changed stories.

        ``faults``: also serve the fault routes under ``/faults/`` (linked from the homepage);
        ``slow_seconds`` is the delay of ``/faults/slow.htm``, ``big_bytes`` the exact size of
        ``/faults/big.htm``; ``crawl_delay`` adds a ``Crawl-delay`` line to robots.txt."""
        if n_articles < 0:
            raise ValueError("n_articles must be >= 0")
        if slow_seconds < 0 or big_bytes < 0:
            raise ValueError("slow_seconds and big_bytes must be >= 0")
        self.n_articles = n_articles
        self.seed = seed
        self.edited = edited
        self.faults = faults
        self.slow_seconds = float(slow_seconds)
        self.big_bytes = int(big_bytes)
        self.crawl_delay = crawl_delay
        self._big: bytes | None = None
        self._articles: list[_Article] = []
        self._paths: dict[str, tuple[int, str]] = {}  # path -> (article idx, "page"|"print")
        self._cache: dict[tuple[str, str], Page] = {}
        self._cache_lock = threading.Lock()
        self._para_cache: dict[int, list[str]] = {}
        self._truth: list[dict[str, object]] | None = None
        rng = random.Random(seed)
        self._build_articles(rng)
        self._build_related(rng)
        self._by_template: dict[str, list[int]] = {t: [] for t in TEMPLATES}
        for art in self._articles:
            self._by_template[art.template].append(art.idx)
        self._order: dict[str, list[int]] = {
            t: self._latest_first(ids) for t, ids in self._by_template.items()
        }
        self._en_sections: dict[str, list[int]] = {s: [] for s in EN_SECTIONS}
        for i in self._order["en"]:
            self._en_sections[self._articles[i].section].append(i)
        self._legacy_pos = {i: pos for pos, i in enumerate(self._order["legacy"])}
        self._all_latest = self._latest_first(range(len(self._articles)))
        self._site_modified = max(
            (self._modified(art) for art in self._articles), default=DEFAULT_MODIFIED
        )

    # ----------------------------------------------------------------- construction
    def _latest_first(self, ids: Iterable[int]) -> list[int]:
        arts = self._articles
        return sorted(ids, key=lambda i: (arts[i].published, i), reverse=True)

    def _build_articles(self, rng: random.Random) -> None:
        start = datetime(2021, 1, 1, 12, 0, tzinfo=UTC)
        span = int((datetime(2023, 12, 31, 12, 0, tzinfo=UTC) - start).total_seconds() // 60)
        zh_titles: set[str] = set()
        en_titles: set[str] = set()
        slugs: set[str] = set()
        for idx in range(self.n_articles):
            template = TEMPLATES[idx % 3]
            k = idx // 3  # position among the articles of this template
            published = start + timedelta(minutes=rng.randrange(span))
            if template == "en":
                tz = timezone(timedelta(minutes=rng.choice(EN_TZ_OFFSETS)))
                title = self._unique(en_titles, lambda: self._en_title(rng))
                author = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
                section = rng.choice(EN_SECTIONS)
                slug = _slugify(title)
                if slug in slugs:
                    slug = f"{slug}-{idx}"
                slugs.add(slug)
                art_id: int | str = 700000 + idx
                d = published.astimezone(tz)
                canonical = f"/en/{section}/{d:%Y/%m/%d}/{slug}/"
                art = _Article(
                    idx,
                    template,
                    art_id,
                    title,
                    author,
                    published,
                    tz,
                    canonical,
                    section=section,
                    slug=slug,
                    private_link=k % 4 == 1,
                )
            elif template == "zh":
                title = self._unique(zh_titles, lambda: self._zh_title(rng))
                author = self._zh_name(rng)
                if k == 0:  # the GBK page mislabelled as utf-8 (still a real article)
                    published = datetime(2022, 3, 19, 4, 5, tzinfo=UTC)
                    art_id = WRONGCHARSET_ID
                else:
                    art_id = 1128400000 + idx
                d = published.astimezone(CST)
                canonical = f"/zh/{d:%Y-%m}/{d:%d}/c_{art_id}.htm"
                gbk = k % 3 == 1 or k == 0
                art = _Article(
                    idx,
                    template,
                    art_id,
                    title,
                    author,
                    published,
                    CST,
                    canonical,
                    traditional=k != 0 and (k // 3) % 3 == 2,
                    encoding="gbk" if gbk else "utf-8",
                    declared="utf-8" if k == 0 else ("gbk" if gbk else "utf-8"),
                    header_charset=not gbk,
                    meta_date=k % 2 == 0,
                    private_link=k % 5 == 3,
                )
                self._paths[art.print_path] = (idx, "print")
            else:
                title = self._unique(zh_titles, lambda: self._zh_title(rng))
                author = self._zh_name(rng)
                art_id = 20000 + idx
                d = published.astimezone(CST)
                canonical = f"/legacy/{d:%Y%m%d}/news_{art_id}.html"
                encoded = k % 2 == 1
                codec = ("gbk", "gb18030")[(k // 2) % 2] if encoded else "utf-8"
                art = _Article(
                    idx,
                    template,
                    art_id,
                    title,
                    author,
                    published,
                    CST,
                    canonical,
                    encoding=codec,
                    declared=codec,
                    header_charset=not encoded,
                    private_link=k % 6 == 4,
                )
            self._articles.append(art)
            self._paths[art.canonical] = (idx, "page")
            if template == "en":
                self._paths[art.canonical + "index.html"] = (idx, "page")

    def _build_related(self, rng: random.Random) -> None:
        groups: dict[str, list[int]] = {t: [] for t in TEMPLATES}
        for art in self._articles:
            groups[art.template].append(art.idx)
        n = len(self._articles)
        for art in self._articles:
            if n < 2:
                continue
            want = min(rng.randint(3, 5) + 1, n - 1)  # related + one recommended
            same = groups[art.template]
            chosen: list[int] = []
            tries = 0
            while len(chosen) < want and tries < 40 and len(same) > 1:
                tries += 1
                cand = same[rng.randrange(len(same))]
                if cand != art.idx and cand not in chosen:
                    chosen.append(cand)
            while len(chosen) < want:  # too few articles of this template: fill from others
                cand = rng.randrange(n)
                if cand != art.idx and cand not in chosen:
                    chosen.append(cand)
            art.recommended = chosen[0]
            art.related = tuple(chosen[1:])

    @staticmethod
    def _unique(seen: set[str], make: Callable[[], str]) -> str:
        title = make()
        tries = 0
        while title in seen:
            tries += 1
            title = make() if tries < 50 else f"{make()}（{len(seen)}）"
        seen.add(title)
        return title

    @staticmethod
    def _zh_name(rng: random.Random) -> str:
        given = "".join(rng.choice(ZH_GIVEN) for _ in range(rng.choice((1, 1, 2))))
        return rng.choice(ZH_SURNAMES) + given

    @staticmethod
    def _zh_title(rng: random.Random) -> str:
        field = rng.choice(ZH_FIELDS)
        kind = rng.randrange(4)
        if kind == 0:
            verb, tail = rng.choice(ZH_TITLE_VERBS), rng.choice(ZH_TITLE_TAILS)
            return f"{rng.choice(ZH_PLACES)}{verb}{field}{tail}"
        if kind == 1:
            tail = rng.choice(ZH_SLOGAN_TAILS).format(field=field)
            return f"{Site._zh_name(rng)}：{rng.choice(ZH_SLOGANS)} {tail}"
        if kind == 2:
            stat = rng.choice(ZH_STATS).split("，")[0]
            return rng.choice(ZH_TIMES) + rng.choice(ZH_PLACES) + Site._fill_zh(stat, rng)
        return f"{rng.choice(ZH_PLACES)}：{field}{rng.choice(ZH_TITLE_TAILS)}"

    @staticmethod
    def _en_title(rng: random.Random) -> str:
        place, body = rng.choice(EN_PLACES), rng.choice(EN_BODIES)
        obj = rng.choice(EN_OBJECTS)
        kind = rng.randrange(3)
        if kind == 0:
            return f"{place} {body} {rng.choice(EN_VERBS)} {obj}"
        if kind == 1:
            return f"Why {place} {body} {rng.choice(('may', 'will', 'could'))} revisit {obj}"
        return f"{place} {body} {rng.choice(EN_VERBS)} {obj} after {rng.choice(EN_PERIODS)}"

    # ----------------------------------------------------------------- body text
    @staticmethod
    def _fill_zh(template: str, rng: random.Random) -> str:
        return template.format(
            f=f"{rng.randint(1, 999) / 10:.1f}",
            n=rng.randint(2, 60),
            m=rng.randint(100, 9999),
            p=f"{rng.randint(11, 299) / 10:.1f}",
            facility=rng.choice(ZH_FACILITIES),
            field=rng.choice(ZH_FIELDS),
        )

    def _zh_sentence(self, rng: random.Random) -> str:
        kind = rng.randrange(9)
        place = rng.choice(ZH_PLACES)
        f = self._fill_zh
        if kind == 0:
            return (
                f"{rng.choice(ZH_TIMES)}，{place}{rng.choice(ZH_ORGS)}"
                f"{f(rng.choice(ZH_ACTIONS), rng)}，"
                f"{f(rng.choice(ZH_RESULTS), rng)}。"
            )
        if kind == 1:
            return (
                f"{place}{rng.choice(ZH_ORGS)}负责人表示，{f(rng.choice(ZH_PLANS), rng)}，"
                f"{f(rng.choice(ZH_GOALS), rng)}。"
            )
        if kind == 2:
            return (
                f"“{f(rng.choice(ZH_QUOTES), rng)}。”{place}{rng.choice(ZH_ROLES)}"
                f"{self._zh_name(rng)}说。"
            )
        if kind == 3:
            return (
                f"据了解，{place}{f(rng.choice(ZH_STATS), rng)}，{f(rng.choice(ZH_RESULTS), rng)}。"
            )
        if kind == 4:
            return (
                f"{rng.choice(ZH_TIMES)}，{place}围绕{rng.choice(ZH_FIELDS)}，"
                f"{f(rng.choice(ZH_ACTIONS), rng)}，{f(rng.choice(ZH_GOALS), rng)}。"
            )
        if kind == 5:
            return f"会议强调，要{f(rng.choice(ZH_PLANS), rng)}，{f(rng.choice(ZH_GOALS), rng)}。"
        if kind == 6:
            return f"记者在{place}{rng.choice(ZH_SITES)}看到，{f(rng.choice(ZH_SCENES), rng)}。"
        if kind == 7:
            return (
                f"下一步，{place}将{f(rng.choice(ZH_PLANS), rng)}，{f(rng.choice(ZH_GOALS), rng)}。"
            )
        return (
            f"数据显示，{rng.choice(ZH_TIMES)}{place}{f(rng.choice(ZH_STATS), rng)}，"
            f"{f(rng.choice(ZH_RESULTS), rng)}。"
        )

    @staticmethod
    def _fill_en(template: str, rng: random.Random) -> str:
        return template.format(
            n=rng.randint(12, 4800),
            k=rng.randint(3, 45),
            f=f"{rng.randint(11, 990) / 10:.1f}",
            year=rng.randint(2008, 2020),
        )

    def _en_sentence(self, rng: random.Random) -> str:
        kind = rng.randrange(8)
        f = self._fill_en
        if kind == 0:
            return (
                f"Officials in {rng.choice(EN_PLACES)} said the {rng.choice(EN_PROJECTS)} would "
                f"{f(rng.choice(EN_EFFECTS), rng)} by {rng.randint(2024, 2035)}."
            )
        if kind == 1:
            return (
                f"\u201c{rng.choice(EN_QUOTES)},\u201d said {rng.choice(EN_FIRST)} "
                f"{rng.choice(EN_LAST)}, {rng.choice(EN_ROLES)} at {rng.choice(EN_ORGS)}."
            )
        if kind == 2:
            return (
                f"{rng.choice(EN_THINGS).capitalize()} has risen {rng.randint(2, 48)} percent "
                "since "
                f"{rng.choice(EN_PERIODS)}, according to figures from {rng.choice(EN_ORGS)}."
            )
        if kind == 3:
            return (
                f"Critics argue that {rng.choice(EN_CLAIMS)}, while supporters say "
                f"{rng.choice(EN_COUNTERS)}."
            )
        if kind == 4:
            reaction = rng.choice(("welcomed", "questioned", "opposed", "cautiously backed"))
            return (
                f"Residents of {rng.choice(EN_DISTRICTS)} have {reaction} "
                f"the {rng.choice(EN_PROJECTS)}, which is scheduled to {rng.choice(EN_PHASES)} "
                f"in {rng.choice(EN_MONTHS)}."
            )
        if kind == 5:
            return f"Under the proposal, {f(rng.choice(EN_DETAILS), rng)}."
        if kind == 6:
            return (
                f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}, who "
                f"{f(rng.choice(EN_BIOS), rng)}, said the {rng.choice(EN_PROJECTS)} was "
                f"{rng.choice(EN_VERDICTS)}."
            )
        return (
            f"A report by {rng.choice(EN_ORGS)} estimated that {rng.choice(EN_THINGS)} could "
            f"fall by {rng.randint(3, 30)} percent within {rng.randint(2, 9)} years."
        )

    def _paragraphs(self, idx: int) -> list[str]:
        """Base paragraphs (simplified Chinese or English), without byline; cached per article."""
        cached = self._para_cache.get(idx)
        if cached is not None:
            return cached
        art = self._articles[idx]
        rng = random.Random(f"{self.seed}/{idx}/body")
        count = rng.randint(4, 8)
        local = art.local
        paras: list[str] = []
        for p in range(count):
            sentences = [
                self._en_sentence(rng) if art.template == "en" else self._zh_sentence(rng)
                for _ in range(rng.randint(2, 4))
            ]
            if p == 0:
                if art.template == "en":
                    lead = (
                        f"{rng.choice(EN_PLACES).upper()} \u2014 The {rng.choice(EN_BODIES)} on "
                        f"{local:%A} {rng.choice(EN_LEAD_VERBS)} the {rng.choice(EN_OBJECTS)}, "
                        f"{rng.choice(EN_LEAD_TAILS)}."
                    )
                else:
                    lead = (
                        f"{local.month}月{local.day}日，{rng.choice(ZH_PLACES)}召开"
                        f"{rng.choice(ZH_MEETINGS)}，{rng.choice(ZH_PURPOSES)}。"
                    )
                sentences.insert(0, lead)
            if p == count - 1 and art.template != "en" and rng.random() < 0.5:
                sentences.append(f"{rng.choice(ZH_PLACES)}有关部门负责人参加会议。")
            paras.append((" " if art.template == "en" else "").join(sentences))
        if idx < self.edited:
            paras[-1] += (
                " (This story was updated with a correction.)"
                if art.template == "en"
                else "（本文已更新，更正了部分数据。）"
            )
        self._para_cache[idx] = paras
        return paras

    # ----------------------------------------------------------------- helpers
    def _conv(self, art: _Article) -> Callable[[str], str]:
        return to_traditional if art.traditional else _ident

    def _shown_paragraphs(self, art: _Article) -> list[str]:
        conv = self._conv(art)
        return [conv(p) for p in self._paragraphs(art.idx)]

    def _shown_title(self, art: _Article) -> str:
        return self._conv(art)(art.title)

    def _summary(self, art: _Article, length: int) -> str:
        first = self._paragraphs(art.idx)[0]
        if art.template == "en":
            cut = first[:length].rsplit(" ", 1)[0]
            return cut + ("\u2026" if len(first) > length else "")
        return first[:length]

    def _href(
        self, src: _Article | None, tgt: _Article, kind: str = "article", pos: int = 0
    ) -> str:
        """Link form used to point at `tgt` from `src` (tracking params / index.html sometimes)."""
        if kind == "list":
            if tgt.template == "en" and pos % 4 == 3:
                return tgt.canonical + "index.html"
            return tgt.canonical
        if src is None or kind != "article":
            return tgt.canonical
        if tgt.template == "zh" and src.template == "zh":
            r = _mix(src.idx, tgt.idx) % 6
            return tgt.canonical + ZH_TRACKING[r] if r < 2 else tgt.canonical
        if tgt.template == "en":
            r = _mix(tgt.idx, src.idx) % 6
            if r == 0:
                return tgt.canonical + "index.html"
            if r == 1:
                return tgt.canonical + EN_TRACKING
        return tgt.canonical

    def _links(self, art: _Article) -> list[tuple[str, _Article, str]]:
        """(kind, target, anchor) in page order for the truth and the renderers."""
        conv = self._conv(art) if art.template == "zh" else _ident
        rec = [] if art.recommended is None else [("recommended", self._articles[art.recommended])]
        rel = [("related", self._articles[i]) for i in art.related]
        ordered = rec + rel if art.template == "zh" else rel + rec
        return [(kind, tgt, conv(tgt.title)) for kind, tgt in ordered]

    def _modified(self, art: _Article) -> datetime:
        """Last-Modified of an article's pages: published, or a day later once edited."""
        return art.published + EDIT_DELAY if art.idx < self.edited else art.published

    def _newest(self, ids: Iterable[int]) -> datetime:
        """Last-Modified of a list page: the newest Last-Modified of the articles it shows."""
        arts = self._articles
        return max((self._modified(arts[i]) for i in ids), default=self._site_modified)

    def _wrongcharset_title(self) -> str:
        if self._articles and self._articles[0].id == WRONGCHARSET_ID:
            return self._articles[0].title
        return "自治区召开专题会议 部署春季农牧业生产工作"

    # ----------------------------------------------------------------- public API
    def render(
        self, path_and_query: str, base_url: str = DEFAULT_BASE_URL, visit: int = 1
    ) -> Page | None:
        """Render one URL (path + optional query). None means 404.

        ``visit``: which request to this path (query and ``;params`` ignored) this is, counting
        from 1; only the fault pages ``/faults/flaky.htm`` and ``/faults/session.htm`` depend on
        it. Every 200 page carries ``last_modified``.
        """
        parts = urlsplit(path_and_query)
        path = parts.path or "/"
        query = parse_qs(parts.query)
        base = base_url.rstrip("/")
        if self.faults and path.startswith(FAULTS_DIR):
            return self._fault(path, visit)  # never cached: some depend on the visit
        hit = self._paths.get(path)
        if hit is not None:
            key = f"{hit[1]}:{hit[0]}"
        else:
            key = (
                path + "?" + parts.query
                if path.endswith(".asp") or path.startswith("/en/")
                else path
            )
        cached = self._cache.get((key, base))
        if cached is not None:
            return cached
        page = self._route(path, query, base, hit)
        if page is not None and page.status == 200:
            if page.last_modified is None:
                modified = self._modified(self._articles[hit[0]]) if hit else self._site_modified
                page = dataclasses.replace(page, last_modified=modified)
            with self._cache_lock:
                if len(self._cache) > 50_000:
                    self._cache.clear()
                self._cache[(key, base)] = page
        return page

    def truth(self) -> list[dict[str, object]]:
        """Ground truth: one dict per article a correct crawler must store."""
        if self._truth is not None:
            return copy.deepcopy(self._truth)
        linked: dict[int, set[str]] = {}
        for art in self._articles:
            for _kind, tgt, _anchor in self._links(art):
                href = self._href(art, tgt)
                if "?" in href:
                    linked.setdefault(tgt.idx, set()).add(href)
        out: list[dict[str, object]] = []
        for art in self._articles:
            urls = [art.canonical]
            if art.template == "en":
                urls.append(art.canonical + "index.html")
            if art.template == "zh":
                urls.append(art.print_path)
            urls.extend(sorted(linked.get(art.idx, set())))
            conv = self._conv(art)
            out.append(
                {
                    "id": art.id,
                    "template": art.template,
                    "canonical_url": art.canonical,
                    "urls": urls,
                    "title": self._shown_title(art),
                    "body": "\n\n".join(self._shown_paragraphs(art)),
                    "author": conv(art.author),
                    "published": art.published.isoformat(),
                    "language": "en" if art.template == "en" else "zh",
                    "related": [
                        {"url": tgt.canonical, "kind": kind, "anchor": anchor}
                        for kind, tgt, anchor in self._links(art)
                    ],
                }
            )
        self._truth = out
        return copy.deepcopy(out)

    def write_truth(self, path: Path) -> None:
        """Write the ground truth as JSON lines (UTF-8)."""
        with Path(path).open("w", encoding="utf-8") as fh:
            for row in self.truth():
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ----------------------------------------------------------------- routing
    def _route(
        self, path: str, query: dict[str, list[str]], base: str, hit: tuple[int, str] | None
    ) -> Page | None:
        if hit is not None:
            art = self._articles[hit[0]]
            if hit[1] == "print":
                return self._zh_print(art, base)
            if art.template == "zh":
                return self._zh_article(art)
            if art.template == "en":
                return self._en_article(art, base)
            return self._legacy_article(art)
        if path == "/":
            return _html(self._home())
        if path == "/robots.txt":
            text = (
                f"User-agent: *\nDisallow: {self.disallowed_prefix}\n"
                + (f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else "")
                + f"\nSitemap: {base}/sitemap.xml\n"
            )
            return Page(200, "text/plain; charset=utf-8", text.encode())
        if path == "/sitemap.xml":
            return Page(200, "application/xml", self._sitemap(base))
        if path == "/rss.xml":
            return Page(200, "application/rss+xml; charset=utf-8", self._rss(base))
        if path.startswith(self.disallowed_prefix):
            return _html(_private_page(path))
        if path.startswith(MALFORMED_DIR):
            return _malformed(path[len(MALFORMED_DIR) :])
        m = re.fullmatch(r"/zh/list/index(?:_(\d+))?\.htm", path)
        if m:
            return self._zh_list(int(m.group(1) or 1), explicit=m.group(1) is not None)
        m = re.fullmatch(r"/en/([a-z]+)(/?)", path)
        if m and m.group(1) in EN_SECTIONS:
            if not m.group(2):
                return Page(301, HTML_UTF8, b"", (("Location", path + "/"),))
            return self._en_list(m.group(1), _page_no(query))
        if path.startswith("/en/") and not path.endswith("/") and path + "/" in self._paths:
            return Page(301, HTML_UTF8, b"", (("Location", path + "/"),))
        if path == "/legacy/list.asp":
            return self._legacy_list(_page_no(query))
        return None

    # ----------------------------------------------------------------- zh template
    def _zh_head_nav(self, conv: Callable[[str], str]) -> str:
        return (
            '<div class="header"><div class="logo"><a href="/">'
            + conv("草原新闻网")
            + '</a></div><ul class="nav">'
            + f'<li><a href="/">{conv("首页")}</a></li>'
            + f'<li><a href="/zh/list/index.htm">{conv("新闻")}</a></li>'
            + f'<li><a href="/zh/list/index.htm">{conv("要闻")}</a></li>'
            + '<li><a href="/en/world/">English</a></li>'
            + f'<li><a href="/legacy/list.asp?page=1">{conv("旧版")}</a></li>'
            + "</ul></div>\n"
        )

    def _zh_paragraph_html(self, art: _Article, with_byline: bool) -> str:
        conv = self._conv(art)
        paras = self._shown_paragraphs(art)
        out: list[str] = []
        for i, text in enumerate(paras):
            if with_byline and i == len(paras) - 1:
                text = f"{text}（{conv('内蒙古日报社融媒体记者')} {conv(art.author)}）"
            body = _esc(text)
            out.append(f"<p>{_ruby(body) if art.traditional else body}</p>")
        return "\n".join(out)

    def _zh_title_html(self, art: _Article) -> str:
        t = _esc(self._shown_title(art))
        return _ruby(t) if art.traditional else t

    def _zh_bytes(self, art: _Article, doc: str) -> Page:
        ctype = f"text/html; charset={art.encoding}" if art.header_charset else "text/html"
        return Page(200, ctype, doc.encode(art.encoding))

    def _zh_article(self, art: _Article) -> Page:
        conv = self._conv(art)
        local = art.local
        title = self._shown_title(art)
        meta_date = (
            f'<meta name="publishdate" content="{local:%Y-%m-%d}">\n' if art.meta_date else ""
        )
        rec_html = ""
        rel_items: list[str] = []
        for kind, tgt, anchor in self._links(art):
            href = _attr(self._href(art, tgt))
            if kind == "recommended":
                summary = conv(self._summary(tgt, 40))
                rec_html = (
                    f'<div class="recommend"><h3>{conv("推荐阅读")}</h3>'
                    f'<a href="{href}">{_esc(anchor)}</a><p>{_esc(summary)}</p></div>\n'
                )
            else:
                rel_items.append(f'<li><a href="{href}">{_esc(anchor)}</a></li>')
        private = (
            f' <a class="preview" href="/private/draft/{art.id}.html">{conv("编辑预览")}</a>'
            if art.private_link
            else ""
        )
        doc = (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n'
            f'<meta charset="{art.declared}">\n'
            f"<title>{_esc(title)}_{conv('草原新闻网')}</title>\n"
            f'<meta name="keywords" content="{_attr(conv("新闻,内蒙古,草原"))}">\n'
            f'<meta name="description" content="{_attr(conv(self._summary(art, 60)))}">\n'
            f"{meta_date}"
            "</head>\n<body>\n"
            + self._zh_head_nav(conv)
            + f'<div class="ad">{conv("广告 招商热线：0471-6650000 诚邀合作")}</div>\n'
            + '<div class="main">\n'
            + f'<div class="crumb">{conv("当前位置")}：<a href="/">{conv("首页")}</a> &gt; '
            + f'<a href="/zh/list/index.htm">{conv("新闻")}</a> &gt; {conv("正文")}</div>\n'
            + f'<h1 class="title">{self._zh_title_html(art)}</h1>\n'
            + f'<div class="info"><span class="date">{local:%m}{conv("月")}{local:%d}'
            + f"{conv('日')} {local:%H:%M}</span> {conv('来源：内蒙古日报')}</div>\n"
            + '<div id="content">\n'
            + self._zh_paragraph_html(art, with_byline=True)
            + "\n</div>\n"
            + f'<div class="tools"><a class="print" href="{art.print_path}">{conv("打印")}</a>'
            + f"{private}</div>\n"
            + f'<div class="share">{conv("分享让更多人看到")}</div>\n'
            + rec_html
            + f'<div class="related"><h3>{conv("相关新闻")}</h3><ul>'
            + "".join(rel_items)
            + "</ul></div>\n"
            + f'<div class="ad">{conv("广告位招租 投放热线：0471-6651234")}</div>\n'
            + "</div>\n"
            + '<div class="footer"><p>'
            + conv("草原新闻网 版权所有 未经书面授权禁止转载 蒙ICP备05000001号")
            + f'</p><p><a href="/">{conv("网站首页")}</a> | {conv("联系我们")} | '
            + f"{conv('违法和不良信息举报电话：0471-12345')}</p></div>\n"
            + "</body>\n</html>\n"
        )
        return self._zh_bytes(art, doc)

    def _zh_print(self, art: _Article, base: str) -> Page:
        conv = self._conv(art)
        local = art.local
        doc = (
            "<!DOCTYPE html>\n<html>\n<head>\n"
            f'<meta charset="{art.declared}">\n'
            f"<title>{_esc(self._shown_title(art))}</title>\n"
            f'<link rel="canonical" href="{_attr(base + art.canonical)}">\n'
            '</head>\n<body class="print">\n'
            f"<h1>{self._zh_title_html(art)}</h1>\n"
            f'<div class="info">{local:%Y-%m-%d %H:%M} {conv("来源：内蒙古日报")}</div>\n'
            '<div id="content">\n'
            + self._zh_paragraph_html(art, with_byline=True)
            + "\n</div>\n"
            + f'<div class="print-tools"><a href="javascript:window.print()">{conv("打印")}</a> '
            + f'<a href="javascript:window.close()">{conv("关闭")}</a></div>\n'
            + "</body>\n</html>\n"
        )
        return self._zh_bytes(art, doc)

    def _zh_list(self, page_no: int, explicit: bool) -> Page | None:
        order = self._order["zh"]
        pages = max(1, -(-len(order) // PER_PAGE))
        if page_no < 1 or page_no > pages or (explicit and page_no == 1):
            return None
        items = []
        for i in order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]:
            art = self._articles[i]
            items.append(
                f'<li><a href="{_attr(self._href(None, art, "list"))}">'
                f"{_esc(self._shown_title(art))}</a>"
                f'<span class="time">{art.local:%Y-%m-%d %H:%M}</span></li>'
            )

        def page_url(n: int) -> str:
            return "/zh/list/index.htm" if n == 1 else f"/zh/list/index_{n}.htm"

        pager = [f'<a href="{page_url(1)}">首页</a>']
        if page_no > 1:
            pager.append(f'<a href="{page_url(page_no - 1)}">上一页</a>')
        pager.extend(
            f'<a href="{page_url(n)}">{n}</a>' if n != page_no else f"<span>{n}</span>"
            for n in range(1, pages + 1)
        )
        if page_no < pages:
            pager.append(f'<a class="next" href="{page_url(page_no + 1)}">下一页</a>')
        pager.append(f'<a href="{page_url(pages)}">尾页</a>')
        special = ""
        if page_no == 1:
            special = (
                '<div class="special"><h3>专题</h3><ul>'
                + _malformed_links(self._wrongcharset_title())
                + "</ul></div>\n"
            )
        doc = (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>新闻 第{page_no}页_草原新闻网</title>\n</head>\n<body>\n"
            + self._zh_head_nav(_ident)
            + '<div class="list"><ul>\n'
            + "\n".join(items)
            + "\n</ul></div>\n"
            + special
            + '<div class="page">'
            + " ".join(pager)
            + "</div>\n"
            + '<div class="footer"><p>草原新闻网 版权所有</p></div>\n</body>\n</html>\n'
        )
        return _html(doc, self._newest(order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]))

    # ----------------------------------------------------------------- en template
    def _en_nav(self) -> str:
        links = "".join(f'<li><a href="/en/{s}/">{s.capitalize()}</a></li>' for s in EN_SECTIONS)
        return (
            '<header class="site-header"><a class="logo" href="/">The Daily Ledger</a>'
            f'<nav class="primary"><ul><li><a href="/">Home</a></li>{links}</ul></nav></header>\n'
        )

    def _en_cookie(self) -> str:
        return (
            '<div id="cookie-banner" class="cookie-banner" role="dialog"><p>We use cookies and '
            "similar technologies to improve your experience, measure audiences and show you "
            "relevant advertising. You can change your choices at any time.</p>"
            "<button>Accept all</button> <button>Manage preferences</button></div>\n"
        )

    def _en_footer(self, private: bool) -> str:
        staff = ' | <a href="/private/admin.html">Staff login</a>' if private else ""
        return (
            '<footer class="site-footer"><p>&copy; 2024 The Daily Ledger Media Group. All rights '
            "reserved.</p><p>About us | Contact | Terms of use | Privacy policy | Advertise"
            f"{staff}</p></footer>\n"
        )

    def _en_article(self, art: _Article, base: str) -> Page:
        local = art.local
        url = base + art.canonical
        desc = self._summary(art, 160)
        iso = local.isoformat()
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art.title,
            "description": desc,
            "author": {"@type": "Person", "name": art.author},
            "datePublished": iso,
            "dateModified": iso,
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": "The Daily Ledger"},
        }
        ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        rel_items: list[str] = []
        rec_html = ""
        for kind, tgt, anchor in self._links(art):
            href = _attr(self._href(art, tgt))
            if kind == "recommended":
                rec_html = (
                    '<section class="recommended"><h2>Recommended for you</h2>'
                    f'<a href="{href}">{_esc(anchor)}</a>'
                    f"<p>{_esc(self._summary(tgt, 90))}</p></section>\n"
                )
            else:
                rel_items.append(f'<li><a href="{href}">{_esc(anchor)}</a></li>')
        paras = self._paragraphs(art.idx)
        body_html: list[str] = []
        for i, text in enumerate(paras):
            esc = _esc(text)
            if i == 0 and " \u2014 " in esc:
                dateline, rest = esc.split(" \u2014 ", 1)
                esc = f"<strong>{dateline}</strong> \u2014 {rest}"
            body_html.append(f"<p>{esc}</p>")
        tz = local.strftime("%z")
        shown_time = f"{local:%B} {local.day}, {local:%Y} {local:%H:%M} (UTC{tz[:3]}:{tz[3:]})"
        share_q = _attr(url)
        doc = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{_esc(art.title)} | The Daily Ledger</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="description" content="{_attr(desc)}">\n'
            '<meta property="og:site_name" content="The Daily Ledger">\n'
            f'<meta property="og:title" content="{_attr(art.title)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:url" content="{_attr(url)}">\n'
            f'<meta property="og:description" content="{_attr(desc)}">\n'
            f'<script type="application/ld+json">{ld_json}</script>\n'
            "</head>\n<body>\n"
            + self._en_cookie()
            + self._en_nav()
            + "<main>\n"
            + f'<article class="story" data-id="{art.id}">\n<header>'
            + f'<p class="kicker"><a href="/en/{art.section}/">{art.section.capitalize()}</a></p>'
            + f"<h1>{_esc(art.title)}</h1>"
            + f'<p class="byline">By {_esc(art.author)}</p>'
            + f'<time datetime="{iso}">{shown_time}</time></header>\n'
            + '<div class="article-body">\n'
            + "\n".join(body_html)
            + "\n</div>\n"
            + '<div class="share"><span>Share this article</span> '
            + f'<a href="https://twitter.com/intent/tweet?url={share_q}">X</a> '
            + f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_q}">Facebook</a> '
            + f'<a href="mailto:?subject={_attr(art.title)}">Email</a></div>\n'
            + "</article>\n"
            + '<aside class="newsletter"><h2>Get the Morning Ledger</h2><p>Sign up for our '
            + "free newsletter and get the day's most important stories delivered to your inbox "
            + 'every weekday morning.</p><form action="/newsletter" method="post">'
            + '<input type="email" name="email" placeholder="Your email address">'
            + "<button>Sign up</button></form></aside>\n"
            + '<aside class="related"><h2>Related stories</h2><ul>'
            + "".join(rel_items)
            + "</ul></aside>\n"
            + rec_html
            + "</main>\n"
            + self._en_footer(art.private_link)
            + "</body>\n</html>\n"
        )
        return _html(doc)

    def _en_list(self, section: str, page_no: int) -> Page | None:
        order = self._en_sections[section]
        pages = max(1, -(-len(order) // PER_PAGE))
        if page_no < 1 or page_no > pages:
            return None
        items = []
        for pos in range((page_no - 1) * PER_PAGE, min(page_no * PER_PAGE, len(order))):
            art = self._articles[order[pos]]
            items.append(
                f'<li class="teaser"><h3><a href="{_attr(self._href(None, art, "list", pos))}">'
                f"{_esc(art.title)}</a></h3>"
                f'<time datetime="{art.local.isoformat()}">{art.local:%B} {art.local.day}, '
                f"{art.local:%Y}</time><p>{_esc(self._summary(art, 120))}</p></li>"
            )
        pager = []
        if page_no > 1:
            pager.append(f'<a rel="prev" href="/en/{section}/?page={page_no - 1}">Previous</a>')
        if page_no < pages:
            pager.append(f'<a rel="next" href="/en/{section}/?page={page_no + 1}">Next</a>')
        doc = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{section.capitalize()} - page {page_no} | The Daily Ledger</title>\n"
            "</head>\n<body>\n"
            + self._en_cookie()
            + self._en_nav()
            + f'<main><h1>{section.capitalize()}</h1>\n<ul class="stories">\n'
            + "\n".join(items)
            + "\n</ul>\n"
            + '<nav class="pagination">'
            + " ".join(pager)
            + "</nav></main>\n"
            + self._en_footer(False)
            + "</body>\n</html>\n"
        )
        return _html(doc, self._newest(order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]))

    # ----------------------------------------------------------------- legacy template
    def _legacy_article(self, art: _Article) -> Page:
        local = art.local
        rel_rows: list[str] = []
        rec_html = ""
        for kind, tgt, anchor in self._links(art):
            href = _attr(self._href(art, tgt))
            if kind == "recommended":
                rec_html = (
                    '<tr><td class="tuijian"><font color="#CC0000">推荐阅读：</font>'
                    f'<a href="{href}">{_esc(anchor)}</a></td></tr>\n'
                )
            else:
                rel_rows.append(
                    f'<tr><td>·<a href="{href}" target="_blank">{_esc(anchor)}</a></td></tr>'
                )
        pos = self._legacy_pos[art.idx]
        order = self._order["legacy"]

        def neighbour(label: str, p: int) -> str:
            if 0 <= p < len(order):
                other = self._articles[order[p]]
                return f'{label}：<a href="{other.canonical}">{_esc(other.title)}</a>'
            return f"{label}：没有了"

        paras = "\n".join(f"<p>　　{_esc(p)}</p>" for p in self._paragraphs(art.idx))
        private = (
            ' | <a href="/private/admin.html"><font color="#999999">后台管理</font></a>'
            if art.private_link
            else ""
        )
        doc = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset={art.declared}">\n'
            f"<title>{_esc(art.title)}_本站新闻</title>\n"
            "</head>\n"
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
            '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td height="60"><a href="/"><font size="5" color="#CC0000"><b>本站新闻网</b>'
            '</font></a></td><td align="right"><font size="2"><a href="/">首页</a> | '
            '<a href="/legacy/list.asp?page=1">新闻中心</a> | 通知公告 | 联系我们'
            "</font></td></tr>\n"
            "</table>\n"
            '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td width="560" valign="top">\n'
            '<table width="100%" border="0" cellpadding="4" cellspacing="0">\n'
            '<tr><td class="biaoti" align="center"><font size="4" color="#003399"><b>'
            f"{_esc(art.title)}</b></font></td></tr>\n"
            '<tr><td align="center"><font size="2" color="#666666">'
            f"发布时间：{local:%Y}年{local:%m}月{local:%d}日 {local:%H:%M}&nbsp;&nbsp;"
            f"作者：{_esc(art.author)}&nbsp;&nbsp;来源：本站</font></td></tr>\n"
            f'<tr><td class="content">\n{paras}\n</td></tr>\n'
            '<tr><td align="right"><font size="2">'
            '【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>\n'
            f'<tr><td><font size="2">{neighbour("上一篇", pos + 1)}<br>'
            f"{neighbour('下一篇', pos - 1)}</font></td></tr>\n"
            '<tr><td><font color="#CC0000"><b>相关阅读</b></font>\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
            + "\n".join(rel_rows)
            + "\n</table></td></tr>\n"
            + rec_html
            + "</table>\n</td>\n"
            + '<td width="218" valign="top" bgcolor="#F5F5F5"><font size="2"><b>通知公告</b><br>'
            + "本站新版网站已上线，欢迎访问。<br>投稿邮箱：tougao@example.com<br><br>"
            + "<b>友情链接</b><br>人民网<br>新华网</font></td></tr>\n"
            + "</table>\n"
            + '<table width="778" border="0" align="center"><tr><td align="center">'
            + '<font size="2" color="#999999">版权所有 &copy; 本站新闻网 ICP备12345678号'
            + f"{private}</font></td></tr></table>\n"
            + "</body>\n</html>\n"
        )
        ctype = f"text/html; charset={art.encoding}" if art.header_charset else "text/html"
        return Page(200, ctype, doc.encode(art.encoding))

    def _legacy_list(self, page_no: int) -> Page | None:
        order = self._order["legacy"]
        pages = max(1, -(-len(order) // PER_PAGE))
        if page_no < 1 or page_no > pages:
            return None
        rows = []
        for i in order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]:
            art = self._articles[i]
            rows.append(
                f'<tr><td>·<a href="{art.canonical}" target="_blank">{_esc(art.title)}</a></td>'
                f'<td align="right"><font color="#999999">{art.local:%Y-%m-%d}</font></td></tr>'
            )
        pager = ['<a href="/legacy/list.asp?page=1">首页</a>']
        if page_no > 1:
            pager.append(f'<a href="/legacy/list.asp?page={page_no - 1}">上一页</a>')
        if page_no < pages:
            pager.append(f'<a href="/legacy/list.asp?page={page_no + 1}">下一页</a>')
        pager.append(f'<a href="/legacy/list.asp?page={pages}">尾页</a>')
        pager.append(f"共{pages}页 第{page_no}页")
        doc = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            "<title>新闻中心_本站新闻</title>\n</head>\n<body>\n"
            '<table width="778" align="center"><tr><td><a href="/">首页</a> | '
            '<a href="/legacy/list.asp?page=1">新闻中心</a></td></tr></table>\n'
            '<table width="778" align="center" border="0" cellpadding="3">\n'
            + "\n".join(rows)
            + "\n</table>\n"
            + '<table width="778" align="center"><tr><td align="center"><font size="2">'
            + " ".join(pager)
            + "</font></td></tr></table>\n</body>\n</html>\n"
        )
        shown = order[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
        return Page(200, "text/html", doc.encode("gbk"), last_modified=self._newest(shown))

    # ----------------------------------------------------------------- site-wide pages
    def _home(self) -> str:
        blocks: list[str] = []
        for template, heading, more in (
            ("zh", "草原新闻", "/zh/list/index.htm"),
            ("en", "The Daily Ledger", "/en/world/"),
            ("legacy", "本站新闻（旧版）", "/legacy/list.asp?page=1"),
        ):
            items = "".join(
                f'<li><a href="{_attr(self._articles[i].canonical)}">'
                f"{_esc(self._shown_title(self._articles[i]))}</a></li>"
                for i in self._order[template][:10]
            )
            blocks.append(
                f'<section class="latest-{template}"><h2>{heading}</h2><ul>{items}</ul>'
                f'<a class="more" href="{_attr(more)}">更多 / More</a></section>'
            )
        sections = "".join(f'<li><a href="/en/{s}/">{s.capitalize()}</a></li>' for s in EN_SECTIONS)
        return (
            '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            "<title>草原新闻网 · The Daily Ledger</title>\n"
            '<link rel="alternate" type="application/rss+xml" href="/rss.xml">\n'
            "</head>\n<body>\n"
            '<nav class="main-nav"><ul><li><a href="/">首页</a></li>'
            '<li><a href="/zh/list/index.htm">新闻</a></li>'
            f"{sections}"
            '<li><a href="/legacy/list.asp?page=1">旧版新闻</a></li></ul></nav>\n'
            + "\n".join(blocks)
            + '\n<section class="special"><h2>专题</h2><ul>'
            + _malformed_links(self._wrongcharset_title())
            + "</ul></section>\n"
            + (self._faults_block() if self.faults else "")
            + '<div class="footer"><a href="/private/admin.html">管理后台</a> | '
            + '<a href="/private/draft/2022-03-19-preview.html">草稿预览</a> | '
            + '<a href="/rss.xml">RSS</a> | <a href="/sitemap.xml">Sitemap</a>'
            + "<p>草原新闻网 版权所有</p></div>\n</body>\n</html>\n"
        )

    def _sitemap(self, base: str) -> bytes:
        entries = "".join(
            f"<url><loc>{_esc(base + self._articles[i].canonical)}</loc>"
            f"<lastmod>{self._articles[i].published.isoformat()}</lastmod></url>\n"
            for i in self._all_latest
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</urlset>\n"
        ).encode()

    def _rss(self, base: str) -> bytes:
        items = []
        for i in self._all_latest[:30]:
            art = self._articles[i]
            link = _esc(base + art.canonical)
            items.append(
                f"<item><title>{_esc(self._shown_title(art))}</title><link>{link}</link>"
                f'<guid isPermaLink="true">{link}</guid>'
                f"<pubDate>{format_datetime(art.published)}</pubDate>"
                f"<description>{_esc(self._conv(art)(self._summary(art, 100)))}</description>"
                "</item>\n"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>草原新闻网 · The Daily Ledger</title><link>{_esc(base)}/</link>\n"
            "<description>Latest stories</description>\n" + "".join(items) + "</channel></rss>\n"
        ).encode()

    # ----------------------------------------------------------------- fault routes
    def _faults_block(self) -> str:
        links = (
            ("flaky.htm", "Flaky listing (503 first)"),
            ("slow.htm", "Slow listing"),
            ("loop-a.htm", "Redirect loop"),
            ("calendar/2024-01.htm", "Event calendar"),
            (f"session.htm?sid={_session_token(self.seed, 0, 'sid')}", "Member area"),
            ("deep/", "Deep archive"),
            ("big.htm", "Oversized page"),
            ("truncated.htm", "Truncated page"),
        )
        items = "".join(
            f'<li><a href="{_attr(FAULTS_DIR + href)}">{_esc(text)}</a></li>'
            for href, text in links
        )
        return f'<div class="faults"><h2>Faults</h2><ul>{items}</ul></div>\n'

    def _article_items(self, ids: Iterable[int]) -> str:
        return "".join(
            f'<li><a href="{_attr(self._articles[i].canonical)}">'
            f"{_esc(self._shown_title(self._articles[i]))}</a></li>"
            for i in ids
        )

    def _fault_page(self, title: str, body: str, modified: datetime | None = None) -> Page:
        doc = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{_esc(title)}</title>\n</head>\n<body>\n"
            f'<p><a href="/">Home</a></p>\n<h1>{_esc(title)}</h1>\n{body}\n</body>\n</html>\n'
        )
        return _html(doc, modified or self._site_modified)

    def _fault(self, path: str, visit: int) -> Page | None:
        """The fault routes (only with ``faults=True``; the server adds the transport side):

        - ``flaky.htm``: visit 1 is a 503 with ``Retry-After: 1``; later visits a 200 listing
          that links the two newest articles.
        - ``slow.htm``: a listing, answered after ``slow_seconds`` (`Page.delay`).
        - ``loop-a.htm`` ⇄ ``loop-b.htm``: 302 to each other.
        - ``calendar/YYYY-MM.htm`` (years 1900–2999): links the previous (上一月) and next
          (下一月) month, endlessly (no link past 1900-01 or 2999-12).
        - ``session.htm`` (any query, any ``;params``): links itself with a new ``?sid=``,
          ``;jsessionid=`` and both, the tokens derived from (seed, visit).
        - ``deep/`` + ``a/`` * n: links ``…/a/`` one level deeper, endlessly.
        - ``big.htm``: an article-like page of exactly ``big_bytes`` bytes (when ``big_bytes``
          exceeds the ~300-byte skeleton).
        - ``truncated.htm``: 1000 bytes of a page announced as 5000 (`Page.declared_length`).
        """
        name = path[len(FAULTS_DIR) :]
        newest = self._all_latest
        if name == "flaky.htm":
            if visit <= 1:
                body = b"<html><body><h1>503 Service Unavailable</h1></body></html>\n"
                return Page(503, HTML_UTF8, body, (("Retry-After", "1"),))
            return self._fault_page(
                "Flaky listing", f'<ul class="list">{self._article_items(newest[:2])}</ul>'
            )
        if name == "slow.htm":
            page = self._fault_page(
                "Slow listing", f'<ul class="list">{self._article_items(newest[2:5])}</ul>'
            )
            return dataclasses.replace(page, delay=self.slow_seconds)
        if name in ("loop-a.htm", "loop-b.htm"):
            other = "loop-b.htm" if name == "loop-a.htm" else "loop-a.htm"
            return Page(302, HTML_UTF8, b"", (("Location", FAULTS_DIR + other),))
        m = re.fullmatch(r"calendar/(\d{4})-(\d\d)\.htm", name)
        if m:
            return self._calendar(int(m[1]), int(m[2]))
        if name.split(";", 1)[0] == "session.htm":
            return self._session(visit)
        m = re.fullmatch(r"deep/((?:a/)*)", name)
        if m:
            depth = len(m[1]) // 2
            return self._fault_page(
                f"Archive level {depth}",
                f'<p>Older items are one level down.</p><p><a href="{_attr(path)}a/">'
                f"Level {depth + 1}</a></p>",
            )
        if name == "big.htm":
            return Page(200, HTML_UTF8, self._big_body(), last_modified=self._site_modified)
        if name == "truncated.htm":
            full = self._long_article("Truncated page", "truncated", 5000)
            return Page(
                200,
                HTML_UTF8,
                full[:1000],
                last_modified=self._site_modified,
                declared_length=len(full),
            )
        return None

    def _calendar(self, year: int, month: int) -> Page | None:
        if not (1900 <= year <= 2999 and 1 <= month <= 12):
            return None
        here = year * 12 + month - 1
        nav = []
        for label, n in (("上一月", here - 1), ("下一月", here + 1)):
            y, mo = divmod(n, 12)
            if 1900 <= y <= 2999:
                nav.append(f'<a href="{FAULTS_DIR}calendar/{y:04d}-{mo + 1:02d}.htm">{label}</a>')
        first = datetime(year, month, 1)
        days = ((datetime(year + month // 12, month % 12 + 1, 1)) - first).days
        cells = [""] * first.weekday() + [str(d) for d in range(1, days + 1)]
        cells += [""] * (-len(cells) % 7)
        rows = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in cells[i : i + 7]) + "</tr>"
            for i in range(0, len(cells), 7)
        )
        body = (
            f'<table class="calendar"><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th>'
            f"<th>六</th><th>日</th></tr>{rows}</table>\n"
            f'<div class="calendar-nav">{" ".join(nav)}</div>'
        )
        return self._fault_page(f"活动日历 {year}年{month}月", body)

    def _session(self, visit: int) -> Page:
        sid = _session_token(self.seed, visit, "sid")
        jsid = _session_token(self.seed, visit, "jsessionid").upper()
        both = _session_token(self.seed, visit, "both")
        here = FAULTS_DIR + "session.htm"
        hrefs = (
            (f"{here}?sid={sid}", "Refresh"),
            (f"{here};jsessionid={jsid}", "Member home"),
            (f"{here};jsessionid={jsid}?sid={both}", "Member settings"),
        )
        body = (
            '<ul class="session">'
            + "".join(f'<li><a href="{_attr(h)}">{t}</a></li>' for h, t in hrefs)
            + "</ul>\n"
            + f'<ul class="list">{self._article_items(self._all_latest[:2])}</ul>'
        )
        modified = self._site_modified + timedelta(seconds=visit)  # the body changes per visit
        return self._fault_page("Member area", body, modified)

    def _long_article(self, title: str, salt: str, size: int) -> bytes:
        """An ASCII article-like page of exactly ``size`` bytes (or its bare skeleton if
        ``size`` is smaller than that)."""
        rng = random.Random(f"{self.seed}/{salt}")
        pool: list[bytes] = []
        for _ in range(64):
            text = _esc(" ".join(self._en_sentence(rng) for _ in range(4)))
            pool.append(f"<p>{text}</p>\n".encode("ascii", "xmlcharrefreplace"))
        head = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title} | The Daily Ledger</title>\n</head>\n<body>\n"
            f'<article class="story">\n<h1>{title}</h1>\n<div class="article-body">\n'
        ).encode()
        tail = b"</div>\n</article>\n</body>\n</html>\n"
        parts = [head]
        room = size - len(head) - len(tail)
        i = 0
        while room >= len(pool[i % len(pool)]):
            parts.append(pool[i % len(pool)])
            room -= len(pool[i % len(pool)])
            i += 1
        parts.append(b"\n" * max(room, 0))  # whitespace pads to the exact size
        parts.append(tail)
        return b"".join(parts)

    def _big_body(self) -> bytes:
        if self._big is None:
            body = self._long_article("Oversized page", "big", self.big_bytes)
            with self._cache_lock:
                self._big = body
        return self._big


# --------------------------------------------------------------------------- module helpers
def _mix(a: int, b: int) -> int:
    """Small deterministic integer hash of a pair (Python's hash() is salted for str)."""
    x = (a * 0x9E3779B1 + b * 0x85EBCA77 + 0x165667B1) & 0xFFFFFFFF
    x ^= x >> 15
    x = (x * 0x2C1B3C6D) & 0xFFFFFFFF
    x ^= x >> 12
    return x


def _session_token(seed: int, visit: int, salt: str) -> str:
    """Random-looking but deterministic 32-hex session id for one view of the session trap."""
    return hashlib.sha1(f"{seed}/session/{visit}/{salt}".encode()).hexdigest()[:32]


def _html(doc: str, modified: datetime | None = None) -> Page:
    return Page(200, HTML_UTF8, doc.encode("utf-8"), last_modified=modified)


def _page_no(query: dict[str, list[str]]) -> int:
    raw = query.get("page", ["1"])[0]
    return int(raw) if raw.isdigit() else -1


def _malformed_links(wrongcharset_title: str) -> str:
    names = (
        ("c_wrongcharset.htm", wrongcharset_title),
        ("c_empty.htm", "图片新闻：草原春色"),
        ("c_truncated.htm", "视频：牧区新变化"),
        ("c_report.htm", "2022年全区经济运行情况报告（附件）"),
    )
    return "".join(f'<li><a href="{MALFORMED_DIR}{n}">{_esc(t)}</a></li>' for n, t in names)


def _malformed(name: str) -> Page | None:
    if name == "c_empty.htm":
        return Page(200, "text/html", b"")
    if name == "c_truncated.htm":
        return Page(
            200,
            HTML_UTF8,
            b'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            b'<meta name="viewport" content="width=device-wid',
        )
    if name == "c_report.htm":
        return Page(
            200,
            "application/pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            b"%%EOF\n",
        )
    return None


def _private_page(path: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Restricted area</title></head>'
        f"<body><h1>Staff only</h1><p>{_esc(path)}</p>"
        '<form action="/private/login" method="post"><input name="user"><input name="password" '
        'type="password"><button>Log in</button></form></body></html>\n'
    )
