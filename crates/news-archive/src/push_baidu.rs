//! `news-archive push-baidu <data-dir>`: tells Baidu about new and changed
//! articles through its link push API, the way Baiduspider learns of new
//! addresses fastest. It sends each article's canonical address (and its
//! language versions' when it changed), remembers what it sent in the data
//! folder (`.baidu-pushed.json`), so that the next run sends only what is new
//! or changed since, and reports what Baidu took, how many more it takes
//! today, and every address it refused.
//!
//! The site and the secret token come from the environment, never from a file
//! or the command line, and the token is never printed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};

use news_core::addresses::canonical_article_address;
use news_core::data_folder::reader::DataFolderReader;
use news_core::model::percent::encode_component;
use news_core::model::ArticleSummary;

use crate::error::ToolError;
use crate::safe_write::write_atomically;

/// The site as Baidu's webmaster tools name it, e.g. `https://www.jointlink.cn`.
pub const SITE_VARIABLE: &str = "BAIDU_PUSH_SITE";
/// The push token Baidu's webmaster tools give for that site.
pub const TOKEN_VARIABLE: &str = "BAIDU_PUSH_TOKEN";
/// Where the API is; set only to test against another server.
pub const ENDPOINT_VARIABLE: &str = "BAIDU_PUSH_ENDPOINT";
const BAIDU_ENDPOINT: &str = "http://data.zz.baidu.com/urls";

/// What was pushed, by address, with the article's last change then.
const RECORD_FILE: &str = ".baidu-pushed.json";
/// The most addresses Baidu takes in one request.
const BATCH: usize = 2000;
const TIMEOUT: Duration = Duration::from_secs(30);

pub struct PushSettings {
    endpoint: String,
    site: String,
    token: String,
}

impl PushSettings {
    pub fn from_environment() -> Result<Self, ToolError> {
        let variable = |name: &str| {
            std::env::var(name)
                .ok()
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        let (Some(site), Some(token)) = (variable(SITE_VARIABLE), variable(TOKEN_VARIABLE)) else {
            return Err(ToolError::Argument(format!(
                "set {SITE_VARIABLE} (the site as Baidu's webmaster tools name it) and {TOKEN_VARIABLE} (its push token) in the environment"
            )));
        };
        let endpoint = variable(ENDPOINT_VARIABLE).unwrap_or_else(|| BAIDU_ENDPOINT.to_owned());
        Ok(Self {
            endpoint,
            site,
            token,
        })
    }

    fn request_url(&self) -> String {
        format!(
            "{}?site={}&token={}",
            self.endpoint,
            encode_component(&self.site),
            encode_component(&self.token)
        )
    }

    /// `text` with the token taken out, for messages.
    fn without_token(&self, text: &str) -> String {
        text.replace(&self.token, "<token>")
            .replace(&encode_component(&self.token), "<token>")
    }
}

/// Pushes what is new or changed in `data` since the last run.
pub fn push_baidu(data: &Path, settings: &PushSettings) -> Result<(), ToolError> {
    let folder = DataFolderReader::new(data);
    let (site, _) = folder.site().map_err(ToolError::from)?;
    if site.base_url.is_none() {
        return Err(ToolError::Argument(
            "site.json has no base_url: the articles have no published addresses to push".into(),
        ));
    }
    let summaries = folder.summaries().map_err(ToolError::from)?;
    let current: BTreeMap<String, String> = summaries
        .iter()
        .filter_map(|summary| {
            let change = summary.meta.last_change().as_str().to_owned();
            Some((address_of(&site, summary)?, change))
        })
        .collect();
    let record_path = data.join(RECORD_FILE);
    let mut record = read_record(&record_path)?;
    let due = due_addresses(&site, &summaries, &current, &record);
    if due.is_empty() {
        println!(
            "push-baidu: nothing new or changed since the last push ({} addresses pushed before)",
            record.len()
        );
        return Ok(());
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .into();
    let mut pushed = 0;
    for (position, batch) in due.chunks(BATCH).enumerate() {
        let answer = send(&agent, settings, batch)?;
        let refused: BTreeSet<&String> = answer
            .not_same_site
            .iter()
            .chain(&answer.not_valid)
            .collect();
        for address in batch.iter().filter(|address| !refused.contains(address)) {
            if let Some(change) = current.get(address) {
                record.insert(address.clone(), change.clone());
            }
        }
        write_record(&record_path, &record)?;
        pushed += answer.success;
        println!(
            "push-baidu: Baidu took {} of {} addresses; it takes {} more today",
            answer.success,
            batch.len(),
            answer.remain
        );
        for address in &answer.not_same_site {
            println!("  refused, not on {}: {address}", settings.site);
        }
        for address in &answer.not_valid {
            println!("  refused, not a valid address: {address}");
        }
        let left = due.len() - (position * BATCH + batch.len());
        if answer.remain == 0 && left > 0 {
            return Err(ToolError::Baidu(format!(
                "today's quota is used up: {left} addresses are left for the next run"
            )));
        }
    }
    println!("push-baidu: {pushed} addresses pushed");
    Ok(())
}

/// What Baidu answers a push it accepted.
#[derive(Debug, Default, PartialEq, Eq)]
struct Answer {
    success: usize,
    remain: usize,
    not_same_site: Vec<String>,
    not_valid: Vec<String>,
}

fn send(
    agent: &ureq::Agent,
    settings: &PushSettings,
    batch: &[String],
) -> Result<Answer, ToolError> {
    let unreachable = |error: &dyn std::fmt::Display| {
        ToolError::Baidu(
            settings.without_token(&format!("could not reach {}: {error}", settings.endpoint)),
        )
    };
    let mut response = agent
        .post(&settings.request_url())
        .header("Content-Type", "text/plain")
        .send(batch.join("\n"))
        .map_err(|error| unreachable(&error))?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .read_to_string()
        .map_err(|error| unreachable(&error))?;
    read_answer(status, &body, settings)
        .map_err(|message| ToolError::Baidu(settings.without_token(&message)))
}

/// Baidu's answer, or what its error means for the editor, in one line.
fn read_answer(status: u16, body: &str, settings: &PushSettings) -> Result<Answer, String> {
    let json: Option<Value> = serde_json::from_str(body).ok();
    let field = |name: &str| json.as_ref().and_then(|json| json.get(name));
    if status == 200 {
        let count = |name: &str| field(name).and_then(Value::as_u64).map(|n| n as usize);
        let list = |name: &str| -> Vec<String> {
            field(name)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|item| item.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        return match (count("success"), count("remain")) {
            (Some(success), Some(remain)) => Ok(Answer {
                success,
                remain,
                not_same_site: list("not_same_site"),
                not_valid: list("not_valid"),
            }),
            _ => Err(format!(
                "Baidu answered 200 without success and remain: {}",
                one_line(body)
            )),
        };
    }
    let message = field("message").and_then(Value::as_str).unwrap_or("");
    Err(match message {
        "site error" => format!(
            "Baidu does not take addresses for {}: verify the site in Baidu's webmaster tools (ziyuan.baidu.com) and set {SITE_VARIABLE} as they name it",
            settings.site
        ),
        "token is not valid" => format!(
            "Baidu refused the token: set {TOKEN_VARIABLE} to the push token Baidu's webmaster tools show for {}",
            settings.site
        ),
        "over quota" => "today's quota is used up: the addresses are left for the next run".to_owned(),
        "not found" => format!("there is no push API at {}: check {ENDPOINT_VARIABLE}", settings.endpoint),
        "" => format!("Baidu answered {status} with no explanation; try again later"),
        other => format!("Baidu answered {status}: {other}; try again later"),
    })
}

/// Addresses whose article is new or changed since the record, then the
/// language versions of those articles, each once, in the index's order.
fn due_addresses(
    site: &news_core::model::Site,
    summaries: &[ArticleSummary],
    current: &BTreeMap<String, String>,
    record: &BTreeMap<String, String>,
) -> Vec<String> {
    let changed = |address: &String| record.get(address) != current.get(address);
    let mut due = Vec::new();
    let mut seen = BTreeSet::new();
    for summary in summaries {
        let Some(address) = address_of(site, summary).filter(changed) else {
            continue;
        };
        let versions = summary.meta.translations.iter().filter_map(|translation| {
            canonical_article_address(site, Some(&translation.language), &translation.id)
        });
        for address in std::iter::once(address).chain(versions) {
            if seen.insert(address.clone()) {
                due.push(address);
            }
        }
    }
    due
}

fn address_of(site: &news_core::model::Site, summary: &ArticleSummary) -> Option<String> {
    canonical_article_address(site, summary.meta.language.as_deref(), &summary.meta.id)
}

fn read_record(path: &Path) -> Result<BTreeMap<String, String>, ToolError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(error) => return Err(ToolError::io(path)(error)),
    };
    let record = || -> Option<BTreeMap<String, String>> {
        let json: Value = serde_json::from_str(&text).ok()?;
        json.get("pushed")?
            .as_object()?
            .iter()
            .map(|(address, change)| Some((address.clone(), change.as_str()?.to_owned())))
            .collect()
    };
    record().ok_or_else(|| ToolError::Record {
        path: path.to_owned(),
        detail: "not a record of pushed addresses".to_owned(),
    })
}

fn write_record(path: &Path, record: &BTreeMap<String, String>) -> Result<(), ToolError> {
    let json = json!({ "pushed": record });
    let text = serde_json::to_string_pretty(&json).unwrap_or_default();
    write_atomically(path, format!("{text}\n").as_bytes())
}

fn one_line(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(200)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> PushSettings {
        PushSettings {
            endpoint: "http://127.0.0.1:9/urls".to_owned(),
            site: "https://www.jointlink.cn".to_owned(),
            token: "s3cr3t/token".to_owned(),
        }
    }

    #[test]
    fn the_request_names_site_and_token_and_messages_never_the_token() {
        let settings = settings();
        assert_eq!(
            settings.request_url(),
            "http://127.0.0.1:9/urls?site=https%3A%2F%2Fwww.jointlink.cn&token=s3cr3t%2Ftoken"
        );
        assert_eq!(
            settings.without_token(&settings.request_url()),
            "http://127.0.0.1:9/urls?site=https%3A%2F%2Fwww.jointlink.cn&token=<token>"
        );
    }

    #[test]
    fn an_accepted_push_reads_counts_and_refusals() {
        let answer = read_answer(
            200,
            r#"{"remain":4999998,"success":2,"not_same_site":["http://x.cn/a"],"not_valid":["bad"]}"#,
            &settings(),
        );
        assert_eq!(
            answer,
            Ok(Answer {
                success: 2,
                remain: 4_999_998,
                not_same_site: vec!["http://x.cn/a".to_owned()],
                not_valid: vec!["bad".to_owned()],
            })
        );
        assert!(read_answer(200, "<html>", &settings()).is_err());
    }

    #[test]
    fn each_error_is_explained_in_one_line() {
        for (status, message, expected) in [
            (400, "site error", "verify the site"),
            (401, "token is not valid", "refused the token"),
            (400, "over quota", "quota is used up"),
            (404, "not found", "no push API"),
            (
                500,
                "internal error",
                "500: internal error; try again later",
            ),
        ] {
            let body = format!(r#"{{"error":{status},"message":"{message}"}}"#);
            let explained = read_answer(status, &body, &settings())
                .err()
                .unwrap_or_default();
            assert!(explained.contains(expected), "{message}: {explained}");
            assert!(!explained.contains('\n'));
        }
        let bare = read_answer(502, "Bad Gateway", &settings())
            .err()
            .unwrap_or_default();
        assert!(bare.contains("502 with no explanation"), "{bare}");
    }
}
