# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-seventh held-out news site, written without looking at the extractor: one county's
portal (云溪县人民政府) and its 融媒体中心, five templates of 12 articles each, all Beijing time
(+08:00), and many pages that read like prose but are no news stories:

- 县政府 要闻 / 政策解读 (a TRS-style county portal, UTF-8): ``/xwzx/zwyw/202405/t20240508_2312345.html``
  and three 政策解读 pages ``/zwgk/zcjd/202405/t…html`` (dated, 来源 a bureau, 作者 a person); the
  政府网站 meta block, ``h1.art-title``, "发布时间：2024-05-08 10:32　来源：云溪县融媒体中心　作者：X"
  (作者 a person, two persons, 县政府办公室 or empty), 浏览次数 by script, 【字体：大 中 小】; body in
  ``div.TRS_Editor`` with "（X 摄）" credits after captions; "责任编辑：E　审核：S"; share bar,
  【打印本页】【关闭窗口】; 相关新闻 (related) vs 热点排行, 最新信息.
- 融媒体中心 (``/rmtzx/news/2024-05/08/content_58123.htm``): ``h2`` headline, "来源：云溪县融媒体中心
  2024-05-08 10:32:15"; the story opens with a lead "云溪融媒讯（记者 X 通讯员 Y）", "云溪融媒讯（记者
  X）", "云溪融媒讯（通讯员 Y Z）", "本报讯（记者 X Z 通讯员 Y）" or a bare "本报讯 ", or carries a
  byline paragraph "记者 X" / "记者 X 通讯员 Y" above the text; "X 摄" credits; "编辑：E　责任编辑：E2
  审核：S"; 上一篇; 相关新闻 (related) vs 排行, 视频新闻.
- 乡镇动态 in GBK (a DedeCMS-style channel, ``/xzdt/lqz/2024/0508/3123.html``, the charset in a
  meta and the header): "时间:2024-05-08 09:32:15 来源:龙泉镇 作者:龙泉镇党政办 点击:" (作者 the
  town's office, a person or two); "本网讯（通讯员 Y）" leads; "（责任编辑：E）"; 上一篇/下一篇;
  相关文章 (related) vs 乡镇导航, 最新乡镇动态, 热点排行.
- 部门动态 (``/bmdt/nyncj/202405/t20240508_2323456.html``): "发布日期：2024-05-08　信息来源：县农业农村局
  作者：X" (the day only; 作者 a person, the bureau, or absent); 《云溪报》 copy with "本报讯（记者 X
  通讯员 Y）" leads (信息来源：云溪报); a closing "（供稿：D　撰稿：X　审核：S）" line; 【责任编辑：E】;
  相关阅读 (related) vs 部门导航, 通知公告, 最新动态.
- the 2019 portal in GB2312 (an ASP 动易-style system, ``/Item/Show.asp?m=1&d=1523``): tables and
  ``<font>``, "作者：X　文章来源：云溪县新闻中心　更新时间：2019-5-8 9:32:15" (作者 a person, "记者 X
  通讯员 Y", 县新闻中心 or 本站); captionless pictures; 【责任编辑：E】; 相关文章 (related) vs 热门文章.

Non-article pages (same chrome): the home page; 县情概况 (long prose); 政务公开; 领导之窗 and two 领导简介
pages (biography, photo, 工作分工); 机构职能 (a bureau's numbered duties); 联系我们; a 乡村振兴 专题
landing page (intro paragraph, story cards); 通知公告 with one-line summaries (``index_2.html``);
政策文件; 政策解读 list; 视频 list and a 视频 page (player, one-line description); 图片新闻 gallery;
县长信箱 (instructions and a form); 网站地图; a search page; every section's list with
``index_2.html`` pagination (乡镇 list in GBK, 2019 list in GB2312); 往期回顾 and its day pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: reporters and writers: 作者 X (split on spaces), 记者 X of a lead, a byline paragraph
  or the 作者 field, 撰稿 X. Offices (县政府办公室, 龙泉镇党政办, 县农业农村局, 县新闻中心, 本站), 来源
  / 信息来源, 通讯员, photographers and a bare "本报讯" name nobody.
- Correspondents: the 通讯员 named (leads, byline paragraphs, the 作者 field).
- Editors: 编辑, 责任编辑; 审核 is a sign-off.
- Date: the printed wall time: minutes on the 县政府 pages, seconds on the 融媒体, 乡镇 and 2019
  pages, the day on 部门动态.
- Body: paragraphs, subheads and descriptive captions; a lead opening the first paragraph
  (云溪融媒讯（…）, 本报讯（…）, 本网讯（…）) stays in it as printed. Not body: byline paragraphs,
  picture credits, info lines, 供稿/撰稿/审核 lines, editor lines, 原文链接, share bars, print/close
  links, 上一篇/下一篇 and lists.
- Related: the 相关新闻 / 相关文章 / 相关阅读 lists only; 热点排行, 排行, 最新, 导航, 通知公告 and
  video boxes are not related.
"""
