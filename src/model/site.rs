//! The site file: who the company is and how to reach it.

use super::error::DataError;
use super::fields::{parse_document, Fields};
use super::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub company: String,
    pub language: Lang,
    pub tel: PhoneNumber,
    pub fax: PhoneNumber,
    pub email: String,
    pub copyright_holder: String,
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
        let document = parse_document(file, text)?;
        let fields = Fields::root(file, &document)?;
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
        Ok(Self {
            copyright_holder: fields
                .optional_text("copyright")?
                .unwrap_or_else(|| company.clone()),
            company,
            language,
            tel: PhoneNumber::read(&contact, "tel")?,
            fax: PhoneNumber::read(&contact, "fax")?,
            email,
        })
    }
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

    const SITE: &str = r#"{
    "company": "Ningbo Jointlink International Freight Forwarding Co. Ltd.",
    "language": "zh-Hans",
    "contact": {
        "tel": {"display": "0574-55229362", "dial": "+86 574 5522 9362"},
        "fax": {"display": "0574-55229377", "dial": "+86-574-55229377"},
        "email": "afra.yu@jointlink.cn"
    }
}"#;

    #[test]
    fn parses_the_site_file_and_builds_dialable_links() -> Outcome {
        let site = Site::parse(FILE, SITE)?;
        assert_eq!(site.language, Lang::ZhHans);
        assert_eq!(site.tel.display, "0574-55229362");
        assert_eq!(site.tel.href(), "tel:+8657455229362");
        assert_eq!(site.fax.href(), "tel:+86-574-55229377");
        assert_eq!(site.copyright_holder, site.company);
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
