# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A seventy-first held-out news site, written without looking at the extractor: US local TV
station news on the five station-group CMSes, 12 articles each (two 2019 pages per template),
stations in Eastern, Central, Mountain, Arizona, Pacific, Alaska and Hawaii time, dates from late
February to May so that some fall before and some after the 10 March 2024 DST change:

- Nexstar (WordPress VIP, ``/news/chicago-news/slug/``): "by: NAME" / "by: A, B" (linked), "by:
  NAME, Associated Press", "by: The Associated Press", "by: Nexstar Media Wire"; "Posted: Feb 28,
  2024 / 08:15 PM CST | Updated: …"; ``<title>`` "headline | WGN-TV" / "headline - KXAN Austin";
  an inline Related Content list (related) vs More Stories (the section feed), Trending Stories,
  Top Stories; a Nexstar copyright line. 2019 pages: "Posted: Mar 17, 2019 10:15 AM EDT / Updated: …".
- Sinclair (``/news/local/slug``): "by NAME", "by A and B", "by NAME, KOMO News Reporter", "by NAME,
  The National News Desk", "by The Associated Press"; "Wed, March 16th 2024 at 5:09 PM" and
  "Updated …" with no zone (the station's zone); JSON-LD datePublished in UTC; inline "RELATED |
  headline" paragraphs (related, not body) vs Trending, Top Stories, Most Popular. 2019 pages print
  only "Tuesday, April 16th 2019" (precision: day).
- Gray Television (Arc XP, ``/2024/03/05/slug/``): "By NAME", "By A and B", "By NAME and Gray News
  staff", "Gray News staff", "The Associated Press"; "Published: Mar. 5, 2024 at 9:32 PM MST" and
  "Updated: …" (HST, AKDT, MST in Arizona); "Copyright 2024 KOLD. All rights reserved." (or The
  Associated Press) closing the story; no related block, Latest News and Most Read. 2019 pages
  (the older Gray platform) in tables, ISO-8859-1 named in the meta only, "By: NAME", "Posted: Wed
  2:32 PM, May 08, 2019" with no zone (the station's zone).
- Hearst Television (``/article/slug/60123456``): stacked bylines "NAME / Reporter" (one to three
  people), "WCVB Staff", "The Associated Press"; one time only, "Updated: 6:10 AM EDT Mar 23, 2024"
  (it is the date); no captions' credits, "Advertisement" slots in the text; no related block, Top
  Stories and Latest Stories. ``<title>`` is the headline alone.
- Scripps (``/news/local-news/slug``): "By: NAME" / "By: A, B" / "By: Associated Press" / "By: WXYZ
  Staff"; "Posted 7:24 PM, Mar 11, 2024" and "and last updated …" with no zone (the station's
  zone); captions "text P/WXYZ"; the Scripps (or AP) copyright paragraph; Related Stories vs
  Trending Stories and Top Stories. 2019 pages: "Posted: 07:24 PM, Mar 11, 2019 Updated: …".

Every page has a video player ("WATCH: …", "Up next"), a weather widget and the station's footer.
Wire stories open with a dateline "CHICAGO, Ill. (AP) — " (or "(NEXSTAR) —").

Non-article pages: the home page, the news list with ``?page=2`` … ``?page=5``, a tag page, a
search, the weather page, two video pages, the team page and a reporter's page, about, contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the station of ``<title>``.
- Authors: the people of the byline, without roles ("KOMO News Reporter", "Reporter"), the
  outlet (", Associated Press", ", The National News Desk") or "and Gray News staff"; agencies and
  desks (The Associated Press, Nexstar Media Wire, Gray News staff, WCVB Staff) name nobody; an AP
  writer named in a Nexstar byline is an author. Photographers name nobody.
- Correspondents and editors: none (no such lines on these pages).
- Date: the first time printed (Posted / Published), never "Updated", to the minute, with the
  offset of the zone printed or, where none is printed (Sinclair, Scripps, Gray 2019), the
  station's zone at that date; Hearst's single "Updated" time is the only one printed and is the
  date. Sinclair 2019 pages print a day only.
- Body: paragraphs (a wire dateline stays in the first), subheads and captions without their
  credits; not body: bylines, dates, the video player and its "WATCH:" caption, the weather
  widget, share bars, "RELATED |" lines, the Related Content list, "Advertisement" slots, the
  copyright lines, promos and tags.
- Related: Nexstar's Related Content, Sinclair's "RELATED |" lines and Scripps' Related Stories
  only. Nexstar's "More Stories" is the section's latest feed, not chosen for the story: not
  related; Trending, Top Stories, Most Popular, Most Read and Latest are not related either.
"""
