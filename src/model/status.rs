//! How sure an item is — the floor every other model module stands on (data, gates, timeline),
//! so no two of them import each other for it — and the certainty rule: the short texts that
//! summarise an item (titles, dot labels, key points, captions, verdicts, cards) carry the
//! same hedge as the item's status.

use super::lang::Lang;
use serde::Deserialize;

/// How sure a figure or event is, as labelled in `../shared/research/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// On the record: a datasheet, rule text, filing or spokesperson.
    Official,
    /// Reputable reporting, often resting on unnamed sources.
    Reported,
    /// A derivation or an analyst's assumption.
    Estimate,
    /// Computed by us from cited inputs.
    Calculated,
    /// Found only in weak sources, or sources disagree.
    Unverified,
    /// Reported, and the subject of the report denied it on the record.
    Denied,
}

/// How sure a status is, for picking the weakest: an official record beats a calculation from
/// it, which beats reporting or an estimate, which beats what could not be verified; a report
/// its subject denied is the weakest of all.
fn strength(c: Confidence) -> u8 {
    match c {
        Confidence::Official => 4,
        Confidence::Calculated => 3,
        Confidence::Reported | Confidence::Estimate => 2,
        Confidence::Unverified => 1,
        Confidence::Denied => 0,
    }
}

/// The least sure of several statuses (`None` for none).
pub fn weakest(statuses: impl IntoIterator<Item = Confidence>) -> Option<Confidence> {
    statuses.into_iter().min_by_key(|c| strength(*c))
}

/// The words that hedge a short text in each language, by status. A short text about a
/// reported, unverified or denied item must contain one of its status's words (or a stronger
/// hedge: a denial may also be called unconfirmed, never the other way round).
pub fn hedges(lang: Lang, status: Confidence) -> &'static [&'static str] {
    match (lang, status) {
        (_, Confidence::Official | Confidence::Calculated) => &[],
        // Words that attribute the statement to a report; a plan or a "consideration" stated
        // flatly (「計画」「検討」) is no hedge, so they are left out on purpose.
        (Lang::Ja, Confidence::Reported) => &[
            "報道",
            "報じ",
            "と伝え",
            "とされ",
            "という",
            "といわれ",
            "か",
            "によると",
        ],
        (Lang::Ja, Confidence::Estimate) => &["推計", "試算", "推定", "約", "程度", "見込み", "みられ"],
        (Lang::Ja, Confidence::Unverified) => &["未確認", "真偽不明", "か", "とされ", "という", "との情報"],
        (Lang::Ja, Confidence::Denied) => &["否定", "不正確"],
        (Lang::En, Confidence::Reported) => &[
            "reported",
            "reportedly",
            "report",
            "said to",
            "according to",
            "citing",
            "?",
        ],
        (Lang::En, Confidence::Estimate) => &["estimate", "about", "around", "roughly", "~", "≈"],
        (Lang::En, Confidence::Unverified) => &["unverified", "unconfirmed", "claim", "?", "said to", "reportedly"],
        (Lang::En, Confidence::Denied) => &["denied", "denies", "deny", "inaccurate"],
    }
}

/// Whether `text` is as sure as `status` allows: a reported, estimated, unverified or denied
/// item's short text names its hedge. Official and calculated items need none.
pub fn hedged(lang: Lang, status: Confidence, text: &str) -> bool {
    let words = hedges(lang, status);
    if words.is_empty() {
        return true;
    }
    let lower = text.to_lowercase();
    words.iter().any(|w| match *w {
        // The question particle ends a headline (「…借用か」「…超えか、…」); inside a word
        // (ほか, しか, 明らか) it hedges nothing.
        "か" => {
            let t = lower.trim_end_matches(['。', ' ']);
            t.ends_with('か') || ["か、", "か（", "か。", "か？"].iter().any(|p| t.contains(p))
        }
        w => lower.contains(w),
    })
}

/// Words that call a dated state "now": a summary of a moment in the past names its date
/// instead (the page may be read months later).
pub fn calls_it_now(lang: Lang, text: &str) -> bool {
    match lang {
        Lang::Ja => {
            // 「いま」 as a word, not the い・ま inside 「ています」 or 「いません」.
            let chars: Vec<char> = text.chars().collect();
            let ima = chars.windows(2).enumerate().any(|(i, w)| {
                w == ['い', 'ま']
                    && (i == 0 || !('\u{3041}'..='\u{309F}').contains(&chars[i - 1]))
                    && chars.get(i + 2).is_none_or(|c| !matches!(c, 'す' | 'せ' | 'し'))
            });
            // 「今のところ」 ("so far") is a speaker's words at a dated moment, not the page's "now".
            let ima_no = text
                .match_indices("今の")
                .any(|(i, _)| !text[i..].starts_with("今のところ"));
            ima || ima_no || ["現在", "現時点"].iter().any(|w| text.contains(w))
        }
        Lang::En => {
            let lower = text.to_lowercase();
            lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "now" || w == "today" || w == "currently")
        }
    }
}
