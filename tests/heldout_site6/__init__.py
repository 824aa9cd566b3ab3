"""A sixth held-out local news site, written without looking at the extractor or at the other
held-out sites' templates: five templates imitating English-language news CMSes (an Arc XP
national daily, a TownNews BLOX local paper, a Newspack non-profit newsroom, China Daily's English
pages, an Indian portal's desk-written pages), plus home, section listings in each CMS's own
pagination, tag/author/topic pages, newsletter, podcast, corrections and search pages.

The ground truth (title, authors, editors, local date, related links, body text) is what a
reader of each page would say; it is never derived from newscrawl's own output.
"""
