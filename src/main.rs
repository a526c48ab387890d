use jointlink_news::settings::Settings;
use jointlink_news::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the page reserves for the news; its `data-` attributes configure the app.
const MOUNT_ID: &str = "jointlink-news";

fn main() {
    let root = document()
        .get_element_by_id(MOUNT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root else {
        leptos::logging::error!("jointlink-news: the page has no element with id \"{MOUNT_ID}\"");
        return;
    };
    let settings = Settings::from_element(&root);
    leptos::mount::mount_to(root, move || view! { <App settings /> }).forget();
}
