//! The explainer's text: both languages complete, every citation and term resolvable, every
//! timeline entry dated, sourced and labelled, and the prose free of stray markup.

use h200_explainer::i18n::{lookup, Texts, EN, JA, KEYS};
use h200_explainer::model::data::{Confidence, Dataset};
use h200_explainer::model::lang::{text_lang, Lang};
use h200_explainer::model::rich::{cited, parse, plain, terms, Inline};

fn data() -> Dataset {
    Dataset::load().expect("data loads")
}

fn both() -> [(&'static str, &'static Texts); 2] {
    [("ja", &JA), ("en", &EN)]
}

fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    !parts.is_empty()
        && parts.len() <= 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

#[test]
fn every_citation_and_term_in_the_text_resolves() {
    let d = data();
    for (lang, t) in both() {
        for key in KEYS {
            let text = lookup(t, key).unwrap();
            for id in cited(text) {
                assert!(d.source(&id).is_some(), "{lang} {key} cites unknown source `{id}`");
            }
            for term in terms(text) {
                assert!(d.glossary.contains(&term), "{lang} {key} uses unknown term `{term}`");
            }
        }
    }
}

#[test]
fn both_languages_cite_the_same_sources_in_each_string() {
    for key in KEYS {
        let mut ja = cited(lookup(&JA, key).unwrap());
        let mut en = cited(lookup(&EN, key).unwrap());
        ja.sort();
        en.sort();
        assert_eq!(ja, en, "{key}");
    }
}

/// Paragraphs that are our own reading rather than reporting, and say so in the text.
const INTERPRETATION: [&str; 2] = ["section.companies.p2", "section.domestic.p5"];

#[test]
fn every_factual_paragraph_cites_a_source() {
    let paragraphs: Vec<&str> = KEYS
        .iter()
        .copied()
        .filter(|k| k.starts_with("section.") && k.rsplit('.').next().unwrap().starts_with('p'))
        .collect();
    assert!(paragraphs.len() >= 15, "{paragraphs:?}");
    for key in paragraphs {
        let has_cite = !cited(lookup(&JA, key).unwrap()).is_empty();
        if INTERPRETATION.contains(&key) {
            let (ja, en) = (lookup(&JA, key).unwrap(), lookup(&EN, key).unwrap());
            assert!(
                ja.contains("推測") || ja.contains("解釈"),
                "{key} must say it is interpretation"
            );
            assert!(en.contains("our reading") || en.contains("our interpretation"), "{key}");
        } else {
            assert!(has_cite, "{key} has no citation");
        }
    }
    for c in data().companies {
        for row in ["business", "interest", "capex", "chips"] {
            let key = format!("company.{}.{row}", c.id);
            for (lang, t) in both() {
                let text = lookup(t, &key).unwrap_or_else(|| panic!("{lang} lacks {key}"));
                assert!(!cited(text).is_empty(), "{lang} {key} has no citation");
            }
        }
    }
}

#[test]
fn no_markup_is_left_unparsed() {
    for (lang, t) in both() {
        for key in KEYS {
            let text = plain(lookup(t, key).unwrap());
            for marker in ["[[", "]]", "{{", "}}", "**"] {
                assert!(!text.contains(marker), "{lang} {key}: stray `{marker}`");
            }
        }
    }
}

#[test]
fn every_timeline_entry_has_a_date_status_source_and_text() {
    let d = data();
    assert!(d.timeline.len() >= 50);
    assert_eq!(d.timeline.first().unwrap().date, "2022-09-01");
    for e in &d.timeline {
        assert!(is_iso_date(&e.date), "{}: {}", e.id, e.date);
        if let Some(until) = &e.until {
            assert!(is_iso_date(until) && until >= &e.date, "{}", e.id);
        }
        assert!(!e.sources.is_empty(), "{}", e.id);
        for id in &e.sources {
            let s = d.source(id).unwrap();
            assert!(s.url.starts_with("http"), "{id}");
        }
        for (lang, t) in both() {
            let text =
                lookup(t, &format!("timeline.entry.{}", e.id)).unwrap_or_else(|| panic!("{lang} lacks {}", e.id));
            assert!(text.len() > 20, "{lang} {}", e.id);
        }
    }
    // Entries are oldest first, and the weakest items are marked as such.
    assert!(d.timeline.windows(2).all(|w| w[0].date <= w[1].date));
    assert!(d.timeline.iter().filter(|e| e.status == Confidence::Unverified).count() >= 4);
    let latest = d
        .timeline
        .iter()
        .find(|e| e.id == "2026-08-27-first-shipments")
        .unwrap();
    assert_eq!(latest.status, Confidence::Unverified);
}

#[test]
fn the_timeline_has_no_text_without_an_entry() {
    let d = data();
    for key in KEYS.iter().filter(|k| k.starts_with("timeline.entry.")) {
        let id = &key["timeline.entry.".len()..];
        assert!(d.timeline.iter().any(|e| e.id == id), "orphan text {key}");
    }
}

#[test]
fn every_source_has_a_title_outlet_date_url_and_status() {
    let d = data();
    assert!(d.sources.len() >= 80);
    let mut ids = std::collections::HashSet::new();
    for s in &d.sources {
        assert!(ids.insert(&s.id), "duplicate source {}", s.id);
        assert!(!s.title.is_empty() && !s.outlet.is_empty(), "{}", s.id);
        assert!(s.date.len() == 10 && is_iso_date(&s.date), "{}: {}", s.id, s.date);
        assert!(
            s.url.starts_with("https://") || s.url.starts_with("http://"),
            "{}",
            s.id
        );
    }
    assert_eq!(d.source_number(&d.sources[0].id), Some(1));
}

#[test]
fn the_page_states_the_date_its_facts_are_current_to() {
    assert_eq!(data().current_to(), Some("2026-08-27"));
}

#[test]
fn the_glossary_covers_the_key_terms_in_both_languages() {
    let d = data();
    for key in [
        "tpp",
        "hbm",
        "nvlink",
        "bis",
        "eccn-3a090",
        "case-by-case",
        "miit",
        "ndrc",
        "mofcom",
        "customs",
        "cac",
        "cuda",
    ] {
        assert!(d.glossary.iter().any(|k| k == key), "{key}");
    }
    for key in &d.glossary {
        for (lang, t) in both() {
            for part in ["term", "def"] {
                assert!(
                    lookup(t, &format!("glossary.term.{key}.{part}")).is_some(),
                    "{lang} {key}.{part}"
                );
            }
        }
    }
}

#[test]
fn english_strings_contain_no_japanese_outside_language_names() {
    for key in KEYS {
        let text = lookup(&EN, key).unwrap();
        if *key == "lang.ja" {
            continue;
        }
        assert_eq!(text_lang(&plain(text)), Lang::En, "en {key}: {text}");
    }
}

#[test]
fn japanese_prose_is_japanese() {
    for key in KEYS
        .iter()
        .filter(|k| k.starts_with("section.") || k.starts_with("timeline.entry."))
    {
        assert_eq!(text_lang(lookup(&JA, key).unwrap()), Lang::Ja, "ja {key}");
    }
}

#[test]
fn the_markup_parser_reads_citations_terms_and_strong_text() {
    assert_eq!(
        parse("A [[x,y]] {{tpp|TPP}} **b** c"),
        vec![
            Inline::Text("A".into()),
            Inline::Cite(vec!["x".into(), "y".into()]),
            Inline::Text(" ".into()),
            Inline::Term {
                key: "tpp".into(),
                label: "TPP".into()
            },
            Inline::Text(" ".into()),
            Inline::Strong("b".into()),
            Inline::Text(" c".into()),
        ]
    );
}

#[test]
fn unbalanced_markup_stays_text() {
    for s in [
        "[[open",
        "{{no-bar}}",
        "{{open|x",
        "**",
        "a ** b",
        "[[]]",
        "]]x[[",
        "日本語[[",
        "{{|}}",
    ] {
        let runs = parse(s);
        let rebuilt: String = runs
            .iter()
            .map(|r| match r {
                Inline::Text(t) => t.clone(),
                other => format!("{other:?}"),
            })
            .collect();
        assert!(
            runs.iter().all(|r| matches!(r, Inline::Text(_))) || s == "{{|}}",
            "{s}: {runs:?}"
        );
        if s != "{{|}}" {
            assert_eq!(rebuilt, s);
        }
    }
}

#[test]
fn every_listed_source_is_cited_somewhere() {
    let d = data();
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    for key in KEYS {
        used.extend(cited(lookup(&JA, key).unwrap()));
    }
    for e in &d.timeline {
        used.extend(e.sources.iter().cloned());
    }
    for chip in &d.accelerators {
        used.extend(chip.sourced().into_iter().map(|(_, s)| s.to_string()));
    }
    used.extend(d.key_figures.iter().map(|f| f.source.clone()));
    let unused: Vec<&str> = d
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| !used.contains(*id))
        .collect();
    assert!(unused.is_empty(), "listed but never cited: {unused:?}");
}
