"""Text normalisation: whitespace, invisible characters, ruby-pinyin artifacts, boilerplate lines.

Pure functions on ``str``, below every other layer: used by the extractors (to recognise
boilerplate), the dedupe fold and ``items.clean_item``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

# Zero-width spaces, bidi marks and soft hyphens that scrapers leave in text. The zero-width
# (non-)joiners U+200C/U+200D stay: they are spelling in Persian (``هاشمی‌نسب``, two words
# shown as one), Indic scripts and emoji sequences; removed, two words become one.
# (A regex: ``str.translate`` with a mapping looks up every character, 4x slower.)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u200e\u200f\u00ad]")
# Every Unicode space (NBSP, ideographic space U+3000, thin spaces, tabs…) collapses to " ".
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")

# A CJK character followed by its pinyin in parentheses: the flattened form of
# <ruby>學<rp>(</rp><rt>xué</rt><rp>)</rp></ruby>.  The parenthesised part must be one pinyin
# syllable (initial + final, optional tone marks or tone digit), so "(CEO)" or "(2022)" survive.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
_V = f"[aeiouv{_TONED}]"
_PINYIN = (
    rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"  # initial (optional: 安 an, 二 er)
    rf"(?:{_V}{{1,3}}(?:ng|n|r)?)"  # final
    rf"[1-5]?"
)
_RUBY_ARTIFACT = re.compile(
    rf"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]\s*{_PINYIN}\s*[)）]"
)

# Whole paragraphs that are page furniture, not article text: every line the pattern matches
# whole. Kept in two parts: the alternatives that cannot match a line without a Han character
# (a literal or a class of them on every path: tests/test_text.py checks each one), and the
# rest, alone tried on an ASCII line (most of an English page's lines): the same verdicts at
# half the cost there.
_HAN_FURNITURE = r"""
        # Chinese page furniture
        分享(?:让|讓)更多人看到 | 分享到[:：]?.{0,30} | 分享[:：]? |
        [（(【\[]?\s*(?:责任|責任)?(?:编辑|編輯|责编|責編|校对|校對|审核|審核|监制|監製
            |初审|初審|复审|復審|终审|終審|审校|審校)\s*[:：].{0,40}?[)）】\]]? |
        # an editor's sign-off in brackets closing the text, no colon ("（编辑 吕静怡）")
        [（(]\s{0,2}(?:责任|責任)?(?:编辑|編輯|责编|責編)\s{0,2}(?!部)
            [\u4e00-\u9fff·]{2,8}\s{0,2}[)）] |
        # a supplied picture's credit ("（图片由企业提供）")
        [（(]\s{0,2}(?:图片|圖片|照片|图|圖)(?:由|来自|來自).{1,20}(?:提供|供图|供圖)\s{0,2}[)）] |
        # … or a file picture's ("（资料图）", "（资料图片）"), a line of its own under the picture
        [（(]\s{0,2}(?:资料|資料)(?:图片|圖片|照片|图|圖)\s{0,2}[)）] |
        # a press release's closing line: whose release it is ("消息来源：X")
        (?:消息来源|消息來源)\s{0,2}[:：][^。！？\n]{1,60} |
        # a site's footer: licence numbers, the publisher's address and telephone
        .{0,160}(?:ICP备|ICP證|公网安备|公網安備|网站标识码|網站標識碼
            |违法和不良信息举报|違法和不良信息舉報).{0,160} |
        (?:主办|主辦)(?:单位|單位)?\s*[:：].{0,100}(?:承办|承辦|地址|邮编|郵編).{0,160} |
        # … its browser advice and visitor counter ("建议使用IE浏览器 1024×768分辨率 您是第
        # 位访问者"): no sentence, a browser and a screen size named
        (?=[^。，！？]{0,200}(?:浏览|瀏覽))[^。，！？]{0,40}(?:建议|建議|推荐|推薦|最佳)[^。，！？]{0,30}
            \d{3,4}\s{0,2}[*×xX]\s{0,2}\d{3,4}[^。，！？]{0,120} |
        .{0,40}您是(?:本站)?第\s{0,2}[\d,]{0,12}\s{0,2}(?:位|个|個|名)(?:访问者|訪問者|访客|訪客|来访者|來訪者)
            .{0,60} |
        # … and its row of the site's own pages ("设为首页 | 加入收藏 | 联系站长", "关于本站 |
        # 联系我们 | 广告合作"): short labels set apart by bars, dots or spaces, one of them
        # such a page
        (?=.{0,80}(?:设为首页|設為首頁|加入收藏|收藏本站|(?:联系|聯繫|联络|聯絡)(?:我们|我們|方式
            |站长|站長)|友情链接|友情鏈接|网站地图|網站地圖|(?:关于|關於)(?:我们|我們|本站|本网|本網)
            |网站声明|網站聲明|版权声明|版權聲明|法律声明|法律聲明|隐私政策|隱私政策|帮助中心|幫助中心
            |广告(?:服务|合作|刊例)|廣告(?:服務|合作|刊例)))
            (?:[\u4e00-\u9fff]{2,6}(?:\s{0,3}[|｜丨·]\s{0,3}|\s{1,3})){1,9}[\u4e00-\u9fff]{2,6} |
        (?:联系|聯繫)?(?:电话|電話)\s*[:：].{0,60}(?:邮箱|郵箱|传真|傳真|邮编|郵編).{0,120} |
        # a release's press contact and their telephone ("新聞聯絡人：社會處X科長　聯絡電話：
        # 05-5523290")
        (?:新闻|新聞)?(?:联系人|聯絡人|联络人|聯繫人)\s{0,2}[:：][^:：]{1,40}?
            (?:电话|電話)\s{0,2}[:：]?\s{0,2}[\d\-－()（）#＃ ]{5,30} |
        # a hotline alone ("读者热线：4008890008", "新闻热线：020-87373397")
        [\u4e00-\u9fff]{0,4}(?:热线|熱線)(?:电话|電話)?\s{0,2}[:：]\s{0,2}[\d\-－ ]{5,20} |
        # a note to the owners of the pictures (or texts) the site used: paid or taken down on
        # request ("如果我们使用了您的图片，请作者与本站联系索取稿酬。")
        .{0,80}(?:索取稿酬|索取稿費|领取稿酬|領取稿酬).{0,160} |
        【?(?:纠错|糾錯|打印|打印本页|打印本頁|关闭窗口|關閉窗口|收藏|返回顶部|返回頂部)】?
            (?:\s*【[^】]{1,8}】)* |
        (?:上一篇|下一篇)[:：].* |
        # an attachment's link with its download counter (博达 VSB: 附件【X.pdf】已下载N次)
        (?:附件|附件下载|附件下載)\s{0,2}\d{0,2}\s{0,2}[:：]?\s{0,3}[【\[]?[^【】\[\]]{1,80}
            \.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|txt|ofd)[】\]]?\s{0,3}
            (?:已下载|已下載|下载次数|下載次數)[:：]?\s{0,3}\d{0,9}\s{0,2}次? |
        # a repost's note of the title it first ran under, set apart from the story
        (?:原标题|原標題)[:：].{1,80} |
        (?:查看更多|点击查看|點擊查看|展开全文|展開全文|收起|举报|舉報|播报文章|播報文章)[>》]? |
        (?:转载请注明|轉載請註明|未经授权|未經授權|版权声明|版權聲明|免责声明|免責聲明|平台声明|平台聲明
            |特别声明|特別聲明)[:：].* |
        # … or its source first, then the date ("来源：荔枝新闻 | 2024-05-08 10:21"), maybe with
        # the writer's field and the date's label between and the read count after ("来源：延边
        # 日报 作者：X 发布时间：2024-05-20 14:26 浏览量：510")
        (?:来源|來源)[:：]\s{0,3}[^\s:：|｜丨]{1,30}\s{0,3}[|｜丨]?\s{0,3}
            (?:(?:作者|编辑|編輯)[:：]\s{0,3}(?:[^\s:：|｜丨]{1,30}(?:\s[^\s:：|｜丨]{1,10}){0,2})?
                \s{0,3}[|｜丨]?\s{0,3})?
            (?:(?:发布|發布|发表|發表|更新)?(?:时间|時間|日期)[:：]\s{0,3})?
            \d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}\s{0,2}日?
            (?:\s{0,3}\d{1,2}:\d{2}(?::\d{2})?)?
            (?:\s{0,3}(?:浏览|瀏覽|阅读|閱讀|点击|點擊)(?:次数|次數|量)?\s{0,2}[:：]\s{0,2}\d{1,9}
                \s{0,2}次?)? |
        # an info list's other fields, a line each: the issuing organ, the read counter
        # (發布機關：新北市政府社會局, 瀏覽人次：3546)
        (?:发布|發布|發佈|发稿|發稿)(?:机关|機關|单位|單位)\s{0,2}[:：]\s{0,2}[^\s:：]{1,30} |
        (?:浏览|瀏覽|点阅|點閱|阅读|閱讀|点击|點擊)(?:人次|次数|次數|数|數|量)\s{0,2}[:：]\s{0,2}\d{1,9}
            \s{0,2}次? |
        # the same line's labels whose values a script fills in ("出版：更新：",
        # "发表时间：修改时间：")
        (?:(?:出版|更新|最后更新|发布|发表|刊登|修改|最后修改)(?:时间|日期)?
            \s{0,2}[:：]\s{0,2}){1,3} |
        # the site's disclaimer: "本网站所刊载信息，不代表中新社和中新网观点", "本文仅代表作者观点，
        # 不代表本站立场" (opening with the site or the text itself, disowning the site's views)
        # (the label maybe in brackets: "【免责声明】本文转载自其他媒体，…并不代表本网赞同其观点")
        (?:[\u4e00-\u9fff]{0,8}(?:声明|聲明|免责声明|免責聲明)[:：]\s{0,3}
            |[【\[]\s{0,2}[\u4e00-\u9fff]{0,8}(?:声明|聲明)\s{0,2}[】\]]\s{0,3})?
            (?:本网站|本網站|本网|本網|本站|本平台|本文|凡本网|凡本網|以上内容|以上內容)
            .{0,120}不代表.{0,20}(?:网|網|站|社|台|报|報).{0,4}(?:观点|觀點|立场|立場).{0,200} |
        # … and of its readers' comments, above the comment box: "网友评论仅供其表达个人看法，
        # 并不表明本网同意其观点或证实其描述"
        (?:网友|網友|读者|讀者)?(?:评论|評論|留言)(?:仅|僅)(?:供|代表).{0,30}(?:看法|观点|觀點|立场|立場)
            .{0,120} |
        # a site's copyright notice in a sentence ("…资料，均为临江新闻网版权所有，未经协议授权，
        # 禁止下载使用。")
        .{0,100}(?:版权所有|版權所有).{0,40}(?:未经|未經|禁止|不得).{0,120} |
        (?:地址|通讯地址)\s{0,2}[:：].{0,80}(?:电话|传真|邮编|邮箱)\s{0,2}[:：].{0,80} |
        # a reprint notice under the story, with or without the label and colon above:
        # "XX网专稿，未经书面授权请勿转载。", "本作品为…原创，转载时务请注明出处。",
        # "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。"
        # (also "非经授权，不得转载、公开播送或公开传输及利用。", "…未经授权，请勿复制转贴文章内容")
        # (and with the owner named: "未经《每日经济新闻》报社授权，严禁转载或镜像")
        .{0,60}(?:未经|未經|非经)(?:《[^》]{1,20}》[\u4e00-\u9fff]{0,4})?(?:书面|書面)?
            (?:授权|授權|许可|許可|允许|允許|同意)[，,]?
            (?:不得|请勿|請勿|禁止|严禁|嚴禁)(?:擅自)?
            (?:转载|轉載|转贴|转发|复制|重制|摘编|使用){1,2}(?:文章内容|文章|本文|内容)?
            (?:[、及和或与與](?:建立)?(?:摘编|摘編|复制|複製|改编|改編|链接|鏈接|镜像|鏡像
                |转贴|轉貼|下载|下載|传播|傳播|翻译|翻譯|使用|公开播送|公开传输|利用|重制))*
            (?:[，,。.；;：:！!].{0,80})? |
        .{0,60}(?:转载|轉載)[，,]?(?:时|時)?(?:务|務)?(?:请|請)(?:注明|註明)(?:出处|出處|来源|來源)
            (?:[，,。.；;：:！!].{0,160})? |
        # a repost's note of where it first ran, opening the story or closing it: a WeChat
        # account's ("本文来自微信公众号“X”（ID：Y），作者：Z，…经授权发布。"), or the outlet's
        # own first-run line ("（本文首发于X App，作者｜Z，编辑｜W）本文系作者Z授权…发表…")
        .{0,4}本文(?:来自|來自|转载自|轉載自|转自|轉自)(?:微信)?(?:公众号|公眾號).{0,300} |
        # (bracketed and crediting its writer: a bare "本文首发于X公众号" stays, as the
        # benchmarks' truth keeps it)
        [（(]\s{0,2}本文(?:首发|首發)(?:于|於).{0,60}(?:作者|编辑|編輯).{0,400} |
        # a blog's thanks for a reader's post, closing it ("本文由曹颖投稿，感谢分享。欢迎街坊们
        # 来稿，邮箱见“关于”页面。"): the editor's note, no text of the post
        本文由[^\s，,。！!]{1,20}(?:投稿|供稿|来稿)(?:[，,。！!].{0,80})? |
        # a tipster's thanks above a story ("感谢网友 张三 的线索投递！")
        (?:感谢|感謝).{0,24}(?:网友|網友|读者|讀者).{0,30}(?:线索|線索)
            (?:投递|投遞|爆料|提供)[！!。]? |
        # an investment disclaimer under a market story, maybe in the site's name ("新浪声明：
        # …仅供参考，不构成投资建议", "特别提示：本文不构成任何投资建议")
        [\u4e00-\u9fff]{0,4}(?:声明|聲明|风险提示|風險提示|特别提示|特別提示)[:：].{0,200}
            (?:仅供参考|僅供參考|不构成|不構成|风险自担|風險自擔|投资建议|投資建議).{0,200} |
        # … and a broker's list of the risks under its research note ("风险提示：宏观经济下行
        # 风险；行业竞争加剧风险；X业绩不及预期风险。"): risks, items ending in 风险 or 不及预期
        (?:风险提示|風險提示)[:：]\s{0,2}(?:[^；;。，,、]{1,40}(?:风险|風險|预期|預期)[；;，,、]\s{0,2}){0,7}
            [^；;。，,、]{1,40}(?:风险|風險|预期|預期)[。；;]? |
        # a reprint's source line closing the story, in brackets: "（文章来源：每日经济新闻）"
        [（(]\s{0,2}(?:文章|本文|稿件)?(?:来源|來源)\s{0,2}[:：]
            \s{0,2}[^\s（）():：]{1,24}\s{0,2}[）)] |
        # a prompt to follow the site's account by its QR code ("更多猛料！欢迎扫描左方二维码
        # 关注新浪新闻官方微信", "长按识别二维码关注我们"), opening its line (after a longer
        # lead, "专注苹果新闻报道，每日推送…。扫描下方二维码…", it is left to the body step)
        .{0,12}(?:扫描|扫码|掃描|掃碼|长按|長按|识别|識別).{0,12}(?:二维码|二維碼).{0,12}
            (?:关注|關注|下载|下載|订阅|訂閱).{0,60} |
        # … or by its name in blue (a WeChat 公众号's "点击蓝字 关注我们", "点击上方蓝字关注"), and
        # the share/like/在看 prompt under its post ("分享、点赞、在看，给我们一点鼓励吧！")
        .{0,8}(?:点击|點擊|戳)(?:上方|下方|上面|这里|這裡)?\s{0,2}(?:蓝字|藍字|蓝色字|藍色字).{0,4}
            (?:关注|關注|订阅|訂閱).{0,30} |
        .{0,20}(?:点赞|點讚|点个赞|點個讚)[、，,和与\s]{1,3}(?:点个|點個|点|點)?在看.{0,40} |
        .{0,20}在看[、，,和与\s]{1,3}(?:点赞|點讚|分享|转发|轉發).{0,40} |
        # … or to get its app ("下载界面新闻APP", "打开澎湃新闻客户端"), a line of its own, maybe
        # with the app's slogan after it ("下载长江日报APP，看武汉新闻")
        (?:扫码|掃碼)?(?:下载|下載|打开|打開)(?!量)[^\s，。,的\d]{0,12}(?:app|客户端|客戶端)
            (?:\s{0,2}[，,]\s{0,2}[^\s，。,]{1,12}[。！!]?)? |
        # … its slogan naming it ("海量资讯、精准解读，尽在新浪财经APP"), and the download box
        # under the story: the app's name alone, "扫码下载", "扫码下载，随时随地看行情资讯"
        .{0,20}(?:尽在|盡在)[^\s，。,]{1,12}(?:app|客户端|客戶端)[。！!]? |
        (?:(?!的)[\u4e00-\u9fff]){2,8}\s?(?:app|客户端|客戶端) |
        (?:扫码|掃碼)(?:下载|下載)(?:\s{0,2}[，,]\s{0,2}[^\s，。,]{1,16}[。！!]?)? |
        # a video player's labels and its failure notice
        倍速 | 广告 | 廣告 |
        (?:很抱歉[，,]?\s{0,3})?(?:当前|當前)?(?:视频|視頻)(?:播放|加载|加載)失败.{0,40} |
        (?:错误代码|錯誤代碼)[:：].{0,40} |
        (?:时长|時長)[:：]\s{0,3}\d{1,2}:\d{2}(?::\d{2})?.{0,40}
"""
_ANY_FURNITURE = r"""
        # the line under a headline: a date (and time, and the writer's place or IP location),
        # alone or with its labelled fields ("2024年05月04日 07:24 来源：中国新闻网"), maybe
        # after the source's name and before the read count ("每日经济新闻 2024-05-08 14:02:11
        # 51958阅读")
        (?:[\u4e00-\u9fff]{2,12}\s{0,3}(?=\d{4}))?
        (?:(?:(?:发布|發布|发表|發表|更新)?(?:时间|時間|日期)|出版|更新|最后更新)[:：]\s{0,3})?
            # (a 民國 year after its label: 發布日期：113-05-01, 更新日期：113年05月02日; the year
            # last in a day-first country's: 南洋商报's 08/05/2024 14:32)
            (?:(?:\d{4}|(?<=[:：\s])1[01]\d)\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}\s{0,2}日?
                |\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})
            (?:\s{0,3}(?:星期|周|週)[一二三四五六日天])?
            (?:\s{0,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,3}[\u4e00-\u9fff]{1,6}$)?)?
            (?:\s{0,3}\d{1,9}\s{0,2}(?:人|次)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論))?
            (?:\s{0,3}(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|选稿|選稿|浏览|瀏覽|阅读|閱讀|点击|點擊
                |字号|字號|更新|最后更新)
                (?:次数|次數|量)?\s{0,2}[:：]?\s{0,2}
                # a value, or the font-size switch's three links (字号：大 中 小)
                (?:[大中小](?:\s{1,2}[大中小]){2}|[^\s:：]{0,30})){0,4}\s{0,3} |
        # a publisher's rights notice ("澳门日报 版权所有 Copyright © … All Rights Reserved.")
        .{0,40}(?:版权所有(?![人者权])(?:\s{0,3}$|.{0,80}(?:copyright|©|all\ rights\ reserved))
            |(?:copyright|©).{0,120}all\ rights\ reserved).{0,200} |
        # Inline "read this too" lines, in the languages news sites commonly use
        (?:read\ more|related|see\ more|see\ also|also\ read|also\ on\ [\w.]+|more\ on\ this
            |baca\ juga|lees\ ook|lire\ aussi|leia\ também|lea\ también
            |czytaj\ (?:też|także|również|więcej)|lesen\ sie\ auch|leggi\ anche|ayrıca\ oku
            |相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)\s*[:：|].{0,200} |
        (?:don'?t\ miss|most\ read|trending|advertisement|sponsored|recommended)[:：]? |
        # Calls to action and legal lines
        (?:share\ this(?:\ article|\ story)?|share\ on\ \w+|like\ this\ story\?.*) |
        .{0,80}\b(?:sign\ up|subscribe)\b.{0,60}\bnewsletters?\b.{0,80} |
        .{0,120}\bnewsletters?\b.{0,200}
            \b(?:inbox|subscrib\w*|unsubscribe|privacy\ policy)\b.{0,200} |
        .{0,80}\b(?:delivered\ (?:straight\ )?|straight\ )to\ your\ inbox\b.{0,80} |
        subscribe(?:\ now|\ today)? |
        # a nonprofit newsroom's donation appeal, its heading and its text
        support\ (?:local|independent|nonprofit|our)\ journalism[.!]? |
        .{0,80}\b(?:nonprofit|non-profit|reader-supported)\b.{0,60}\bnewsroom\b.{0,60}
            \b(?:donation|donate|support\ us|become\ a\ member)\b.{0,120} |
        # a partner outlet's credit closing the story (a credit line, like "Edited by")
        this\ (?:story|article|report)\ (?:was|is)\ (?:produced|published|reported)
            \ in\ (?:partnership|collaboration)\ with\b.{0,300} |
        (?:watch|zobacz|izle|ver|regarder|guarda)\ (?:the\ )?(?:video|wideo)\ ?[:：].{0,200} |
        listen\ (?:to|on)\ .{0,80}\b(?:spotify|apple\ podcasts|google\ podcasts)\b.{0,120} |
        .{0,20}\bfollow\ .{0,60}\b(?:whatsapp|telegram)\ channel\b.{0,160} |
        follow\ (?:us|[\w.@ ]{1,40})\ on
            \ (?:twitter|facebook|instagram|x|whatsapp|youtube)\b.{0,120} |
        (?:copyright|©|\(c\)|版权所有|版權所有).{0,160} |
        this\ copy\ is\ for\ your\ personal,\ non-commercial\ use\ only.* |
        # Media-player controls and embed placeholders that leak into the text: a bare
        # playback rate (``- 1.5X``), a bare timecode (``00:00 / 01:45``), an ad label
        (?:[-*]\ )?\d(?:\.\d{1,2})?\ ?[x×] |
        \d{1,2}:\d{2}(?::\d{2})?(?:\ ?/\ ?\d{1,2}:\d{2}(?::\d{2})?)? |
        # … and the player's queue, a programme's name ("Up next: KUTV News at 6"), no sentence
        up\ next\s{0,2}[:：]\s{0,2}[^.!?。]{1,60} |
        # A tag list's label, alone or followed by its tags
        (?:tags?|topics?|filed\ under|keywords?|标签|標籤|关键词|關鍵詞)(?:\ ?[:：|].{0,200})? |
        tweet\ may\ have\ been\ deleted |
        (?:show|view|load|see|read)\ (?:all\ |more\ )?(?:\d+\ )?comments?
"""
BOILERPLATE_LINE = re.compile(
    rf"^(?:{_HAN_FURNITURE}|{_ANY_FURNITURE})$", re.IGNORECASE | re.VERBOSE
)
_ASCII_FURNITURE = re.compile(rf"^(?:{_ANY_FURNITURE})$", re.IGNORECASE | re.VERBOSE)


# A line that is only a heading like these opens the list of *other* stories that follows an
# article: the body ends there.
END_OF_ARTICLE = re.compile(
    r"""^(?:
        watch\ next|up\ next|read\ next|what\ to\ read\ next|latest\ (?:videos?|news|stories)
        |republish\ this\ (?:story|article)
        |more\ (?:stories|videos?|news|from\ [\w .'-]{1,40})|related\ (?:videos?|stories|articles)
        |recommended(?:\ for\ you)?|you\ (?:may|might)\ also\ like|most\ (?:popular|read|viewed)
        |trending(?:\ now)?|popular\ now|editors?'?\ picks
        |相关新闻|相關新聞|相关阅读|相關閱讀|相关推荐|相關推薦|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀
        |热门推荐|熱門推薦|热点推荐|熱點推薦|猜你喜欢|猜你喜歡|更多新闻|更多新聞|更多精彩|大家都在看
        |热门文章|熱門文章|最新文章|热门新闻|熱門新聞|排行榜|为您推荐|為您推薦|为你推荐|為你推薦
        |精彩推荐|精彩推薦|编辑推荐|編輯推薦|更多推荐|更多推薦|相关文章|相關文章|推荐文章|推薦文章
        |热点新闻|熱點新聞|热门资讯|熱門資訊|往期回顾|往期回顧|往期推荐|往期推薦|往期精选|往期精選
        |(?:小编)?最近文章|(?:小編)?最近文章
        # a press release's media-contact block: a contact's name, phone and mail follow
        |媒体垂询|媒體垂詢|媒体查询|媒體查詢|媒体联络|媒體聯絡|媒体联系人?|媒體聯繫人?
        |(?:\d+\ )?(?:reader\ |user\ )?comments?(?:\ ?\(\d+\))?|leave\ a\ (?:reply|comment)
        |post\ a\ comment|join\ the\ (?:discussion|conversation)
        |网友评论|網友評論|发表评论|發表評論|最新评论|最新評論|热门评论|熱門評論|我要评论|评论|評論
    )\s*[:：]?$""",
    re.IGNORECASE | re.VERBOSE,
)


_T2S: dict[int, int] | None = None


def t2s_table() -> dict[int, int]:
    """Traditional → simplified per character, built once from opencc's character tables.

    Each TSCharacters entry maps to its first candidate; characters that opencc relates in
    either direction (TS or ST: 瞭/了, 乾/干/幹) are then merged into one class so that both
    renderings of a text always fold alike (s2t's phrase table writes 了解 as 瞭解, and TS maps
    瞭 to itself first). A class is written as its most common TS target (划 劃 画 畫 → 画).
    """
    global _T2S
    if _T2S is None:
        folder = files("opencc") / "dictionary"
        parent: dict[str, str] = {}

        def find(ch: str) -> str:
            while parent.setdefault(ch, ch) != ch:
                ch = parent[ch]
            return ch

        converted: set[str] = set()  # traditional characters TS maps to something else
        targets: dict[str, int] = {}  # how many characters TS maps to this one first
        for name in ("TSCharacters.txt", "STCharacters.txt"):
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                src, _, rest = line.partition("\t")
                candidates = rest.split()
                if not src or not candidates:
                    continue
                if name.startswith("TS") and candidates[0] != src:
                    converted.add(src)
                    targets[candidates[0]] = targets.get(candidates[0], 0) + 1
                for ch in candidates:
                    parent[find(ch)] = find(src)
        classes: dict[str, list[str]] = {}
        for ch in list(parent):
            classes.setdefault(find(ch), []).append(ch)
        table: dict[int, int] = {}
        for members in classes.values():
            rep = min(members, key=lambda ch: (ch in converted, -targets.get(ch, 0), ord(ch)))
            table.update({ord(ch): ord(rep) for ch in members if ch != rep})
        _T2S = table
    return _T2S


def strip_ruby_artifacts(text: str) -> str:
    """``科學(xué)精準(zhǔn)`` → ``科學精準``.

    Drops the pinyin that a flattened ruby annotation left behind.
    """
    if "(" not in text and "（" not in text:  # no parenthesis, no artifact: skip the scan
        return text
    return _RUBY_ARTIFACT.sub(r"\1", text)


def normalize_whitespace(text: str) -> str:
    """NFC, invisible characters removed, space runs collapsed, lines trimmed.

    NFC rather than NFKC: NFKC would turn full-width Chinese punctuation (，：) into ASCII.
    """
    # An ASCII text is NFC already and holds none of the (non-ASCII) invisible characters:
    # both scans are skipped (the same text).
    if not text.isascii():
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    if "\n" in text:
        return _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()
    # One line (nine calls in ten): split/join collapses the same runs (``\s`` is
    # ``str.isspace``) and drops the ends, at 2/5 of the two regex passes' cost.
    return " ".join(text.split())


def clean_line(text: str) -> str:
    """One line of article text, as it will be stored."""
    return normalize_whitespace(strip_ruby_artifacts(text))


# U+3000 not between two phrases (Han characters, the first phrase maybe closing a quotation or
# a bracket, the second opening one: 深化“枫桥经验”\u3000织密平安防护网): a stray space
# (2007\u3000年末), no separator
_STRAY_IDEOGRAPHIC_SPACE = re.compile(
    r"(?<![\u4e00-\u9fff”’」』）》])\u3000|\u3000(?![\u4e00-\u9fff“‘「『（《])"
)


def clean_title(text: str) -> str:
    """A headline as it will be stored: :func:`clean_line`, but the ideographic space a Chinese
    headline prints between two phrases (``入境游持续升温\u3000上海迎来新机遇``) is kept."""
    if "\u3000" not in text:
        return clean_line(text)
    printed = "\u3000".join(part for part in map(clean_line, text.split("\u3000")) if part)
    return _STRAY_IDEOGRAPHIC_SPACE.sub(" ", printed)


# Lines recognised by their middle or their end, searched for only when a cheap substring
# test finds their mark (in the pattern above a leading ``.{0,400}`` would backtrack over every
# line): a teaser of another page (its text cut short, then the link to the rest) and a
# self-media platform's safe-harbour notice (网易号, 大风号, 搜狐号…, also in English).
_TEASER_END = re.compile(
    r"(?:\.{3}|…)\ ?[\[【(（]?"
    r"(?:详细|詳細|更多|全文|阅读全文|閱讀全文|read\ more|continue\ reading)[\]】)）]?$",
    re.IGNORECASE,
)
# A reposter's notice: the text is someone else's, taken down on request ("声明：本文转自网络，
# 版权归原作者所有，如有侵权请联系删除。"); and a breadcrumb, where the page sits in the site
# ("您的位置：东方网 >> 国内新闻 >> 正文"). Tried only on lines holding their key words.
_REPOST_NOTICE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}(?:声明|聲明)[:：]\s{0,3})?.{0,60}"
    r"(?:版权归原作者|版權歸原作者|如有侵权.{0,12}(?:删除|刪除)|如有侵權.{0,12}(?:删除|刪除)).{0,120}$"
)
_BREADCRUMB = re.compile(
    r"^[\u4e00-\u9fff]{0,5}位置\s{0,2}[:：]\s{0,3}[^。，！？>»›→]{1,30}"
    r"(?:\s{0,3}(?:>{1,2}|»|›|→)\s{0,3}[^。，！？>»›→]{1,30}){1,8}$"
)
_SAFE_HARBOUR = re.compile(
    r"仅提供信息存储|僅提供信息存儲|(?:only|merely) provides? information storage"
)


# Furniture lines are short: longer lines are article text and never reach the patterns.
_MAX_BOILERPLATE_CHARS = 1000
_MAX_HEADING_CHARS = 80


def is_boilerplate(line: str) -> bool:
    """True for share prompts, editor credits, print/close links and similar furniture, also
    as a list item (``- 责任编辑: 于文凯``)."""
    line = line.strip()
    if line.startswith(("- ", "* ")):
        line = line[2:].lstrip()
    return len(line) <= _MAX_BOILERPLATE_CHARS and _furniture(line)


# A page's paragraphs are tested by the body chooser, the credits, the page type and clean:
# 3.6 calls per distinct line on the benchmark pages, ~18 µs of regex each. (Lines of at most
# _MAX_BOILERPLATE_CHARS: the cache holds 4 MB at most.)
@lru_cache(maxsize=1024)
def _furniture(line: str) -> bool:
    if _furniture_as_written(line):
        return True
    # Traditional script is matched in its simplified folding: a pattern written with the
    # simplified forms (and the traditional ones a site uses beside them) covers both scripts,
    # whichever characters a Taiwanese or Hong Kong page writes (轉貼, 複製, 內容, 發佈).
    # (The table maps Han characters only: an ASCII line folds to itself, so its per-character
    # translate is skipped: the same verdict.)
    if line.isascii():
        return False
    folded = line.translate(t2s_table())
    return folded != line and _furniture_as_written(folded)


def _furniture_as_written(line: str) -> bool:
    if ("…" in line or "..." in line) and _TEASER_END.search(line):
        return True
    if ("信息存" in line or "storage" in line) and _SAFE_HARBOUR.search(line):
        return True
    if ("原作者" in line or "如有侵" in line) and _REPOST_NOTICE.match(line):
        return True
    if "位置" in line and _BREADCRUMB.match(line):
        return True
    return (_ASCII_FURNITURE if line.isascii() else BOILERPLATE_LINE).match(line) is not None


# An e-mail address in one of a body's last lines: the author's contact line or the desk's
# call for tips and letters ("Email Tariq Malik at …", "Have a tip? … may be reached at …",
# "If you would like to contribute, please contact us at …"), never the story's text. On the
# extraction benchmark every such line (8 pages, 8 sites) was outside the hand-made body;
# an address higher up (a source's address, a command line) is text and stays.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_TAIL = 3  # last paragraphs searched for a contact line
_MAX_CONTACT_CHARS = 300  # longer paragraphs with an address are prose


def _is_contact(line: str) -> bool:
    return len(line) <= _MAX_CONTACT_CHARS and "@" in line and _EMAIL.search(line) is not None


# A document's 落款: the issuing organ on a short line of its own, then the day it was signed
# (国务院办公厅 / 2024年4月30日), right-aligned under a notice, a letter or a policy: the
# document's own text, though a bare date line elsewhere is the page's furniture.
_SIGNED_DAY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_SIGNATORY = re.compile(r"^[\u4e00-\u9fff（）()、 ]{2,40}$")


def signature_date(before: str, line: str) -> bool:
    """Whether ``line`` is the date of a signature whose signatory is the line ``before``."""
    return (
        _SIGNED_DAY.match(line) is not None
        and _SIGNATORY.match(before) is not None
        and not is_boilerplate(before)
    )


def clean_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """Clean each paragraph; drop empty ones and boilerplate lines; stop at a heading that
    opens a list of other stories; drop contact lines (an e-mail address) among the last
    few paragraphs."""
    out: list[str] = []
    for para in paragraphs:
        line = clean_line(para.replace("\n", " "))
        if out and len(line) <= _MAX_HEADING_CHARS and END_OF_ARTICLE.match(line):
            break
        if line and (not is_boilerplate(line) or (out and signature_date(out[-1], line))):
            out.append(line)
    tail = max(1, len(out) - _CONTACT_TAIL)  # a one-paragraph body is never a contact line
    return out[:tail] + [line for line in out[tail:] if not _is_contact(line)]


def clean_body(body: str) -> str:
    """A body is paragraphs separated by one blank line."""
    return "\n\n".join(clean_paragraphs(body.split("\n\n")))
