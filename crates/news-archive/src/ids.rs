//! Article ids from titles: lowercase ASCII words joined by hyphens, with each
//! Chinese character spelled in pinyin without tones. The same title always
//! gives the same id, and it reads well in an address: 宁波港口最新动态 is
//! `ning-bo-gang-kou-zui-xin-dong-tai`.

use pinyin::ToPinyin;

/// Long titles are cut at a word, so that addresses stay short.
const MAX_ID_LENGTH: usize = 80;

pub fn id_from_title(title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if let Some(spelled) = c.to_pinyin() {
            words.push(spelled.plain().to_owned());
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut id = String::new();
    for word in words {
        if !id.is_empty() && id.len() + 1 + word.len() > MAX_ID_LENGTH {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word[..word.len().min(MAX_ID_LENGTH)]);
    }
    if id.is_empty() {
        "article".to_owned()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use news_core::model::is_slug;

    #[test]
    fn chinese_titles_are_spelled_in_pinyin() {
        assert_eq!(
            id_from_title("宁波港口最新动态"),
            "ning-bo-gang-kou-zui-xin-dong-tai"
        );
        assert_eq!(id_from_title("RCEP正式生效"), "rcep-zheng-shi-sheng-xiao");
        assert_eq!(
            id_from_title("2026年春节船期安排"),
            "2026-nian-chun-jie-chuan-qi-an-pai"
        );
    }

    #[test]
    fn other_titles_become_lowercase_words() {
        assert_eq!(
            id_from_title("  Suez Canal: what's next? (2026) "),
            "suez-canal-what-s-next-2026"
        );
        assert_eq!(id_from_title("¿¡!!"), "article");
        assert_eq!(id_from_title("Café Über"), "caf-ber");
    }

    #[test]
    fn ids_are_stable_slugs_of_bounded_length() {
        let long = "港".repeat(200);
        for title in [
            "宁波港口最新动态",
            "Peak season — booking advice",
            &long,
            "A".repeat(300).as_str(),
        ] {
            let id = id_from_title(title);
            assert_eq!(id, id_from_title(title));
            assert!(is_slug(&id), "{id}");
            assert!(id.len() <= MAX_ID_LENGTH, "{id}");
        }
    }
}
