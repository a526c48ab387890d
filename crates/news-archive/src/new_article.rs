//! `news-archive new "<title>" [--lang <tag>]`: a new Markdown file in the
//! content folder, named after the title, dated now in the company's time
//! zone, ready for the editor to write in.

use crate::calendar::company_now;
use crate::error::ToolError;
use crate::front_matter::{self, Value};
use crate::ids::id_from_title;
use std::fs;
use std::path::{Path, PathBuf};

const BODY: &str = "<!-- Write the article below, in Markdown: ## for a section heading, **bold**, [a link](https://…), tables with | bars |. -->\n\n";

/// Writes the file and returns its path; an existing file is never replaced.
pub fn new_article(
    content: &Path,
    title: &str,
    language: Option<&str>,
) -> Result<PathBuf, ToolError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(ToolError::Argument("the title is empty".to_owned()));
    }
    fs::create_dir_all(content).map_err(ToolError::io(content))?;
    let id = id_from_title(title);
    let path = (1..)
        .map(|number| match number {
            1 => content.join(format!("{id}.md")),
            _ => content.join(format!("{id}-{number}.md")),
        })
        .find(|path| !path.exists())
        .unwrap_or_else(|| content.join(format!("{id}.md")));
    let mut fields = vec![
        ("title", Value::Text(title.to_owned())),
        ("date", Value::Text(company_now())),
        ("summary", Value::Text(String::new())),
        ("tags", Value::List(Vec::new())),
    ];
    if let Some(language) = language {
        fields.push(("language", Value::Text(language.to_owned())));
    }
    let text = front_matter::write(&fields, BODY);
    // create_new: a file that appeared meanwhile is not overwritten.
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, text.as_bytes()))
        .map_err(ToolError::io(&path))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::company_time;
    use crate::content::read_content;

    #[test]
    fn dates_are_in_ningbo() {
        assert_eq!(company_time(0), "1970-01-01T08:00:00+08:00");
        // 2026-11-28T16:30:00Z is already the 29th in Ningbo.
        assert_eq!(company_time(1_795_883_400), "2026-11-29T00:30:00+08:00");
        assert_eq!(company_time(951_782_400), "2000-02-29T08:00:00+08:00");
    }

    #[test]
    fn a_new_file_reads_back_and_never_replaces_another() {
        let dir = std::env::temp_dir().join(format!("new-article-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let first = new_article(&dir, "宁波港口最新动态", Some("zh-Hans"))
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(first, dir.join("ning-bo-gang-kou-zui-xin-dong-tai.md"));
        let second =
            new_article(&dir, "宁波港口最新动态", None).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(second, dir.join("ning-bo-gang-kou-zui-xin-dong-tai-2.md"));
        let text = fs::read_to_string(&first).unwrap_or_default();
        let content = read_content(&first, &text).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(content.article.meta.title, "宁波港口最新动态");
        assert_eq!(content.article.meta.language.as_deref(), Some("zh-Hans"));
        assert!(new_article(&dir, "  ", None).is_err());
        let _ = fs::remove_dir_all(&dir);
    }
}
