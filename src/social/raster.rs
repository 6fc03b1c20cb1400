//! From a card's SVG to a PNG, natively (resvg; no browser at build time), and the text
//! measurement the card layout wraps its lines with. Fonts come from the system: resvg draws no
//! text without them, so a missing face fails the build with a message saying what to install,
//! rather than writing a card with blank text.

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::sync::Arc;

/// The faces the cards are set in, each in the site's own stacks (`style/tokens.css`): Japanese
/// in Noto Sans CJK JP (`--font-ja`; its Latin glyphs set the digits and names in a Japanese
/// line, as on the page); English in Liberation Sans (`--font-latin`) and the headline in
/// Liberation Serif (`--font-head-latin`).
pub const JA: &str = "Noto Sans CJK JP";
pub const SANS: &str = "Liberation Sans";
pub const SERIF: &str = "Liberation Serif";

/// A face to measure with: a family and whether bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Face {
    pub family: &'static str,
    pub bold: bool,
}

/// The system's fonts, checked to hold every face the cards use.
pub struct Fonts {
    db: Arc<fontdb::Database>,
}

impl Fonts {
    /// Loads the system's fonts; an error names the faces that are missing and the package.
    pub fn load() -> Result<Fonts, String> {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let fonts = Fonts { db: Arc::new(db) };
        let missing: Vec<String> = [JA, SANS, SERIF]
            .into_iter()
            .flat_map(|family| [false, true].map(|bold| Face { family, bold }))
            .filter(|f| fonts.face_id(*f).is_none())
            .map(|f| format!("{}{}", f.family, if f.bold { " Bold" } else { "" }))
            .collect();
        if missing.is_empty() {
            Ok(fonts)
        } else {
            Err(format!(
                "card images: no system font for {} (install Debian's fonts-noto-cjk and fonts-liberation: `make setup-fonts`)",
                missing.join(", ")
            ))
        }
    }

    fn face_id(&self, face: Face) -> Option<fontdb::ID> {
        let id = self.db.query(&fontdb::Query {
            families: &[fontdb::Family::Name(face.family)],
            weight: if face.bold {
                fontdb::Weight::BOLD
            } else {
                fontdb::Weight::NORMAL
            },
            ..Default::default()
        })?;
        // `query` falls back to the nearest weight; a regular face standing in for bold (or
        // the reverse) would still draw, but the check is for the faces named.
        let info = self.db.face(id)?;
        let bold = info.weight.0 >= 600;
        (info.families.iter().any(|(name, _)| name == face.family) && bold == face.bold).then_some(id)
    }

    /// The advance width of `text` in `face` at `size` px: the sum of its glyphs' advances
    /// (no kerning; wrapping leaves room for that).
    pub fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        let Some(id) = self.face_id(face) else { return 0.0 };
        self.db
            .with_face_data(id, |data, index| {
                let Ok(font) = FontRef::from_index(data, index) else {
                    return 0.0;
                };
                let charmap = font.charmap();
                let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
                text.chars()
                    .map(|c| {
                        charmap
                            .map(c)
                            .and_then(|g| metrics.advance_width(g))
                            .unwrap_or(size * 0.5)
                    })
                    .sum()
            })
            .unwrap_or(0.0)
    }

    /// Renders a card's SVG (its size in its `width`/`height`) to an opaque RGB PNG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let options = usvg::Options {
            fontdb: self.db.clone(),
            font_family: JA.into(),
            languages: vec!["ja".into(), "en".into()],
            ..Default::default()
        };
        let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("card SVG: {e}"))?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("card: empty size")?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(&tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
        // Opaque RGB, no alpha channel: a third smaller than RGBA, and no platform shows the
        // card on a background of its own choosing.
        let rgb: Vec<u8> = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue()]
            })
            .collect();
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, size.width(), size.height());
            encoder.set_color(png::ColorType::Rgb);
            encoder.set_depth(png::BitDepth::Eight);
            encoder.set_compression(png::Compression::High);
            encoder.set_filter(png::Filter::Adaptive);
            let mut writer = encoder.write_header().map_err(|e| format!("card PNG: {e}"))?;
            writer.write_image_data(&rgb).map_err(|e| format!("card PNG: {e}"))?;
        }
        Ok(out)
    }
}

/// The width and height in a PNG's IHDR chunk (bytes 16–24), or `None` if it is not a PNG.
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.get(..8)? != b"\x89PNG\r\n\x1a\n" || png.get(12..16)? != b"IHDR" {
        return None;
    }
    let be = |i: usize| Some(u32::from_be_bytes(png.get(i..i + 4)?.try_into().ok()?));
    Some((be(16)?, be(20)?))
}
