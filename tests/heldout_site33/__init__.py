"""A thirty-third held-out news site, written without looking at the extractor: five templates
imitating government press offices and English portals of Chinese-speaking cities, 12 articles
each, each office in its own time zone:

- Hong Kong government press releases (info.gov.hk), Asia/Hong_Kong:
  ``/gia/general/202405/08/P2024050800512.htm``; every release issued in English and Traditional
  Chinese (adjacent P-numbers), the two linking each other from the tool bar ("繁體版" /
  "English", plus an external "简体版"). ``PRHeadlineSpan`` / ``PRHeadline`` headline, the text
  in ``div#pressrelease`` as ``<br /><br />``-separated paragraphs indented with ``&nbsp;`` or
  full-width spaces, closing "Ends/Wednesday, May 8, 2024 / Issued at HKT 16:30" or
  "完／2024年5月8日（星期三）／香港時間16時30分" and "NNNN", photos with captions below the
  closing lines, no byline, no related block; a month calendar of day indexes, "Today's Press
  Releases", "Press Releases of the Day", "Related Websites". LegCo replies ("LCQ22: …" /
  "立法會二十二題：…") carry "Question:" / "Reply:" (問題： / 答覆：) subheads, "President," and
  "Thank you, President.". Two 2011 pages use the old table layout (English in ISO-8859-1,
  Chinese in Big5, with 衛 for 衞).
- news.gov.hk, Asia/Hong_Kong: ``/eng/2024/05/20240508/20240508_163012_345.html`` and the same
  id under ``/chi/``; two stories exist in both languages (separate articles), the rest in one
  (the language switch then goes to the other language's front). Headline, a day-only date
  ("May 8, 2024" / "2024年5月8日"), share bar, figures with captions, JSON-LD with a full
  timestamp (an Organization "Information Services Department" as author when no one is
  credited). Credits: none; "By X" / "By X and Y" under the date; a closing "（記者：X）" or
  "記者：X　攝影：Y"; a closing "Photos: Y". "Related" / "相關新聞" (the story's related list);
  "Latest" / "最新", "Photo highlights" / "圖片精選", "Most read" / "最多瀏覽", tags, navigation
  are not.
- Macau's Government Information Bureau (gcs.gov.mo), Asia/Macau: ``/detail/zh-hant/N24…``,
  ``/detail/pt/N24…``, ``/detail/en/N24…`` (one id, one article per language, a 繁 | PT | EN
  switch); source "新聞局" / "GCS" or the issuing department ("衞生局", "Serviços de Saúde",
  "Health Bureau") beside "2024-05-08 16:30" (Chinese) or "08/05/2024 16:30" (day first);
  subheads as ``<p><strong>``, a photo gallery with captions after the text, "相關新聞" /
  "Notícias relacionadas" / "Related news" (related) against "最新消息" / "Últimas notícias" /
  "Latest news" and "熱門專題" / featured topics (not related). Two 2019 pages use the old
  ``/showNews.php?DataUcn=…&PageLang=C|P`` table layout (Big5 / ISO-8859-1) with
  "來源：新聞局　2019年05月28日 20時59分" or "Fonte: GCS 28/05/2019 20:59".
- Singapore's MCI newsroom (Isomer), Asia/Singapore: ``/media-centre/press-releases/slug/``; the
  gov.sg masthead ("A Singapore Government Agency Website / How to identify"), "Press Releases"
  type label, headline, a day-only date ("08 May 2024"), share bar; an italic bold "Joint press
  release by the Ministry of … and …" line above the text, "- END -", "Annex A" links, "For
  media queries, please contact:" with names, designations and e-mail addresses; picture
  captions with "(Photo: IMDA)" credits; "Related press releases" cards (related) against
  "Latest press releases", "Topics", "Was this article useful?" and the footer's "Last Updated
  9 May 2024" (not the date). Three 2019 pages use the Sitecore pressroom
  (``/pressroom/news-and-stories/pressroom/2019/5/slug``, "20 May 2019", "Related Articles"
  related, "Most Popular" not).
- Shenzhen Government Online (English, TRS), Asia/Shanghai:
  ``/en_szgov/news/<channel>/content/post_11234567.html``; TRS meta tags (``PubDate``,
  ``ContentSource``, ``Author`` holding the source), an info line "Author: X | Source: Shenzhen
  Daily | Updated: 2024-05-08 10:21" (author part optional; "Author: X, Y"), or a first body
  line "By X" or "X / x@szdaily.com", Xinhua copy with a "SHENZHEN, May 8 (Xinhua) --" dateline
  and no author, "Source: Shenzhen Government Online" with none; "Editor: Y" (or "Editor: Y, Z")
  after the text, subheads as ``<p><strong>``, centred captions ending in "(Photo by X)" or
  "[Xinhua]" / "[Courtesy of Futian District]"; "Related News" (related) against "Previous: /
  Next:", "Most Read", "Hot Topics", "Services". Three 2019 pages
  (``/en_szgov/news/latest/201905/t20190520_17661719.htm``) are declared GB2312 with "Date:
  2019-05-20 08:55:08  Source: Shenzhen Daily  Author: X" and an "Editor: Y" row.

Plus a home page linking every office's fronts, info.gov.hk's "Today's Press Releases" and day
indexes (``/gia/general/202405/08.htm``, ``08c.htm``), news.gov.hk fronts and category pages
(``?page=2``), GCS lists per language (``?page=2``), the MCI list (``?page=2``) and the 2019
pressroom list, Shenzhen's TRS channel lists (``index.html``, ``index_1.html``), its portal and
news fronts and a special-topics page, search, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (not the ``<title>`` with " | news.gov.hk", " - 澳門特別行政區
  政府新聞局", "--Shenzhen Government Online", "MCI | "). A translation is its own article with
  its own headline.
- Authors: the people a byline names as writers: news.gov.hk's "By X (and Y)" and "記者：X",
  Shenzhen's "Author: X(, Y)", "By X" and "X / x@szdaily.com". Press releases name no author:
  departments, bureaus, "新聞局", "GCS", "Joint press release by …", the JSON-LD Organization,
  agencies and outlets ("Xinhua", "Shenzhen Daily", "Shenzhen Government Online") are no
  authors; MCI's media contacts are no authors; photographers ("攝影：Y", "Photos: Y", "(Photo
  by X)") are no authors.
- Correspondents: none.
- Editors: Shenzhen's "Editor: Y" (each name of "Editor: Y, Z").
- Date: the printed first-publication wall time in the office's zone. info.gov.hk: the closing
  "Issued at HKT 16:30" / "香港時間16時30分" on the "Ends/" day (minute); news.gov.hk: the
  printed day (the JSON-LD time is not printed), precision "day"; GCS: "2024-05-08 16:30",
  "08/05/2024 16:30" (8 May) or "2019年05月28日 20時59分" (minute); MCI: the printed day,
  precision "day" ("Last Updated" is not the date); Shenzhen: "Updated: 2024-05-08 10:21" is
  the only time the page prints and is its publication time (minute), the 2019 pages' "Date:
  2019-05-20 08:55:08" (second).
- Body: paragraphs, subheads ("Question:", "Reply:", 問題：, 答覆：, ``<strong>`` lines),
  "President," / "主席：" and "Thank you, President." lines of a LegCo reply, the Xinhua
  dateline inside its first paragraph, and pictures' descriptive captions (info.gov.hk photos
  below the closing lines are part of the release). Not body: the "Ends/…" / "完" closing and
  "NNNN", bylines and credit lines ("By X", "X / x@szdaily.com", "記者：", "Photos:", "Editor:"),
  caption credits ("(Photo by X)", "[Xinhua]", "(Photo: MCI)"), the joint-press-release line,
  "- END -", annex links, media contacts, share bars, related and latest lists, galleries'
  headings, Previous/Next.
- Related: news.gov.hk "Related" / "相關新聞", GCS "相關新聞" / "Notícias relacionadas" /
  "Related news", MCI "Related press releases" / "Related Articles", Shenzhen "Related News".
  The language switch to a translation, info.gov.hk's day index and calendar, Latest, Most
  read/popular, Photo highlights, Hot Topics, Previous/Next and navigation are not. info.gov.hk
  releases have no related block; of the other offices two pages in twelve have none.
"""
