"""A thirty-second held-out news site, written without looking at the extractor: five templates
imitating US local news sites, 12 articles each, each site in its own time zone:

- Naperville Patch (the 2024 Next.js layout), America/Chicago: ``/illinois/<town>/slug``;
  hashed ``styles_X__abcde`` classes, a kicker, the headline and a deck (``h6``), byline cards
  ("X" + ", Patch Staff"; two cards "X, Patch Staff" + "Y, Patch Staff"; "X, Patch National
  Staff"; or the desk "Patch Staff" alone), "Posted Wed, May 8, 2024 at 11:04 am CT" (optionally
  "| Updated Wed, May 8, 2024 at 3:12 pm CT"), "Thank (n) / Reply (n) / Share" bars, in-body
  "RELATED: <headline>" link paragraphs, an inline "Get more local news delivered straight to
  your inbox" prompt, "Subscribe" box, comment rules, "Local Businesses" (featured listings),
  "Neighbor Posts" (posts with Reply counts, no pages of their own) and "More from <town>"
  rails, picture captions with "(X/Patch)", "(Shutterstock)" credits, JSON-LD and
  ``__NEXT_DATA__``. Two 2019 pages use the older ``patch-article`` layout ("By X, Patch Staff |
  May 9, 2019 5:03 pm CT", "Related:" link paragraphs closing the story, "(Image via X)" credits).
- FOX 8 Cleveland WJW (Nexstar on WordPress VIP), America/New_York: ``/news/<cat>/slug/``;
  ``article-title``, ``article-authors`` "by: X" / "by: X, Y" (linked), "by: X, Nexstar Media
  Wire", "by: X, The Hill", or an outlet/desk alone ("by: Nexstar Media Wire", "by: CNN Wire",
  "by: The Associated Press", "by: FOX 8 Digital Desk"); "Posted: May 8, 2024 / 11:04 AM EDT" and
  "Updated: May 8, 2024 / 03:12 PM EDT"; JW Player video embeds; "Don't Miss" inline box and
  "Advertisement" slots inside the story; a wire copyright line; "Related Content" (the story's
  related list), "Trending Stories", "Top Stories", "Video Now", newsletter prompt; JSON-LD graph.
- KOMO News (Sinclair), America/Los_Angeles: ``/news/local/slug``, ``/news/local/crime/slug``,
  ``/news/nation-world/slug``; ``index-module_X__abcd`` classes; "by X, KOMO News Reporter",
  "by X, KOMO News Producer", two lines "by X, KOMO News Reporter" + "by Y, KOMO News", "by KOMO
  News Staff", AP copy with upper-case names "by JANE DOE, JOHN ROE Associated Press"; "Wed, May
  8th 2024 at 11:04 AM" (optionally "Updated Wed, May 8th 2024 at 3:12 PM"); "Loading ..."
  video placeholders (one inside the story text); in-body "RELATED | <headline>" link lines (the
  story's related list), "Trending", "More to Explore", AP copyright line;
  ``window.__INITIAL_STATE__`` and JSON-LD.
- The Colorado Sun (Newspack), America/Denver: ``/YYYY/MM/DD/slug/``; ``entry-title``,
  ``newspack-post-subtitle`` deck, "by X", "by X and Y", "by X, Y and Z" (``author vcard``
  links), a guest author "by X, KFF Health News" (Co-Authors Plus display name with the partner
  outlet), or "by Colorado Sun Staff"; ``posted-on`` "May 8, 2024" (day only); captions with an
  ``image-credit`` "(X, The Colorado Sun)"; a newsletter popup and a "Support local journalism"
  donation block inside the story; a closing "This story was produced in partnership with …"
  note and, on three pages, "Edited by Z."; Jetpack "Related" (the story's related list); author
  bio boxes ("X is a reporter covering…", "More by X"); "Republish this article" widget and a
  modal with a Creative Commons notice and a textarea holding the story's HTML; "Most Read",
  "Latest stories", "Donate" widgets; JSON-LD.
- San Francisco Chronicle (Hearst), America/Los_Angeles: ``/<sec>/article/slug-19412345.php``;
  headline, dek, "By X, Staff Writer", "By X and Y, Staff Writers", "By X, Y and Z", "By X,
  Associated Press", "By Associated Press"; "Updated May 8, 2024 6:12 p.m." (when updated) above
  "Published May 8, 2024 11:04 a.m."; a paywall teaser ("Unlock this story", "Subscribe now")
  and ad labels inside the story; a closing "Contributing: Y" (or "Contributing: The Associated
  Press") line and a "Reach X: email; Twitter: @x" line; captions "(X/The Chronicle)", "(X/Special
  to The Chronicle)", "(X/Associated Press)"; "Related Stories" inline box (the story's related
  list), "Top of the News", "Most Popular", "Sponsored Stories"; JSON-LD with
  ``isAccessibleForFree: false``. Two 2019 pages use the older ``header-title`` layout ("X" +
  "Staff Writer", "Updated 6:12 pm PDT, Wednesday, May 8, 2019" above "Published 11:04 am PDT,
  Wednesday, May 8, 2019", "Photo: X / The Chronicle" credits, "Related Stories" and "Most
  Popular" modules).

Plus a home page linking every newsroom's fronts, section fronts with each CMS's pagination
(Patch ``?page=2`` with neighbor posts between the stories, WordPress ``/page/2/``, Sinclair and
Hearst ``?page=2``), a Newspack tag page per place, writers' pages (Patch ``/users/…``,
WordPress and Hearst ``/author/…/``), Patch classifieds, search, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (not the ``<title>`` with " | Naperville, IL Patch", " | FOX 8
  Cleveland WJW", " - The Colorado Sun", " - SFChronicle.com").
- Authors: the people a byline names as writers, each entry of a multi-author byline. A role or
  outlet printed with the name ("Patch Staff", "Patch National Staff", "Nexstar Media Wire",
  "The Hill", "KOMO News Reporter", "KOMO News Producer", "KOMO News", "KFF Health News",
  "Staff Writer(s)", "Associated Press") is no part of the name. Sinclair's upper-case AP names
  are written the way a reader writes a name ("JANE DOE" is "Jane Doe"). Hearst's closing
  "Contributing: Y" names an author (as "Additional reporting by" does on other sites);
  "Contributing: The Associated Press" names none. Desks, agencies and outlets ("Patch Staff",
  "FOX 8 Digital Desk", "Nexstar Media Wire", "CNN Wire", "The Associated Press", "Associated
  Press", "KOMO News Staff", "Colorado Sun Staff") are no authors. Photographers in credits, the
  people an author bio or "Reach X" line names again, and neighbor posters are no authors.
- Correspondents: none (English job titles are roles of authors).
- Editors: the Colorado Sun's closing "Edited by Z." line only.
- Date: the printed first-publication wall time in the site's zone: Patch "Posted …" (minute),
  Nexstar "Posted: …" (minute), Sinclair's first stamp (minute; the zone is not printed, it is the
  station's), Hearst "Published …" (minute; never the "Updated …" line printed above it), the
  Colorado Sun's ``posted-on`` day (precision "day"). Machine stamps carry seconds that the pages
  do not print.
- Body: the story's paragraphs, subheads and pictures' descriptive captions. Not body: decks and
  deks, bylines, stamps, picture credits, "RELATED:" / "Related:" / "RELATED |" link lines,
  "Don't Miss", ad labels, "Loading ..." placeholders, newsletter and subscribe prompts, the
  donation block, paywall teaser offers, wire copyright lines, the "This story was produced in
  partnership with …" note (a credit line, like "Edited by"), "Edited by", "Contributing:",
  "Reach X" and Chronicle contact lines, author bios, the Republish modal and its textarea, the
  Creative Commons notice, comment boxes, share bars and every list.
- Related: each story's own list — Patch "RELATED:" / "Related:" links, Nexstar "Related
  Content", Sinclair "RELATED |" lines, the Colorado Sun's Jetpack "Related", the Chronicle's
  "Related Stories". Trending Stories, Top Stories, Don't Miss, Video Now, Trending, More to
  Explore, More from <town>, Local Businesses, Neighbor Posts, Most Read, Latest stories, Top of
  the News, Most Popular, Sponsored Stories, tags and navigation are not. About a third of the
  pages have no related block.
"""
