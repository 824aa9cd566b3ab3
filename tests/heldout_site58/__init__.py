# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-eighth held-out news site, written without looking at the extractor: one district
(清河区) of a big city (滨海市), its government portal, a 街道 channel, its 融媒体中心, a 繁體
mirror and an English mirror, five templates of 12 articles each (two 2019 pages per template),
all Beijing time (+08:00):

- 区政府网 新闻中心 (a TRS-style 政府网站 CMS, UTF-8, ``/xwzx/qxyw/202405/t20240508_1234567.html``):
  ``<title>`` "headline-清河区人民政府网", the 政府网站 meta block, ``h1.art-title``, "发布时间：
  2024-05-08 10:32　来源：清河区融媒体中心　作者：X" (作者 a person, "X Y", an office such as 区发展改革委,
  or absent with a 清河讯（记者 X 通讯员 Y） lead); ``div.TRS_Editor``; captions with "（P 摄）";
  "责任编辑：E　审核：S"; 2019 pages in tables; 相关新闻 (related) vs 点击排行, 最新信息.
- 街道 channel (DedeCMS-style, GBK, ``/jdpd/hxjd/2024/0508/12345.html``): "headline--华兴街道办事处",
  "时间:2024-05-08 09:32:15 来源:华兴街道 作者:X 点击:" (作者 a person, two, the 街道党政办 or absent
  with a 本网讯（通讯员 Y） lead); "（责任编辑：E）" on two pages of three; 2019 pages in GB2312 named
  in the meta only, their pictures captionless; 上一篇/下一篇; 相关文章 (related) vs 热点新闻, 街道导航.
- 融媒体中心 (``/rmtzx/2024-05/08/content_1234567.html``): "headline_清河融媒", "来源：清河区融媒体中心
  2024-05-08 10:32:15"; a 清河融媒讯（记者 X 通讯员 Y）, （记者 X Z） or （记者 X） lead, or a byline
  line "记者 X" / "记者 X Z" / "记者 X 通讯员 Y" above the text; "摄影：P" lines and "（记者 P 摄）"
  credits; "编辑：E　责任编辑：E2　审核：S"; 相关新闻 (related) vs 热点新闻, 视频新闻.
- 繁體 mirror (a conversion service, Big5, ``/gate/big5/www.qinghe.gov.cn/xwzx/bmdt/…``): the
  portal's page in Traditional characters, "headline-清河區人民政府網", "發布時間：2024-05-08 10:32
  來源：…　作者：X", 清河訊（記者 X 通訊員 Y） / 清河訊（記者 X Z） leads, "責任編輯：E　審核：S";
  相關新聞 (related) vs 點擊排行.
- English mirror (``/en/news/202405/08/WS1a2b3c.html``): "By NAME" / "By NAME and NAME" or none,
  "Source: Qinghe District Media Center", "Updated: 2024-05-08 10:32" (no zone named: Beijing
  time), figcaptions "caption [Photo by P]"; "Editor: E" on most; Related Stories vs Most Read.

Non-article pages: the home page; section lists (``/xwzx/qxyw/index.html`` … ``index_3.html``,
``/jdpd/list_5_1.html`` … in GBK, ``/rmtzx/news/page/4/``, the Big5 mirror's ``index_1.html``,
``/en/news/page/2/``); the 往期回顾 calendar and its day pages; a 专题 page; a tag page; a search
page; 领导之窗 and a leader's page; the 政府信息公开 directory; a video list.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: reporters and writers (作者 X, 记者 X of a lead or byline line, 記者 X, By X); offices
  (区发展改革委, 街道党政办), 来源 / Source, 通讯员, photographers (摄影, 摄, Photo) name nobody.
- Correspondents: the 通讯员 / 通訊員 named.
- Editors: 编辑, 责任编辑, 責任編輯, Editor; 审核 / 審核 is a sign-off.
- Date: the printed wall time, +08:00: minutes on the portal, the 繁體 and English mirrors,
  seconds on the 街道 and 融媒体 pages.
- Body: paragraphs, subheads and descriptive captions (without credits); a lead stays in the
  first paragraph as printed. Not body: byline lines, info lines, credit lines, editor lines,
  share bars, print/close links, 上一篇/下一篇 and lists.
- Related: the 相关新闻 / 相关文章 / 相關新聞 / Related Stories list only; the most-read boxes are not.
"""
