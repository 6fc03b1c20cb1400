//! Numbers and dates written the way each language writes them.

use super::lang::Lang;

/// `1234.5` with `decimals` places and thousands separators (both languages use `,` and `.`).
pub fn number(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Like [`number`], but drops trailing zeros after the decimal point (`8.00` → `8`, `3.35` stays).
pub fn number_trim(value: f64, max_decimals: usize) -> String {
    let s = number(value, max_decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// An ISO date (`2026-01-28`, `2026-01` or `2026`) as `2026年1月28日` / `28 Jan 2026` (day
/// before month, to match the British spelling of the English text).
/// Text that is not such a date comes back unchanged.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse::<u32>().ok()).collect();
    let Some(nums) = nums else { return iso.to_string() };
    let valid_month = |m: u32| (1..=12).contains(&m);
    match (lang, nums.as_slice()) {
        (Lang::Ja, [y]) => format!("{y}年"),
        (Lang::Ja, [y, m]) if valid_month(*m) => format!("{y}年{m}月"),
        (Lang::Ja, [y, m, d]) if valid_month(*m) && (1..=31).contains(d) => format!("{y}年{m}月{d}日"),
        (Lang::En, [y]) => format!("{y}"),
        (Lang::En, [y, m]) if valid_month(*m) => format!("{} {y}", MONTHS_EN[*m as usize - 1]),
        (Lang::En, [y, m, d]) if valid_month(*m) && (1..=31).contains(d) => {
            format!("{d} {} {y}", MONTHS_EN[*m as usize - 1])
        }
        _ => iso.to_string(),
    }
}

/// The month of an ISO date (`2026-01`) alone, for an axis: `Jan` / `1月`. Text that is not
/// such a date comes back unchanged.
pub fn month(lang: Lang, iso: &str) -> String {
    match iso.split('-').nth(1).and_then(|m| m.parse::<usize>().ok()) {
        Some(m) if (1..=12).contains(&m) => match lang {
            Lang::Ja => format!("{m}月"),
            Lang::En => MONTHS_EN[m - 1].to_string(),
        },
        _ => iso.to_string(),
    }
}

/// A count of things: `400,000` in English, `40万` in Japanese (which groups by ten thousand).
pub fn count(lang: Lang, n: f64) -> String {
    match lang {
        Lang::En => number_trim(n, 1),
        Lang::Ja if n.abs() >= 100_000_000.0 => format!("{}億", number_trim(n / 100_000_000.0, 1)),
        Lang::Ja if n.abs() >= 10_000.0 => format!("{}万", number_trim(n / 10_000.0, 1)),
        Lang::Ja => number_trim(n, 1),
    }
}

/// A span of dates: `2025年9月29日〜11月10日` / `29 Sep – 10 Nov 2025`; the year is written
/// once when both ends share it.
pub fn date_range(lang: Lang, from: &str, until: &str) -> String {
    let (a, b) = (date(lang, from), date(lang, until));
    let same_year = from.len() >= 4 && until.len() >= 4 && from[..4] == until[..4];
    match lang {
        Lang::Ja if same_year => {
            let b_short = b.strip_prefix(&format!("{}年", &until[..4])).unwrap_or(&b).to_string();
            format!("{a}〜{b_short}")
        }
        Lang::Ja => format!("{a}〜{b}"),
        Lang::En if same_year && from.len() == 10 && until.len() == 10 => {
            let a_short = a.rsplit_once(' ').map(|(dm, _)| dm.to_string()).unwrap_or(a.clone());
            format!("{a_short} – {b}")
        }
        Lang::En => format!("{a} – {b}"),
    }
}

/// A short date for a control under an axis that names the year: `26 Aug` / `8月26日`.
pub fn short_date(lang: Lang, iso: &str) -> String {
    let full = date(lang, iso);
    match lang {
        Lang::Ja => full.split_once('年').map_or(full.clone(), |(_, md)| md.to_string()),
        Lang::En => full.rsplit_once(' ').map_or(full.clone(), |(dm, _)| dm.to_string()),
    }
}

/// About how wide `text` sets at `size` px: Latin letters about 0.56 em, other scripts 1 em.
/// For placing labels so that they do not collide, not for typesetting.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 0.56 } else { 1.0 }).sum::<f64>() * size
}
