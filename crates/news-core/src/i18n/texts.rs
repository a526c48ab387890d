//! Every interface string, in English and Simplified Chinese. Views ask for
//! `texts()` of the current language and never spell out words themselves.

use crate::model::paging::parse_page;
use crate::model::{CalendarDate, Lang, ListingState};

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &ENGLISH,
            Self::ZhHans => &SIMPLIFIED_CHINESE,
        }
    }

    pub fn format_date(self, date: CalendarDate) -> String {
        let CalendarDate { year, month, day } = date;
        match self {
            Self::En => {
                let month_name = ENGLISH_MONTHS[usize::from(month.clamp(1, 12)) - 1];
                format!("{day} {month_name} {year}")
            }
            Self::ZhHans => format!("{year}年{month}月{day}日"),
        }
    }

    /// A month of a year's archive: "March 2023", "2023年3月".
    pub fn format_month(self, date: CalendarDate) -> String {
        let CalendarDate { year, month, .. } = date;
        match self {
            Self::En => {
                let month_name = ENGLISH_MONTHS[usize::from(month.clamp(1, 12)) - 1];
                format!("{month_name} {year}")
            }
            Self::ZhHans => format!("{year}年{month}月"),
        }
    }

    /// The link to an article's version in this language, in this language.
    pub fn read_in(self) -> &'static str {
        match self {
            Self::En => "Read in English",
            Self::ZhHans => "阅读中文版",
        }
    }
}

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub struct Texts {
    pub site_section: &'static str,
    /// The language switch's name.
    pub language_label: &'static str,
    /// The listing's language filter: its name, and its choice of every language.
    pub language_filter_label: &'static str,
    pub all_languages: &'static str,
    pub news_heading: &'static str,
    pub latest_heading: &'static str,
    pub all_news: &'static str,
    pub news_empty: &'static str,
    pub loading_news: &'static str,
    pub loading_article: &'static str,
    pub loading_contact: &'static str,
    pub released: &'static str,
    pub updated: &'static str,
    /// Before the date a notice stops being in effect, and once it has.
    pub valid_until: &'static str,
    pub expired_on: &'static str,
    /// What an expired notice's page says instead of its text, and where to go.
    pub notice_expired: &'static str,
    pub see_latest_news: &'static str,
    /// Around the number of minutes an article takes to read.
    pub reading_time_before: &'static str,
    pub reading_time_after: &'static str,
    pub source: &'static str,
    pub back_to_news: &'static str,
    pub retry: &'static str,
    pub not_found_heading: &'static str,
    pub not_found_body: &'static str,
    pub article_not_found_body: &'static str,
    pub news_failed_heading: &'static str,
    pub article_failed_heading: &'static str,
    pub contact_failed: &'static str,
    pub unreachable_advice: &'static str,
    pub server_error_advice: &'static str,
    pub timeout_advice: &'static str,
    pub skipped_items: fn(usize) -> String,
    pub damaged_data_advice: &'static str,
    pub too_large_advice: &'static str,
    pub contact_heading: &'static str,
    pub tel: &'static str,
    pub fax: &'static str,
    pub mail: &'static str,
    pub copyright: &'static str,
    /// Said after a link that opens in a new tab, to screen readers only.
    pub new_tab: &'static str,
    /// The name of the picture beside the public-security filing number.
    pub police_badge: &'static str,
    /// The Official Account's QR code: its alt text, for the account's name, and its caption.
    pub official_account_code: fn(&str) -> String,
    pub official_account_caption: &'static str,
    pub share: &'static str,
    pub share_code_alt: &'static str,
    pub share_code_caption: &'static str,
    pub article_address: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub search_label: &'static str,
    pub search_button: &'static str,
    pub tagged: &'static str,
    pub clear_tag: &'static str,
    /// The name of the breadcrumb trail.
    pub breadcrumbs_label: &'static str,
    /// The link to the active tag's feed.
    pub tag_feed: &'static str,
    pub tags_label: &'static str,
    pub no_matches: &'static str,
    pub show_all_news: &'static str,
    pub pages_label: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_not_a_number: &'static str,
    pub page_out_of_range: &'static str,
    pub first_page: &'static str,
    pub loading_search: &'static str,
    pub search_failed: &'static str,
    pub neighbours_label: &'static str,
    pub newer_article: &'static str,
    pub older_article: &'static str,
    pub more_news: &'static str,
    pub related_articles: &'static str,
    /// The listing's link to the archive by year, and the name of the links between years.
    pub by_year: &'static str,
    pub years_label: &'static str,
    /// "12 articles match “port”"
    pub matches: fn(usize, &str) -> String,
    /// "24 articles tagged “ASEAN”"
    pub tag_count: fn(usize, &str) -> String,
    /// "Page 3 of 20"
    pub page_of: fn(usize, usize) -> String,
    /// "Page 3", in a document title
    pub page_number: fn(usize) -> String,
}

impl Texts {
    /// The listing's name in the document title: its search or tag, and its page.
    pub fn listing_title(&self, state: &ListingState) -> String {
        let search = state.search_text.trim();
        let filter = if search.is_empty() {
            state.tag.as_deref().map(|tag| format!("“{tag}”"))
        } else {
            Some(format!("“{search}”"))
        };
        let page = parse_page(state.page.as_deref())
            .ok()
            .filter(|&page| page > 1)
            .map(self.page_number);
        filter
            .into_iter()
            .chain(state.year.clone())
            .chain([self.news_heading.to_owned()])
            .chain(page)
            .collect::<Vec<_>>()
            .join(" – ")
    }
}

/// A browser tab's title: the view's, then whose news it is.
pub fn document_title(view_title: &str, company: &str) -> String {
    format!("{view_title} – {company}")
}

static ENGLISH: Texts = Texts {
    site_section: "News",
    language_label: "Language",
    language_filter_label: "Articles in",
    all_languages: "All languages",
    news_heading: "Industry news",
    latest_heading: "Latest news",
    all_news: "All news",
    news_empty: "There is no news yet. Please come back later.",
    loading_news: "Loading the news…",
    loading_article: "Loading the article…",
    loading_contact: "Loading contact details…",
    released: "Released",
    updated: "updated",
    valid_until: "valid until",
    expired_on: "expired",
    notice_expired: "This notice has expired and is no longer in effect.",
    see_latest_news: "See the latest news",
    reading_time_before: "",
    reading_time_after: " min read",
    source: "Source",
    back_to_news: "Back to all news",
    retry: "Try again",
    not_found_heading: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may be mistyped.",
    article_not_found_body: "We could not find this article. It may have been removed, or the link may be mistyped.",
    news_failed_heading: "The news could not be loaded",
    article_failed_heading: "The article could not be loaded",
    contact_failed: "Our contact details could not be loaded.",
    unreachable_advice: "The news server could not be reached. Check your internet connection, then try again.",
    server_error_advice: "The news server had a problem answering. Please try again in a few minutes.",
    timeout_advice: "The news server is taking too long to answer. Please try again; if it keeps happening, try again later.",
    skipped_items: |count| match count {
        1 => "1 article could not be shown because its data is damaged.".to_owned(),
        _ => format!("{count} articles could not be shown because their data is damaged."),
    },
    damaged_data_advice: "The news data we received is damaged. Please try again later; if it keeps happening, let us know by email.",
    too_large_advice: "The news data we received is too large to show. Please try again later; if it keeps happening, let us know by email.",
    contact_heading: "Contact us",
    tel: "TEL",
    fax: "FAX",
    mail: "MAIL",
    copyright: "Copyright",
    new_tab: "(opens in a new tab)",
    police_badge: "Public security filing badge",
    official_account_code: |name| format!("QR code of our WeChat Official Account “{name}”"),
    official_account_caption: "Follow us on WeChat",
    share: "Share",
    share_code_alt: "QR code of this article’s address",
    share_code_caption: "Scan with WeChat to read this article on your phone or share it with friends.",
    article_address: "Address of this article",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_failed: "The link could not be copied: select the address and copy it yourself.",
    search_label: "Search the news",
    search_button: "Search",
    tagged: "Tag:",
    clear_tag: "Show all tags",
    breadcrumbs_label: "You are here",
    tag_feed: "Follow this tag (Atom feed)",
    tags_label: "Tags",
    no_matches: "No articles match your search.",
    show_all_news: "Show all news",
    pages_label: "Pages",
    previous_page: "Previous page",
    next_page: "Next page",
    page_not_a_number: "This page number is not valid.",
    page_out_of_range: "There is no such page in the news.",
    first_page: "Go to the first page",
    loading_search: "Searching…",
    search_failed: "The search could not be loaded",
    neighbours_label: "Newer and older articles",
    newer_article: "Newer",
    older_article: "Older",
    more_news: "More news",
    related_articles: "Related articles",
    by_year: "Browse by year",
    years_label: "News by year",
    matches: |count, query| match count {
        1 => format!("1 article matches “{query}”"),
        _ => format!("{count} articles match “{query}”"),
    },
    tag_count: |count, tag| match count {
        1 => format!("1 article tagged “{tag}”"),
        _ => format!("{count} articles tagged “{tag}”"),
    },
    page_of: |page, count| format!("Page {page} of {count}"),
    page_number: |page| format!("Page {page}"),
};

static SIMPLIFIED_CHINESE: Texts = Texts {
    site_section: "新闻",
    language_label: "语言",
    language_filter_label: "文章语言",
    all_languages: "全部语言",
    news_heading: "行业新闻",
    latest_heading: "最新动态",
    all_news: "全部新闻",
    news_empty: "暂无新闻，请稍后再来。",
    loading_news: "正在加载新闻…",
    loading_article: "正在加载文章…",
    loading_contact: "正在加载联系方式…",
    released: "发布时间",
    updated: "更新于",
    valid_until: "有效期至",
    expired_on: "失效日期",
    notice_expired: "本通知已过期，不再有效。",
    see_latest_news: "查看最新资讯",
    reading_time_before: "阅读约 ",
    reading_time_after: " 分钟",
    source: "来源",
    back_to_news: "返回新闻列表",
    retry: "重试",
    not_found_heading: "页面不存在",
    not_found_body: "此地址没有页面。页面可能已移动，或链接有误。",
    article_not_found_body: "找不到这篇文章。文章可能已被删除，或链接有误。",
    news_failed_heading: "新闻加载失败",
    article_failed_heading: "文章加载失败",
    contact_failed: "联系方式加载失败。",
    unreachable_advice: "无法连接新闻服务器。请检查网络连接后重试。",
    server_error_advice: "新闻服务器暂时无法响应。请几分钟后重试。",
    timeout_advice: "新闻服务器响应时间过长。请重试；如果问题持续，请稍后再试。",
    skipped_items: |count| format!("有 {count} 篇文章的数据已损坏，无法显示。"),
    damaged_data_advice: "收到的新闻数据已损坏。请稍后重试；如果问题持续，请发邮件告诉我们。",
    too_large_advice: "收到的新闻数据过大，无法显示。请稍后重试；如果问题持续，请发邮件告诉我们。",
    contact_heading: "联系我们",
    tel: "电话",
    fax: "传真",
    mail: "邮箱",
    copyright: "版权所有",
    new_tab: "（在新标签页中打开）",
    police_badge: "公安备案图标",
    official_account_code: |name| format!("微信公众号“{name}”的二维码"),
    official_account_caption: "关注我们的微信公众号",
    share: "分享",
    share_code_alt: "本文地址的二维码",
    share_code_caption: "用微信扫一扫，在手机上阅读本文或分享给朋友。",
    article_address: "本文地址",
    copy_link: "复制链接",
    link_copied: "链接已复制。",
    copy_failed: "无法复制链接：请选中地址后自行复制。",
    search_label: "搜索新闻",
    search_button: "搜索",
    tagged: "标签：",
    clear_tag: "显示全部标签",
    breadcrumbs_label: "当前位置",
    tag_feed: "订阅此标签（Atom）",
    tags_label: "标签",
    no_matches: "没有符合搜索条件的文章。",
    show_all_news: "显示全部新闻",
    pages_label: "分页",
    previous_page: "上一页",
    next_page: "下一页",
    page_not_a_number: "页码无效。",
    page_out_of_range: "新闻中没有这一页。",
    first_page: "前往第一页",
    loading_search: "正在搜索…",
    search_failed: "搜索加载失败",
    neighbours_label: "较新和较早的文章",
    newer_article: "较新",
    older_article: "较早",
    more_news: "更多新闻",
    related_articles: "相关文章",
    by_year: "按年份浏览",
    years_label: "按年份浏览新闻",
    matches: |count, query| format!("找到 {count} 篇与“{query}”相关的文章"),
    tag_count: |count, tag| format!("标签“{tag}”下共有 {count} 篇文章"),
    page_of: |page, count| format!("第 {page} 页，共 {count} 页"),
    page_number: |page| format!("第 {page} 页"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_titles_name_the_filter_and_page() {
        let state = |page: Option<&str>, search: &str, tag: Option<&str>| ListingState {
            page: page.map(str::to_owned),
            search_text: search.to_owned(),
            tag: tag.map(str::to_owned),
            year: None,
            language: None,
        };
        assert_eq!(
            ENGLISH.listing_title(&state(None, "", None)),
            "Industry news"
        );
        assert_eq!(
            ENGLISH.listing_title(&state(Some("1"), "", None)),
            "Industry news"
        );
        assert_eq!(
            ENGLISH.listing_title(&state(Some("x"), "", None)),
            "Industry news"
        );
        assert_eq!(
            ENGLISH.listing_title(&state(Some("3"), "", Some("ASEAN"))),
            "“ASEAN” – Industry news – Page 3"
        );
        assert_eq!(
            SIMPLIFIED_CHINESE.listing_title(&state(Some("2"), " 港口 ", Some("ASEAN"))),
            "“港口” – 行业新闻 – 第 2 页"
        );
        let year = ListingState {
            year: Some("2023".into()),
            ..ListingState::default()
        };
        assert_eq!(
            ENGLISH.listing_title(&year.on_page(2)),
            "2023 – Industry news – Page 2"
        );
        assert_eq!(SIMPLIFIED_CHINESE.listing_title(&year), "2023 – 行业新闻");
    }

    #[test]
    fn maps_language_tags_to_the_interfaces_we_have() {
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zh-Hans"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh_CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("ZH"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn formats_dates_for_each_language() {
        let date = CalendarDate {
            year: 2021,
            month: 5,
            day: 14,
        };
        assert_eq!(Lang::En.format_date(date), "14 May 2021");
        assert_eq!(Lang::ZhHans.format_date(date), "2021年5月14日");
        let new_year = CalendarDate {
            year: 2024,
            month: 1,
            day: 1,
        };
        assert_eq!(Lang::En.format_date(new_year), "1 January 2024");
        assert_eq!(Lang::ZhHans.format_date(new_year), "2024年1月1日");
    }
}
