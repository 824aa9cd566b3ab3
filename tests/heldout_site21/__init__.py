"""A twenty-first held-out local news site, written without looking at the extractor: five
templates imitating Chinese provincial news portals run by provincial party-newspaper groups, 12
articles each:

- 大河网 dahe.cn (Henan): ``/news/20240508/4312345.html``; a ``pubtime_baidu`` /
  ``source_baidu`` / ``author_baidu`` info line ("2024-05-08 09:12 来源：河南日报 作者：记者 X
  通讯员 Y"), stories opening 【大河网讯】 (some with （记者 X 通讯员 Y）), 新华社郑州5月8日电
  wire leads, an 编辑：/责任编辑： line closing the story inside the content div, 相关阅读,
  大河排行, 热点推荐, a comment box; the 2019 pages are an older table layout served in GBK
  (``text/html`` without a charset, the meta declares gbk).
- 荆楚网 cnhubei.com (Hubei): ``/content/2024-05/08/content_17890123.html``; "2024-05-08
  07:58:12 来源：荆楚网"; the byline exists only in the opening "荆楚网（湖北日报网）讯（记者 X
  通讯员 Y）" / "湖北日报讯（…）" (sometimes only 通讯员, sometimes 记者 X、Y or 实习生);
  责编：Z after the story; a 荆楚网客户端 app prompt; a Baidu cambrian JSON-LD; 相关新闻,
  精彩推荐, 点击排行.
- 东北网 dbw.cn (Heilongjiang): ``/system/2024/05/08/059123456.shtml``; a Founder page declared
  GB2312 (``<!--enpproperty …-->`` and ``<!--enpcontent-->`` comments), table layout, the info
  line "2024年05月08日 10:25　来源：东北网", "东北网5月8日讯（记者 X）" leads, 【编辑：Y】 after
  the story, 相关新闻 (related) next to 图片新闻 and 热点排行 (not).
- 四川在线 scol.com.cn (Sichuan): ``/c/2024-05-08/1234567.html``; "四川在线 2024-05-08 11:32:05
  来源：四川日报"; the story's first ``<p>`` is the byline "四川日报全媒体记者 X [通讯员 Y]";
  责任编辑： Z; 川观新闻 app prompts; ``window.__INITIAL_STATE__`` with the article's meta and a
  hot list; 相关推荐 — on this site the story's own related list (pages without related stories
  have none); 热门推荐 is not related.
- 华声在线 voc.com.cn (Hunan): ``/article/202405/202405081234567890.html``; "来源：华声在线 |
  2024-05-08 16:45:12 | 作者：X" (author names linking to reporters' pages); the first ``<p>``
  is "华声在线全媒体记者 X 通讯员 Y" (or 湖南日报全媒体记者 / 新湖南客户端记者); 责编：Z; 新湖南
  app prompts; ``var ARTICLE_DATA``; 相关新闻 (related), 更多精彩 and 24小时排行 (not),
  comments.

Plus the home page, each paper's list with its CMS's pagination (``index_2.html``,
``node_117_2.htm``, ``index_1.shtml``, ``?page=2``, ``list_2.html``), column pages (原创,
大河评论, 新湖南评论), a special topic, reporters' pages, search, video and photo indexes, about
and contact.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline. Authors are the people a byline names as writers (记者
X, 全媒体记者 X, 作者：X, 新华社记者 X, 实习生 X who co-signs with a reporter); 通讯员 are
correspondents; 编辑/责任编辑/责编 are editors; a source (来源：河南日报) is no author. The date
is the printed first-publication wall time, +08:00, to the minute (大河网, 东北网) or second
(荆楚网, 四川在线, 华声在线). Body: the story's paragraphs, subheads and pictures' descriptive
captions; the byline first lines (四川日报全媒体记者 X, 华声在线全媒体记者 X 通讯员 Y), the info
line, editor lines, picture credits (记者 X 摄, in parentheses or after the caption), app
prompts, share bars and related/recommended lists are not body text; a dateline lead opening the
first paragraph (【大河网讯】, 荆楚网（湖北日报网）讯（记者 X）, 东北网5月8日讯（记者 X）,
新华社郑州5月8日电（记者X）) stays in it, as it does on the page. Related links are the
相关阅读/相关新闻/相关推荐 lists only.
"""
