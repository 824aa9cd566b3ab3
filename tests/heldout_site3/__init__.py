"""A third held-out local news site, written without looking at the extractor or at the first two
held-out sites' templates: five templates imitating real CMS output (a UK regional paper on
Drupal 10, a Chinese city portal on DedeCMS in GBK, a big Chinese portal's article page, a Hong
Kong daily in Traditional Chinese with a 12-hour clock, a Ghost blog with UTC metadata), plus
home, section listings (four pagination styles), tag and author pages, a rolling latest-news page,
a special-topic page, video pages, contact and privacy.

The ground truth (title, authors, correspondents, editors, local date, related links) is what a
reader of each page would say; it is never derived from newscrawl's own output.
"""
