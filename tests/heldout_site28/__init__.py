"""A twenty-eighth held-out news site, written without looking at the extractor: five templates
imitating English-language regional and public-service news sites, 12 articles each, each site in
its own time zone:

- BBC News (the 2024 Next.js layout), Europe/London: ``/news/articles/c<10 chars>o``; hashed
  ``sc-…`` classes, ``data-component="headline-block" / "byline-block" / "text-block" /
  "image-block" / "subheadline-block"``, a ``<time datetime="…Z">`` printing "8 May 2024" (or, on
  three pages, a relative "3 hours ago"), contributors as name + role line ("X" + "BBC News,
  Bolton", "X" + "Health correspondent", "X & Y" + "BBC News", or no byline at all), pictures with
  a visually hidden "Image source, " credit and "Image caption, " prefix, an italic closing
  "Additional reporting by Y" on two pages, "Related topics" tags, "More on this story" (the
  story's related list) with "Related internet links", "Top stories", "Most read",
  ``__NEXT_DATA__`` holding the article. Two 2019 pages use the older ``story-body`` layout at
  ``/news/uk-england-<region>-<8 digits>`` ("By X" + ``byline__title``, ``date--v2`` with
  ``data-seconds``, "Image copyright" / "Image caption" off-screen labels, "Related Topics",
  "More on this story", "Top Stories", "Features", "Most Read").
- NPR, America/New_York: ``/2024/05/08/<id>/slug``; ``storytitle`` h1, ``byline--block`` entries
  ("By X" + "NPR" / "Host, Morning Edition" / a member station; two reporters with their roles;
  "The Associated Press"), ``dateblock`` "May 8, 2024" + "6:00 AM ET", audio module, "Heard on
  Morning Edition" audio pages with a two-paragraph summary and no transcript, captions with
  "hide caption"/"toggle caption" and the credit printed twice, an inline "Related Stories:"
  aside (the story's related list), a closing "Edited by Z" line on two pages, "More Stories From
  NPR", "Most Popular", "Sponsor Message", JSON-LD.
- The Kansas City Star (McClatchy), America/Chicago: ``/news/local/article288123456.html``;
  "By X" with a job-title line ("Metro Reporter"), "By X and Y", "By X Associated Press", "The
  Associated Press" or "The Kansas City Star"; "Published May 08, 2024 11:04 AM", or "Updated
  May 08, 2024 6:12 PM" at the top and "This story was originally published May 08, 2024 11:04
  AM." at the end; "READ NEXT" card inside the story (not related), "Take Us With You" app
  promo, author bio cards, "Related stories from Kansas City Star" (related), "Trending Stories",
  picture credits "Name initials@kcstar.com", JSON-LD, ``window.pageInfo``.
- The Ottawa Citizen (Postmedia, WordPress), America/Toronto: ``/news/local-news/slug``; kicker,
  headline and deck, "Author of the article:" with name + title ("Ottawa Citizen", "Columnist,
  Ottawa Citizen", "Postmedia News") or "The Canadian Press"; "Published May 08, 2024 • Last
  updated 2 hours ago • 3 minute read" (day only); "You can save this article by registering
  for free here", "Advertisement N / This advertisement has not loaded yet, but your article
  continues below." and "Article content" labels between paragraphs, "Recommended from Editorial"
  cards inside the story (a site-wide pick: not related), "Related" (related), "Trending",
  comments notice, newsletter sign-up, Postmedia copyright, JSON-LD. Credits "Photo by X
  /Postmedia".
- Stuff (New Zealand), Pacific/Auckland: ``/nz-news/350123456/slug``; headline, intro (deck),
  author cards (name, optional role: "Senior Reporter", "Political Editor"), or a source card
  ("RNZ", "Stuff reporters"); ``<time datetime="…Z">08:00, May 09 2024</time>``; "Related
  stories" (related), "Latest", "Most popular", ``window.__STUFF_STATE__``, JSON-LD. Three 2019
  pages use the older ``sics-component`` layout at ``/national/politics/112345678/slug`` (bare
  byline names, "RNZ"/"Stuff" sources, the intro being the story's first paragraph, "Related
  stories" inside the body container).

Plus a home page linking every publisher's fronts, section fronts with each CMS's pagination
(BBC ``?page=2``, NPR ``archive?start=5``, McClatchy ``?page=2``, WordPress ``/page/2/``, Stuff
``?page=2``), BBC topic pages, NPR programme pages, writers' pages (NPR ``/people/…``, McClatchy
``/profile/….html``, Postmedia ``/author/…``, Stuff ``/authors/…``), search, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (not the ``<title>`` with " - BBC News", " : NPR", …).
- Authors: the people a byline names as writers, each entry of a multi-author byline. A role or
  place printed with the name ("BBC News, Bolton", "Health correspondent", "Host, Morning
  Edition", "Metro Reporter", "Columnist, Ottawa Citizen", "Political Editor", a member station,
  "Associated Press" after "By X", "Postmedia News") is no part of the name and does not make the
  person an editor. BBC's closing "Additional reporting by Y" names an author. Agencies,
  outlets and collectives ("The Associated Press", "The Kansas City Star", "The Canadian Press",
  "RNZ", "Stuff", "Stuff reporters") are no authors. Photographers in credits are no authors.
- Correspondents: none (English job titles are roles of authors).
- Editors: NPR's closing "Edited by Z" line only.
- Date: the printed first-publication wall time in the site's zone. BBC prints the day only
  ("8 May 2024"; the relative "3 hours ago" pages print no wall time at all, so the truth is the
  day of the ``<time datetime>``), precision "day"; the Ottawa Citizen prints "Published May 08,
  2024", precision "day"; NPR, the Star and Stuff print minutes. McClatchy's "Updated …" is not
  the date: "This story was originally published …" (or the "Published …" line) is.
- Body: the story's paragraphs, subheads and pictures' descriptive captions (BBC's visually
  hidden "Image caption, " prefix is not part of a caption). Not body: decks/intros above the
  byline (Citizen, Stuff 2024), bylines, info lines, credits ("Image source, PA Media",
  "X/NPR", "hide caption", "Photo by X /Postmedia", "X/Stuff"), "Additional reporting by",
  "Edited by", NPR and AP copyright lines, the Star's "originally published" line, Read Next /
  Recommended cards, Postmedia's registration prompt, ad labels and "Article content", app and
  newsletter prompts, share bars, related and most-read lists. A Stuff 2019 intro paragraph is
  the story's first paragraph, so it is body.
- Related: each story's own list — BBC "More on this story", NPR "Related Stories:", the Star's
  "Related stories from Kansas City Star", the Citizen's "Related", Stuff's "Related stories".
  Top stories, Most read/popular, Trending, Latest, More Stories From NPR, Read Next,
  Recommended from Editorial, Related topics / tags, Related internet links and navigation are
  not. About a third of the pages have no related block.
"""
