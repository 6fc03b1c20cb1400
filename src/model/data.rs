//! The facts the page shows, read with serde from `data/*.json` (embedded at compile time),
//! each figure tied to a confidence level and a source.

use serde::Deserialize;

pub use super::status::Confidence;

/// One number with where it came from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub confidence: Confidence,
    /// An `id` in `data/sources.json`.
    pub source: String,
}

/// A piece of text (a process node, a memory type) with where it came from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextFact {
    pub text: String,
    pub confidence: Confidence,
    pub source: String,
}

/// Where a chip stands for buyers in China.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChinaStatus {
    /// Could be sold without a licence.
    Allowed,
    /// Needs a US licence, reviewed case by case.
    Licence,
    /// Needs a licence that is presumed denied, or is excluded outright.
    Banned,
    /// Reported or rumoured, never launched.
    NeverLaunched,
    /// Made in China.
    Domestic,
}

/// A change of a chip's China status.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub status: ChinaStatus,
    pub confidence: Confidence,
    pub source: String,
}

/// The family a chip belongs to, for filtering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Generation {
    Ampere,
    Hopper,
    Blackwell,
    Rubin,
    Ascend,
}

impl Generation {
    pub const ALL: [Generation; 5] = [
        Generation::Ampere,
        Generation::Hopper,
        Generation::Blackwell,
        Generation::Rubin,
        Generation::Ascend,
    ];
}

/// An AI accelerator and its published figures, each with a confidence and a source. All
/// compute figures are dense (no 2:4 sparsity).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerator {
    pub id: String,
    /// Short name used on axes, e.g. `H200`.
    pub name: String,
    pub full_name: String,
    pub vendor: String,
    pub generation: Generation,
    pub architecture: String,
    /// Roadmap or rumoured parts whose figures are announcements or estimates.
    #[serde(default)]
    pub announced_only: bool,
    pub year: Figure,
    pub process: Option<TextFact>,
    pub memory_type: Option<TextFact>,
    pub memory_gb: Option<Figure>,
    pub bandwidth_tbs: Option<Figure>,
    pub bf16_tflops: Option<Figure>,
    pub fp8_tflops: Option<Figure>,
    pub fp4_tflops: Option<Figure>,
    pub interconnect_gbs: Option<Figure>,
    pub tdp_w: Option<Figure>,
    pub die_mm2: Option<Figure>,
    /// Oldest first; the last entry is the current status.
    pub china: Vec<StatusChange>,
}

/// A cited document.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub outlet: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    pub url: String,
    /// What kind of backing the source gives: an official text or remark, reporting, an
    /// estimate, or something we could not verify.
    pub status: Confidence,
    /// Its number in the full list, where the wasm has only the sources its widgets cite (see
    /// `build.rs`); 0 in the full list, where the position is the number.
    #[serde(default)]
    pub n: usize,
}

/// Who acted in a timeline event; the timeline filters on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Actor {
    /// The US government (White House, Commerce/BIS, Congress testimony).
    Us,
    /// The Chinese government and its agencies.
    China,
    /// NVIDIA and the companies buying its chips.
    Industry,
}

impl Actor {
    pub const ALL: [Actor; 3] = [Actor::Us, Actor::China, Actor::Industry];
}

/// One dated event. Its text is `timeline.entry.<id>` in the locale files.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    pub id: String,
    /// ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The last day of a span, if the event took several.
    pub until: Option<String>,
    pub actor: Actor,
    pub status: Confidence,
    /// `YYYY-MM-DD`: when this entry's facts or status last changed on the page (the first
    /// publication, 2026-11-25, for an entry unchanged since); listed with the entry.
    pub changed: String,
    /// Ids in `data/sources.json`, the first being the main one.
    pub sources: Vec<String>,
    /// The gate switches (`us`, `china`, `contracts`, `domestic`) this event is evidence for
    /// opening: a dated moment may show a gate open only after such an event.
    #[serde(default)]
    pub opens: Vec<String>,
    /// The switches this event is evidence for opening only partly: a gate that lets some
    /// chips through but far fewer than asked, or a domestic-chip condition under discussion
    /// rather than imposed. A dated moment may show a switch limited only after such an event,
    /// and never open on evidence that says limited.
    #[serde(default)]
    pub limits: Vec<String>,
    /// A record that something had *not* happened by this date (no new rule in the Federal
    /// Register): listed, but not an event the page's facts are current to.
    #[serde(default)]
    pub absence: bool,
}

/// What became of one of the source article's claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The record bears it out.
    HeldUp,
    /// Only reporting backs it; nothing on the record.
    ReportedOnly,
    /// True when written, overtaken by later events.
    ChangedSince,
    /// The record does not bear it out.
    NotSupported,
}

/// One claim of the source article, checked; its text is `claims.row.<id>.{claim,why}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    /// `YYYY-MM-DD`: the date of the latest evidence the verdict rests on.
    pub date: String,
    pub verdict: Verdict,
    /// The weakest status among the evidence for the verdict.
    pub status: Confidence,
    /// `YYYY-MM-DD`: when this row's verdict, status or wording last changed on the page.
    pub changed: String,
    pub sources: Vec<String>,
}

/// When the page's facts were last checked against the record.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    /// `YYYY-MM-DD`.
    pub checked: String,
    /// `YYYY-MM-DD`: the newest date the material searched reaches; nothing after it could be
    /// confirmed, and the page says so.
    pub searched_to: String,
}

/// How sure each row of a company card is; the rows' text is `company.<id>.<row>`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyStatus {
    pub business: Confidence,
    pub interest: Confidence,
    pub capex: Confidence,
    pub chips: Confidence,
}

/// A company named in the approval reports.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub id: String,
    pub name: String,
    pub status: CompanyStatus,
}

/// How a reported number is hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    MoreThan,
    About,
    UpTo,
}

/// A headline number with its hedge, status and source; its label is `figures.<id>`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub id: String,
    /// None where the record gives words, not a number (Nvidia's "small amounts").
    #[serde(default)]
    pub value: Option<f64>,
    pub qualifier: Qualifier,
    pub status: Confidence,
    pub source: String,
    /// The gate that narrowed the flow to this stage of the funnel (`us`, `china`,
    /// `contracts`, or `all`).
    pub gate: String,
    /// A number for each buyer, not a total (drawn and worded as such).
    #[serde(default)]
    pub per_buyer: bool,
    /// Another source's different figure for the same thing: shown beside it, not resolved.
    #[serde(default)]
    pub conflict: Option<ConflictingFigure>,
}

/// A second source's figure that disagrees with a key figure's.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictingFigure {
    pub value: f64,
    pub qualifier: Qualifier,
    pub status: Confidence,
    pub source: String,
}

/// What kind of change an entry of "Updates and corrections" records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Something the page said was wrong, or surer than its evidence: now put right.
    Correction,
    /// New facts, or a status that new evidence moved.
    Update,
}

/// One dated entry of "Updates and corrections"; its text is `corrections.item.<id>`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub id: String,
    /// `YYYY-MM-DD`: when the change was published.
    pub date: String,
    pub kind: ChangeKind,
    /// Where on the page the changed fact now stands: timeline entry ids (`tl-…`), claim rows
    /// (`claim-…`) or section ids.
    #[serde(default)]
    pub at: Vec<String>,
}

/// The blog article this explainer is built from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: String,
    pub site: String,
    pub date: String,
    pub url: String,
}

/// Everything loaded from `data/`.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub accelerators: Vec<Accelerator>,
    pub sources: Vec<Source>,
    pub article: Article,
    /// Oldest first.
    pub timeline: Vec<TimelineEntry>,
    // The article's own data: the wasm never renders it (see `crate::page`).
    #[cfg(not(target_arch = "wasm32"))]
    pub companies: Vec<Company>,
    /// Glossary keys, in display order; the text is `glossary.term.<key>.{term,def}`.
    #[cfg(not(target_arch = "wasm32"))]
    pub glossary: Vec<String>,
    #[cfg(not(target_arch = "wasm32"))]
    pub key_figures: Vec<KeyFigure>,
    pub gate_presets: Vec<super::gates::GatePreset>,
    #[cfg(not(target_arch = "wasm32"))]
    pub claims: Vec<Claim>,
    #[cfg(not(target_arch = "wasm32"))]
    pub currency: Currency,
    /// Newest first.
    #[cfg(not(target_arch = "wasm32"))]
    pub corrections: Vec<Correction>,
}

/// What went wrong while reading the data files.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub file: &'static str,
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

// Natively, the files as written; in the wasm, the widgets' part of them (see `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
mod files {
    pub const ACCELERATORS: &str = include_str!("../../data/accelerators.json");
    pub const SOURCES: &str = include_str!("../../data/sources.json");
    pub const ARTICLE: &str = include_str!("../../data/article.json");
    pub const TIMELINE: &str = include_str!("../../data/timeline.json");
    pub const GATE_PRESETS: &str = include_str!("../../data/gate_presets.json");
}
#[cfg(target_arch = "wasm32")]
mod files {
    pub const ACCELERATORS: &str = include_str!(concat!(env!("OUT_DIR"), "/accelerators.json"));
    pub const SOURCES: &str = include_str!(concat!(env!("OUT_DIR"), "/sources.json"));
    pub const ARTICLE: &str = include_str!(concat!(env!("OUT_DIR"), "/article.json"));
    pub const TIMELINE: &str = include_str!(concat!(env!("OUT_DIR"), "/timeline.json"));
    pub const GATE_PRESETS: &str = include_str!(concat!(env!("OUT_DIR"), "/gate_presets.json"));
}
use files::{ACCELERATORS, ARTICLE, GATE_PRESETS, SOURCES, TIMELINE};
const COMPANIES: &str = include_str!("../../data/companies.json");
const GLOSSARY: &str = include_str!("../../data/glossary.json");
const KEY_FIGURES: &str = include_str!("../../data/key_figures.json");
const CLAIMS: &str = include_str!("../../data/claims.json");
const CURRENCY: &str = include_str!("../../data/currency.json");
const CORRECTIONS: &str = include_str!("../../data/corrections.json");

/// The data files' text, so tests can load altered copies.
#[derive(Clone, Copy, Debug)]
pub struct Files<'a> {
    pub accelerators: &'a str,
    pub sources: &'a str,
    pub article: &'a str,
    pub timeline: &'a str,
    pub companies: &'a str,
    pub glossary: &'a str,
    pub key_figures: &'a str,
    pub gate_presets: &'a str,
    pub claims: &'a str,
    pub currency: &'a str,
    pub corrections: &'a str,
}

/// The files embedded in the build.
pub const EMBEDDED: Files<'static> = Files {
    accelerators: ACCELERATORS,
    sources: SOURCES,
    article: ARTICLE,
    timeline: TIMELINE,
    companies: COMPANIES,
    glossary: GLOSSARY,
    key_figures: KEY_FIGURES,
    gate_presets: GATE_PRESETS,
    claims: CLAIMS,
    currency: CURRENCY,
    corrections: CORRECTIONS,
};

fn parse<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError {
        file,
        message: e.to_string(),
    })
}

impl Dataset {
    /// Parses the embedded data files and checks that every reference resolves.
    pub fn load() -> Result<Dataset, DataError> {
        Dataset::from_files(EMBEDDED)
    }

    /// Parses data given as text (the embedded files, or test fixtures).
    pub fn from_files(files: Files<'_>) -> Result<Dataset, DataError> {
        let mut dataset = Dataset {
            accelerators: parse("accelerators.json", files.accelerators)?,
            sources: parse("sources.json", files.sources)?,
            article: parse("article.json", files.article)?,
            timeline: parse("timeline.json", files.timeline)?,
            #[cfg(not(target_arch = "wasm32"))]
            companies: parse("companies.json", files.companies)?,
            #[cfg(not(target_arch = "wasm32"))]
            glossary: parse("glossary.json", files.glossary)?,
            #[cfg(not(target_arch = "wasm32"))]
            key_figures: parse("key_figures.json", files.key_figures)?,
            gate_presets: parse("gate_presets.json", files.gate_presets)?,
            #[cfg(not(target_arch = "wasm32"))]
            claims: parse("claims.json", files.claims)?,
            #[cfg(not(target_arch = "wasm32"))]
            currency: parse("currency.json", files.currency)?,
            #[cfg(not(target_arch = "wasm32"))]
            corrections: parse("corrections.json", files.corrections)?,
        };
        // Every reference must resolve. Checked natively (the tests and the prerender run on the
        // same embedded files); the browser trusts what the build has checked.
        #[cfg(not(target_arch = "wasm32"))]
        dataset.check()?;
        dataset.timeline.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(dataset)
    }

    /// Every reference resolves: sources, timeline entries, statuses.
    #[cfg(not(target_arch = "wasm32"))]
    fn check(&self) -> Result<(), DataError> {
        let dataset = self;
        let unknown = |file: &'static str, what: &str, id: &str| DataError {
            file,
            message: format!("{what} cites unknown source `{id}`"),
        };
        for chip in &dataset.accelerators {
            for (_, source) in chip.sourced() {
                if dataset.source(source).is_none() {
                    return Err(unknown("accelerators.json", &chip.id, source));
                }
            }
            if chip.china.is_empty() {
                return Err(DataError {
                    file: "accelerators.json",
                    message: format!("{} has no China status", chip.id),
                });
            }
        }
        for entry in &dataset.timeline {
            if entry.sources.is_empty() {
                return Err(DataError {
                    file: "timeline.json",
                    message: format!("{} has no source", entry.id),
                });
            }
            if let Some(id) = entry.sources.iter().find(|id| dataset.source(id).is_none()) {
                return Err(unknown("timeline.json", &entry.id, id));
            }
        }
        if let Some(f) = dataset.key_figures.iter().find(|f| dataset.source(&f.source).is_none()) {
            return Err(unknown("key_figures.json", &f.id, &f.source));
        }
        if let Some((f, c)) = dataset
            .key_figures
            .iter()
            .filter_map(|f| f.conflict.as_ref().map(|c| (f, c)))
            .find(|(_, c)| dataset.source(&c.source).is_none())
        {
            return Err(unknown("key_figures.json", &f.id, &c.source));
        }
        for p in &dataset.gate_presets {
            for s in super::gates::Switch::ALL {
                let e = p.evidence(s);
                if let Some(id) = e.sources.iter().find(|id| dataset.source(id).is_none()) {
                    return Err(unknown("gate_presets.json", &p.id, id));
                }
                if let Some(id) = e
                    .events
                    .iter()
                    .find(|id| !dataset.timeline.iter().any(|t| &t.id == *id))
                {
                    return Err(DataError {
                        file: "gate_presets.json",
                        message: format!("{} cites unknown timeline entry `{id}`", p.id),
                    });
                }
            }
            if !dataset.timeline.iter().any(|e| e.id == p.timeline) {
                return Err(DataError {
                    file: "gate_presets.json",
                    message: format!("{} links to unknown timeline entry `{}`", p.id, p.timeline),
                });
            }
        }
        for c in &dataset.claims {
            if c.sources.is_empty() {
                return Err(DataError {
                    file: "claims.json",
                    message: format!("{} has no source", c.id),
                });
            }
            if let Some(id) = c.sources.iter().find(|id| dataset.source(id).is_none()) {
                return Err(unknown("claims.json", &c.id, id));
            }
        }
        Ok(())
    }

    /// The 1-based number under which a source is listed and cited.
    pub fn source_number(&self, id: &str) -> Option<usize> {
        let i = self.sources.iter().position(|s| s.id == id)?;
        Some(match self.sources[i].n {
            0 => i + 1,
            n => n,
        })
    }

    /// The date of the latest event in the timeline that could be confirmed (official or
    /// reported): what the page's facts are current to. Later, unverified items are shown but
    /// do not move this date.
    pub fn current_to(&self) -> Option<&str> {
        self.timeline
            .iter()
            .filter(|e| !matches!(e.status, Confidence::Unverified | Confidence::Denied) && !e.absence)
            .map(|e| e.until.as_deref().unwrap_or(&e.date))
            .max()
    }

    /// A timeline entry by id.
    pub fn event(&self, id: &str) -> Option<&TimelineEntry> {
        self.timeline.iter().find(|e| e.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn accelerator(&self, id: &str) -> Option<&Accelerator> {
        self.accelerators.iter().find(|a| a.id == id)
    }
}

impl Accelerator {
    /// Every figure this chip has, for checks that walk them all.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        std::iter::once(&self.year).chain(
            [
                &self.memory_gb,
                &self.bandwidth_tbs,
                &self.bf16_tflops,
                &self.fp8_tflops,
                &self.fp4_tflops,
                &self.interconnect_gbs,
                &self.tdp_w,
                &self.die_mm2,
            ]
            .into_iter()
            .flatten(),
        )
    }

    /// Every sourced value, numbers and text alike, as (confidence, source id).
    pub fn sourced(&self) -> Vec<(Confidence, &str)> {
        let mut out: Vec<(Confidence, &str)> = self.figures().map(|f| (f.confidence, f.source.as_str())).collect();
        out.extend(
            self.process
                .iter()
                .chain(&self.memory_type)
                .map(|t| (t.confidence, t.source.as_str())),
        );
        out.extend(self.china.iter().map(|c| (c.confidence, c.source.as_str())));
        out
    }

    /// The current China status (the latest change).
    pub fn china_status(&self) -> Option<ChinaStatus> {
        self.china.last().map(|c| c.status)
    }
}

/// The embedded dataset, parsed once on first use.
pub fn dataset() -> &'static Result<Dataset, DataError> {
    static DATASET: std::sync::OnceLock<Result<Dataset, DataError>> = std::sync::OnceLock::new();
    DATASET.get_or_init(Dataset::load)
}
