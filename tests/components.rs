//! Component tests in a real browser (wasm-bindgen-test with headless Chromium):
//! each mounts one component into a fresh element and inspects the DOM.
#![cfg(target_arch = "wasm32")]

use jointlink_news::components::{ArticleBody, ContactDetails, NewsListItem};
use jointlink_news::model::{Body, NewsIndex, Site};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

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
        view! { <NewsListItem summary /> }
    });

    let item = one(&container, "li.jn-item");
    assert_eq!(item.get_attribute("lang").as_deref(), Some("zh-Hans"));
    let link = one(&item, "h2 a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/news/rcep-takes-effect")
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

#[wasm_bindgen_test]
fn an_html_body_shows_only_its_text() {
    let body = Body::Html(
        "<h2>Heading</h2><p>One <strong>bold</strong> line<br>and a break</p>\
         <script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned=1\">\
         <ul><li>Item</li></ul><style>.jn{display:none}</style>"
            .into(),
    );
    let container = fresh_container();
    let _mounted =
        leptos::mount::mount_to(container.clone(), move || view! { <ArticleBody body /> });

    let paragraphs: Vec<String> = all(&container, ".jn-body > p").iter().map(text).collect();
    assert_eq!(
        paragraphs,
        ["Heading", "One bold line", "and a break", "Item"]
    );
    for forbidden in ["script", "img", "style", "strong", "h2", "ul"] {
        assert!(
            all(&container, forbidden).is_empty(),
            "<{forbidden}> reached the page"
        );
    }
    let pwned = js_sys_get_global("__pwned");
    assert!(pwned.is_undefined(), "a script from the body ran");
}

fn js_sys_get_global(name: &str) -> wasm_bindgen::JsValue {
    let window = web_sys::window().expect("a browser window");
    web_sys::js_sys::Reflect::get(&window, &name.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}
