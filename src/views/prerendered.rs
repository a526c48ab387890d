//! A standalone page rendered to HTML at build time, from the components the
//! app renders it with in the browser, so the markup is the same and the app
//! takes over without a visible change.

use leptos::prelude::*;

use crate::state::settings::Settings;
use crate::state::UrlQuery;
use crate::state::{use_lang, AppContext};
use crate::views::components::{ContactDetails, LanguageChoiceIfOpen, SiteIdentity};
use crate::views::routes::{AroundArticle, ArticleView, ListingResults, ListingSection, NotFound};
use news_core::model::prerendered::PrerenderedView;
use news_core::model::Site;

/// The HTML of the news element's content for the page at `page_path`. Each
/// page has an owner of its own, dropped once rendered, so memory stays flat
/// across an archive.
pub fn page_html(
    settings: &Settings,
    page_path: &str,
    site: Site,
    view: PrerenderedView,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        AppContext::new(settings, None, None).provide_with_url(UrlQuery {
            query_string: Signal::stored(String::new()),
            here: Signal::stored(page_path.to_owned()),
            navigate: Callback::new(|_| {}),
        });
        view! { <PrerenderedPage site view /> }.to_html()
    })
}

/// What `App` shows in a standalone layout once its data is in, without the
/// router: the layout's frame with its header, the view, and the contact footer.
#[component]
fn PrerenderedPage(site: Site, view: PrerenderedView) -> impl IntoView {
    let content = match view {
        PrerenderedView::Listing { state, page } => view! {
            <ListingSection state=Signal::stored(state.clone())>
                <ListingResults page state />
            </ListingSection>
        }
        .into_any(),
        PrerenderedView::Article {
            article,
            neighbours,
        } => view! {
            <ArticleView article=*article>
                <AroundArticle neighbours=*neighbours />
            </ArticleView>
        }
        .into_any(),
        PrerenderedView::NotFound => view! { <NotFound /> }.into_any(),
    };
    let lang = use_lang().get_untracked().tag();
    view! {
        <div class="jn" lang=lang>
            <header class="jn-header">
                <SiteIdentity site=site.clone() />
                <LanguageChoiceIfOpen />
            </header>
            <main class="jn-main">{content}</main>
            <footer class="jn-footer">
                <ContactDetails site />
            </footer>
        </div>
    }
}
