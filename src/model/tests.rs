use super::*;

type Outcome = Result<(), DataError>;

const FILE: &str = "data/test.json";

fn problem_of<T: std::fmt::Debug>(result: Result<T, DataError>) -> Problem {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => {
            assert_eq!(error.file, FILE, "the error must name the file");
            error.problem
        }
    }
}

fn missing(field: &str) -> Problem {
    Problem::Missing {
        field: field.to_owned(),
    }
}

fn wrong_type(field: &str, expected: &'static str) -> Problem {
    Problem::WrongType {
        field: field.to_owned(),
        expected,
    }
}

const ARTICLE: &str = r#"{
    "id": "port-of-ningbo",
    "title": "  Ningbo-Zhoushan port grows  ",
    "summary": "Throughput rose.",
    "content_text": "First paragraph\n   continues here.\n\n\n   Second paragraph.  \n",
    "date_published": "2023-03-01T09:00:00+08:00",
    "date_modified": null,
    "authors": [{"name": "Xinhua"}, {"url": "https://example.com"}],
    "tags": ["ports", " ", "Ningbo"],
    "language": "en",
    "_editor_note": "unknown fields are ignored",
    "extra": {"nested": [1, 2, 3]}
}"#;

#[test]
fn parses_an_article_and_ignores_unknown_fields() -> Outcome {
    let article = Article::parse(FILE, ARTICLE)?;
    assert_eq!(article.meta.id, "port-of-ningbo");
    assert_eq!(article.meta.title, "Ningbo-Zhoushan port grows");
    assert_eq!(article.meta.authors, ["Xinhua"]);
    assert_eq!(article.meta.tags, ["ports", "Ningbo"]);
    assert_eq!(article.meta.modified, None);
    assert_eq!(article.meta.language.as_deref(), Some("en"));
    assert_eq!(article.summary.as_deref(), Some("Throughput rose."));
    let Body::Text(text) = &article.body else {
        panic!("expected a plain-text body, got {:?}", article.body);
    };
    assert_eq!(
        paragraphs(text),
        ["First paragraph continues here.", "Second paragraph."]
    );
    Ok(())
}

#[test]
fn prefers_plain_text_and_falls_back_to_html() -> Outcome {
    let both = r#"{"id":"a","title":"A","date_published":"2020-01-01T00:00:00Z",
        "content_text":"plain","content_html":"<p>rich</p>"}"#;
    assert_eq!(Article::parse(FILE, both)?.body, Body::Text("plain".into()));
    let html_only = r#"{"id":"a","title":"A","date_published":"2020-01-01T00:00:00Z",
        "content_html":"<p>rich</p>"}"#;
    assert_eq!(
        Article::parse(FILE, html_only)?.body,
        Body::Html("<p>rich</p>".into())
    );
    Ok(())
}

#[test]
fn empty_and_non_json_files_are_named_errors() {
    assert_eq!(problem_of(Article::parse(FILE, "")), Problem::EmptyFile);
    assert_eq!(
        problem_of(NewsIndex::parse(FILE, "  \n ")),
        Problem::EmptyFile
    );
    assert!(matches!(
        problem_of(Article::parse(FILE, "{\"id\": ")),
        Problem::NotJson { .. }
    ));
    assert!(matches!(
        problem_of(NewsIndex::parse(FILE, "<!DOCTYPE html><html></html>")),
        Problem::NotJson { .. }
    ));
}

#[test]
fn a_document_that_is_not_an_object_is_a_wrong_type() {
    for text in ["null", "[]", "42", "\"news\"", "true"] {
        assert_eq!(
            problem_of(NewsIndex::parse(FILE, text)),
            wrong_type("(the whole file)", "an object"),
            "{text}"
        );
    }
}

#[test]
fn missing_required_fields_are_named() {
    let cases = [
        (
            r#"{"title":"A","date_published":"2020-01-01T00:00:00Z","content_text":"x"}"#,
            "id",
        ),
        (
            r#"{"id":"a","date_published":"2020-01-01T00:00:00Z","content_text":"x"}"#,
            "title",
        ),
        (
            r#"{"id":"a","title":"A","content_text":"x"}"#,
            "date_published",
        ),
        (
            r#"{"id":"a","title":null,"date_published":"2020-01-01T00:00:00Z","content_text":"x"}"#,
            "title",
        ),
    ];
    for (text, field) in cases {
        assert_eq!(
            problem_of(Article::parse(FILE, text)),
            missing(field),
            "{text}"
        );
    }
}

#[test]
fn an_article_without_any_body_is_rejected() {
    let text =
        r#"{"id":"a","title":"A","date_published":"2020-01-01T00:00:00Z","content_text":"  "}"#;
    assert!(matches!(
        problem_of(Article::parse(FILE, text)),
        Problem::InvalidValue { field, .. } if field == "content_text"
    ));
}

#[test]
fn wrong_types_are_named_with_their_path() {
    let index = |item: &str| format!(r#"{{"items":[{VALID_ITEM},{item}]}}"#);
    let cases = [
        (
            r#"{"items":{}}"#.to_owned(),
            wrong_type("items", "an array"),
        ),
        (
            r#"{"items":[3]}"#.to_owned(),
            wrong_type("items[0]", "an object"),
        ),
        (
            index(r#"{"id":5,"title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z"}"#),
            wrong_type("items[1].id", "a string"),
        ),
        (
            index(
                r#"{"id":"b","title":["T"],"summary":"S","date_published":"2020-01-01T00:00:00Z"}"#,
            ),
            wrong_type("items[1].title", "a string"),
        ),
        (
            index(r#"{"id":"b","title":"T","summary":"S","date_published":20200101}"#),
            wrong_type("items[1].date_published", "a string"),
        ),
        (
            index(
                r#"{"id":"b","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z","tags":"x"}"#,
            ),
            wrong_type("items[1].tags", "an array"),
        ),
        (
            index(
                r#"{"id":"b","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z","tags":[1]}"#,
            ),
            wrong_type("items[1].tags[0]", "a string"),
        ),
        (
            index(
                r#"{"id":"b","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z","authors":[{"name":7}]}"#,
            ),
            wrong_type("items[1].authors[0].name", "a string"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            problem_of(NewsIndex::parse(FILE, &text)),
            expected,
            "{text}"
        );
    }
}

const VALID_ITEM: &str =
    r#"{"id":"a","title":"T","summary":"S","date_published":"2020-01-01T00:00:00Z"}"#;

#[test]
fn bad_dates_and_values_are_named() {
    let item = |fields: &str| format!(r#"{{"items":[{{"title":"T","summary":"S",{fields}}}]}}"#);
    let bad_date = item(r#""id":"a","date_published":"14/05/2021""#);
    assert_eq!(
        problem_of(NewsIndex::parse(FILE, &bad_date)),
        Problem::InvalidDate {
            field: "items[0].date_published".into(),
            value: "14/05/2021".into()
        }
    );
    let bad_modified = item(
        r#""id":"a","date_published":"2021-05-14T00:00:00Z","date_modified":"2021-02-30T00:00:00Z""#,
    );
    assert!(matches!(
        problem_of(NewsIndex::parse(FILE, &bad_modified)),
        Problem::InvalidDate { field, .. } if field == "items[0].date_modified"
    ));
    for id in [
        "Has Spaces",
        "../etc/passwd",
        "trailing-",
        "UPPER",
        "a--b",
        "新闻",
    ] {
        let text = item(&format!(
            r#""id":{id:?},"date_published":"2021-05-14T00:00:00Z""#
        ));
        assert!(
            matches!(problem_of(NewsIndex::parse(FILE, &text)), Problem::InvalidValue { field, .. } if field == "items[0].id"),
            "id {id:?} was accepted"
        );
    }
    let bad_language =
        item(r#""id":"a","date_published":"2021-05-14T00:00:00Z","language":"en us""#);
    assert!(matches!(
        problem_of(NewsIndex::parse(FILE, &bad_language)),
        Problem::InvalidValue { field, .. } if field == "items[0].language"
    ));
}

#[test]
fn the_index_is_sorted_newest_first_by_instant() -> Outcome {
    let text = r#"{"items":[
        {"id":"old","title":"Old","summary":"s","date_published":"2019-06-01T08:00:00+08:00"},
        {"id":"late-utc","title":"Late","summary":"s","date_published":"2023-01-01T23:00:00Z"},
        {"id":"early-beijing","title":"Early","summary":"s","date_published":"2023-01-02T06:00:00+08:00"},
        {"id":"newest","title":"New","summary":"s","date_published":"2024-11-28T10:00:00+08:00"}
    ]}"#;
    let index = NewsIndex::parse(FILE, text)?;
    let ids: Vec<&str> = index
        .items
        .iter()
        .map(|item| item.meta.id.as_str())
        .collect();
    assert_eq!(ids, ["newest", "late-utc", "early-beijing", "old"]);
    assert_eq!(index.lists("old"), Some(true));
    assert_eq!(index.lists("missing"), Some(false));
    Ok(())
}

const SHARDED: &str = r#"{"total": 3, "search_index": "search.json",
    "items": [{"id":"new","title":"N","summary":"s","date_published":"2024-06-01T08:00:00+08:00"}],
    "shards": [{"url": "news/2.json", "count": 2,
        "newest": "2023-06-01T08:00:00+08:00", "oldest": "2022-06-01T08:00:00+08:00"}]}"#;

#[test]
fn a_sharded_index_knows_its_shards_and_where_dates_fall() -> Outcome {
    let index = NewsIndex::parse(FILE, SHARDED)?;
    assert_eq!(index.total, 3);
    assert_eq!(index.shard_sizes(), [1, 2]);
    assert_eq!(index.lists("new"), Some(true));
    assert_eq!(index.lists("old"), None, "may be in another shard");
    let date =
        |text: &str| Timestamp::parse(text).map_err(|_| DataError::new(FILE, Problem::EmptyFile));
    assert_eq!(index.shard_holding(&date("2024-06-01T08:00:00+08:00")?), 0);
    assert_eq!(index.shard_holding(&date("2023-01-01T00:00:00Z")?), 1);
    assert_eq!(index.shard_holding(&date("2001-01-01T00:00:00Z")?), 1);
    Ok(())
}

#[test]
fn a_sharded_index_must_add_up_and_name_its_search_index() {
    let wrong_total = SHARDED.replace("\"total\": 3", "\"total\": 4");
    assert!(matches!(
        problem_of(NewsIndex::parse(FILE, &wrong_total)),
        Problem::InvalidValue { field, .. } if field == "total"
    ));
    let no_search = SHARDED.replace("\"search_index\": \"search.json\",", "");
    assert!(matches!(
        problem_of(NewsIndex::parse(FILE, &no_search)),
        Problem::InvalidValue { field, .. } if field == "search_index"
    ));
    let negative = SHARDED.replace("\"count\": 2", "\"count\": -2");
    assert_eq!(
        problem_of(NewsIndex::parse(FILE, &negative)),
        wrong_type("shards[0].count", "a whole number of zero or more")
    );
}

#[test]
fn a_shard_must_hold_what_the_index_says() -> Outcome {
    let shard = NewsIndex::parse(FILE, SHARDED)?.shards.remove(0);
    let item = |id: &str, date: &str| {
        format!(r#"{{"id":"{id}","title":"T","summary":"s","date_published":"{date}"}}"#)
    };
    let file =
        |items: &[String]| parse_shard(FILE, &format!(r#"{{"items":[{}]}}"#, items.join(",")));
    let whole = file(&[
        item("old", "2023-01-01T00:00:00Z"),
        item("older", "2022-06-01T08:00:00+08:00"),
    ])?;
    shard.check(FILE, &whole)?;
    let half_uploaded = file(&[item("old", "2023-01-01T00:00:00Z")])?;
    assert!(matches!(
        problem_of(shard.check(FILE, &half_uploaded)),
        Problem::Disagrees { field, detail } if field == "items" && detail.contains("counts 2") && detail.contains("holds 1")
    ));
    let misdated = file(&[
        item("old", "2023-01-01T00:00:00Z"),
        item("stray", "2024-01-01T00:00:00Z"),
    ])?;
    assert!(matches!(
        problem_of(shard.check(FILE, &misdated)),
        Problem::Disagrees { field, .. } if field.contains("stray")
    ));
    Ok(())
}

#[test]
fn search_index_rows_are_read_by_position() -> Outcome {
    let text = r#"{"tags": ["Ports", "海运"], "items": [
        ["old", "Old news", "About ports", "2020-01-01T00:00:00Z", [0]],
        ["new", "ＲＣＥＰ 生效", "区域贸易", "2022-01-04T09:00:00+08:00", [1, 0], "zh-Hans"]]}"#;
    let index = SearchIndex::parse(FILE, text)?;
    let ids = |query: &str, tag: Option<&str>| -> Vec<String> {
        index
            .search(&search::SearchTerms::parse(query), tag)
            .map(|summary| summary.meta.id.clone())
            .collect()
    };
    assert_eq!(ids("", None), ["new", "old"]);
    assert_eq!(ids("rcep", None), ["new"]);
    assert_eq!(ids("", Some("ports")), ["new", "old"]);
    assert_eq!(ids("", Some("海运")), ["new"]);
    assert_eq!(ids("old", Some("海运")), Vec::<String>::new());
    Ok(())
}

#[test]
fn search_index_rows_with_bad_cells_are_named() {
    let row = |cells: &str| format!(r#"{{"tags": ["Ports"], "items": [{cells}]}}"#);
    let cases = [
        (row(r#"{"id": "a"}"#), wrong_type("items[0]", "an array")),
        (
            row(r#"["a", 5, "s", "2020-01-01T00:00:00Z"]"#),
            wrong_type("items[0][1]", "a string"),
        ),
        (
            row(r#"["a", "t", "s", "2020-01-01T00:00:00Z", [3]]"#),
            wrong_type("items[0][4]", "positions in `tags`"),
        ),
        (row(r#"["a", "t", "s"]"#), missing("items[0][3]")),
    ];
    for (text, expected) in cases {
        assert_eq!(
            problem_of(SearchIndex::parse(FILE, &text)),
            expected,
            "{text}"
        );
    }
    assert!(matches!(
        problem_of(SearchIndex::parse(FILE, &row(r#"["a", "t", "s", "yesterday"]"#))),
        Problem::InvalidDate { field, .. } if field == "items[0][3]"
    ));
}

#[test]
fn duplicate_ids_are_rejected() {
    let text = r#"{"items":[
        {"id":"same","title":"A","summary":"s","date_published":"2019-06-01T08:00:00+08:00"},
        {"id":"other","title":"B","summary":"s","date_published":"2020-06-01T08:00:00+08:00"},
        {"id":"same","title":"C","summary":"s","date_published":"2021-06-01T08:00:00+08:00"}
    ]}"#;
    assert!(matches!(
        problem_of(NewsIndex::parse(FILE, text)),
        Problem::InvalidValue { field, .. } if field.contains("same")
    ));
}

#[test]
fn an_empty_index_is_valid_but_a_missing_list_is_not() -> Outcome {
    assert!(NewsIndex::parse(FILE, r#"{"items":[]}"#)?.items.is_empty());
    assert_eq!(problem_of(NewsIndex::parse(FILE, "{}")), missing("items"));
    Ok(())
}

const SITE: &str = r#"{
    "company": "Ningbo Jointlink International Freight Forwarding Co. Ltd.",
    "language": "zh-Hans",
    "contact": {
        "tel": {"display": "0574-55229362", "dial": "+86 574 5522 9362"},
        "fax": {"display": "0574-55229377", "dial": "+86-574-55229377"},
        "email": "afra.yu@jointlink.cn"
    }
}"#;

#[test]
fn parses_the_site_file_and_builds_dialable_links() -> Outcome {
    let site = Site::parse(FILE, SITE)?;
    assert_eq!(site.language, Lang::ZhHans);
    assert_eq!(site.tel.display, "0574-55229362");
    assert_eq!(site.tel.href(), "tel:+8657455229362");
    assert_eq!(site.fax.href(), "tel:+86-574-55229377");
    assert_eq!(site.copyright_holder, site.company);
    Ok(())
}

#[test]
fn the_site_file_rejects_unsafe_or_unknown_values() {
    let cases = [
        (SITE.replace("zh-Hans", "fr"), "language"),
        (
            SITE.replace("afra.yu@jointlink.cn", "a@b.cn?subject=x"),
            "contact.email",
        ),
        (
            SITE.replace("afra.yu@jointlink.cn", "not-an-address"),
            "contact.email",
        ),
        (
            SITE.replace("+86-574-55229377", "javascript:alert(1)"),
            "contact.fax.dial",
        ),
    ];
    for (text, field) in cases {
        assert!(
            matches!(problem_of(Site::parse(FILE, &text)), Problem::InvalidValue { field: named, .. } if named == field),
            "{field} was accepted"
        );
    }
    let no_contact = SITE.replace("\"contact\"", "\"kontakt\"");
    assert_eq!(
        problem_of(Site::parse(FILE, &no_contact)),
        missing("contact")
    );
    let tel_as_text = SITE.replace(
        r#"{"display": "0574-55229362", "dial": "+86 574 5522 9362"}"#,
        r#""0574-55229362""#,
    );
    assert_eq!(
        problem_of(Site::parse(FILE, &tel_as_text)),
        wrong_type("contact.tel", "an object")
    );
}

#[test]
fn errors_read_as_sentences_naming_file_and_field() {
    let error = DataError::new(
        "data/news.json",
        Problem::WrongType {
            field: "items[3].title".into(),
            expected: "a string",
        },
    );
    assert_eq!(
        error.to_string(),
        "data/news.json: field `items[3].title` must be a string"
    );
}
