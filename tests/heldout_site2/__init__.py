"""A second held-out local news site, written independently of the extractor and of
``tests/heldout_site``: five templates imitating real CMS output (a WordPress news theme, a TRS WCM
county-government portal in GBK, a founder-style newspaper e-edition, a Taiwanese portal in UTF-8
and Big5, an AMP page with a JSON-LD ``@graph``), plus home, listing, tag, author, archive,
calendar, search and about pages.

The ground truth (title, authors, correspondents, editors, local date, related links) is what a
reader of each page would say; it is never derived from newscrawl's own output.
"""
