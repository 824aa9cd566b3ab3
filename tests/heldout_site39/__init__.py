# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A thirty-ninth held-out news site, written without looking at the extractor: five templates
imitating Chinese legal-affairs and public-security news sites (政法新闻), all Beijing time
(+08:00), 12 articles each:

- 中国法院网 (chinacourt.org): ``/article/detail/2024/05/id/7945123.shtml``; no ``<h1>``: the
  headline is ``div.b_title`` (a ``div.s_title`` "——X工作综述" under it on some pages), then
  "作者：X&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2024-05-08 10:32:15" and a separate "来源：人民法院报 /
  中国法院网 / 新华网 / <a court>" line. The 作者 field as the desk typed it: "X", "X Y", "X　Y",
  "人民法院报记者 X", a court alone ("澜阳市中级人民法院"), a court and a person
  ("云州市中级人民法院　X"), or empty ("作者：" and nothing). Leads inside the first paragraph:
  "中国法院网讯　（记者 X 通讯员 Y）", "中国法院网讯　（X Y）", "中国法院网讯　（通讯员 Y Z）" (the
  作者 field naming the court), "本报北京5月7日电（记者 X）", "新华社北京5月7日电（记者X、Y）".
  Captions "text　X 摄" in one centred paragraph; 责任编辑：E under the story on most pages; the
  copyright notice; 相关文章 (related) vs 24小时排行, 一周排行, 最新发布, 图片新闻 (not). Two 2019
  pages (``/2019/05/``) have the same template.
- 正义网 (jcrb.com, TRS: ``/procuratorate/jcpd/202405/t20240508_2612345.html``): ``h1.title``,
  "时间：2024-05-08 09:32:15　来源：正义网　作者：X" (作者 missing on some pages), the text in
  ``TRS_Editor``, 责任编辑：E, 相关新闻 (related) vs 高检发布, 热点推荐, 图片新闻 (not). Leads
  "正义网讯（记者 X 通讯员 Y）", "正义网讯（记者 X Y）", "正义网讯（通讯员 Y Z）" (no 作者),
  "正义网北京5月8日电（记者 X）", "本报讯（记者X）" on 来源：检察日报 copy; 来源：最高人民检察院网上发布厅
  names nobody. One 2019 page keeps the old table layout in GB2312 (named by the meta only). Plus
  the 检察日报 e-edition (``/2024/20240508/20240508_002/20240508_002_3.htm``): ``<title>`` is just
  "检察日报数字报"; 引题 ``h3.yinti`` above, 主题 ``h1.biaoti``, 副题 ``h2.futi`` "——…办理纪实"
  below; "2024年05月08日 星期三", "第02版：要闻"; a 版面 picture with a ``<map>``, 版面导航 and
  本版标题导航 lists; leads "本报讯（记者X 通讯员Y Z）" / "本报讯（通讯员Y）", a byline paragraph
  "□本报记者　X　通讯员　Y", or a 理论 essay opened by "□X" and closed by "（作者单位：…人民检察院）".
- 澜江省公安厅 (a provincial public-security department on a government CMS, GBK in the meta and
  the header): ``/jwzx/jwdt/2024/0508/98765.html``; the 政府网站 metas (ArticleTitle, PubDate,
  ContentSource, Author = the 作者 field or the unit); a 索引号 table (索引号, 主题分类, 发布单位
  澜江省公安厅, 成文日期, 名称 = the headline, 发布日期 as a day) above ``.art-title h2``;
  "发布时间：2024-05-08 16:21　信息来源：澜州市公安局滨江分局　作者：X　阅读次数：<script>　【字体：大
  中 小】"; 作者 "X", "X　Y", "记者 X 通讯员 Y" (信息来源：澜江法治报), "文/X 图/P", "高新分局 X"
  (a unit and a person), or no 作者; a closing "（通讯员：Y　Z）" line on some; 【责任编辑：E】;
  【打印本页】【关闭窗口】; captions "text（P 摄）" / "textP　摄"; 相关新闻 (related) vs 警方提示,
  点击排行 (not). Two 2019 pages on the old table layout (GB2312 in the meta only, the header names
  no charset): "日期：2019-05-08　来源：unit　作者：X (or the unit again)　点击：1234", a day only.
- 中国长安网 (chinapeace.gov.cn): ``/chinapeace/c100007/2024-05/08/content_12731234.shtml``; the
  政府网站 metas; ``h1.article-title``, "2024-05-08 09:05:11　来源：法治日报　作者：X" (作者 "X Y" on
  two-reporter and 新华社 copy, absent when the story carries its own byline lines or is the
  portal's or a 政法委's); leads inside the first paragraph in 法治日报's style with no
  parentheses: "本报北京5月7日讯 记者X　", "本报讯 记者X 通讯员Y Z　", "本报讯 记者X Y　", and
  "新华社北京5月7日电（记者X、Y）"; byline paragraphs opening the story: "□ 本报记者　X" + "□
  本报通讯员　Y", "□ 本报记者　X　Y", "法治日报全媒体记者　X"; captions with a credit paragraph
  under them (新华社记者 P 摄, 法治日报记者 X 摄, 图片由…政法委提供, 资料图片); "编辑：E" or "责任编辑：E";
  相关新闻 (related) vs 热点新闻, 推荐阅读, 长安号 (not). Two 2019 pages use an older info block
  ("发布时间：2019-05-14 12:13:28　来源：…　作者：X").
- 云州市司法局 (a city justice bureau on 大汉 JCMS): ``/art/2024/5/8/art_1532567_58912345.html``;
  the 政府网站 metas (PubDate with minutes, Author = 作者 or the 来源 unit); a 索引号 table (发布机构,
  生成日期) on half the pages; the headline in a table cell between ``<!--<$[标题名称]>begin-->``
  comments (``<title>`` is the bare headline); "发布日期：2024-05-08　文章来源：江滨区司法局　作者：X
  浏览次数：<script>　【字体：大 中 小】" (a day only); 作者 "X", "X　Y", an office
  ("普法与依法治理处") or none; closing lines inside the content: "撰稿：X　摄影：P　审核：R",
  "编辑：E　审核：R", "编辑：E", "（供稿：南湖街道司法所）"; 【打印本页】【关闭窗口】; 相关信息 (related)
  vs 最新动态, 热点信息 (not). Two 2019 pages from the old TRS WCM site
  (``/xxgk/gzdt/201905/t20190508_3123456.html``): GB2312 named only by the HTTP header (no meta
  charset), "来源：…　作者：X　发布时间：2019-05-08 15:20" (minutes), the ``TRS_Editor`` div with its
  own ``<style>`` block, relative links (``../../../``, ``./W0….jpg``); no related block.

Plus the home page, each CMS's section fronts with their own pagination (中国法院网
``/article/index/id/<id>/page/2.shtml``, TRS ``index_1.html``, the 公安厅's ``index_2.html`` in GBK,
长安网 ``list_2.shtml``, 大汉 JCMS ``?uid=4989321&pageNum=2`` whose list is a ``<script
type="text/xml">`` datastore of CDATA records, the TRS 2019 column), the e-edition's 往期回顾 page
and 版面 pages, 专题 pages (公益诉讼, 平安中国, 警方提示), five search pages, about, contact and site
maps.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (``div.b_title``, ``h1``, ``h2``, the JCMS title cell, the
  e-edition's 主题), without a site name; 中国法院网's ``s_title`` and the e-edition's 引题 and 副题
  are not part of it.
- Authors: the people a byline names as writers: 作者 X (split on spaces and 　; "人民法院报记者",
  "记者" dropped), 记者 X of a lead (中国法院网讯/正义网讯/本报讯/本报…讯/新华社…电), "□本报记者 X",
  "法治日报全媒体记者 X", "□X" over a 理论 essay, 文/X, 撰稿：X, a person named after a unit in the
  作者 field ("云州市中级人民法院　X" → X). Photographers (X 摄, 图/P, 摄影：P), units and offices
  (courts, 分局, 政法委, 司法所, 普法与依法治理处), outlets and agencies (来源：人民法院报, 新华网,
  正义网, 澜江法治报, 中国长安网, 最高人民检察院网上发布厅) and an empty 作者 field are no authors; a
  作者 field naming the unit again names nobody.
- Correspondents: the 通讯员 a page names (in a lead, a byline paragraph, the 作者 field or a
  closing "（通讯员：Y　Z）" line); on a page with no reporter they are the only people named.
- Editors: 责任编辑 and 编辑 only; 审核 is a sign-off, not an editor. The e-edition prints none.
- Date: the printed first-publication wall time: seconds on 中国法院网, 正义网 and 中国长安网,
  minutes on the 公安厅's current pages and the 司法局's 2019 TRS pages, the day on the e-edition,
  the 公安厅's 2019 pages and the 司法局's JCMS pages (whose PubDate meta carries minutes).
- Body: paragraphs, subheads and descriptive picture captions; a lead opening the first paragraph
  (中国法院网讯（…）, 正义网讯（…）, 本报讯（…）, "本报北京5月7日讯 记者X", 新华社…电（…）) stays in it
  as printed. Not body: byline paragraphs (□…, 法治日报全媒体记者 X), the closing 通讯员 / 撰稿 /
  编辑 / 审核 / 供稿 lines, "（作者单位：…）", 责任编辑 lines, picture credits (X 摄, （P 摄）,
  新华社记者 P 摄, 资料图片, 摄影：P), info lines, 索引号 tables, notices, share bars, print/close
  links and lists.
- Related: the 相关文章 / 相关新闻 / 相关信息 lists only, each naming other stories of the same site
  (2019 pages name 2019 pages); about a third of the pages (and every e-edition, 2019 公安厅, 2019
  长安网 and TRS page) have none. 排行, 最新发布, 图片新闻, 高检发布, 热点推荐, 警方提示, 点击排行,
  热点新闻, 推荐阅读, 长安号, 最新动态, 热点信息, 版面导航 and 本版标题导航 are not related.
"""
