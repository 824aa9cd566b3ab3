"""A held-out local news site, independent of ``newscrawl.testsite``: five templates modelled
on real Chinese/English news portals (GBK, Big5, UTF-8), listing/pagination/calendar/tag pages,
a "most read" sidebar on every page and a related-news block under each article.

The ground truth (title, authors, correspondents, editors, local date, related links) is written
as a reader of the page would state it, never derived from newscrawl's own output.
"""
