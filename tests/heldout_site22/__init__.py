"""A twenty-second held-out news site, written without looking at the extractor: five templates
imitating Chinese broadcasters' and city papers' news sites (all +08:00), 12 articles each:

- 荔枝网 news.gdtv.cn (Guangdong Radio & TV): ``/article/<32 hex>``; a Nuxt 2 page
  (``data-n-head``, ``data-v-*`` attributes, ``window.__NUXT__=(function(a,b,c,d){…}(…))``
  holding the article with a millisecond ``publishTime``); the info line "来源：荔枝新闻 |
  2024-05-08 10:21"; after the story an ``article-author`` box "记者：X [Y]" / "编辑：Z" (two
  pages carry no editor); some stories open 荔枝新闻讯（记者 X 通讯员 Y） or 新华社广州5月8日电
  （记者X） (来源：新华社) instead; video pages whose body is one or two short lines under the
  player; a 版权声明, 荔枝新闻 app prompt, 相关新闻 (related), 推荐阅读 cards and 24小时热榜 (not).
- 看看新闻 Knews kankanews.com (SMG): ``/detail/<11 chars>``; a video-first Nuxt 3 page (a player
  above every story, ``__NUXT_DATA__`` payload); "2024-05-08 10:21:33 来源：看看新闻Knews"; the
  story's last paragraph is the credit "看看新闻Knews记者：X [Y] [实习生：Z]" (none on 央视新闻
  wire copy), then "编辑：A 责编：B" (video pages only 编辑); 相关新闻 (related), 相关视频 (a
  carousel of other Knews clips with durations and play counts: the player's queue, not
  related), 热门, comments, app prompts.
- 长江网 / 长江日报 (Wuhan): TRS pages ``/news/202405/t20240508_4512345.shtml`` (``TRS_Editor``
  div with its inline style, "2024-05-08 08:12　来源：长江日报"), and 2019 Founder e-paper pages
  ``/html/2019-05/08/content_3412345.htm`` in GBK (``text/html`` without a charset, the meta
  declares gbk; table layout, ``<founder-content>``, "长江日报　2019年05月08日　第05版：要闻" —
  the e-paper prints only the issue's day). The byline exists only in the lead
  "长江日报讯（记者X 通讯员Y）" (记者X Y, 记者X 实习生Y, 通讯员X Y, or
  新华社武汉5月8日电（记者X））; 【编辑：X】 closes the story; 相关阅读 (related), 图片新闻,
  长江热榜, 武汉要闻, 本版热读 (not).
- 潇湘晨报 xxcb.cn (Changsha): ``/details/<10 chars>.html``; a quill-editor content div
  whose first line is the byline "潇湘晨报记者 X [Y] [通讯员 Z] 长沙报道" (or 浏阳/宁乡报道;
  晨视频 pages: "潇湘晨报晨视频记者 X 长沙报道" above a short text under a video; 新华社 copy
  has none), closing lines 来源：/编辑：/二审：/三审： inside the same div (some pages only
  编辑); on pages following a running story a "相关报道：" list of links inside the content
  before those lines (related); 推荐阅读 cards and 热门 (not).
- 北京日报客户端 / 北京号 share pages bjd.com.cn: ``/a/202405/08/AP<24 hex>.html``; an
  "打开北京日报客户端" bar and prompts, the source and time ("北京日报客户端 2024-05-08 10:21";
  新华社 or the 北京号 account instead on those pages), a line "北京日报客户端
  | 记者 X [Y]" (or 记者 X 实习记者 Y, 记者 X 通讯员 Y, or 作者：X), 责任编辑：Y after the story;
  北京号 pages show only the account (北京号：朝阳发布, no byline, no editor); 新华社 copy opens
  新华社北京5月8日电（记者X）; ``window.__INITIAL_STATE__`` with the article; 相关新闻 (related),
  热门推荐 (not).

Plus the home page, each site's list with its CMS's pagination (Nuxt "加载更多" ``?page=2``,
TRS ``index_1.shtml``, ``/column/changsha/2.html``, ``index_2.html``), the 长江日报 e-paper's
issue and page (版面) indexes, a special topic, 北京号 account pages, search, about and contact.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline. Authors are the people a byline names as writers (记者 X,
看看新闻Knews记者：X, 潇湘晨报(晨视频)记者 X, 作者：X, 新华社…电（记者X）, and 实习生/实习记者 who
co-sign with a reporter); 通讯员 are correspondents; 编辑/责编/责任编辑/【编辑：X】 are editors, and
so are 潇湘晨报's 二审 and 三审 (the second and third reviewing editors of the same sign-off
chain: a reader asked who edited the story names all three); a source or outlet (来源：荔枝新闻,
央视新闻, 新华社, a 北京号 account) is no author. The date is the printed first-publication wall
time, +08:00: to the minute (荔枝网, 长江网, 北京日报客户端), the second (看看新闻, 潇湘晨报), the
day on the 2019 长江日报 e-paper pages. Body: the story's paragraphs, subheads and pictures'
descriptive captions; video pages' short text under the player; the byline lines (记者：X,
看看新闻Knews记者：X, 潇湘晨报记者 X 长沙报道, 北京日报客户端 | 记者 X), info lines, editor and
来源/二审/三审 lines, picture credits (（记者 X 摄）, 长江日报记者X 摄 after the caption, 北京日报
记者 X 摄 below it), 版权声明, app prompts, share bars and the related/recommended lists (also
潇湘晨报's in-content 相关报道) are not body text; a dateline lead opening the first paragraph
(荔枝新闻讯（…）, 长江日报讯（…）, 新华社…电（…）, 据新华社消息，) stays in it, as on the page.
Related links are the 相关新闻/相关阅读/相关报道 lists only.
"""
