"""A twenty-fifth held-out news site, written without looking at the extractor: five templates
imitating the small Chinese government portals and 融媒体 sites a crawler meets most, all of one
imagined prefecture-level city (桐州市, its county 云溪县 and district 东湖区), all Beijing time
(+08:00), 12 articles each:

- 桐州市人民政府 on 开普云 Kaipuyun: ``/zwgk/zwdt/202405/t20240508_1234567.html``; the 政府网站
  metas (SiteName, ColumnName, ArticleTitle, PubDate with seconds, ContentSource, Author — the
  source organ when no person is named), "信息来源：… 发布时间：2024-05-08 10:21 浏览次数：",
  【字体：大 中 小】, a ``TRS_UEDITOR`` content div, 打印本页/关闭窗口, 扫一扫在手机打开当前页,
  责任编辑 on some pages, 相关链接 (related) vs 热点关注 (not). Reposts from 桐州日报 open with a
  line "桐州日报记者 X 通讯员 Y" or "记者 X Y"; others close with （市商务局供稿） or （文/图 X）
  or name nobody. Two policy pages (``/zwgk/zcwj/szfbwj/…``) carry the 索引号/发文机关/成文日期/
  发文字号/发布日期 table, the centred 发文字号, the 主送 line, the 落款 and （此件公开发布）. Two
  pages of November 2019 keep the old table layout and are served in GB2312.
- 云溪县融媒体中心 on 中国搜索's county platform: ``/folder88/folder91/2024-05-08/<hex>.html``;
  "来源：云溪县融媒体中心" (or 桐州日报 for reposts) and "2024-05-08 18:20:33"; ``__DETAIL__`` JSON
  with the ms timestamp; an Aliplayer video above the short video stories; the story closing with
  "记者：X　通讯员：Y" / "记者：X　X2" / "通讯员：Y　Y2" / "记者：X　摄像：Z" lines and
  "编辑：E　审核：R" (or a separate 责任编辑：E box with only 审核 in the text);
  相关新闻 (related) vs 推荐阅读 and 热点排行 (not); share bar, app prompt, comment box.
- 东湖区人民政府 on TRS 海云 (the 集约化 ``/dhqzf/xwzx/zwdt/content/post_9612345.html``): the
  政府网站 metas, "发布日期：2024-05-08 10:21:35 文章来源：… 作者：… 点击数：", 【字号】,
  ``TRS_Editor``, 分享到 (bdshare), 【打印】【关闭】; no 作者 on most pages, 作者：X or X、Y
  on some, 作者：区委宣传部 on one; （责任编辑：X） on a few; 相关信息 (related) on a few,
  热点信息/最新信息 (not).
- 桐州新闻网 of 桐州日报社 on 方正翔宇: ``/content/2024-05/08/content_123456.htm``;
  ``<!--enpproperty …-->`` with seconds, ``<founder-title>``, ``<founder-date>2024-05-08 08:31``,
  来源：桐州日报 (新华社 for wire copy), ``<!--enpcontent-->`` body with full-width indents; leads
  本报讯（记者 X）, 本报讯（记者 X 通讯员 Y）, 本报讯（记者 X X2）, 本报讯（通讯员 Y Y2）,
  新华社北京5月7日电（记者X）, or a centred "本报记者 X" line; 编辑：E or 责任编辑：E (some pages
  without); 相关稿件 (related) vs 点击排行 (not). Three stories exist only on the site's Big5 繁體
  mirror (``/big5/content/…``, listed on ``/big5/node_2.htm``), served as Big5 with the whole page
  in 繁體; their truth is the 繁體 text as printed.
- 桐州文明网 on 大汉 JCMS: ``/art/2024/5/8/art_1231_567890.html``; ``<!--<$[标题名称]>begin-->``
  markers, a ``<table>`` of 来源/作者/日期 (a day) and the hits script, ``#zoom``; 作者 is a person,
  two persons, empty, "通讯员 Y", or an office (云溪县文明办); one story closes with （文/图：X）;
  图文 pages of many pictures with short captions (活动现场, 文艺演出); 【编辑：E】 on some pages;
  上一篇/下一篇 and 图说文明 (not related); 相关阅读 (related) on four pages only.

Plus the home page, each CMS's list with its own pagination (``index_1.html``, ``index_2.html``,
``node_2_2.htm``, 大汉's ``?uid=…&pageNum=2``), section pages, the Big5 list, a 专题 page, two
search pages, about and contact pages.

Truth conventions. The title is the headline (not the ``_栏目_站名`` of ``<title>``). Authors are
the people a byline names as writers: 记者 X, 本报讯（记者 X）, 桐州日报记者 X, 本报记者 X, 文/图 X,
新华社…电（记者X）, a person under 作者; 通讯员 are correspondents, also when a 通讯员 is the only
person named (no author then). An office or organ under 作者/来源/供稿 (区委宣传部, 云溪县文明办,
市商务局供稿) is no author, nor is a source outlet. 摄像 (camera) and photographers (X 摄) are
credited for pictures, not the text: no author. Editors are 编辑/责任编辑; 审核 is a reviewer's
sign-off and no editor. The date is the printed first-publication wall time: minutes on 开普云
and 翔宇 (their hidden seconds do not raise it), seconds on the county platform and TRS, the day
on 大汉 and on 开普云's policy pages, whose date is the 发布日期 (not the 成文日期). Body: the
story's paragraphs, subheads and descriptive picture captions (the 图文 pages' short captions
included); a lead such as 本报讯（记者 X） or 新华社…电（记者X） opening the first paragraph stays
in it as printed; byline lines on their own (记者：X…, 桐州日报记者 X…, 本报记者 X), 供稿 and
文/图 lines, editor and 审核 lines, picture credits, the policy table and centred 发文字号 are not
body text, while a policy's 主送 line, 落款 (organ and date) and （此件公开发布） are its text and
are body. Related links are the 相关链接/相关新闻/相关信息/相关稿件/相关阅读 lists only.
"""
