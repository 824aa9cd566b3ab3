# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-fourth held-out news site, written without looking at the extractor: five templates
imitating the hosted site builders and light blog engines that small Chinese towns, schools,
associations and companies publish news on, all Beijing time (+08:00), 12 articles each:

- 凡科建站 (a town government, ``/nd.jsp?id=104&groupId=1``): absolutely positioned ``#moduleN``
  divs, no ``<h1>``, the headline in a styled ``div.title``, "发布时间：2024-05-08 10:32"
  (minutes) and "作者：X" / 作者：管理员 / 作者：党政办 / no 作者 in ``newsInfo`` spans; text in
  ``<p><span><font><span>`` runs; a "文/X　图/Y" line opening some stories, "通讯员：Q" and
  "编辑：E　　审核：F" closing others, "（摄影：P）" picture credits; 相关新闻 (related) vs the
  新闻动态 module; two 2019 pages.
- 阿里云·云速成美站 (a school, ``/newsinfo/4571234.html``): bootstrap grid rows, a
  ``module-news-detail`` with an ``h2`` headline and "发布时间：2024-05-08 10:32:15　来源：…
  作者：…　浏览量：N"; 作者 X, admin, 教务处, "通讯员 Q", "X 通讯员 Q", or 小编 with a "文/X　图/Y"
  opening line; closing 编辑/审核 lines; 相关推荐 (related) vs 热门新闻; two 2019 pages.
- 易企秀 H5 rendered server-side for SEO (an association, ``/s/Ab3dEf9k``): one ``div`` of
  ``<section>`` blocks with inline-styled text, the headline and "协会　2024年5月8日" (the day) in
  the cover section, credits in a closing section (文字：X 摄影：Y 编辑：E 审核：F / 文案｜X 图片｜Y
  编辑｜E / 来源：协会秘书处 / 通讯员：Q); a ``window.scene`` JSON, 更多作品 and 热门模板 lists; no
  related block.
- Typecho 1.2 default theme (a town blog, ``/archives/78/``): ``h1.post-title``, "作者: 柳河老周"
  (the blogger) or "作者: admin" (the account: no author; guest posts open with "文/X"),
  "发布于 <time datetime=…>2024年5月8日</time>" (the day printed), 分类/标签, 相关文章 (related),
  a 评论区 with readers' names and dated comments, 最新文章/最近回复 widgets.
- WordPress 5.1 with the 知更鸟 Begin theme, 2019, GBK (a machinery maker, ``/1553.html``):
  ``<meta charset="GBK">`` and the bytes in GBK; "2019-05-08 10:32"; 作者：小编 / admin (no author)
  or X; "本网讯（通讯员 Q）" opening the first paragraph, "（文/X 图/Y）" and "责任编辑：E" closing;
  ``wp-caption`` pictures with captions; 相关文章 (related) vs 热门文章, 最新文章, 热门标签; comments.

Plus the home page (a local site portal), the 凡科 news list and column pages, the school's news
list (``?page=2``, ``?page=3``) and contact page, the H5 works list, the blog's category pages
(``/category/town/page/2/``), tag pages, month archives, 归档, search and about pages, and the
WordPress site's category pages, search, 产品中心 page.

Conventions of the truth (what a careful reader states):

- Title: the headline as printed, without the site name.
- Authors: reporters and writers only: 作者 X, 文/X, 文字/文案 X, the blogger; not 管理员, admin,
  小编, offices (党政办, 教务处, 协会秘书处), 通讯员, photographers (图/Y, 摄影, 图片) or editors.
- Correspondents: 通讯员 Q (in 作者, closing lines, credits sections or the 本网讯（通讯员 Q） lead).
- Editors: 编辑 and 审核 (责任编辑).
- Date: the printed publication time: minutes on 凡科 and WordPress, seconds on 速成美站, the day on
  H5 and Typecho. Readers' comment dates are no dates of the article.
- Body: paragraphs, subheads and picture captions; the 本网讯（通讯员 Q） lead stays in the first
  paragraph as printed. Not body: 文/X lines, credits, 编辑/审核 lines, 通讯员 lines, picture
  credits, the guest-post note, share bars, comments and lists.
- Related: 相关新闻 / 相关推荐 / 相关文章 under a post only.
"""
