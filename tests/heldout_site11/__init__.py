"""An eleventh held-out local news site, written without looking at the extractor: five templates
imitating Traditional-Chinese news sites of Taiwan, Hong Kong and Macau not imitated before —
中央社 CNA (``/news/aipl/202405080123.aspx``, ``2024/5/8 14:35``, the dateline
``（中央社記者X台北8日電）`` opening the body and ``（編輯：X/Y）1130508`` closing it,
JSON-LD naming the agency as author), 聯合新聞網 udn (``article-content__editor``;
``聯合報／ 記者X／台北即時報導``;
three pages on the older ``story_bady_info_author`` template; related and unrelated lists in the
same ``context-box`` markup, their links carrying ``?from=``), 香港01 (a Next.js page with the
article in ``__NEXT_DATA__``, Chinese in the path, 撰文 and 責任編輯, in-body 延伸閱讀 cards),
明報 (daily-paper pages with the date only, 即時 pages with a 12-hour ``下午3:42``, three served in
Big5; 觀點 and 副刊 credits) and 澳門日報 (a Big5 Founder e-paper page in tables, 引題/副題 around
the headline, the date only in the URL and the banner, nothing related).
Plus home, listings with pagination (``?pageidx=2``, ``/news/breaknews/2``, ``?page=2``), a 即時
rolling list, a 專題, tag pages, an author and a reporter page, search, 圖輯 and 影音 indexes, a
熱門排行 page, the e-paper's 版面 pages and 聯絡我們.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline (no site, column or 引題/副題); reporters (中央社記者,
特約記者, 記者X／台北報導, 撰文, 本報記者, a 觀點 or 副刊 piece's 文︰) are authors; a source agency
with no reporter (綜合外電報導, 中央社／ 台北8日電) gives none; 編輯 / 責任編輯 are editors (攝 and
美術 lines are none of these); times are the page's wall time (+08:00 in Taipei, Hong Kong and
Macau) to the precision printed — minutes, or only the day on 明報's paper pages and 澳門日報.
Body: paragraphs, subheads and a picture's descriptive caption; bylines on their own line, the
編輯 line, (作者是…) notes, 副刊 credit lines, copyright and 轉貼 notices, app promos, 延伸閱讀
cards and picture credits ((X攝), 圖／…, （中央社記者X攝 113年5月8日）) are not body text; a
dateline or tag opening the first paragraph (（中央社記者X台北8日電）, 【明報專訊】, 【本報消息】)
stays in it.
"""
