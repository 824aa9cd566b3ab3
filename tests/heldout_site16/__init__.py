"""A sixteenth held-out local news site, written without looking at the extractor: five templates
imitating overseas Chinese-language newsrooms not imitated before, each on its own clock — BBC News
中文 (simplified ``/zhongwen/simp/`` and 繁體 ``/zhongwen/trad/`` editions; a byline region
``作者，NAME`` with a role, ``BBC中文记者`` or ``BBC News 中文``; ``<time datetime>`` in UTC while
the page prints ``2024年5月8日``; ``相关主题`` topic links, ``相关新闻`` related stories, a ``热读``
box between paragraphs and ``热门内容``; the page state in ``window.SIMORGH_DATA``), RFI 法广 华语
(``/cn/国际/20240508-标题`` and ``/tw/``; ``发表时间：08/05/2024 - 14:32`` and ``修改时间：…`` in
Paris time inside ``<time>`` holding the UTC instant; ``作者：`` one or two names, ``法广`` or
nothing; ``阅读更多`` interstitials), DW 德国之声 中文 (``/zh/标题/a-68…`` and ``/zh-hant/``; the
Berlin date alone; the Instagram prompt, the wires, ``作者：`` and ``责编：`` lines and the
copyright notice closing the story; ``相关内容``), 联合早报 (``发布 / 2024年5月8日 下午6:02`` and
``更新 / …`` on a 12-hour clock in Singapore time; ``文 / NAME``, a ``（北京特派员）`` post, a
``图 / NAME`` photographer; ``相关新闻``; ``热门`` tabs and ``早报订阅`` prompts on a page with no
paywall) and 纽约时报中文网 (a byline row ``艾米·秦, 王思源 2024年5月8日``,
``article:published_time`` with New York's offset, a ``北京——`` dateline, ``对本文有报道贡献``, a
bio line, ``翻译：NAME`` and ``点击查看本文英文版。``; ``相关报道``; 繁體 pages under
``…/zh-hant/``). Plus a portal at ``/``, each edition's front page, topic, section and tag lists
with their pagination (``?page=2``, Drupal's ``?page=1``), most-read, keyword, byline and author
pages, and robots.txt.

The ground truth (title, authors, correspondents, editors, local date, related links, body text) is
what a reader of each page would say; it is never derived from newscrawl's own output. Conventions:
the title is the headline; the people a byline or a ``作者：`` / ``文 /`` line names are authors, in
the characters the page prints them (繁體 pages: traditional); a role or post (``BBC中文记者``,
``（北京特派员）``), an organisation standing as author (``法广``, the wires ``（德新社、法新社）``,
JSON-LD's ``BBC News 中文`` / ``Deutsche Welle``), a photographer (``图 /``) and a translator
(``翻译：``) are not; ``责编：`` names editors; people who ``对本文亦有贡献`` / ``对本文有报道贡献``
are correspondents. Times are each newsroom's own wall time and offset — London (+01:00 in spring,
+00:00 in winter), Paris and Berlin (+02:00 / +01:00), Singapore (+08:00), New York (-04:00 /
-05:00) — to the precision the page prints in its own zone: the minute where it prints a time (法广,
早报) or states its own offset (``article:published_time`` -04:00, 纽约时报中文网), the day where it
prints only a date and stamps only UTC (BBC, DW; their stories here fall where the UTC day and the
newsroom's day are the same). Body: paragraphs, subheads and pictures' descriptive captions (without
BBC's visually-hidden ``图像加注文字，`` label); standfirsts (法广's chapo, DW's teaser), bylines
and time lines, picture credits, the ``热读`` / ``阅读更多`` / ``相关新闻`` boxes, subscription, app
and Instagram prompts, wire and credit lines, contribution, bio and translator lines,
``点击查看本文英文版`` and copyright notices are not body text; a dateline opening the first
paragraph (``北京——``) stays in it."""
