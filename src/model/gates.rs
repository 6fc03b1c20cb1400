//! The three gates an H200 must pass to reach a Chinese data centre, plus the optional
//! domestic-chip condition: which chips flow, where they stop, and the state as a URL parameter.

use super::data::Confidence;
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

/// A dated real-world state of the gates; its text is `gates.preset.<id>.*` in the locales.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatePreset {
    pub id: String,
    pub date: String,
    pub gates: GateState,
    pub status: Confidence,
    pub sources: Vec<String>,
    /// The timeline entry this moment belongs to.
    pub timeline: String,
}

/// The preset the diagram opens on: the moment the source article describes.
pub const DEFAULT_PRESET: &str = "conditional-approvals";
