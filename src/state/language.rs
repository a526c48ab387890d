//! The reader's choice of interface language: which one is chosen, remembered
//! in the browser for the next visit, and followed by every instance on the
//! page (the full section's switch moves a headline box with it).

use std::cell::RefCell;

use leptos::logging;
use leptos::prelude::*;

use news_core::model::Lang;

/// Where the browser keeps the reader's choice between visits.
const STORAGE_KEY: &str = "jointlink-news:lang";

thread_local! {
    /// The choices of this page's instances that follow the reader's.
    static FOLLOWERS: RefCell<Vec<RwSignal<Option<Lang>>>> = const { RefCell::new(Vec::new()) };
}

/// One instance's language choice. `None` leaves it to the site file.
#[derive(Clone, Copy)]
pub struct LanguageChoice {
    chosen: RwSignal<Option<Lang>>,
    /// Fixed by the host page (`data-lang`): no switch, and no following.
    pub fixed: bool,
}

impl LanguageChoice {
    pub fn new(chosen: Option<Lang>, fixed: bool) -> Self {
        Self {
            chosen: RwSignal::new(chosen),
            fixed,
        }
    }

    /// From now on this instance shows the language the reader picks in any
    /// instance on the page, unless the host fixed it.
    pub fn follow_the_reader(&self) {
        if !self.fixed {
            FOLLOWERS.with_borrow_mut(|followers| followers.push(self.chosen));
        }
    }

    pub fn chosen(&self) -> Option<Lang> {
        self.chosen.get()
    }

    /// The reader picked `lang`: every instance that follows the reader shows
    /// it, and the next visit starts with it.
    pub fn choose(&self, lang: Lang) {
        FOLLOWERS.with_borrow(|followers| {
            for follower in followers {
                follower.try_set(Some(lang));
            }
        });
        remember(lang);
    }
}

/// The choice stored on an earlier visit, if the browser lets us read it.
pub fn remembered_language() -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
}

/// The browser's preferred languages, best first.
pub fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// Keeps `lang` for the reader's next visit, if the browser lets us.
pub fn remember(lang: Lang) {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()
        .map(|storage| storage.set_item(STORAGE_KEY, lang.tag()));
    if !matches!(stored, Some(Ok(()))) {
        // Private modes and sandboxed frames refuse storage: the choice holds until the page closes.
        logging::warn!("jointlink-news: the browser did not store the language choice");
    }
}
