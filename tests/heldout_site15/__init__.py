"""A fifteenth held-out local news site, written without looking at the extractor: five templates
imitating English-language news CMSes not imitated before — a WordPress VIP metro daily (Boston
Globe style: ``header.article-header``, "By NAME and NAME Globe Staff", ``time datetime`` and an
"Updated" line, JSON-LD NewsArticle, a newsletter sign-up and "Related:" link paragraphs inside the
story, "NAME can be reached at EMAIL." closing lines), a Brightspot public-radio station page
(``ArticlePage``, author pages, "Published May 8, 2024 at 6:02 AM PDT", an audio player,
"Related Stories" PromoList, NPR pick-ups closing with "Copyright 2024 NPR"), a Gannett / USA
TODAY Network local paper (``gnt_`` classes, ``data-c-`` attributes, "Published 6:02 a.m. ET May
8, 2024 | Updated …", "More:" link paragraphs, "Contact NAME at EMAIL." closing line), a UK Reach
plc regional (Manchester Evening News style: ``article-body``, "READ MORE:" link paragraphs,
newsletter boxes, ``time`` whose ``datetime`` is UTC while the page prints BST wall time) and an
AP News wire page (``Page-content``, ``RichTextStoryBody``, "Updated 3:14 PM EDT, May 8, 2024",
the dateline "WASHINGTON (AP) —", "Associated Press writer NAME contributed to this report.").
Plus home, section listings with each CMS's pagination (``/page/2/``, ``?p=2``, ``?page=2``,
``?pageNumber=2``), a tag page, a topic hub, search, a latest-news river, author pages, a video
index, a photo index, a most-read page, about and contact.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline; the people a byline names are authors (a wire byline
"By NAME Associated Press" too; "Globe Staff", "USA TODAY", "Reporter" are affiliations, not
names); a byline naming only an organisation ("The Associated Press", "NPR", "MEN Reporter"
desks) gives no author; people who "contributed to this report" are correspondents; editors only
where the page names one ("Edited by NAME"). Times are the page's wall time with its offset (ET
-04:00, PT -07:00, BST +01:00 in May) to the minute, the first publication not the update.
Body: paragraphs, subheads and pictures' descriptive captions; the standfirst, bylines, "can be
reached at"/"Contact NAME at" lines, contributed-to lines, "Related:"/"More:"/"READ MORE:" link
paragraphs, newsletter and app prompts, copyright lines and picture credits are not body text; a
dateline opening the first paragraph ("WASHINGTON (AP) —") stays in it.
"""
