//! Embedded views are prerendered once for every host page, so their addresses
//! cannot name the host's. They name these stand-ins instead, which `embed.js`
//! replaces with the host page's address and the bundle's data folder before
//! the reader sees them (see docs/embedding.md, *Prerendered views*).
//!
//! The stand-in for the host address carries every parameter of the instance
//! with the value `%`, which no encoded value can be: after a link has set or
//! removed its parameters, the ones still at `%` are those the link keeps from
//! the host's address, so the loader can rebuild exactly the address the app
//! would have built from the real one.

use super::QueryKeys;

/// The query parameter the stand-in views are written with; `embed.js` renames
/// it (and its `-page`, `-q`, `-tag`, `-year`, `-only` and `-lang` siblings) to the
/// instance's `data-query-param`.
pub const STAND_IN_PARAM: &str = "news";

/// The path of the stand-in host address, and the one pair that stands for the
/// host's own query parameters.
pub const STAND_IN_HOST_PATH: &str = "/@host@";

/// What a kept parameter's value is in the stand-in address.
pub const KEPT_VALUE: &str = "%";

/// Pictures named by a path in the data folder start with this in place of
/// the folder's address.
pub const STAND_IN_DATA_FOLDER: &str = "@data@/";

/// The stand-in for the host page's path and query.
pub fn stand_in_host() -> String {
    let keys = QueryKeys::new(Some(STAND_IN_PARAM));
    let kept = [
        STAND_IN_PARAM,
        &keys.page,
        &keys.search_text,
        &keys.tag,
        &keys.year,
        &keys.only,
        &keys.lang,
    ]
    .map(|key| format!("{key}={KEPT_VALUE}"))
    .join("&");
    format!("{STAND_IN_HOST_PATH}?@host@&{kept}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addresses::{with_query_param, Links};
    use crate::model::ListingState;

    #[test]
    fn links_show_which_parameters_they_keep_from_the_host() {
        let links = Links::Query {
            param: STAND_IN_PARAM.to_owned(),
            here: stand_in_host,
        };
        assert_eq!(
            links.article("rcep"),
            "/@host@?@host@&news-page=%&news-q=%&news-tag=%&news-year=%&news-only=%&news-lang=%&news=rcep"
        );
        assert_eq!(
            links.listing_with(&ListingState::default().on_page(2)),
            "/@host@?@host@&news-lang=%&news-page=2"
        );
        assert_eq!(
            with_query_param(&stand_in_host(), "news-lang", Some("zh-Hans")),
            "/@host@?@host@&news=%&news-page=%&news-q=%&news-tag=%&news-year=%&news-only=%&news-lang=zh-Hans"
        );
    }
}
