"""Word pools the test-site generator draws titles, names and sentences from (data tables)."""

from __future__ import annotations

import re

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
RUBY_RE = re.compile("[" + "".join(RUBY_PINYIN) + "]")


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
