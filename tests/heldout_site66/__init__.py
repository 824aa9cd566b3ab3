# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-sixth held-out news site, written without looking at the extractor: the hostile and
broken pages of one county (河北 安平县)'s small news sites, each still readable by a human — five
templates of 12 articles each (two 2019 pages per template), all Beijing time (+08:00):

- 安平新闻网, the county news site (``/news/2024-05/08/content_12345.htm``): served in GBK (the HTTP
  header says ``charset=gbk``, the bytes are GBK) while the new template's ``<meta charset="utf-8">``
  says otherwise (2019 pages: a gb2312 meta, no conflict); "headline_安平新闻网"; ``h1.biaoti``;
  "2024-05-08 10:32:15　来源：安平县融媒体中心　作者：X　编辑：E" (作者 a person, "X Y", an office
  such as 县委宣传部, or absent with a 本报讯（记者 X 通讯员 Y） lead); paragraphs indented with
  full-width spaces and strewn with anti-copy noise in inline ``display:none`` spans; captions
  with "（P 摄）"; 相关新闻 (related) vs 热点排行, 图片新闻.
- 企业新闻 of a wire-mesh maker on a site builder (``/qiye/news/12345.html``): UTF-8 with a BOM;
  a 180 KB ``window.__SITE_DATA__`` JSON product catalogue in ``<head>``; every paragraph pasted
  from Word as runs of nested ``<font>``/``<span>``; the whole text again, plain, in a
  ``<noscript>`` block; "发布时间：2024年05月08日 10:32" (and "作者：品牌中心" on some); closing
  lines "文/X　图/P", "文/X、Z" or "撰稿：X　编辑：E　审核：S"; 相关新闻 (related) on some vs
  推荐产品, 热门新闻.
- 安平生活网, a DIY PHP town site (``/show.php?id=12345``): ``<br><br>`` paragraphing with
  eight-``&nbsp;`` indents, unclosed ``<p>``/``<div>``/``<table>``/``<td>`` everywhere; on a page of
  three the header include prints a whole ``<html>`` document (empty ``<title>``) before the page's
  own ``<html>`` root; two more pages have an empty ``<title>``; "作者：X　来源：本站原创　时间：
  2024-5-8" (作者 a person, "X、Z", "admin" or absent); 2019 pages in GB2312 named by the meta
  only; no related list (最新文章, 热门文章 are not).
- 安平论坛's Discuz!-style portal (``/portal.php?mod=view&aid=12345``, GBK): "2024-5-8 10:32| 发布者:
  admin| 查看:| 评论:|原作者: X|来自: 安平日报"; Discuz's anti-copy ``<font class="jammer">`` noise
  (hidden by the class) inside paragraphs; an HTML comment holding an old copy of another story;
  a 摘要 box; 本报讯（记者 X） / 本报讯（记者 X Z 通讯员 Y） leads; "（责任编辑：E）" closing two
  pages of three; 相关阅读 (related) vs 热门推荐, 论坛热帖.
- 安平在线, an old ASP site (``/Article/ShowArticle.asp?ArticleID=12345``, GB2312 in header and meta):
  table layout with unclosed ``<tr>``/``<td>``/``<table>``, a 130 KB inline ad-rotator script,
  nested ``<font>`` runs, "　　text<br />&nbsp;<br />" paragraphs; "作者：记者 X 通讯员 Y" / "作者：X" /
  "作者：佚名" (with or without a 本报讯（记者 X 通讯员 Y） lead), "更新时间：2024-5-8 10:32:15"
  (2019 pages "2019/5/8 10:32:15"); "【文章录入：admin　　责任编辑：E】"; 相关文章 (related) vs 热门文章.

Non-article pages: the home page ``/`` (the county portal 安平网 linking every site), each site's
list with pagination (``/news/list_1.htm`` …, ``/qiye/news/?page=2``, ``/list.php?cid=3&page=2``,
``/portal.php?mod=list&catid=2&page=2``, ``/Article/Class.asp?ClassID=5&page=2``), the 往期回顾
month, a 专题 page, a search page, a tag page, a video list, 领导活动, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (``h1``/``h2``/the bold title cell), without the site name of
  ``<title>``; a page with an empty ``<title>`` or two ``<html>`` roots still has its printed headline.
- Authors: writers and reporters (作者 X, 文/X, 撰稿：X, 原作者: X, 记者 X of a lead or of 作者).
  Offices (县委宣传部, 品牌中心), 来源 / 来自, 佚名, admin (发布者, 文章录入 or 作者), 通讯员 and
  photographers (图/P, 摄) name nobody.
- Correspondents: the 通讯员 named, in a lead or in 作者.
- Editors: 编辑, 责任编辑; 审核 is a sign-off, no editor.
- Date: the printed wall time, +08:00: seconds on the county news site and the ASP site, minutes
  on the 企业 and Discuz pages, the day only on the DIY site.
- Body: paragraphs, subheads and descriptive captions (without credits); a lead stays in the
  first paragraph as printed. Hidden anti-copy characters are no text (a reader never sees them);
  the ``<noscript>`` copy is the same text, counted once; the story in an HTML comment is no text.
  Not body: info lines, closing credit and editor lines (文/X 图/P, 撰稿…, 责任编辑), 摘要 boxes,
  share bars, print/close links, 上一篇 and lists.
- Related: the 相关新闻 / 相关阅读 / 相关文章 list only; most-read, hot, newest, product and forum
  boxes are not.
"""
