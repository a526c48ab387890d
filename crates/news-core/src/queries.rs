//! The questions a listing of summaries answers wherever it is held: a page
//! of a search (or of a tag, or the whole listing), an article's neighbours,
//! and "more news". The app's sources ask them of what they fetched; the
//! prerender of the whole archive.

use crate::model::listing::{one_per_pair, ListingLanguages, ListingPage, Neighbours};
use crate::model::paging::{page_count, page_items, PageProblem};
use crate::model::percent::decode_component;
use crate::model::search::SearchTerms;
use crate::model::{ArticleSummary, ListingState, SearchIndex};

/// How many other articles "more news" under an article lists.
pub const MORE_NEWS_COUNT: usize = 3;

/// One page of the articles a search index matches, for sources whose
/// paging, search and tag filtering happen in the app.
pub fn search_page(
    search: &SearchIndex,
    state: &ListingState,
    (page, page_size): (usize, usize),
    skipped: usize,
    readers: ListingLanguages,
) -> Result<ListingPage, PageProblem> {
    let mut listed = page_of(
        &matching(search, state, readers),
        (page, page_size),
        skipped,
    )?;
    if state.year.is_some() {
        listed.years = years_of(search);
    }
    Ok(listed)
}

/// Every year in which an article was released, newest first (the search
/// index is in that order already).
pub fn years_of(search: &SearchIndex) -> Vec<String> {
    let mut years: Vec<String> = Vec::new();
    for summary in search.summaries() {
        let year = summary.meta.published.year_text();
        if !years.iter().any(|seen| seen == year) {
            years.push(year.to_owned());
        }
    }
    years
}

/// Every article `state` lists, newest first: its search, tag and language
/// filter. Without a language filter, a translated pair shows once, in the
/// reader's language. The prerender pages through it once per listing.
pub fn matching<'a>(
    search: &'a SearchIndex,
    state: &ListingState,
    readers: ListingLanguages,
) -> Vec<&'a ArticleSummary> {
    let terms = SearchTerms::parse(&state.search_text);
    let matches: Vec<&ArticleSummary> = search
        .search(&terms, state.tag.as_deref())
        .filter(|summary| {
            state.admits_language(&summary.meta, readers.site) && state.admits_year(&summary.meta)
        })
        .collect();
    match state.language {
        Some(_) => matches,
        None => one_per_pair(matches, readers),
    }
}

/// Page `page` of `matches`.
pub fn page_of(
    matches: &[&ArticleSummary],
    (page, page_size): (usize, usize),
    skipped: usize,
) -> Result<ListingPage, PageProblem> {
    let positions = page_items(page, page_size, matches.len())?;
    Ok(ListingPage {
        items: matches[positions]
            .iter()
            .map(|&summary| summary.clone())
            .collect(),
        page,
        page_count: page_count(matches.len(), page_size),
        total: matches.len(),
        skipped,
        years: Vec::new(),
    })
}

/// The article at `position` of the whole listing (newest first) with the
/// articles next to it, and "more news" from the newest.
pub fn neighbours_at(newest_first: &[ArticleSummary], position: usize) -> Neighbours {
    let id = newest_first
        .get(position)
        .map_or("", |summary| summary.meta.id.as_str());
    Neighbours {
        newer: position
            .checked_sub(1)
            .and_then(|newer| newest_first.get(newer))
            .cloned(),
        older: newest_first.get(position + 1).cloned(),
        latest: latest_except(newest_first, id),
    }
}

/// "More news" for an article: the newest summaries other than its own.
pub fn latest_except(newest_first: &[ArticleSummary], id: &str) -> Vec<ArticleSummary> {
    newest_first
        .iter()
        .filter(|item| !same_id(id, &item.meta.id))
        .take(MORE_NEWS_COUNT)
        .cloned()
        .collect()
}

/// Whether two article ids are the same, written with or without percent
/// escapes: the router decodes path segments more than once, so a WordPress
/// slug such as "%e5%ae%81" may come back as "宁".
pub fn same_id(wanted: &str, id: &str) -> bool {
    wanted == id || decode_component(wanted) == decode_component(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_with_or_without_percent_escapes() {
        assert!(same_id("rcep-takes-effect", "rcep-takes-effect"));
        assert!(same_id(
            "宁波港口动态",
            "%e5%ae%81%e6%b3%a2%e6%b8%af%e5%8f%a3%e5%8a%a8%e6%80%81"
        ));
        assert!(same_id("%E5%AE%81", "%e5%ae%81"));
        assert!(!same_id("rcep", "rcep-takes-effect"));
        assert!(!same_id("宁波", "%e5%ae%81"));
    }

    #[test]
    fn a_years_listing_has_that_years_articles_and_names_every_year() {
        let items: Vec<String> = [
            ("new-year", "2024-01-01"),
            ("late-2023", "2023-12-31"),
            ("early-2023", "2023-01-02"),
            ("old", "2019-06-01"),
        ]
        .iter()
        .map(|(id, date)| {
            format!(r#"{{"id": "{id}", "title": "{id}", "summary": "S", "date_published": "{date}T09:00:00+08:00"}}"#)
        })
        .collect();
        let text = format!(r#"{{"items": [{}]}}"#, items.join(","));
        let summaries = crate::model::parse_shard("test", &text);
        let search =
            SearchIndex::from_summaries(summaries.unwrap_or_else(|error| panic!("{error}")));
        let readers = ListingLanguages {
            interface: crate::model::Lang::En,
            site: crate::model::Lang::En,
        };
        let year = ListingState {
            year: Some("2023".into()),
            ..ListingState::default()
        };
        let page = search_page(&search, &year, (1, 10), 0, readers);
        let page = page.unwrap_or_else(|problem| panic!("{problem:?}"));
        let ids: Vec<&str> = page
            .items
            .iter()
            .map(|item| item.meta.id.as_str())
            .collect();
        assert_eq!(ids, ["late-2023", "early-2023"]);
        assert_eq!(page.years, ["2024", "2023", "2019"]);
        let empty = ListingState {
            year: Some("2020".into()),
            ..ListingState::default()
        };
        let none = search_page(&search, &empty, (1, 10), 0, readers);
        assert_eq!(none.map(|page| page.total), Ok(0));
        let whole = search_page(&search, &ListingState::default(), (1, 10), 0, readers);
        assert_eq!(whole.map(|page| (page.total, page.years.len())), Ok((4, 0)));
    }
}
