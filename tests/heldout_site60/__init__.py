# ruff: noqa: E501  (the docstring quotes info lines with full-width characters as printed)
"""A sixtieth held-out news site, written without looking at the extractor: five templates
imitating Hong Kong and Macau local news in Traditional Chinese, 12 articles each (Hong Kong and
Macau are +08:00):

- 澳門日報/市民日報-style Macau daily (``/html/2024-05/08/content_1734512.htm``): a Founder
  e-paper page in tables, ``<founder-title>`` and ``<founder-content>``, the headline not in
  ``<title>`` ("澳門日報電子版"), the day only ("2024年5月8日　第B03版"); the first paragraph
  opens with "【本報消息】" (no author) or "【本報記者X報道】"; pictures in small tables with
  captions and (記者X攝) credits; 相關新聞 (related) vs 本版標題導航 and 版面導航. Two 2019 pages
  in Big5 (HTTP header and meta).
- 力報-style Macau online outlet (``/article/212345.html``): WordPress-like, an info line
  "記者 X" / "記者 X、Y" / "綜合報道", "編輯 Y", "2024-05-08 10:32" (minutes); a JSON-LD; 相關新聞
  cards (related) vs 熱門新聞, 即時新聞.
- am730-style Hong Kong free paper (``/本地/<headline>/453123``, Chinese in the path): Next.js,
  the article again in ``__NEXT_DATA__`` (content HTML, publishTime, author); "撰文：X" on two
  pages of three; "2024年5月8日 下午4:32"; 延伸閱讀 (related) vs 熱門 and 編輯推介.
- now新聞/有線-style broadcaster page (``/home/local/player?newsId=551234``): a video player and
  its ``window.playerConfig``, no author, "更新時間：2024年5月8日 16:32" (the only printed time;
  ``article:published_time`` with seconds), short paragraphs; 相關新聞 (related, with durations)
  vs 即時新聞 and 熱門新聞.
- 星島日報-style daily (``/daily/article/2612345/``): "記者 X" / "記者 X、Y" beside
  "2024-05-08 04:32 PM", or the first paragraph opening "星島日報報道　" (no author); picture
  credits; 相關新聞 (related) vs 編輯推介 and 熱門. Two 2019 pages
  (``/daily/news-content.php?id=2012345&target=2``) in Big5 tables, the day only, ``<br><br>``
  paragraphs.

Plus the home page, each source's list with its own pagination, a tag page, a search page, a
專題 page, a video list, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site name.
- Authors: reporters and writers (記者, 本報記者, 撰文); 綜合報道, 本報消息, 星島日報報道,
  photographers and picture credits are not.
- Correspondents: none. Editors: the 力報 "編輯 Y".
- Date: the printed time in +08:00: the day on the Macau daily and the 2019 星島 pages, minutes
  elsewhere (the broadcaster's 更新時間 is its only stamp).
- Body: paragraphs, subheads and the pictures' descriptive captions; a lead opening the first
  paragraph (【本報消息】, 【本報記者X報道】, 星島日報報道) stays in it as printed. Not body: byline and
  editor lines, picture credits, tags, share bars, follow prompts, lists.
- Related: 相關新聞 / 延伸閱讀 only; 熱門/即時/推介/本版標題導航 and navigation are not.
"""
