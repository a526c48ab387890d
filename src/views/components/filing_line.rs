use leptos::prelude::*;

use crate::state::use_texts;
use news_core::model::{Filings, ICP_REGISTER};

/// The site's filing numbers on one line, each linking to the register that
/// lists it. The registers are government sites: they open in a new tab and
/// are told nothing of where the reader came from.
#[component]
pub fn FilingLine(filings: Filings) -> impl IntoView {
    let texts = use_texts();
    let icp = filings.icp.map(|number| {
        view! {
            <a href=ICP_REGISTER target="_blank" rel="noreferrer">
                <span lang="zh-Hans">{number}</span>
                <span class="jn-visually-hidden">{move || texts().new_tab}</span>
            </a>
        }
    });
    let public_security = filings.public_security.map(|filing| {
        let register = filing.register_url();
        view! {
            <a href=register target="_blank" rel="noreferrer">
                <span
                    class="jn-police-badge"
                    role="img"
                    aria-label=move || texts().police_badge
                    inner_html=POLICE_BADGE
                ></span>
                <span lang="zh-Hans">{filing.number}</span>
                <span class="jn-visually-hidden">{move || texts().new_tab}</span>
            </a>
        }
    });
    view! { <p class="jn-filings">{icp} {public_security}</p> }
}

/// The badge shown beside public-security filing numbers, drawn for this
/// site: a shield with a star. Static markup, so it costs the app no element
/// types of its own.
const POLICE_BADGE: &str = r##"<svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M10 1 18 4v5c0 5-3.5 8.5-8 10-4.5-1.5-8-5-8-10V4z" fill="#1d4f9c" stroke="#fff"/><path d="m10 4.9 1.1 3.1 3.3.1-2.6 2 .9 3.1-2.7-1.8-2.7 1.8.9-3.1-2.6-2 3.3-.1z" fill="#f2c230"/></svg>"##;
