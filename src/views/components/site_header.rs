use leptos::prelude::*;

use super::LanguageSwitch;
use crate::state::{use_app, use_links, use_texts};
use news_core::model::Site;

/// The standalone site's banner: whose news this is, and the language switch.
/// The company's name waits for the site file; a failure to load it is shown
/// once, by the footer.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_app().data.site;
    view! {
        <header class="jn-header">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    site.await.ok().map(|site| view! { <SiteIdentity site /> })
                })}
            </Suspense>
            <LanguageChoiceIfOpen />
        </header>
    }
}

/// The company (its logo, if the site file names one), linking to its home
/// page, then the news section's name, linking to the listing.
#[component]
pub fn SiteIdentity(site: Site) -> impl IntoView {
    let texts = use_texts();
    let logo = site
        .logo
        .map(|logo| view! { <img class="jn-logo" src=logo alt="" width="40" height="40" /> });
    let company = view! {
        {logo}
        <span class="jn-company-name">{site.company}</span>
    };
    let company = match site.home_url {
        Some(home) => view! { <a class="jn-home" href=home>{company}</a> }.into_any(),
        None => view! { <span class="jn-home">{company}</span> }.into_any(),
    };
    view! {
        <p class="jn-identity">
            {company}
            <a class="jn-section-name" href=use_links().listing()>
                {move || texts().site_section}
            </a>
        </p>
    }
}

/// The switch, unless the host page fixed the language.
#[component]
pub fn LanguageChoiceIfOpen() -> impl IntoView {
    (!use_app().language.fixed).then(|| view! { <LanguageSwitch /> })
}
