//! What a site hosted in mainland China shows at the bottom of its pages: its
//! ICP filing number and its public-security filing number, each linking to
//! the register that lists it, and the company's WeChat Official Account.

use super::error::DataError;
use super::fields::Fields;
use super::image::is_image_address;

/// The MIIT register of ICP filings, which every ICP number links to.
pub const ICP_REGISTER: &str = "https://beian.miit.gov.cn/";

/// The one-character names of the provinces, regions and municipalities that
/// ICP and public-security numbers begin with.
const PROVINCES: &str = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新";

/// The site's filing numbers, as its host's filing gave them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filings {
    /// `浙ICP备12345678号-1`
    pub icp: Option<String>,
    pub public_security: Option<PublicSecurityFiling>,
}

/// The public-security filing: its number as shown, and the code the
/// register looks it up by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicSecurityFiling {
    /// `浙公网安备 33020302001234号`
    pub number: String,
    /// `33020302001234`
    pub code: String,
}

impl PublicSecurityFiling {
    /// The register's page for this filing.
    pub fn register_url(&self) -> String {
        format!(
            "https://beian.mps.gov.cn/#/query/webSearch?code={}",
            self.code
        )
    }
}

/// The company's WeChat Official Account: its name, and the picture of the
/// QR code readers scan to follow it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficialAccount {
    pub name: String,
    /// An http(s) address, or a path inside the data folder.
    pub qr_code: String,
}

impl Filings {
    pub fn is_empty(&self) -> bool {
        self.icp.is_none() && self.public_security.is_none()
    }

    pub(super) fn read(fields: &Fields) -> Result<Self, DataError> {
        let icp = fields.optional_text("icp_filing")?;
        if icp.as_deref().is_some_and(|icp| !is_icp_number(icp)) {
            return Err(fields.invalid(
                "icp_filing",
                "must be an ICP filing number such as 浙ICP备12345678号-1",
            ));
        }
        let public_security = match fields.optional_object("public_security_filing")? {
            None => None,
            Some(filing) => {
                let code = filing.required_text("code")?;
                if !is_filing_code(&code) {
                    return Err(filing.invalid(
                        "code",
                        "must be the filing's code, 10 to 20 digits such as 33020302001234",
                    ));
                }
                let number = filing.required_text("number")?;
                if !is_public_security_number(&number, &code) {
                    return Err(filing.invalid(
                        "number",
                        "must be the filing number with its code, such as 浙公网安备 33020302001234号",
                    ));
                }
                Some(PublicSecurityFiling { number, code })
            }
        };
        Ok(Self {
            icp,
            public_security,
        })
    }
}

impl OfficialAccount {
    pub(super) fn read(fields: &Fields) -> Result<Option<Self>, DataError> {
        let Some(account) = fields.optional_object("official_account")? else {
            return Ok(None);
        };
        let qr_code = account.required_text("qr_code")?;
        if !is_image_address(&qr_code) {
            return Err(account.invalid(
                "qr_code",
                "must be an http(s) address or a path inside the data folder such as images/wechat.png",
            ));
        }
        Ok(Some(Self {
            name: account.required_text("name")?,
            qr_code,
        }))
    }
}

/// `<province>ICP备<digits>号`, optionally followed by `-<site number>`.
fn is_icp_number(text: &str) -> bool {
    let Some(rest) = strip_province(text).and_then(|rest| rest.strip_prefix("ICP备")) else {
        return false;
    };
    let Some((digits, site)) = rest.split_once('号') else {
        return false;
    };
    is_digits(digits, 1..=12)
        && (site.is_empty() || site.strip_prefix('-').is_some_and(|n| is_digits(n, 1..=3)))
}

/// `<province>公网安备 <code>号`, the space optional.
fn is_public_security_number(text: &str, code: &str) -> bool {
    strip_province(text)
        .and_then(|rest| rest.strip_prefix("公网安备"))
        .map(|rest| rest.strip_prefix(' ').unwrap_or(rest))
        .and_then(|rest| rest.strip_suffix('号'))
        == Some(code)
}

fn is_filing_code(code: &str) -> bool {
    is_digits(code, 10..=20)
}

fn strip_province(text: &str) -> Option<&str> {
    let first = text.chars().next()?;
    PROVINCES.contains(first).then(|| &text[first.len_utf8()..])
}

fn is_digits(text: &str, lengths: std::ops::RangeInclusive<usize>) -> bool {
    lengths.contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::*;
    use crate::model::*;

    fn with(field: &str, value: &str) -> String {
        SITE.replace("\"company\"", &format!("\"{field}\": {value}, \"company\""))
    }

    fn security(number: &str, code: &str) -> String {
        with(
            "public_security_filing",
            &format!(r#"{{"number": "{number}", "code": "{code}"}}"#),
        )
    }

    fn rejects(text: &str, field: &str) {
        assert!(
            matches!(problem_of(Site::parse(FILE, text)), Problem::InvalidValue { field: named, .. } if named == field),
            "{text} was accepted"
        );
    }

    #[test]
    fn a_site_without_numbers_shows_none() -> Outcome {
        let site = Site::parse(FILE, SITE)?;
        assert!(site.filings.is_empty());
        assert_eq!(site.official_account, None);
        Ok(())
    }

    #[test]
    fn icp_numbers_take_the_usual_form() -> Outcome {
        for good in [
            "浙ICP备12345678号",
            "浙ICP备12345678号-1",
            "京ICP备2021000001号-12",
        ] {
            let site = Site::parse(FILE, &with("icp_filing", &format!("\"{good}\"")))?;
            assert_eq!(site.filings.icp.as_deref(), Some(good));
            assert!(!site.filings.is_empty());
        }
        for bad in [
            "ICP备12345678号",
            "浙ICP12345678号",
            "浙ICP备号",
            "浙ICP备12345678",
            "浙ICP备12345678号-",
            "浙ICP备12345678号-a",
            "浙ICP备1234x678号",
            "美ICP备12345678号",
            "浙ICP备12345678号<script>",
        ] {
            rejects(&with("icp_filing", &format!("\"{bad}\"")), "icp_filing");
        }
        Ok(())
    }

    #[test]
    fn the_public_security_number_carries_its_code() -> Outcome {
        let site = Site::parse(
            FILE,
            &security("浙公网安备 33020302001234号", "33020302001234"),
        )?;
        let filing = site.filings.public_security.as_ref();
        assert_eq!(
            filing.map(PublicSecurityFiling::register_url).as_deref(),
            Some("https://beian.mps.gov.cn/#/query/webSearch?code=33020302001234")
        );
        assert!(Site::parse(
            FILE,
            &security("浙公网安备33020302001234号", "33020302001234")
        )
        .is_ok());
        for bad_code in ["3302030200123x", "123", "33020302001234&x=1", ""] {
            rejects(
                &security(&format!("浙公网安备 {bad_code}号"), bad_code),
                "public_security_filing.code",
            );
        }
        for bad_number in [
            "浙公网安备 33020302009999号",
            "公网安备 33020302001234号",
            "浙公网安备 33020302001234",
            "浙ICP备33020302001234号",
        ] {
            rejects(
                &security(bad_number, "33020302001234"),
                "public_security_filing.number",
            );
        }
        assert_eq!(
            problem_of(Site::parse(
                FILE,
                &with(
                    "public_security_filing",
                    r#"{"number": "浙公网安备 33020302001234号"}"#
                )
            )),
            missing("public_security_filing.code")
        );
        Ok(())
    }

    #[test]
    fn the_official_account_names_a_picture() -> Outcome {
        let account = |qr: &str| {
            with(
                "official_account",
                &format!(r#"{{"name": "甬联物流", "qr_code": "{qr}"}}"#),
            )
        };
        let site = Site::parse(FILE, &account("images/wechat.png"))?;
        assert_eq!(
            site.official_account,
            Some(OfficialAccount {
                name: "甬联物流".to_owned(),
                qr_code: "images/wechat.png".to_owned(),
            })
        );
        for bad in ["javascript:alert(1)", "/etc/wechat.png", "data:image/png,x"] {
            rejects(&account(bad), "official_account.qr_code");
        }
        assert_eq!(
            problem_of(Site::parse(
                FILE,
                &with("official_account", r#"{"qr_code": "wechat.png"}"#)
            )),
            missing("official_account.name")
        );
        Ok(())
    }
}
