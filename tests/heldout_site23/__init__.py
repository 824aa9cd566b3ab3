"""A twenty-third held-out news site, written without looking at the extractor: five templates
imitating English-language news sites, 12 articles each, each site in its own time zone:

- The Guardian (dotcom-rendering), Europe/London: ``/world/2024/may/08/slug``; ``data-gu-name``
  headline / standfirst / meta / body blocks, ``address aria-label="Contributor info"`` with
  ``rel="author"`` links ("X", "X and Y", "X, Y and Z", "X in Manchester", "X Health policy
  editor" — a job title after the name — or "Guardian staff and agencies"), "Fri 10 May 2024
  06.00 BST" in a ``details`` with "Last modified on …", figcaptions ending "Photograph:
  X/Reuters", the support epic, "Explore more on these topics", "More on this story" (the
  story's related list, on 8 pages), "More from <section>", comments, "Most viewed",
  ``window.guardian = {config: …}``. Two 2019 pages use the older "frontend" layout
  (``content__headline``, ``itemprop="articleBody"``, "Most popular").
- Reuters (Arc XP / Fusion), Europe/London or UTC: ``/world/europe/slug-2024-05-08/``; "By X and
  Y" (or no byline), "May 8, 2024" + "10:21 AM GMT+1" (or "UTC"; the truth's zone follows the
  printed one), the dateline "PARIS, May 8 (Reuters) -" opening the first paragraph, "Related
  Coverage" inside the body (related, on 8 pages), the sign-off "Reporting by X in Paris;
  Additional reporting by Y; Writing by Z; Editing by E and F", "Read Next" rail (not related),
  the Trust Principles line, ``Fusion.globalContent``.
- Al Jazeera (WordPress), Asia/Qatar (+03:00): ``/news/2024/5/8/slug``; "By X" / "By X and Y"
  author links, "Al Jazeera Staff" or a bare "Al Jazeera and news agencies" source, "Published
  On 8 May 2024" (day only), figcaptions "Caption [X/Reuters]", "Recommended Stories" ("list
  of 4 items") inside the story, "Source: …", Featured, "Most Read", JSON-LD.
- A Substack newsletter (The Harbour Ledger), America/New_York: ``/p/slug``; author card with
  avatars ("X" or "X and Y"), "May 08, 2024" (day only), subtitle, like / comment / restack
  counts, a subscribe widget in the middle of the post, a closing "Edited by Z." line on some
  posts, "Discussion about this post", "Ready for more?", ``window._preloads =
  JSON.parse("…")`` holding the post's HTML. No related lists.
- The Courier-Mail (News Corp Australia), Australia/Brisbane (+10:00):
  ``/news/queensland/slug/news-story/<32 hex>``; "By X" + a tagline ("Queensland", "State
  Political Editor", "Crime Reporter"), "X and Y", "X, with AAP", "X, NCA NewsWire" or "AAP";
  "May 8, 2024 - 6:32PM" (+ "Updated: …"), a standfirst, a paywall overlay after the first two
  blocks with the full story still in the page, "More Coverage" cards (related, on 9 pages),
  "Trending", ``window.__INITIAL_STATE__``. Two 2016 pages use an older XHTML layout served in
  ISO-8859-1 ("May 8, 2016 6:32pm", "Most Popular").

Plus a home page linking every publisher, section fronts with each CMS's pagination
(``?page=2``, ``?offset=5``, ``/page/2/``, ``/archive?sort=new&offset=5``), writers' pages,
a topic page (housing), search, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (not the ``<title>`` with its " | The Guardian" suffix).
- Authors: the people a byline or sign-off names as writers: "By X and Y", the Guardian's
  contributor links, Reuters' "Reporting by", "Additional reporting by" and "Writing by" names.
  A job title next to a name ("Health policy editor", "State Political Editor") is the writer's
  role: that person is an author, not an editor. Agencies and collectives ("Guardian staff and
  agencies", "Al Jazeera Staff", "Al Jazeera and news agencies", "AAP", "NCA NewsWire", "with
  AAP") are no authors; "X, with AAP" has the author X. A place after the name ("X in
  Manchester") is no part of it.
- Correspondents: none on these sites (English bylines have no 通讯员 role; a "correspondent"
  job title is an author's role).
- Editors: Reuters' "Editing by E and F" names and Substack's "Edited by Z." line.
- Date: the printed first-publication wall time in the printed zone (Guardian BST/GMT, Reuters
  GMT+1 or UTC, Courier-Mail AEST), to the minute; Al Jazeera and Substack print the day only
  (precision "day"). "Last modified"/"Updated" times are not the date.
- Body: the story's paragraphs, subheads and pictures' descriptive captions. Not body: the
  standfirst/subtitle (the headline's deck), bylines, datelines' info rows, picture credits
  ("Photograph: X/PA", "REUTERS/X", "[X/AFP]", "Picture: X"), the Reuters sign-off, Substack's
  "Edited by" line and subscribe widget, the Guardian's support epic, paywall prompts, share
  bars, "Source: …", related and recommended lists. A Reuters dateline ("PARIS, May 8 (Reuters)
  -") stays at the head of its first paragraph, as printed. The Courier-Mail's paywalled part
  is body: the full story is in the page.
- Related: the story's own lists only — Guardian "More on this story", Reuters "Related
  Coverage", Al Jazeera "Recommended Stories" (an in-article list picked for the story, so
  related here), Courier-Mail "More Coverage". Most viewed/read/popular, Trending, Read Next,
  Featured, "More from <section>", topic tags and navigation are not.
"""
