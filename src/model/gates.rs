//! The three gates an H200 must pass to reach a Chinese data centre, plus the optional
//! domestic-chip condition: which chips flow, where they stop, and the state as a URL parameter.

use super::status::Confidence;
use serde::Deserialize;

/// The three gates, in the order a shipment meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gate {
    /// Gate 1: the US export licence (BIS case-by-case review and its conditions).
    UsLicence,
    /// Gate 2: China's approval (MIIT/MOFCOM, NDRC conditions) and customs clearance.
    ChinaApproval,
    /// Gate 3: orders placed, payment terms, NVIDIA and TSMC supply.
    Contracts,
}

impl Gate {
    pub const ALL: [Gate; 3] = [Gate::UsLicence, Gate::ChinaApproval, Gate::Contracts];
}

/// How far a gate lets chips through: the third state is what the record most often shows
/// (NVIDIA's filing: licences for "small amounts", sales "restricted", "unable to sell all").
/// For the domestic-chip condition the same three read: not raised, under discussion, imposed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Closed,
    /// Some chips pass, far fewer than asked for (or a condition discussed, not imposed).
    Limited,
    Open,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Open, Level::Limited, Level::Closed];

    /// The word a URL, a data attribute or a CSS class uses.
    pub fn key(self) -> &'static str {
        match self {
            Level::Open => "open",
            Level::Limited => "limited",
            Level::Closed => "closed",
        }
    }

    /// Whether any chips get through.
    pub fn passes(self) -> bool {
        self != Level::Closed
    }
}

/// The four switches of the diagram, each open, limited or closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct GateState {
    pub us: Level,
    pub china: Level,
    pub contracts: Level,
    /// Beijing requires buyers to take a share of domestic chips too (`Limited`: the condition
    /// is under discussion, not imposed).
    pub domestic: Level,
}

impl GateState {
    pub fn level(&self, gate: Gate) -> Level {
        match gate {
            Gate::UsLicence => self.us,
            Gate::ChinaApproval => self.china,
            Gate::Contracts => self.contracts,
        }
    }

    pub fn set(&mut self, gate: Gate, level: Level) {
        match gate {
            Gate::UsLicence => self.us = level,
            Gate::ChinaApproval => self.china = level,
            Gate::Contracts => self.contracts = level,
        }
    }

    pub fn switch(&self, switch: Switch) -> Level {
        match switch {
            Switch::Gate(g) => self.level(g),
            Switch::Domestic => self.domestic,
        }
    }

    pub fn set_switch(&mut self, switch: Switch, level: Level) {
        match switch {
            Switch::Gate(g) => self.set(g, level),
            Switch::Domestic => self.domestic = level,
        }
    }

    /// All 81 combinations of the four three-way switches.
    pub fn all() -> impl Iterator<Item = GateState> {
        (0u8..81).map(|n| {
            let digit = |i: u32| match (n / 3u8.pow(i)) % 3 {
                0 => Level::Closed,
                1 => Level::Limited,
                _ => Level::Open,
            };
            GateState {
                us: digit(0),
                china: digit(1),
                contracts: digit(2),
                domestic: digit(3),
            }
        })
    }

    /// The `?gates=` value: each switch that is not closed by name, `-limited` after a limited
    /// one (`us,china-limited`); `none` if all are closed. A bare name, the form before the
    /// third state existed, still means open, so old links keep working.
    pub fn to_param(&self) -> String {
        let names: Vec<String> = Switch::ALL
            .into_iter()
            .filter_map(|sw| match self.switch(sw) {
                Level::Closed => None,
                Level::Open => Some(sw.key().to_string()),
                Level::Limited => Some(format!("{}-limited", sw.key())),
            })
            .collect();
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(",")
        }
    }

    /// Reads a `?gates=` value; anything that is not a comma-separated list of known names
    /// (each optionally `-limited`, `-open` or `-closed`), or `none`, is `None`, so the caller
    /// keeps its default.
    pub fn from_param(s: &str) -> Option<GateState> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("none") {
            return Some(GateState::default());
        }
        let mut state = GateState::default();
        for name in s.split([',', ' ', '+']).filter(|n| !n.is_empty()) {
            let name = name.to_ascii_lowercase();
            let (key, level) = match name.split_once('-') {
                None => (name.as_str(), Level::Open),
                Some((key, level)) => (key, Level::ALL.into_iter().find(|l| l.key() == level)?),
            };
            let sw = Switch::ALL.into_iter().find(|sw| sw.key() == key)?;
            state.set_switch(sw, level);
        }
        (!s.is_empty()).then_some(state)
    }
}

/// What the diagram shows for a state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flow {
    /// The first closed gate, or `None` when H200s reach the data centres.
    pub blocked_at: Option<Gate>,
    /// The first limited gate the chips pass (before any closed one): from there on only a
    /// trickle moves.
    pub narrowed_at: Option<Gate>,
    /// How many of the four legs (NVIDIA→1, 1→2, 2→3, 3→data centres) chips move along.
    pub legs: usize,
    /// Whether the parallel domestic purchase is drawn, and whether it flows: drawn when the
    /// condition is imposed or discussed; it moves once it is imposed and Gate 3 lets chips
    /// through (the buyer places it with its other contracts).
    pub domestic: Option<bool>,
}

impl Flow {
    pub fn delivered(&self) -> bool {
        self.blocked_at.is_none()
    }

    /// How many legs carry only a trickle (those after the first limited gate).
    pub fn thin_from(&self) -> usize {
        match self.narrowed_at {
            Some(Gate::UsLicence) => 2,
            Some(Gate::ChinaApproval) => 3,
            Some(Gate::Contracts) => 4,
            None => usize::MAX,
        }
    }
}

/// H200s move up to the first closed gate, thin out after the first limited one, and arrive
/// only when no gate is closed.
pub fn flow(state: &GateState) -> Flow {
    let blocked_at = Gate::ALL.into_iter().find(|g| state.level(*g) == Level::Closed);
    let narrowed_at = Gate::ALL
        .into_iter()
        .take_while(|g| Some(*g) != blocked_at)
        .find(|g| state.level(*g) == Level::Limited);
    let legs = match blocked_at {
        Some(Gate::UsLicence) => 1,
        Some(Gate::ChinaApproval) => 2,
        Some(Gate::Contracts) => 3,
        None => 4,
    };
    Flow {
        blocked_at,
        narrowed_at,
        legs,
        domestic: match state.domestic {
            Level::Closed => None,
            Level::Limited => Some(false),
            Level::Open => Some(state.contracts.passes()),
        },
    }
}

/// One switch as a dated moment sets it: open, limited or closed, how sure that is, and why.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateEvidence {
    pub state: Level,
    /// What the reader is shown: the weakest status among `events` (checked in
    /// `tests/gates.rs`), so a gate opened only by reports is never drawn as confirmed.
    pub status: Confidence,
    /// Timeline entries (ids in `data/timeline.json`) dated on or before the moment.
    pub events: Vec<String>,
    /// Sources shown beside the moment; each is cited by one of `events`.
    pub sources: Vec<String>,
}

impl GateEvidence {
    /// Open or limited, but only on the strength of reports or unverified accounts: the one
    /// rule behind the dashed gate, the "(reported only)" words and the caption's note. A
    /// closed gate is the state before any evidence of opening, and needs no such mark.
    pub fn reported_only(&self) -> bool {
        self.state.passes() && self.status != Confidence::Official
    }
}

/// The four switches of a dated moment, each with its evidence.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresetGates {
    pub us: GateEvidence,
    pub china: GateEvidence,
    pub contracts: GateEvidence,
    pub domestic: GateEvidence,
}

/// A dated real-world state of the gates; its label is `gates.preset.<id>` and its note
/// `gates.note.<id>` in the locales.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatePreset {
    pub id: String,
    /// `YYYY-MM-DD`: the moment, and the `?at=` value that selects it.
    pub date: String,
    pub gates: PresetGates,
    /// The timeline entry this moment belongs to.
    pub timeline: String,
}

/// A gate or the domestic condition: the four things a preset gives evidence for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Switch {
    Gate(Gate),
    Domestic,
}

impl Switch {
    pub const ALL: [Switch; 4] = [
        Switch::Gate(Gate::UsLicence),
        Switch::Gate(Gate::ChinaApproval),
        Switch::Gate(Gate::Contracts),
        Switch::Domestic,
    ];

    /// Its name in `?gates=`, in data attributes and in a timeline entry's `opens`/`limits`.
    pub fn key(self) -> &'static str {
        match self {
            Switch::Gate(Gate::UsLicence) => "us",
            Switch::Gate(Gate::ChinaApproval) => "china",
            Switch::Gate(Gate::Contracts) => "contracts",
            Switch::Domestic => "domestic",
        }
    }
}

impl GatePreset {
    /// The switches this moment sets.
    pub fn state(&self) -> GateState {
        let g = &self.gates;
        GateState {
            us: g.us.state,
            china: g.china.state,
            contracts: g.contracts.state,
            domestic: g.domestic.state,
        }
    }

    pub fn evidence(&self, switch: Switch) -> &GateEvidence {
        match switch {
            Switch::Gate(Gate::UsLicence) => &self.gates.us,
            Switch::Gate(Gate::ChinaApproval) => &self.gates.china,
            Switch::Gate(Gate::Contracts) => &self.gates.contracts,
            Switch::Domestic => &self.gates.domestic,
        }
    }

    /// The moment's overall label: as sure as its least sure switch.
    pub fn status(&self) -> Confidence {
        weakest(Switch::ALL.into_iter().map(|s| self.evidence(s).status)).unwrap_or(Confidence::Unverified)
    }

    /// Every source behind the moment, in switch order, without repeats.
    pub fn sources(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for s in Switch::ALL {
            for id in &self.evidence(s).sources {
                if !out.contains(&id.as_str()) {
                    out.push(id);
                }
            }
        }
        out
    }

    /// As sure as what a summary of this moment asserts: the weakest status among the gates
    /// the chips reach (up to and including the one that stops them). Gates beyond a closed
    /// one are not asserted by "stopped at gate N", so their evidence does not weaken it.
    pub fn asserted_status(&self) -> Confidence {
        let blocked = flow(&self.state()).blocked_at;
        let mut reached = Vec::new();
        for g in Gate::ALL {
            reached.push(self.evidence(Switch::Gate(g)).status);
            if Some(g) == blocked {
                break;
            }
        }
        weakest(reached).unwrap_or(Confidence::Unverified)
    }

    /// How a gate looks at this moment: its level, and whether that rests on reports only.
    pub fn openness(&self, gate: Gate) -> Openness {
        let e = self.evidence(Switch::Gate(gate));
        Openness::of(e.state, e.reported_only())
    }
}

pub use super::status::weakest;

/// What the diagram draws for a gate: its level, marked apart when it rests on reports only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Openness {
    Closed,
    /// Partly open on the record (or in a what-if the reader set by hand).
    Limited,
    /// Partly open according to reports or unverified accounts only.
    ReportedLimited,
    /// Open on the record (or in a what-if the reader set by hand).
    Open,
    /// Open only according to reports or unverified accounts: drawn dashed and announced so.
    ReportedOpen,
}

impl Openness {
    /// `reported_only`: resting on reports alone (never for a reader's what-if).
    pub fn of(level: Level, reported_only: bool) -> Openness {
        match (level, reported_only) {
            (Level::Closed, _) => Openness::Closed,
            (Level::Limited, false) => Openness::Limited,
            (Level::Limited, true) => Openness::ReportedLimited,
            (Level::Open, false) => Openness::Open,
            (Level::Open, true) => Openness::ReportedOpen,
        }
    }

    pub fn level(self) -> Level {
        match self {
            Openness::Closed => Level::Closed,
            Openness::Limited | Openness::ReportedLimited => Level::Limited,
            Openness::Open | Openness::ReportedOpen => Level::Open,
        }
    }

    pub fn reported(self) -> bool {
        matches!(self, Openness::ReportedLimited | Openness::ReportedOpen)
    }
}

/// The diagram's state: the switches, and the dated moment they came from, if the reader
/// picked one and has not flipped a switch since (`?at=`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moment<'a> {
    pub state: GateState,
    pub at: Option<&'a GatePreset>,
}

impl<'a> Moment<'a> {
    pub fn at(preset: &'a GatePreset) -> Moment<'a> {
        Moment {
            state: preset.state(),
            at: Some(preset),
        }
    }

    /// A reader's own combination: every gate is what the reader set, with no evidence.
    pub fn what_if(state: GateState) -> Moment<'a> {
        Moment { state, at: None }
    }

    pub fn openness(&self, gate: Gate) -> Openness {
        match self.at {
            Some(p) => p.openness(gate),
            None => Openness::of(self.state.level(gate), false),
        }
    }

    /// Whether `switch` is on at this dated moment on the strength of reports only (never
    /// for a reader's what-if).
    pub fn reported(&self, switch: Switch) -> bool {
        self.at.is_some_and(|p| p.evidence(switch).reported_only())
    }

    /// Whether the domestic-chip condition is on only on the strength of reports.
    pub fn domestic_reported_only(&self) -> bool {
        self.reported(Switch::Domestic)
    }

    /// Whether the domestic order is drawn, and whether it moves. A what-if follows [`flow`];
    /// at a dated moment whose condition is only reported the order is drawn but stays still,
    /// because no report says domestic chips arrived.
    pub fn domestic_moving(&self) -> Option<bool> {
        flow(&self.state)
            .domestic
            .map(|moving| moving && !self.domestic_reported_only())
    }

    /// The open gates that rest on reports only, in route order.
    pub fn reported_only(&self) -> Vec<Gate> {
        Gate::ALL.into_iter().filter(|g| self.openness(*g).reported()).collect()
    }

    /// Picks the moment a URL names: `?at=` if it is one of the presets, else `?gates=` as a
    /// what-if, else the article's moment.
    pub fn from_url(presets: &'a [GatePreset], at: Option<&str>, gates: Option<GateState>) -> Moment<'a> {
        if let Some(p) = at.and_then(|d| presets.iter().find(|p| p.date == d)) {
            return Moment::at(p);
        }
        if let Some(s) = gates {
            return Moment::what_if(s);
        }
        match presets.iter().find(|p| p.id == DEFAULT_PRESET) {
            Some(p) => Moment::at(p),
            None => Moment::what_if(GateState::default()),
        }
    }
}

/// Whether `s` is an `?at=` value: a `YYYY-MM-DD` date (not checked against the calendar; a
/// date no preset has simply selects none).
pub fn is_at_param(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The preset the diagram opens on: the latest moment on the record (Nvidia's filing), the
/// same the timeline opens on; the source article's moment is one step of the handle.
pub const DEFAULT_PRESET: &str = "nvidia-filing";

/// The latest dated moment: the last state of the gates the record shows (the page's lede
/// graphic, which names its date: it is not "now").
pub fn latest(presets: &[GatePreset]) -> Option<&GatePreset> {
    presets.iter().max_by(|a, b| a.date.cmp(&b.date))
}

/// The gates over time: one lane per gate from the start of December 2025 (the month
/// Washington said yes) to three weeks after the latest dated moment, each lane cut into spans
/// that keep one dated moment's state until the next. Days are `timeline::day_number`s.
#[derive(Debug, Clone, PartialEq)]
pub struct Lanes {
    pub start: i64,
    pub end: i64,
    /// (from, to, index of the preset whose state every lane shows over that stretch).
    pub spans: Vec<(i64, i64, usize)>,
    /// Each dated moment's day, by preset index (the first, which stands for everything
    /// before the announcement, at the start).
    pub days: Vec<i64>,
}

/// The first day the lanes show: 1 December 2025.
pub const LANES_FROM: &str = "2025-12-01";
/// How far the lanes run past the latest dated moment, so its state shows as a span.
pub const LANES_TAIL_DAYS: i64 = 21;

pub fn lanes(presets: &[GatePreset]) -> Lanes {
    use super::timeline::day_number;
    let start = day_number(LANES_FROM).unwrap_or(0);
    let days: Vec<i64> = presets
        .iter()
        .map(|p| day_number(&p.date).unwrap_or(start).max(start))
        .collect();
    let end = days.iter().copied().max().unwrap_or(start) + LANES_TAIL_DAYS;
    let mut order: Vec<usize> = (0..presets.len()).collect();
    order.sort_by_key(|&i| (days[i], i));
    let spans = order
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let to = order.get(k + 1).map_or(end, |&j| days[j]);
            (to > days[i]).then_some((days[i], to, i))
        })
        .collect();
    Lanes {
        start,
        end,
        spans,
        days,
    }
}

/// The dated moment in force on `day`: the latest one on or before it (the earliest before
/// them all). Ties go to the later preset in the data, as the lanes draw them.
pub fn preset_on(presets: &[GatePreset], day: i64) -> Option<usize> {
    let days = lanes(presets).days;
    let mut best: Option<usize> = None;
    for (i, &d) in days.iter().enumerate() {
        if d <= day && best.is_none_or(|b| days[b] <= d) {
            best = Some(i);
        }
    }
    best.or_else(|| (0..days.len()).min_by_key(|&i| days[i]))
}
