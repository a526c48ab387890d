//! Percent-encoding of URL components, for addresses and requests alike.

/// Percent-encodes all but unreserved ASCII, so any text is safe in a query value.
pub fn encode_component(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Decodes `%XX` and `+` (as HTML forms write a space); malformed escapes stay as written.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut position = 0;
    while position < bytes.len() {
        let escaped = bytes
            .get(position + 1..position + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[position], escaped) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                position += 3;
            }
            (b'+', _) => {
                decoded.push(b' ');
                position += 1;
            }
            (byte, _) => {
                decoded.push(byte);
                position += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_any_text_for_a_query_value() {
        assert_eq!(encode_component("sea freight"), "sea%20freight");
        assert_eq!(encode_component("a&b=c?#"), "a%26b%3Dc%3F%23");
        assert_eq!(encode_component("港口"), "%E6%B8%AF%E5%8F%A3");
        for text in ["Ocean freight", "港口 & 海运", "100% <b>", "a+b"] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
    }
}
