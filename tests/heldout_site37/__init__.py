# ruff: noqa: E501  (the docstring quotes wide CJK markup)
"""A thirty-seventh held-out news site, written without looking at the extractor: five templates
imitating Taiwanese city, county and township government news (市政新聞, 新聞稿) in Traditional
Chinese, all Taipei time (+08:00), 12 articles each. Printed dates are mostly 民國 (ROC) dates:
year 113 is 2024 (year + 1911).

- 臺北市政府 gov.taipei (``/News_Content.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s=<hex>``):
  the GSP metadata (DC.Title, DC.Creator = the 局/處, DC.Publisher 臺北市政府, DC.Date,
  DC.Identifier, Category.Theme/Cake/Service), ``<title>`` "headline-臺北市政府全球資訊網", the headline in
  ``div.simple-text.title h2.h3``, the release in ``div.area-editor.user-edit``; on a third of
  the pages the pictures stand under the text in a 相關圖片 gallery (figure/figcaption); an
  optional 附件 list; then the info list 發布機關 / 聯絡人 (a named contact with a title) /
  聯絡電話 / 資料來源 / 發布日期：113-05-08 / 更新日期：113-05-1x / 點閱次數. 相關新聞 (related) vs
  最新消息, 熱門新聞, 便民服務 (external), the fat-footer 網站導覽 (not). Two pages of November
  2019 keep the old table layout (``<title>`` has no headline, 發布日期：108-11-12　最後更新日期：
  108-11-13　資料來源：產業發展局 on one line, 新聞聯絡人 after the text, 熱門點閱 sidebar, no
  related block).
- 新北市政府 ntpc.gov.tw (``/ch/home.jsp?id=e8ca970cde5c00e1&dataserno=<32 hex>``): a 新聞稿 /
  市政新聞 tag, ``h2.news_title``, the info list 發布時間：2024/05/08 14:32 (Gregorian, with the
  minute), 更新時間：… (later), 發布機關：新北市政府X局, 瀏覽人次; releases end with a 新聞聯絡人
  table; three 市政新聞 features open the text with a credit line "文／X　攝影／Y" (or
  "文／X、Z　攝影／Y"); 延伸閱讀 (related) vs 最新消息, 熱門新聞, 便民服務 (not). Three pages of
  November 2021 keep the old ``news_view.jsp`` layout (``&mcustomize=news_view.jsp&dataserno=
  2021110…``): the date printed 110年11月8日 (day only), 發布單位, ``<title>`` without headline,
  no related block.
- 高雄市政府 kcg.gov.tw 新聞稿 (``/News_Release/Detail.aspx?ReleaseID=…``): ``h2.title``, the
  info table 發稿日期 113/05/08 | 發稿單位 經濟發展局 (or two units, 經濟發展局、觀光局) |
  更新日期 | 點閱次數, subheads as ``h4.sub-title`` in long releases, 新聞聯絡人 after the text; 相關新聞
  (related) vs 最新消息, 熱門新聞, 便民服務, the "English Version" link to the mirror (not). Three
  of the twelve are English mirror pages (``/en/News_Detail.aspx?ID=…``) of three releases:
  "Date: 2024-05-10" (one or two days after the Chinese release), "Source: Economic Development
  Bureau", Views, a 中文新聞稿 link back, a More News sidebar (not related), no related block.
- 嘉義縣政府 on classic ASP in Big5 (``/news/news_detail.asp?id=24538&type=1``; the header says
  only ``text/html``, the meta says big5): ``<title>`` 嘉義縣政府全球資訊網-縣府新聞 (no headline),
  the DC metas, a table with ``td.news_title``, 發布日期：中華民國113年5月8日 and 發佈單位：農業處,
  paragraphs opening with two ideographic spaces, pictures with "▲caption" lines, then
  新聞聯絡人：X 科長　電話：05-3620123 分機8101, 點閱次數 and 更新時間：2024/05/09 10:00 (not the
  publication date); 相關連結 (related) vs 上一則/下一則, 最新消息, 熱門點閱, 便民服務, 回上頁
  (not). Three pages of November 2021 on the older system (``news_detail.asp?id=18930``, no
  ``type``): a bordered table 標題/日期/單位/內容/聯絡人, the date as 110.11.06, paragraphs as
  ``<br><br>`` runs, no related block.
- 南投縣魚池鄉公所 on a tiny PHP CMS (``/index.php?option=module&lang=cht&task=pageinfo&id=…
  &index=1``): ``h2.title``, the info line 上架日期：113-05-08　｜　最後更新：113-05-10　｜
  發布單位：民政課　｜　瀏覽人次, the text, then a credit line (撰稿：X　攝影：Y /
  撰稿：X、Z　攝影：Y / 文/X　圖/Y / 撰稿：民政課 / none), sometimes 聯絡人：課 X 課員 電話, then the 活動照片 gallery
  (fancybox thumbnails, most with a caption under them); 延伸閱讀 (related) vs 最新消息, 熱門點閱,
  便民服務 (not).

Plus the home page (every template's latest and section front), each CMS's list with its own
pagination (臺北 ``&page=2&PageSize=10``, 新北 ``&parentpath=0,1&page=2``, 高雄
``?Page=2&PageSize=5``, 嘉義縣 ``news.asp?type=1&page=2`` in Big5, 魚池鄉 ``&page=2``), the
English news list, a 網站導覽 sitemap, search, about, contact, privacy and a 首長介紹 page.
Every page carries the accessibility furniture (跳到主要內容區塊, the ::: accesskey anchors,
the noscript notice, 字級 小 中 大, 友善列印/列印, 回上頁, the 無障礙 badge).

Truth conventions. The title is the headline as printed (never the ``<title>``). Authors are
the people named as writers: 文／X and 撰稿：X (split on 、); a photographer (攝影／Y, 攝影：Y,
圖/Y) is no author, nor is a unit (發布機關, 發布單位, 發稿單位, 資料來源, DC.Creator, 撰稿：民政課,
the English "Source:"), nor a contact person (聯絡人, 新聞聯絡人). Press releases name no
writer: most pages have no author. No page prints an editor credit: editors are always empty;
correspondents too. The date is the printed publication date: 發布日期 (臺北, ROC 113-05-08),
發布時間 (新北, 2024/05/08 14:32, to the minute; old pages 110年11月8日), 發稿日期 (高雄,
113/05/08), Date: (English mirror, its own day), 發布日期 (嘉義縣, 中華民國113年5月8日; old pages
110.11.06) and 上架日期 (魚池鄉, 113-05-08); 更新日期/更新時間/最後更新日期/最後更新 are never the
publication date. Day-only dates have day precision. Body: the release's paragraphs, subheads
and pictures (the descriptive caption is the picture's text; a gallery under the text is part
of the body, in its order, a picture without caption counts with empty text; 攝影：Y and 圖/Y
are the pictures' credit); credit lines, contact lines, info lists, attachment lists, the
English Version link and all accessibility furniture are not body. Related links are the
相關新聞/延伸閱讀/相關連結 lists only, between articles of the same template; old-layout pages
and English mirror pages have none.
"""

from .generator import Site37

__all__ = ["Site37"]
