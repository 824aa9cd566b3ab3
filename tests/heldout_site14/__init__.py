"""A fourteenth held-out local news site, written without looking at the extractor: five
templates imitating where Chinese local news now lives — 微信公众号 articles (``#activity-name``,
``#js_name``, ``#publish_time`` filled by script from ``var ct``, ``#js_content`` hidden inline,
来源/编辑/审核/校对 lines, 点击蓝字关注, 延伸阅读 and 往期推荐 inside the content), 今日头条 article
pages (SSR ``article-meta``, ``syl-`` classes, ``_SSR_HYDRATED_DATA``), 网易号 pages (post_main
layout, the account as 来源, a 文｜X 编辑｜Y head, the 特别声明),
人民日报客户端/人民号 share pages (the article in ``__INITIAL_STATE__`` and in the
markup, 作者/编辑/责编 lines) and a city app's share
page (上游新闻/封面新闻: ``data-`` attributes, 下载APP banner, a 评论 list with users' times).

Truth conventions: the title is the headline. Authors are the persons the page names as writer
(作者, 记者, 文/, 文｜, 实习生); a 头条号/网易号 self-media account with no person named is the
writer; a 公众号's account (``#js_name``) and a 人民号 institution are publishers, not authors;
通讯员 are correspondents; 编辑/责编/责任编辑 are editors (审核, 校对, 终审 are none). Times are
Beijing wall time to the precision printed (the 公众号's script prints minutes). Body:
paragraphs, subheadings and picture captions; bylines on lines of their own, 来源/编辑 lines,
点击蓝字关注, 延伸阅读/往期推荐 lists, share prompts, statements and picture credits are not
body; a dateline opening the first paragraph (潇湘晨报记者 X 长沙报道) stays in it. Related: the
公众号's 延伸阅读, the 人民日报客户端's 相关新闻, the city app's 相关阅读; 往期推荐, 头条's
推荐 feed, 网易号's 相关推荐 feed and every 热榜/热门 list are not related.
"""
