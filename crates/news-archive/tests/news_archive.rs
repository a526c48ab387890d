//! The news-archive tool as an editor runs it: publishing a content folder,
//! the rule that nothing an editor changed is overwritten, and runs killed
//! half way, which must leave only complete files behind.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread::sleep;
use std::time::Duration;

use news_core::model::{Article, Body, NewsIndex};

const TOOL: &str = env!("CARGO_BIN_EXE_news-archive");

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("news-archive-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("content")).unwrap_or_else(|error| panic!("{error}"));
    fs::create_dir_all(dir.join("data")).unwrap_or_else(|error| panic!("{error}"));
    let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/site.json");
    fs::copy(site, dir.join("data/site.json")).unwrap_or_else(|error| panic!("{error}"));
    dir
}

fn write_articles(content: &Path, count: usize) {
    for number in 0..count {
        let text = format!(
            "---\ntitle: Port notice {number}\ndate: 2025-{:02}-{:02} 09:00\ntags: [Ports]\n---\nBerth **{number}** is open.\n\n| Berth | Status |\n| --- | --- |\n| {number} | open |\n",
            number % 12 + 1,
            number % 28 + 1
        );
        fs::write(content.join(format!("port-notice-{number}.md")), text)
            .unwrap_or_else(|error| panic!("{error}"));
    }
}

fn run(args: &[&Path], extra: &[&str]) -> Output {
    let mut command = Command::new(TOOL);
    command.args(args).args(extra);
    command
        .output()
        .unwrap_or_else(|error| panic!("{TOOL}: {error}"))
}

fn publish(dir: &Path, extra: &[&str]) -> Output {
    let mut command = Command::new(TOOL);
    command
        .arg("publish")
        .arg(dir.join("content"))
        .arg(dir.join("data"))
        .args(extra);
    command
        .output()
        .unwrap_or_else(|error| panic!("{TOOL}: {error}"))
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn an_article_someone_changed_is_not_overwritten_without_force() {
    let dir = folder("overwrite");
    write_articles(&dir.join("content"), 2);
    assert!(publish(&dir, &[]).status.success());
    let file = dir.join("data/articles/port-notice-1.json");
    let edited = fs::read_to_string(&file)
        .unwrap_or_default()
        .replace("Port notice 1", "Port notice 1 (edited by hand)");
    fs::write(&file, &edited).unwrap_or_else(|error| panic!("{error}"));
    fs::write(
        dir.join("content/port-notice-0.md"),
        fs::read_to_string(dir.join("content/port-notice-0.md"))
            .unwrap_or_default()
            .replace("is open", "is closed"),
    )
    .unwrap_or_default();

    let refused = publish(&dir, &[]);
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("port-notice-1.json: not written from"),
        "{}",
        text(&refused)
    );
    assert_eq!(fs::read_to_string(&file).unwrap_or_default(), edited);
    // Nothing else was written either: the run stopped before its first write.
    assert!(
        fs::read_to_string(dir.join("data/articles/port-notice-0.json"))
            .unwrap_or_default()
            .contains("is open")
    );

    let forced = publish(&dir, &["--force"]);
    assert!(forced.status.success(), "{}", text(&forced));
    assert!(!fs::read_to_string(&file)
        .unwrap_or_default()
        .contains("edited by hand"));
    assert!(
        fs::read_to_string(dir.join("data/articles/port-notice-0.json"))
            .unwrap_or_default()
            .contains("is closed")
    );
    let again = publish(&dir, &[]);
    assert!(
        text(&again).contains("0 written, 2 unchanged"),
        "{}",
        text(&again)
    );
    let _ = fs::remove_dir_all(&dir);
}

/// Every article file and index file in `data` reads whole.
fn assert_complete(data: &Path) -> usize {
    let mut articles = 0;
    for entry in fs::read_dir(data.join("articles"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            let text = fs::read_to_string(entry.path()).unwrap_or_default();
            Article::parse(&name, &text).unwrap_or_else(|error| panic!("half-written: {error}"));
            articles += 1;
        } else {
            assert!(name.starts_with('.'), "{name} is taken for data");
        }
    }
    if let Ok(text) = fs::read_to_string(data.join("news.json")) {
        NewsIndex::parse("news.json", &text)
            .unwrap_or_else(|error| panic!("half-written: {error}"));
    }
    articles
}

#[test]
fn a_run_killed_half_way_leaves_complete_files_and_can_run_again() {
    const COUNT: usize = 300;
    let mut stopped_half_way = 0;
    for delay in [2, 5, 10, 20, 40, 80, 160] {
        let dir = folder(&format!("killed-{delay}"));
        write_articles(&dir.join("content"), COUNT);
        let mut child = Command::new(TOOL)
            .arg("publish")
            .arg(dir.join("content"))
            .arg(dir.join("data"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| panic!("{error}"));
        sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let finished = child.wait().map(|status| status.success()).unwrap_or(false);
        let written = assert_complete(&dir.join("data"));
        if !finished && written < COUNT {
            stopped_half_way += 1;
        }
        let rerun = publish(&dir, &[]);
        assert!(
            rerun.status.success(),
            "after a kill at {delay} ms: {}",
            text(&rerun)
        );
        assert_eq!(assert_complete(&dir.join("data")), COUNT);
        let check = run(&[Path::new("check"), &dir.join("data")], &[]);
        assert!(check.status.success(), "{}", text(&check));
        let _ = fs::remove_dir_all(&dir);
    }
    assert!(
        stopped_half_way > 0,
        "no run was stopped half way: the test did not test"
    );
}

#[test]
fn a_broken_content_file_names_its_line_and_stops_the_run() {
    let dir = folder("broken");
    write_articles(&dir.join("content"), 1);
    fs::write(
        dir.join("content/bad.md"),
        "---\ntitle: Bad\ndate: 2026-13-01\n---\nx",
    )
    .unwrap_or_default();
    let output = publish(&dir, &[]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("bad.md: line 3: `date` must be a date"),
        "{}",
        text(&output)
    );
    assert!(
        !dir.join("data/articles").exists(),
        "nothing is published while a file is broken"
    );
    let _ = fs::remove_dir_all(&dir);
}

/// The tool's exit code and its output, for `args`.
fn exit_of(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(TOOL)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{TOOL}: {error}"));
    (output.status.code(), text(&output))
}

#[test]
fn exit_codes_tell_done_problems_and_usage_apart() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");
    assert_eq!(exit_of(&["check", sample]).0, Some(0));

    let dir = folder("exit-codes");
    let data = dir.join("data");
    let data = data.to_str().unwrap_or_default();
    let (code, output) = exit_of(&["check", data]);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("no article files"), "{output}");

    for usage in [
        vec!["check", "--force", sample],
        vec!["check"],
        vec!["publish", "content"],
        vec!["bogus"],
        vec!["index", sample, "--shard-size", "many"],
    ] {
        let (code, output) = exit_of(&usage);
        assert_eq!(code, Some(2), "{usage:?}: {output}");
        assert!(
            output.starts_with("error:") && output.contains("--help"),
            "{usage:?}: {output}"
        );
    }
    let (code, output) = exit_of(&["publish", "--help"]);
    assert_eq!(code, Some(0));
    assert!(output.contains("--force"), "{output}");
    let _ = fs::remove_dir_all(dir);
}

fn write_content(content: &Path, name: &str, front_matter: &str) {
    let text = format!("---\n{front_matter}\n---\nThe notice.\n");
    fs::write(content.join(name), text).unwrap_or_else(|error| panic!("{error}"));
}

fn published_ids(data: &Path) -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir(data.join("articles"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    ids.sort();
    ids
}

#[test]
fn drafts_and_scheduled_articles_are_held_back_until_due() {
    let dir = folder("held");
    let (content, data) = (dir.join("content"), dir.join("data"));
    write_content(
        &content,
        "berth-7.md",
        "title: Berth 7 reopens\ndate: 2026-11-01 09:00",
    );
    write_content(
        &content,
        "draft-note.md",
        "title: Not yet\ndate: 2026-11-02\ndraft: true",
    );
    write_content(
        &content,
        "winter-schedule.md",
        "title: Winter schedule\ndate: 2030-01-15 09:00\nlanguage: en\ntranslation: winter-schedule-zh",
    );
    write_content(
        &content,
        "winter-schedule-zh.md",
        "title: 冬季船期\ndate: 2030-02-01 09:00\nlanguage: zh-Hans\ntranslation: winter-schedule",
    );

    let before = publish(&dir, &["--as-of", "2026-12-01"]);
    let said = text(&before);
    assert!(before.status.success(), "{said}");
    assert!(said.contains("draft-note.md: held back, a draft"), "{said}");
    assert!(
        said.contains("winter-schedule.md: held back, scheduled for 2030-01-15T09:00:00+08:00"),
        "{said}"
    );
    assert!(
        said.contains("(1 written, 0 unchanged, 3 held back)"),
        "{said}"
    );
    assert_eq!(published_ids(&data), ["berth-7"]);

    // Due: published on time, without a link to its translation, which is not yet.
    let due = publish(&dir, &["--as-of", "2030-01-15 09:00"]);
    assert!(due.status.success(), "{}", text(&due));
    assert_eq!(published_ids(&data), ["berth-7", "winter-schedule"]);
    let english =
        fs::read_to_string(data.join("articles/winter-schedule.json")).unwrap_or_default();
    assert!(!english.contains("translations"), "{english}");

    // Both out: linked both ways; the draft stays out until it says otherwise.
    let later = publish(&dir, &["--as-of", "2030-02-01 09:00"]);
    assert!(later.status.success(), "{}", text(&later));
    assert_eq!(
        published_ids(&data),
        ["berth-7", "winter-schedule", "winter-schedule-zh"]
    );
    let english =
        fs::read_to_string(data.join("articles/winter-schedule.json")).unwrap_or_default();
    assert!(
        english.contains("\"id\": \"winter-schedule-zh\""),
        "{english}"
    );
    // An editor's preview has them all, marked, and check says it is no site's data.
    let preview = dir.join("preview");
    let previewed = run(
        &[Path::new("publish"), &content, &preview],
        &["--preview", "--as-of", "2026-12-01"],
    );
    assert!(previewed.status.success(), "{}", text(&previewed));
    assert_eq!(
        published_ids(&preview),
        [
            "berth-7",
            "draft-note",
            "winter-schedule",
            "winter-schedule-zh"
        ]
    );
    let draft = fs::read_to_string(preview.join("articles/draft-note.json")).unwrap_or_default();
    assert!(draft.contains("\"preview\": \"draft\""), "{draft}");
    let scheduled =
        fs::read_to_string(preview.join("articles/winter-schedule.json")).unwrap_or_default();
    assert!(
        scheduled.contains("\"preview\": \"scheduled\""),
        "{scheduled}"
    );
    let berth = fs::read_to_string(preview.join("articles/berth-7.json")).unwrap_or_default();
    assert!(!berth.contains("preview"), "{berth}");
    let checked = run(&[Path::new("check"), &preview], &[]);
    assert!(!checked.status.success());
    assert!(
        text(&checked).contains("`preview` is \"draft\": an editor's preview"),
        "{}",
        text(&checked)
    );

    write_content(
        &content,
        "draft-note.md",
        "title: Not yet\ndate: 2026-11-02\ndraft: maybe",
    );
    let unclear = publish(&dir, &[]);
    assert!(!unclear.status.success());
    assert!(
        text(&unclear).contains("`draft` must be true or false"),
        "{}",
        text(&unclear)
    );
    let _ = fs::remove_dir_all(&dir);
}

fn read_article(data: &Path, id: &str) -> Article {
    let file = format!("articles/{id}.json");
    let text = fs::read_to_string(data.join(&file)).unwrap_or_default();
    Article::parse_file(&file, &text, id).unwrap_or_else(|error| panic!("{error}"))
}

fn read_index(data: &Path) -> NewsIndex {
    let text = fs::read_to_string(data.join("news.json")).unwrap_or_default();
    NewsIndex::parse("news.json", &text).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn an_expired_notice_leaves_the_listing_and_keeps_its_address() {
    let dir = folder("expired");
    let (content, data) = (dir.join("content"), dir.join("data"));
    write_content(
        &content,
        "typhoon-closure.md",
        "title: Port closed for the typhoon\ndate: 2026-09-14 08:00\nexpires: 2026-09-18\ntags: [Ports]",
    );
    write_content(
        &content,
        "berth-7.md",
        "title: Berth 7 ready for the typhoon season\ndate: 2026-09-10 09:00\ntags: [Ports]",
    );

    // Still in effect: listed, related, and saying until when.
    let before = publish(&dir, &["--as-of", "2026-09-17 23:59"]);
    assert!(before.status.success(), "{}", text(&before));
    let index = read_index(&data);
    assert_eq!(index.total, 2);
    assert!(index.expired.is_empty());
    let notice = read_article(&data, "typhoon-closure");
    assert_eq!(
        notice.meta.expires.as_ref().map(|time| time.as_str()),
        Some("2026-09-18T00:00:00+08:00")
    );
    assert_eq!(notice.related.len(), 1);

    // Expired: named by the index, not listed, its text withdrawn, and
    // nobody's related article any more.
    let after = publish(&dir, &["--as-of", "2026-09-18"]);
    let said = text(&after);
    assert!(after.status.success(), "{said}");
    assert!(
        said.contains("typhoon-closure.md: expired 2026-09-18T00:00:00+08:00"),
        "{said}"
    );
    let index = read_index(&data);
    assert_eq!(index.total, 1);
    assert_eq!(index.expired, ["typhoon-closure"]);
    assert_eq!(index.lists("typhoon-closure"), Some(true));
    let notice = read_article(&data, "typhoon-closure");
    assert_eq!(notice.body, Body::Expired);
    assert_eq!(
        (notice.summary, notice.reading_minutes, notice.related.len()),
        (None, None, 0)
    );
    assert!(read_article(&data, "berth-7").related.is_empty());
    let checked = run(&[Path::new("check"), &data], &[]);
    assert!(checked.status.success(), "{}", text(&checked));

    // An expiry before the release is a mistake the editor is told about.
    write_content(
        &content,
        "backwards.md",
        "title: Backwards\ndate: 2026-09-14\nexpires: 2026-09-01",
    );
    let refused = publish(&dir, &[]);
    let said = text(&refused);
    assert!(!refused.status.success(), "{said}");
    assert!(
        said.contains("backwards.md: `expires` must be later than `date`"),
        "{said}"
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn index_brings_counts_up_to_date_in_hand_written_files_and_keeps_the_rest() {
    let dir = folder("recount");
    let (content, data) = (dir.join("content"), dir.join("data"));
    write_articles(&content, 2);
    assert!(publish(&dir, &["--as-of", "2026-01-01"]).status.success());
    let hand_written = r#"{
  "id": "berth-9",
  "title": "Berth 9 notice",
  "date_published": "2025-03-03T09:00:00+08:00",
  "summary": "Berth 9.",
  "tags": ["Ports"],
  "content_text": "Berth nine is open.",
  "_editor_note": "kept as it is"
}
"#;
    fs::write(data.join("articles/berth-9.json"), hand_written)
        .unwrap_or_else(|error| panic!("{error}"));
    let stale = run(&[Path::new("check"), &data], &[]);
    assert!(!stale.status.success(), "a new article is not counted yet");

    let indexed = run(&[Path::new("index"), &data], &[]);
    assert!(indexed.status.success(), "{}", text(&indexed));
    let file = fs::read_to_string(data.join("articles/berth-9.json")).unwrap_or_default();
    assert!(
        file.contains("\"_editor_note\": \"kept as it is\""),
        "{file}"
    );
    assert!(file.contains("\"reading_minutes\": 1"), "{file}");
    let related: Vec<String> = read_article(&data, "berth-9")
        .related
        .into_iter()
        .map(|entry| entry.id)
        .collect();
    assert_eq!(related, ["port-notice-1", "port-notice-0"]);
    assert!(
        read_article(&data, "port-notice-0")
            .related
            .iter()
            .any(|entry| entry.id == "berth-9"),
        "the others name the new article too"
    );
    let checked = run(&[Path::new("check"), &data], &[]);
    assert!(checked.status.success(), "{}", text(&checked));
    // The tool's own files stay the tool's: publishing again replaces them.
    // A new article joins the archive in the same run.
    write_articles(&content, 3);
    fs::write(
        content.join("port-notice-0.md"),
        fs::read_to_string(content.join("port-notice-0.md"))
            .unwrap_or_default()
            .replace("is open", "is closed"),
    )
    .unwrap_or_else(|error| panic!("{error}"));
    let again = publish(&dir, &["--as-of", "2026-01-01"]);
    assert!(again.status.success(), "{}", text(&again));
    assert!(read_article(&data, "port-notice-0")
        .body
        .plain_text()
        .contains("is closed"));
    // Publishing brings the hand-written file's counts up to date as well.
    let file = fs::read_to_string(data.join("articles/berth-9.json")).unwrap_or_default();
    assert!(
        file.contains("\"_editor_note\": \"kept as it is\""),
        "{file}"
    );
    assert!(
        read_article(&data, "berth-9")
            .related
            .iter()
            .any(|entry| entry.id == "port-notice-2"),
        "{file}"
    );
    let checked = run(&[Path::new("check"), &data], &[]);
    assert!(checked.status.success(), "{}", text(&checked));
    let _ = fs::remove_dir_all(dir);
}
