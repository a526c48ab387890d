//! The QR code of each article's published address, which readers scan with
//! WeChat to open the article on the phone or share it: one SVG file per
//! article in the data folder (`layout::share_code_file`), made here so that
//! the app only shows a picture and carries no QR encoder.

use std::path::Path;

use qrcode::{Color, EcLevel, QrCode};

use news_core::data_folder::layout::share_code_file;

use crate::error::PrerenderError;
use crate::site_pages::write_file;

/// Writes the code of each article's address (`(id, address)`) below
/// `data_folder`.
pub fn write_share_codes(
    data_folder: &Path,
    articles: &[(String, String)],
) -> Result<(), PrerenderError> {
    articles
        .iter()
        .try_for_each(|(id, address)| write_share_code(data_folder, id, address))
}

/// Writes the code of `address` for article `id` below `data_folder`. An
/// address too long for a QR code gets none, and the app then shows only the
/// address and "Copy link".
fn write_share_code(data_folder: &Path, id: &str, address: &str) -> Result<(), PrerenderError> {
    match share_code_svg(address) {
        Some(svg) => write_file(&data_folder.join(share_code_file(id)), &svg),
        None => {
            println!("prerender: {address} is too long for a QR code; article {id} is shared by its link only");
            Ok(())
        }
    }
}

/// Modules of light margin around the code, as the standard asks for.
const QUIET_ZONE: usize = 4;

/// The QR code as an SVG of one unit per module with the standard quiet
/// zone, which pages scale to the size they show it at: one path of the dark
/// runs of each row, so a code is about 4 KB (1 KB brotli). Medium error
/// correction: phone cameras read it off a screen at a glance.
fn share_code_svg(address: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(address, EcLevel::M).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (row, modules) in code.to_colors().chunks(width).enumerate() {
        let mut column = 0;
        while column < width {
            let run = modules[column..]
                .iter()
                .take_while(|module| **module == Color::Dark)
                .count();
            if run > 0 {
                let (x, y) = (column + QUIET_ZONE, row + QUIET_ZONE);
                path.push_str(&format!("M{x} {y}h{run}v1h-{run}z"));
            }
            column += run.max(1);
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size}\" height=\"{size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_a_square_svg_with_a_quiet_zone() {
        let address = "https://www.jointlink.cn/news/zh-hans/news/rcep-takes-effect/";
        let svg = share_code_svg(address).unwrap_or_default();
        assert!(
            svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        // Version 4 (33 modules) holds this address at level M; 4 modules of quiet zone each side.
        assert!(svg.contains("viewBox=\"0 0 41 41\""), "{svg}");
        assert!(
            svg.contains("<path d=\"M4 4h7v1h-7z"),
            "the finder pattern's top row, inside the quiet zone: {svg}"
        );
        assert!(svg.len() < 5000, "{} bytes", svg.len());
    }

    #[test]
    fn an_address_too_long_for_a_code_gets_none() {
        let long = format!("https://www.jointlink.cn/news/{}/", "a".repeat(3000));
        assert_eq!(share_code_svg(&long), None);
    }
}
