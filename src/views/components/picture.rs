use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::state::use_app;
use news_core::model::Image;

/// Where a picture is shown, which decides how much room it gets.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PictureRole {
    /// Beside a listing entry or a headline: a fixed 3:2 box, the picture cropped to fill it.
    Thumbnail,
    /// At the top of an article: the picture's own shape when the data
    /// gives its size, otherwise a 16:9 box.
    Lead,
}

/// An article's picture. Its space is kept before it arrives (the size from
/// the data, or a fixed box), the browser picks from the sizes the data
/// offers, and a picture that cannot load leaves its box with its text in
/// place of a broken-image icon. `eager`: one the reader sees first, loaded
/// at once and before other pictures; the rest load as they come near.
#[component]
pub fn Picture(
    image: Image,
    role: PictureRole,
    #[prop(default = false)] eager: bool,
) -> impl IntoView {
    let app = use_app();
    // Paths in the data folder load from it; without one (other sources) they are dropped.
    let address = |url: &str| app.picture_address(url);
    let src = address(&image.url)?;
    let srcset = image.srcset(|url| address(url).unwrap_or_default());
    let (class, sizes) = match role {
        PictureRole::Thumbnail => ("jn-picture jn-thumbnail", "(min-width: 40em) 10rem, 100vw"),
        PictureRole::Lead => ("jn-picture jn-lead", "(min-width: 48em) 46rem, 100vw"),
    };
    let (width, height) = image.size.unzip();
    let (sized, alt, shown_alt) = (width.is_some(), image.alt.clone(), image.alt);
    Some(view! {
        <div class=class class:jn-picture-sized=sized data-alt=shown_alt>
            <img
                src=src
                sizes=srcset.is_some().then_some(sizes)
                srcset=srcset
                width=width.map(|width| width.to_string())
                height=height.map(|height| height.to_string())
                alt=alt
                loading=if eager { "eager" } else { "lazy" }
                fetchpriority=eager.then_some("high")
                decoding="async"
                on:error=show_text_instead
            />
        </div>
    })
}

/// The picture cannot load: its box stays, and the styles show its text
/// (the box's `data-alt`) in place of the browser's broken-image icon.
fn show_text_instead(event: leptos::ev::ErrorEvent) {
    mark_frame_of_failed_picture(&event, "data-broken");
}

/// Sets `attribute` on the element around the `<img>` whose load failed
/// (`event`), for the styles to show what stands in its place; returns
/// whether there was one.
pub fn mark_frame_of_failed_picture(event: &leptos::ev::ErrorEvent, attribute: &str) -> bool {
    let frame = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|img| img.parent_element());
    // Setting fails only for an invalid attribute name, which callers never pass.
    frame.is_some_and(|frame| frame.set_attribute(attribute, "").is_ok())
}
