//! Sharing a figure or the explainer: the names of downloaded images, the sources line an image
//! carries, and the citation and BibTeX entry of "Cite this". Pure, so the exact strings are
//! tested natively (tests/share.rs).

use super::format;
use super::lang::Lang;

/// The name readers will find in their downloads folder, without extension: `h200-` + the
/// figure + the parts of its state + the language, each part reduced to lowercase ASCII letters,
/// digits and single hyphens (`h200-gates-2026-01-28-en`, `h200-ladder-tpp-log-ja`). Empty
/// parts are skipped.
pub fn file_stem(figure: &str, parts: &[&str], lang: Lang) -> String {
    let mut out = String::from("h200");
    for part in std::iter::once(figure)
        .chain(parts.iter().copied())
        .chain([lang.code()])
    {
        let slug = slug(part);
        if !slug.is_empty() {
            out.push('-');
            out.push_str(&slug);
        }
    }
    out
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Each name once, in the order first met (the outlets behind a figure's values).
pub fn distinct<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for n in names {
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Who the explainer is by, in a citation.
pub const AUTHOR: &str = "h200-explainer";

/// The citation's year: the year the facts were last checked (`checked` is `YYYY-MM-DD`).
pub fn year(checked: &str) -> &str {
    checked.get(..4).unwrap_or(checked)
}

/// The citation, APA-like: author, year, title, what it is and when its facts were checked,
/// the address; and, when known (in the browser), the day it was read.
///
/// en: `h200-explainer. (2026). China's H200 Approval, Explained [Interactive explainer; facts
/// checked 25 Nov 2026]. https://… (accessed 26 Nov 2026)`
pub fn citation(lang: Lang, title: &str, checked: &str, url: &str, accessed: Option<&str>) -> String {
    let y = year(checked);
    let checked = format::date(lang, checked);
    let base = match lang {
        Lang::En => format!("{AUTHOR}. ({y}). {title} [Interactive explainer; facts checked {checked}]. {url}"),
        Lang::Ja => format!("{AUTHOR}（{y}）「{title}」（インタラクティブ解説、事実の最終確認：{checked}）{url}"),
    };
    match accessed {
        Some(day) => base + &accessed_phrase(lang, &format::date(lang, day)),
        None => base,
    }
}

/// What follows the address once the reading day is known; `day` is already formatted.
pub fn accessed_phrase(lang: Lang, day: &str) -> String {
    match lang {
        Lang::En => format!(" (accessed {day})"),
        Lang::Ja => format!("（{day}閲覧）"),
    }
}

/// The key the BibTeX entry is cited by.
pub fn bibtex_key(checked: &str) -> String {
    format!("h200explainer{}", year(checked))
}

/// The BibTeX entry (`@misc`, with `\url` as `howpublished`); `accessed` (`YYYY-MM-DD`, in the
/// browser) adds biblatex's `urldate` as its last field. Braces around the author keep BibTeX
/// from splitting it into a first and last name.
pub fn bibtex(lang: Lang, title: &str, checked: &str, url: &str, accessed: Option<&str>) -> String {
    let note = match lang {
        Lang::En => format!("Facts last checked {}", format::date(lang, checked)),
        Lang::Ja => format!("事実の最終確認：{}", format::date(lang, checked)),
    };
    let mut out = format!(
        "@misc{{{key},\n  author = {{{{{AUTHOR}}}}},\n  title = {{{title}}},\n  year = {{{y}}},\n  \
         howpublished = {{\\url{{{url}}}}},\n  note = {{{note}}}",
        key = bibtex_key(checked),
        title = bibtex_escape(title),
        y = year(checked),
    );
    if let Some(day) = accessed {
        out.push_str(&urldate_field(day));
    }
    out.push_str("\n}");
    out
}

/// The `urldate` field as it follows the `note` field.
pub fn urldate_field(day: &str) -> String {
    format!(",\n  urldate = {{{day}}}")
}

/// Characters BibTeX would read as commands or groups.
fn bibtex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '{' | '}' | '\\' => {}
            _ => out.push(c),
        }
    }
    out
}
