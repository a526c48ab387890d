//! Component tests in a real browser (wasm-bindgen-test with headless Chromium):
//! each mounts one component into a fresh element and inspects the DOM.
#![cfg(target_arch = "wasm32")]

use jointlink_news::state::settings::{PageContext, Settings};
use jointlink_news::state::AppContext;
use jointlink_news::state::UrlQuery;
use jointlink_news::views::components::{ArticleBody, ContactDetails, NewsListItem, SearchForm};
use jointlink_news::views::sanitize::sanitize_into;
use leptos::prelude::*;
use news_core::model::ListingState;
use news_core::model::{Body, NewsIndex, Site};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_container() -> HtmlElement {
    let container = document()
        .create_element("div")
        .expect("create a div")
        .unchecked_into::<HtmlElement>();
    document()
        .body()
        .expect("the test page has a body")
        .append_child(&container)
        .expect("attach the container");
    container
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let found = root.query_selector_all(selector).expect("valid selector");
    (0..found.length())
        .filter_map(|position| found.item(position))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The context `App` gives a standalone instance at the root of its host.
fn standalone_app() -> AppContext {
    let page = PageContext {
        base_path: "/".into(),
        page_path: "/".into(),
        page_lang: None,
        query: String::new(),
        remembered_lang: None,
        browser_langs: Vec::new(),
    };
    let settings = Settings::from_attributes(
        |name| (name == "data-mode").then(|| "standalone".to_owned()),
        &page,
    );
    AppContext::new(&settings, None, None)
}

fn one(root: &Element, selector: &str) -> Element {
    let mut found = all(root, selector);
    assert_eq!(found.len(), 1, "expected exactly one {selector}");
    found.remove(0)
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

const SITE: &str = r#"{
    "company": "Ningbo Jointlink International Freight Forwarding Co. Ltd.",
    "language": "en",
    "contact": {
        "tel": {"display": "0574-55229362", "dial": "+86-574-55229362"},
        "fax": {"display": "0574-55229377", "dial": "+86 574 5522 9377"},
        "email": "afra.yu@jointlink.cn"
    },
    "copyright": "Jointlink Holdings"
}"#;

#[wasm_bindgen_test]
fn the_footer_shows_company_and_dialable_contact_links() {
    let site = Site::parse("site.json", SITE).expect("the test site file is valid");
    let container = fresh_container();
    let _mounted = leptos::mount::mount_to(container.clone(), move || {
        provide_context(standalone_app());
        view! { <ContactDetails site /> }
    });

    assert_eq!(
        text(&one(&container, ".jn-company")),
        "Ningbo Jointlink International Freight Forwarding Co. Ltd."
    );
    let links = all(&container, ".jn-contact-list a");
    let hrefs: Vec<String> = links
        .iter()
        .filter_map(|link| link.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "tel:+86-574-55229362",
            "tel:+8657455229377",
            "mailto:afra.yu@jointlink.cn"
        ]
    );
    let shown: Vec<String> = links.iter().map(text).collect();
    assert_eq!(
        shown,
        ["0574-55229362", "0574-55229377", "afra.yu@jointlink.cn"]
    );
    assert_eq!(
        text(&one(&container, ".jn-copyright")),
        "Copyright © Jointlink Holdings"
    );
}

#[wasm_bindgen_test]
fn a_listing_entry_links_to_its_article_with_date_and_summary() {
    let index = NewsIndex::parse(
        "news.json",
        r#"{"items":[{"id":"rcep-takes-effect","title":"RCEP正式生效","language":"zh-Hans",
            "summary":"区域贸易迎来新机遇 <b>not markup</b>",
            "date_published":"2022-01-04T09:00:00+08:00"}]}"#,
    )
    .expect("the test index is valid");
    let summary = index.items[0].clone();
    let container = fresh_container();
    let _mounted = leptos::mount::mount_to(container.clone(), move || {
        provide_context(standalone_app());
        view! { <NewsListItem summary /> }
    });

    let item = one(&container, "li.jn-item");
    assert_eq!(item.get_attribute("lang").as_deref(), Some("zh-Hans"));
    let link = one(&item, "h2 a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/news/rcep-takes-effect/")
    );
    assert_eq!(text(&link), "RCEP正式生效");
    let time = one(&item, "time");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2022-01-04T09:00:00+08:00")
    );
    assert_eq!(text(&time), "4 January 2022");
    assert_eq!(
        text(&one(&item, ".jn-summary")),
        "区域贸易迎来新机遇 <b>not markup</b>"
    );
    assert!(all(&item, "b").is_empty(), "summary text became markup");
}

#[wasm_bindgen_test]
fn a_plain_text_body_becomes_paragraphs_of_text() {
    let body = Body::Text(
        "  First paragraph,\n   wrapped.\n\n\n<img src=x onerror=\"window.__pwned=1\"> stays text\n".into(),
    );
    let container = fresh_container();
    let _mounted =
        leptos::mount::mount_to(container.clone(), move || view! { <ArticleBody body /> });

    let paragraphs: Vec<String> = all(&container, ".jn-body > p").iter().map(text).collect();
    assert_eq!(
        paragraphs,
        [
            "First paragraph, wrapped.",
            "<img src=x onerror=\"window.__pwned=1\"> stays text"
        ]
    );
    assert!(all(&container, "img").is_empty());
}

/// Waits long enough for effects, failed image loads and their handlers.
async fn settle() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a browser window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 150);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn global(name: &str) -> wasm_bindgen::JsValue {
    let window = web_sys::window().expect("a browser window");
    web_sys::js_sys::Reflect::get(&window, &name.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

const ALLOWED: &[&str] = &[
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
];

/// Every element is allowed, and every attribute is one the sanitiser writes itself.
fn assert_only_allowed_markup(root: &Element, vector: &str) {
    for element in all(root, "*") {
        let name = element.local_name();
        assert!(
            ALLOWED.contains(&name.as_str()),
            "<{name}> got through from {vector}"
        );
        let names = element.get_attribute_names();
        for position in 0..names.length() {
            let attribute = names.get(position).as_string().unwrap_or_default();
            let value = element.get_attribute(&attribute).unwrap_or_default();
            let allowed = match attribute.as_str() {
                "href" => ["http:", "https:", "mailto:"]
                    .iter()
                    .any(|scheme| value.starts_with(scheme)),
                "src" => value.starts_with("http:") || value.starts_with("https:"),
                "rel" => value == "noopener noreferrer",
                "alt" => true,
                "loading" => value == "lazy",
                "referrerpolicy" => value == "no-referrer",
                "width" | "height" | "colspan" | "rowspan" => {
                    value.bytes().all(|b| b.is_ascii_digit())
                }
                _ => false,
            };
            assert!(
                allowed,
                "{attribute}={value:?} on <{name}> got through from {vector}"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn every_xss_vector_is_neutralised() {
    let vectors: Vec<String> =
        serde_json::from_str(include_str!("xss-vectors.json")).expect("the corpus is JSON");
    assert!(
        vectors.len() >= 40,
        "the corpus has {} vectors",
        vectors.len()
    );
    for vector in &vectors {
        let container = fresh_container();
        assert!(
            sanitize_into(vector, &container),
            "the browser can parse HTML"
        );
        assert_only_allowed_markup(&container, vector);
    }
    settle().await;
    assert!(
        global("__xss").is_undefined(),
        "a script from the corpus ran"
    );
}

/// The URL keeps the query trimmed, and it may catch up with the reader after
/// they typed on: the field must not lose the space before their next word.
#[wasm_bindgen_test]
async fn the_search_field_keeps_a_typed_space_when_the_url_catches_up() {
    let searching = |text: &str| ListingState {
        search_text: text.to_owned(),
        ..ListingState::default()
    };
    let state = RwSignal::new(searching("se"));
    let container = fresh_container();
    let _mounted = leptos::mount::mount_to(container.clone(), move || {
        standalone_app().provide_with_url(UrlQuery {
            query_string: Signal::stored(String::new()),
            here: Signal::stored("/".to_owned()),
            navigate: Callback::new(|_| {}),
        });
        view! { <SearchForm state /> }
    });
    settle().await;
    let input: HtmlInputElement = one(&container, "input").unchecked_into();
    assert_eq!(input.value(), "se");

    input.set_value("sea ");
    state.set(searching("sea"));
    settle().await;
    assert_eq!(
        input.value(),
        "sea ",
        "the late URL update swallowed the space"
    );

    // Another search from elsewhere (back, a link) still replaces the field.
    state.set(searching("rail"));
    settle().await;
    assert_eq!(input.value(), "rail");
}

#[wasm_bindgen_test]
async fn a_long_html_body_arrives_whole_a_slice_at_a_time() {
    let paragraphs = 10_000;
    let html: String = (1..=paragraphs)
        .map(|number| format!("<p style=\"x\">Paragraph {number}</p>"))
        .collect();
    let container = fresh_container();
    assert!(
        sanitize_into(&html, &container),
        "the browser can parse HTML"
    );
    let first_slice = all(&container, "p").len();
    assert!(
        (1..paragraphs).contains(&first_slice),
        "the first slice holds part of the body, not {first_slice} paragraphs"
    );
    // Debug builds copy slowly: allow up to 10 s, a check every 150 ms.
    for _ in 0..70 {
        if all(&container, "p").len() == paragraphs {
            break;
        }
        settle().await;
    }
    let copied = all(&container, "p");
    assert_eq!(copied.len(), paragraphs);
    assert_eq!(
        copied
            .last()
            .and_then(|last| last.text_content())
            .as_deref(),
        Some("Paragraph 10000")
    );
    assert_only_allowed_markup(&container, "the long body");
}

/// The sanitiser's URL handling under generated addresses: whatever the
/// browser makes of them, a link keeps only an http(s) or mailto address and
/// an image only an http(s) one. Fixed seed, as in the native fuzz targets.
#[wasm_bindgen_test]
fn generated_addresses_keep_only_safe_schemes() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

    const PIECES: &[&str] = &[
        "javascript:",
        "JaVaScRiPt:",
        "java",
        "script",
        ":",
        "\t",
        "\n",
        "\r",
        "\u{0}",
        " ",
        "\u{1}",
        "\u{7f}",
        "&#106;",
        "&#x6A;",
        "&Tab;",
        "&colon;",
        "%6A",
        "%3A",
        "vbscript:",
        "data:",
        "text/html,",
        "<script>",
        "alert(1)",
        "http:",
        "https:",
        "mailto:",
        "//",
        "example.com",
        "/",
        "\\",
        "?",
        "#",
        "@",
        "x",
        "宁波",
        "\u{202e}",
        "blob:",
        "file:",
        "&quot;",
        "'",
        "`",
    ];
    let addresses = prop::collection::vec(prop::sample::select(PIECES), 0..8)
        .prop_map(|pieces| pieces.concat());
    let config = Config {
        cases: 400,
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, b"jointlink-news sanitiser urls!!!");
    let result = TestRunner::new_with_rng(config, rng).run(&addresses, |address| {
        let quoted = address.replace('"', "&quot;");
        let container = fresh_container();
        let html = format!("<a href=\"{quoted}\">link</a><img src=\"{quoted}\" alt=\"\">");
        prop_assert!(sanitize_into(&html, &container));
        for link in all(&container, "a[href]") {
            let href = link.get_attribute("href").unwrap_or_default();
            prop_assert!(
                ["http:", "https:", "mailto:"]
                    .iter()
                    .any(|scheme| href.starts_with(scheme)),
                "{address:?} became the link {href:?}"
            );
        }
        for image in all(&container, "img") {
            let src = image.get_attribute("src").unwrap_or_default();
            prop_assert!(
                src.starts_with("http:") || src.starts_with("https:"),
                "{address:?} became the image {src:?}"
            );
        }
        container.remove();
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

#[wasm_bindgen_test]
async fn an_html_body_keeps_allowed_markup_and_safe_links() {
    let body = Body::Html(
        "<h1>Title</h1><h2>Heading</h2><div><p>One <strong>bold</strong> and <em>em</em><br>line</p></div>\
         <ul><li>Item</li></ul><blockquote>Quote</blockquote><pre><code>code</code></pre>\
         <p><a href=\"https://example.com/x\" title=\"t\">external</a> \
         <a href=\"mailto:afra.yu@jointlink.cn\">mail</a> <a href=\"/relative\">relative</a></p>\
         <figure><img src=\"https://example.com/a.png\" alt=\"A ship\" width=\"320\" style=\"x\">\
         <figcaption>Caption</figcaption></figure>\
         <table><tr><th colspan=\"2\">Head</th></tr><tr><td>1</td><td>2</td></tr></table>"
            .into(),
    );
    let container = fresh_container();
    let _mounted =
        leptos::mount::mount_to(container.clone(), move || view! { <ArticleBody body /> });
    settle().await;

    let html_body = one(&container, ".jn-body");
    assert_only_allowed_markup(&html_body, "the allowed sample");
    assert!(
        all(&html_body, "h1").is_empty(),
        "the article's own h1 must stay the only one"
    );
    assert!(
        text(&html_body).starts_with("TitleHeading"),
        "the h1's text is kept"
    );
    assert_eq!(all(&html_body, "h2").len(), 1);
    assert_eq!(text(&one(&html_body, "strong")), "bold");
    assert_eq!(all(&html_body, "li").len(), 1);
    assert_eq!(all(&html_body, "blockquote").len(), 1);
    let external = one(&html_body, "a[href='https://example.com/x']");
    assert_eq!(
        external.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(external.get_attribute("title"), None);
    assert_eq!(
        all(&html_body, "a[href='mailto:afra.yu@jointlink.cn']").len(),
        1
    );
    let relative: Vec<Element> = all(&html_body, "a")
        .into_iter()
        .filter(|link| text(link) == "relative")
        .collect();
    assert_eq!(relative.len(), 1);
    assert_eq!(
        relative[0].get_attribute("href"),
        None,
        "relative links lose their href"
    );
    let image = one(&html_body, "figure img");
    assert_eq!(image.get_attribute("alt").as_deref(), Some("A ship"));
    assert_eq!(image.get_attribute("width").as_deref(), Some("320"));
    assert_eq!(image.get_attribute("style"), None);
    assert_eq!(text(&one(&html_body, "figcaption")), "Caption");
    assert_eq!(
        one(&html_body, "th").get_attribute("colspan").as_deref(),
        Some("2")
    );
}
