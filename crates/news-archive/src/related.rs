//! The related articles below each article, chosen once when the data folder
//! is written: the articles sharing the most tags, then the most title words,
//! newest first. An article and its translations count as one story: never
//! related to each other, and shown in the reader's language where it exists.

use std::cmp::Reverse;
use std::collections::HashMap;

use news_core::model::{ArticleMeta, Timestamp};

use crate::reading_time::is_cjk;

/// How many related articles an article ends with.
pub const RELATED_COUNT: usize = 3;

/// Words too common in English titles to say two articles are related.
const STOP_WORDS: &[&str] = &[
    "about", "after", "all", "and", "are", "before", "but", "can", "for", "from", "has", "have",
    "how", "into", "its", "more", "new", "not", "now", "our", "out", "over", "per", "than", "that",
    "the", "this", "via", "was", "were", "what", "when", "why", "will", "with", "you", "your",
];

/// Each article's related articles, by id; articles that share nothing have none.
pub fn related_articles(articles: &[&ArticleMeta]) -> HashMap<String, Vec<ArticleMeta>> {
    let stories = Stories::of(articles);
    let tags = Postings::new(&stories, |meta| {
        meta.tags.iter().map(|tag| tag.to_lowercase()).collect()
    });
    let words = Postings::new(&stories, |meta| title_words(&meta.title));
    let mut scores = vec![(0u32, 0u32); stories.members.len()];
    let mut touched = Vec::new();
    let mut related = HashMap::with_capacity(articles.len());
    for (article, meta) in articles.iter().enumerate() {
        let own = stories.story_of[article];
        for (postings, tag) in [(&tags, true), (&words, false)] {
            for &other in postings.sharing(article).filter(|&&other| other != own) {
                let score = &mut scores[other];
                if *score == (0, 0) {
                    touched.push(other);
                }
                match tag {
                    true => score.0 += 1,
                    false => score.1 += 1,
                }
            }
        }
        let chosen = best(&mut touched, &scores, &stories)
            .into_iter()
            .map(|other| link_to(articles[stories.version_for(other, &meta.language)]))
            .collect();
        related.insert(meta.id.clone(), chosen);
        for other in touched.drain(..) {
            scores[other] = (0, 0);
        }
    }
    related
}

/// What a link to the article needs, and nothing else: the article file
/// carries it for the article view.
fn link_to(meta: &ArticleMeta) -> ArticleMeta {
    ArticleMeta {
        id: meta.id.clone(),
        title: meta.title.clone(),
        published: meta.published.clone(),
        modified: None,
        expires: None,
        authors: Vec::new(),
        tags: Vec::new(),
        language: meta.language.clone(),
        image: None,
        translations: Vec::new(),
    }
}

/// The best `RELATED_COUNT` of the stories in `touched`: most shared tags,
/// then most shared title words, then newest.
fn best(touched: &mut [usize], scores: &[(u32, u32)], stories: &Stories) -> Vec<usize> {
    let rank = |&story: &usize| {
        let (tags, words) = scores[story];
        (
            Reverse(tags),
            Reverse(words),
            Reverse(&stories.newest[story]),
            story,
        )
    };
    if touched.len() > RELATED_COUNT {
        touched.select_nth_unstable_by_key(RELATED_COUNT, rank);
    }
    let mut best = touched[..touched.len().min(RELATED_COUNT)].to_vec();
    best.sort_by_key(rank);
    best
}

/// Articles grouped with their translations; positions index `articles`.
struct Stories<'a> {
    articles: &'a [&'a ArticleMeta],
    /// Each story's articles, the earliest first: the original, as a rule.
    members: Vec<Vec<usize>>,
    /// Each article's story.
    story_of: Vec<usize>,
    newest: Vec<&'a Timestamp>,
}

impl<'a> Stories<'a> {
    fn of(articles: &'a [&'a ArticleMeta]) -> Self {
        let position: HashMap<&str, usize> = articles
            .iter()
            .enumerate()
            .map(|(position, meta)| (meta.id.as_str(), position))
            .collect();
        let mut story_of = vec![None; articles.len()];
        let mut members: Vec<Vec<usize>> = Vec::new();
        for start in 0..articles.len() {
            if story_of[start].is_some() {
                continue;
            }
            let story = members.len();
            let mut found = vec![start];
            story_of[start] = Some(story);
            let mut next = 0;
            while let Some(&member) = found.get(next) {
                next += 1;
                for translation in &articles[member].translations {
                    if let Some(&other) = position.get(translation.id.as_str()) {
                        if story_of[other].is_none() {
                            story_of[other] = Some(story);
                            found.push(other);
                        }
                    }
                }
            }
            found.sort_by_key(|&member| (&articles[member].published, &articles[member].id));
            members.push(found);
        }
        let newest = members
            .iter()
            .map(|found| {
                found
                    .iter()
                    .map(|&member| &articles[member].published)
                    .max()
                    .unwrap_or(&articles[found[0]].published)
            })
            .collect();
        Self {
            articles,
            story_of: story_of
                .into_iter()
                .map(Option::unwrap_or_default)
                .collect(),
            members,
            newest,
        }
    }

    /// The story's version in the reader's language, else its original.
    fn version_for(&self, story: usize, language: &Option<String>) -> usize {
        let members = &self.members[story];
        members
            .iter()
            .copied()
            .find(|&member| &self.articles[member].language == language)
            .unwrap_or(members[0])
    }
}

/// Each article's terms (its tags or its title words), and which stories
/// have each term in any of their versions.
struct Postings {
    terms_of: Vec<Vec<usize>>,
    stories_with: Vec<Vec<usize>>,
}

impl Postings {
    fn new(stories: &Stories, terms: impl Fn(&ArticleMeta) -> Vec<String>) -> Self {
        let mut numbers: HashMap<String, usize> = HashMap::new();
        let terms_of: Vec<Vec<usize>> = stories
            .articles
            .iter()
            .map(|meta| {
                let mut own: Vec<usize> = terms(meta)
                    .into_iter()
                    .map(|term| {
                        let next = numbers.len();
                        *numbers.entry(term).or_insert(next)
                    })
                    .collect();
                own.sort_unstable();
                own.dedup();
                own
            })
            .collect();
        let mut stories_with = vec![Vec::new(); numbers.len()];
        for (story, members) in stories.members.iter().enumerate() {
            let mut terms: Vec<usize> = members
                .iter()
                .flat_map(|&member| terms_of[member].iter().copied())
                .collect();
            terms.sort_unstable();
            terms.dedup();
            for term in terms {
                stories_with[term].push(story);
            }
        }
        Self {
            terms_of,
            stories_with,
        }
    }

    /// Every story sharing a term with `article`, once per shared term.
    fn sharing(&self, article: usize) -> impl Iterator<Item = &usize> {
        self.terms_of[article]
            .iter()
            .flat_map(|&term| &self.stories_with[term])
    }
}

/// A title's words, lowercased: Latin words of three letters or more that are
/// not stop words, and pairs of neighbouring characters in Chinese, which has
/// no spaces to split at.
fn title_words(title: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut latin = String::new();
    let mut han: Vec<char> = Vec::new();
    let mut flush = |latin: &mut String, han: &mut Vec<char>| {
        if latin.chars().count() >= 3 && !STOP_WORDS.contains(&latin.as_str()) {
            words.push(std::mem::take(latin));
        }
        latin.clear();
        words.extend(han.windows(2).map(|pair| pair.iter().collect::<String>()));
        han.clear();
    };
    for c in title.chars().flat_map(char::to_lowercase) {
        if is_cjk(c) {
            if !latin.is_empty() {
                flush(&mut latin, &mut Vec::new());
            }
            han.push(c);
        } else if c.is_alphanumeric() {
            if !han.is_empty() {
                flush(&mut String::new(), &mut han);
            }
            latin.push(c);
        } else {
            flush(&mut latin, &mut han);
        }
    }
    flush(&mut latin, &mut han);
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use news_core::model::Translation;

    fn meta(id: &str, title: &str, date: &str, tags: &[&str], language: &str) -> ArticleMeta {
        ArticleMeta {
            id: id.into(),
            title: title.into(),
            published: Timestamp::parse(&format!("{date}T09:00:00+08:00")).expect("a valid date"),
            modified: None,
            expires: None,
            authors: Vec::new(),
            tags: tags.iter().map(|tag| (*tag).to_owned()).collect(),
            language: Some(language.into()),
            image: None,
            translations: Vec::new(),
        }
    }

    fn translated(mut meta: ArticleMeta, language: &str, id: &str) -> ArticleMeta {
        meta.translations.push(Translation {
            language: language.into(),
            id: id.into(),
        });
        meta
    }

    fn relate(articles: &[ArticleMeta]) -> HashMap<String, Vec<ArticleMeta>> {
        let all: Vec<&ArticleMeta> = articles.iter().collect();
        related_articles(&all)
    }

    fn ids(related: &HashMap<String, Vec<ArticleMeta>>, id: &str) -> Vec<String> {
        related[id].iter().map(|entry| entry.id.clone()).collect()
    }

    #[test]
    fn shared_tags_come_first_then_title_words_then_the_newest() {
        let articles = [
            meta(
                "rates",
                "Container rates rise at Ningbo",
                "2024-05-01",
                &["rates", "ningbo"],
                "en",
            ),
            meta(
                "two-tags",
                "Quiet week",
                "2023-01-01",
                &["rates", "ningbo"],
                "en",
            ),
            meta("old-tag", "Another week", "2022-01-01", &["rates"], "en"),
            meta("new-tag", "A third week", "2024-01-01", &["rates"], "en"),
            meta(
                "words",
                "Ningbo container rates steady",
                "2024-04-01",
                &["customs"],
                "en",
            ),
            meta(
                "nothing",
                "Holiday schedule",
                "2024-06-01",
                &["holidays"],
                "en",
            ),
        ];
        let related = relate(&articles);
        assert_eq!(ids(&related, "rates"), ["two-tags", "new-tag", "old-tag"]);
        assert_eq!(ids(&related, "words"), ["rates"], "title words only");
        assert!(related["nothing"].is_empty(), "shares nothing with any");
    }

    #[test]
    fn a_translation_is_never_related_and_the_readers_language_is_chosen() {
        let articles = [
            translated(
                meta(
                    "bill-en",
                    "Bill of lading basics",
                    "2024-01-01",
                    &["documents"],
                    "en",
                ),
                "zh-Hans",
                "bill-zh",
            ),
            translated(
                meta(
                    "bill-zh",
                    "提单基础知识",
                    "2024-01-02",
                    &["documents"],
                    "zh-Hans",
                ),
                "en",
                "bill-en",
            ),
            translated(
                meta(
                    "cargo-en",
                    "Cargo insurance",
                    "2023-01-01",
                    &["documents"],
                    "en",
                ),
                "zh-Hans",
                "cargo-zh",
            ),
            translated(
                meta(
                    "cargo-zh",
                    "货物保险",
                    "2023-01-02",
                    &["documents"],
                    "zh-Hans",
                ),
                "en",
                "cargo-en",
            ),
            meta(
                "only-en",
                "Documents for customs",
                "2022-01-01",
                &["documents"],
                "en",
            ),
        ];
        let related = relate(&articles);
        assert_eq!(ids(&related, "bill-en"), ["cargo-en", "only-en"]);
        assert_eq!(
            ids(&related, "bill-zh"),
            ["cargo-zh", "only-en"],
            "no Chinese version: the English one"
        );
        assert_eq!(ids(&related, "cargo-zh"), ["bill-zh", "only-en"]);
    }

    #[test]
    fn an_article_is_matched_on_its_own_tags_not_its_translations_too() {
        let articles = [
            translated(
                meta(
                    "bill",
                    "Bill",
                    "2026-01-01",
                    &["guides", "documents", "ocean"],
                    "en",
                ),
                "zh-Hans",
                "bill-zh",
            ),
            translated(
                meta(
                    "bill-zh",
                    "提单",
                    "2026-01-01",
                    &["指南", "单证", "海运"],
                    "zh-Hans",
                ),
                "en",
                "bill",
            ),
            translated(
                meta("peak", "Peak", "2026-02-01", &["guides", "ocean"], "en"),
                "zh-Hans",
                "peak-zh",
            ),
            translated(
                meta(
                    "peak-zh",
                    "旺季",
                    "2026-02-01",
                    &["指南", "海运"],
                    "zh-Hans",
                ),
                "en",
                "peak",
            ),
            meta(
                "export",
                "Export",
                "2020-01-01",
                &["guides", "documents", "ocean"],
                "en",
            ),
        ];
        let related = relate(&articles);
        assert_eq!(
            ids(&related, "bill"),
            ["export", "peak"],
            "three shared tags beat two"
        );
        assert_eq!(
            ids(&related, "bill-zh"),
            ["peak-zh"],
            "nothing in common with export"
        );
    }

    #[test]
    fn chinese_titles_match_on_character_pairs_and_stop_words_never_match() {
        let articles = [
            meta(
                "a",
                "宁波舟山港集装箱吞吐量创新高",
                "2024-01-01",
                &[],
                "zh-Hans",
            ),
            meta("b", "舟山港恢复作业", "2024-01-02", &[], "zh-Hans"),
            meta("c", "The rise of the new way", "2024-01-03", &[], "en"),
            meta("d", "The new rules and the old", "2024-01-04", &[], "en"),
        ];
        let related = relate(&articles);
        assert_eq!(ids(&related, "b"), ["a"]);
        assert!(
            related["c"].is_empty(),
            "only stop words in common: {:?}",
            related["c"]
        );
        assert_eq!(
            title_words("舟山港 Rates: LCL"),
            ["舟山", "山港", "rates", "lcl"]
        );
    }

    #[test]
    fn no_more_than_three() {
        let articles: Vec<ArticleMeta> = (1..=6)
            .map(|day| {
                meta(
                    &format!("a{day}"),
                    "Notice",
                    &format!("2024-01-0{day}"),
                    &["rates"],
                    "en",
                )
            })
            .collect();
        assert_eq!(ids(&relate(&articles), "a1"), ["a6", "a5", "a4"]);
    }
}
