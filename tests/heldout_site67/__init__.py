"""A sixty-seventh held-out news site, written without looking at the extractor: five templates
imitating English-language news of Australia, New Zealand, Canada, the UK and Ireland, 12
articles each (two 2019 pages per template), dates spread from mid-March to mid-May so that
some fall before and some after the 2024 daylight-saving changes:

- ABC News (``/news/2024-05-08/slug/103812345``): "By A and B" (linked), "By A with wires",
  "ABC News" alone; "Posted Wed 8 May 2024 at 2:32pm AEST, updated …" (AEDT before 7 April,
  AWST for Perth, AEST for Brisbane); captions "text (ABC News: P)"; Related stories vs Top
  Stories, Just In, Most read, a newsletter promo. 2019 pages: "Posted 8 May 2019, 2:32pm" with
  no zone named (the station's zone is meant: Sydney, Perth or Brisbane).
- Stuff (``/nz-news/350212345/slug``): "A", "A and B", "A, Senior Reporter" or "RNZ";
  "2:32pm, 8 May 2024" (NZST +12, NZDT +13 before 7 April); captions "text P/STUFF"; an inline
  "READ MORE:" list inside the story (related) vs Most popular and Trending. 2019 pages:
  "14:32, May 08 2019" beside the name.
- CBC News (``/news/canada/<region>/slug-1.7196123``): "A, B · CBC News" or "The Canadian
  Press"; "Posted: May 08, 2024 2:32 PM EDT | Last Updated: May 8, 2024" (PDT, MDT, ADT for
  regional stations; 2019 pages print "ET", "PT", "MT", "AT"); a deck; captions "text (P/CBC)";
  Related Stories vs Popular Now and Top Stories.
- The Guardian (``/uk-news/2024/may/08/slug``): "A", "A and B", "A, B and C", "A in Brussels",
  "A Political correspondent", "Guardian staff and agencies"; "Wed 8 May 2024 14.32 BST"
  (GMT before 31 March) and "Last modified on …"; "This article is more than 1 year old" (2019:
  5 years); a standfirst; captions "text Photograph: P/The Guardian"; More on this story vs Most
  viewed, the contributions epic and a newsletter sign-up.
- The Irish Times (``/ireland/social-affairs/2024/05/08/slug/``): "A", "A and B", "A,
  Political Correspondent" or no byline; "Updated / Wed May 8 2024 - 14:32" (no zone: Irish
  time, +01:00, +00:00 before 31 March); paywalled pages show three blocks then a subscribe box;
  Related vs Most Read and Latest Stories. 2019 pages in tables, windows-1252 named in the meta
  only, "Wed, May 8, 2019, 14:32" and "Updated: …".

Non-article pages: the home page, each outlet's section list with ``?page=2`` and ``?page=3``,
ABC's Just In, a topic page and a search, the Guardian's day archive (two days), Politics "all",
a contributor profile, newsletters, two video lists, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: the people of the byline, without roles ("Political correspondent"), places ("in
  Brussels"), "with wires" or the outlet ("· CBC News"); agencies and desks (ABC News, RNZ, The
  Canadian Press, Guardian staff and agencies) name nobody. Photographers name nobody.
- Correspondents and editors: none (these outlets print no 通讯员 and no editor line; a
  "Political correspondent" role is a reporter's title, and the reporter is an author).
- Date: the first time printed (Posted / published), never "updated" or "Last modified", to the
  minute, with the offset of the zone printed or, where none is printed (ABC and Irish Times
  2019, Irish Times 2024), the outlet's own zone at that date. The Irish Times' single time is
  labelled "Updated" but is the only one printed: it is the date. CBC's "Last Updated" (a day) is
  not.
- Body: paragraphs, subheads and captions without their credits; not body: the deck or
  standfirst, bylines, dates, the age warning, share bars, the READ MORE list, promos, the
  paywall box, topics lines. A paywalled page's body is the teaser the page shows.
- Related: Related stories / READ MORE / Related Stories / More on this story / Related only.
"""
