//! The explainer's text: both languages complete, every citation and term resolvable, every
//! timeline entry dated, sourced and labelled, and the prose free of stray markup.

use h200_explainer::i18n::{lookup, Texts, EN, JA, KEYS};
use h200_explainer::model::data::{Confidence, Dataset};
use h200_explainer::model::gates::weakest;
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
const INTERPRETATION: [&str; 2] = ["section.companies.p2", "section.domestic.p6"];

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
    // The filing of 26 August 2026 is on the record; what came after (to about 11 October, where
    // the material searched ends) is reported or unverified, except the one official record that
    // no new US chip rule had been published by 2 October.
    let filing = d.event("2026-08-26-nvidia-10q").unwrap();
    assert_eq!(filing.status, Confidence::Official);
    assert!(filing
        .sources
        .iter()
        .all(|s| d.source(s).unwrap().url.starts_with("https://www.sec.gov/")));
    assert_eq!(d.event("2026-08-19-deliveries").unwrap().status, Confidence::Reported);
    let later: Vec<_> = d.timeline.iter().filter(|e| e.date.as_str() > "2026-08-26").collect();
    assert!(later.len() >= 3);
    assert!(
        later.iter().all(|e| e.date.as_str() <= d.currency.searched_to.as_str()),
        "{later:?}"
    );
    let official: Vec<_> = later.iter().filter(|e| e.status == Confidence::Official).collect();
    assert!(official.iter().all(|e| e.absence), "{official:?}");
    assert_eq!(
        d.event("2026-09-27-miit-rtx-pro-5500").unwrap().status,
        Confidence::Reported
    );
}

#[test]
fn every_claim_check_row_has_a_date_status_source_url_and_text() {
    let d = data();
    assert!(d.claims.len() >= 8, "the claim check covers at least eight claims");
    let mut verdicts = std::collections::HashSet::new();
    for c in &d.claims {
        assert!(is_iso_date(&c.date) && c.date.len() == 10, "{}: {}", c.id, c.date);
        assert!(!c.sources.is_empty(), "{}", c.id);
        for id in &c.sources {
            let s = d.source(id).unwrap_or_else(|| panic!("{} cites unknown {id}", c.id));
            assert!(s.url.starts_with("https://") || s.url.starts_with("http://"), "{id}");
        }
        // The status shown is the weakest of the sources behind the verdict.
        let weakest = weakest(c.sources.iter().map(|id| d.source(id).unwrap().status)).unwrap();
        assert_eq!(c.status, weakest, "{}", c.id);
        verdicts.insert(c.verdict);
        for (lang, t) in both() {
            for part in ["claim", "why"] {
                let key = format!("claims.row.{}.{part}", c.id);
                let text = lookup(t, &key).unwrap_or_else(|| panic!("{lang} lacks {key}"));
                assert!(text.chars().count() > 15, "{lang} {key}");
                assert!(
                    cited(text).is_empty(),
                    "{lang} {key}: the row's sources come from the data"
                );
            }
        }
    }
    assert_eq!(verdicts.len(), 4, "every verdict is used");
    for key in KEYS.iter().filter(|k| k.starts_with("claims.row.")) {
        let id = key["claims.row.".len()..].split('.').next().unwrap();
        assert!(d.claims.iter().any(|c| c.id == id), "orphan text {key}");
    }
}

#[test]
fn the_claim_check_is_listed_in_the_contents() {
    use h200_explainer::sections::SECTIONS;
    assert!(SECTIONS.iter().any(|(id, _)| *id == "claims"));
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
    let d = data();
    // The latest event that could be confirmed (reported by several outlets); later, unverified
    // items and a record that nothing happened do not move it.
    assert_eq!(d.current_to(), Some("2026-09-28"));
    assert_eq!(d.currency.checked, "2026-12-04");
    assert_eq!(d.currency.searched_to, "2026-10-11");
    for (lang, t) in both() {
        let lede = t.fmt_section_after_lede("X", "Y");
        assert!(lede.contains('X') && lede.contains('Y'), "{lang}");
    }
    // After early October only schedules were found, with no outcomes: the page says so, and
    // names what is pending.
    assert!(JA.section_after_lede.contains("10月11日ごろより後"));
    assert!(JA.section_after_lede.contains("日程しか"));
    assert!(EN.section_after_lede.contains("11 October"));
    assert!(EN.section_after_lede.contains("only schedules"));
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
        "training-inference",
        "dense-sparse",
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

/// The body is written in です・ます: every sentence of a section paragraph ends in a polite
/// form (citations and closing brackets aside).
#[test]
fn the_japanese_body_is_in_desu_masu() {
    let polite = ["です", "ます", "ました", "でした", "ません", "でしょう"];
    for key in KEYS.iter().filter(|k| k.starts_with("section.")) {
        let last = key.rsplit('.').next().unwrap();
        if !(last.starts_with('p') || last == "fx" || last == "lede") {
            continue;
        }
        let text = plain(lookup(&JA, key).unwrap());
        for sentence in text.split('。').map(str::trim).filter(|s| !s.is_empty()) {
            let s = sentence.trim_end_matches(['」', '）', ')', ' ']);
            assert!(
                polite.iter().any(|p| s.ends_with(p)),
                "ja {key}: 「{sentence}」 is not です・ます"
            );
        }
    }
}

/// One counter for chips (個, never 基), and index values with thousands separators.
#[test]
fn japanese_numbers_follow_house_style() {
    for key in KEYS {
        let text = lookup(&JA, key).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let counted_in_ki = chars
            .windows(2)
            .any(|w| w[1] == '基' && (w[0].is_ascii_digit() || w[0] == '}' || w[0] == '万'));
        assert!(!counted_in_ki, "ja {key}: chips are counted with 個");
        assert!(!text.contains("万1000") && !text.contains("第1四半期"), "ja {key}");
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
    used.extend(d.claims.iter().flat_map(|c| c.sources.iter().cloned()));
    let unused: Vec<&str> = d
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| !used.contains(*id))
        .collect();
    assert!(unused.is_empty(), "listed but never cited: {unused:?}");
}
