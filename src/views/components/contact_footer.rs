use leptos::prelude::*;

use super::{FilingLine, LoadFailure, Loading, OfficialAccountCode};
use crate::state::use_app;
use crate::state::use_texts;
use news_core::model::Site;

/// The page footer: shows the contact details once the site file is loaded.
#[component]
pub fn ContactFooter() -> impl IntoView {
    let site = use_app().data.site;
    view! {
        <footer class="jn-footer">
            <Suspense fallback=|| view! { <Loading message=|t| t.loading_contact /> }>
                {move || Suspend::new(async move {
                    match site.await {
                        Ok(site) => view! { <ContactDetails site /> }.into_any(),
                        Err(error) => {
                            view! {
                                <LoadFailure
                                    what_failed=|t| t.contact_failed
                                    error
                                    on_retry=Callback::new(move |()| site.refetch())
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </footer>
    }
}

/// Company name, phone, fax, e-mail, the Official Account, copyright, and
/// the filing numbers on the last line, as real links.
#[component]
pub fn ContactDetails(site: Site) -> impl IntoView {
    let texts = use_texts();
    let mailto = format!("mailto:{}", site.email);
    let (tel_href, fax_href) = (site.tel.href(), site.fax.href());
    let account = site
        .official_account
        .map(|account| view! { <OfficialAccountCode account /> });
    let filings = (!site.filings.is_empty()).then(|| view! { <FilingLine filings=site.filings /> });
    view! {
        <div class="jn-contact">
            <h2 class="jn-contact-heading">{move || texts().contact_heading}</h2>
            <p class="jn-company">{site.company}</p>
            <ul class="jn-contact-list">
                <li>
                    <span class="jn-contact-label">{move || texts().tel}</span>
                    <a href=tel_href>{site.tel.display}</a>
                </li>
                <li>
                    <span class="jn-contact-label">{move || texts().fax}</span>
                    <a href=fax_href>{site.fax.display}</a>
                </li>
                <li>
                    <span class="jn-contact-label">{move || texts().mail}</span>
                    <a href=mailto>{site.email}</a>
                </li>
            </ul>
            {account}
            <p class="jn-copyright">
                <small>{move || texts().copyright} " © " {site.copyright_holder}</small>
            </p>
            {filings}
        </div>
    }
}
