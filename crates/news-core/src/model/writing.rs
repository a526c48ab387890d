//! The data written back as JSON: an article as its file holds it, a summary
//! as the index and the prerendered pages hold it. What `parse` reads, this
//! writes, field for field.

use serde_json::{json, Map, Value};

use super::{Article, ArticleMeta, ArticleSummary, Body};

/// An article file's JSON, as an editor would write it.
pub fn article_json(article: &Article) -> String {
    to_json(&article_value(article), true)
}

/// An article as its file holds it.
pub fn article_value(article: &Article) -> Value {
    let mut fields = meta_fields(&article.meta);
    if let Some(summary) = &article.summary {
        fields.insert("summary".into(), json!(summary));
    }
    let (name, body) = match &article.body {
        Body::Text(text) => ("content_text", json!(text)),
        Body::Html(html) => ("content_html", json!(html)),
        Body::Expired => ("expired", json!(true)),
    };
    fields.insert(name.into(), body);
    if let Some(minutes) = article.reading_minutes {
        fields.insert("reading_minutes".into(), json!(minutes));
    }
    if !article.related.is_empty() {
        let related = article
            .related
            .iter()
            .map(|meta| Value::Object(meta_fields(meta)));
        fields.insert("related".into(), related.collect());
    }
    Value::Object(fields)
}

/// A listing entry as the index files hold it.
pub fn summary_value(summary: &ArticleSummary) -> Value {
    let mut fields = meta_fields(&summary.meta);
    fields.insert("summary".into(), json!(summary.summary));
    Value::Object(fields)
}

pub(crate) fn meta_fields(meta: &ArticleMeta) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("id".into(), json!(meta.id));
    fields.insert("title".into(), json!(meta.title));
    fields.insert("date_published".into(), json!(meta.published.as_str()));
    if let Some(modified) = &meta.modified {
        fields.insert("date_modified".into(), json!(modified.as_str()));
    }
    if let Some(expires) = &meta.expires {
        fields.insert("expires".into(), json!(expires.as_str()));
    }
    if !meta.authors.is_empty() {
        let authors: Vec<Value> = meta
            .authors
            .iter()
            .map(|name| json!({ "name": name }))
            .collect();
        fields.insert("authors".into(), Value::Array(authors));
    }
    if !meta.tags.is_empty() {
        fields.insert("tags".into(), json!(meta.tags));
    }
    if let Some(language) = &meta.language {
        fields.insert("language".into(), json!(language));
    }
    if let Some(image) = &meta.image {
        fields.insert("image".into(), image.to_value());
    }
    if !meta.translations.is_empty() {
        let translations: Vec<Value> = meta
            .translations
            .iter()
            .map(|translation| json!({ "language": translation.language, "id": translation.id }))
            .collect();
        fields.insert("translations".into(), Value::Array(translations));
    }
    fields
}

pub(crate) fn to_json(value: &Value, pretty: bool) -> String {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // Serialising a Value that came from json! cannot fail; keep the file valid regardless.
    let mut text = text.unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}
