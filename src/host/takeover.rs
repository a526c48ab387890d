//! A reader may act on a prerendered view before the app arrives: move the
//! focus into it, or type in its search field. The app replaces the view's
//! elements with its own identical ones, so it notes both before and gives
//! them back after: the focus to the element in the same place, and the
//! typed text to the new field, which runs that search.

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

/// The listing's search field, in the prerendered view and in the app's.
const SEARCH_FIELD_SELECTOR: &str = ".jn-search-input";

/// What the reader did in the prerendered view inside `root`.
pub struct ReaderActivity {
    /// Where the focused element is below `root`: its position among its
    /// parent's elements, at each level.
    focus_path: Option<Vec<u32>>,
    typed_search: Option<String>,
}

impl ReaderActivity {
    /// `focused`: the element with focus in `root`'s document or shadow root.
    pub fn note(root: &Element, focused: Option<Element>) -> Self {
        let typed_search = search_field(root)
            .map(|field| field.value())
            .filter(|typed| !typed.trim().is_empty());
        Self {
            focus_path: focused.and_then(|focused| path_below(root, &focused)),
            typed_search,
        }
    }

    /// Gives the app's view in `root` what the reader did in the prerendered
    /// one, once the app's first view is in place: after the tasks its first
    /// render started (the router's, the data's) have run.
    pub fn restore(self, root: Element) {
        if self.focus_path.is_none() && self.typed_search.is_none() {
            return;
        }
        set_timeout(move || self.apply(&root), Duration::ZERO);
    }

    fn apply(self, root: &Element) {
        let focused = self
            .focus_path
            .and_then(|path| element_at(root, &path))
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let Some(element) = focused {
            // Fails only for an element that cannot take focus, which this one just had.
            let _ = element.focus();
        }
        if let (Some(typed), Some(field)) = (self.typed_search, search_field(root)) {
            field.set_value(&typed);
            search_for(&field);
        }
    }
}

/// The app's field searches as the reader types: this is that input.
fn search_for(field: &HtmlInputElement) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict("input", &init) {
        // Dispatching fails only for an event already being dispatched, which this is not.
        let _ = field.dispatch_event(&event);
    }
}

fn search_field(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector(SEARCH_FIELD_SELECTOR)
        .ok()
        .flatten()
        .and_then(|field| field.dyn_into().ok())
}

fn path_below(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    while &current != root {
        let parent = current.parent_element()?;
        let children = parent.children();
        let position = (0..children.length())
            .find(|&position| children.item(position).as_ref() == Some(&current))?;
        path.push(position);
        current = parent;
    }
    path.reverse();
    Some(path)
}

fn element_at(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter().try_fold(root.clone(), |element, &position| {
        element.children().item(position)
    })
}
