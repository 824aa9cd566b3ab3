"""Held-out e2e checks: crawl each independent local site ad hoc (``-a start_urls=``) and score
the database against what a reader of each page would say (``tests/heldout.py``).

The sites share nothing with ``newscrawl.testsite`` and were written without looking at the
extractor, each imitating other real CMSes:

- ``site1`` (tests/heldout_site): a city portal, a county site in GBK, a newspaper, a Big5
  template and an English mirror;
- ``site2`` (tests/heldout_site2): WordPress, TRS WCM in GBK, a founder e-paper, a Big5/UTF-8
  Taiwanese portal, AMP with a JSON-LD @graph;
- ``site3`` (tests/heldout_site3): a UK Drupal paper, a DedeCMS portal in GBK, a big Chinese
  portal's article page, a Hong Kong daily (12-hour clock), a Ghost blog;
- ``site4`` (tests/heldout_site4): small Chinese sites — a county 融媒体中心, a university's WebPlus
  news, a Discuz! X portal in GBK, a Chinese WordPress blog, a city paper's mobile pages;
- ``site5`` (tests/heldout_site5): big Chinese portals — 人民网 in GB2312, 新华网, a 搜狐号 page,
  自由時報 half in Big5, a paid-news portal with a paywall teaser;
- ``site6`` (tests/heldout_site6): English-language CMSes — an Arc XP national daily, a TownNews
  BLOX local paper, a Newspack non-profit newsroom, China Daily's English pages, an Indian
  portal's desk-written pages;
- ``site7`` (tests/heldout_site7): Chinese news templates — 网易新闻's post_main page, 中国新闻网's
  left_zw page, 央视网's cnt_bd page, a 大汉 Hanweb government portal in GBK, a 澎湃-style Next.js
  page with the article also in ``__NEXT_DATA__``;
- ``site8`` (tests/heldout_site8): Chinese news templates — 凤凰网 (``var allData``), 光明网's
  u-mainText page, 新京报's content page, 环球网 (the body in ``textarea.article-content``) and
  百家号 pages (the account as author, 发布时间 without a year);
- ``site9`` (tests/heldout_site9): one prefecture-level city's portal — an old GBK 新闻中心 page
  (table layout, ``<font>``, 发布时间/来源/作者/点击数), its Big5 繁體 mirror (記者 X／報導) and a
  WeChat-style 客户端 share page (``rich_media_title``, credits as sections at the end).
- ``site10`` (tests/heldout_site10): Chinese portals — 腾讯新闻's ``/rain/a/`` page
  (``window.DATA``, the media account's byline area), 新浪新闻 in UTF-8 and its 2016
  GB2312 page, 界面新闻 (界面新闻记者 | X lines), 财新 (a paywall box with the rest of the
  text hidden after it) and 红网 in GBK (来源/作者/编辑 line, 责编/二审/三审, relative links).
- ``site11`` (tests/heldout_site11): Traditional-Chinese templates of Taiwan, Hong Kong and Macau —
  中央社 CNA (dateline and 編輯 line in the body), 聯合新聞網 udn (article-content and the older
  story_bady_info_author page), 香港01 (Next.js, ``__NEXT_DATA__``, Chinese in the path), 明報
  (date-only paper pages, 12-hour 即時 pages, some in Big5) and 澳門日報 (a Big5 Founder e-paper
  page in tables, the date only in the URL and banner).
- ``site12`` (tests/heldout_site12): Chinese government and party/provincial media — 中国政府网's
  policy pages (the 信息公开 table above the document, no headline element) and news pages, 央广网
  in GBK, 大众网 in GB2312, 华龙网 (the article also in ``var newsInfo``) and a provincial
  生态环境厅 portal on a TRS/云上 government CMS.
- ``site13`` (tests/heldout_site13): the CMSes small Chinese news sites run on — PHPCMS v9 in GBK,
  帝国CMS, Z-Blog PHP, 动易 PowerEasy (.aspx, GB2312, table layout) and a county 融媒体中心's PC
  and app share pages.
- ``site14`` (tests/heldout_site14): where Chinese local news now lives — 微信公众号 articles
  (``#publish_time`` filled from ``var ct``), 今日头条 pages, 网易号 pages, 人民日报客户端/人民号
  share pages (the article also in ``__INITIAL_STATE__``) and a city app's H5 share page.
- ``site15`` (tests/heldout_site15): English-language news CMSes — a WordPress VIP metro daily
  (Boston Globe style), a Brightspot public-radio station page, a Gannett / USA TODAY Network
  local paper (``gnt_``), a UK Reach plc regional (Manchester Evening News style) and an AP News
  wire page (``RichTextStoryBody``).
- ``site16`` (tests/heldout_site16): overseas Chinese-language newsrooms, each on its own clock —
  BBC News 中文 (simplified and 繁體 editions, a UTC ``<time datetime>`` beside a printed day),
  RFI 法广 华语 (``发表时间：08/05/2024 - 14:32`` Paris time over a UTC stamp), DW 德国之声
  (the Berlin day alone, 作者/责编 lines closing the story), 联合早报 (``发布 / … 下午6:02``,
  ``文 / NAME``) and 纽约时报中文网 (transliterated bylines, a translator who is no author).
- ``site17`` (tests/heldout_site17): small Chinese institutional sites — a university's 博达 VSB
  news (``_showDynClicks``, 审核/编辑 lines, some pages in GB2312), an industry association's
  ASP.NET pages in GBK (``__VIEWSTATE``, Word-pasted ``MsoNormal`` runs, "2024/5/8 9:32:00"), a
  listed company's 新闻中心 (撰稿/摄影/审核 lines), a district 教育局 on a 大汉 jcms-style portal
  (索引号 table, 相关信息) and a 三甲 hospital's WordPress-like news (文/X 图/Y, 通讯员 X).
- ``site18`` (tests/heldout_site18): mainland Chinese business news — 第一财经 (摘要 box, 作者/责编
  line), 观察者网 (【文/观察者网 X】 paragraphs, 独家稿件 notes, 评论), 21世纪经济报道 (byline
  paragraph, ``__INITIAL_STATE__``), 每日经济新闻 (每经记者/每经编辑 paragraph, 免责声明) and a
  南方网/南方+ Founder page in GBK (【作者】【来源】 box, 推荐阅读 feed).
- ``site19`` (tests/heldout_site19): regional newspaper groups' news sites — 浙江在线 (Founder
  ``enpproperty`` pages, the older ones in GBK), 扬子晚报网/紫牛新闻 (扬子晚报网5月8日讯 leads,
  校对 lines), 新民网 (作者/编辑/来源 info line, 新民晚报讯 leads, a 新民眼 sidebar), 齐鲁壹点
  (齐鲁晚报·齐鲁壹点 记者 X byline lines, 想爆料 prompts, 相关推荐) and 红星新闻
  (``window.__INITIAL_STATE__``, 红星新闻记者 X 实习记者 Y, 编辑 Z, 24小时热榜).
- ``site20`` (tests/heldout_site20): Chinese tech and business new media — 36氪
  (``window.initialState`` with the body again, 文｜X / 编辑｜Y lines and 公众号 reprint notes
  opening the story, 封面来源 credits), 虎嗅 (Nuxt, 出品/作者/编辑/题图 lines or a
  本文来自微信公众号 note, the account as the author card, 相关推荐 and 24小时), 钛媒体
  (钛媒体作者 X, 钛媒体App 5月8日消息 leads, the closing 本文首发于钛媒体App line), IT之家
  (2024/5/8 18:02:11 来源/作者/责编 line, 感谢网友线索投递 lines, 广告声明, 软媒旗下, a huge
  comment area) and 中关村在线 in GBK ([ 中关村在线 原创 ] 作者：X, parameter tables in the
  story, 责任编辑：Y closing it, 相关阅读).
- ``site21`` (tests/heldout_site21): provincial party-newspaper groups' portals — 大河网 (the
  pubtime/source/author_baidu line, 【大河网讯】 openings, 编辑/责任编辑 closing, old pages in
  GBK), 荆楚网 (the byline only in the 荆楚网（湖北日报网）讯（记者 X 通讯员 Y） opening, 责编,
  a cambrian JSON-LD), 东北网 (a Founder page declared GB2312, enpproperty/enpcontent comments,
  2024年05月08日 10:25, 【编辑：Y】, 相关新闻 beside 图片新闻), 四川在线 (a 四川日报全媒体记者 X
  first line, ``__INITIAL_STATE__``, 相关推荐 as the related list) and 华声在线 (来源 | time | 作者
  line, a 华声在线全媒体记者 X 通讯员 Y first line, 责编, ``var ARTICLE_DATA``, reporters' pages).
- ``site22`` (tests/heldout_site22): broadcasters' and city papers' sites — 荔枝网 (``__NUXT__``,
  video pages), 看看新闻 Knews (a closing 看看新闻Knews记者：X line), 长江日报 (TRS, 2019
  Founder e-paper pages in GBK), 潇湘晨报 (来源/编辑/二审/三审 closing lines) and 北京日报客户端
  share pages.
- ``site23`` (tests/heldout_site23): English newsrooms, each on its clock — the Guardian
  ("13.47 BST"), Reuters (sign-off "Reporting by …; Editing by …"), Al Jazeera (in-story
  "Recommended Stories"), a Substack post and the Courier-Mail ("All times AEST", AAP copy).
- ``site24`` (tests/heldout_site24): overseas Chinese papers — 星洲日报 (closing 报道：X lines),
  東方日報, 8视界 (文 / X、实习记者 Y), 欧洲时报 (Paris time, 【欧洲时报X编译】) and 世界日報
  (記者X、Y／紐約報導 with linked names, New York time).
- ``site25`` (tests/heldout_site25): county and city government portals on 开普云, 中国搜索's
  county platform, TRS 海云, Founder 翔宇 (a Big5 mirror) and 大汉 JCMS (作者 naming offices).
- ``site26`` (tests/heldout_site26): Taiwanese portals — 中時新聞網 (canonical ``…?chdtv``),
  ETtoday (▲ captions, ► links), 三立 SETN (Big5 2019 pages), TVBS (desk bylines 生活中心 /
  綜合報導) and 公視 PNN.
- ``site27`` (tests/heldout_site27): national specialised news — 中国经济网 (GB2312 tables),
  中青在线 / 中国青年网 (X/摄 credits), 法治网, 中国日报中文网 (编译：X, headlines with U+3000) and
  中国网 (作者 naming its own channels).
- ``site28`` (tests/heldout_site28): English public-service and regional news — BBC News, NPR,
  a McClatchy paper, a Postmedia paper and Stuff.co.nz (Auckland time over UTC stamps).
- ``site29`` (tests/heldout_site29): newspaper e-paper editions — a 方正 数字报 (版面 pages with
  hot-area maps, 本版编辑 in the page bar), 人民日报's 图文数据库 (引题/主题/副题), 新民晚报 (GB2312
  tables), a county daily's ASP e-paper (GBK) and 新华每日电讯; mostly day-precision edition dates.
- ``site30`` (tests/heldout_site30): finance and securities news — 东方财富网 (inline stock-quote
  links), 证券时报网, 新浪财经, 和讯网 (GB2312) and 中证网 (desks such as 财联社 under 作者).
- ``site31`` (tests/heldout_site31): national broadcasters and central sites — 央视网, 央广网 (GBK),
  国际在线, 中国军网 (■ byline lines, unit authors) and 求是网/党建网 theory essays, plus an expert
  database whose per-expert pages are no articles.
- ``site32`` (tests/heldout_site32): US local news — Patch, a Nexstar station, a Sinclair station,
  a Newspack nonprofit newsroom and a Hearst paper, each on its own clock.
- ``site33`` (tests/heldout_site33): government press offices and English mirrors — Hong Kong's
  press releases (English and Chinese twins, "Issued at HKT 16:30"), news.gov.hk, Macau's 新聞局
  (Chinese, Portuguese, English), Singapore's MCI newsroom and Shenzhen's English portal.
- ``site34`` (tests/heldout_site34): sports and entertainment — 新浪体育, 网易体育 (match reports),
  懂球帝/虎扑 (user-name authors), 搜狐娱乐 (picture stories, 文/X 图/Y) and 央视体育/体坛网 (GBK),
  with live-text, table and slide-show pages that are no articles.
- ``site35`` (tests/heldout_site35): English digital magazines — The Atlantic (pull quotes), Vox
  (with reporting by), Forbes contributors, Business Insider (key points) and a Medium publication.
- ``site36`` (tests/heldout_site36): prefecture-city and county news portals — a 方正 新闻网 and a
  帝国CMS portal (GB2312) with stories over two or three pages, a county 融媒体中心, a Chinese
  WordPress site and an app's H5 share pages.
- ``site37`` (tests/heldout_site37): Taiwanese city and county government news — 臺北市, 新北市,
  高雄市 (English mirror pages), a Big5 ASP county site and a township office: dates in the ROC
  calendar (113-05-08, 中華民國113年5月8日).
- ``site38`` (tests/heldout_site38): English news of East and Southeast Asia — SCMP, The Straits
  Times, the Taipei Times (Big5 2019 pages), The Korea Herald and The Japan Times, each on its
  own clock.
- ``site39`` (tests/heldout_site39): legal-affairs and public-security news — 中国法院网
  (作者 naming courts, an empty 作者), 正义网 and the 检察日报 e-edition (引题/主题/副题), a
  provincial 公安厅 in GBK (索引号 table, 信息来源 units), 中国长安网 (本报讯 记者X leads, □
  byline lines) and a city 司法局 on 大汉 JCMS (a ``text/xml`` datastore list, 2019 TRS pages in
  GB2312 named by the header only).
- ``site40`` (tests/heldout_site40): small Chinese CMSes — a county 融媒体中心 on PbootCMS (作者
  超级管理员, 撰稿/审核 lines), a machinery maker's 新闻动态 on MetInfo (发布者：admin, 供稿部门,
  MetInfo 5's 更新时间), a building-materials association on EyouCMS in GBK named only in the
  HTTP header, a city portal on XunRuiCMS (``/news/show-1234.html``, 作者 admin, 导读) and an old
  GB2312 table-layout portal on 齐博CMS (``bencandy.php?fid-12-id-3456.htm``, 2019-5-8 dates).
- ``site41`` (tests/heldout_site41): news portals of China's minority regions — 天山网 (TRS,
  2019 ``/system/`` pages, a Uyghur mirror in Arabic script), 中国西藏网 (来源/作者/责任编辑), a
  内蒙古 旗 government portal (ASP in GBK, "标题--哈日淖尔旗之窗", "2024-5-8 9:05:03"), 广西新闻网
  (记者 X 通讯员 Y 报道 lines, 2019 pages in GB2312) and 延边新闻网 with a Korean mirror (기자 X,
  날짜 2024-05-08 10:32).
- ``site42`` (tests/heldout_site42): English press of South Asia, the Gulf and Africa — The Hindu
  (``<none>`` stamps on 2019 pages), Dawn (no ``<h1>``, "Published in Dawn" lines), Gulf News
  (Dubai time over UTC stamps), the Daily Nation ("What you need to know:") and The Times of India
  (text runs between ``<br>``, one "Updated:" stamp), each on its own clock.
- ``site43`` (tests/heldout_site43): continental European news, each in its own language and
  zone — Der Spiegel (the topline inside the headline's ``<h2>``, "Von X und Y", closing
  "ffg/AFP" codes, SPIEGEL+ paywall, "Mehr zum Thema"), Le Monde ("Publié le … à 14h32, modifié
  le …", "Le Monde avec AFP", inline "Lire aussi", "Il vous reste 60.40% de cet article à lire"),
  El País ("Madrid - 08 may 2024 - 14:32 CEST", author cards, "Más información" in the story),
  the Corriere della Sera ("10 maggio 2024 (modifica l'11 maggio 2024 | 21:09)", the day only;
  "di Redazione Online", "Leggi anche") and NOS ("vandaag, 00:12" / "gisteren, 19:28" in UTC
  ``<time datetime>``, mostly no byline, "Lees ook" / "Bekijk ook").
- ``site44`` (tests/heldout_site44): science, education and health news — 科学网 (no
  ``<h1>``, "发布时间：2024/5/8 10:32:15", ■本报记者 lines, the 《中国科学报》 edition line;
  博文 in GBK with the blogger named only in the header), 中国科技网 (◎科技日报记者 byline
  paragraphs, 2019 ``content_`` pages), 中国教育新闻网 (TRS; 作者 "记者 X 通讯员 Y", the day
  only), a provincial 卫健委 in GBK (政务公开 notices under a 索引号 table, 2019 GB2312 pages
  named by the header only) and 健康界 ("作者 | X" / "编辑 | E" lines, tags, 相关阅读).
- ``site45`` (tests/heldout_site45): Chinese corporate news and press releases — 美通社 (the
  "上海2024年5月8日 /美通社/ -- " dateline, 消息来源, 媒体垂询, no author), a DedeCMS 企业频道 in
  GBK (作者：佚名, 免责声明), 中华网 企业 (声明 inside the text, 编辑), a listed maker's 公司新闻
  (``show.aspx?id=``, 作者：品牌部, 公告 PDFs) and 证券日报网 (本报记者 X 见习记者 Y, （编辑 E）).
- ``site46`` (tests/heldout_site46): city and county sites on Java/.NET CMSes — SiteServer CMS
  (``/contents/12/3456.html``, 作者 "记者 X 通讯员 Y", a hits script), JEECMS (``/xwzx/123.jhtml``,
  本报讯（记者 X 通讯员 Y） leads), Jspxcms (``/info/123.html``, 文/X 图/P lines), a 大汉 网站群
  county government portal in GBK (``/art/2024/5/8/art_1229_456.html``, 2019 pages in GB2312) and
  a 新华网-built 县级融媒体 platform (closing 记者：X lines, 【责任编辑:E】).
- ``site47`` (tests/heldout_site47): old Chinese ASP/PHP/.NET news systems still online —
  风讯 Foosun (作者：佚名, 本报讯（记者 X 通讯员 Y）, 2019 GB2312 tables), 科汛 KesionCMS
  (``/Item/123.aspx``, 作者 "记者 X 通讯员 Y", 网友评论), 动力文章/新云
  (``ShowArticle.asp?ArticleID=``, GB2312 ``<font>`` tables, 文章录入/责任编辑), PageAdmin
  (2024/5/8 9:32:15, 撰稿/审核 lines, 2019 乔客 pages) and a hand-built school site (the
  school's name as ``<title>``, 发布日期：2024年5月8日).
- ``site47`` (tests/heldout_site47): old Chinese ASP/PHP/.NET news systems still online —
  风讯 Foosun (作者：佚名, 本报讯（记者 X 通讯员 Y）, 2019 GB2312 tables), 科汛 KesionCMS
  (``/Item/123.aspx``, 作者 "记者 X 通讯员 Y", 网友评论), 动力文章/新云
  (``ShowArticle.asp?ArticleID=``, GB2312 ``<font>`` tables, 文章录入/责任编辑), PageAdmin
  (2024/5/8 9:32:15, 撰稿/审核 lines, 2019 乔客 pages) and a hand-built school site (the
  school's name as ``<title>``, 发布日期：2024年5月8日).
- ``site48`` (tests/heldout_site48): Traditional-Chinese local news of Taiwan and Hong Kong — a
  county government's 縣府新聞 (發布單位, 民國 dates 113-05-08 / 113年05月08日, 新聞聯絡人 in
  the text, a 相關照片 gallery, 2019 Big5 table pages), 金門日報 (【記者X／金門報導】 leads,
  文／X 圖／Y lines, Big5 pages named in a meta only), a Hong Kong district portal ("下午4:32",
  撰文／攝影, an inline 延伸閱讀 box, 責任編輯), a 鄉公所 on the ``home.jsp`` government CMS
  (撰稿人 and 聯絡人 rows, no headline in ``<title>``) and 大紀元 (【大紀元…訊】（大紀元記者X
  台北報導）, New York time).

- ``site48`` (tests/heldout_site48): Traditional-Chinese local news of Taiwan and Hong Kong — a
  county government's 縣府新聞 (發布單位, 民國 dates 113-05-08 / 113年05月08日, 新聞聯絡人 in
  the text, a 相關照片 gallery, 2019 Big5 table pages), 金門日報 (【記者X／金門報導】 leads,
  文／X 圖／Y lines, Big5 pages named in a meta only), a Hong Kong district portal ("下午4:32",
  撰文／攝影, an inline 延伸閱讀 box, 責任編輯), a 鄉公所 on the ``home.jsp`` government CMS
  (撰稿人 and 聯絡人 rows, no headline in ``<title>``) and 大紀元 (【大紀元…訊】（大紀元記者X
  台北報導）, New York time).
- ``site49`` (tests/heldout_site49): industry and sector press — 农民日报·中国农网
  (农民日报·中国农网记者 X, 本报记者 X 通讯员 Y、Z), 中国水利网 (TRS, 2019 GB2312 pages,
  责任编辑/审核/终审), 中国交通新闻网 (来源：中国交通报 作者：X, 记者 X 实习生 Y, 延伸阅读),
  中国电力新闻网 (文/X 图/Y, the day only) and 中国化工报·化工网 (本报讯（记者 X 通讯员 Y）,
  2019 pages in GBK).
- ``site50`` (tests/heldout_site50): city and county broadcasters' news — a city 广播电视台
  on a 索贝-style media CMS (a player, 文字稿, 记者：X　摄像：P　编辑：E credit lines), a
  provincial 网络台 (主持人/来源 info line, 本台消息（记者 X） leads), a 县电视台's 动易 ASP
  pages in GBK (作者 field, 更新时间 the day only), a radio station's 音频 pages (播出时间,
  本台记者, 延伸阅读) and a 微视频 H5 page (a caption-only story, 出品/监制/剪辑 credits).
- ``site51`` (tests/heldout_site51): English-language news of Southeast Asia, each on its own
  clock — The Straits Times (UPDATED / PUBLISHED stamps, author cards with designations, wire
  cards), The Star Malaysia ("By NAME" in capitals with a desk suffix, Bernama copy without a
  byline), the Philippine Daily Inquirer ("By: NAME - Reporter / @handle", in-story "READ:"
  links), Rappler (Next.js, the post again in ``__NEXT_DATA__``) and VnExpress International
  ("By NAME   May 8, 2024 | 04:32 pm GMT+7").
- ``site52`` (tests/heldout_site52): provincial 集约化 government platforms — a 广东
  department (来源/发布时间/分享 bar, 【字体：大 中 小】, 打印/关闭, 供稿 lines), a 浙江 county
  bureau (信息索引号 table, 浏览次数 by script, the day only on some), a 四川 county 部门 page
  (作者 naming a person or an office, 审核/签发 sign-offs), a 江苏 department (相关链接 beside
  an unrelated 政策解读 box) and the 广东 department's 2019 TRS pages in GB2312 (tables,
  【责任编辑：E】).
- ``site53`` (tests/heldout_site53): Chinese reprint and aggregator sites — a 东方网/中华网-style
  portal channel (来源：新京报 作者：X, 原标题 lines, 【免责声明】), a 搜狐城市-style local
  channel (原标题 first paragraph, 本文来源：X, 编辑 lines), an SEO news site on a PHP CMS (tag
  links in the text, 本文链接, 相关阅读 vs 猜你喜欢), 今日头条-style reprints (文章来源/记者/
  通讯员 at the end) and the portal's 2019 pages in GB2312 (选稿).
- ``site54`` (tests/heldout_site54): hosted site builders and light blog engines — a town
  on 凡科建站 (module divs, no ``<h1>``, 作者 管理员/党政办, 编辑/审核 lines), a school on
  阿里云·云速成美站 (来源/作者/浏览量, 作者 "X 通讯员 Y", 文/X 图/Y), an association's 易企秀
  H5 page in ``<section>`` blocks (credits in a closing section, the day only), a Typecho
  town blog (发布于 2024年5月8日, readers' dated comments) and a 2019 WordPress site in GBK
  (作者：小编, 本网讯（通讯员 X）).
- ``site55`` (tests/heldout_site55): one city's news portal group — 新闻中心 (headline_site
  titles, 记者 X 通讯员 Y, 本报讯 leads, 文/X 图/Y), a 区县频道 on an older TRS-style CMS in GBK
  (table layout, the headline in a ``<font>`` cell), the daily's Founder e-paper (引题/主题/副题,
  版面 pages and a 往期回顾 calendar), a 繁體 channel in Big5 (記者X／報導) and an English channel
  (By X | Linjiang Daily, "Updated: 2024-05-08 10:32"), each with 相关新闻 beside 点击排行 boxes.
- ``site56`` (tests/heldout_site56): Chinese state and city media in English, all on Beijing
  time — Global Times ("Published: May 08, 2024 10:32 PM", desks "By Global Times" / "GT staff
  reporters", ``<br><br>`` paragraphs, 2019 "Published: 2019/5/8 22:32:41"), CGTN (Nuxt, the story
  in ``window.__NUXT__``, "Updated 22:32, 08-May-2024"), SHINE / Shanghai Daily ("Source: Shanghai
  Daily | Editor: Li Hua | 10:32 UTC+8, 2024-05-08"), ecns.cn ("2024-05-08 10:32 ECNS", no
  author, "Editor: X") and People's Daily Online ("By NAME (People's Daily Online) 10:32, May 08,
  2024", "(Web editor: X, Y)").
- ``site57`` (tests/heldout_site57): one county's portal and its 融媒体中心 — 县政府 要闻 and
  政策解读 pages (发布时间 to the minute, 作者 a person or an office, 责任编辑/审核), 融媒体 news
  (云溪融媒讯（记者 X 通讯员 Y） leads, byline paragraphs), 乡镇动态 in GBK, 部门动态 (the day only,
  本报讯 leads, 撰稿 lines) and 2019 ASP pages in GB2312, beside prose pages that are no news
  (领导简介, 机构职能, 县情概况, 专题, 视频, 县长信箱, 往期回顾…).
- ``site58`` (tests/heldout_site58): one district of a big city (滨海市清河区) — the 区政府网's
  新闻中心 ("headline-清河区人民政府网", 政府网站 meta, 发布时间 to the minute, 作者 a person, two
  or an office, 清河讯（记者 X 通讯员 Y） leads, 责任编辑/审核), a 街道 channel on a DedeCMS-style
  CMS in GBK ("headline--华兴街道办事处", 时间/来源/作者/点击, 本网讯（通讯员 Y）, 2019 pages in
  GB2312), the 融媒体中心's site (清河融媒讯 leads, 记者 byline lines, 摄影 credits, 编辑/责任编辑),
  a conversion service's 繁體 Big5 mirror (``/gate/big5/…``, 記者/通訊員/責任編輯) and an English
  mirror ("By NAME", "Source: Qinghe District Media Center", "Updated: 2024-05-08 10:32"), each
  with 相关新闻 beside 点击排行/热点新闻/Most Read.
- ``site59`` (tests/heldout_site59): one prefecture-level city's newspaper group — the daily's news
  site on a 华栖云/新华智云-style media cloud (来源：澜州日报 作者：记者 X 通讯员 Y, 相关新闻 vs
  热点排行), its 方正 数字报 (引题/主题/副题, 本报记者 X, the day only; 版面 pages are lists),
  the evening paper in GBK (本报讯（记者 X 实习生 Y） leads, 责任编辑/校对 lines, 延伸阅读 vs
  24小时热榜), the app's H5 share page (``window.__DATA__``, 客户端记者 X, 打开APP阅读更多) and
  2019 table pages in GB2312.
- ``site60`` (tests/heldout_site60): Hong Kong and Macau local news, all on +08:00 — a
  澳門日報/市民日報-style Founder e-paper (【本報消息】 / 【本報記者X報道】 leads, the day only,
  2019 pages in Big5), a 力報-style Macau outlet (記者 X, 編輯 Y, "2024-05-08 10:32"), an
  am730-style Next.js free paper (the story again in ``__NEXT_DATA__``, 撰文：X, "2024年5月8日
  下午4:32", 延伸閱讀), a now新聞/有線-style broadcaster page (a player, no author, 更新時間) and
  星島日報 pages (星島日報報道 leads, 記者 X, "04:32 PM", 2019 Big5 ``news-content.php`` tables).
- ``site61`` (tests/heldout_site61): one Inner Mongolian league (锡林郭勒盟) — the 盟行政公署
  portal ("headline-锡林郭勒盟行政公署", 发布时间/来源/作者, （内蒙古日报记者 X 通讯员 Y） credits,
  责任编辑/审核), a 旗 融媒体中心 on a DedeCMS-style CMS in GBK ("headline--旗县之窗", 本网讯 leads,
  2019 pages in GB2312), 草原云 app share pages (记者：X, 文/X 图/P, 相关新闻 vs 热门推荐), the
  portal's 蒙古文 edition in traditional Mongolian script (汉文 headline mirror, author and
  translator credits) and the 自治区农牧厅's pages with 信息公开 tables (2019: the day only).
- ``site62`` (tests/heldout_site62): one city's discipline-inspection, 人大, 政协 and party-building
  sites — a 中央纪委国家监委网站-style 纪委监委 site (来源/发布时间, 网站讯 记者 X 通讯员 Y Z leads,
  closing （通讯员 Y Z） lines, 审查调查 通报), the 人大网 (作者, 编辑/审核, 2019 day-only
  pages), the 政协 site (文/X 图/P lines, （编辑：E）), a 共产党员网-style 党建网 (来源 | 作者 |
  date, 责任编辑) and a 动易-style 机关工委 ASP site in GB2312 (作者 佚名, 文章录入),
  beside 法规 and 提案 pages.
- ``site63`` (tests/heldout_site63): a city's courts, procuratorate, police and justice
  bureau — a 中级人民法院 (中国法院网-style "作者：X　发布时间：…", 通讯员, 案例 pages), a
  人民检察院 (正义网-style, 检察日报 本报讯（记者 X 通讯员 Y）), a 公安局 (two-paragraph
  警情通报 with a 落款, 警方提醒, a 微警务 H5 share page), a 司法局 (普法, 发布日期 only,
  法律援助 pages) and a 法治报 数字报 in GBK.
- ``site64`` (tests/heldout_site64): Chinese financial news — 证券时报·e公司 (证券时报记者 X
  byline paragraphs, 校对 lines), 东方财富网 财经 (quote widgets, 文章来源 / 责任编辑, 风险提示,
  股吧 comments), 中国证券报·中证网 (中证网讯（记者 X） leads, 2019 pages in GBK), 财联社 电报
  (【headline】财联社5月8日电) and 新浪财经 (``artibody``, 责任编辑, the APP footer); tables of
  numbers in the body.
- ``site65`` (tests/heldout_site65): a Chinese sports and entertainment portal, +08:00 — a
  新浪体育-style page (新浪体育讯 / 记者 leads, 文/X lines, 责任编辑, 2019 pages in GB2312), a
  腾讯体育-style SPA share page (``window.DATA`` plus a server-rendered copy, 文/X, 特约记者), a
  虎扑-style news page (来源/作者, (编辑：E), 热门评论), a 直播吧-style page (直播吧5月8日讯 leads,
  来源：X lines, （编辑：E）) and an 娱乐 channel (文/X 图/Y, 图/P captions, 责任编辑：E_NB12345,
  2019 pages in GBK named in the meta only), each with 相关新闻/相关阅读 beside rankings and feeds.
- ``site66`` (tests/heldout_site66): hostile and broken pages of one county's small news sites —
  a county news site in GBK whose meta says UTF-8 (inline ``display:none`` anti-copy spans), a
  企业新闻 page (UTF-8 BOM, Word-pasted ``<font>``/``<span>`` runs, a 180 KB JSON blob, a
  ``<noscript>`` copy), a DIY PHP site (unclosed tags, ``<br><br>`` paragraphs, two ``<html>``
  roots, empty ``<title>``), a Discuz!-style 论坛门户 in GBK (``font.jammer`` noise, an old story in
  a comment) and an old ASP site in GB2312 (unclosed tables, a 130 KB inline script).
- ``site67`` (tests/heldout_site67): English-language news of five countries — ABC News ("Posted
  Wed 8 May 2024 at 2:32pm AEST", AEDT/AWST, Related stories), Stuff (NZST/NZDT, an inline READ
  MORE list, "A, Senior Reporter", RNZ), CBC News ("Posted: May 08, 2024 2:32 PM EDT | Last
  Updated: …", regional zones, The Canadian Press), The Guardian ("Wed 8 May 2024 14.32 BST",
  several contributors, roles, "in Brussels", age warnings, More on this story) and The Irish
  Times ("Updated / Wed May 8 2024 - 14:32", paywall teasers, 2019 windows-1252 tables).
- ``site68`` (tests/heldout_site68): Chinese university and research-institute news — a
  university 新闻网 on Drupal (供稿/撰稿/摄影/编辑/审核 lines), a 职业技术学院 on 帝国CMS in GBK, a
  中科院 institute's ARP 科研进展 pages, a 中学's school CMS (作者：校办) and an English news site.
- ``site69`` (tests/heldout_site69): provincial media groups' new-media apps on the web — 封面新闻
  (``/detail/N``, a ``window.__INITIAL_STATE__`` copy), 川观新闻 (川观新闻讯 leads; 2019 四川在线
  pages in GB2312), 极目新闻 (记者 X 通讯员 Y, 编辑/审核; 2019 楚天都市报 pages), 潮新闻 share pages
  (打开APP chrome, a JSON state copy) and 九派新闻 (【来源：九派新闻】 closings).
- ``site72`` (tests/heldout_site72): Chinese science and technology press — 科技日报
  (◎本报记者 X bylines, 科技日报北京5月8日电 datelines, 2019 pages in GBK), 中国科学报
  (作者/来源/发布时间 line, 本报讯 leads, 2019 pages in GB2312), 科学网 news (科学网—headline,
  【字体：大 中 小】, 相关新闻 beside 一周新闻排行), 中国科普网 (科普时报记者 X, 责任编辑) and a
  中科院-style 科学传播 page (文/X, 图/Y, 审核).
- ``site75`` (tests/heldout_site75): state-owned enterprises and utilities — a 国网
  provincial company's 公司新闻 (作者/来源/发布时间 to the second, 本网讯（通讯员…） leads,
  closing （unit X Y） lines, 2019 pages in GBK), 中国石化新闻网 企业新闻 (中国石化新闻网讯
  leads, 引题 and 本报记者 lines, 相关新闻; 2019 pages in GB2312 named in the meta only), a city
  水务集团 on an ASP 动易 site in GBK (作者/文章来源/点击数/更新时间, 佚名, 相关文章), a 铁路局
  新闻中心 (人民铁道网 datelines, train tables, 延伸阅读) and a 国企 党建动态 channel
  (撰稿/编辑/审核, 初审/复审/终审, the day only).
- ``site73`` (tests/heldout_site73): culture and tourism (文旅) news — a city 文化和旅游局 portal
  (政府网站 meta, 撰稿/摄影/审核 lines, 通知公告 with a table; 2019 pages in GBK), a provincial
  museum on PHPCMS (文/X 图/P, 初审/复审/终审; 2019 pages in GBK named in the meta only), a 5A
  scenic area on WordPress (JSON-LD, 相关文章), a 文旅 app's H5 share pages (引题/副题, 记者：X,
  责编; 2019 旅游报 e-paper stories in GB2312) and a county 旅游网 on 动易-style ASP (GB2312,
  作者：佚名).
- ``site74`` (tests/heldout_site74): one city's mass organisations and emergency services —
  the 共青团 团市委 site (文/X, closing 文字/编辑/审核 lines, 供稿 units; 2019 pages in
  GBK), the 妇联's 女性网 (日期 only, 作者 a unit or 通讯员, 本网讯 leads, 副题), the
  总工会's 动易 ASP site in GBK tables (作者：佚名, 文章录入/责任编辑, 相关文章, 网友评论),
  the 应急管理局 news channel (政府网站 meta, 撰稿/审核/校对, 引题; 预警 notices that are no
  news) and the 气象局 news page (中国气象报讯 leads, 相关新闻; forecast bulletins that are
  no news).
- ``site71`` (tests/heldout_site71): US local TV station news — Nexstar ("by: NAME", "Posted: May
  8, 2024 / 02:32 PM CDT | Updated: …", Related Content vs More Stories), Sinclair ("RELATED |"
  lines, no zone), Gray Arc XP ("Published: May. 8, 2024 at 2:32 PM EDT", HST/AKDT/MST, copyright
  lines, 2019 ISO-8859-1 tables), Hearst (one "Updated" time) and Scripps ("Posted 2:32 PM, May
  08, 2024", no zone), AP wire stories with no author.
- ``site70`` (tests/heldout_site70): Chinese-language papers of Southeast Asia, each on its own
  clock — 星洲日报 (下午2:32, 报道：X closing lines, （吉隆坡8日讯）), 南洋商报 (08/05/2024 14:32,
  报道／X, 编辑), 光华日报 (WordPress, 发布:), 国际日报 (WIB, 本报雅加达讯（记者 X 通讯员 Y）, 2019
  pages in GB2312) and 星暹日报 (+07:00, 2019 pages printing the day alone).

Thresholds are issue 10's "unseen templated site" criterion. Run with ``-s`` to see the figures:
``pytest -q -s tests/test_heldout_sites.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from heldout import SiteServer, body_score, score
from heldout_site.generator import HeldoutSite
from heldout_site2.generator import Site2
from heldout_site3.generator import Site3
from heldout_site4.generator import Site4
from heldout_site5.generator import Site5
from heldout_site6.generator import Site6
from heldout_site7.generator import Site7
from heldout_site8.generator import Site8
from heldout_site9.generator import Site9
from heldout_site10.generator import Site10
from heldout_site11.generator import Site11
from heldout_site12.generator import Site12
from heldout_site13.generator import Site13
from heldout_site14.generator import Site14
from heldout_site15.generator import Site15
from heldout_site16.generator import Site16
from heldout_site17.generator import Site17
from heldout_site18.generator import Site18
from heldout_site19.generator import Site19
from heldout_site20.generator import Site20
from heldout_site21.generator import Site21
from heldout_site22.generator import Site22
from heldout_site23.generator import Site23
from heldout_site24.generator import Site24
from heldout_site25.generator import Site25
from heldout_site26.generator import Site26
from heldout_site27.generator import Site27
from heldout_site28.generator import Site28
from heldout_site29.generator import Site29
from heldout_site30.generator import Site30
from heldout_site31.generator import Site31
from heldout_site32.generator import Site32
from heldout_site33.generator import Site33
from heldout_site34.generator import Site34
from heldout_site35.generator import Site35
from heldout_site36.generator import Site36
from heldout_site37.generator import Site37
from heldout_site38.generator import Site38
from heldout_site39.generator import Site39
from heldout_site40.generator import Site40
from heldout_site41.generator import Site41
from heldout_site42.generator import Site42
from heldout_site43.generator import Site43
from heldout_site44.generator import Site44
from heldout_site45.generator import Site45
from heldout_site46.generator import Site46
from heldout_site47.generator import Site47
from heldout_site48.generator import Site48
from heldout_site49.generator import Site49
from heldout_site50.generator import Site50
from heldout_site51.generator import Site51
from heldout_site52.generator import Site52
from heldout_site53.generator import Site53
from heldout_site54.generator import Site54
from heldout_site55.generator import Site55
from heldout_site56.generator import Site56
from heldout_site57.generator import Site57
from heldout_site58.generator import Site58
from heldout_site59.generator import Site59
from heldout_site60.generator import Site60
from heldout_site61.generator import Site61
from heldout_site62.generator import Site62
from heldout_site63.generator import Site63
from heldout_site64.generator import Site64
from heldout_site65.generator import Site65
from heldout_site66.generator import Site66
from heldout_site67.generator import Site67
from heldout_site68.generator import Site68
from heldout_site69.generator import Site69
from heldout_site70.generator import Site70
from heldout_site71.generator import Site71
from heldout_site72.generator import Site72
from heldout_site73.generator import Site73
from heldout_site74.generator import Site74
from heldout_site75.generator import Site75

SITES: dict[str, Any] = {
    "site1": HeldoutSite,
    "site2": Site2,
    "site3": Site3,
    "site4": Site4,
    "site5": Site5,
    "site6": Site6,
    "site7": Site7,
    "site8": Site8,
    "site10": Site10,
    "site11": Site11,
    "site12": Site12,
    "site13": Site13,
    "site14": Site14,
    "site15": Site15,
    "site16": Site16,
    "site17": Site17,
    "site18": Site18,
    "site19": Site19,
    "site20": Site20,
    "site21": Site21,
    "site22": Site22,
    "site23": Site23,
    "site24": Site24,
    "site25": Site25,
    "site26": Site26,
    "site27": Site27,
    "site28": Site28,
    "site29": Site29,
    "site30": Site30,
    "site31": Site31,
    "site32": Site32,
    "site33": Site33,
    "site34": Site34,
    "site35": Site35,
    "site36": Site36,
    "site37": Site37,
    "site38": Site38,
    "site39": Site39,
    "site40": Site40,
    "site41": Site41,
    "site42": Site42,
    "site43": Site43,
    "site44": Site44,
    "site45": Site45,
    "site46": Site46,
    "site49": Site49,
    "site50": Site50,
    "site51": Site51,
    "site53": Site53,
    "site54": Site54,
    "site52": Site52,
    "site55": Site55,
    "site56": Site56,
    "site47": Site47,
    "site48": Site48,
    "site9": Site9,
    "site57": Site57,
    "site58": Site58,
    "site60": Site60,
    "site59": Site59,
    "site63": Site63,
    "site68": Site68,
    "site69": Site69,
    "site72": Site72,
    "site73": Site73,
    "site74": Site74,
    "site62": Site62,
    "site61": Site61,
    "site66": Site66,
    "site64": Site64,
    "site65": Site65,
    "site67": Site67,
    "site71": Site71,
    "site70": Site70,
    "site75": Site75,
}
# Non-article pages stored today, each with the reason no signal catches it yet. A page added
# here or gone from here fails the test: the list is the known gap, not a tolerance.
KNOWN_NON_ARTICLES: dict[str, list[str]] = {
    # a podcast show page: its episodes (a heading, a summary, a date, a player each; no link)
    # read as prose, and a liveblog has the same shape
    "site6": ["/podcasts/post-reports/"],
    # a newsroom's index whose extracted body is the government masthead's "how to identify an
    # official website" notice (prose, two sentences) and whose date is a listed release's
    "site33": ["/pressroom/news-and-stories/pressroom"],
    # two 政协 提案 pages: a record table (提案号, 类别, 提案人, 案由, 承办单位) run into one
    # line, then the proposal's numbered points, undated and uncredited under a headline. The
    # only tell is the labels' words (提案人, 案由): a keyword list of one genre, not a shape;
    # an undated, uncredited page with two prose paragraphs is a story elsewhere
    "site62": ["/ta/2024/0012.shtml", "/ta/2024/0047.shtml"],
    # a 气象台's six-hourly forecasts (天气概况, a table of days, 预报员/签发) and an 应急管理局's
    # 预警信号 notices (a 预警类型/级别/发布单位 table, the standard warning text, 防御指南):
    # dated, titled pages of prose the site's writer counts as bulletins, no news; only their
    # genre (a keyword list of forecast and warning products) tells them from a short story,
    # and site73's 通知公告 notices of the same shape are its articles
    "site74": [
        *(f"/tqyb/202405/t202405{d}.html" for d in ("03_839541", "07_872843", "11_800521")),
        *(f"/tqyb/202405/t202405{d}.html" for d in ("15_836008", "19_897008", "23_812211")),
        *(f"/xwzx/yjxx/202405/t202405{d}.html" for d in ("02_711890", "05_799007", "08_792776")),
        *(f"/xwzx/yjxx/202405/t202405{d}.html" for d in ("11_761484", "14_793901", "17_710251")),
        *(f"/xwzx/yjxx/202405/t202405{d}.html" for d in ("20_735063", "23_743628")),
    ],
}
# Articles not stored today, each with the reason; a page added or gone fails the test.
KNOWN_MISSED: dict[str, list[str]] = {
    # a two-paragraph release whose info list below it (發布機關, 聯絡人, 發布日期…) outweighs
    # it: the engines take the list for the body, and a body of labels is no story
    "site37": ["/News_Content.aspx?n=F0DDAF49B89E9413&s=8256D8941F1D9F0C&sms=72544237BBE4C5F6"],
    # a 微视频 page whose whole story is an 18-character caption under the player: precision
    # mode and readability (under its 25-character minimum) drop it, the default mode buries it
    # among the player's counts, "更多视频" and comments; with the headline and the credit line
    # cut, no body is left and the page is dropped
    "site50": ["/wsp/detail.html?id=42826"],
    # an 应急管理局 brief of two sentences (57 characters) under a page of menus: precision mode
    # returns the whole page; the densest block and readability agree on the story, but the
    # default mode, which must side with an opinion for it to replace the own answer
    # (chooser.choose), returns the whole page too, and a body of menus is no article
    "site74": ["/xwzx/gzdt/202405/t20240505_410709.html"],
}
# Checks that fail today for a known reason (xfail while they do; the figure is printed). A
# site listed here that passes fails the test: the lists are the known gaps, kept honest.
KNOWN_DATE_GAPS: dict[str, str] = {
    "site6": "China Daily-style pages print 'Updated: 2024-03-02 14:38' (Beijing time, no zone) "
    "beside a date-only meta: day and time are read, but +08:00 only comes from a .cn host "
    "(dates.zone_of_host; the real page's test has it) and this site is served on 127.0.0.1",
    "site38": "four 2019 pages (SCMP's 'PUBLISHED : Wednesday, 08 May, 2019, 8:57pm', the Korea "
    "Herald's '2019-05-08 15:30') print a time and no zone, and their language tag names no "
    "country: the zone comes from the host's other pages (pool.SiteZones), and here five papers "
    "in four zones share one served host. The calendar day is right",
    "site56": "ten ecns.cn and People's Daily Online English pages print '2024-05-13 09:12 ECNS' "
    "or '07:09, May 14, 2024' beside a date-only meta and state no zone anywhere (no offset, zone "
    "name, script instant or country in the language tag): on their real hosts zone_of_host "
    "gives Beijing time; here, on 127.0.0.1, only the zone the site's other pages showed "
    "(pool.SiteZones) can, and these pages are fetched before any page has shown it. The "
    "calendar day is right",
    "site67": "two ABC News (Australia) 2019 pages print 'Posted 4 Apr 2019, 9:05pm' and state "
    "no zone anywhere (no offset or zone name, no JSON-LD date, language tag 'en' with no country, "
    "canonical and og:url on the served host): the zone comes from the host's other pages "
    "(pool.SiteZones), and here five outlets in five zones share one served host. The calendar "
    "day is right",
    "site71": "the Scripps pages ('Posted 7:24 PM, Mar 11, 2024', no zone) and Gray's 2019 pages "
    "('Posted: Mon 10:34 AM, Apr 29, 2019', no zone) state no zone anywhere (no offset, zone name, "
    "JSON-LD date, language tag beyond 'en-US', which spans six zones): the station's zone comes "
    "from the host's other pages (pool.SiteZones), and here stations in seven zones share one "
    "served host. The calendar day is right; printed US zones (CDT, MST, HST, AKDT) are read",
    "site24": "欧洲时报's pages print '发布时间：2024-05-08 14:32' in Paris time and state no zone "
    "anywhere (no offset, zone name, JSON-LD or locale; checked on all 12, the 2019 GBK pages "
    "too): the Chinese page's time is read as Beijing time. The calendar day is right",
    "site70": "国际日报 (Jakarta, +07:00: all 12 pages, '发布时间：2024-05-08 14:32:15') and "
    "星暹日报 (Bangkok, +07:00: its 4 pages printing '2024年5月8日 14:32' outside a <time "
    "datetime>) state no zone anywhere (language tag 'zh' with no country, no og:locale, offset "
    "or JSON-LD): on their real hosts (.co.id, .co.th) zone_of_host gives it; here five papers "
    "share one served host and only the dateline's city (雅加达, 曼谷) would tell, a keyword "
    "list. The calendar day is right",
}

KNOWN_AUTHOR_GAPS: dict[str, str] = {}

KNOWN_RELATED_GAPS: dict[str, str] = {}


# Crawls run this many at a time (NEWSCRAWL_HELDOUT_JOBS, default: the cores), ahead of the
# tests that score them: one after another the 72 crawls took 16 of CI's minutes on its two
# cores, each crawl waiting on its own start-up and its server part of the time (8 sites: 58 s
# one at a time, 39 s two at a time).
CRAWLS_AT_ONCE = max(1, int(os.environ.get("NEWSCRAWL_HELDOUT_JOBS", os.cpu_count() or 1)))


@dataclass
class Crawl:
    site: Any
    db: str
    base: str
    proc: subprocess.CompletedProcess[str]
    fetched: int


def _crawl(name: str, folder: Path, run_crawl: Any) -> Crawl:
    """Serve one site, crawl it ad hoc into its own database (its own lock folder: every site
    is served on 127.0.0.1, the host a crawl's lock is named by)."""
    site = SITES[name]()
    db = f"sqlite:///{folder / 'crawl.db'}"
    with SiteServer(site) as server:
        proc = run_crawl(
            db, f"start_urls={server.url}/", settings={"NEWSCRAWL_LOCK_DIR": str(folder / "locks")}
        )
        fetched = len(set(server.requests))
    return Crawl(site, db, server.url, proc, fetched)


@pytest.fixture(scope="module")
def crawls(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, run_crawl: Any
) -> Iterator[dict[str, Future[Crawl]]]:
    """The crawl of every site the session's selected tests score, started in the order they
    run, :data:`CRAWLS_AT_ONCE` at a time."""
    names = [
        item.callspec.params["scored"]
        for item in request.session.items
        if "scored" in getattr(getattr(item, "callspec", None), "params", {})
    ]
    with ThreadPoolExecutor(CRAWLS_AT_ONCE, thread_name_prefix="heldout-crawl") as pool:
        futures = {
            name: pool.submit(_crawl, name, tmp_path_factory.mktemp(name), run_crawl)
            for name in dict.fromkeys(names)
        }
        yield futures
        for future in futures.values():
            future.cancel()  # a failed session's crawls not yet started


@pytest.fixture(scope="module", params=sorted(SITES))
def scored(request: pytest.FixtureRequest, crawls: dict[str, Future[Crawl]]) -> dict[str, Any]:
    name = request.param
    crawl = crawls[name].result()
    assert crawl.proc.returncode == 0, crawl.proc.stderr[-3000:]
    rows = score(crawl.site, crawl.db, crawl.base, crawl.fetched)
    report = {k: v for k, v in rows.items() if k != "misses"}
    print(f"\nHELDOUT {name}", json.dumps(report, ensure_ascii=False, indent=1, default=str))
    print("MISSES\n" + "\n".join(rows["misses"][:150]))
    return {**rows, "name": name, "site": crawl.site, "base": crawl.base}


def _known_gap(name: str, failing: bool, gaps: dict[str, str]) -> None:
    """xfail a listed site's failing check with its reason; a listed site that passes fails."""
    if name in gaps:
        if failing:
            pytest.xfail(gaps[name])
        pytest.fail(f"{name} is listed as a known gap but passes: take it off the list")


def test_every_article_found(scored: dict[str, Any]) -> None:
    assert scored["missing"] == KNOWN_MISSED.get(scored["name"], [])


def test_titles_exact(scored: dict[str, Any]) -> None:
    assert scored["title"] >= 0.98, scored["misses"]


def test_authors_exact(scored: dict[str, Any]) -> None:
    _known_gap(scored["name"], scored["author"] < 0.95, KNOWN_AUTHOR_GAPS)
    assert scored["author"] >= 0.95, scored["misses"]


def test_no_non_article_rows(scored: dict[str, Any]) -> None:
    assert scored["non_article_rows"] == KNOWN_NON_ARTICLES.get(scored["name"], [])


def test_related_edges(scored: dict[str, Any]) -> None:
    low = min(scored["related_precision"], scored["related_recall"]) < 0.97
    _known_gap(scored["name"], low, KNOWN_RELATED_GAPS)
    assert scored["related_precision"] >= 0.97, scored["wrong_edges"]
    assert scored["related_recall"] >= 0.97, scored["missed_edges"]


def test_published_local_keeps_page_offset(scored: dict[str, Any]) -> None:
    _known_gap(scored["name"], scored["date_local"] < 0.98, KNOWN_DATE_GAPS)
    assert scored["date_local"] >= 0.98, scored["misses"]


def test_published_day(scored: dict[str, Any]) -> None:
    """The calendar day the page prints, on every site (the held-out date criterion)."""
    assert scored["date_day"] >= 0.98, [m for m in scored["misses"] if m.startswith("date")]


def test_body_text(scored: dict[str, Any]) -> None:
    if scored["body_f1"] is None:
        pytest.skip(f"{scored['name']}'s truth has no body text")
    assert scored["body_f1"] >= 0.93, [m for m in scored["misses"] if m.startswith("body")]


def test_extract_prints_page_offset(tmp_path: Any) -> None:
    """``newscrawl extract`` on a saved page prints the local time with +08:00 (a county page
    of site1 whose UTC day differs from the printed one)."""
    site = HeldoutSite()
    art = next(a for a in site.arts if a.tpl == "qx" and a.when.hour < 8)
    body, _ = site.render(art.path) or (b"", "")
    page = tmp_path / "page.htm"
    page.write_bytes(body)
    url = "http://127.0.0.1" + art.path
    cmd = [sys.executable, "-m", "newscrawl.cli", "extract", str(page), "--url", url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert art.when.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00" in out.stdout, out.stdout[:2000]


@pytest.mark.parametrize(
    "name",
    [
        "site3",
        "site4",
        "site5",
        "site6",
        "site7",
        "site8",
        "site9",
        "site10",
        "site11",
        "site12",
        "site13",
        "site14",
        "site15",
        "site16",
        "site17",
        "site18",
        "site19",
        "site20",
        "site21",
        "site22",
        "site23",
        "site24",
        "site25",
        "site26",
        "site27",
        "site28",
        "site29",
        "site30",
        "site31",
        "site32",
        "site33",
        "site34",
        "site35",
        "site36",
        "site37",
        "site38",
        "site39",
        "site40",
        "site41",
        "site42",
        "site43",
        "site44",
        "site45",
        "site46",
        "site49",
        "site50",
        "site51",
        "site53",
        "site54",
        "site52",
        "site56",
        "site47",
        "site48",
        "site57",
        "site55",
        "site58",
        "site60",
        "site59",
        "site63",
        "site68",
        "site62",
        "site61",
        "site66",
        "site64",
        "site65",
        "site67",
        "site69",
        "site72",
        "site73",
        "site71",
        "site70",
        "site75",
        "site74",
    ],
)
def test_site_shape(name: str) -> None:
    """The site itself, without a crawl: real-looking article pages (20 KB and more), 60
    distinct titles (site9: 45), the non-article pages served."""
    site = SITES[name]()
    truth = site.truth()
    n = {"site9": 45}.get(name, 60)
    sizes = [len((site.render(t["path"]) or (b"", ""))[0]) for t in truth]
    assert len(sizes) == n and min(sizes) >= 20_000, min(sizes)
    assert len({t["title"] for t in truth}) == n
    assert len(site.non_articles()) >= 10


def test_body_score_itself() -> None:
    """The scorer: whitespace is ignored, furniture added costs precision, text lost recall."""
    assert body_score("甲乙丙\n丁戊", "甲乙 丙丁戊") == (1.0, 1.0, [], [])
    p, r, lost, added = body_score("甲乙丙丁戊【打印】【关闭】", "甲乙丙丁戊己庚辛")
    assert r == 5 / 8 and p == 5 / 13 and added == ["【打印】【关闭】"] and lost == []
