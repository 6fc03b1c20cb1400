//! Turns `locales/{ja,en}.json` into a typed `Texts` struct, so a missing key, an empty value
//! or a placeholder that differs between the languages fails the build instead of the page.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const LOCALES: [&str; 2] = ["ja", "en"];

/// Keys of the article's prose: written into the HTML at build time, never shown by a live
/// widget, so they are compiled only natively and stay out of the wasm.
const PROSE: [&str; 15] = [
    "lede.",
    "timeline.entry.",
    "section.",
    "footer.",
    "company.",
    "sources.",
    "nav.",
    "glossary.",
    "figures.",
    "claims.",
    "site.",
    "method.",
    "corrections.",
    // What crawlers read and the card images (src/social): build time only.
    "meta.",
    // The timeline embed's title and dek, written into its page at build time.
    "embed.timeline_",
];

/// Keys under those prefixes that live widgets do show (the citation links in chart captions;
/// the gate figure's answer headline, which follows its date handle).
const SHARED: [&str; 7] = [
    "sources.cite_label",
    "lede.graphic_title",
    "lede.finding_all_limited",
    "lede.finding_limited",
    "lede.finding_stopped",
    "lede.finding_open",
    "lede.finding_hedged",
];

/// `#[cfg(...)]` for a prose key (empty for the widgets' keys, which both builds need).
fn native_only(key: &str) -> &'static str {
    if PROSE.iter().any(|p| key.starts_with(p)) && !SHARED.contains(&key) {
        "#[cfg(not(target_arch = \"wasm32\"))] "
    } else {
        ""
    }
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut tables = Vec::new();
    for locale in LOCALES {
        let path = format!("locales/{locale}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"));
        let mut flat = BTreeMap::new();
        flatten(&json, String::new(), &mut flat, &path);
        tables.push(flat);
    }
    data_for_wasm(&tables);
    let (ja, en) = (&tables[0], &tables[1]);
    let mut errors = Vec::new();
    for key in ja.keys().filter(|k| !en.contains_key(*k)) {
        errors.push(format!("key `{key}` is in ja.json but not in en.json"));
    }
    for key in en.keys().filter(|k| !ja.contains_key(*k)) {
        errors.push(format!("key `{key}` is in en.json but not in ja.json"));
    }
    for (locale, table) in LOCALES.iter().zip(&tables) {
        for (key, value) in table {
            if value.trim().is_empty() {
                errors.push(format!("key `{key}` is empty in {locale}.json"));
            }
        }
    }
    for (key, ja_value) in ja {
        if let Some(en_value) = en.get(key) {
            let (a, b) = (placeholders(ja_value), placeholders(en_value));
            if a != b {
                errors.push(format!("key `{key}`: placeholders differ (ja {a:?}, en {b:?})"));
            }
        }
    }
    if !errors.is_empty() {
        panic!("locale files disagree:\n  {}", errors.join("\n  "));
    }

    let mut out = String::new();
    out.push_str("/// Every user-visible string, one field per key of `locales/*.json`.\n");
    out.push_str("#[derive(Debug)]\n#[allow(non_snake_case)]\npub struct Texts {\n");
    for key in ja.keys() {
        writeln!(out, "    {}pub {}: &'static str,", native_only(key), ident(key)).ok();
    }
    out.push_str("}\n\n");
    for (locale, table) in LOCALES.iter().zip(&tables) {
        writeln!(out, "pub static {}: Texts = Texts {{", locale.to_uppercase()).ok();
        for (key, value) in table {
            writeln!(out, "    {}{}: {:?},", native_only(key), ident(key), value).ok();
        }
        out.push_str("};\n\n");
    }
    out.push_str("impl Texts {\n");
    for (key, value) in ja {
        let names = placeholders(value);
        if names.is_empty() {
            continue;
        }
        let params: Vec<String> = names.iter().map(|n| format!("{n}: &str")).collect();
        writeln!(
            out,
            "    /// `{key}` with its placeholders filled in.\n    {}pub fn fmt_{}(&self, {}) -> String {{\n        self.{}",
            native_only(key),
            ident(key),
            params.join(", "),
            ident(key)
        )
        .ok();
        for n in &names {
            writeln!(out, "            .replace(\"{{{n}}}\", {n})").ok();
        }
        out.push_str("    }\n");
    }
    out.push_str("}\n\n/// All keys, for tests that walk every string.\npub const KEYS: &[&str] = &[\n");
    for key in ja.keys() {
        writeln!(out, "    {}{key:?},", native_only(key)).ok();
    }
    out.push_str("];\n\n/// Looks a key up by name (for tests).\npub fn lookup(t: &Texts, key: &str) -> Option<&'static str> {\n    match key {\n");
    for key in ja.keys() {
        writeln!(out, "        {}{key:?} => Some(t.{}),", native_only(key), ident(key)).ok();
    }
    out.push_str("        _ => None,\n    }\n}\n");

    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("texts.rs");
    std::fs::write(dest, out).expect("writing texts.rs");
}

fn flatten(value: &Value, prefix: String, out: &mut BTreeMap<String, String>, path: &str) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(v, key, out, path);
            }
        }
        Value::String(s) => {
            out.insert(prefix, s.clone());
        }
        other => panic!("{path}: `{prefix}` must be a string or an object, found {other}"),
    }
}

/// `{name}` placeholders (identifier characters only), sorted and deduplicated.
fn placeholders(s: &str) -> Vec<String> {
    let mut found = BTreeSet::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) if end > 0 && after[..end].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                found.insert(after[..end].to_string());
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    found.into_iter().collect()
}

fn ident(key: &str) -> String {
    key.replace(['.', '-'], "_")
}

/// The data files as the wasm embeds them: minified, and `sources.json` cut down to the sources
/// that the widgets' own data cites (chip figures, gate moments), each with the number it has
/// in the full list (`n`), which is how the article cites it. The prose and the sources list
/// are HTML written at build time; the browser needs no more.
fn data_for_wasm(locales: &[BTreeMap<String, String>]) {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let read = |name: &str| -> Value {
        let path = format!("data/{name}");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
    };
    let mut cited = BTreeSet::new();
    for name in ["accelerators.json", "gate_presets.json"] {
        let value = read(name);
        collect_sources(&value, &mut cited);
        std::fs::write(Path::new(&out).join(name), value.to_string()).expect("writing data");
    }
    // …and what the widgets' strings cite (`[[id,id]]`, e.g. a chart's caption).
    for flat in locales {
        for value in flat.iter().filter(|(k, _)| native_only(k).is_empty()).map(|(_, v)| v) {
            for cite in value.split("[[").skip(1).filter_map(|c| c.split_once("]]")) {
                cited.extend(cite.0.split(',').map(|id| id.trim().to_string()));
            }
        }
    }
    for name in ["article.json", "timeline.json"] {
        std::fs::write(Path::new(&out).join(name), read(name).to_string()).expect("writing data");
    }
    let Value::Array(all) = read("sources.json") else {
        panic!("data/sources.json must be a list");
    };
    let kept: Vec<Value> = all
        .into_iter()
        .enumerate()
        .filter_map(|(i, mut s)| {
            let id = s.get("id")?.as_str()?.to_string();
            cited.contains(&id).then(|| {
                s["n"] = Value::from(i + 1);
                s
            })
        })
        .collect();
    std::fs::write(Path::new(&out).join("sources.json"), Value::Array(kept).to_string()).expect("writing data");
}

/// Every source id a data file cites (`"source": id`, `"sources": [id, …]`).
fn collect_sources(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("source", Value::String(id)) => {
                        into.insert(id.clone());
                    }
                    ("sources", Value::Array(ids)) => {
                        into.extend(ids.iter().filter_map(|i| i.as_str().map(String::from)));
                    }
                    _ => collect_sources(v, into),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_sources(v, into)),
        _ => {}
    }
}
