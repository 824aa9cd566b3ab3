"""A twenty-fourth held-out news site, written without looking at the extractor: five templates
imitating overseas Chinese-language newspapers, 12 articles each, every paper in its own zone:

- 星洲日报 Sin Chew (Malaysia, Asia/Kuala_Lumpur, WordPress): ``/news/20240508/nation/5612345``;
  Yoast JSON-LD graph, ``<time class="entry-date published">2024年5月8日 18:20</time>``, stories
  opening "（吉隆坡8日讯）" (wire copy "（华盛顿8日综合电）", no byline), Gutenberg figures with the
  credit inside the figcaption (摄影：Y), "报道：X" / "摄影：Y" lines closing the story, then
  "文章来源：星洲日报‧2024.05.08" and "编辑：Z" (some pages without); 相关新闻 cards (related),
  热门新闻 and 最新新闻 widgets, a Facebook comments box, an app promo.
- 東方日報 Oriental Daily (Malaysia, Asia/Kuala_Lumpur): ``/news/nation/2024/05/08/654321``;
  繁體 furniture, one story in three printed in 简体; "2024年05月08日 18:20"; a "記者：X" byline
  in the info row, or "報道：X" / "報道：X、Y" / "報道/攝影：X" closing the story, or no byline;
  責任編輯 on some pages; 相關新聞 (related) vs 熱門 and 你可能也喜歡 (not). The 2019 pages use
  the older layout ("發佈於 2019年05月11日 18時20分").
- 8视界 8world (Singapore, Asia/Singapore, Next.js on Drupal): ``/singapore/<slug>-2345678``;
  "文 / X" (also "文 / X、Y", "文 / X、实习记者 Y", "文 / X　摄影 / Y"), "发布 / 2024年5月8日
  6:20PM" and on some pages "更新 / …" (the later update time is not the date), "编辑 / Y"
  after the story; ``__NEXT_DATA__`` with the article, recommendations and most-popular;
  相关新闻 (related), 推荐 and 热门 (not); wire copy opening "（路透社）" has no byline.
- 欧洲时报 Nouvelles d'Europe (Paris, Europe/Paris): ``/static/content/europe/france/2024-05-08/
  <19 digits>.html``; "发布时间：2024-05-08 14:32　来源：欧洲时报　作者：X"; stories opening
  "【欧洲时报记者X报道】", "【欧洲时报记者X、Y报道】", "【欧洲时报实习记者X报道】",
  "【欧洲时报X编译】", "【欧洲时报综合报道】" or a 中新网 repost ("中新网5月8日电",
  来源：中国新闻网); 责编：Z (some pages without); 相关文章 (related), 热门排行 and 一周热点
  (not). Three pages of November 2019 (winter time, +01:00) are the old table layout served in GBK
  (``/ouzhong/france/20191108/123456.html``, ``text/html`` without a charset, the meta says gbk).
- 世界日報 World Journal (New York, America/New_York, udn): ``/wj/story/121469/7950123``;
  ``article-content__*`` markup, "2024-05-08 18:20" (ET), "記者X／紐約報導" (names linking to
  reporters' pages), "記者X、Y／…報導", "記者X、實習記者Y／…報導", "編譯X／綜合報導",
  "世界日報／綜合報導"; figures with the credit in parentheses in the figcaption
  (（記者X／攝影）, （美聯社）); 責任編輯 on some pages; 延伸閱讀 (related), 熱門新聞 and 推薦
  (not).

Plus the home page, each paper's list with its CMS's pagination (WordPress ``/page/2``,
``?page=2``, Drupal's zero-based ``?page=1``, ``index_2.html``), section pages, a topic page,
世界日報 reporters' pages, search, about and contact.

Truth conventions. The title is the headline. Authors are the people a byline names as writers:
报道：X, 記者 X, 文 / X, 作者：X, 【欧洲时报记者X报道】, 記者X／紐約報導; an intern (实习记者) who
co-signs is an author. A photographer (摄影：Y, 摄影 / Y) is credited for the pictures, not the
story, and is no author; "報道/攝影：X" names X as the writer. A 编译/編譯 (translator-compiler)
wrote the Chinese story from foreign sources and is the only person credited for its text: an
author. 综合报道/綜合報導, wire copy and reposts name no author; an outlet (来源：中国新闻网,
文章来源：星洲日报) is no author. Editors are 编辑/編輯/责编/責任編輯/编辑 / Y. No page names a
correspondent. The date is the printed first-publication wall time in the paper's zone, to the
minute (8视界's "6:20PM" is 18:20; its 更新 time is ignored). Body: the story's paragraphs, subheads
and pictures' descriptive captions; a dateline lead that opens the first paragraph ((吉隆坡8日讯),
【欧洲时报记者X报道】, 中新网5月8日电, （路透社）) stays in it as printed; byline lines (报道：X,
摄影：Y, 文 / X), 文章来源 and editor lines, picture credits, share bars, app prompts and
related/recommended lists are not body text. Related links are the 相关新闻/相關新聞/相关文章/
延伸閱讀 lists only; pages without such a list have none.
"""
