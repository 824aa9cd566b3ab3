"""A ninth held-out local news site, written without looking at the extractor: the portal of a
prefecture-level city's 融媒体中心 / 日报社 (临江新闻网), 45 articles over three templates — a GBK
新闻中心 page of an old table-and-``<font>`` CMS, the portal's Big5 繁體 mirror (城市新聞網) and a
UTF-8 WeChat-style 客户端 share page (临江发布) — plus home, 新闻中心 and two columns paginated with
``index_2.html``, a 专题, search, 联系我们, 领导之窗, a May calendar with a page per day, a video
list, the mirror's home and listing and the 客户端 list.

The ground truth (title, authors, correspondents, editors, local date with its printed precision,
related links, body text) is what a reader of each page would say; it is never derived from
newscrawl's own output. Conventions:

- the title is the page's headline (not the ``<title>`` with its ``_栏目_网站``, ``--城市新聞網``
  or ``| 临江发布`` suffix, nor a ——副标题 under it);
- authors are reporters (记者, including the GBK page's ``作者：`` field and the WeChat page's
  ``文字｜``) and 实习生; 通讯员 are correspondents; 摄影/``记者 X 摄`` photographers, the account
  name (临江发布), 来源 (市委宣传部, 新华社) and 审核/校对 are none of these;
- editors are 责任编辑, 编辑 and 责编 (責任編輯 on the mirror);
- times are Beijing wall time (+08:00): the GBK page prints seconds or only a day, the mirror
  ``2024年05月08日 09:12`` or only a day, the WeChat page minutes (``发布于``);
- body text is the paragraphs, subheadings and picture captions; byline lines of their own
  (記者 X／報導), a trailing ``（通讯员 X）``, credit and editor lines, 来源 lines, —END—, picture
  credits (（记者 X 摄）) and 阅读原文 are not; a dateline credit opening the first paragraph
  (本报讯（记者 X）…, 临江融媒讯（记者 X 通讯员 Y）…) is;
- related links are the GBK page's 相关新闻 and the mirror's 相關新聞; 点击排行, 图片新闻, 熱門新聞
  and the WeChat page's 推荐阅读 are unrelated stories, so the WeChat pages have none.
"""
