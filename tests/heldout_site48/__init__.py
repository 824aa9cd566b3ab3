# ruff: noqa: E501  (the docstring quotes info lines with full-width characters as printed)
"""A forty-eighth held-out news site, written without looking at the extractor: five templates
imitating Traditional-Chinese local news of Taiwan and Hong Kong, 12 articles each (two 2019
pages per template, most in an older layout or in Big5):

- 雲林縣政府 縣府新聞 (``/News/NewsDetail.aspx?ID=58083&CategoryID=3``): ``h2.news-title``, an info
  list "發布單位：交通處 / 發布日期：113-05-08 / 更新日期：113-05-09 / 點閱次數" (a few pages print
  "113年05月08日"), the DC.* government metadata; the text in ``div.essay`` ends on most pages with
  a "新聞聯絡人：X科長　聯絡電話：…" paragraph; a 相關照片 gallery with captions under the text
  (not in the story); 相關新聞 (related) vs 最新消息 and 熱門點閱. No author. The 2019 pages are
  Big5 (HTTP header and meta) in nested tables, paragraphs joined by ``<br><br>``.
- 金門日報 地方新聞 (``/1117/1271/1272/412345/``): ``h3`` headline, "發布日期：2024/05/08"; credits
  "【記者X／金門報導】" or "【記者X、Y／金湖鎮報導】" opening the first paragraph, "【本報訊】" (no
  author), or a line of its own: "記者X／金門報導", "記者X、Y／…報導", "文／X　圖／Y", "特約記者X／烈嶼
  報導"; pictures with captions and "（記者X攝）" credits in the story; 相關新聞 (related) vs 熱門新聞,
  即時新聞; a 讀者回應 form. The 2019 pages are Big5 named in a meta only, "日期：2019-05-08".
- 區區通 Hong Kong district portal (``/district/2024/05/08/taipo-123456.html``): ``h1.headline``,
  "記者：X" / "記者：X、Y" / "地區新聞組" beside "2024年5月8日 星期三 下午4:32" (Hong Kong time,
  minutes); or a "文：X" / "撰文：X　攝影：Y" line opening the text; "【本報記者X報道】" leading the
  first paragraph; "責任編輯：E" closing the text on two pages of three; an inline 延伸閱讀 box after
  the second paragraph (the related links of half the pages) or a 相關新聞 section after the text;
  熱門新聞 and 即時新聞 are not related. 2019 pages: Big5 (HKSCS characters as ``&#…;``), "2019年5月
  8日 16:32".
- 雲林縣崙背鄉公所 on the ``home.jsp`` government CMS (``/ch/home.jsp?id=45&parentpath=0,2&
  mcustomize=news_view.jsp&dataserno=…``): ``<title>`` names only the office; ``h3.cp-title``, an
  info table 發布日期 113/05/08, 發布單位 (a 課), 撰稿人 X on a third of the pages, 聯絡人 Y (no
  author); pictures without captions; 附件下載; no related block. 2019 pages: Big5 tables.
- 大紀元 (``/b5/24/5/8/n14241234.htm``): ``h1.title``, "更新 2024-05-08 10:32 AM" in New York time
  (``<time datetime>`` and ``article:published_time`` with −04:00); the first paragraph opens with
  "【大紀元2024年05月08日訊】（大紀元記者X台北報導）" (or "記者X、Y", "綜合報導", "特約記者");
  "責任編輯：E" as the last paragraph of the text; figure captions followed by "。（X／大紀元）";
  相關新聞 (related) vs 推薦閱讀, 熱門新聞, 即時新聞; a donation box and comments. 2019 pages use the
  older ``#artbody`` layout ("更新: …").

Plus the home page, each source's list with its own pagination, a tag page, a search page, a
special-topic page, photo and video galleries, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site name.
- Authors: reporters and writers (記者, 特約記者, 文／, 撰文, 撰稿人, 本報記者, 大紀元記者);
  photographers (圖／, 攝影, X攝), 聯絡人, 新聞聯絡人, units (發布單位, 地區新聞組) and 本報訊 are not.
- Correspondents: none on this site. Editors: 責任編輯.
- Date: the printed first-publication date in the page's zone: the day on the county, paper and
  township pages (民國 dates converted), minutes on the Hong Kong (+08:00) and 大紀元 (New York)
  pages. The 更新日期 of the county pages is not the date.
- Body: paragraphs, subheads and the in-story pictures' descriptive captions; a dateline lead
  opening the first paragraph (【記者X／金門報導】, 【本報訊】, 【本報記者X報道】, 【大紀元…訊】
  （…報導）) stays in it as printed. Not body: byline lines of their own, 新聞聯絡人 lines, 責任編輯,
  picture credits, the 相關照片 gallery, 延伸閱讀 boxes, attachments, share bars and lists.
- Related: the 相關新聞 / 延伸閱讀 lists only; 熱門/即時/推薦/最新/其他消息 and navigation are not.
"""
