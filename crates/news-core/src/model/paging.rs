//! Page arithmetic for the listing, and which index shards hold a page.

use std::ops::Range;

/// Why a `?page=` value cannot be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageProblem {
    NotANumber,
    OutOfRange { page_count: usize },
}

/// Reads a page number as written in a URL: absent means 1.
pub fn parse_page(value: Option<&str>) -> Result<usize, PageProblem> {
    match value.map(str::trim) {
        None | Some("") => Ok(1),
        Some(text) => match text.parse::<usize>() {
            Ok(page) if page >= 1 => Ok(page),
            _ => Err(PageProblem::NotANumber),
        },
    }
}

/// At least one page, so that an empty listing still has a page 1.
pub fn page_count(total: usize, page_size: usize) -> usize {
    total.div_ceil(page_size.max(1)).max(1)
}

/// The positions (newest first) of the items on `page`, clipped to `total`.
pub fn page_items(
    page: usize,
    page_size: usize,
    total: usize,
) -> Result<Range<usize>, PageProblem> {
    let page_count = page_count(total, page_size);
    if page == 0 || page > page_count {
        return Err(PageProblem::OutOfRange { page_count });
    }
    let start = (page - 1) * page_size;
    Ok(start.min(total)..(start + page_size).min(total))
}

/// For shards of the given sizes, in order, the shards that `items` overlaps,
/// each with the part of it that falls inside `items` (in shard positions).
pub fn shards_for(items: Range<usize>, shard_sizes: &[usize]) -> Vec<(usize, Range<usize>)> {
    let mut selected = Vec::new();
    let mut shard_start = 0;
    for (shard, &size) in shard_sizes.iter().enumerate() {
        let shard_end = shard_start + size;
        let start = items.start.max(shard_start);
        let end = items.end.min(shard_end);
        if start < end {
            selected.push((shard, start - shard_start..end - shard_start));
        }
        shard_start = shard_end;
    }
    selected
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLink {
    Page(usize),
    Gap,
}

/// Numbered links for a pager: the first and last pages, and `current` with two
/// neighbours on each side; gaps of more than one page are shown as a gap.
pub fn page_links(current: usize, page_count: usize) -> Vec<PageLink> {
    let near = current.saturating_sub(2).max(1)..=(current + 2).min(page_count);
    let mut pages: Vec<usize> = std::iter::once(1)
        .chain(near)
        .chain(std::iter::once(page_count))
        .collect();
    pages.sort_unstable();
    pages.dedup();
    let mut links = Vec::with_capacity(pages.len() + 2);
    let mut previous = 0;
    for page in pages {
        match page - previous {
            1 => {}
            2 => links.push(PageLink::Page(page - 1)),
            _ => links.push(PageLink::Gap),
        }
        links.push(PageLink::Page(page));
        previous = page;
    }
    links
}

#[cfg(test)]
mod tests {
    use super::PageLink::{Gap, Page};
    use super::*;

    #[test]
    fn reads_page_numbers_from_the_url() {
        assert_eq!(parse_page(None), Ok(1));
        assert_eq!(parse_page(Some("")), Ok(1));
        assert_eq!(parse_page(Some("7")), Ok(7));
        assert_eq!(parse_page(Some(" 12 ")), Ok(12));
        for bad in ["0", "-1", "two", "1.5", "1e3", "99999999999999999999999"] {
            assert_eq!(parse_page(Some(bad)), Err(PageProblem::NotANumber), "{bad}");
        }
    }

    #[test]
    fn counts_pages() {
        assert_eq!(page_count(0, 10), 1);
        assert_eq!(page_count(10, 10), 1);
        assert_eq!(page_count(11, 10), 2);
        assert_eq!(page_count(10_000, 10), 1000);
        assert_eq!(page_count(5, 0), 5);
    }

    #[test]
    fn finds_the_items_of_a_page() {
        assert_eq!(page_items(1, 10, 13), Ok(0..10));
        assert_eq!(page_items(2, 10, 13), Ok(10..13));
        assert_eq!(page_items(1, 10, 0), Ok(0..0));
        assert_eq!(page_items(500, 10, 10_000), Ok(4990..5000));
        assert_eq!(
            page_items(3, 10, 13),
            Err(PageProblem::OutOfRange { page_count: 2 })
        );
        assert_eq!(
            page_items(0, 10, 13),
            Err(PageProblem::OutOfRange { page_count: 2 })
        );
    }

    #[test]
    fn selects_the_shards_that_hold_a_page() {
        let sizes = [100, 100, 100, 37];
        assert_eq!(shards_for(0..10, &sizes), [(0, 0..10)]);
        assert_eq!(shards_for(95..105, &sizes), [(0, 95..100), (1, 0..5)]);
        assert_eq!(shards_for(300..310, &sizes), [(3, 0..10)]);
        assert_eq!(shards_for(330..340, &sizes), [(3, 30..37)]);
        assert_eq!(shards_for(337..347, &sizes), []);
        assert_eq!(shards_for(0..0, &sizes), []);
        assert_eq!(shards_for(10..20, &[12, 50]), [(0, 10..12), (1, 0..8)]);
    }

    #[test]
    fn pager_links_show_ends_and_neighbours() {
        assert_eq!(page_links(1, 1), [Page(1)]);
        assert_eq!(page_links(1, 3), [Page(1), Page(2), Page(3)]);
        assert_eq!(
            page_links(500, 1000),
            [
                Page(1),
                Gap,
                Page(498),
                Page(499),
                Page(500),
                Page(501),
                Page(502),
                Gap,
                Page(1000)
            ]
        );
        assert_eq!(
            page_links(4, 10),
            [
                Page(1),
                Page(2),
                Page(3),
                Page(4),
                Page(5),
                Page(6),
                Gap,
                Page(10)
            ]
        );
        assert_eq!(
            page_links(10, 10),
            [Page(1), Gap, Page(8), Page(9), Page(10)]
        );
    }
}
