use leptos::prelude::*;

use crate::state::{use_app, use_texts};
use news_core::model::OfficialAccount;

/// The company's WeChat Official Account: its QR code, to scan with the
/// phone, and its name. Without a place for the picture (a path, and no data
/// folder) it is left out.
#[component]
pub fn OfficialAccountCode(account: OfficialAccount) -> impl IntoView {
    let texts = use_texts();
    let src = use_app().picture_address(&account.qr_code)?;
    let name = account.name;
    let alt = {
        let name = name.clone();
        move || (texts().official_account_code)(&name)
    };
    Some(view! {
        <figure class="jn-official-account">
            <img src=src alt=alt width="112" height="112" loading="lazy" />
            <figcaption>
                {move || texts().official_account_caption} " " <span lang="zh-Hans">{name}</span>
            </figcaption>
        </figure>
    })
}
