"""A thirty-fifth held-out news site, written without looking at the extractor: five templates
imitating English digital magazines and contributor platforms, 12 articles each:

- The Atlantic (the 2024 Next.js layout), America/New_York:
  ``/politics/archive/2024/05/slug/678123/``; CSS-module classes (``ArticleTitle_root__…``,
  ``ArticleParagraph_root__…``), a rubric, headline, dek, lead art whose only caption is its
  credit ("Photo illustration by X; Getty"), "By <a>X</a>" / "By <a>X</a> and <a>Y</a>" / "By
  The Editors" / "By X" + "Photographs by Y", ``<time>`` printing "May 8, 2024, 7 AM ET" or "May
  8, 2024, 7:30 AM ET", on some pages an "Updated at 3:15 p.m. ET on May 9, 2024" line, pull
  quotes repeating a sentence of the story, inline "Read: <a>…</a>" links, an inline "Sign up for
  The Atlantic Daily" box, "Advertisement" slots, "About the Author" bios, "Explore More
  Topics", "Most Popular" rail, JSON-LD. Two 2016 pages use the older ``article-body`` layout
  ("By X" in ``span.byline``, ``time.date`` "May 8, 2016", a captioned lead picture "caption X /
  Reuters", a "Recommended Reading" box above the story, "Most Popular", a comments note).
- Vox (Chorus), America/New_York: ``/policy/2024/5/8/24151234/slug``; ``c-page-title``,
  ``c-entry-summary`` dek, ``c-byline`` "By X", "By X and Y", "By X, with reporting by Y", "By
  Vox Staff"; "May 8, 2024, 11:04am EDT", or on three pages "Updated May 9, 2024, 9:12am EDT"
  with an italic note at the top of the story "Update, May 9, 9:12 am ET: This story was
  originally published on May 8 and has been updated with new details."; "Share this story"
  buttons; a hero picture (caption + "Photo illustration by X/Vox; Getty Images" in ``cite``);
  an inline ``c-related-list`` "Related" aside; embedded tweets (``blockquote.twitter-tweet``);
  the "Today, Explained" newsletter breaker; a closing credits box "Edited by Z" / "Photography
  by P" on two features; "Filed under:", the contribution ask, "Next Up In <section>", "Most
  Popular", Vox Media copyright, JSON-LD.
- Forbes (the 2024 layout), America/New_York: ``/sites/janedoe/2024/05/08/slug/``; author cards
  "<a>X</a>, Senior Contributor" / "Contributor" / "Forbes Staff" with a "Follow" button, the
  contributor blurb "I write about …" and "Opinions expressed by Forbes Contributors are their
  own."; "May 8, 2024,11:04am EDT" (no space after the comma, zero-padded hour), or "Updated May
  9, 2024, 09:12am EDT" + "Published May 8, 2024,11:04am EDT"; pictures with a caption and a
  ``small`` credit ("getty", "AFP via Getty Images"); inline ``link-embed`` cards labelled "MORE
  FROM FORBES" with the story's own picks; "MORE FOR YOU" vest-pocket lists; "ADVERTISEMENT";
  the contributor's closing "Follow me on Twitter or LinkedIn. Check out my website."; author
  cards with "Read More"; "Join The Conversation"; the "More From Forbes" carousel; JSON-LD. Two
  2016 pages use the older layout ("X, Contributor", "I cover …", "May 8, 2016 @ 11:04 AM", page
  views, bold-paragraph subheads, "Related on Forbes:" list, "Trending on Forbes").
- Business Insider (the 2024 layout), America/New_York: ``/slug-2024-5``; breadcrumb,
  ``post-headline``, byline "X", "X and Y", "X, Y, and Z", "Reuters", "Markets Insider Desk";
  "May 8, 2024, 11:04 AM ET" and "N-min read"; a lead picture with a credit ("Photo illustration
  by X/BI; Getty Images") and sometimes a caption; key-points bullets (``ul.summary-list``)
  under the lead picture; "Advertisement", an inline "Related stories" module, "Recommended
  video"; closing "— Y contributed reporting to this story." or, on Reuters copy (whose first
  paragraph opens "WASHINGTON (Reuters) - "), "(Reporting by X; Editing by Y)"; "Read next",
  "Trending", Insider Inc. copyright, JSON-LD. Two 2019 pages use the older layout
  (``byline-author-name``, "May 8, 2019, 11:04 AM" with no zone, "Related coverage from
  Business Insider:", "Most Popular").
- A Medium publication page, Etc/UTC: ``/better-humans/slug-1a2b3c4d5e6f``; ``pw-post-title``,
  ``pw-subtitle-paragraph``, "X · Follow" and "Published in Y · 7 min read · May 8, 2024", or a
  post by the publication's own account ("Y" and "4 min read · May 8, 2024"); claps and
  responses counts; obfuscated atomic classes; figures whose caption is only a credit ("Photo by
  X on Unsplash", "Image by the author") or a caption plus ". Image by the author"; an
  author-written "Further reading" list closing some stories; "Edited by Z." closing line on
  two; tags, "Written by X", "Responses (N)" with reader replies, "More from X and Y",
  "Recommended from Medium", ``__APOLLO_STATE__``, JSON-LD (with millisecond UTC times).

Plus a home page linking every publisher's fronts; fronts with each CMS's pagination (Atlantic
``/latest/?page=2`` and ``/politics/?page=2``, Chorus ``/policy/archives/2``, Forbes
``/innovation/?page=2``, Insider ``/tech?page=2``), Medium publication homes and
``/<publication>/archive``, Medium ``/tag/…`` pages, writers' pages (Atlantic ``/author/x/``, Vox
``/authors/x``, Forbes ``/sites/x/``, Insider ``/author/x``, Medium ``/@x``), search pages,
about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (not the ``<title>`` with " - The Atlantic", " | Vox", " - Business
  Insider", " | by X | Y | Medium").
- Authors: the people a byline names as writers, each one of several ("X, Y, and Z"). A role
  printed with the name ("Senior Contributor", "Contributor", "Forbes Staff") is no part of it.
  "with reporting by Y" (Vox byline), "— Y contributed reporting to this story." (Insider) and
  Reuters' "(Reporting by X; …)" name authors. Desks, agencies, outlets and publication
  accounts ("The Editors", "Vox Staff", "Reuters", "Markets Insider Desk", a Medium publication
  posting as itself) are no authors. Photographers and illustrators ("Photographs by Y",
  "Photography by P", "Photo illustration by X; Getty", "Photo by X on Unsplash") are no authors.
- Correspondents: none (English sites).
- Editors: "Edited by Z" (Vox credits box, Medium closing line) and Reuters' "Editing by Y".
- Date: the printed first-publication wall time in the site's zone. The Atlantic 2024 prints
  "May 8, 2024, 7 AM ET" (precision minute; the "Updated at …" line is not the date); the
  Atlantic 2016 prints the day only ("May 8, 2016"), precision day. Chorus prints minutes ("May
  8, 2024, 11:04am EDT"); when it prints only "Updated May 9, 2024, 9:12am EDT", the first
  publication is the note's "originally published on May 8": precision day. Forbes prints minutes
  ("May 8, 2024,11:04am EDT"; "Published …" under "Updated …" is the date; 2016 "May 8, 2016 @
  11:04 AM", Eastern). Insider prints minutes ("May 8, 2024, 11:04 AM ET"; 2019 without the
  zone, Eastern). Medium prints only a day ("May 8, 2024", the UTC day of its JSON-LD time):
  precision day. No template prints seconds on the page (meta and JSON-LD times carry them).
- Body: the story's paragraphs, subheads and pictures' descriptive captions (a credit is never
  caption text; a picture whose caption is only a credit, like the Atlantic 2024 lead art or
  "Photo by X on Unsplash", is a picture with no text). A Reuters dateline "WASHINGTON (Reuters)
  - " is part of the first paragraph. Not body: headline, deks/subtitles, Insider's key-points
  bullets (a summary of the story, not the story), bylines, info lines, "Updated at …" lines
  and Vox's update note, pull quotes (a repeated sentence), "Read:" links, the "Related" aside,
  embedded tweets, newsletter boxes, ad labels, "MORE FOR YOU" / "MORE FROM FORBES" cards,
  "Recommended video", Forbes author blurbs, the Opinions disclaimer, "Follow me on Twitter…",
  author bios, "Edited by", "contributed reporting" and "(Reporting by …)" credit lines, claps,
  responses, Medium's "Further reading" list, share bars and every list below the story.
- Related: each story's own list — the Atlantic's inline "Read:" links (2016: "Recommended
  Reading"), Chorus' inline "Related" aside, Forbes' inline "MORE FROM FORBES" link cards (2016:
  "Related on Forbes:"), Insider's "Related stories" module (2019: "Related coverage from
  Business Insider:"), Medium's author-written "Further reading". Not related: Most Popular,
  Next Up In …, MORE FOR YOU, the "More From Forbes" carousel, Trending (on Forbes), Read next,
  Recommended video, "More from X and Y" (the author's and publication's other posts: a feed,
  not picked for this story), Recommended from Medium, tags/topics, author bios and navigation.
  About a quarter to a third of the pages have no related block.
"""

from .generator import Site35

__all__ = ["Site35"]
