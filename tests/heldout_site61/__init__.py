# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-first held-out news site, written without looking at the extractor: one league of
Inner Mongolia (锡林郭勒盟), its 盟行政公署 portal, a 旗 融媒体中心, 草原云 app share pages, the
portal's 蒙古文 (traditional Mongolian script) edition and the 自治区农牧厅's site; five templates
of 12 articles each (two 2019 pages per template), all Beijing time (+08:00):

- 盟行政公署 portal (TRS-style, UTF-8, ``/xwzx/myw/202405/t20240508_1234567.html``): ``<title>``
  "headline-锡林郭勒盟行政公署", the 政府网站 meta block, ``h1.art-title``, "发布时间：2024-05-08
  10:32　来源：内蒙古日报　作者：X" (作者 a person, two as "X　Z", an office such as 盟农牧局, or
  absent); a （内蒙古日报记者 X 通讯员 Y） / （内蒙古日报记者 X Z） / （锡林郭勒日报记者 X） credit opening
  the first paragraph, or the credit "内蒙古日报记者 X 通讯员 Y" as a centred line of its own above
  the text; captions "（P 摄）"; "责任编辑：E　审核：S" (2019 table pages: "【责任编辑：E】");
  相关新闻 (related) vs 点击排行, 最新信息, 旗县之窗.
- 旗 融媒体中心 (DedeCMS-style, GBK, ``/qxzc/zxbq/2024/0508/12345.html``): "headline--旗县之窗",
  "发布时间：2024-05-08 09:32:15　来源：正镶白旗融媒体中心　作者：X 浏览：" (作者 a person, "X、Z",
  an office such as 旗农牧和科技局, or absent with a 本网讯（记者 X） / 本网讯（通讯员 Y） /
  本网讯（记者 X 通讯员 Y） lead); "（责任编辑：E）" or "编辑：E　责任编辑：E2"; 2019 pages in GB2312
  named in the meta only (no charset in the HTTP header); 上一篇/下一篇; 相关文章 (related) vs
  热点新闻, 旗县导航.
- 草原云 app share page (``/cyy/share/news/20240508/abc123.html``): ``<title>`` the bare headline,
  og: tags, an "打开APP" bar; "草原云 2024-05-08 10:32 阅读 N"; an author line "记者：X",
  "记者：X　Z", "记者：X　通讯员：Y" or "文/X　图/P", or none with a 草原云讯（记者 X） lead;
  "摄影：P" lines and "（记者 P 摄）" credits; "责任编辑：E　编辑：E2"; a 版权声明; 相关新闻 (related)
  vs 热门推荐 (a recommendation feed), 评论.
- 蒙古文 edition (``/mgl/xwzx/202405/t20240508_1234567.html``, UTF-8, ``lang="mn-Mong"``, vertical
  writing by CSS): the headline in Mongolian script, under it the 汉文 headline as a mirror line
  (in parentheses on 2019 pages); info "ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ：2024-05-08 10:32　ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ：…　ᠵᠣᠬᠢᠶᠠᠭᠴᠢ：X᠂ Z"
  (publication time, source, author(s), the author absent on some); Mongolian paragraphs ending
  in ᠃; "ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ：E" (responsible editor) on most, "ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ：T" (translated by)
  on some; ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠡ (related news, related) vs ᠣᠯᠠᠨ ᠤᠩᠰᠢᠭᠰᠠᠨ (most read).
- 自治区农牧厅 (``/nmt/xxgk/zfxxgk/fdzdgknr/202405/t20240508_1234567.html``): "headline_内蒙古自治区
  农牧厅"; a 信息公开 table above the text (索引号, 主题分类, 发布机构, 生成日期 the day, 名称 the
  headline again, 文号 empty, 主题词); then "发布时间：2024-05-08 10:32:15　来源：内蒙古自治区农牧厅
  作者：X" (作者 a person, an office such as 畜牧局, or absent; "（撰稿：X）" at the end of some);
  "责任编辑：E"; 2019 pages print only the table's 生成日期 and "来源：office" (or "作者：X");
  相关信息 (related) vs 最新信息.

Non-article pages: the portal's home page; section lists (``/xwzx/myw/index.html`` …
``index_2.html``, ``/qxzc/list_8_1.html`` … in GBK, ``/cyy/share/list/page/2/``, the 蒙古文 list,
the 农牧厅's 工作动态 list); a 专题 page; a search page; 领导之窗 and the 盟长's page; the 农牧厅
信息公开 directory; a video list; 关于我们/联系我们.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``. On the 蒙古文 edition the
  title is the Mongolian headline (the page's ``h1``); the 汉文 mirror line under it is neither
  title nor body (a reader of that edition reads it as a translation aid).
- Authors: reporters and writers (作者 X, 记者 X of a credit, a lead or a byline line, 文/X,
  撰稿 X, ᠵᠣᠬᠢᠶᠠᠭᠴᠢ X); in （内蒙古日报记者 X 通讯员 Y） the 记者 is the author. Offices (盟农牧局,
  旗委宣传部, 畜牧局), 来源, 通讯员, photographers (图/P, 摄影, 摄) and translators
  (ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ) name nobody as author. Mongolian names are given in Mongolian script as printed.
- Correspondents: the 通讯员 named.
- Editors: 编辑, 责任编辑, ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ; 审核 is a sign-off.
- Date: the printed wall time, +08:00: minutes on the portal, 草原云 and the 蒙古文 edition, seconds
  on the 旗 融媒体 and the 农牧厅's 2024 pages; the day only on the 农牧厅's 2019 pages (the
  生成日期 of the table, nothing else printed).
- Body: paragraphs, subheads and descriptive captions (without credits); a credit or lead that
  opens the first paragraph stays in it as printed. Not body: a credit line of its own (the
  portal's centred 记者/通讯员 line), author lines, info lines and tables, the 汉文 mirror line,
  credit lines, editor and 撰稿 lines, 版权声明, share bars, print/close links, 上一篇/下一篇 and lists.
- Related: the 相关新闻 / 相关文章 / 相关信息 / ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠡ list only; most-read boxes, 热门推荐
  feeds, 最新信息 and navigation are not.
"""
