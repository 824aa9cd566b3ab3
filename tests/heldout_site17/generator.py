"""The seventeenth held-out site: 60 articles over five templates of small Chinese institutional
sites, every page rendered in memory.

``Site17(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
import re

from heldout import Art, Block
from heldout_gen import GenSite, Pools
from heldout_site7.pools import names

from . import templates

TOPICS = {
    "vsb": [
        "一流学科建设",
        "本科教育教学审核评估",
        "毕业生就业创业",
        "国家级一流本科课程",
        "实验室安全",
        "研究生教育",
        "校企协同育人",
        "青年志愿服务",
        "学风建设",
        "国际交流合作",
        "思政课程改革",
        "科研平台建设",
    ],
    "assoc": [
        "团体标准",
        "绿色建造",
        "安全生产标准化",
        "行业统计",
        "职业技能竞赛",
        "信用评价",
        "装配式建筑",
        "企业数字化转型",
        "工程质量提升",
        "会员服务",
        "农民工工资支付",
        "BIM技术应用",
    ],
    "corp": [
        "智能工厂",
        "安全生产月",
        "质量月",
        "研发中心",
        "精益生产",
        "海外市场",
        "节能降碳改造",
        "新产品发布",
        "客户服务",
        "人才培养",
        "党建共建",
        "供应链协同",
    ],
    "gov": [
        "课后服务",
        "校园安全",
        "义务教育招生",
        "防溺水安全教育",
        "劳动教育",
        "学生体质健康",
        "学前教育普及普惠",
        "集团化办学",
        "心理健康教育",
        "校园食品安全",
        "教师队伍建设",
        "中考备考",
    ],
    "hosp": [
        "胸痛中心建设",
        "多学科诊疗",
        "日间手术",
        "卒中急救",
        "智慧医院建设",
        "护理质量",
        "医联体建设",
        "无偿献血",
        "健康科普",
        "互联网医院",
        "危重孕产妇救治",
        "安宁疗护",
    ],
}
UNITS = {
    "vsb": [
        "机械工程学院",
        "外国语学院",
        "化学化工学院",
        "马克思主义学院",
        "计算机科学与技术学院",
        "经济管理学院",
        "土木工程学院",
        "研究生院",
    ],
    "assoc": ["秘书处", "标准化工作委员会", "质量安全分会", "建筑设计分会", "行业发展部"],
    "corp": ["装备事业部", "研发中心", "营销中心", "制造部", "人力资源部", "质量管理部"],
    "gov": ["城关第二小学", "实验中学", "育才小学", "第三幼儿园", "滨江初级中学", "职业中专"],
    "hosp": ["心血管内科", "神经内科", "急诊科", "护理部", "妇产科", "普外科", "医务部"],
}
PLACES = ["南京", "苏州", "无锡", "常州", "扬州", "镇江", "南通", "泰州"]

HEAD = {
    "vsb": [
        "我校召开{topic}推进会",
        "{unit}举办{topic}专题报告会",
        "我校{topic}工作取得新进展",
        "学校党委理论学习中心组专题学习{topic}",
        "{unit}赴{place}开展{topic}调研",
        "我校在{topic}方面再获佳绩",
        "{unit}举行{topic}经验交流会",
    ],
    "assoc": [
        "协会召开{topic}工作座谈会",
        "{topic}专题培训班在{place}举办",
        "协会赴{place}开展{topic}调研",
        "{unit}召开{topic}专家评审会",
        "协会组织会员单位观摩{topic}示范项目",
        "关于做好{topic}相关工作的情况通报",
        "{place}片区{topic}交流会顺利召开",
    ],
    "corp": [
        "公司{topic}活动圆满举行",
        "{unit}{topic}项目顺利通过验收",
        "公司召开{topic}专题会议",
        "{topic}再结硕果 公司获评省级示范",
        "公司与{place}合作伙伴开展{topic}交流",
        "{unit}扎实推进{topic}工作",
        "聚力{topic} 公司举办专题培训",
    ],
    "gov": [
        "区教育局召开{topic}工作部署会",
        "{unit}开展{topic}主题活动",
        "我区{topic}工作获市级表彰",
        "区教育局督查{topic}落实情况",
        "{unit}举行{topic}现场观摩会",
        "我区召开{topic}推进会",
        "区教育局多措并举推进{topic}",
    ],
    "hosp": [
        "我院{unit}成功开展{topic}新技术",
        "{unit}举办{topic}学术交流会",
        "我院开展{topic}主题义诊活动",
        "我院{topic}工作通过省级评审",
        "{unit}联合社区开展{topic}宣传",
        "我院召开{topic}推进会",
        "{unit}{topic}再添新成果",
    ],
}
FRAMES = {
    "vsb": [
        "会上，{person}围绕{topic}作了专题报告，从背景意义、目标任务和实施路径等方面进行了系统阐述。",
        "{unit}相关负责人表示，将以此次活动为契机，把{topic}各项任务落到实处。",
        "近年来，学校高度重视{topic}工作，先后出台了{n}项配套制度，累计投入经费{n2}万元。",
        "与会师生纷纷表示，报告内容丰富、案例生动，对做好{topic}具有很强的指导意义。",
        "校党委副书记{person}出席并讲话，{unit}全体教职工参加会议。",
    ],
    "assoc": [
        "协会会长{person}在讲话中指出，{topic}是推动行业高质量发展的重要抓手。",
        "来自全省{n}家会员单位的{n2}余名代表参加了此次活动。",
        "据统计，今年一季度全省建筑业完成产值同比增长{pct}%，{topic}相关项目占比持续提升。",
        "{unit}负责同志通报了{topic}工作开展情况，并对下一阶段重点工作作了部署。",
        "与会代表围绕{topic}中遇到的难点问题进行了深入交流，提出了意见建议。",
    ],
    "corp": [
        "公司总经理{person}在致辞中表示，{topic}是公司“十四五”发展规划的重要内容。",
        "{unit}全体员工积极参与，累计提出合理化建议{n}条，预计年节约成本{n2}万元。",
        "此次{topic}共涉及生产线{n}条，设备综合效率提升{pct}%。",
        "活动现场，{unit}负责人介绍了{topic}的主要做法和阶段性成效。",
        "下一步，公司将持续深化{topic}，为客户提供更优质的产品和服务。",
    ],
    "gov": [
        "会议强调，各学校要进一步提高思想认识，把{topic}作为当前的重点工作抓紧抓实。",
        "{unit}校长{person}介绍了学校在{topic}方面的经验做法。",
        "截至目前，全区已有{n}所中小学校完成{topic}相关工作，覆盖学生{n2}余人。",
        "区教育局相关科室负责人对{topic}工作提出了具体要求。",
        "活动中，孩子们积极参与，在实践中增强了{topic}的意识。",
    ],
    "hosp": [
        "{unit}主任{person}介绍，{topic}的开展大大缩短了患者的平均住院日。",
        "活动当天，共接待群众咨询{n2}余人次，发放健康宣传资料{n}00余份。",
        "近年来，我院高度重视{topic}，每年投入专项资金{n}0万元用于设备更新和人才培养。",
        "据了解，患者术后恢复良好，目前已康复出院。",
        "专家们耐心细致地为群众测量血压、血糖，解答健康问题，并给出个性化的诊疗建议。",
    ],
}
OPEN = ["近日，", "日前，", "此外，", "同时，", "据介绍，", "下一步，", "会上，", "", "", ""]
SUBJ = [
    "相关部门",
    "与会人员",
    "各单位",
    "工作组",
    "全体党员干部",
    "专家组",
    "参会代表",
    "项目团队",
]
PRED = [
    "认真学习了有关文件精神",
    "围绕重点任务进行了深入讨论",
    "对照目标逐项梳理了工作清单",
    "进一步明确了责任分工",
    "详细听取了情况汇报",
    "实地查看了现场推进情况",
    "就存在的问题提出了整改意见",
    "交流了各自的经验做法",
    "强化了工作统筹和协调配合",
    "对下一步工作作出了具体安排",
    "细化了时间表和路线图",
    "健全完善了长效机制",
]
TAIL = [
    "。",
    "，确保各项工作取得实效。",
    "，为{topic}打下了坚实基础。",
    "，推动{topic}走深走实。",
    "，取得了良好效果。",
]
CAPTIONS = [
    "图为{topic}活动现场。",
    "{unit}工作人员在现场进行讲解。",
    "与会人员合影留念。",
    "图为{person}作专题报告。",
    "{month}月{day}日，参会人员在{place}参观学习。",
    "活动现场座无虚席。",
]
SUBHEADS = {
    "vsb": ["一、提高政治站位", "二、聚焦重点任务", "三、强化组织保障"],
    "assoc": ["一、基本情况", "二、主要做法", "三、下一步工作安排"],
    "corp": ["立足实际 精准发力", "凝心聚力 再创佳绩"],
    "gov": ["一是强化组织领导", "二是细化工作措施", "三是加强督促检查"],
    "hosp": ["多学科协作 守护生命", "技术创新 惠及患者"],
}


def _fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {
        "n": str(rng.randint(3, 48)),
        "n2": str(rng.randint(60, 900)),
        "pct": f"{rng.randint(2, 30)}.{rng.randint(1, 9)}",
        "person": names(rng, 1)[0],
        "month": "5",
        "day": str(rng.randint(1, 28)),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


POOLS = Pools(HEAD, FRAMES, CAPTIONS, _fill, (OPEN, SUBJ, PRED, TAIL), frame_share=0.45)


class Site17(GenSite):
    modules = (templates,)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 1717) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl, fn in (
            ("vsb", self._vsb),
            ("assoc", self._assoc),
            ("corp", self._corp),
            ("gov", self._gov),
            ("hosp", self._hosp),
        ):
            self._make(tpl, fn)

    def _ctx(self, tpl: str) -> dict[str, str]:
        rng = self.rng
        return {
            "topic": rng.choice(TOPICS[tpl]),
            "unit": rng.choice(UNITS[tpl]),
            "place": rng.choice(PLACES),
        }

    def _make(self, tpl: str, fill: object) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=True, hours=(8, 18))
            ctx = self._ctx(tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            blocks = self._blocks(tpl, sizes[i], ctx, rng.choice([0, 1, 1, 2, 3]), when)
            nm = names(rng, 6)
            a = Art(tpl, i, "", title, [], when, "day", blocks)
            a.x = {
                "ctx": ctx,
                "nm": nm,
                "id": rng.randint(1000, 9999),
                "hits": rng.randint(80, 4000),
            }
            fill(a)  # type: ignore[operator]
            arts.append(a)
        for k, a in enumerate(arts):
            if k % 4 == 3:
                continue  # no 相关 block on this page
            pool = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(pool, rng.randint(2, 5))]
        self.arts += arts

    # --- 1. 博达 VSB / WebPlus Pro university news ----------------------------------------
    def _vsb(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["one", "wentu", "unit", "two", "corr", "one"][i % 6]
        a.x["style"] = style
        a.authors = {"one": nm[:1], "wentu": nm[:1], "two": nm[:2], "unit": []}.get(style, [])
        if style == "corr":
            a.correspondents = nm[:2]
        a.editors = nm[3:4]  # 审核：nm[2] 编辑：nm[3]
        a.x["enc"] = "gb2312" if i % 4 == 1 else "utf-8"
        if i % 3 == 0:
            a.precision = "minute"
        for b in a.blocks:
            if b.kind == "img" and self.rng.random() < 0.35:
                b.text = ""  # a picture with no caption under it
        col = ["1012", "1012", "1013", "1015"][i % 4]
        a.x["col"] = col
        a.path = f"/info/{col}/{34000 + a.x['id'] * 3 + i}.htm"

    # --- 2. 行业协会 ASP.NET --------------------------------------------------------------
    def _assoc(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["one", "org", "two", "one", "site", "edit"][i % 6]
        a.x["style"] = style
        a.authors = {"one": nm[:1], "two": nm[:2], "edit": nm[:1]}.get(style, [])
        if style in ("edit", "two"):
            a.editors = nm[4:5]
        a.precision = "second"
        a.path = f"/News/Show.aspx?id={1000 + a.x['id'] // 4 * 3 + i}"

    # --- 3. 上市公司 新闻中心 --------------------------------------------------------------
    def _corp(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["none", "credits", "none", "credits2", "wen", "none"][i % 6]
        a.x["style"] = style
        a.authors = {"credits": nm[:1], "credits2": nm[:1], "wen": nm[:1]}.get(style, [])
        if style == "credits2":
            a.editors = nm[2:3]
        a.x["sec"] = "qyxw" if i % 3 else "hydt"
        a.path = f"/news/{a.when:%Y/%m%d}/{a.x['id']}.html"

    # --- 4. 区教育局 on a 大汉 jcms variant ------------------------------------------------
    def _gov(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["none", "author", "none", "zb", "gaozi", "none"][i % 6]
        a.x["style"] = style
        if style == "author":
            a.authors = nm[:1]
        if style == "zb":
            a.editors = nm[1:2]
        if style == "gaozi":
            a.correspondents = nm[:1]  # （通讯员 X）opens the first paragraph: no body text
        a.x["table"] = i % 3 == 1
        if i % 2 == 0:
            a.precision = "minute"
        col = [1234, 1235, 1236][i % 3]
        a.x["col"] = col
        w, artid = a.when, 567000 + a.x["id"] * 7
        a.path = f"/art/{w.year}/{w.month}/{w.day}/art_{col}_{artid}.html"

    # --- 5. 三甲医院 hospital news --------------------------------------------------------
    def _hosp(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["wentu", "corr", "wen", "corrwen", "none", "wentu"][i % 6]
        a.x["style"] = style
        a.authors = {"wentu": nm[:1], "wen": nm[:2], "corrwen": nm[:1]}.get(style, [])
        if style in ("corr", "corrwen"):
            a.correspondents = nm[2:4] if style == "corr" else nm[2:3]
        if i % 2 == 1:
            a.editors = nm[5:6]
        if i % 4 == 2:
            a.precision = "minute"
        a.path = f"/yyxw/{4000 + a.x['id'] // 3 + i}.html"


__all__ = ["Block", "Site17"]
