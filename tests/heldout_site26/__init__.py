"""A twenty-sixth held-out news site, written without looking at the extractor: five templates
imitating Taiwanese news portals in 繁體中文, 12 articles each, all in Taipei time (Asia/Taipei,
+08:00):

- 中時新聞網 China Times: ``/realtimenews/20240508001234-260402``; ``article-title``, a
  ``meta-info`` whose ``<time>`` prints the hour before the day ("18:20" then "2024/05/08"), an
  ``author`` box with the reporters' linked names ("X" or "X、Y"), or "中央社" (wire copy opening
  "（中央社台北8日電）"), or "中時新聞網" with a "記者X／台北報導" line opening the story; a
  ``source`` box (中時新聞網 / 中央社); figures with the credit in the figcaption ("（X攝）",
  "（圖／翻攝自臉書）"); an in-story app promo; JSON-LD NewsArticle (+ BreadcrumbList); 延伸閱讀
  (related), 熱門新聞 and 即時新聞 (not). No editor is printed.
- ETtoday 新聞雲: ``/news/20240508/2712345.htm``; "2024年05月08日 18:20"; the story opens with a
  "記者X／台北報導", "記者X／綜合報導", "記者X、Y／台北報導" or "國際中心／綜合報導" paragraph;
  pictures as ``<p><img></p>`` followed by "▲caption（圖／記者Y攝）"; inside the story the editor's
  "► <a>…" links to related stories and, at its end, a "推薦閱讀" paragraph followed by "► <a>…"
  links to other stories; below it 相關新聞 (related), 推薦閱讀 cards, 讀者迴響 and 熱門新聞 (not).
  The JSON-LD author is the outlet (ETtoday新聞雲).
- 三立新聞網 SETN: ``/News.aspx?NewsID=1461234``; ``news-title-3``, "2024/05/08 18:20:15" (to the
  second); the story opens with "記者X、Y／台北報導", "政治中心／X報導", "記者X／高雄報導",
  "生活中心／綜合報導" or a 中央社 lead "（中央社台北8日電）" with no byline; blue "▲caption
  （圖／…）" pictures; "編輯 Z" closing the story on two pages in three; 延伸閱讀 (related), 熱門
  and "政治 更多新聞" (not). Three 2019 pages use the old table layout served in Big5
  (``charset=big5`` in both the header and the meta).
- TVBS 新聞網: ``/politics/2412345`` (also /life, /local, /world); an ``author`` box "記者 X / 攝影
  Y 報導", "記者 X 報導", "記者 X / 記者 Y / 攝影 Z 報導", "編譯 X 報導" or "生活中心 / 綜合報導"
  (reporters' names link to their pages), then "發佈時間：2024/05/08 18:20" and on most pages
  "最後更新時間：…" (later: not the date); paragraphs separated by ``<br><br>`` in
  ``#news_detail_div``; 相關新聞 (related), 最新新聞 and 熱門 (not).
- 公視新聞網 PNN: ``/article/694321``; "2024-05-08 18:20"; "記者 X / 台北報導" or "記者 X、Y / 台北
  報導" (or "公視新聞 / 綜合報導"), "攝影：Y　剪輯：Z" crew credits after the story; figures with
  the credit in a span of the figcaption; 相關新聞 and, on some pages, 延伸閱讀 (both related: each
  lists stories picked for this one), 最新新聞 and 熱門新聞 (not); four pages have no related block.

Plus the home page, each portal's list with its own pagination (``?page=2``,
``news-list-2.htm``, ASP.NET ``&p=2``), section pages, a topic page, TVBS reporters' pages,
search, about and contact.

Truth conventions. The title is the headline. Authors are the people a byline names as writers
(記者X／…報導, 記者 X / … 報導, 政治中心／X報導, the China Times author box); a photographer (攝影
Y, （圖／記者Y攝）, （Y攝）) or a video editor (剪輯) is credited for the pictures, not the story,
and is no author; a 編譯 (translator-compiler) is the only person credited for the text and is an
author. 綜合報導 bylines that name a desk (國際中心, 生活中心, 公視新聞), wire copy (中央社, no
reporter named) and outlets (中時新聞網, ETtoday新聞雲 in the JSON-LD) name no author. Editors are
"編輯 Z" (SETN only). No page names a correspondent. The date is the printed first-publication
wall time in Taipei, to the minute (SETN to the second); TVBS's 最後更新時間 is ignored. Body: the
story's paragraphs, subheads and pictures' descriptive captions; a 中央社 dateline lead
"（中央社台北8日電）" stays in the first paragraph as printed; a caption's "▲" marker and its
credit in parentheses are not part of it; byline lines, crew credits, editor lines, app promos,
share bars, the ► links and the 推薦閱讀 lines inside the ETtoday story, and all
related/recommended lists are not body text. Related links are the 延伸閱讀 (中時, 三立, 公視) and
相關新聞 (ETtoday, TVBS, 公視) lists, plus ETtoday's in-story ► links under no 推薦閱讀 label (a
subset of its 相關新聞); 推薦閱讀, 熱門, 最新, 即時, "更多新聞" and navigation are not related.
Pages without such a list have none.
"""

from .generator import Site26

__all__ = ["Site26"]
