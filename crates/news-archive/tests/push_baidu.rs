//! `news-archive push-baidu` against a local server that answers as Baidu's
//! link push API documents: a push taken in part, each error Baidu names, and
//! a server that is not there. The token must never reach the output.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::{fs, thread};

const TOOL: &str = env!("CARGO_BIN_EXE_news-archive");
const SITE: &str = "https://www.jointlink.cn";
const TOKEN: &str = "Zx9-secret-token";

/// One request the server received: its target and its body's lines.
#[derive(Clone, Debug)]
struct Received {
    target: String,
    content_type: String,
    lines: Vec<String>,
}

/// How the server answers a request: status and body.
type Answering = Box<dyn Fn(&Received) -> (u16, String) + Send>;

/// A push API on a free local port; returns its endpoint and what it received.
fn push_api(answer: Answering) -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|error| panic!("{error}"));
    let endpoint = format!(
        "http://{}/urls",
        listener
            .local_addr()
            .map_or_else(|error| panic!("{error}"), |a| a.to_string())
    );
    let received = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&received);
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            let (mut length, mut content_type) = (0, String::new());
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
                    break;
                }
                let (name, value) = header.split_once(':').unwrap_or_default();
                match name.to_ascii_lowercase().as_str() {
                    "content-length" => length = value.trim().parse().unwrap_or(0),
                    "content-type" => content_type = value.trim().to_owned(),
                    _ => {}
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let request = Received {
                target: request_line
                    .split(' ')
                    .nth(1)
                    .unwrap_or_default()
                    .to_owned(),
                content_type,
                lines: String::from_utf8_lossy(&body)
                    .lines()
                    .map(str::to_owned)
                    .collect(),
            };
            let (status, body) = answer(&request);
            if let Ok(mut log) = log.lock() {
                log.push(request);
            }
            let mut stream = &stream;
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (endpoint, received)
}

/// Takes every address but those containing `refused`, which it calls not of the site.
fn taking_all_but(refused: &'static str) -> Answering {
    Box::new(move |request| {
        let (taken, not_same): (Vec<_>, Vec<_>) = request
            .lines
            .iter()
            .partition(|line| !line.contains(refused));
        (200, serde_json::json!({ "success": taken.len(), "remain": 4990, "not_same_site": not_same }).to_string())
    })
}

fn failing_with(status: u16, message: &'static str) -> Answering {
    Box::new(move |_| {
        (
            status,
            format!(r#"{{"error":{status},"message":"{message}"}}"#),
        )
    })
}

/// A copy of the sample data folder.
fn sample_data(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("push-baidu-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data"),
        &dir,
    );
    dir
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|error| panic!("{error}"));
    for entry in fs::read_dir(from).into_iter().flatten().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|error| panic!("{error}"));
        }
    }
}

fn push(data: &Path, endpoint: &str) -> Output {
    Command::new(TOOL)
        .arg("push-baidu")
        .arg(data)
        .env("BAIDU_PUSH_SITE", SITE)
        .env("BAIDU_PUSH_TOKEN", TOKEN)
        .env("BAIDU_PUSH_ENDPOINT", endpoint)
        .output()
        .unwrap_or_else(|error| panic!("{TOOL}: {error}"))
}

fn text(output: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !text.contains(TOKEN) && !text.contains("secret"),
        "the token was printed: {text}"
    );
    text
}

/// The listed articles: every article file but the expired notices', which
/// search engines are not asked to crawl.
fn article_count(data: &Path) -> usize {
    let files = fs::read_dir(data.join("articles"))
        .into_iter()
        .flatten()
        .flatten();
    files
        .filter(|file| {
            let text = fs::read_to_string(file.path()).unwrap_or_default();
            !text.contains("\"expired\": true")
        })
        .count()
}

#[test]
fn pushes_every_article_once_then_only_what_changed() {
    let data = sample_data("once");
    let (endpoint, received) = push_api(taking_all_but("never"));
    let first = push(&data, &endpoint);
    let said = text(&first);
    assert!(first.status.success(), "{said}");
    let articles = article_count(&data);
    {
        let received = received.lock().map(|log| log.clone()).unwrap_or_default();
        assert_eq!(received.len(), 1, "{said}");
        let request = &received[0];
        assert_eq!(
            request.target,
            format!("/urls?site=https%3A%2F%2Fwww.jointlink.cn&token={TOKEN}")
        );
        assert_eq!(request.content_type, "text/plain");
        assert_eq!(request.lines.len(), articles);
        assert!(request
            .lines
            .contains(&"https://www.jointlink.cn/news/zh-hans/news/rcep-takes-effect/".to_owned()));
        assert!(request
            .lines
            .contains(&"https://www.jointlink.cn/news/news/rcep-takes-effect-en/".to_owned()));
    }
    assert!(
        said.contains(&format!(
            "Baidu took {articles} of {articles} addresses; it takes 4990 more today"
        )),
        "{said}"
    );

    let again = push(&data, &endpoint);
    assert!(again.status.success());
    assert!(
        text(&again).contains("nothing new or changed"),
        "{}",
        text(&again)
    );
    assert_eq!(
        received.lock().map(|log| log.len()).unwrap_or_default(),
        1,
        "a second run sends nothing"
    );

    // A correction to one article of a translated pair: it and its other version are pushed.
    let file = data.join("articles/rcep-takes-effect-en.json");
    let article = fs::read_to_string(&file).unwrap_or_default();
    let corrected = article.replacen(
        "\"date_published\"",
        "\"date_modified\": \"2026-11-30T09:00:00+08:00\",\n  \"date_published\"",
        1,
    );
    fs::write(&file, corrected).unwrap_or_else(|error| panic!("{error}"));
    let indexed = Command::new(TOOL)
        .arg("index")
        .arg(&data)
        .output()
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(indexed.status.success(), "{}", text(&indexed));
    let changed = push(&data, &endpoint);
    assert!(changed.status.success(), "{}", text(&changed));
    let last = received
        .lock()
        .ok()
        .and_then(|log| log.last().cloned())
        .map(|request| request.lines)
        .unwrap_or_default();
    assert_eq!(
        last,
        [
            "https://www.jointlink.cn/news/news/rcep-takes-effect-en/",
            "https://www.jointlink.cn/news/zh-hans/news/rcep-takes-effect/",
        ]
    );
    let _ = fs::remove_dir_all(&data);
}

#[test]
fn refused_addresses_are_reported_and_tried_again() {
    let data = sample_data("refused");
    let (endpoint, received) = push_api(taking_all_but("rcep"));
    let output = push(&data, &endpoint);
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("refused, not on https://www.jointlink.cn: https://www.jointlink.cn/news/zh-hans/news/rcep-takes-effect/"), "{said}");
    let again = push(&data, &endpoint);
    assert!(again.status.success());
    let retried = received
        .lock()
        .ok()
        .and_then(|log| log.last().cloned())
        .map(|request| request.lines)
        .unwrap_or_default();
    assert_eq!(retried.len(), 2, "only the refused pair again: {retried:?}");
    assert!(retried.iter().all(|address| address.contains("rcep")));
    let _ = fs::remove_dir_all(&data);
}

#[test]
fn each_error_is_one_line_and_nothing_is_recorded() {
    for (status, message, explained) in [
        (
            400,
            "site error",
            "verify the site in Baidu's webmaster tools",
        ),
        (
            401,
            "token is not valid",
            "Baidu refused the token: set BAIDU_PUSH_TOKEN",
        ),
        (400, "over quota", "today's quota is used up"),
        (404, "not found", "there is no push API at"),
        (
            500,
            "internal error",
            "Baidu answered 500: internal error; try again later",
        ),
    ] {
        let data = sample_data("errors");
        let (endpoint, _) = push_api(failing_with(status, message));
        let output = push(&data, &endpoint);
        let said = text(&output);
        assert_eq!(output.status.code(), Some(1), "{message}: {said}");
        assert!(said.contains(explained), "{message}: {said}");
        assert_eq!(said.trim().lines().count(), 1, "{said}");
        assert!(
            !data.join(".baidu-pushed.json").exists(),
            "{message}: nothing was pushed"
        );
        let _ = fs::remove_dir_all(&data);
    }
}

#[test]
fn an_unreachable_api_and_missing_settings_are_explained() {
    let data = sample_data("unreachable");
    let output = push(&data, "http://127.0.0.1:9/urls");
    let said = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        said.contains("could not reach http://127.0.0.1:9/urls"),
        "{said}"
    );
    let unset = Command::new(TOOL)
        .arg("push-baidu")
        .arg(&data)
        .env_remove("BAIDU_PUSH_SITE")
        .env_remove("BAIDU_PUSH_TOKEN")
        .output()
        .unwrap_or_else(|error| panic!("{error}"));
    assert_ne!(unset.status.code(), Some(0));
    assert!(
        text(&unset).contains("set BAIDU_PUSH_SITE"),
        "{}",
        text(&unset)
    );
    let _ = fs::remove_dir_all(&data);
}
