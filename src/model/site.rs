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
