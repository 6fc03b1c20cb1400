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

/// The four switches of the diagram.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateState {
    pub us: bool,
    pub china: bool,
    pub contracts: bool,
    /// Beijing requires buyers to take a share of domestic chips too.
    pub domestic: bool,
}

impl GateState {
    pub fn is_open(&self, gate: Gate) -> bool {
        match gate {
            Gate::UsLicence => self.us,
            Gate::ChinaApproval => self.china,
            Gate::Contracts => self.contracts,
        }
    }

    pub fn set(&mut self, gate: Gate, open: bool) {
        match gate {
            Gate::UsLicence => self.us = open,
            Gate::ChinaApproval => self.china = open,
            Gate::Contracts => self.contracts = open,
        }
    }

    /// All sixteen combinations of the four switches.
    pub fn all() -> impl Iterator<Item = GateState> {
        (0u8..16).map(|bits| GateState {
            us: bits & 1 != 0,
            china: bits & 2 != 0,
            contracts: bits & 4 != 0,
            domestic: bits & 8 != 0,
        })
    }

    /// The `?gates=` value: the open gates and the domestic condition by name, `none` if none.
    pub fn to_param(&self) -> String {
        let names: Vec<&str> = [
            (self.us, "us"),
            (self.china, "china"),
            (self.contracts, "contracts"),
            (self.domestic, "domestic"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(",")
        }
    }

    /// Reads a `?gates=` value; anything that is not a comma-separated list of known names
    /// (or `none`) is `None`, so the caller keeps its default.
    pub fn from_param(s: &str) -> Option<GateState> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("none") {
            return Some(GateState::default());
        }
        let mut state = GateState::default();
        for name in s.split([',', ' ', '+']).filter(|n| !n.is_empty()) {
            match name.to_ascii_lowercase().as_str() {
                "us" => state.us = true,
                "china" => state.china = true,
                "contracts" => state.contracts = true,
                "domestic" => state.domestic = true,
                _ => return None,
            }
        }
        (!s.is_empty()).then_some(state)
    }
}

/// What the diagram shows for a state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flow {
    /// The first closed gate, or `None` when H200s reach the data centres.
    pub blocked_at: Option<Gate>,
    /// How many of the four legs (NVIDIA→1, 1→2, 2→3, 3→data centres) chips move along.
    pub legs: usize,
    /// Whether the parallel domestic purchase is drawn, and whether it flows: the buyer places
    /// it with its other contracts, so it moves once Gate 3 is open.
    pub domestic: Option<bool>,
}

impl Flow {
    pub fn delivered(&self) -> bool {
        self.blocked_at.is_none()
    }
}

/// H200s move up to the first closed gate and arrive only when all three are open.
pub fn flow(state: &GateState) -> Flow {
    let blocked_at = Gate::ALL.into_iter().find(|g| !state.is_open(*g));
    let legs = match blocked_at {
        Some(Gate::UsLicence) => 1,
        Some(Gate::ChinaApproval) => 2,
        Some(Gate::Contracts) => 3,
        None => 4,
    };
    Flow {
        blocked_at,
        legs,
        domestic: state.domestic.then_some(state.contracts),
    }
}

/// One switch as a dated moment sets it: open or closed, how sure that is, and why.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateEvidence {
    pub open: bool,
    /// What the reader is shown: the weakest status among `events` (checked in
    /// `tests/gates.rs`), so a gate opened only by reports is never drawn as confirmed.
    pub status: Confidence,
    /// Timeline entries (ids in `data/timeline.json`) dated on or before the moment.
    pub events: Vec<String>,
    /// Sources shown beside the moment; each is cited by one of `events`.
    pub sources: Vec<String>,
}

impl GateEvidence {
    /// Open, but only on the strength of reports or unverified accounts: the one rule behind
    /// the dashed gate, the "(reported only)" words and the caption's note.
    pub fn reported_open(&self) -> bool {
        self.open && self.status != Confidence::Official
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
}

impl GatePreset {
    /// The switches this moment sets.
    pub fn state(&self) -> GateState {
        let g = &self.gates;
        GateState {
            us: g.us.open,
            china: g.china.open,
            contracts: g.contracts.open,
            domestic: g.domestic.open,
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

    /// How a gate looks at this moment: closed, open on the record, or open on reports only.
    pub fn openness(&self, gate: Gate) -> Openness {
        let e = self.evidence(Switch::Gate(gate));
        Openness::of(e.open, e.reported_open())
    }
}

pub use super::status::{strength, weakest};

/// What the diagram draws for a gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Openness {
    Closed,
    /// Open on the record (or in a what-if the reader set by hand).
    Open,
    /// Open only according to reports or unverified accounts: drawn dashed and announced so.
    ReportedOpen,
}

impl Openness {
    /// `reported_only`: open on reports alone (never for a reader's what-if).
    pub fn of(open: bool, reported_only: bool) -> Openness {
        match (open, reported_only) {
            (false, _) => Openness::Closed,
            (true, true) => Openness::ReportedOpen,
            (true, false) => Openness::Open,
        }
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
            None => Openness::of(self.state.is_open(gate), false),
        }
    }

    /// Whether `switch` is on at this dated moment on the strength of reports only (never
    /// for a reader's what-if).
    pub fn reported(&self, switch: Switch) -> bool {
        self.at.is_some_and(|p| p.evidence(switch).reported_open())
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
        Gate::ALL
            .into_iter()
            .filter(|g| self.openness(*g) == Openness::ReportedOpen)
            .collect()
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

/// The preset the diagram opens on: the moment the source article describes.
pub const DEFAULT_PRESET: &str = "conditional-approvals";

/// The latest dated moment: where the gates stand on the record today (the page's lede).
pub fn latest(presets: &[GatePreset]) -> Option<&GatePreset> {
    presets.iter().max_by(|a, b| a.date.cmp(&b.date))
}
