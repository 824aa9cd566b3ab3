"""A twelfth held-out local news site, written without looking at the extractor: five templates
imitating Chinese government and party/provincial media pages not imitated by earlier sites —
中国政府网 (policy pages under ``/zhengce/content/`` with the 信息公开 table — 索引号, 主题分类,
发文机关, 成文日期, 标题, 发文字号, 发布日期 — above the document and no headline element; news
pages under ``/yaowen/liebiao/`` with 来源：新华社 【字体：大 中 小】【打印】), 央广网 (GBK,
``div.article-body``, 来源：央广网 编辑：X), 大众网 (GB2312, the ``xl-headline`` block,
大众网·海报新闻记者 X 通讯员 Y 济南报道, 责任编辑), 华龙网
(华龙网-新重庆客户端5月8日10时讯（记者 X）, the document again in ``var newsInfo``) and a
provincial 生态环境厅 portal on a TRS/云上 government CMS (发布时间/来源/浏览次数, 【打印本页】
【关闭窗口】, 扫一扫在手机打开当前页). Plus home, listings with pagination in each CMS's style,
a 滚动 page, two 专题, a tag page, search, a policy-library search, a reporter's column, a
图片新闻 index, a video list, a 24小时热榜 page, the department's home and 联系我们.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline (a policy page's 标题, no site or column name);
reporters, 实习生 and 首席记者 are authors, a 文/图：X line too; 通讯员 are correspondents;
责任编辑/编辑 are editors (审核 and photographers are not); a policy document's issuing organ is
no author. Times are Beijing wall time (+08:00) to the precision the page prints (hidden metas
with seconds do not raise it); a policy page's date is its 发布日期 (a day), not its 成文日期.
Body: paragraphs, subheadings and a picture's descriptive caption; a byline on a line of its
own, the policy's centred 发文字号, 来源 and 版次 lines, （供稿：…）, editor and 审核 lines, share
prompts and picture credits are not body text; the 主送 line (各省、自治区…：), the policy's
落款 (issuing organ and 成文日期, right-aligned) and （此件公开发布） — the document's own
text, which a reader copying the document keeps — and a dateline or bracketed byline opening the
first paragraph (新华社北京5月8日电（记者 X）, 华龙网-新重庆客户端5月8日10时讯（记者 X）,
大众网·海报新闻记者 X 济南报道) are.
"""
