# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-third held-out news site, written without looking at the extractor: the courts,
procuratorate, police and justice bureau of one city (江州市) under a 政法网 portal, and the city's
法治报, five templates of 12 articles each (two or so 2019 pages per template), all Beijing time
(+08:00):

- 中级人民法院 (中国法院网-style, ``/article/fyxw/2024/05/id/123456.shtml``, 案例 pages under
  ``/article/alxx/``): "headline_江州市中级人民法院", ``div.b_title``, "作者：X　发布时间：2024-05-08
  10:32:15" (作者 a person, "X Y", an office such as 江州中院新闻中心, or 江州中院 with a 本网讯（通讯员
  Y Z） lead; "作者：X　通讯员：Y" on some); 案例 pages with 【基本案情】【裁判结果】【法官说法】 subheads;
  "责任编辑：E"; 2019 pages in tables, charset in the meta only; 相关文章 (related) vs 热点文章, 最新案例.
- 人民检察院 (正义网-style, ``/jcxw/202405/t20240508_123456.shtml``): "headline-江州市人民检察院",
  the 政府网站 meta block, "来源：检察日报　作者：X Z　发布时间：2024-05-08 09:12" or 来源 the 院 itself;
  检察日报 stories with 本报讯（记者 X 通讯员 Y） / （记者 X Z 通讯员 Y） leads and no 作者 field; an office
  (第二检察部) as 作者; 本网讯（通讯员 Y） leads; "【责任编辑：E】"; 相关新闻 (related) vs 热点排行, 检察要闻.
- 公安局: 警情通报 (``/jqtb/…``, two paragraphs, 来源 the 分局, a 落款 of the issuing office and the
  date, right-aligned, no author, no editor), 警方提醒 (``/jftx/…``, "作者：X" or none, "（责任编辑：E）"
  on some), 2019 pages in GB2312 named in the meta only; 相关阅读 (related) vs 热点关注; and the 微警务
  H5 share page (``/wjw/h5/detail.html?id=N&from=share``): "江州公安 2024-05-08 10:32", a "文/X" or
  "文/X Z" line (with "图/P" when a picture has a credit), "审核：S　编辑：E", 推荐阅读 (a feed, not related).
- 司法局 普法 (``/sfj/pfxc/202405/t20240508_123456.html``): "headline_江州市司法局", "发布日期：2024-05-08
  信息来源：江州市司法局　作者：X" (a person, "X、Z", the 普法与依法治理处, or none; a 本网讯（通讯员 Y）
  lead on some), "责任编辑：E　审核：S" or "审核：S" alone; 相关阅读 (related) vs 普法热文, 法律援助 links.
- 江州法治报 数字报 (方正-style, GBK named in header and meta; 2019 pages GB2312 in the meta only,
  ``/fzb/html/2024-05/08/content_123456.htm``): "江州法治报数字报-headline", 引题 / 主题 / 副题, a byline
  line "本报记者 X 通讯员 Y", "本报记者 X", "本报记者 X Z", "本报通讯员 Y" or a bare name; the day only
  ("2024年05月08日 星期三"); captions with "本报记者 P 摄"; 本版文章 (same page, not related).

Non-article pages: the portal home; lists with pagination (法院新闻 ``/fyxw/index.shtml`` …
``index_1.shtml``, 案例选编, 检察新闻, 警情通报, 警方提醒, 普法宣传); the 法治报's 往期回顾 and 版面
pages (``node_2.htm``, GBK); the 微警务 home; 法律援助 办事指南, 机构名录 and 申请表; 院领导; search;
about, contact; a video list.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline (法治报: the 主题 only, without 引题 or 副题), without the site name.
- Authors: writers and reporters (作者 X, 记者 X of a lead, 本报记者 X, 文/X, a bare byline name);
  offices (江州中院, 江州中院新闻中心, 第二检察部, 普法与依法治理处, 江州公安), 来源 (检察日报, a 分局),
  通讯员, photographers (摄, 图/P) name nobody. A 警情通报 has no author: its 落款 is the issuing office.
- Correspondents: the 通讯员 named (in a lead, the info line or a byline line).
- Editors: 责任编辑 and 编辑; 审核 is a sign-off, not an editor. The 法治报 and the 警情通报 name none.
- Date: the printed wall time, +08:00: seconds on the court, minutes on the procuratorate, police and
  H5 pages, the day on the 司法局 (发布日期) and the 法治报. A 警情通报's 落款 date and the date in its
  text are not the publication time (the info line's is).
- Body: paragraphs, subheads (案例 【…】 heads included) and descriptive captions (without credits);
  a lead stays in the first paragraph as printed. Not body: 引题/副题, byline lines, info lines,
  the 警情通报's 落款 (office and date), credit and editor lines, share bars, print/close links,
  "打开…阅读更多" and lists.
- Related: the 相关文章 / 相关新闻 / 相关阅读 lists only; 热点文章, 热点排行, 热点关注, 推荐阅读, 本版文章,
  最新案例, 检察要闻 and 普法热文 are not. The 法治报 and the H5 page have no related list.
"""
