//! Views rendered to HTML at build time, from the components the app renders
//! them with in the browser, so the markup is the same and the app takes over
//! without a visible change: each page of the standalone site, and each view
//! of an embedded instance, whose addresses name the stand-ins of
//! `news_core::addresses::stand_in_host` until `embed.js` fills them in.

use leptos::prelude::*;

use crate::state::settings::{Layout, Settings};
use crate::state::UrlQuery;
use crate::state::{feeds_folder, use_lang, use_texts, AppContext};
use crate::views::components::{ContactDetails, LanguageChoiceIfOpen, ShareArticle, SiteIdentity};
use crate::views::layouts::{LatestBox, LatestHeadlines};
use crate::views::routes::{AroundArticle, ArticleView, ListingResults, ListingSection, NotFound};
use news_core::addresses::{
    canonical_article_address, stand_in_host, Links, STAND_IN_DATA_FOLDER, STAND_IN_PARAM,
};
use news_core::model::prerendered::PrerenderedView;
use news_core::model::{Body, Site};

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
        let mut app = AppContext::new(settings, None, None);
        app.feeds = feeds_folder(settings, &site);
        app.provide_with_url(UrlQuery {
            query_string: Signal::stored(String::new()),
            here: Signal::stored(page_path.to_owned()),
            navigate: Callback::new(|_| {}),
        });
        view! { <PrerenderedPage site view /> }.to_html()
    })
}

/// The HTML of an embedded instance's shadow root content, with stand-in
/// addresses: the latest box when `settings` are a `Layout::Latest` (then
/// `view` is its listing), else the full section showing `view`.
pub fn embedded_html(settings: &Settings, site: Site, view: PrerenderedView) -> String {
    let settings = Settings {
        image_base: Some(STAND_IN_DATA_FOLDER.to_owned()),
        ..settings.clone()
    };
    let owner = Owner::new();
    owner.with(|| {
        let mut app = AppContext::new(&settings, None, None);
        app.links = Links::Query {
            param: STAND_IN_PARAM.to_owned(),
            here: stand_in_host,
        };
        let lang = app.lang.get_untracked().tag();
        app.provide_with_url(UrlQuery {
            query_string: Signal::stored(String::new()),
            here: Signal::stored(stand_in_host()),
            navigate: Callback::new(|_| {}),
        });
        let content = match (settings.layout, view) {
            (Layout::Latest { images, .. }, PrerenderedView::Listing { page, .. }) => {
                let link_to = StoredValue::new((stand_in_host(), STAND_IN_PARAM.to_owned()));
                view! {
                    <LatestBox full_url=stand_in_host() query_param=STAND_IN_PARAM.to_owned()>
                        <LatestHeadlines newest=page.items link_to images />
                    </LatestBox>
                }
                .into_any()
            }
            (_, view) => view! { <PrerenderedSection site view /> }.into_any(),
        };
        view! { <div class="jn" lang=lang>{content}</div> }.to_html()
    })
}

/// What `EmbeddedSection` shows once its data is in.
#[component]
fn PrerenderedSection(site: Site, view: PrerenderedView) -> impl IntoView {
    let texts = use_texts();
    view! {
        <section class="jn-section" aria-label=texts().site_section>
            <LanguageChoiceIfOpen />
            <div class="jn-main">{prerendered_view(view, &site)}</div>
            <footer class="jn-footer">
                <ContactDetails site />
            </footer>
        </section>
    }
}

/// What `App` shows in a standalone layout once its data is in, without the
/// router: the layout's frame with its header, the view, and the contact footer.
#[component]
fn PrerenderedPage(site: Site, view: PrerenderedView) -> impl IntoView {
    let lang = use_lang().get_untracked().tag();
    view! {
        <div class="jn" lang=lang>
            <header class="jn-header">
                <SiteIdentity site=site.clone() />
                <LanguageChoiceIfOpen />
            </header>
            <main class="jn-main">{prerendered_view(view, &site)}</main>
            <footer class="jn-footer">
                <ContactDetails site />
            </footer>
        </div>
    }
}

/// The view itself, as the router's route or the embedded section shows it.
fn prerendered_view(view: PrerenderedView, site: &Site) -> AnyView {
    match view {
        PrerenderedView::Listing { state, page } => view! {
            <ListingSection state=Signal::stored(state.clone())>
                <ListingResults page state />
            </ListingSection>
        }
        .into_any(),
        PrerenderedView::Article {
            article,
            neighbours,
        } => {
            let (id, related) = (article.meta.id.clone(), article.related.clone());
            let shared = article.body != Body::Expired;
            let address = canonical_article_address(site, article.meta.language.as_deref(), &id);
            view! {
                <ArticleView article=*article>
                    {shared.then(|| view! { <ShareArticle address id /> })}
                    <AroundArticle neighbours=*neighbours related />
                </ArticleView>
            }
            .into_any()
        }
        PrerenderedView::NotFound => view! { <NotFound /> }.into_any(),
    }
}
