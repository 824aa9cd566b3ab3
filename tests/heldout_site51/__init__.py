"""A fifty-first held-out news site, written without looking at the extractor: five templates
imitating the English-language press of Southeast Asia, 12 articles each (two 2019 pages per
template), each paper on its own clock:

- The Straits Times (Drupal), Asia/Singapore: ``/singapore/slug``, ``/singapore/politics/slug``,
  ``/asia/se-asia/slug``; ``h1.headline``, author cards (a linked name, with a designation such as
  "Senior Correspondent" or "Assistant News Editor" on most; two cards for two writers; an
  unlinked "REUTERS" / "AFP" / "BLOOMBERG" or "AFP, REUTERS" card on wire copy, repeated in italics
  under the story), "UPDATED MAY 08, 2024, 04:32 PM" above "PUBLISHED MAY 08, 2024, 12:15 PM" (only
  PUBLISHED on a page never updated), an ST's-newsletters sign-up box in the middle of the story,
  the Telegram promo closing it, captions "text. ST PHOTO: NAME" / "PHOTO: ST FILE"; "Related
  Stories" below the story (related) vs "You may also like" (an Outbrain feed) and "Most Read".
  2019 pages: the older node layout, "Published<br>May 8, 2019, 4:32 pm SGT" then "Updated …".
- The Star (Malaysia), Asia/Kuala_Lumpur: ``/news/nation/2024/05/08/slug``,
  ``/news/metro/metro-news/…``; a kicker, ``h1.headline``, bylines in capitals "By FATIMAH ZAINAL",
  "By A and B", "By A, B and C", with a desk suffix "By A / StarMetro" / "By A / The Star News
  Desk"; Bernama copy has no byline, opens with a dateline "PETALING JAYA: " and closes with
  "— Bernama"; "Wednesday, 08 May 2024 4:32 PM MYT" (2019: "Published: Wednesday, 8 May 2019
  4:32 PM"); captions "text. — Filepic"; "Related stories:" (related) vs "Trending in Nation" and
  Taboola's "You may also like"; the names in proper case in ``content_author`` and JSON-LD.
- Philippine Daily Inquirer (WordPress), Asia/Manila: ``/newsinfo/1934567/slug``;
  ``h1.entry-title``, "By: NAME - Reporter / @handle" (roles Reporter, Senior Reporter, Content
  Researcher Writer, Correspondent), "By: A, B - @inquirerdotnet", or only the agency ("Agence
  France-Presse", "Associated Press", "Reuters") with a "/afp" sign-off; then "Philippine Daily
  Inquirer / 05:30 AM May 08, 2024" or "INQUIRER.net / …"; the story opens "MANILA, Philippines —
  " or "CEBU — "; "With reports from X and Y" closes some; in-story "READ: <a>" paragraphs
  (related); captions "text. INQUIRER PHOTO / NAME"; newsletter box, "Trending", "Most Read". 2019
  pages in the older ``#art_body_wrap`` container.
- Rappler (Next.js), Asia/Manila: ``/philippines/slug/``, ``/philippines/mindanao/slug/`` (2019:
  ``/nation/slug/``); author tiles (one or two; "Agence France-Presse" / "Reuters" / "Bloomberg"
  on wire copy), "Published 4:32 PM, May 08, 2024" and "Updated …" in ``<time datetime>``; the
  story closes with "– Rappler.com", "– with reports from X/Rappler.com" or "– Agence
  France-Presse/Rappler.com"; captions "text. Photo by X/Rappler"; the post again in
  ``__NEXT_DATA__`` (content, authors, date and date_gmt, related); "Related Stories" (related)
  vs "Must Reads" and "Trending".
- VnExpress International, Asia/Ho_Chi_Minh: ``/news/news/slug-4744412.html`` (also
  ``/news/business/economy/``, ``/news/news/traffic/``); ``h1.title_post``, "By Name   May 8,
  2024 | 04:32 pm GMT+7" (three ``&nbsp;``; "By A, B", "By Reuters"); 2019 pages "By Name" above
  "Wednesday, May 8, 2019, 16:32 (GMT+7)"; ``p.Normal`` paragraphs; captions "text. Photo by
  VnExpress/X"; "Read more" box (related) vs "Most Viewed".

Plus the home page, each paper's latest-news front with its own pagination (``/latest?page=1``,
``/news/latest?pgno=2``, ``/newsinfo/category/latest-stories/page/2/``,
``/philippines/page/2/``, ``/news/news-p2``), a search page, an ST author page, an Inquirer tag
page, a Rappler topic page, a photo gallery index, a video index, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without " | The Straits Times", " | The Star", " | Inquirer
  News", " - VnExpress International".
- Authors: the people a byline names, in the case of their name (The Star's capitals are its
  typography: "FATIMAH ZAINAL" is Fatimah Zainal); roles ("Senior Correspondent", "Reporter",
  "Assistant News Editor"), handles, desks ("StarMetro", "The Star News Desk") and outlets
  ("INQUIRER.net", "Philippine Daily Inquirer") are no part of a name. Agencies (Reuters, AFP,
  Bloomberg, Bernama, Agence France-Presse, Associated Press) are no authors. People named only
  in a closing "With reports from …" line are no authors.
- Correspondents and editors: none.
- Date: the printed first-publication time (minutes) in the paper's zone; "UPDATED …" /
  "Updated …" stamps are not the date.
- Body: paragraphs (datelines included), subheads and pictures' descriptive captions. Not body:
  credits, bylines, time lines, newsletter and Telegram boxes, wire credits, "— Bernama", "/afp",
  "With reports from …", "– Rappler.com" sign-offs, "READ:" links, tags, comments and lists.
- Related: ST "Related Stories", The Star "Related stories:", the Inquirer's "READ:" links,
  Rappler "Related Stories", VnExpress "Read more"; about 40% of pages have none. "You may also
  like", "Most Read", "Trending", "Must Reads", "Most Viewed" and navigation are not related.
"""
