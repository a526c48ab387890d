//! The interface language as reactive context, with English when there is none
//! (a component mounted on its own, as in the component tests).

use leptos::prelude::*;

use super::Texts;
use crate::model::Lang;

#[derive(Clone, Copy)]
struct UiLang(Signal<Lang>);

pub fn provide_lang(lang: Signal<Lang>) {
    provide_context(UiLang(lang));
}

pub fn use_lang() -> Signal<Lang> {
    use_context::<UiLang>()
        .map(|UiLang(lang)| lang)
        .unwrap_or_else(|| Signal::stored(Lang::default()))
}

pub fn use_texts() -> impl Fn() -> &'static Texts + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || lang.get().texts()
}
