//! House style, tested: Japanese paragraphs and sentences a web reader can take in (no value
//! over 200 characters, no sentence over 100), one spelling per word (`house-style-ja.tsv`),
//! and English with typographic quotes and apostrophes, one spelling of the company name and
//! one number style.

use h200_explainer::i18n::{lookup, EN, JA, KEYS};
use h200_explainer::model::rich::plain;

/// Keys that are the page's prose (paragraphs, entries, notes, captions), not labels.
fn is_prose(key: &str) -> bool {
    const PREFIXES: [&str; 12] = [
        "section.",
        "lede.dek",
        "lede.point.",
        "claims.row.",
        "company.",
        "glossary.term.",
        "timeline.entry.",
        "gates.note.",
        "gates.caption.",
        "gates.blocked.",
        "method.",
        "corrections.item.",
    ];
    PREFIXES.iter().any(|p| key.starts_with(p))
}

/// Paragraphs allowed past 200 characters, each with the reason it cannot be split.
const LONG_PARAGRAPHS: [(&str, &str); 0] = [];

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    for c in text.chars() {
        cur.push(c);
        match c {
            '「' | '（' | '『' => depth += 1,
            '」' | '）' | '』' => depth -= 1,
            // A full stop inside a quotation does not end the sentence around it.
            '。' if depth <= 0 => out.push(std::mem::take(&mut cur)),
            _ => {}
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

#[test]
fn japanese_paragraphs_and_sentences_stay_short() {
    let mut long = Vec::new();
    for key in KEYS.iter().filter(|k| is_prose(k)) {
        let text = plain(lookup(&JA, key).unwrap());
        let n = text.chars().count();
        if n > 200 && !LONG_PARAGRAPHS.iter().any(|(k, _)| k == key) {
            long.push(format!("{key}: paragraph of {n} characters"));
        }
        for s in sentences(&text) {
            let m = s.trim().chars().count();
            if m > 100 {
                long.push(format!("{key}: sentence of {m} characters: {s}"));
            }
        }
    }
    assert!(long.is_empty(), "{} too long:\n{}", long.len(), long.join("\n"));
}

#[test]
fn japanese_writes_each_word_one_way() {
    let rules: Vec<(String, String)> = include_str!("house-style-ja.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (bad, good) = l.split_once('\t').expect("variant<TAB>form");
            (bad.to_string(), good.to_string())
        })
        .collect();
    assert!(rules.len() >= 10);
    let mut found = Vec::new();
    for key in KEYS {
        let text = lookup(&JA, key).unwrap();
        for (bad, good) in &rules {
            // A variant that is the start of the right form (サーバ in サーバー) is not a variant.
            let hits = text
                .match_indices(bad.as_str())
                .filter(|(i, _)| !text[*i..].starts_with(good.as_str()));
            if hits.count() > 0 {
                found.push(format!("{key}: {bad} → {good}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn english_uses_typographic_quotes_and_one_name_and_number_style() {
    let mut found = Vec::new();
    const SPELLED: [&str; 10] = [
        "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
    ];
    for key in KEYS {
        let text = lookup(&EN, key).unwrap();
        if text.contains('"') || text.contains('\'') {
            found.push(format!("{key}: straight quote in {text}"));
        }
        // The company as the FT and The Economist write it.
        if text.contains("NVIDIA") {
            found.push(format!("{key}: NVIDIA (write Nvidia)"));
        }
        // Numerals from 10 up ("10 buyers", not "ten buyers"); "hundreds of thousands" is an
        // idiom, not a number.
        let lower = text.to_lowercase();
        for w in lower.split(|c: char| !c.is_ascii_alphabetic()) {
            if SPELLED.contains(&w) && !lower.contains("hundreds of") {
                found.push(format!("{key}: spelled-out number “{w}”"));
            }
        }
    }
    assert!(found.is_empty(), "{}:\n{}", found.len(), found.join("\n"));
}
