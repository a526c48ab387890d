//! The site file: who the company is and how to reach it.

use serde_json::Value;

use super::error::DataError;
use super::fields::{parse_document, Fields};
use super::filings::{Filings, OfficialAccount};
use super::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub company: String,
    pub language: Lang,
    pub tel: PhoneNumber,
    pub fax: PhoneNumber,
    pub email: String,
    pub copyright_holder: String,
    /// Where the standalone site is published (`https://www.example.com/news/`),
    /// for canonical addresses, the sitemap and feeds; always ends with `/`.
    pub base_url: Option<String>,
    /// The company's own home page, which the standalone site's header links to.
    pub home_url: Option<String>,
    /// The company's logo for that header: an http(s) address, or a path
    /// relative to the site's base.
    pub logo: Option<String>,
    /// The code Baidu's webmaster tools give to prove the site is the
    /// company's, for the `baidu-site-verification` tag of every page.
    pub baidu_site_verification: Option<String>,
    /// The filing numbers the footer shows, where the site is hosted in mainland China.
    pub filings: Filings,
    pub official_account: Option<OfficialAccount>,
}

/// A number as printed for local readers and in the form a phone dials from abroad.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber {
    pub display: String,
    dial: String,
}

impl PhoneNumber {
    pub fn href(&self) -> String {
        let digits: String = self.dial.chars().filter(|c| *c != ' ').collect();
        format!("tel:{digits}")
    }

    fn read(fields: &Fields, name: &str) -> Result<Self, DataError> {
        let number = fields.required_object(name)?;
        let dial = number.required_text("dial")?;
        let dialable = dial.strip_prefix('+').unwrap_or(&dial);
        if !dialable.starts_with(|c: char| c.is_ascii_digit())
            || !dialable
                .chars()
                .all(|c| c.is_ascii_digit() || " -().".contains(c))
        {
            return Err(number.invalid(
                "dial",
                "must be a phone number of digits, spaces and hyphens, such as +86-574-55229362",
            ));
        }
        Ok(Self {
            display: number.required_text("display")?,
            dial,
        })
    }
}

impl Site {
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        Self::read(&Fields::root(file, &parse_document(file, text)?)?)
    }

    /// The site file, and the JSON document it was read from, which
    /// prerendered pages carry for the app as written.
    pub fn parse_keeping_document(file: &str, text: &str) -> Result<(Self, Value), DataError> {
        let document = parse_document(file, text)?;
        let site = Self::read(&Fields::root(file, &document)?)?;
        Ok((site, document))
    }

    pub(super) fn read(fields: &Fields) -> Result<Self, DataError> {
        let language_tag = fields.required_text("language")?;
        let language = Lang::from_tag(&language_tag)
            .ok_or_else(|| fields.invalid("language", "must be en or zh-Hans"))?;
        let contact = fields.required_object("contact")?;
        let email = contact.required_text("email")?;
        if !is_plain_email(&email) {
            return Err(
                contact.invalid("email", "must be a plain address such as name@example.com")
            );
        }
        let company = fields.required_text("company")?;
        let base_url = fields.optional_text("base_url")?;
        if base_url.as_deref().is_some_and(|url| !is_site_address(url)) {
            return Err(fields.invalid(
                "base_url",
                "must be an absolute http(s) address such as https://www.example.com/news/",
            ));
        }
        let home_url = fields.optional_text("home_url")?;
        if home_url.as_deref().is_some_and(|url| !is_site_address(url)) {
            return Err(fields.invalid(
                "home_url",
                "must be an absolute http(s) address such as https://www.example.com/",
            ));
        }
        let logo = fields.optional_text("logo")?;
        if logo
            .as_deref()
            .is_some_and(|url| !is_site_address(url) && !is_relative_path(url))
        {
            return Err(fields.invalid(
                "logo",
                "must be an http(s) address or a relative path such as logo.svg",
            ));
        }
        let baidu_site_verification = fields.optional_text("baidu_site_verification")?;
        if baidu_site_verification
            .as_deref()
            .is_some_and(|code| !is_verification_code(code))
        {
            return Err(fields.invalid(
                "baidu_site_verification",
                "must be the code Baidu gives, letters, digits, - and _ such as codeva-AbC123xYz",
            ));
        }
        Ok(Self {
            home_url,
            logo,
            baidu_site_verification,
            filings: Filings::read(fields)?,
            official_account: OfficialAccount::read(fields)?,
            copyright_holder: fields
                .optional_text("copyright")?
                .unwrap_or_else(|| company.clone()),
            company,
            language,
            tel: PhoneNumber::read(&contact, "tel")?,
            fax: PhoneNumber::read(&contact, "fax")?,
            email,
            base_url: base_url.map(|url| {
                if url.ends_with('/') {
                    url
                } else {
                    format!("{url}/")
                }
            }),
        })
    }
}

/// A verification code as search engines hand them out: up to 64 letters,
/// digits, hyphens and underscores.
fn is_verification_code(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// An absolute http(s) address with nothing that would need escaping in markup.
fn is_site_address(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && !text.contains(['?', '#'])
            && text
                .chars()
                .all(|c| c.is_ascii_graphic() && !"\"'<>\\`{}|^".contains(c))
    })
}

/// A path below the site's base (`images/logo.svg`): no scheme, host or
/// parent folder, nothing that would need escaping in markup.
fn is_relative_path(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('/')
        && !text.split('/').any(|segment| segment == "..")
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._/".contains(c))
}

/// Rejects anything that could smuggle headers or markup into a `mailto:` link.
fn is_plain_email(text: &str) -> bool {
    let mut parts = text.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let allowed = |c: char| c.is_alphanumeric() || "._+-".contains(c);
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && local.chars().all(allowed)
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || ".-".contains(c))
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::*;
    use crate::model::*;

    #[test]
    fn parses_the_site_file_and_builds_dialable_links() -> Outcome {
        let site = Site::parse(FILE, SITE)?;
        assert_eq!(site.language, Lang::ZhHans);
        assert_eq!(site.tel.display, "0574-55229362");
        assert_eq!(site.tel.href(), "tel:+8657455229362");
        assert_eq!(site.fax.href(), "tel:+86-574-55229377");
        assert_eq!(site.copyright_holder, site.company);
        assert_eq!(site.base_url, None);
        Ok(())
    }

    #[test]
    fn the_published_address_ends_with_a_slash_and_must_be_plain_http() -> Outcome {
        let with_base = |url: &str| {
            SITE.replace(
                "\"company\"",
                &format!("\"base_url\": \"{url}\", \"company\""),
            )
        };
        let site = Site::parse(FILE, &with_base("https://www.jointlink.cn/news"))?;
        assert_eq!(
            site.base_url.as_deref(),
            Some("https://www.jointlink.cn/news/")
        );
        for bad in [
            "javascript:alert(1)",
            "/news/",
            "https://",
            "https:///x",
            "https://x/\\\" onload=\\\"x",
            "https://x/?q=1",
            "ftp://x/",
        ] {
            assert!(
                matches!(problem_of(Site::parse(FILE, &with_base(bad))), Problem::InvalidValue { field, .. } if field == "base_url"),
                "{bad} was accepted"
            );
        }
        Ok(())
    }

    #[test]
    fn the_home_page_and_logo_must_be_safe_addresses() -> Outcome {
        let with = |field: &str, url: &str| {
            SITE.replace(
                "\"company\"",
                &format!("\"{field}\": \"{url}\", \"company\""),
            )
        };
        let site = Site::parse(FILE, &with("home_url", "https://www.jointlink.cn/"))?;
        assert_eq!(site.home_url.as_deref(), Some("https://www.jointlink.cn/"));
        assert_eq!(site.logo, None);
        for good in [
            "logo.svg",
            "images/jointlink-logo.png",
            "https://cdn.example.com/l.svg",
        ] {
            assert_eq!(
                Site::parse(FILE, &with("logo", good))?.logo.as_deref(),
                Some(good)
            );
        }
        for (field, bad) in [
            ("home_url", "javascript:alert(1)"),
            ("home_url", "/"),
            ("logo", "javascript:alert(1)"),
            ("logo", "//evil.example/l.svg"),
            ("logo", "/etc/logo.svg"),
            ("logo", "../logo.svg"),
            ("logo", "logo.svg\\\" onerror=\\\"x"),
            ("logo", "data:image/svg+xml,x"),
        ] {
            assert!(
                matches!(problem_of(Site::parse(FILE, &with(field, bad))), Problem::InvalidValue { field: named, .. } if named == field),
                "{field} {bad} was accepted"
            );
        }
        Ok(())
    }

    #[test]
    fn the_baidu_verification_code_is_a_plain_code() -> Outcome {
        let with = |code: &str| {
            SITE.replace(
                "\"company\"",
                &format!("\"baidu_site_verification\": \"{code}\", \"company\""),
            )
        };
        assert_eq!(Site::parse(FILE, SITE)?.baidu_site_verification, None);
        assert_eq!(
            Site::parse(FILE, &with("codeva-AbC123xYz_9"))?
                .baidu_site_verification
                .as_deref(),
            Some("codeva-AbC123xYz_9")
        );
        let too_long = "a".repeat(65);
        for bad in [
            "code va",
            "x\\\" onload=\\\"y",
            "<script>",
            too_long.as_str(),
        ] {
            assert!(
                matches!(problem_of(Site::parse(FILE, &with(bad))), Problem::InvalidValue { field, .. } if field == "baidu_site_verification"),
                "{bad} was accepted"
            );
        }
        Ok(())
    }

    #[test]
    fn the_site_file_rejects_unsafe_or_unknown_values() {
        let cases = [
            (SITE.replace("zh-Hans", "fr"), "language"),
            (
                SITE.replace("afra.yu@jointlink.cn", "a@b.cn?subject=x"),
                "contact.email",
            ),
            (
                SITE.replace("afra.yu@jointlink.cn", "not-an-address"),
                "contact.email",
            ),
            (
                SITE.replace("+86-574-55229377", "javascript:alert(1)"),
                "contact.fax.dial",
            ),
        ];
        for (text, field) in cases {
            assert!(
                matches!(problem_of(Site::parse(FILE, &text)), Problem::InvalidValue { field: named, .. } if named == field),
                "{field} was accepted"
            );
        }
        let no_contact = SITE.replace("\"contact\"", "\"kontakt\"");
        assert_eq!(
            problem_of(Site::parse(FILE, &no_contact)),
            missing("contact")
        );
        let tel_as_text = SITE.replace(
            r#"{"display": "0574-55229362", "dial": "+86 574 5522 9362"}"#,
            r#""0574-55229362""#,
        );
        assert_eq!(
            problem_of(Site::parse(FILE, &tel_as_text)),
            wrong_type("contact.tel", "an object")
        );
    }
}
