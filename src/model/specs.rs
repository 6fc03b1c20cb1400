//! Comparing accelerators: the metrics a reader can choose, TPP computed with the ECCN 3A090
//! formula, the regulatory lines, filters, "relative to H200" and the rows charts and tables
//! share (so a chart, its table and its CSV cannot disagree).

use super::data::{Accelerator, ChinaStatus, Confidence, Dataset, Figure, Generation};
use super::query;

/// The chip everything is measured against in relative mode.
pub const REFERENCE_CHIP: &str = "h200";

/// What the ladder chart ranks chips by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    Tpp,
    Bf16,
    Fp8,
    Fp4,
    Memory,
    Bandwidth,
    Tdp,
    Efficiency,
}

impl Metric {
    pub const ALL: [Metric; 8] = [
        Metric::Tpp,
        Metric::Bf16,
        Metric::Fp8,
        Metric::Fp4,
        Metric::Memory,
        Metric::Bandwidth,
        Metric::Tdp,
        Metric::Efficiency,
    ];

    /// The name used in URLs and CSV file names.
    pub fn code(self) -> &'static str {
        match self {
            Metric::Tpp => "tpp",
            Metric::Bf16 => "bf16",
            Metric::Fp8 => "fp8",
            Metric::Fp4 => "fp4",
            Metric::Memory => "memory",
            Metric::Bandwidth => "bandwidth",
            Metric::Tdp => "tdp",
            Metric::Efficiency => "efficiency",
        }
    }

    pub fn parse(code: &str) -> Option<Metric> {
        Metric::ALL
            .into_iter()
            .find(|m| m.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Decimal places worth showing.
    pub fn decimals(self) -> usize {
        match self {
            Metric::Bandwidth | Metric::Efficiency => 2,
            _ => 0,
        }
    }
}

/// A value for one chip and metric, with how sure it is and which sources it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricValue {
    pub value: f64,
    pub confidence: Confidence,
    pub sources: Vec<String>,
}

impl MetricValue {
    fn from_figure(f: &Figure) -> Self {
        Self {
            value: f.value,
            confidence: f.confidence,
            sources: vec![f.source.clone()],
        }
    }

    /// Whether the value should be drawn as uncertain (outlined) rather than solid.
    pub fn is_estimate(&self) -> bool {
        matches!(self.confidence, Confidence::Estimate | Confidence::Unverified)
    }
}

/// The weaker of two confidences for a derived value: any estimate or unverified input makes
/// the result an estimate; otherwise it is a calculation.
fn derived(inputs: &[Confidence]) -> Confidence {
    if inputs
        .iter()
        .any(|c| matches!(c, Confidence::Estimate | Confidence::Unverified))
    {
        Confidence::Estimate
    } else {
        Confidence::Calculated
    }
}

/// Total processing performance (ECCN 3A090): 2 × MacTOPS × bit length, the maximum over
/// precisions; from dense datasheet figures that is BF16 × 16, FP8 × 8 or FP4 × 4.
pub fn tpp(chip: &Accelerator) -> Option<MetricValue> {
    [
        (&chip.bf16_tflops, 16.0),
        (&chip.fp8_tflops, 8.0),
        (&chip.fp4_tflops, 4.0),
    ]
    .into_iter()
    .filter_map(|(f, bits)| f.as_ref().map(|f| (f, f.value * bits)))
    .max_by(|a, b| a.1.total_cmp(&b.1))
    .map(|(f, value)| MetricValue {
        value: value.round(),
        confidence: derived(&[f.confidence]),
        sources: vec![f.source.clone()],
    })
}

/// A chip's value for a metric, if it has the figures for it.
pub fn value(chip: &Accelerator, metric: Metric) -> Option<MetricValue> {
    let fig = |f: &Option<Figure>| f.as_ref().map(MetricValue::from_figure);
    match metric {
        Metric::Tpp => tpp(chip),
        Metric::Bf16 => fig(&chip.bf16_tflops),
        Metric::Fp8 => fig(&chip.fp8_tflops),
        Metric::Fp4 => fig(&chip.fp4_tflops),
        Metric::Memory => fig(&chip.memory_gb),
        Metric::Bandwidth => fig(&chip.bandwidth_tbs),
        Metric::Tdp => fig(&chip.tdp_w),
        Metric::Efficiency => {
            let (c, w) = (chip.bf16_tflops.as_ref()?, chip.tdp_w.as_ref()?);
            (w.value > 0.0).then(|| MetricValue {
                value: c.value / w.value,
                confidence: derived(&[c.confidence, w.confidence]),
                sources: vec![c.source.clone(), w.source.clone()],
            })
        }
    }
}

/// `a`'s value divided by `b`'s, for the ratios the text quotes.
pub fn ratio(data: &Dataset, metric: Metric, a: &str, b: &str) -> Option<f64> {
    let (a, b) = (
        value(data.accelerator(a)?, metric)?,
        value(data.accelerator(b)?, metric)?,
    );
    (b.value > 0.0).then(|| a.value / b.value)
}

/// Which regulatory threshold a line marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// ECCN 3A090.a: TPP 4,800 (since October 2022).
    Eccn3a090,
    /// The January 2026 case-by-case ceiling: TPP 21,000 and 6.5 TB/s of memory bandwidth.
    CaseByCase2026,
}

/// A regulatory threshold drawn across a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegLine {
    pub kind: LineKind,
    pub value: f64,
}

/// The January 2026 case-by-case ceiling as reported: TPP below this…
pub const CEILING_2026_TPP: f64 = 21_000.0;
/// …and memory bandwidth below this, TB/s.
pub const CEILING_2026_BANDWIDTH: f64 = 6.5;

/// Whether a chip with this TPP and bandwidth falls inside the 2026 ceiling (both below it).
pub fn inside_2026_ceiling(tpp: f64, bandwidth_tbs: f64) -> bool {
    tpp < CEILING_2026_TPP && bandwidth_tbs < CEILING_2026_BANDWIDTH
}

/// The thresholds that apply to a metric (in its own units).
pub fn reg_lines(metric: Metric) -> Vec<RegLine> {
    match metric {
        Metric::Tpp => vec![
            RegLine {
                kind: LineKind::Eccn3a090,
                value: 4800.0,
            },
            RegLine {
                kind: LineKind::CaseByCase2026,
                value: CEILING_2026_TPP,
            },
        ],
        Metric::Bandwidth => vec![RegLine {
            kind: LineKind::CaseByCase2026,
            value: CEILING_2026_BANDWIDTH,
        }],
        _ => Vec::new(),
    }
}

/// Which chips are shown: by vendor and by generation. Everything is on by default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChipFilter {
    pub hidden_vendors: Vec<String>,
    pub hidden_generations: Vec<Generation>,
}

impl ChipFilter {
    pub fn shows(&self, chip: &Accelerator) -> bool {
        !self.hidden_vendors.contains(&chip.vendor) && !self.hidden_generations.contains(&chip.generation)
    }

    pub fn toggle_vendor(&mut self, vendor: &str) {
        if let Some(i) = self.hidden_vendors.iter().position(|v| v == vendor) {
            self.hidden_vendors.remove(i);
        } else {
            self.hidden_vendors.push(vendor.to_string());
        }
    }

    pub fn toggle_generation(&mut self, g: Generation) {
        if let Some(i) = self.hidden_generations.iter().position(|x| *x == g) {
            self.hidden_generations.remove(i);
        } else {
            self.hidden_generations.push(g);
        }
    }
}

/// One bar of the ladder, one row of its table, one line of its CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct LadderRow {
    pub id: String,
    pub name: String,
    /// In the metric's units, or as a multiple of the H200 in relative mode.
    pub shown: f64,
    pub value: MetricValue,
    pub status: Option<ChinaStatus>,
    /// Drawn outlined: an estimate, or a roadmap / never-launched part.
    pub uncertain: bool,
}

/// The rows of the ladder for the current choices, largest first (chips lacking the metric
/// are left out). In relative mode values are divided by the H200's.
pub fn ladder(data: &Dataset, metric: Metric, filter: &ChipFilter, relative: bool) -> Vec<LadderRow> {
    let reference = data
        .accelerator(REFERENCE_CHIP)
        .and_then(|c| value(c, metric))
        .map(|v| v.value);
    let mut rows = data
        .accelerators
        .iter()
        .filter(|c| filter.shows(c))
        .filter_map(|c| {
            let v = value(c, metric)?;
            let shown = match (relative, reference) {
                (true, Some(r)) if r > 0.0 => v.value / r,
                _ => v.value,
            };
            Some(LadderRow {
                id: c.id.clone(),
                name: c.name.clone(),
                shown,
                uncertain: v.is_estimate() || c.announced_only,
                status: c.china_status(),
                value: v,
            })
        })
        .collect::<Vec<_>>();
    // A ladder ranks: largest first on the chosen measure (ties keep the data's order, by
    // generation), so the regulatory line drawn across it splits the chips above from below.
    rows.sort_by(|a, b| b.shown.total_cmp(&a.shown));
    rows
}

/// Where a ladder's axis may stop short of its largest bar: when that bar is more than twice
/// the next (Rubin's announced TPP is about twice B300's and ten times the H20's), the axis
/// ends a little beyond the second bar, at a round number, and the first bar is drawn cut off
/// with its value written on it. On a phone's 150-px plot this is what keeps the H20 and the
/// H200 apart (3 px and 15 px on the full scale), and on a column it doubles their gap.
/// `None`: every bar fits.
pub fn cut_axis_at(rows: &[LadderRow]) -> Option<f64> {
    let (first, second) = (rows.first()?.shown, rows.get(1)?.shown);
    if second <= 0.0 || first <= 2.0 * second {
        return None;
    }
    // 1.2 × the second bar, rounded up to a half step of its power of ten (84,000 → 90,000).
    let x = second * 1.2;
    let step = 10f64.powf(x.log10().floor()) / 2.0;
    Some((x / step).ceil() * step)
}

/// One point of the map: compute (TPP) against memory bandwidth, sized by memory.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPoint {
    pub id: String,
    pub name: String,
    pub tpp: f64,
    pub bandwidth: f64,
    pub memory: f64,
    pub status: Option<ChinaStatus>,
    pub uncertain: bool,
}

/// The map's points: chips with TPP, bandwidth and memory figures that the filter shows.
pub fn map_points(data: &Dataset, filter: &ChipFilter) -> Vec<MapPoint> {
    data.accelerators
        .iter()
        .filter(|c| filter.shows(c))
        .filter_map(|c| {
            let t = tpp(c)?;
            let (b, m) = (c.bandwidth_tbs.as_ref()?, c.memory_gb.as_ref()?);
            Some(MapPoint {
                id: c.id.clone(),
                name: c.name.clone(),
                tpp: t.value,
                bandwidth: b.value,
                memory: m.value,
                status: c.china_status(),
                uncertain: t.is_estimate()
                    || matches!(b.confidence, Confidence::Estimate | Confidence::Unverified)
                    || c.announced_only,
            })
        })
        .collect()
}

/// A CSV file from a header and rows, quoting fields that need it (RFC 4180).
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    for line in std::iter::once(header.iter().map(|s| s.to_string()).collect::<Vec<_>>()).chain(rows.iter().cloned()) {
        out.push_str(&line.iter().map(|s| field(s)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// What the generation charts show; serialised into the URL so a view can be shared.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareState {
    pub metric: Metric,
    /// The reader's choice of scale: `Some(true)` log, `Some(false)` linear, `None` not chosen
    /// (log on a phone, where one long bar would leave the rest a few pixels wide; linear
    /// elsewhere: see [`CompareState::log_scale`]).
    pub log: Option<bool>,
    pub relative: bool,
    pub lines: bool,
    pub filter: ChipFilter,
}

impl Default for CompareState {
    fn default() -> Self {
        Self {
            metric: Metric::Tpp,
            log: None,
            relative: false,
            lines: true,
            filter: ChipFilter::default(),
        }
    }
}

impl CompareState {
    /// Whether bars can be shown as multiples of the H200: it needs an H200 figure for the
    /// measure (it has none for FP4, say; dividing by nothing would print raw values with a ×).
    pub fn relative_possible(data: &Dataset, metric: Metric) -> bool {
        data.accelerator(REFERENCE_CHIP)
            .and_then(|c| value(c, metric))
            .is_some_and(|v| v.value > 0.0)
    }

    /// The state as drawn: the reader's choice of "relative to H200" holds only where it can
    /// (it is kept in the state, and in the address, for the next measure that allows it).
    pub fn drawn(&self, data: &Dataset) -> CompareState {
        CompareState {
            relative: self.relative && Self::relative_possible(data, self.metric),
            ..self.clone()
        }
    }

    /// Whether the ladder is drawn on a log scale: the reader's choice, or, without one, linear
    /// at every width (a log axis hid the very gaps the title states, 6.7× and 2.3×, on phones).
    pub fn log_scale(&self, _narrow: bool) -> bool {
        self.log.unwrap_or(false)
    }

    /// Reads `metric`, `scale`, `rel` and `lines` from a query string; anything unknown keeps
    /// the default.
    pub fn from_query(q: &str) -> Self {
        let d = CompareState::default();
        let flag = |key: &str, default: bool| match query::get(q, key).as_deref() {
            Some("1") | Some("true") | Some("on") => true,
            Some("0") | Some("false") | Some("off") => false,
            _ => default,
        };
        CompareState {
            metric: query::get(q, "metric")
                .and_then(|m| Metric::parse(&m))
                .unwrap_or(d.metric),
            log: match query::get(q, "scale") {
                Some(s) if s.eq_ignore_ascii_case("log") => Some(true),
                Some(s) if s.eq_ignore_ascii_case("linear") => Some(false),
                _ => d.log,
            },
            relative: flag("rel", d.relative),
            lines: flag("lines", d.lines),
            filter: d.filter,
        }
    }

    /// The parameters that differ from the default, as (key, value).
    pub fn to_params(&self) -> Vec<(&'static str, Option<String>)> {
        let d = CompareState::default();
        vec![
            (
                "metric",
                (self.metric != d.metric).then(|| self.metric.code().to_string()),
            ),
            (
                "scale",
                self.log.map(|log| if log { "log" } else { "linear" }.to_string()),
            ),
            ("rel", self.relative.then(|| "1".to_string())),
            ("lines", (!self.lines).then(|| "0".to_string())),
        ]
    }
}
