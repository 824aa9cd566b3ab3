"""A forty-second held-out news site, written without looking at the extractor: five templates
imitating the English-language press of South Asia, the Gulf and East Africa, 12 articles each,
each paper on its own clock:

- The Hindu, Asia/Kolkata: ``/news/national/tamil-nadu/slug/article68152345.ece`` (also
  ``/news/national/``, ``/news/cities/chennai/``, ``/news/international/``,
  ``/business/Economy/``); a breadcrumb, the ``<h1 class="title">``, a one-sentence
  ``<h2 class="sub-title">`` deck, the byline (a linked name, "A, B", "The Hindu Bureau" linked
  to the bureau's profile page, "PTI", "ANI", "Special Correspondent"; the names in three shapes:
  "K. Lakshmi", "Lakshmi Iyer", "Meenakshi R."); at the top "Updated - May 08, 2024 10:32 pm IST"
  (or "Published - …" on a page never updated), with the dateline city after it ("… IST -
  MADURAI") on desk and wire copy; "Published - May 08, 2024 09:12 pm IST" printed again below
  the story; a hidden "Printable version | May 09, 2024 01:04:15 AM | URL" line; in-story "ALSO
  READ" boxes (the story's related list), an "ADVERTISEMENT" slot, captions "text | Photo Credit:
  X" ("Special Arrangement", "PTI", a photographer), "Related Topics" (tags: topic pages, the
  section, a place), "COMMENTS" rules, "Top News Today", "Trending", "Latest News"; JSON-LD and
  ``article:published_time`` with +05:30 and seconds, and the desk ("The Hindu Bureau", "PTI") as
  a JSON-LD Person. Two 2019 pages use the older layout: ``<h2 class="intro">``, ``auth-nm``
  bylines, the time stamps in ``<none>`` elements ("NEW DELHI, May 06, 2019 15:15 IST" then
  "Updated: May 06, 2019 16:02 IST"), ``content-body-14269002-…``, "Related Topics" and "MORE IN".
- Dawn, Asia/Karachi: ``/news/1832456/slug``; no ``<h1>`` at all: the headline is the article's
  ``<h2 class="story__title">`` (the "Latest Stories", "Most Popular" and "Editorial" lists use
  the same class); bylines joined with " | " ("Name", "A | B", "Name | Dawn.com", "Dawn.com |
  Reuters", "Reuters", "APP", "Our Staff Reporter", "Our Correspondent"); "Published May 2, 2024"
  (the day only) on newspaper stories and "Published May 10, 2024 07:32pm" on web stories, the
  full stamp with +05:00 and seconds in the ``title`` attribute; "Updated about 9 hours ago" (a
  relative time; 2019 pages print it whole); newspaper stories open with a dateline ("KARACHI:
  …") and close with the italic "Published in Dawn, May 2nd, 2024"; web stories carry a
  ``story__excerpt`` standfirst; wire stories open with a dateline too; captions "text. — credit"
  ("Photo by author", "DawnNewsTV", "Reuters/File", "White Star"); in-story "Read more: <a>"
  paragraphs with absolute links (the story's related list), "Advertisement" slots, comments.
  Two 2019 pages.
- Gulf News (Quintype), Asia/Dubai: ``/uae/government/slug-1.1715151234567`` (a millisecond epoch
  after ``-1.``); breadcrumb, ``<h1 class="headline">``, a one-sentence subheadline on two pages in
  three, author cards "Name, Senior Reporter" (roles: Chief Reporter, Assistant Editor, Senior
  Assistant Editor, Associate Editor, Staff Reporter), two cards for two writers, or "WAM",
  "Reuters", "Gulf News Report"; "Last updated: May 14, 2024 | 21:59" printed above "Published:
  May 14, 2024 | 16:00" (the same time on a page never updated), no zone printed, the ``<time
  datetime>`` stamps in UTC; the first paragraph opens "Dubai: " / "Abu Dhabi: " / "Riyadh: ";
  every paragraph its own ``story-element-text`` card; captions "text" + "Image Credit: X"; an in-
  story "ALSO READ" box with two or three links (the story's related list); "- With inputs from
  agencies" closing some stories; the WhatsApp channel prompt, tags, the breaking-news alerts
  prompt, "More from UAE", "Most Popular", the Daily Briefing sign-up; ``window.qtState`` with
  epoch-ms dates. Two 2019 pages (Reuters, Gulf News Report) in the same layout.
- The Daily Nation (nation.africa), Africa/Nairobi: ``/kenya/news/politics/slug-4620432`` (also
  ``/kenya/news``, ``/kenya/counties/nairobi``, ``/kenya/business``, ``/africa``); a section label,
  a "Premium" badge on two pages, ``<h1 class="title-large">``, an author card per writer ("By
  Name" + "More by this Author"), or "By Nation Reporter" / "By Nation Correspondent" / "By
  Nation Team" / "By AFP" / "By Reuters"; "Thursday, May 02, 2024" (the day only) in ``<time
  datetime="…Z">`` — half the stories go up after midnight East Africa Time, so the UTC stamp
  falls on the previous day; "4 min read"; a "What you need to know:" key-points box on two pages
  in three; in-story "Read: <a>" paragraphs (the story's related list); captions "text" +
  "Photo credit: X | Nation Media Group"; the writers' e-mail addresses closing the story
  ("cotieno@ke.nationmedia.com"); topics, "Trending", "Latest", the Nation Prime promo. Two 2019
  pages in the same layout.
- The Times of India, Asia/Kolkata: ``/city/mumbai/slug/articleshow/109958123.cms`` (also
  ``/city/thane``, ``/city/navi-mumbai``, ``/india``); hashed class names, a breadcrumb ending in
  the headline, ``<h1 class="HNMDR"><span>``, the byline line "Name / TNN / Updated: May 8, 2024,
  22:32 IST" ("A & B / TNN", "TNN", "PTI", "ANI", "TIMESOFINDIA.COM"); the story is text runs
  between ``<br/><br/>`` in ``<div class="_s30J clearfix">`` (no ``<p>``), opening with a city
  dateline ("MUMBAI: ", "NEW DELHI: "), subheads as ``<h2>``, pictures with "text (Photo: X)" /
  "(File photo)" / "(TOI photo by X)", "Also Read" widgets between the runs (the story's related
  list), "(With inputs from agencies)" closing some; "End of Article", "FOLLOW US ON SOCIAL
  MEDIA", "Visual Stories", "Read more news on", "Start a Conversation", "Popular from Mumbai",
  "Top Trending", sponsored "From around the web"; JSON-LD (the desk "TNN" as a Person) and
  ``window.__STATE__``. Two 2019 pages use the older layout: ``<arttitle><h1 class="_23498">``,
  "TNN | Updated: May 3, 2019, 15:22 IST", text runs between ``<br><br>`` in ``<div
  class="Normal">``, "<strong>Also read:</strong> <a>" runs.

Plus a home page linking every paper's fronts, section fronts with each CMS's pagination (The
Hindu, Dawn, Gulf News and Nation ``?page=2``, TOI ``/city/mumbai/2``), The Hindu's topic pages
(``/topic/x/``), Gulf News' and TOI's topic pages (``/topic/x``), writers' pages on every paper
(The Hindu's ``/profile/author/Name-123/`` and its bureau page, Dawn's ``/authors/123/name`` and
its Dawn.com page, Gulf News ``/author/name``, Nation ``/authors/name``, TOI
``/toireporter/author-Name-479….cms``), The Hindu's web archive (a May 2024 calendar and a page a
day), Dawn's newspaper archive (``/newspaper/front-page/2024-05-08``), TOI's archive (a calendar
and ``/2024/5/8/archivelist/year-2024,month-5,starttime-45420.cms``, the day as a spreadsheet
serial number), search pages, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (The Hindu's, Gulf News', Nation's and TOI's ``<h1>``, Dawn's
  ``story__title`` heading), not the ``<title>`` with " - The Hindu", " - Pakistan - DAWN.COM",
  " | Uae – Gulf News", " | Nation", " | Mumbai News - Times of India". Printed prefixes and
  suffixes of the headline stay ("UAE: …", "Explained: …", "Explainer: …", "… | Explained", "10%
  water cut: …"); Nation's "Premium" badge is not part of it.
- Authors: the people a byline names as writers, each entry of a multi-author byline ("A, B" at
  The Hindu, "A | B" at Dawn, two author cards at Gulf News and Nation, "A & B / TNN" at TOI). A
  role printed with the name ("Senior Reporter", "Chief Reporter", "Assistant Editor", "Senior
  Assistant Editor", "Associate Editor") is no part of the name and does not make the writer an
  editor; "By " is no part of it. Desks, agencies and outlets are no authors: "The Hindu Bureau",
  "Special Correspondent", "PTI", "ANI", "Our Staff Reporter", "Our
  Correspondent", "APP", "Dawn.com" (in "Name | Dawn.com" only the name is an author), "Reuters",
  "AFP", "WAM", "Gulf News Report", "Nation Reporter", "Nation Correspondent", "Nation Team",
  "TNN", "TIMESOFINDIA.COM". Photographers in credits are no authors; "With inputs from
  agencies" names none. The people a story quotes are never authors.
- Correspondents: none (English job titles are roles of authors). Editors: none (no page prints
  an "Edited by" line; "Assistant Editor" and the like are writers' roles).
- Date: the printed first-publication wall time in the paper's zone, to the precision printed.
  The Hindu prints minutes; its date is "Published - …" (below the story, and at the top of a
  page never updated), not "Updated - …" at the top nor the hidden "Printable version" stamp;
  2019 pages print "NEW DELHI, May 06, 2019 15:15 IST", not "Updated: …". Dawn prints the day on
  newspaper stories (precision "day") and minutes on web stories ("May 10, 2024 07:32pm",
  precision "minute"), Pakistan time; "Updated …" is not the date; "Published in Dawn, May 2nd,
  2024" is the paper's day, the same day. Gulf News prints minutes in Dubai time without a zone:
  the date is "Published: …", not "Last updated: …" printed above it. Nation prints the day
  ("Thursday, May 02, 2024", precision "day"), East Africa Time; its UTC ``datetime`` may fall on
  the day before. TOI prints one stamp, labelled "Updated: May 8, 2024, 22:32 IST": none of these
  stories was revised after it went up (the JSON-LD's datePublished and dateModified are that
  same minute), so that stamp is the first-publication time, precision "minute".
- Body: the story's paragraphs (datelines opening them included: Dawn's "KARACHI: ", Gulf News'
  "Dubai: ", TOI's "MUMBAI: "), subheads and pictures' descriptive captions. Not body: The Hindu's
  sub-title deck and Dawn's and Gulf News' standfirsts, Nation's "What you need to know:" points,
  bylines, time lines, credits ("| Photo Credit: X", "— DawnNewsTV", "Image Credit: X", "Photo
  credit: X | Nation Media Group", "(Photo: X)", "(File photo)"), the in-story link boxes and
  paragraphs ("ALSO READ", "Read more: …", "Read: …", "Also Read", "Also read: …"), "Published in
  Dawn, …", "- With inputs from agencies", "(With inputs from agencies)", Nation's closing e-mail
  addresses, ad labels, "End of Article", the WhatsApp and alerts prompts, comment rules, share
  bars, tags and every list.
- Related: each story's own in-story links — The Hindu's "ALSO READ" boxes, Dawn's "Read more:"
  paragraphs, Gulf News' "ALSO READ" box, Nation's "Read:" paragraphs, TOI's "Also Read" widgets
  (2019 "Also read:" runs). The Hindu's "Related Topics" (tags), "MORE IN", "Top News Today",
  "Trending", "Latest News", Dawn's "Latest Stories", "Most Popular", "Editorial", Gulf News'
  "More from UAE", "Most Popular", Nation's "Trending", "Latest", topics, TOI's "Popular from
  Mumbai", "Visual Stories", "Top Trending", "From around the web", "Read more news on" and
  navigation are not. About a third of the pages have no related block.
"""
