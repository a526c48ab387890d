//! How long an article takes to read, counted once when it is published.
//! Chinese has no spaces between words, so counting words would make a long
//! Chinese article "one minute": Chinese, Japanese and Korean text is counted
//! by character, everything else by word.

/// Words a minute: silent reading of English non-fiction, 238 (Brysbaert,
/// "How many words do we read per minute?", Journal of Memory and Language
/// 109, 2019).
const WORDS_PER_MINUTE: usize = 238;

/// Characters a minute for Chinese: 300, the careful end of the 300–400 usually
/// given, because readers of rate notices and customs rules read closely.
const CHARACTERS_PER_MINUTE: usize = 300;

/// Whole minutes, rounded up, and at least one.
pub fn reading_minutes(text: &str) -> usize {
    let (mut words, mut characters) = (0, 0);
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            characters += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                words += 1;
            }
            in_word = true;
        } else if c.is_whitespace() || !matches!(c, '\'' | '’' | '-' | '.' | ',') {
            // Apostrophes, hyphens and digit separators stay inside a word.
            in_word = false;
        }
    }
    // In thousandths of a minute, so mixed text adds up before it rounds.
    let thousandths = words * 1000 / WORDS_PER_MINUTE + characters * 1000 / CHARACTERS_PER_MINUTE;
    thousandths.div_ceil(1000).max(1)
}

/// Han ideographs, kana and Hangul: scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(count: usize) -> String {
        vec!["freight"; count].join(" ")
    }

    #[test]
    fn english_is_counted_by_word_and_rounded_up() {
        assert_eq!(reading_minutes(&words(238)), 1);
        assert_eq!(reading_minutes(&words(239)), 2);
        assert_eq!(reading_minutes(&words(238 * 5)), 5);
    }

    #[test]
    fn chinese_is_counted_by_character_not_by_spaceless_word() {
        let chinese = "宁波舟山港".repeat(120);
        assert_eq!(reading_minutes(&chinese), 2, "600 characters");
        assert_eq!(reading_minutes(&"港".repeat(301)), 2);
        assert_eq!(reading_minutes(&"港".repeat(300)), 1);
    }

    #[test]
    fn mixed_text_adds_both_counts() {
        let mixed = format!("{} {}", words(119), "港".repeat(150));
        assert_eq!(reading_minutes(&mixed), 1, "half a minute each");
        let mixed = format!("{} {}", words(238), "港".repeat(300));
        assert_eq!(reading_minutes(&mixed), 2);
    }

    #[test]
    fn punctuation_and_numbers_do_not_split_or_make_words() {
        assert_eq!(reading_minutes(""), 1, "never zero minutes");
        let text = "Ningbo-Zhoushan's 1,234.5 TEU — up 3.5% ( ) ... ".repeat(100);
        // Five words a repeat: Ningbo-Zhoushan's, 1,234.5, TEU, up, 3.5.
        assert_eq!(reading_minutes(&text), (500_usize).div_ceil(238));
    }
}
