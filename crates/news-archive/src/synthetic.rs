//! A synthetic archive with the shapes of real news: English and Chinese titles
//! of varied length, accented place names, several tags, dates spread over
//! years. Deterministic, so every run measures the same archive.

use news_core::model::{Article, ArticleMeta, Body, Timestamp};

use crate::calendar::civil_from_days;

const PLACES: &[&str] = &[
    "Ningbo",
    "Shanghai",
    "Rotterdam",
    "Hamburg",
    "Singapore",
    "Los Angeles",
    "São Paulo",
    "Łódź",
    "Düsseldorf",
    "Đà Nẵng",
    "Hải Phòng",
    "Jebel Ali",
    "Piraeus",
    "Felixstowe",
    "Antwerp",
    "Busan",
    "Valparaíso",
    "Montréal",
    "Gdańsk",
    "Mersin",
];
const SUBJECTS: &[&str] = &[
    "container rates",
    "port congestion",
    "rail freight",
    "air cargo capacity",
    "customs clearance times",
    "reefer availability",
    "LCL consolidation",
    "bunker surcharges",
    "warehouse space",
    "empty container supply",
    "feeder services",
    "trucking capacity",
];
const MOVES: &[&str] = &[
    "ease",
    "rise",
    "fall",
    "stabilise",
    "tighten",
    "recover",
    "double",
];
const REASONS: &[&str] = &[
    "ahead of the peak season",
    "after new sailings were announced",
    "as demand slows",
    "following weather delays",
    "as carriers add capacity",
    "before the holiday",
    "after a change in regulations",
    "amid strong e-commerce volumes",
];
const ZH_PLACES: &[&str] = &[
    "宁波", "上海", "深圳", "青岛", "厦门", "天津", "广州", "重庆", "西安", "义乌",
];
const ZH_SUBJECTS: &[&str] = &[
    "集装箱运价",
    "港口拥堵",
    "中欧班列",
    "空运舱位",
    "通关时效",
    "冷藏箱供应",
    "拼箱服务",
    "仓储资源",
];
const ZH_MOVES: &[&str] = &["明显回落", "持续上涨", "趋于平稳", "有所收紧", "逐步恢复"];
const ZH_REASONS: &[&str] = &[
    "旺季前夕",
    "新航线开通后",
    "需求放缓之际",
    "恶劣天气影响下",
    "节假日前",
];
const TAGS: &[&str] = &[
    "Ocean freight",
    "Air freight",
    "Rail freight",
    "Customs",
    "Ports",
    "Surcharges",
    "Europe",
    "ASEAN",
    "Americas",
    "Peak season",
    "Guides",
    "Regulation",
];
const ZH_TAGS: &[&str] = &["海运", "空运", "铁路运输", "报关", "港口", "公司通知"];

/// xorshift64*: enough randomness for varied shapes, and no dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

pub fn articles(count: usize) -> Vec<Article> {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    // Newest first from 2026-11-20, one article every 5 to 11 hours.
    let mut hours_back = 0u64;
    (0..count)
        .map(|number| {
            hours_back += 5 + random.below(7) as u64;
            let published = timestamp_hours_before_2026_11_20(hours_back);
            if random.below(4) == 0 {
                chinese(number, published, &mut random)
            } else {
                english(number, published, &mut random)
            }
        })
        .collect()
}

fn english(number: usize, published: Timestamp, random: &mut Random) -> Article {
    let place = random.pick(PLACES);
    let subject = random.pick(SUBJECTS);
    let movement = random.pick(MOVES);
    let reason = random.pick(REASONS);
    let title = format!("{place}: {subject} {movement} {reason}");
    let summary = format!(
        "Forwarders in {place} report that {subject} {movement} {reason}. Here is what shippers should plan for in the coming weeks."
    );
    let paragraphs = [
        format!("Our team in {place} reports that {subject} {movement} {reason}. Customers with cargo booked for the next four weeks should check their schedules."),
        format!("Compared with last month, {} and {} have also changed, and some carriers have adjusted their surcharges.", random.pick(SUBJECTS), random.pick(SUBJECTS)),
        "Book early, send complete documents before the cut-off, and ask us for alternatives by rail or air if your delivery date is fixed.".to_owned(),
    ];
    let mut tags = vec![random.pick(TAGS).to_owned(), random.pick(TAGS).to_owned()];
    tags.dedup();
    let draft = Draft {
        id: slug(&title, number),
        title,
        summary,
        body: paragraphs.join(
            "

",
        ),
        tags,
        language: "en",
    };
    article(number, published, draft)
}

fn chinese(number: usize, published: Timestamp, random: &mut Random) -> Article {
    let place = random.pick(ZH_PLACES);
    let subject = random.pick(ZH_SUBJECTS);
    let movement = random.pick(ZH_MOVES);
    let reason = random.pick(ZH_REASONS);
    let title = format!("{reason}{place}{subject}{movement}");
    let summary =
        format!("据{place}业务团队反馈，{reason}{subject}{movement}。请有出运计划的客户提前安排。");
    let body = format!(
        "{reason}，{place}地区{subject}{movement}。\n\n建议客户提前订舱、备齐单证，并关注船期变化。\n\n如需了解详情，请联系我司客服。"
    );
    let tags = vec![random.pick(ZH_TAGS).to_owned()];
    let draft = Draft {
        id: format!("market-update-{number}"),
        title,
        summary,
        body,
        tags,
        language: "zh-Hans",
    };
    article(number, published, draft)
}

/// The parts that differ between English and Chinese articles.
struct Draft {
    id: String,
    title: String,
    summary: String,
    body: String,
    tags: Vec<String>,
    language: &'static str,
}

fn article(number: usize, published: Timestamp, draft: Draft) -> Article {
    Article {
        meta: ArticleMeta {
            id: draft.id,
            title: draft.title,
            published,
            modified: None,
            expires: None,
            authors: if number.is_multiple_of(3) {
                vec!["Jointlink market desk".to_owned()]
            } else {
                Vec::new()
            },
            tags: draft.tags,
            language: Some(draft.language.to_owned()),
            image: None,
            translations: Vec::new(),
        },
        summary: Some(draft.summary),
        body: Body::Text(draft.body),
        reading_minutes: None,
        related: Vec::new(),
    }
}

/// An ASCII slug from the title's letters, made unique by the article's number.
fn slug(title: &str, number: usize) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(8)
        .map(str::to_ascii_lowercase)
        .collect();
    format!("{}-{number}", words.join("-"))
}

fn timestamp_hours_before_2026_11_20(hours: u64) -> Timestamp {
    // 2026-11-20T10:00:00Z, written in Ningbo's time (UTC+8).
    const START_UTC: i64 = 1_795_168_800;
    let local = START_UTC - hours as i64 * 3600 + 8 * 3600;
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    let seconds_of_day = local.rem_euclid(86_400);
    let text = format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:00+08:00",
        seconds_of_day / 3600,
        seconds_of_day % 3600 / 60
    );
    Timestamp::parse(&text).unwrap_or_else(|_| panic!("generated an invalid date: {text}"))
}
