//! Posts from the WordPress REST API (`/wp/v2/posts?_embed`), read leniently.
//! Titles and excerpts arrive as HTML and are kept as text; the content stays
//! HTML for the sanitiser.
//!
//! WordPress has no field for a post's language or its translations, so two
//! tags say them: `lang:<tag>` (`lang:zh-Hans`) and `translation:<key>`,
//! the same key on every version of an article. Neither is shown as a tag.

use serde_json::Value;

use super::article::is_language_tag;
use super::error::DataError;
use super::feed::{shorten, DERIVED_SUMMARY_CHARS};
use super::fields::{parse_document, Fields};
use super::html_text::html_to_text;
use super::timestamp::Timestamp;
use super::{
    is_image_address, Article, ArticleMeta, Body, Image, ImageSource, Lang, Problem, Translation,
};

const LANGUAGE_TAG: &str = "lang:";
const PAIR_TAG: &str = "translation:";

/// A post as an article, and the id of the tag its translations share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    pub article: Article,
    pub pair_tag: Option<u64>,
}

/// The posts of one response, and the errors of those that could not be read.
pub fn parse_posts(file: &str, text: &str) -> Result<(Vec<Post>, Vec<DataError>), DataError> {
    let document = parse_document(file, text)?;
    let wrapped = serde_json::json!({ "posts": document });
    let root = Fields::root(file, &wrapped)?;
    root.lenient_list("posts", read_post)
}

/// The id of the tag called `name` (as a reader's link names it, any case) in
/// an answer of `/wp/v2/tags?search=`; `Ok(None)` when the site has no such tag.
pub fn find_tag_id(file: &str, text: &str, name: &str) -> Result<Option<u64>, DataError> {
    let wanted = name.to_lowercase();
    Ok(read_tags(file, text)?
        .into_iter()
        .find(|(_, tag_name)| tag_name.to_lowercase() == wanted)
        .map(|(id, _)| id))
}

/// The language tags (`lang:zh-Hans`) in an answer of
/// `/wp/v2/tags?search=lang:`, by id and the interface language each names.
pub fn language_tags(file: &str, text: &str) -> Result<Vec<(u64, Lang)>, DataError> {
    Ok(read_tags(file, text)?
        .into_iter()
        .filter_map(|(id, name)| {
            let tag = name.strip_prefix(LANGUAGE_TAG)?;
            Some((id, Lang::from_tag(tag)?))
        })
        .collect())
}

/// The query parameters that ask WordPress for the posts in `wanted`, and in
/// the tag `tag_id` if given, when the site's language tags are `tags`. A post
/// without one is in the site's language. `None` when no post can match.
/// WordPress joins tags in one parameter with OR, so a tag and a language
/// together need its `operator=AND` form, which takes one tag per language:
/// the first, if the site has several for one language.
pub fn language_query(
    tags: &[(u64, Lang)],
    wanted: Lang,
    site_language: Lang,
    tag_id: Option<u64>,
) -> Option<Vec<(&'static str, String)>> {
    let ids = |keep: &dyn Fn(Lang) -> bool| -> Vec<String> {
        tags.iter()
            .filter(|(_, lang)| keep(*lang))
            .map(|(id, _)| id.to_string())
            .collect()
    };
    let mut parameters = Vec::new();
    if wanted == site_language {
        if let Some(tag_id) = tag_id {
            parameters.push(("tags", tag_id.to_string()));
        }
        let others = ids(&|lang| lang != wanted);
        if !others.is_empty() {
            parameters.push(("tags_exclude", others.join(",")));
        }
        return Some(parameters);
    }
    let own = ids(&|lang| lang == wanted);
    let first = own.first()?;
    match tag_id {
        Some(tag_id) => {
            parameters.push(("tags[terms]", format!("{tag_id},{first}")));
            parameters.push(("tags[operator]", "AND".to_owned()));
        }
        None => parameters.push(("tags", own.join(","))),
    }
    Some(parameters)
}

fn read_tags(file: &str, text: &str) -> Result<Vec<(u64, String)>, DataError> {
    let document = parse_document(file, text)?;
    let wrapped = serde_json::json!({ "tags": document });
    let root = Fields::root(file, &wrapped)?;
    let (tags, _) = root.lenient_list("tags", |tag| {
        let id = match tag.value("id") {
            Some(Value::Number(id)) => id.as_u64(),
            _ => None,
        }
        .ok_or_else(|| tag.invalid("id", "must be a whole number"))?;
        Ok((id, html_to_text(&tag.required_text("name")?)))
    })?;
    Ok(tags)
}

/// `post`'s versions among `posts`: those with the same pair tag and a language.
pub fn translations_of(post: &Post, posts: &[Post]) -> Vec<Translation> {
    let Some(pair) = post.pair_tag else {
        return Vec::new();
    };
    posts
        .iter()
        .filter(|other| {
            other.pair_tag == Some(pair) && other.article.meta.id != post.article.meta.id
        })
        .filter_map(|other| {
            Some(Translation {
                language: other.article.meta.language.clone()?,
                id: other.article.meta.id.clone(),
            })
        })
        .collect()
}

/// The posts as articles, each linking to its versions among them.
pub fn linked(posts: Vec<Post>) -> Vec<Article> {
    let translations: Vec<Vec<Translation>> = posts
        .iter()
        .map(|post| translations_of(post, &posts))
        .collect();
    posts
        .into_iter()
        .zip(translations)
        .map(|(post, translations)| {
            let mut article = post.article;
            article.meta.translations = translations;
            article
        })
        .collect()
}

fn read_post(post: &Fields) -> Result<Post, DataError> {
    let rendered = |name: &str| -> Result<Option<String>, DataError> {
        match post.optional_object(name)? {
            Some(field) => field.optional_text("rendered"),
            None => Ok(None),
        }
    };
    let title = rendered("title")?
        .map(|title| html_to_text(&title))
        .filter(|title| !title.is_empty())
        .ok_or_else(|| post.invalid("title", "is empty"))?;
    let content = rendered("content")?.unwrap_or_default();
    let summary = rendered("excerpt")?
        .map(|excerpt| html_to_text(&excerpt))
        .filter(|excerpt| !excerpt.is_empty())
        .unwrap_or_else(|| shorten(&html_to_text(&content), DERIVED_SUMMARY_CHARS));
    let embedded = post.optional_object("_embedded")?;
    let terms = embedded.as_ref().map(tags).unwrap_or_default();
    let language = terms.iter().find_map(|(name, _)| {
        name.strip_prefix(LANGUAGE_TAG)
            .filter(|tag| is_language_tag(tag))
            .map(str::to_owned)
    });
    let pair_tag = terms
        .iter()
        .find(|(name, _)| name.starts_with(PAIR_TAG))
        .and_then(|(_, id)| *id);
    let shown_tags = terms
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| !name.starts_with(LANGUAGE_TAG) && !name.starts_with(PAIR_TAG))
        .collect();
    let article = Article {
        meta: ArticleMeta {
            id: post.required_text("slug")?,
            title,
            published: gmt(post, "date_gmt")?
                .ok_or_else(|| post.invalid("date_gmt", "is missing"))?,
            modified: gmt(post, "modified_gmt")?,
            expires: None,
            authors: embedded.as_ref().map(author_names).unwrap_or_default(),
            tags: shown_tags,
            language,
            image: embedded.as_ref().and_then(featured_image),
            translations: Vec::new(),
        },
        summary: Some(summary),
        body: Body::Html(content),
        reading_minutes: None,
        related: Vec::new(),
    };
    Ok(Post { article, pair_tag })
}

/// WordPress writes GMT dates without an offset: "2024-05-01T02:00:00".
fn gmt(post: &Fields, name: &str) -> Result<Option<Timestamp>, DataError> {
    let Some(text) = post.optional_text(name)? else {
        return Ok(None);
    };
    Timestamp::parse(&format!("{text}Z"))
        .map(Some)
        .map_err(|_| {
            post.error(Problem::InvalidDate {
                field: post.path_of(name),
                value: text,
            })
        })
}

fn author_names(embedded: &Fields) -> Vec<String> {
    match embedded.value("author") {
        Some(Value::Array(authors)) => authors
            .iter()
            .filter_map(|author| author.get("name")?.as_str())
            .map(html_to_text)
            .filter(|name| !name.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

/// `_embedded["wp:term"]` holds one list per taxonomy; tags are `post_tag`.
/// Each tag's name, as text, and its id.
fn tags(embedded: &Fields) -> Vec<(String, Option<u64>)> {
    let Some(Value::Array(taxonomies)) = embedded.value("wp:term") else {
        return Vec::new();
    };
    taxonomies
        .iter()
        .filter_map(Value::as_array)
        .flatten()
        .filter(|term| term.get("taxonomy").and_then(Value::as_str) == Some("post_tag"))
        .filter_map(|term| {
            let name = term.get("name")?.as_str()?;
            Some((html_to_text(name), term.get("id").and_then(Value::as_u64)))
        })
        .collect()
}

/// The featured image, with its alt text, size and the sizes WordPress made of it.
fn featured_image(embedded: &Fields) -> Option<Image> {
    let media = embedded.value("wp:featuredmedia")?.get(0)?;
    fn text(value: Option<&Value>) -> Option<&str> {
        value.and_then(Value::as_str).map(str::trim)
    }
    let mut image = Image::at(text(media.get("source_url"))?)?;
    image.alt = text(media.get("alt_text")).unwrap_or_default().to_owned();
    let details = media.get("media_details");
    let side = |value: Option<&Value>, name: &str| {
        value?
            .get(name)?
            .as_u64()
            .and_then(|side| u32::try_from(side).ok())
            .filter(|side| *side > 0)
    };
    image.size = side(details, "width").zip(side(details, "height"));
    if let Some(Value::Object(sizes)) = details.and_then(|details| details.get("sizes")) {
        image.sources = sizes
            .values()
            .filter_map(|size| {
                let url = text(size.get("source_url"))?;
                let width = side(Some(size), "width")?;
                is_image_address(url).then(|| ImageSource {
                    url: url.to_owned(),
                    width,
                })
            })
            .collect();
        image.sources.sort_by_key(|source| source.width);
        image.sources.dedup_by_key(|source| source.width);
    }
    Some(image)
}

#[cfg(test)]
mod tests {
    use super::*;

    const POSTS: &str = r#"[
        {"id": 7, "slug": "port-news", "date_gmt": "2024-05-01T02:00:00", "modified_gmt": "2024-05-02T03:00:00",
         "title": {"rendered": "Port &amp; rail &#8211; <em>update</em>"},
         "excerpt": {"rendered": "<p>Short &hellip;</p>"},
         "content": {"rendered": "<p>Body</p><script>x()</script>"},
         "_embedded": {
            "author": [{"name": "Afra Yu"}],
            "wp:term": [[{"taxonomy": "category", "name": "News"}], [{"taxonomy": "post_tag", "name": "Ports"}, {"taxonomy": "post_tag", "name": "海运"}]],
            "wp:featuredmedia": [{"source_url": "https://example.com/ship.jpg", "alt_text": "A ship at the quay",
                "media_details": {"width": 1600, "height": 900, "sizes": {
                    "medium": {"source_url": "https://example.com/ship-300.jpg", "width": 300, "height": 169},
                    "large": {"source_url": "https://example.com/ship-1024.jpg", "width": 1024, "height": 576},
                    "bad": {"source_url": "javascript:x", "width": 10, "height": 10}}}}]}},
        {"id": 11, "slug": "bad-picture", "date_gmt": "2024-04-02T00:00:00", "title": {"rendered": "Bad picture"},
         "_embedded": {"wp:featuredmedia": [{"source_url": "javascript:alert(1)", "alt_text": "x"}]}},
        {"id": 8, "slug": "%e6%b5%b7%e8%bf%90", "date_gmt": "2024-04-01T00:00:00",
         "title": {"rendered": "海运"}, "content": {"rendered": "<p>内容</p>"}},
        {"id": 9, "slug": "no-date", "title": {"rendered": "T"}, "content": {"rendered": ""}},
        {"id": 10, "date_gmt": "2024-04-01T00:00:00", "title": {"rendered": "No slug"}}
    ]"#;

    #[test]
    fn reads_posts_with_embedded_authors_tags_and_images() -> Result<(), DataError> {
        let (posts, skipped) = parse_posts("posts", POSTS)?;
        assert_eq!(skipped.len(), 2);
        let post = &posts[0].article;
        assert_eq!(post.meta.id, "port-news");
        assert_eq!(post.meta.title, "Port & rail – update");
        assert_eq!(post.summary.as_deref(), Some("Short …"));
        assert_eq!(post.meta.published.as_str(), "2024-05-01T02:00:00Z");
        assert_eq!(post.meta.authors, ["Afra Yu"]);
        assert_eq!(post.meta.tags, ["Ports", "海运"]);
        let image = post
            .meta
            .image
            .clone()
            .unwrap_or_else(|| panic!("no image"));
        assert_eq!(image.url, "https://example.com/ship.jpg");
        assert_eq!(image.alt, "A ship at the quay");
        assert_eq!(image.size, Some((1600, 900)));
        assert_eq!(
            image.srcset(str::to_owned).as_deref(),
            Some("https://example.com/ship-300.jpg 300w, https://example.com/ship-1024.jpg 1024w")
        );
        let bad = posts
            .iter()
            .find(|post| post.article.meta.id == "bad-picture");
        assert_eq!(
            bad.map(|post| post.article.meta.image.is_none()),
            Some(true)
        );
        assert_eq!(
            post.body,
            Body::Html("<p>Body</p><script>x()</script>".into())
        );
        assert_eq!(posts[2].article.meta.id, "%e6%b5%b7%e8%bf%90");
        assert_eq!(posts[2].article.summary.as_deref(), Some("内容"));
        Ok(())
    }

    #[test]
    fn language_and_translation_tags_name_the_versions_and_are_not_shown() -> Result<(), DataError>
    {
        let post = |id: u64, slug: &str, tags: &str| {
            format!(
                r#"{{"id": {id}, "slug": "{slug}", "date_gmt": "2022-01-04T01:00:00", "title": {{"rendered": "{slug}"}},
                "content": {{"rendered": ""}}, "_embedded": {{"wp:term": [[{tags}]]}}}}"#
            )
        };
        let tag = |id: u64, name: &str| {
            format!(r#"{{"taxonomy": "post_tag", "id": {id}, "name": "{name}"}}"#)
        };
        let posts = format!(
            "[{}, {}, {}]",
            post(
                1,
                "rcep",
                &[
                    tag(5, "RCEP"),
                    tag(6, "lang:zh-Hans"),
                    tag(7, "translation:rcep")
                ]
                .join(",")
            ),
            post(
                2,
                "rcep-en",
                &[tag(6, "lang:en"), tag(7, "translation:rcep")].join(",")
            ),
            post(
                3,
                "other",
                &[tag(8, "lang:fr-CA"), tag(9, "lang:not a tag")].join(",")
            ),
        );
        let (posts, _) = parse_posts("posts", &posts)?;
        let chinese = &posts[0];
        assert_eq!(chinese.article.meta.tags, ["RCEP"]);
        assert_eq!(chinese.article.meta.language.as_deref(), Some("zh-Hans"));
        assert_eq!(chinese.pair_tag, Some(7));
        assert_eq!(
            translations_of(chinese, &posts),
            [Translation {
                language: "en".into(),
                id: "rcep-en".into()
            }]
        );
        let articles = linked(posts.clone());
        assert_eq!(
            articles[1].meta.translations,
            translations_of(&posts[1], &posts)
        );
        assert_eq!(articles[1].meta.translations[0].id, "rcep");
        assert_eq!(posts[2].article.meta.language.as_deref(), Some("fr-CA"));
        assert!(posts[2].article.meta.tags.is_empty());
        assert!(translations_of(&posts[2], &posts).is_empty());
        Ok(())
    }

    #[test]
    fn finds_a_tag_by_its_name_in_any_case() -> Result<(), DataError> {
        let tags = r#"[{"id": 3, "name": "Port &amp; rail"}, {"id": 9, "name": "Ports"}, {"name": "No id"}]"#;
        assert_eq!(find_tag_id("tags", tags, "ports")?, Some(9));
        assert_eq!(find_tag_id("tags", tags, "Port & rail")?, Some(3));
        assert_eq!(find_tag_id("tags", tags, "Rail")?, None);
        assert_eq!(find_tag_id("tags", "[]", "Ports")?, None);
        Ok(())
    }

    #[test]
    fn language_tags_are_read_and_other_tags_left_out() -> Result<(), DataError> {
        let answer = r#"[{"id": 6, "name": "lang:zh-Hans"}, {"id": 7, "name": "lang:en"},
            {"id": 8, "name": "lang:fr"}, {"id": 9, "name": "Ports"}, {"id": 10, "name": "lang:zh-CN"}]"#;
        assert_eq!(
            language_tags("tags", answer)?,
            vec![(6, Lang::ZhHans), (7, Lang::En), (10, Lang::ZhHans)]
        );
        Ok(())
    }

    #[test]
    fn a_language_is_asked_of_wordpress_by_its_tags() {
        let tags = [(6, Lang::ZhHans), (7, Lang::En), (10, Lang::ZhHans)];
        let query = |wanted, site, tag| language_query(&tags, wanted, site, tag);
        // The site's language: every post but those tagged with another.
        assert_eq!(
            query(Lang::En, Lang::En, None),
            Some(vec![("tags_exclude", "6,10".to_owned())])
        );
        assert_eq!(
            query(Lang::En, Lang::En, Some(3)),
            Some(vec![
                ("tags", "3".to_owned()),
                ("tags_exclude", "6,10".to_owned())
            ])
        );
        // Another language: the posts tagged with it, and with the tag if one is asked.
        assert_eq!(
            query(Lang::ZhHans, Lang::En, None),
            Some(vec![("tags", "6,10".to_owned())])
        );
        assert_eq!(
            query(Lang::ZhHans, Lang::En, Some(3)),
            Some(vec![
                ("tags[terms]", "3,6".to_owned()),
                ("tags[operator]", "AND".to_owned())
            ])
        );
        assert_eq!(language_query(&[], Lang::ZhHans, Lang::En, None), None);
        assert_eq!(
            language_query(&[], Lang::En, Lang::En, None),
            Some(Vec::new())
        );
    }

    #[test]
    fn a_broken_tags_answer_is_an_error_not_an_unknown_tag() {
        for broken in ["<html>", r#"{"code": "rest_no_route"}"#, "", "[1, 2"] {
            assert!(find_tag_id("tags", broken, "Ports").is_err(), "{broken}");
        }
    }

    #[test]
    fn a_response_that_is_not_a_list_is_an_error() {
        assert!(parse_posts("posts", r#"{"code": "rest_no_route"}"#).is_err());
        assert!(parse_posts("posts", "<html>").is_err());
    }
}
