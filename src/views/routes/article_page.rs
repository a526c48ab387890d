use leptos::prelude::*;

use super::NotFoundMessage;
use crate::sources::http::LoadError;
use crate::sources::Neighbours;
use crate::state::use_app;
use crate::state::use_links;
use crate::state::use_texts;
use crate::views::components::{
    ArticleBody, ArticleLink, Breadcrumbs, LoadFailure, Loading, Picture, PictureRole,
    PublishedDate, ShareArticle, TagList, TranslationLinks,
};
use crate::views::document_title::follow_document_title;
use crate::views::focus::heading_taking_focus;
use news_core::addresses::{breadcrumb_tag, canonical_article_address};
use news_core::i18n::Texts;
use news_core::model::{Article, ArticleMeta, ArticleSummary, Body, Timestamp};

/// `Ok(None)` when there is no such article, which the reader sees as "not found".
type ArticleLoad = Result<Option<Article>, LoadError>;

/// One article, loaded on its own so the listing never carries bodies.
#[component]
pub fn ArticlePage(#[prop(into)] id: Signal<String>) -> impl IntoView {
    let data = use_app().data;
    let article = LocalResource::new({
        let data = data.clone();
        move || {
            let (data, id) = (data.clone(), id.get());
            async move { data.article(id).await }
        }
    });
    let retry = Callback::new({
        let data = data.clone();
        move |()| {
            data.forget_failures();
            article.refetch();
        }
    });
    let texts = use_texts();
    follow_document_title(move || {
        let title = article.map(|loaded: &ArticleLoad| match loaded {
            Ok(Some(article)) => article.meta.title.clone(),
            Ok(None) => texts().not_found_heading.to_owned(),
            Err(_) => texts().article_failed_heading.to_owned(),
        });
        data.page_title(title.as_deref().unwrap_or(texts().site_section))
    });

    view! {
        <Suspense fallback=|| view! { <Loading message=|t| t.loading_article /> }>
            {move || Suspend::new(async move {
                match article.await {
                    Ok(Some(article)) => view! { <ArticleWithNeighbours article /> }.into_any(),
                    Ok(None) => {
                        view! { <NotFoundMessage explanation=|t| t.article_not_found_body /> }
                            .into_any()
                    }
                    Err(error) => {
                        view! {
                            <h1 class="jn-heading" tabindex="-1" node_ref=heading_taking_focus()>
                                {move || texts().article_failed_heading}
                            </h1>
                            <LoadFailure error on_retry=retry />
                            <p class="jn-back">
                                <a href=use_links().listing()>{move || texts().back_to_news}</a>
                            </p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// An article, with its share control and links to its neighbours once the
/// site file and the neighbours are in.
#[component]
fn ArticleWithNeighbours(article: Article) -> impl IntoView {
    let data = use_app().data;
    let site = data.site;
    let (id, language) = (article.meta.id.clone(), article.meta.language.clone());
    let related = article.related.clone();
    // An expired notice is not shared any more.
    let shared = article.body != Body::Expired;
    let neighbours = LocalResource::new({
        let (id, published) = (article.meta.id.clone(), article.meta.published.clone());
        move || {
            let (data, id, published) = (data.clone(), id.clone(), published.clone());
            async move { data.neighbours(id, published).await }
        }
    });
    view! {
        <ArticleView article>
            <Suspense fallback=|| ()>
                {move || {
                    let (id, language, related) = (id.clone(), language.clone(), related.clone());
                    Suspend::new(async move {
                        let address = site
                            .await
                            .ok()
                            .and_then(|site| canonical_article_address(&site, language.as_deref(), &id));
                        // The related articles are in the article's own data.
                        let neighbours = neighbours.await.unwrap_or_else(|error| {
                            leptos::logging::warn!("jointlink-news: no links to other articles: {error}");
                            Neighbours::default()
                        });
                        // Erased like the other views that wait for data, so
                        // that they share their code.
                        view! {
                            {shared.then(|| view! { <ShareArticle address id /> })}
                            <AroundArticle neighbours related />
                        }
                            .into_any()
                    })
                }}
            </Suspense>
        </ArticleView>
    }
}

/// The article itself, then `children`: what surrounds it.
#[component]
pub fn ArticleView(article: Article, children: Children) -> impl IntoView {
    let texts = use_texts();
    let Article {
        meta,
        body,
        reading_minutes,
        ..
    } = article;
    let handed_over = use_app().take_prerendered_body(&meta.id);
    let modified = meta
        .modified
        .filter(|modified| modified.date() != meta.published.date())
        .map(|modified| dated_note(|t| t.updated, modified));
    let expires = meta.expires.map(|expires| match body {
        Body::Expired => dated_note(|t| t.expired_on, expires),
        _ => dated_note(|t| t.valid_until, expires),
    });
    let reading_time = reading_minutes.map(|minutes| {
        move || {
            let t = texts();
            format!(
                " · {}{minutes}{}",
                t.reading_time_before, t.reading_time_after
            )
        }
    });
    let source = (!meta.authors.is_empty()).then(|| {
        let authors = meta.authors.join(", ");
        view! {
            " · "
            {move || texts().source}
            ": "
            <span class="jn-source">{authors}</span>
        }
    });
    view! {
        <p class="jn-back">
            <a href=use_links().listing()>{move || texts().back_to_news}</a>
        </p>
        <Breadcrumbs
            tag=breadcrumb_tag(&meta.tags).map(str::to_owned)
            current=Some(meta.title.clone())
        />
        <article class="jn-article" lang=meta.language>
            <header class="jn-article-header">
                <h1 class="jn-heading" tabindex="-1" node_ref=heading_taking_focus()>
                    {meta.title}
                </h1>
                <p class="jn-meta">
                    {move || texts().released}
                    " "
                    <PublishedDate timestamp=meta.published />
                    {modified}
                    {expires}
                    {reading_time}
                    {source}
                </p>
                <TagList tags=meta.tags />
                <TranslationLinks translations=meta.translations />
            </header>
            {meta.image.map(|image| view! { <Picture image role=PictureRole::Lead eager=true /> })}
            <ArticleBody body handed_over />
        </article>
        {children()}
    }
}

/// " · <label> <date>" in an article's meta line: one shape for every date
/// there, so that they share their code.
fn dated_note(label: fn(&Texts) -> &'static str, timestamp: Timestamp) -> impl IntoView {
    let texts = use_texts();
    view! {
        " · "
        {move || label(texts())}
        " "
        <PublishedDate timestamp />
    }
}

/// Newer and older articles, and the related articles or else the latest
/// news, below an article.
#[component]
pub fn AroundArticle(neighbours: Neighbours, related: Vec<ArticleMeta>) -> impl IntoView {
    let texts = use_texts();
    let links = use_links();
    let step = |label: fn(&news_core::i18n::Texts) -> &'static str,
                rel: &'static str,
                summary: Option<ArticleSummary>| {
        summary.map(|summary| {
            view! {
                <li class="jn-step" lang=summary.meta.language>
                    <span class="jn-step-label">{move || label(texts())}</span>
                    <a href=links.article(&summary.meta.id) rel=rel>{summary.meta.title}</a>
                </li>
            }
        })
    };
    let has_steps = neighbours.newer.is_some() || neighbours.older.is_some();
    let steps = view! {
        {step(|t| t.newer_article, "prev", neighbours.newer)}
        {step(|t| t.older_article, "next", neighbours.older)}
    };
    // The data's related articles where it has them, else the latest news.
    let (heading, more): (fn(&Texts) -> &'static str, Vec<ArticleMeta>) = match related.is_empty() {
        true => (
            |t| t.more_news,
            neighbours
                .latest
                .into_iter()
                .map(|summary| summary.meta)
                .collect(),
        ),
        false => (|t| t.related_articles, related),
    };
    let more = more
        .into_iter()
        .map(|meta| view! { <ArticleLink meta /> })
        .collect::<Vec<_>>();
    view! {
        {has_steps
            .then(|| {
                view! {
                    <nav class="jn-neighbours" aria-label=move || texts().neighbours_label>
                        <ul>{steps}</ul>
                    </nav>
                }
            })}
        {(!more.is_empty())
            .then(|| {
                view! {
                    <section class="jn-more">
                        <h2 class="jn-more-heading">{move || heading(texts())}</h2>
                        <ul class="jn-more-list">{more}</ul>
                    </section>
                }
            })}
    }
}
