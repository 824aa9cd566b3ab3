# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A fortieth held-out news site, written without looking at the extractor: five templates
imitating the small Chinese CMSes that county, company, association and local news sites run on,
all Beijing time (+08:00), 12 articles each:

- 云溪融媒 (a county 融媒体中心 on PbootCMS 3.x, the Bootstrap "aoyun" skin): ``/news/1814.html``
  and ``/xzdt/2109.html``; the headline in ``h2.art-title`` (the page has no ``<h1>``); the info
  line "来源：云溪融媒　作者：…　发布时间：2024-05-08 10:03　浏览量：5769" (minutes), whose 作者 is
  "融媒记者 X", "X Y", "X、Y、Z", "通讯员 Z", "融媒记者 X　通讯员 Z", a bureau (县应急管理局), a town
  (石鼓镇), the site itself (云溪融媒, 云溪县融媒体中心) or PbootCMS's default user name
  超级管理员; lines the desk typed at the end of the content, right-aligned: "文/X　图/P",
  "撰稿：X　审核：Y", "（供稿：石鼓镇党政办）", "编辑：E　审核：R", "责任编辑：E", "编辑：E　审核：R
  终审：S"; one story pasted from the 135/秀米 editor (nested ``<section>``/``<span>``, a "记者｜X
  通讯员｜Z" line above and "编辑｜E　审核｜R" below); empty ``<p><br/></p>`` paragraphs; captions in
  楷体 with "（融媒记者 P 摄）" / "（资料图）" credits; tags (标签), 上一篇/下一篇 ("没有了！"),
  相关新闻 (from the tags: only tagged stories have it) vs 热门文章, 最新发布, 图说云溪. Two 2019
  pages.
- 恒锐重工 新闻动态 (a machinery maker on MetInfo 7.9): ``/news/shownews.php?lang=cn&id=264``,
  every link relative (``../news/…``); a hidden ``<h1>`` with the company name in the header
  before the story's ``<h1>``; "发布时间：2024-05-01 15:58:50　发布者：admin　点击次数：<script>"
  (seconds); writers only in lines the editor typed: "文/行政人事部　X" above the story,
  "撰稿：X　审核：Y", "撰稿：X　Y　摄影：P", "供稿部门：生产制造部 / 撰稿：X　摄影：P / 编辑：E　审核：Y",
  "作者：X（结构件分厂）", "撰稿：X　编辑：E　审核：Y", "（供稿：安全环保部）", "来源：中国工程机械工业协会"
  above or "（来源：第一工程机械网）" below a reprinted 行业动态 story, or nothing at all; 上一篇/下一篇, 相关新闻 (related) vs 为您推荐
  (site-wide), tags, the "Powered by MetInfo" footer. Two 2019 pages on the MetInfo 5.3 skin:
  the only date is printed as "更新时间：2019-05-18 08:30:59" under the story, beside 点击次数,
  【打印此页】【关闭】 and 上一条/下一条; no related block.
- 江淮建材行业协会 (an industry association on EyouCMS, served in GBK; the charset is named only in
  the HTTP header, no meta tag): ``/xhdt/1585.html`` (协会动态), ``/hyzx/1613.html`` (行业资讯);
  "发布时间：2024-05-11　来源：…　作者：…　浏览：<script arcclick>次" (the day only); 作者 "X",
  "X、Y", "协会秘书处", a member company (with "（供稿：…有限公司）" closing the story), "本站",
  "佚名" (来源 中国建材网), "记者 X 通讯员 Y" on copy from 江淮日报, "X" on copy from 中国建材报 /
  建筑时报, and "admin" (the CMS user) on a story whose writer is a centred "文/X" first line;
  "（责任编辑：E）" / "责任编辑：E" closing some stories; captions with "（P　摄）" / "（协会秘书处供图）";
  an 附件下载 line, 上一篇/下一篇, 相关文章 (EyouCMS's likearticle: related) vs 通知公告, 热门推荐
  (not), "Powered by EyouCms". Two 2019 pages.
- 楚南新闻网 (a city portal on XunRuiCMS): ``/news/show-18948.html``; "来源：楚南日报　作者：…
  发布时间：2024-05-14 19:16　浏览：<dr_show_hits>" (minutes; ``bytedance:published_time`` carries
  seconds); 作者 "X", "X Y", "楚南日报全媒体记者 X", "新华社记者 X Y" (with a 新华社 电头 lead naming
  them), "X Y 通讯员 Z", a bureau, none (a "本报讯（记者 X 通讯员 Y）" or "本报讯（通讯员 Y Z）" lead
  opens the story), or "admin" (the CMS user: nobody, or a closing "（楚南日报记者 X）" line); a
  【导读】 box repeating the first paragraph's start above the story; captions with "P 摄" /
  "楚南日报全媒体记者 P 摄" / "（资料图片）"; 【责任编辑：E】; 关键词, 上一篇/下一篇, 相关阅读 (related)
  vs 24小时热闻, 图文推荐, a comment box and a disclaimer. Two 2019 pages.
- 桐江信息港 (an old local portal on 齐博CMS V7, table layout, GB2312 named only in a meta tag,
  the header naming no charset): ``/bencandy.php?fid-12-id-3110.htm`` (a query with no ``=``),
  relative links (``bencandy.php?…``, ``list.php?fid-12.htm``); "来源：…　作者：…　发布时间：
  2019-5-2 08:45:24" (seconds, month and day not zero-padded); 作者 "X", "X　Y", "本报记者 X",
  "记者 X 通讯员 Y", "本站" (来源 本站原创), "佚名", a county bureau, or empty with a "文/X" first
  line (and "图/P" picture credits); "[责任编辑：E]"; 【收藏】【打印】【推荐给朋友】【关闭】,
  上一篇/下一篇, 相关文章 (related) vs 本类推荐, 本类热门, a comment form. Seven pages of 2019
  whose text runs are split by ``<br />`` (no ``<p>``), five of 2024 in ``<p>``.

Plus a home page (地方网站导航) linking every site's columns and latest stories; the column lists
with each CMS's own pagination (PbootCMS ``/news/`` → ``/news_2/`` with 共N条 当前1/2页,
MetInfo ``news.php?lang=cn&class1=2`` → ``&page=2`` and a ``&page=1`` link back, EyouCMS
``/xhdt/`` → ``list_2_2.html``, XunRuiCMS ``list-bendi.html`` → ``list-bendi-2.html``, 齐博
``list.php?fid-12.htm`` → ``list.php?fid-12-page-2.htm``); PbootCMS tag pages; search pages (the
热搜/热门搜索 links of PbootCMS, EyouCMS and 齐博, MetInfo's tag links, XunRuiCMS's 关键词 links);
PbootCMS, MetInfo and EyouCMS single pages (走进云溪, 联系我们, 公司简介, 协会概况).

Truth conventions. The title is the story's headline (``h2.art-title`` on 云溪融媒, the story's
``<h1>`` elsewhere: not MetInfo's hidden header ``<h1>`` naming the company, not the ``<title>``
with "-云溪县融媒体中心", "_协会动态_江淮建材行业协会", " - 桐江新闻 - 桐江信息港"). Authors are the
people a page names as writers: 作者 X (split on spaces, 　 and 、; the 融媒记者 / 本报记者 /
楚南日报全媒体记者 / 新华社记者 / 记者 prefixes dropped), 文/X (also "文/行政人事部　X": the department
is no author), 撰稿 X, "作者：X（结构件分厂）", the 记者 of a 本报讯 or 新华社 lead, a closing
"（楚南日报记者 X）". Not authors: units, bureaus, towns, member companies and departments in a 作者
or 供稿 slot (县应急管理局, 石鼓镇, 江淮东山水泥有限公司, 供稿部门), the site or desk (云溪融媒,
云溪县融媒体中心, 协会秘书处, 本站), 佚名, CMS user names (超级管理员, admin — in 发布者 or in 作者),
photographers (图/P, 摄影：P, P 摄), 来源 outlets. 通讯员 are correspondents. Editors are 编辑,
责任编辑 only (also "编辑｜E"); 审核, 终审 are sign-offs, not editors. The date is the printed
first-publication wall time: minutes on 云溪融媒 and 楚南新闻网, seconds on 恒锐重工 (MetInfo 5's
"更新时间" is that page's only date and is its date) and 桐江信息港, the day on 江淮建材行业协会. Body:
paragraphs, subheads and descriptive picture captions; a 本报讯 or 新华社 lead opening the first
paragraph stays in it as printed; byline and credit lines typed into the content (文/X, 撰稿,
供稿, 来源, 编辑/审核 lines, 记者｜X, （楚南日报记者 X）), picture credits, 导读 boxes, attachments,
statements, share bars and lists are not body text. Related links are the 相关新闻 (云溪融媒,
恒锐重工), 相关文章 (江淮建材行业协会, 桐江信息港) and 相关阅读 (楚南新闻网) lists only; about a third of
the pages have none.
"""
