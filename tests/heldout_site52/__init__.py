# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-second held-out news site, written without looking at the extractor: five templates
imitating the provincial "集约化" government website platforms of China, where every department
and county of a province runs on one platform's templates. All Beijing time (+08:00), 12 articles
each.

- 广东 集约化 department page (广东省农业农村厅 部门动态): ``/zwgk/gzdt/bmdt/content/post_4412345.html``;
  ``h1.zw-title``; a ``zw-info`` bar "来源：<unit>　[作者：X]　发布时间：2024-05-08 10:32:15" (three
  pages "2024-05-08 10:32"), then 分享：微信 微博 QQ空间 and 【字体：大 中 小】; 打印 / 关闭 under the
  text; the 政府网站 meta block (Author = the unit when no 作者). 作者 names a person (an author) or
  an office (办公室, 种植业管理处: no author); two pages close with a right-aligned
  "（种植业管理处供稿）" line; one opens "本网讯（通讯员 X）…"; 热点关注 sidebar; no related block.
- 浙江 platform page (安吉县 on 大汉 jcms): ``/art/2024/5/8/art_1229523461_23512345.html``; an
  ``xxgk_table`` above the headline (信息索引号, 公开方式, 发布机构, 生成日期 2024-05-08, 公开范围,
  组配分类); "发布日期：2024-05-08 10:32　信息来源：<unit>　[作者：X]　浏览次数：" filled by an ajax
  script; six pages print the day only; "本网讯（通讯员 X Y）" leads; "（编辑：E）" or
  "（编辑：E　审核：S）" closing the text in ``#zoom``; 【打印本页】【关闭窗口】; 最新动态 (not related).
- 四川 county 部门 page (蒲江县, another skin of one platform): ``/gongkai/show/20240508103215-1251234-00-000.html``;
  "文章来源：<unit>　作者：<X | X Y | 县政府办 | 局办公室>　发布时间：2024-05-08 10:32:15　浏览次数：";
  a ``div.shenhe`` under the text: "审核：S　签发：Q" (sign-offs: no editors), "编辑：E　审核：S" or
  "责任编辑：E"; 通讯员 leads (作者 then names the office); 部门动态 and 阅读排行 sidebars.
- 江苏 政务动态 page (江苏省生态环境厅 on jcms): ``/art/2024/5/8/art_46143_10981234.html``;
  ``h2`` headline; "发布日期：2024-05-08 16:32　信息来源：<unit>　[作者：X | X Y]　字号：[大 中 小]"
  (two pages the day only); "责任编辑：E" under the text on most; a 相关链接 box (related, nine of
  twelve pages) and a 政策解读 box whose links (other departments' stories) are not related; 热点信息.
- the 广东 department's 2019 pre-集约化 TRS site (GB2312, declared in the meta and the header):
  ``/zwgk/gzdt/201905/t20190508_2381234.htm``; table layout, a ``<font>`` headline,
  "发布日期：2019-05-08　来源：<unit>　作者：<X | X、Y | 办公室 | empty>　【字体：大 中 小】" (a third
  with "2019-05-08 09:32:11"), ``TRS_Editor`` text, "【责任编辑：E】" on two pages of three,
  【打印本页】【关闭窗口】.

Plus the home page, the five column lists with their own pagination (``index_2.html``,
``?uid=…&pageNum=2``, ``?page=2``, TRS ``index_1.htm`` in GB2312), a search page, a special topic
(百县千镇万村高质量发展工程), 政府信息公开, 领导信息, 政策解读, 联系我们 and 网站地图.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: the people 作者 names (split on spaces and 、); an office or unit under 作者 (办公室,
  县政府办), 来源 / 信息来源 / 发布机构 units, 供稿 offices, 通讯员 and photographers are no authors.
- Correspondents: the 通讯员 of the "本网讯（通讯员 X Y）" leads.
- Editors: 编辑 and 责任编辑 only; 审核 and 签发 are sign-offs.
- Date: the 发布时间 / 发布日期 wall time as printed (seconds, minutes or the day).
- Body: paragraphs (the 通讯员 lead stays in its paragraph as printed), subheads and picture
  captions; not body: info bars, 【字体】, share bars, "（X 摄）" credits, 供稿 lines, 编辑 / 审核 /
  签发 lines, 打印 / 关闭, lists and boxes.
- Related: the 江苏 相关链接 box only; 政策解读, 热点, 最新动态, 阅读排行 and navigation are not related.
"""
