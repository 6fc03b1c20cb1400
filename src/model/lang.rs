//! Which language to show: the reader's explicit choice wins over what the browser suggests.

use serde::{Deserialize, Serialize};

/// The two languages of the explainer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Japanese: the source article's language and the fallback.
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 code used for `<html lang>`, `?lang=` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `ja`, `ja-JP`, `EN_us` or ` en `; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("ja") {
            Some(Lang::Ja)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// Picks the language: `?lang=` first, then the saved choice, then the first of the browser's
/// preferred languages that we have, then Japanese. Unusable values are skipped, never fatal.
pub fn resolve<S: AsRef<str>>(url_param: Option<&str>, stored: Option<&str>, navigator: &[S]) -> Lang {
    resolve_on_page(url_param, stored, None, navigator)
}

/// The same on a page written for one language (`en.html`): a reader who followed a link to
/// the English page gets English unless `?lang=` says otherwise — the page's own language wins
/// over a choice saved earlier (a shared `/en.html` link opens in English for a reader who once
/// picked 日本語; the switch at the top offers the other language). The saved choice and then
/// the browser's languages decide on a page without one (`index.html`).
pub fn resolve_on_page<S: AsRef<str>>(
    url_param: Option<&str>,
    stored: Option<&str>,
    page: Option<Lang>,
    navigator: &[S],
) -> Lang {
    url_param
        .and_then(Lang::parse)
        .or(page)
        .or_else(|| stored.and_then(Lang::parse))
        .or_else(|| navigator.iter().find_map(|tag| Lang::parse(tag.as_ref())))
        .unwrap_or_default()
}

/// The language a piece of text is written in, for `lang` attributes on cited titles:
/// Japanese if it contains kana or kanji, otherwise English.
pub fn text_lang(s: &str) -> Lang {
    let japanese = s
        .chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff66}'..='\u{ff9f}'));
    if japanese {
        Lang::Ja
    } else {
        Lang::En
    }
}
