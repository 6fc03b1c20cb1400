//! Every ECharts option the three charts can be given, against a snapshot: the option for each
//! state (language × metric × scale × relative × rule lines × phone × filter for the ladder;
//! language × phone × filter for the map; language × phone × fleet for the hybrid chart) is
//! reduced to a canonical JSON text (keys sorted, numbers as numbers: `12` and `12.0` are the
//! same) and compared by its FNV-1a digest with `tests/snapshots/chart-options.tsv`. The
//! snapshot was written from the `json!`-built options of round 2, before charming built them,
//! so this test is the proof that charming draws the same charts in every state; the first
//! state of each chart is also kept whole (`tests/snapshots/*.json`) so a change shows as a diff.
//!
//! After an intended change to a chart: `UPDATE_SNAPSHOTS=1 cargo test --test chart_options`,
//! and say in the commit what changed.

use h200_explainer::components::chart::fnv;
use h200_explainer::i18n::texts;
use h200_explainer::model::data::{dataset, Generation};
use h200_explainer::model::hybrid::{fleet, HybridInputs, DOMESTIC_CHOICES, IMPORTED_CHOICES};
use h200_explainer::model::lang::Lang;
use h200_explainer::model::specs::{map_points, ChipFilter, CompareState, Metric};
use h200_explainer::widgets::{chip_map::map_option, hybrid::hybrid_option, ladder::ladder_option};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// The option as one canonical text: object keys sorted, every number written the same way
/// whether it was an integer or a float, nulls dropped from objects (an absent key and a null
/// one mean the same to ECharts).
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let sorted: BTreeMap<&String, &Value> = m.iter().filter(|(_, v)| !v.is_null()).collect();
            out.push('{');
            for (i, (k, v)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let _ = write!(out, "{}:", Value::String(k.clone()));
                canonical(v, out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, v) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(v, out);
            }
            out.push(']');
        }
        Value::Number(n) => {
            let f = n.as_f64().unwrap_or(f64::NAN);
            if f.fract() == 0.0 && f.abs() < 1e15 {
                let _ = write!(out, "{}", f as i64);
            } else {
                let _ = write!(out, "{f:?}");
            }
        }
        other => out.push_str(&other.to_string()),
    }
}

fn canonical_text(v: &Value) -> String {
    let mut s = String::new();
    canonical(v, &mut s);
    s
}

/// The filters tried: everything shown, each vendor hidden, each generation hidden.
fn filters() -> Vec<(String, ChipFilter)> {
    let data = dataset().as_ref().unwrap();
    let mut vendors: Vec<&str> = data.accelerators.iter().map(|c| c.vendor.as_str()).collect();
    vendors.sort();
    vendors.dedup();
    let mut out = vec![("all".to_string(), ChipFilter::default())];
    for v in vendors {
        let mut f = ChipFilter::default();
        f.toggle_vendor(v);
        out.push((format!("no-{v}"), f));
    }
    for g in Generation::ALL {
        let mut f = ChipFilter::default();
        f.toggle_generation(g);
        out.push((format!("no-{g:?}"), f));
    }
    out
}

/// Every state's key and option, in a fixed order.
fn all_options() -> Vec<(String, Value)> {
    let data = dataset().as_ref().unwrap();
    let filters = filters();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let t = texts(lang);
        let l = lang.code();
        for metric in Metric::ALL {
            for log in [None, Some(true), Some(false)] {
                for relative in [false, true] {
                    for lines in [true, false] {
                        for narrow in [false, true] {
                            for (fname, filter) in &filters {
                                let state = CompareState {
                                    metric,
                                    log,
                                    relative,
                                    lines,
                                    filter: filter.clone(),
                                };
                                let key = format!(
                                    "ladder {l} {} log={log:?} rel={relative} lines={lines} narrow={narrow} {fname}",
                                    metric.code()
                                );
                                out.push((key, ladder_option(t, data, &state, false, narrow).0));
                            }
                        }
                    }
                }
            }
        }
        for narrow in [false, true] {
            for (fname, filter) in &filters {
                let key = format!("map {l} narrow={narrow} {fname}");
                out.push((key, map_option(t, &map_points(data, filter), false, narrow).0));
            }
        }
        for narrow in [false, true] {
            for domestic in DOMESTIC_CHOICES {
                for imported in IMPORTED_CHOICES {
                    for domestic_percent in [0, 30, 50, 100] {
                        for count in [1_000, 100_000, 1_000_000] {
                            let inputs = HybridInputs {
                                count,
                                domestic_percent,
                                domestic,
                                imported,
                            };
                            let key =
                                format!("hybrid {l} narrow={narrow} {domestic} {imported} {domestic_percent}% {count}");
                            let f = fleet(data, &inputs);
                            out.push((key, hybrid_option(t, &f, &inputs, false, narrow).0));
                        }
                    }
                }
            }
        }
        // Reduced motion, once per chart.
        for (chart, option) in defaults(lang, true) {
            out.push((format!("{chart} {l} reduced-motion"), option));
        }
    }
    out
}

/// Each chart's option in its default state, in `lang`, with or without reduced motion.
fn defaults(lang: Lang, reduced_motion: bool) -> [(&'static str, Value); 3] {
    let data = dataset().as_ref().unwrap();
    let t = texts(lang);
    let inputs = HybridInputs::default();
    [
        (
            "ladder",
            ladder_option(t, data, &CompareState::default(), reduced_motion, false).0,
        ),
        (
            "map",
            map_option(t, &map_points(data, &ChipFilter::default()), reduced_motion, false).0,
        ),
        (
            "hybrid",
            hybrid_option(t, &fleet(data, &inputs), &inputs, reduced_motion, false).0,
        ),
    ]
}

/// The first state of each chart, whole, per language.
fn first_states() -> Vec<(String, Value)> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| defaults(lang, false).map(|(chart, option)| (format!("{chart}-{}", lang.code()), option)))
        .collect()
}

/// A canonical option, indented for reading (keys sorted as in the digest).
fn pretty(v: &Value) -> String {
    let parsed: Value = serde_json::from_str(&canonical_text(v)).unwrap();
    serde_json::to_string_pretty(&parsed).unwrap() + "\n"
}

#[test]
fn every_chart_state_matches_the_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let table_path = dir.join("chart-options.tsv");
    let options = all_options();
    let table: String = options
        .iter()
        .map(|(k, v)| format!("{k}\t{}\n", fnv(&canonical_text(v))))
        .collect();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&table_path, &table).unwrap();
        for (name, v) in first_states() {
            std::fs::write(dir.join(format!("{name}.json")), pretty(&v)).unwrap();
        }
        return;
    }
    // The states are many; the whole first states first, for a readable diff.
    for (name, v) in first_states() {
        let want = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
        assert_eq!(
            pretty(&v),
            want,
            "the first state of {name} differs from tests/snapshots/{name}.json"
        );
    }
    let want = std::fs::read_to_string(&table_path).unwrap();
    let want: BTreeMap<&str, &str> = want.lines().filter_map(|l| l.split_once('\t')).collect();
    assert_eq!(want.len(), options.len(), "the snapshot has another set of states");
    let differ: Vec<&str> = options
        .iter()
        .filter(|(k, v)| want.get(k.as_str()) != Some(&fnv(&canonical_text(v)).as_str()))
        .map(|(k, _)| k.as_str())
        .collect();
    assert!(
        differ.is_empty(),
        "{} of {} chart states differ from the snapshot, e.g. {:?}",
        differ.len(),
        options.len(),
        &differ[..differ.len().min(8)]
    );
}

/// The digest is not blind: options that differ in one nested number differ in digest, and the
/// same option written with `12` or `12.0`, or with its keys in another order, does not.
#[test]
fn the_digest_sees_a_change_and_ignores_notation() {
    let a: Value = serde_json::from_str(r#"{"grid":[{"left":8,"top":12}],"x":{"y":[1,2.5]}}"#).unwrap();
    let b: Value = serde_json::from_str(r#"{"x":{"y":[1.0,2.5]},"grid":[{"top":12.0,"left":8}]}"#).unwrap();
    let c: Value = serde_json::from_str(r#"{"grid":[{"left":8,"top":13}],"x":{"y":[1,2.5]}}"#).unwrap();
    assert_eq!(fnv(&canonical_text(&a)), fnv(&canonical_text(&b)));
    assert_ne!(fnv(&canonical_text(&a)), fnv(&canonical_text(&c)));
}

/// Every key placed beside charming's builders (`Part::and`) is one charming 0.6 has no field
/// for, named with its reason in `BEYOND_CHARMING`: the list cannot grow without saying why.
#[test]
fn keys_beyond_charming_are_listed() {
    use h200_explainer::components::chart_option::BEYOND_CHARMING;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("components/chart_option.rs")];
    for f in ["ladder", "chip_map", "hybrid", "compare"] {
        files.push(root.join(format!("widgets/{f}.rs")));
    }
    let mut used = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, _) in text.match_indices(".and(") {
            // `.and("key", …)`, the key perhaps on the next line (rustfmt).
            let Some(rest) = text[i + 5..].trim_start().strip_prefix('"') else {
                continue;
            };
            let key = &rest[..rest.find('"').unwrap()];
            used.push(key.to_string());
            assert!(
                BEYOND_CHARMING.iter().any(|(k, _)| *k == key),
                "{}: `{key}` is placed beside charming but not named in BEYOND_CHARMING",
                f.display()
            );
        }
        assert!(
            !text.contains("json!("),
            "{}: an option built from a json! literal",
            f.display()
        );
    }
    assert!(used.len() > 20, "the scan found the keys ({} uses)", used.len());
    for (k, _) in BEYOND_CHARMING {
        assert!(
            used.iter().any(|u| u == k),
            "BEYOND_CHARMING names {k}, which nothing places"
        );
    }
}
