//! The facts the page shows, read with serde from `data/*.json` (embedded at compile time),
//! each figure tied to a confidence level and a source.

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
}

/// One number with where it came from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub confidence: Confidence,
    /// An `id` in `data/sources.json`.
    pub source: String,
}

/// An AI accelerator and its published figures.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerator {
    pub id: String,
    /// Short name used on axes, e.g. `H200`.
    pub name: String,
    pub full_name: String,
    pub vendor: String,
    pub architecture: String,
    pub year: u16,
    pub memory_bandwidth_tbs: Option<Figure>,
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

const ACCELERATORS: &str = include_str!("../../data/accelerators.json");
const SOURCES: &str = include_str!("../../data/sources.json");
const ARTICLE: &str = include_str!("../../data/article.json");

fn parse<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError {
        file,
        message: e.to_string(),
    })
}

impl Dataset {
    /// Parses the embedded data files and checks that every figure cites a known source.
    pub fn load() -> Result<Dataset, DataError> {
        Dataset::from_json(ACCELERATORS, SOURCES, ARTICLE)
    }

    /// Parses data given as text (the embedded files, or test fixtures).
    pub fn from_json(accelerators: &str, sources: &str, article: &str) -> Result<Dataset, DataError> {
        let dataset = Dataset {
            accelerators: parse("accelerators.json", accelerators)?,
            sources: parse("sources.json", sources)?,
            article: parse("article.json", article)?,
        };
        for chip in &dataset.accelerators {
            for figure in chip.figures() {
                if dataset.source(&figure.source).is_none() {
                    return Err(DataError {
                        file: "accelerators.json",
                        message: format!("{} cites unknown source `{}`", chip.id, figure.source),
                    });
                }
            }
        }
        Ok(dataset)
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
        self.memory_bandwidth_tbs.iter()
    }
}

/// The embedded dataset, parsed once on first use.
pub fn dataset() -> &'static Result<Dataset, DataError> {
    static DATASET: std::sync::OnceLock<Result<Dataset, DataError>> = std::sync::OnceLock::new();
    DATASET.get_or_init(Dataset::load)
}
