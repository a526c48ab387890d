use leptos::ev::MouseEvent;
use leptos::prelude::*;

use news_core::addresses::{query_value, with_query_param};

use crate::state::is_plain_click;
use crate::state::{remember, use_app, use_texts, use_url_query};
use news_core::model::Lang;

/// "English" / "中文": this page in each interface language, each named in
/// itself. Real links (a reader may open one in a new tab); a plain click
/// switches in place, and every instance on the page follows. Inside a
/// language folder (`/zh-hans/…`) the address names the language, so the
/// other language is the same page outside the folder, loaded anew.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let (shown, choice) = (app.lang, app.language);
    let links = StoredValue::new(app.links);
    let key = StoredValue::new(links.read_value().keys().lang);
    let url = use_url_query();
    let texts = use_texts();
    let option = move |lang: Lang| {
        // Inside a language folder: `Some(None)` for the folder's own
        // language, `Some(Some(outside))` for the other.
        let in_folder = move || {
            links
                .read_value()
                .outside_language_folder(&url.here.get())
                .map(|(folder, outside)| (folder != lang).then_some(outside))
        };
        let leaving_folder = move || in_folder().flatten();
        let href = move || match in_folder() {
            Some(outside) => outside.unwrap_or_else(|| url.here.get()),
            None => with_query_param(&url.here.get(), &key.read_value(), Some(lang.tag())),
        };
        let switch = move |event: MouseEvent| {
            if !is_plain_click(&event) {
                return;
            }
            if leaving_folder().is_some() {
                // The browser follows the link; the page it loads reads the choice.
                remember(lang);
                return;
            }
            event.prevent_default();
            choice.choose(lang);
            // An address that names a language goes on naming the one shown,
            // so that reloading it does not switch back.
            if query_value(&url.query_string.get_untracked(), &key.read_value()).is_some() {
                url.navigate.run((href(), true));
            }
        };
        view! {
            <li>
                <a
                    href=href
                    lang=lang.tag()
                    hreflang=lang.tag()
                    aria-current=move || (shown.get() == lang).then_some("true")
                    on:click=switch
                >
                    {lang.own_name()}
                </a>
            </li>
        }
    };
    view! {
        <nav class="jn-languages" aria-label=move || texts().language_label>
            <ul class="jn-languages-list">{Lang::ALL.map(option).collect_view()}</ul>
        </nav>
    }
}
