//! The certainty rule: every short text that summarises an item (timeline titles and dot labels,
//! key points, claim verdicts, the cards) carries the hedge of the item's status, in both
//! languages, and nothing dated is called "now". The gates' captions, step labels and the lede
//! graphic's title are checked the same way in `tests/gates.rs`.

use h200_explainer::components::source_line::confidence_label;
use h200_explainer::i18n::{lookup, texts, EN, JA};
use h200_explainer::model::data::{dataset, Confidence, Verdict};
use h200_explainer::model::gates::DEFAULT_PRESET;
use h200_explainer::model::lang::Lang;
use h200_explainer::model::rich::plain;
use h200_explainer::model::status::{calls_it_now, hedged, hedges};
use h200_explainer::sections::lede::POINTS;
use h200_explainer::social::card;

fn both() -> [(Lang, &'static h200_explainer::i18n::Texts); 2] {
    [(Lang::Ja, &JA), (Lang::En, &EN)]
}

/// The rule itself, with a case for each status in each language: a plain statement passes
/// only for what is on the record (or computed from it); each weaker status needs its words.
#[test]
fn the_rule_has_a_hedge_for_each_status_in_each_language() {
    let cases: [(Lang, Confidence, &str, &str); 12] = [
        (
            Lang::Ja,
            Confidence::Official,
            "米商務省が新規則を公表",
            "米商務省が新規則を公表",
        ),
        (
            Lang::Ja,
            Confidence::Calculated,
            "H200のTPPはH20の約6.7倍",
            "H200のTPPはH20の約6.7倍",
        ),
        (
            Lang::Ja,
            Confidence::Reported,
            "米国が約10社に許可と報道",
            "米国が約10社に許可",
        ),
        (
            Lang::Ja,
            Confidence::Estimate,
            "910Cの性能はH200の約8割と推計",
            "910Cの性能はH200の8割",
        ),
        (
            Lang::Ja,
            Confidence::Unverified,
            "フアン氏の発言、真偽不明",
            "フアン氏が中国市場を明け渡した",
        ),
        (
            Lang::Ja,
            Confidence::Denied,
            "全額前払い要求の報道、NVIDIAは否定",
            "NVIDIAが全額前払いを要求",
        ),
        (
            Lang::En,
            Confidence::Official,
            "Commerce publishes its new rule",
            "Commerce publishes its new rule",
        ),
        (
            Lang::En,
            Confidence::Calculated,
            "The H200's TPP is 6.7 times the H20's",
            "The H200's TPP is 6.7 times the H20's",
        ),
        (
            Lang::En,
            Confidence::Reported,
            "US reportedly licenses about 10 firms",
            "US licenses about 10 firms",
        ),
        (
            Lang::En,
            Confidence::Estimate,
            "910C put at about 80% of the H200",
            "910C is 80% of the H200",
        ),
        (
            Lang::En,
            Confidence::Unverified,
            "Huang 'conceded' China? Unverified",
            "Huang conceded China to Huawei",
        ),
        (
            Lang::En,
            Confidence::Denied,
            "Nvidia wanted payment up front, a report said; Nvidia denied it",
            "Nvidia demands payment up front",
        ),
    ];
    for (lang, status, good, bad) in cases {
        assert!(hedged(lang, status, good), "{lang:?} {status:?}: {good}");
        let needs_hedge = !hedges(lang, status).is_empty();
        assert_eq!(hedged(lang, status, bad), !needs_hedge, "{lang:?} {status:?}: {bad}");
    }
    // 「か」 hedges only as a headline's question, not inside a word.
    assert!(hedged(
        Lang::Ja,
        Confidence::Unverified,
        "TencentがOracleでチップ借用か"
    ));
    assert!(!hedged(Lang::Ja, Confidence::Unverified, "ほかの企業もチップを借りる"));
    // A denial needs its own word: "reported" does not cover it.
    assert!(!hedged(
        Lang::En,
        Confidence::Denied,
        "Nvidia reportedly demands payment up front"
    ));
    assert!(!hedged(Lang::Ja, Confidence::Denied, "NVIDIAが全額前払いを要求と報道"));
    // "Now" is caught, and 「ています」 is not mistaken for 「いま」.
    assert!(calls_it_now(Lang::Ja, "現在の状態"));
    assert!(!calls_it_now(Lang::Ja, "止まっています"));
    assert!(calls_it_now(Lang::En, "Where things stand today"));
    assert!(!calls_it_now(Lang::En, "Nowhere to go; knowledge"));
}

#[test]
fn every_timeline_title_and_dot_label_is_as_sure_as_its_entry() {
    let d = dataset().as_ref().unwrap();
    let mut by_status = std::collections::HashMap::new();
    for (lang, t) in both() {
        for e in &d.timeline {
            let title = lookup(t, &format!("timeline.title.{}", e.id)).unwrap();
            assert!(
                hedged(lang, e.status, title),
                "{lang:?} {} ({:?}): {title}",
                e.id,
                e.status
            );
            assert!(!calls_it_now(lang, title), "{lang:?} {}: {title}", e.id);
            // The entry's own text says it too.
            let text = plain(lookup(t, &format!("timeline.entry.{}", e.id)).unwrap());
            assert!(
                hedged(lang, e.status, &text),
                "{lang:?} {} ({:?}): {text}",
                e.id,
                e.status
            );
            // A dot's accessible name ends with the status, by construction.
            let label = t.fmt_timeline_dot("actor", "date", confidence_label(t, e.status), title);
            assert!(label.contains(confidence_label(t, e.status)), "{label}");
            *by_status.entry(e.status).or_insert(0) += 1;
        }
    }
    // The timeline has denied items, and they are shown as such.
    assert!(
        by_status.get(&Confidence::Denied).copied().unwrap_or(0) >= 2,
        "{by_status:?}"
    );
}

#[test]
fn every_key_point_carries_the_hedge_of_its_weakest_fact() {
    for (lang, t) in both() {
        for (key, _, status) in POINTS {
            let text = plain(lookup(t, &format!("lede.point.{key}.text")).unwrap());
            assert!(hedged(lang, status, &text), "{lang:?} {key} ({status:?}): {text}");
            assert!(!calls_it_now(lang, &text), "{lang:?} {key}: {text}");
        }
    }
}

/// A verdict is a summary too: "held up" only on the record (or a calculation from it); a claim
/// whose evidence was denied is not "held up" or "reported only".
#[test]
fn claim_verdicts_are_no_surer_than_their_evidence() {
    let d = dataset().as_ref().unwrap();
    for c in &d.claims {
        match c.verdict {
            Verdict::HeldUp => assert!(
                matches!(c.status, Confidence::Official | Confidence::Calculated),
                "{}: held up on {:?} evidence",
                c.id,
                c.status
            ),
            Verdict::ReportedOnly => assert!(
                !matches!(
                    c.status,
                    Confidence::Official | Confidence::Calculated | Confidence::Denied
                ),
                "{}: 'reported only' with {:?} evidence",
                c.id,
                c.status
            ),
            Verdict::ChangedSince | Verdict::NotSupported => {}
        }
        if c.status == Confidence::Denied {
            assert_eq!(c.verdict, Verdict::NotSupported, "{}", c.id);
        }
    }
}

/// The cards a link preview shows: the page card's title is the lede graphic's dated finding
/// (checked in tests/gates.rs); the gates embed's card names its moment's date and label, as
/// sure as that moment's event.
#[test]
fn the_cards_say_no_more_than_the_record() {
    let d = dataset().as_ref().unwrap();
    let p = d.gate_presets.iter().find(|p| p.id == DEFAULT_PRESET).unwrap();
    let event = d.event(&p.timeline).unwrap();
    for lang in Lang::ALL {
        let t = texts(lang);
        for w in h200_explainer::model::embed::EmbedWidget::ALL {
            let summary = card::embed_summary(t, lang, w);
            assert!(!calls_it_now(lang, &summary), "{lang:?} {w:?}: {summary}");
        }
        let gates = card::embed_summary(t, lang, h200_explainer::model::embed::EmbedWidget::Gates);
        assert!(hedged(lang, event.status, &gates), "{lang:?}: {gates}");
        assert!(
            gates.contains(&h200_explainer::model::format::date(lang, &p.date)),
            "{gates}"
        );
    }
}

/// The funnel is the page's hero and its card: its title and every stage's words (the label on
/// the page and the caption on the card) carry the hedge of that stage's status, and a
/// conflicting figure's words carry its own.
#[test]
fn the_funnel_says_no_more_than_its_sources() {
    let d = dataset().as_ref().unwrap();
    for lang in Lang::ALL {
        let t = texts(lang);
        assert!(hedged(lang, Confidence::Reported, t.figures_funnel_title), "{lang:?}");
        for f in &d.key_figures {
            for key in [format!("figures.{}", f.id), format!("figures.short.{}", f.id)] {
                let text = h200_explainer::i18n::lookup(t, &key).unwrap_or_else(|| panic!("{key}"));
                assert!(hedged(lang, f.status, text), "{lang:?} {key}: {text}");
            }
            if let Some(c) = &f.conflict {
                assert!(hedged(lang, c.status, t.figures_conflict), "{lang:?}");
            }
        }
    }
}
