use leptos::prelude::*;

use crate::state::use_links;
use news_core::model::{Lang, Translation};

/// "阅读中文版" / "Read in English": an article's versions in the other
/// interface languages, each offered in its own language. Translations into
/// languages the interface does not have are left out: there is no way to
/// name them in their own words.
#[component]
pub fn TranslationLinks(translations: Vec<Translation>) -> impl IntoView {
    let links = use_links();
    let offered: Vec<_> = translations
        .into_iter()
        .filter_map(|translation| {
            let lang = Lang::from_tag(&translation.language)?;
            let href = links.article(&translation.id);
            Some(view! {
                <li>
                    <a href=href lang=lang.tag() hreflang=translation.language>
                        {lang.read_in()}
                    </a>
                </li>
            })
        })
        .collect();
    (!offered.is_empty()).then(|| view! { <ul class="jn-translations">{offered}</ul> })
}
