use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::addresses::{is_plain_click, query_value, with_query_param};
use crate::model::Lang;
use crate::state::{use_app, use_texts, use_url_query};

/// "English" / "中文": this page in each interface language, each named in
/// itself. Real links (a reader may open one in a new tab); a plain click
/// switches in place, and every instance on the page follows.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let (shown, choice) = (app.lang, app.language);
    let key = StoredValue::new(app.links.keys().lang);
    let url = use_url_query();
    let texts = use_texts();
    let option = move |lang: Lang| {
        let href = move || with_query_param(&url.here.get(), &key.read_value(), Some(lang.tag()));
        let switch = move |event: MouseEvent| {
            if !is_plain_click(&event) {
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
