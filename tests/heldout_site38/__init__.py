"""A thirty-eighth held-out news site, written without looking at the extractor: five templates
imitating the English-language press of East and Southeast Asia, 12 articles each, each site in
its own time zone:

- The South China Morning Post (the 2024 Next.js layout), Asia/Hong_Kong:
  ``/news/hong-kong/politics/article/3261234/slug`` (also ``/news/china/diplomacy/…``,
  ``/economy/china-economy/…``); ``data-qa`` attributes and emotion ``css-…`` classes, a section
  breadcrumb, an optional flag above the headline ("Exclusive", "Explainer", "Breaking"), a
  "key points" bullet list (``ContentSummary``) between headline and byline, the byline ("X",
  "X and Y", "X in Hong Kong and Y in Beijing", "Reuters" / "Agence France-Presse" /
  "Bloomberg", "SCMP Reporter"), "Published: 8:00pm, 8 May 2024" and sometimes "Updated:
  10:15pm, 8 May 2024" in ``<time datetime="…Z">``, "Why you can trust SCMP", a share bar,
  "Advertisement" slots between paragraphs, captions "text. Photo: X", a closing italic
  "Additional reporting by Y", "Related topics", author cards with role, "+ FOLLOW" and a bio,
  "More on this" (the story's related list), "Conversations", "Trending in HK", "Most Popular",
  a newsletter box, ``__NEXT_DATA__`` with epoch-ms dates, JSON-LD in UTC. Two 2019 pages use the
  older Drupal layout ("PUBLISHED : Wednesday, 08 May, 2019, 8:00pm" / "UPDATED : …",
  "Related Articles", "Most Popular", a print-edition line, ``dataLayer``).
- The Straits Times, Asia/Singapore: ``/singapore/slug``, ``/asia/east-asia/slug``,
  ``/asia/se-asia/slug``, ``/world/slug``; a standfirst on half the pages, "UPDATED May 08,
  2024, 11:04 PM" printed above "PUBLISHED May 08, 2024, 10:30 PM" (two pages in three), author
  cards (name + designation: "Senior Correspondent", "Assistant Foreign Editor", "Journalist"…),
  a dateline opening the first paragraph ("SINGAPORE – …"), captions "text" + "ST PHOTO: X" /
  "PHOTO: REUTERS", a "READ MORE HERE" box inside the story (the story's related list), wire
  stories with no byline closing "REUTERS", closing "Additional reporting by Reuters" or
  "Additional reporting by Y", "Join ST's Telegram channel and get the latest breaking news
  delivered to you.", "See more on" tags, "ADVERTISEMENT", "Latest News", "Most Popular",
  "Editor's Picks", ``dataLayer`` (local ``pubdate``) and JSON-LD / ``article:published_time``
  in UTC.
- The Taipei Times, Asia/Taipei: ``/News/taiwan/archives/2024/05/08/2003817650`` (sections
  taiwan, front, biz, world); bylines "By X / Staff reporter", "By X / Staff writer", "By X and
  Y / Staff reporters", "By X and Y / Staff reporter and Staff writer", "By X / Staff reporter,
  with CNA", "Staff writer, with CNA", "/ AFP, BEIJING", "By X / Reuters, WASHINGTON"; the
  print-edition date "Wed, May 08, 2024 page3" (the day only), ``article:published_time`` at
  local midnight in UTC (the previous day's 16:00Z); captions "text<br>Photo: X, Taipei Times" /
  "Photo: CNA"; "Related News" (related), "You might also like", "Most Popular" (Today / This
  Week), the comment-moderation notice. Two 2019 pages use the old table layout in Big5
  ("Wed, May 08, 2019 - Page 3", ``<title>Taipei Times - archives</title>``, "Related Stories"
  table (related), "TOP" list).
- The Korea Herald, Asia/Seoul: ``/view.php?ud=20240508000612``; section path, headline, a
  sub-headline (``news_title_sub``) on two pages in three, "By X", "By X and Y", "By X, Y", "By
  Yonhap", "By Korea Herald"; "Published : May 8, 2024 - 15:30" and sometimes "Updated : …";
  captions with the credit inline at their end ("… (Yonhap)", "(X/The Korea Herald)",
  "(Newsis)"); the story closing "(xname@heraldcorp.com)" lines or "(Yonhap)"; "Related
  Articles" (related), "Latest News", "Most Popular", "Editor's Picks", JSON-LD with +09:00,
  ``article:published_time`` in UTC. Two 2019 pages use the older layout: text runs separated by
  ``<br><br>`` in ``#articleText``, "Published : 2019-05-08 15:30 Updated : 2019-05-08 16:05".
- The Japan Times (WordPress), Asia/Tokyo: ``/news/2024/05/08/japan/politics/slug/``; credit
  block "By X" + "Staff writer", "By X and Y" + "Staff writers", "By X" + "Contributing writer",
  "By X and Y" + "Bloomberg", or just "Kyodo" / "Jiji" / "Reuters"; "May 8, 2024" in
  ``<time datetime="…Z">`` (a morning story's UTC stamp falls on the previous day); captions
  "text | KYODO"; the "In a time of both misinformation and too much information, quality
  journalism is more crucial than ever. … SUBSCRIBE NOW" box inside the article body;
  "Keywords", "Related" (related), "Latest", "Most Read", "Editors' Picks", newsletter box,
  JSON-LD in UTC. Two 2019 pages use the older ``jtarticle`` layout ("by X" + "Staff Writer",
  "KYODO" / "JIJI", "ARTICLE HISTORY", "RELATED STORIES" (related), "MOST POPULAR").

Plus a home page linking every paper's fronts, section fronts with each CMS's pagination (SCMP
``?page=2``, ST zero-based ``?page=1``, Taipei Times ``/News/list?section=…&page=2``, Korea
Herald ``list.php?ct=…&np=2``, WordPress ``page/2/``), SCMP topic pages, ST tag pages, writers'
pages (SCMP ``/author/…``, ST ``/authors/…``, JT ``/author/…/``), each paper's search page,
about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed in the ``<h1>`` (not the ``<title>`` with " | South China
  Morning Post", " - Taipei Times", …; the old Taipei Times ``<title>`` names no story at all).
  Printed prefixes that are part of the headline stay ("EDITORIAL: …", "[Herald Interview] …",
  "AskST: …"); the SCMP flag above the headline ("Exclusive") is not part of it.
- Authors: the people a byline names as writers, each entry of a multi-author byline ("X and
  Y", "X, Y", "X in Hong Kong and Y in Beijing"). A role or place printed with the name ("Senior
  Correspondent", "Assistant Foreign Editor", "Staff reporter", "Staff writer", "Contributing
  writer", "in Beijing", "Reuters, WASHINGTON" after "By X /", "Bloomberg" after "By X and Y") is
  no part of the name and does not make the person an editor. "Additional reporting by Y"
  (SCMP, ST) names an author when Y is a person; "Additional reporting by Reuters" names none.
  Agencies, outlets and desks ("Reuters", "Agence France-Presse", "Bloomberg", "SCMP Reporter",
  "REUTERS", "with CNA", "Staff writer, with CNA", "/ AFP, BEIJING", "Yonhap", "Korea Herald",
  "Kyodo", "Jiji") are no authors. Photographers in credits are no authors.
- Correspondents: none (English job titles are roles of authors). Editors: none (no page prints
  an "Edited by" line; "Assistant Foreign Editor" is a writer's role).
- Date: the printed first-publication wall time in the site's zone. SCMP prints minutes
  ("Published: 8:00pm, 8 May 2024"; 2019 "PUBLISHED : Wednesday, 08 May, 2019, 8:00pm"), its
  "Updated:" is not the date; ST prints minutes, and the date is "PUBLISHED …", not the "UPDATED
  …" printed above it; the Korea Herald prints minutes ("Published : May 8, 2024 - 15:30"; 2019
  "Published : 2019-05-08 15:30"), not "Updated : …"; the Taipei Times prints the print
  edition's day ("Wed, May 08, 2024 page3"), precision "day"; The Japan Times prints the day
  ("May 8, 2024"), precision "day". Machine stamps in UTC (``…Z``) may fall on another day.
- Body: the story's paragraphs (ST's opening dateline "SINGAPORE – " included), subheads and
  pictures' descriptive captions. Not body: SCMP key points, ST standfirsts and Korea Herald
  sub-headlines above the byline, bylines, info lines, credits ("Photo: X", "ST PHOTO: X",
  "Photo: X, Taipei Times", "(Yonhap)", "| KYODO"), "Additional reporting by" lines, ST's closing
  "REUTERS", the Korea Herald's "(x@heraldcorp.com)" and "(Yonhap)" lines, ad labels, the ST
  Telegram prompt, the JT subscribe box, "Why you can trust SCMP", author cards, share bars,
  comment notices, related and most-read lists.
- Related: each story's own list — SCMP "More on this" (2019 "Related Articles"), ST "READ MORE
  HERE" (inside the story), Taipei Times "Related News" (2019 "Related Stories"), Korea Herald
  "Related Articles", The Japan Times "Related" (2019 "RELATED STORIES"). Trending in HK, Most
  Popular, Most Read, Latest, Latest News, Editor's/Editors' Picks, You might also like, TOP,
  Related topics, See more on, Keywords and navigation are not. About a third of the pages have
  no related block.
"""
