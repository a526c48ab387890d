use leptos::prelude::*;

use super::NotFoundMessage;
use crate::api::{load_article, LoadError};
use crate::components::{ArticleBody, LoadFailure, Loading, PublishedDate};
use crate::document_title::follow_document_title;
use crate::language::use_texts;
use crate::model::{is_slug, Article};
use crate::navigation::use_links;
use crate::NewsData;

/// `Ok(None)` when there is no such article, which the reader sees as "not found".
type ArticleLoad = Result<Option<Article>, LoadError>;

/// One article, loaded on its own so the listing never carries bodies.
#[component]
pub fn ArticlePage(#[prop(into)] id: Signal<String>) -> impl IntoView {
    let data = expect_context::<NewsData>();
    let index = data.index;
    let source = data.source.clone();
    let article = LocalResource::new(move || {
        let id = id.get();
        let source = source.clone();
        async move {
            let unlisted = index.map(|loaded| matches!(loaded, Ok(index) if !index.contains(&id)));
            if !is_slug(&id) || unlisted == Some(true) {
                return Ok(None);
            }
            match load_article(source, id).await {
                Err(error) if error.is_not_found() => Ok(None),
                loaded => loaded.map(Some),
            }
        }
    });
    let retry = Callback::new(move |()| {
        if matches!(index.get_untracked(), Some(Err(_))) {
            index.refetch();
        }
        article.refetch();
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
                let id = id.get_untracked();
                let listed = index.await.map_or(true, |index| index.contains(&id));
                match (listed, article.await) {
                    (true, Ok(Some(article))) => view! { <ArticleView article /> }.into_any(),
                    (false, _) | (_, Ok(None)) => {
                        view! { <NotFoundMessage explanation=|t| t.article_not_found_body /> }
                            .into_any()
                    }
                    (true, Err(error)) => {
                        view! {
                            <h1 class="jn-heading">{move || texts().article_failed_heading}</h1>
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

#[component]
fn ArticleView(article: Article) -> impl IntoView {
    let texts = use_texts();
    let Article { meta, body, .. } = article;
    let modified = meta
        .modified
        .filter(|modified| modified.date() != meta.published.date())
        .map(|modified| {
            view! {
                " · "
                {move || texts().updated}
                " "
                <PublishedDate timestamp=modified />
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
        <article class="jn-article" lang=meta.language>
            <header class="jn-article-header">
                <h1 class="jn-heading">{meta.title}</h1>
                <p class="jn-meta">
                    {move || texts().released}
                    " "
                    <PublishedDate timestamp=meta.published />
                    {modified}
                    {source}
                </p>
            </header>
            <ArticleBody body />
        </article>
    }
}
