//! Search text normalisation: what a reader types should find what an editor
//! wrote, whatever the case, the character width (ＡＢＣ or ABC) or the accents
//! (São Paulo or Sao Paulo). Chinese has no case or spaces, so a query term is
//! simply a substring of the normalised title and summary.

/// Lowercase, half-width, accent-free text with runs of whitespace as one space.
pub fn normalize(text: &str) -> String {
    let mut normalized = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = half_width(c);
        if c.is_whitespace() {
            pending_space = !normalized.is_empty();
            continue;
        }
        let (first, second) = match fold_accent(c) {
            Folded::One(base) => (base, None),
            Folded::Two(first, second) => (first, Some(second)),
            // A lone combining mark after a space must not leave the space at the end.
            Folded::Drop => continue,
        };
        if pending_space {
            normalized.push(' ');
            pending_space = false;
        }
        normalized.push(first);
        normalized.extend(second);
    }
    normalized
}

/// A search: every term must occur in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchTerms {
    terms: Vec<String>,
}

impl SearchTerms {
    pub fn parse(text: &str) -> Self {
        let mut terms: Vec<String> = normalize(text).split(' ').map(str::to_owned).collect();
        terms.retain(|term| !term.is_empty());
        terms.dedup();
        Self { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// `haystack` must already be normalised (see `normalize`).
    pub fn matches(&self, haystack: &str) -> bool {
        self.terms
            .iter()
            .all(|term| haystack.contains(term.as_str()))
    }
}

/// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, as typed with
/// Chinese input methods, become their ordinary forms.
fn half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

enum Folded {
    One(char),
    Two(char, char),
    Drop,
}

/// Base letters of the Latin ranges, one byte per code point (lowercase forms
/// are what matter, since text is lowercased first); `.` keeps the character.
/// Latin Extended-B and Additional cover Vietnamese (ơ, ư, ẵ, ộ).
const LATIN_1_LOWER: &str = "aaaaaa.ceeeeiiii.nooooo..uuuuy.y";
const LATIN_EXTENDED_A_B: &str = concat!(
    "aaaaaaccccccccddddeeeeeeeeeegggg",
    "gggghhhhiiiiiiiiii..jjkkklllllll",
    "lllnnnnnnnnnoooooo..rrrrrrssssss",
    "ssttttttuuuuuuuuuuuuwwyyyzzzzzz.",
    "b........dd......ff....i..l.....",
    "oo.............uu....zz.........",
    ".............aaiioouuuuuuuuuu.aa",
    "aa....ggkkoooo..j...gg..nnaa....",
    "aaaaeeeeiiiioooorrrruuuusstt..hh",
    "......aaeeooooooooyy............",
    "................",
);
const LATIN_EXTENDED_ADDITIONAL: &str = concat!(
    "aabbbbbbccddddddddddeeeeeeeeeeff",
    "gghhhhhhhhhhiiiikkkkkkllllllllmm",
    "mmmmnnnnnnnnoooooooopppprrrrrrrr",
    "ssssssssssttttttttuuuuuuuuuuvvvv",
    "wwwwwwwwwwxxxxyyzzzzzzhtwy....s.",
    "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee",
    "eeeeeeeeiiiioooooooooooooooooooo",
    "oooouuuuuuuuuuuuuuyyyyyyyy......",
);

fn fold_accent(c: char) -> Folded {
    let table = |table: &str, offset: u32| {
        table
            .as_bytes()
            .get((c as u32 - offset) as usize)
            .filter(|base| **base != b'.')
            .map_or(Folded::One(c), |base| Folded::One(char::from(*base)))
    };
    match c {
        '\u{0300}'..='\u{036F}' => Folded::Drop,
        'ß' => Folded::Two('s', 's'),
        'æ' => Folded::Two('a', 'e'),
        'œ' => Folded::Two('o', 'e'),
        'ø' => Folded::One('o'),
        '\u{E0}'..='\u{FF}' => table(LATIN_1_LOWER, 0xE0),
        '\u{100}'..='\u{24F}' => table(LATIN_EXTENDED_A_B, 0x100),
        '\u{1E00}'..='\u{1EFF}' => table(LATIN_EXTENDED_ADDITIONAL, 0x1E00),
        _ => Folded::One(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_width_and_whitespace() {
        assert_eq!(normalize("  Ningbo\tPORT \n News "), "ningbo port news");
        assert_eq!(normalize("ＲＣＥＰ　２０２２"), "rcep 2022");
        assert_eq!(normalize("Ｆｒｅｉｇｈｔ"), "freight");
    }

    #[test]
    fn folds_accents_in_precomposed_and_combining_forms() {
        assert_eq!(normalize("São Paulo"), "sao paulo");
        assert_eq!(normalize("Łódź"), "lodz");
        assert_eq!(
            normalize("Straße, Æther, Œuvre, Ørsted"),
            "strasse, aether, oeuvre, orsted"
        );
        assert_eq!(normalize("Cafe\u{301}"), "cafe");
        assert_eq!(
            normalize("Düsseldorf Ñandú Çağlar"),
            "dusseldorf nandu caglar"
        );
        assert_eq!(
            normalize("Đà Nẵng, Thành phố Hồ Chí Minh"),
            "da nang, thanh pho ho chi minh"
        );
        assert_eq!(
            normalize("Cảng Hải Phòng – ƯU TIÊN"),
            "cang hai phong – uu tien"
        );
    }

    #[test]
    fn the_accent_tables_cover_their_ranges() {
        assert_eq!(LATIN_1_LOWER.len(), 0x100 - 0xE0);
        assert_eq!(LATIN_EXTENDED_A_B.len(), 0x250 - 0x100);
        assert_eq!(LATIN_EXTENDED_ADDITIONAL.len(), 0x1F00 - 0x1E00);
        assert_eq!(normalize("ÿžźżš"), "yzzzs");
        assert_eq!(normalize("÷×"), "÷×");
    }

    /// Found by the `search_normalisation` fuzz target.
    #[test]
    fn a_lone_combining_mark_after_a_space_leaves_no_trailing_space() {
        assert_eq!(normalize("宁波 \u{301}"), "宁波");
        assert_eq!(normalize("a \u{301}b"), "a b");
    }

    #[test]
    fn leaves_chinese_alone() {
        assert_eq!(normalize("宁波舟山港 货物吞吐量"), "宁波舟山港 货物吞吐量");
    }

    #[test]
    fn every_term_must_match() {
        let haystack = normalize("Suez Canal blockage: expect delays on Asia–Europe sailings");
        assert!(SearchTerms::parse("suez").matches(&haystack));
        assert!(SearchTerms::parse("DELAYS  canal").matches(&haystack));
        assert!(SearchTerms::parse("ｃａｎａｌ").matches(&haystack));
        assert!(!SearchTerms::parse("suez panama").matches(&haystack));
        let chinese = normalize("RCEP正式生效：区域贸易迎来新机遇");
        assert!(SearchTerms::parse("区域贸易").matches(&chinese));
        assert!(SearchTerms::parse("ｒｃｅｐ 生效").matches(&chinese));
        assert!(!SearchTerms::parse("港口").matches(&chinese));
    }

    #[test]
    fn an_empty_query_is_empty() {
        assert!(SearchTerms::parse("").is_empty());
        assert!(SearchTerms::parse(" \u{3000} ").is_empty());
        assert!(!SearchTerms::parse("a").is_empty());
    }
}
