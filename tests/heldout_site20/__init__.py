"""A twentieth held-out local news site, written without looking at the extractor: five templates
imitating Chinese tech and business new-media sites not imitated before —

- 36氪 (``/p/2760123456789012``): a React SSR page whose article is also in
  ``window.initialState`` (``widgetTitle``, ``publishTime`` in epoch milliseconds, the body HTML
  again in ``widgetContent``); a 摘要 box above the story; the story opens with "文｜X" (or
  "文｜X、Y") and "编辑｜Y" lines and a "封面来源｜视觉中国" credit (sometimes at the end
  instead), or with a reprint note
  "本文来自微信公众号“ACC”（ID：id），作者：Z[，编辑：W]，36氪经授权发布。"; the header links the
  posting account (the first writer, or the 公众号 for reprints) to its 36氪 author page and
  prints "·2024年05月08日 18:02"; 相关推荐 (the related stories), then the author's other stories,
  a 推荐阅读 feed and a 24小时热榜 (not related).
- 虎嗅 (``/article/2890123.html``): a Nuxt page (``window.__NUXT__``, ``dateline`` in epoch
  seconds); originals open with 出品｜虎嗅X组 / 作者｜X / 编辑｜Y / 题图｜… lines (as paragraphs
  or one paragraph with ``<br/>``), reprints with a gray
  "本文来自微信公众号：ACC（ID：id），作者：Z，原文标题：《…》，题图来自：…" note; the author
  card names the 公众号 for reprints, with 文章/粉丝/关注 counts and TA的文章; "2024-05-08 18:02 ·
  N 分钟阅读"; closing 虎嗅 disclaimers and the 虎嗅APP prompt; 相关推荐 (related) beside 24小时
  and 热文 lists and a comment thread.
- 钛媒体 (``/7012345.html``): "钛媒体作者 X" and "2024-05-08 18:02" in the info line, a 摘要
  box, news stories whose first paragraph opens "钛媒体App 5月8日消息，" (or
  "钛媒体 App 5 月 8 日消息，"), the closing
  "（本文首发于钛媒体App，作者｜X[、Y][，编辑｜Z]）", a 授权 copyright note,
  相关文章 (related), 热门文章 and 钛媒体快报 (not related).
- IT之家 (``/0/760/123.htm``): the ``news_info`` line "2024/5/8 18:02:11 来源：IT之家 作者：X
  责编：Y 评论：N" (pen names), ``bytedance:published_time`` metas, "感谢IT之家网友 X的线索投递！"
  lines above the story, "IT之家 5 月 8 日消息，" leads, pictures whose alt/title is the headline,
  the 广告声明 notice, 相关文章 (related), 软媒旗下 lists, 日榜/周榜 and some 70 comments with
  their own dates, places and floors.
- 中关村在线 (``/news/2024/0508/1234567.shtml``) in GBK: "2024年05月08日 18:02 [ 中关村在线 原创 ]
  作者：X" (some 转载), product parameter tables inside the story,
  "本文属于原创文章，如若转载…" and "责任编辑：Y" closing the story inside its container, 相关阅读
  (related), 猜你喜欢, 热门排行 and a price list (not related).

Plus a portal home, each brand's listing with its own pagination (``?page=2``, ``/new/2``,
``list_2.html``, GBK ``/news/list_2.html``), 36氪/钛媒体 ``/user/ID`` and 虎嗅 ``/member/ID.html``
author pages, 24小时 and 快报 streams, search, video, app download, about and contact.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline (no "-36氪"/"-虎嗅网" suffix). Authors are the people named
as writers: 文｜X、Y; 作者｜X; the reprint note's 作者：Z (the 公众号 shown in the header or on
the author card is the publishing account, not an author); 钛媒体's closing 作者｜X、Y; IT之家's
and 中关村在线's 作者：X. Editors: 编辑｜Y, the note's 编辑：W, 责编：Y, 责任编辑：Y. No page
names a correspondent. 出品 desks, 题图/封面来源 credits and 感谢…网友 tipsters are nobody's
byline. Dates are the printed first-publication wall time at +08:00: to the minute, to the second
on IT之家. Body: paragraphs, subheads, pictures' descriptive captions and (中关村在线) a parameter
table as "名称 值" rows; the "钛媒体App 5月8日消息，" and "IT之家 5 月 8 日消息，" leads stay in
the first paragraph. Not body: 摘要 boxes, the 文/编辑/出品/作者/题图/封面来源 lines, 公众号
reprint notes, the 本文首发于钛媒体App closing line, tipster thanks, 广告声明, disclaimers and
copyright lines, 责任编辑 lines, app prompts. Related: the 相关推荐 (36氪, 虎嗅), 相关文章
(钛媒体, IT之家) and 相关阅读 (中关村在线) blocks; every fourth story of a template has none.
"""
