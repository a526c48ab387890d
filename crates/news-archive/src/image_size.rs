//! The width and height of a picture file in the data folder, so that the
//! index records them and the page keeps the picture's space before it
//! arrives: read from the header of a raster file (through imagesize) or from
//! the root element of an SVG file.

use std::fs;
use std::path::Path;

use news_core::model::{is_web_address, Article};

/// Each article whose picture is a file in `data` and whose size the data
/// does not give, with the size read from the file.
pub fn with_image_sizes(data: &Path, articles: &[Article]) -> Vec<Article> {
    articles
        .iter()
        .cloned()
        .map(|mut article| {
            if let Some(image) = article.meta.image.as_mut() {
                if image.size.is_none() && !is_web_address(&image.url) {
                    image.size = image_size(&data.join(&image.url));
                }
            }
            article
        })
        .collect()
}

pub fn image_size(path: &Path) -> Option<(u32, u32)> {
    let bytes = fs::read(path).ok()?;
    let svg = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("svg"));
    let (width, height) = if svg {
        svg_size(&String::from_utf8_lossy(&bytes))?
    } else {
        let size = imagesize::blob_size(&bytes).ok()?;
        (size.width, size.height)
    };
    Some((u32::try_from(width).ok()?, u32::try_from(height).ok()?))
        .filter(|(width, height)| *width > 0 && *height > 0)
}

/// `width` and `height` of the root `<svg>` element, or else its `viewBox`.
fn svg_size(text: &str) -> Option<(usize, usize)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attribute = |name: &str| -> Option<&str> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag.get(at..at + tag[at..].find('"')?)
    };
    let length = |value: &str| -> Option<usize> {
        let number: f64 = value.trim().trim_end_matches("px").parse().ok()?;
        (number >= 1.0 && number.is_finite()).then(|| number.round() as usize)
    };
    if let (Some(width), Some(height)) = (
        attribute("width").and_then(length),
        attribute("height").and_then(length),
    ) {
        return Some((width, height));
    }
    let view_box: Vec<&str> = attribute("viewBox")?
        .split([' ', ','])
        .filter(|part| !part.is_empty())
        .collect();
    match view_box.as_slice() {
        [_, _, width, height] => Some((length(width)?, length(height)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes_come_from_width_and_height_or_the_view_box() {
        assert_eq!(
            svg_size(
                r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" stroke-width="2">"#
            ),
            Some((1200, 800))
        );
        assert_eq!(
            svg_size(r#"<svg viewBox="0 0 1200 675" width="100%">"#),
            Some((1200, 675))
        );
        assert_eq!(
            svg_size(r#"<svg width="640px" height="360.4px">"#),
            Some((640, 360))
        );
        assert_eq!(svg_size("<svg>"), None);
        assert_eq!(svg_size("not a picture"), None);
    }

    #[test]
    fn raster_sizes_come_from_the_header() {
        let dir = std::env::temp_dir().join(format!("image-size-{}", std::process::id()));
        let _ = fs::create_dir_all(&dir);
        // A 3×2 PNG: signature, then the IHDR chunk with width and height.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&[0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0, 0, 0, 0, 0]);
        fs::write(dir.join("a.png"), &png).unwrap_or_default();
        assert_eq!(image_size(&dir.join("a.png")), Some((3, 2)));
        fs::write(dir.join("b.png"), b"not a png").unwrap_or_default();
        assert_eq!(image_size(&dir.join("b.png")), None);
        assert_eq!(image_size(&dir.join("missing.webp")), None);
        let _ = fs::remove_dir_all(&dir);
    }
}
