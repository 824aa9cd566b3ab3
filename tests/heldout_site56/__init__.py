"""A fifty-sixth held-out news site, written without looking at the extractor: five templates
imitating the English-language pages of Chinese state and city media, 12 articles each (two 2019
pages per template), all on Beijing time (+08:00) but each printing it its own way:

- Global Times, ``/page/202405/1311234.shtml``: the headline in ``div.article_title`` (no
  ``<h1>``), a column kicker ("CHINA / POLITICS"), ``span.byline`` "By NAME", "By A and B", or a
  desk ("By Global Times", "By GT staff reporters", "By Xinhua"), "Published: May 08, 2024 10:32
  PM"; the story as text runs split by ``<br><br>`` in ``div.article_right``, ``<b>`` subheads,
  pictures as ``<center><img></center><p class="picture">caption Photo: VCG</p>``; "Related
  Stories" (related) vs "Most Popular" and "In-Depth". 2019 pages (``/content/1148234.shtml``):
  the Bootstrap layout, ``h3`` headline and "By NAME Source:Global Times Published: 2019/5/8
  22:32:41" (to the second).
- CGTN (Nuxt), ``/news/2024-05-08/Slug-abc123/p.html`` (2019: ``/news/<hex>/index.html``):
  ``h1.news-title``, ``div.news-author`` "By NAME" / "By A and B" or the source alone ("CGTN",
  "Xinhua"), "Updated 22:32, 08-May-2024" (the only time printed: the publication time), captions
  "text. /CFP", closing "(Cover image via CFP)" / "(With input from Xinhua)" notes, a Storyboard
  newsletter box, "Read more" (related) vs "Trending" and "Search Trends"; the story again in
  ``window.__NUXT__`` (an IIFE; publishTime in milliseconds).
- SHINE / Shanghai Daily, ``/news/metro/2405081234/``: a section kicker, ``h1``, a summary deck,
  the writers' names alone ("Wang Xiaoming", one link each), then "Source: Shanghai Daily | Editor:
  Li Hua | 10:32 UTC+8, 2024-05-08" (Xinhua copy: "Source: Xinhua", no name); captions with the
  credit ("Ti Gong", "Imaginechina") first; "Related Stories" vs "Editor's picks" and "Trending".
  2019 pages in the older ``news-detail`` layout.
- ecns.cn, ``/news/2024-05-08/detail-ihs….shtml``: ``h1``, "2024-05-08 10:32 ECNS" (2019:
  "2019-05-08 10:32:41 ECNS", older layout), no author; stories opening "(ECNS) -- " or with a
  "PLACE, May 8 (Xinhua) -- " dateline; centred caption paragraphs ending "(Photo: China News
  Service/NAME)"; "Editor: X" below the story; "Related News" vs "Photos" and "Most Popular".
- People's Daily Online English, ``/n3/2024/0508/c90000-20161234.html``: ``h1``, "By NAME
  (People's Daily Online) 10:32, May 08, 2024", "By A, B (People's Daily)", "(People's Daily
  Online)" or "(Xinhua)" alone; caption paragraphs "text. (Photo/NAME)"; "(Web editor: X, Y)";
  "Related News" vs "Photos", "Most Popular" and "Editor's picks". 2019 pages in the ``wb_``
  layout.

Plus the home page, each newsroom's section list with its own pagination, a search page, a Global
Times author page, a SHINE tag page, a photo gallery index, a video index, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without " - Global Times", " - CGTN", " | SHINE News", " -
  People's Daily Online".
- Authors: the people a byline names. Desks and agencies ("By Global Times", "GT staff
  reporters", "CGTN", "Xinhua", "Source: Xinhua", "Source: Shanghai Daily"), the papers' names in
  parentheses ("(People's Daily Online)", "(People's Daily)"), photographers and editors are no
  authors; ecns pages have none.
- Editors: SHINE's "Editor:", ecns' "Editor:" and People's Daily's "(Web editor: X, Y)" (both
  names). Correspondents: none.
- Date: the printed time in Beijing time (+08:00), to the minute (Global Times' and ecns' 2019
  pages to the second).
- Body: paragraphs (datelines "(ECNS) -- " / "(Xinhua) -- " included), subheads and pictures'
  descriptive captions. Not body: credits ("Photo: VCG", "/CFP", "Ti Gong", "(Photo/NAME)"),
  SHINE's summary deck, CGTN's "(Cover image via CFP)" / "(With input from Xinhua)" notes,
  bylines, time and source lines, editor lines, newsletter and app boxes, share bars, tags,
  comments and lists.
- Related: Global Times "Related Stories", CGTN "Read more", SHINE "Related Stories", ecns and
  People's Daily "Related News"; 5 pages of 12 per template have none. "Most Popular",
  "Trending", "Search Trends", "Editor's picks", "In-Depth", "Photos" and navigation are not
  related.
"""
