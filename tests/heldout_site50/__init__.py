# ruff: noqa: E501  (the docstring quotes credit lines with full-width spaces as printed)
"""A fiftieth held-out news site, written without looking at the extractor: five templates
imitating Chinese city and county broadcasters' news pages (广播电视台 / 融媒体中心), all Beijing
time (+08:00), 12 articles each (two 2019 pages per template):

- a city 广播电视台 on a 索贝/华栖云-style media CMS (泉视新闻): ``/xwzx/bdxw/2024-05-08/<hex>.html``;
  ``h1.article-title``, "2024-05-08 19:30" and "来源：泉视新闻" (minutes), a player (``var
  playerConfig``), a "文字稿" label, then the text whose last ``<p>`` is the one-line credit:
  "记者：X　摄像：P　编辑：E", "记者：X Y　摄像：P Q", "记者：X　通讯员：C　摄像：P　剪辑：Q",
  "融媒记者：X　摄像：P　责编：E　审核：R　监制：S" or "文/X　摄像/P　编辑/E"; a 责任编辑 line under
  two pages; 相关新闻 (related) vs 热门视频, 微视频排行, comments. The 2019 pages
  (``/news/201905/t20190508_700123.shtml``) are an XHTML table layout with a flash player,
  "发布时间：2019-05-08 19:30" and the credit without colons ("记者 X　摄像 P").
- a provincial 网络台 (豫川网络广播电视台): ``/xinwen/shengnei/20240508/1234567.html``; ``h1``, an info
  line "2024-05-08 19:42:10　来源：《豫川新闻联播》　主持人：H" (seconds; the 2019 pages
  ``/news/2019-05/08/content_1234567.htm`` print "2019年05月08日 19:42", minutes), "作者：X" in it on
  a quarter of the pages; leads "本台消息（记者 X Y）", "本台消息（记者 X 通讯员 C）", "本台消息：";
  a closing "记者：X、Y" paragraph; "责任编辑：E　审核：R" under the text; 相关阅读 (related) vs
  本期节目 (the same broadcast's other items), 点击排行, 卫视节目单.
- a 县电视台's 动易-style ASP site in GBK (青山县广播电视台): ``/Article/ShowArticle.asp?ArticleID=12345``;
  table layout, the headline in ``<font><b>``, "作者：X　文章来源：本站原创　点击数：<script>　更新时间：2024-5-8"
  (the day); 作者 "X", "X Y", "记者 X 通讯员 C", "本台" or "佚名"; leads "本台讯（记者 X）",
  "本台讯（记者 X 通讯员 C）", "本台讯 "; "（编辑：E）" closing the text or "【责任编辑：E】" by the
  字体/打印/关闭 links; photos with caption paragraphs; 上一篇/下一篇; 相关文章 (related) vs 热门文章,
  通知公告, 网友评论. All pages name gb2312 in a meta (the bytes are GBK); the 2024 pages' HTTP
  header names no charset, the 2019 pages' names gb2312.
- a radio station's 音频 pages (泉州湾新闻广播 FM93.1): ``/gbxw/xwzgf/202405/t20240508_5123.html``;
  ``h1``, "播出时间：2024年05月08日 07:30　栏目：《新闻早高峰》　主播：H" (minutes; 2019 pages
  "2019-05-08 07:30", a flash player), an ``<audio>`` player, "本台记者：X" or "本台记者：X　Y" above
  the 文字稿, a "文/X　图/P" paragraph opening it, or "（记者 X 通讯员 C）" closing it; "编辑：E　审核：R"
  or "审核：R" under it; photos with captions and "（P 摄）"/"（资料图）" credits; 延伸阅读 (related) vs
  收听排行, 最新音频, 今日节目单, a 新闻热线 prompt.
- a 微视频/短视频 H5 page (泉视频): ``/wsp/detail.html?id=41234``; ``h1.v-title``, source and
  "2024-05-08 19:30" (minutes), a caption-only story of one or two short paragraphs in
  ``.v-desc``, one credit line "记者：X　摄像：P　剪辑：Q　编辑：E", "记者：X Y　剪辑：Q　编辑：E",
  "文/X　摄像/P　剪辑/Q　编辑/E" or "出品：…融媒体中心　监制：S　策划：A　摄像/剪辑：P" (no author);
  更多视频, 猜你喜欢 and comments; no related block.

Plus the home page, each section front with its own pagination (``/xwzx/bdxw/index_2.html``,
``/xinwen/shengnei/?page=2``, ``ShowClass.asp?ClassID=1&page=2`` in GBK, ``/gbxw/xwzgf/index_1.html``,
``/wsp/list.html?page=2``), a tag page, a search page, a special topic, the live page, the video
on-demand index, the radio schedule, a 乡镇动态 list, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site or programme name.
- Authors: the reporters and writers: 记者 / 融媒记者 / 本台记者 X (credit line, info field, lead or
  closing line), 文/X, 作者 X (split on spaces and 、). 主持人 / 主播, 摄像, 剪辑, 策划, 监制,
  审核, 出品, photographers, "本台", "佚名" and 来源 are no authors.
- Correspondents: the 通讯员 named.
- Editors: 编辑, 责编 and 责任编辑; 审核 and 监制 are sign-offs.
- Date: the printed wall time (播出时间 on the radio): minutes on the city station, the radio and the
  微视频 page, seconds on the 网络台 (minutes on its 2019 pages), the day on the county site.
- Body: the 文字稿's paragraphs, subheads and descriptive captions; a lead opening the first
  paragraph (本台消息（…）, 本台讯（…）) stays in it as printed. Not body: the 文字稿 label, credit
  lines (记者/摄像/编辑, 文/X 图/P, （记者 X 通讯员 C）, 记者：X、Y), editor lines, picture credits,
  info lines, share bars, players, notices, comments and lists.
- Related: the 相关新闻 / 相关阅读 / 相关文章 / 延伸阅读 lists only; 本期节目, 热门, 排行, 更多视频,
  猜你喜欢 and navigation are not related.
"""
