use leptos::ev::{ErrorEvent, MouseEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Clipboard, Element};

use super::picture::mark_frame_of_failed_picture;
use crate::state::{use_app, use_lang, use_texts};
use news_core::data_folder::layout::share_code_file;

/// "Share", a disclosure: article `id`'s published `address` as a QR code to
/// scan with WeChat (the picture the release build made in the data folder),
/// the address itself, and a button that copies it. Without a published
/// address the button copies the page's own.
///
/// What changes after a click is written into the page directly rather than
/// through signals: every signal and view type the app adds is code every
/// reader downloads.
#[component]
pub fn ShareArticle(address: Option<String>, id: String) -> impl IntoView {
    let texts = use_texts();
    let lang = use_lang();
    let code = address
        .as_ref()
        .and_then(|_| use_app().picture_address(&share_code_file(&id)))
        .map(|src| {
            view! {
                <figure class="jn-share-code">
                    <img
                        src=src
                        alt=move || texts().share_code_alt
                        width="148"
                        height="148"
                        loading="lazy"
                        on:error=hide_missing_code
                    />
                    <figcaption>{move || texts().share_code_caption}</figcaption>
                </figure>
            }
        });
    let copy = {
        let address = address.clone();
        move |event: MouseEvent| {
            let status = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|button| button.next_element_sibling());
            let address = address.clone();
            let texts = lang.get_untracked().texts();
            spawn_local(async move {
                let message = match copy_to_clipboard(address).await {
                    Ok(()) => texts.link_copied,
                    Err(error) => {
                        leptos::logging::warn!(
                            "jointlink-news: the link was not copied: {error:?}"
                        );
                        texts.copy_failed
                    }
                };
                if let Some(status) = status {
                    status.set_text_content(Some(message));
                }
            });
        }
    };
    let shown_address = address.map(|address| {
        view! {
            <label class="jn-share-address">
                {move || texts().article_address}
                <input type="text" readonly value=address />
            </label>
        }
    });
    view! {
        <details class="jn-share">
            <summary>{move || texts().share}</summary>
            <div class="jn-share-panel">
                {code}
                {shown_address}
                <button type="button" class="jn-button" on:click=copy>
                    {move || texts().copy_link}
                </button>
                <p class="jn-share-status" role="status"></p>
            </div>
        </details>
    }
}

/// The code is missing where the release build did not run (`trunk serve`)
/// or for a data folder it did not build: the address and "Copy link" stay.
fn hide_missing_code(event: ErrorEvent) {
    if mark_frame_of_failed_picture(&event, "hidden") {
        leptos::logging::warn!(
            "jointlink-news: this data folder has no QR codes; the release build makes them"
        );
    }
}

/// Writes `address`, or the page's own address, to the clipboard. Browsers
/// offer the clipboard only to secure pages, and may refuse it.
async fn copy_to_clipboard(address: Option<String>) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let text = match address {
        Some(address) => address,
        None => window.location().href()?,
    };
    let clipboard: Clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())?
        .dyn_into()
        .map_err(|_| "this page has no clipboard (it is not served over https)")?;
    JsFuture::from(clipboard.write_text(&text))
        .await
        .map(|_| ())
}
