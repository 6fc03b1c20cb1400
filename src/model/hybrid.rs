//! The hybrid-strategy illustration: a fleet of imported and domestic accelerators, totalled
//! from spec-sheet figures and compared with a fleet of the same size made only of H200s.

use super::data::{Accelerator, Dataset, Figure};

/// Domestic parts a reader can choose: the shipping 910C, and the 950s from Huawei's roadmap.
pub const DOMESTIC_CHOICES: [&str; 3] = ["ascend-910c", "ascend-950pr", "ascend-950dt"];
/// Imported parts: the H200, and the H20 for comparison.
pub const IMPORTED_CHOICES: [&str; 2] = ["h200", "h20"];

/// The fleet sizes a reader can choose.
pub const MIN_COUNT: u32 = 1_000;
pub const MAX_COUNT: u32 = 500_000;

/// The reader's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct HybridInputs {
    pub count: u32,
    /// The required domestic share, 0–100 %.
    pub domestic_percent: u8,
    pub domestic: &'static str,
    pub imported: &'static str,
}

impl Default for HybridInputs {
    fn default() -> Self {
        Self {
            count: 100_000,
            domestic_percent: 30,
            domestic: DOMESTIC_CHOICES[0],
            imported: IMPORTED_CHOICES[0],
        }
    }
}

/// What the fleet is totalled on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FleetMetric {
    Bf16,
    Fp8,
    Memory,
    Bandwidth,
    Power,
}

impl FleetMetric {
    pub const ALL: [FleetMetric; 5] = [
        FleetMetric::Bf16,
        FleetMetric::Fp8,
        FleetMetric::Memory,
        FleetMetric::Bandwidth,
        FleetMetric::Power,
    ];

    /// The chip's figure for this measure, if it has one.
    pub fn figure(self, chip: &Accelerator) -> Option<&Figure> {
        match self {
            FleetMetric::Bf16 => chip.bf16_tflops.as_ref(),
            FleetMetric::Fp8 => chip.fp8_tflops.as_ref(),
            FleetMetric::Memory => chip.memory_gb.as_ref(),
            FleetMetric::Bandwidth => chip.bandwidth_tbs.as_ref(),
            FleetMetric::Power => chip.tdp_w.as_ref(),
        }
    }
}

/// One total: in the figure's own units (TFLOPS, GB, TB/s, W), with the chips that had no
/// published figure (or do not support the format) left out and counted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FleetTotal {
    pub metric: FleetMetric,
    pub total: f64,
    /// The domestic and the imported chips' parts of `total`.
    pub domestic: f64,
    pub imported: f64,
    /// Chips in the fleet that contributed nothing for lack of a figure.
    pub missing: u32,
    /// The same total for an all-H200 fleet of the same size.
    pub all_h200: f64,
}

impl FleetTotal {
    /// This fleet against the all-H200 fleet (1.0 = equal).
    pub fn ratio(&self) -> Option<f64> {
        (self.all_h200 > 0.0).then(|| self.total / self.all_h200)
    }

    /// The lengths the chart draws for this fleet and for the all-H200 fleet of the same size,
    /// as fractions of the chart's width: the all-H200 fleet is the scale, so it fills the
    /// width and the fleet is its share of it (the size is in the labels). A scale that grew
    /// with the fleet up to 200,000 chips left the default fleet's bars half the width.
    pub fn extent(&self) -> (f64, f64) {
        (self.ratio().unwrap_or(0.0), 1.0)
    }

    /// The domestic and imported lengths of the stacked bar, on the scale of [`Self::extent`];
    /// `None` when some chips have no figure: the total is then unknown and is drawn as "n/a",
    /// not as a shorter bar (a missing figure is not a zero).
    pub fn stacked(&self) -> Option<(f64, f64)> {
        if self.missing > 0 || self.all_h200 <= 0.0 {
            return None;
        }
        Some((self.domestic / self.all_h200, self.imported / self.all_h200))
    }
}

/// The split and the totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Fleet {
    pub domestic_count: u32,
    pub imported_count: u32,
    pub totals: Vec<FleetTotal>,
}

/// Totals the fleet. Unknown chip ids count as chips without figures.
pub fn fleet(data: &Dataset, inputs: &HybridInputs) -> Fleet {
    let share = f64::from(inputs.domestic_percent.min(100)) / 100.0;
    let domestic_count = (f64::from(inputs.count) * share).round() as u32;
    let imported_count = inputs.count - domestic_count;
    let domestic = data.accelerator(inputs.domestic);
    let imported = data.accelerator(inputs.imported);
    let h200 = data.accelerator("h200");
    let part = |chip: Option<&Accelerator>, m: FleetMetric, n: u32| -> (f64, u32) {
        match chip.and_then(|c| m.figure(c)) {
            Some(f) => (f.value * f64::from(n), 0),
            None => (0.0, n),
        }
    };
    let totals = FleetMetric::ALL
        .into_iter()
        .map(|m| {
            let (d, dm) = part(domestic, m, domestic_count);
            let (i, im) = part(imported, m, imported_count);
            let (all, _) = part(h200, m, inputs.count);
            FleetTotal {
                metric: m,
                total: d + i,
                domestic: d,
                imported: i,
                missing: dm + im,
                all_h200: all,
            }
        })
        .collect();
    Fleet {
        domestic_count,
        imported_count,
        totals,
    }
}

/// The unit a total is shown in, chosen so the number stays short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Tflops,
    Pflops,
    Eflops,
    Gb,
    Tb,
    Pb,
    Tbs,
    Pbs,
    W,
    Kw,
    Mw,
}

/// A total rescaled to a readable unit: 926,950 TFLOPS → 926.95 PFLOPS, 490,000 W → 490 kW.
pub fn scaled(metric: FleetMetric, value: f64) -> (f64, Unit) {
    use FleetMetric::*;
    match metric {
        Bf16 | Fp8 if value >= 1e6 => (value / 1e6, Unit::Eflops),
        Bf16 | Fp8 if value >= 1e3 => (value / 1e3, Unit::Pflops),
        Bf16 | Fp8 => (value, Unit::Tflops),
        Memory if value >= 1e6 => (value / 1e6, Unit::Pb),
        Memory if value >= 1e3 => (value / 1e3, Unit::Tb),
        Memory => (value, Unit::Gb),
        Bandwidth if value >= 1e3 => (value / 1e3, Unit::Pbs),
        Bandwidth => (value, Unit::Tbs),
        Power if value >= 1e6 => (value / 1e6, Unit::Mw),
        Power if value >= 1e3 => (value / 1e3, Unit::Kw),
        Power => (value, Unit::W),
    }
}

impl HybridInputs {
    /// Reads `count`, `share`, `domestic` and `imported`; out-of-range or unknown values keep
    /// the default.
    pub fn from_query(q: &str) -> HybridInputs {
        let d = HybridInputs::default();
        let pick = |key: &str, choices: &'static [&'static str], default: &'static str| {
            super::query::get(q, key)
                .and_then(|v| choices.iter().copied().find(|c| *c == v))
                .unwrap_or(default)
        };
        HybridInputs {
            count: super::query::get(q, "count")
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|n| (MIN_COUNT..=MAX_COUNT).contains(n))
                .unwrap_or(d.count),
            domestic_percent: super::query::get(q, "share")
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|n| *n <= 100)
                .unwrap_or(d.domestic_percent),
            domestic: pick("domestic", &DOMESTIC_CHOICES, d.domestic),
            imported: pick("imported", &IMPORTED_CHOICES, d.imported),
        }
    }

    pub fn to_params(&self) -> Vec<(String, String)> {
        vec![
            ("count".into(), self.count.to_string()),
            ("share".into(), self.domestic_percent.to_string()),
            ("domestic".into(), self.domestic.to_string()),
            ("imported".into(), self.imported.to_string()),
        ]
    }
}
