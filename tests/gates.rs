//! The approval gates: chips flow exactly when every gate is open, stop at the first closed
//! one, the presets match the record, and the state survives a trip through the URL.

use h200_explainer::model::data::{Confidence, Dataset};
use h200_explainer::model::gates::{flow, Gate, GateState, DEFAULT_PRESET};

#[test]
fn in_all_sixteen_combinations_chips_arrive_exactly_when_every_gate_is_open() {
    let states: Vec<GateState> = GateState::all().collect();
    assert_eq!(states.len(), 16);
    assert_eq!(states.iter().collect::<std::collections::HashSet<_>>().len(), 16);
    for s in states {
        let f = flow(&s);
        assert_eq!(f.delivered(), s.us && s.china && s.contracts, "{s:?}");
        let expected_block = if !s.us {
            Some(Gate::UsLicence)
        } else if !s.china {
            Some(Gate::ChinaApproval)
        } else if !s.contracts {
            Some(Gate::Contracts)
        } else {
            None
        };
        assert_eq!(f.blocked_at, expected_block, "{s:?}");
        assert_eq!(
            f.legs,
            match expected_block {
                Some(Gate::UsLicence) => 1,
                Some(Gate::ChinaApproval) => 2,
                Some(Gate::Contracts) => 3,
                None => 4,
            }
        );
        // The domestic purchase appears only when required, and moves once contracts are signed.
        assert_eq!(f.domestic, if s.domestic { Some(s.contracts) } else { None }, "{s:?}");
    }
}

#[test]
fn each_preset_sets_its_documented_state() {
    let d = Dataset::load().unwrap();
    let get = |id: &str| {
        d.gate_presets
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let g = |us, china, contracts, domestic| GateState {
        us,
        china,
        contracts,
        domestic,
    };
    assert_eq!(get("before-dec-2025").gates, g(false, false, false, false));
    assert_eq!(get("us-announcement").gates, g(true, false, false, false));
    assert_eq!(get("customs-block").gates, g(true, false, false, true));
    assert_eq!(get("conditional-approvals").gates, g(false, true, false, true));
    assert_eq!(get("us-licences").gates, g(true, false, false, true));
    assert_eq!(get("first-deliveries").gates, g(true, true, true, true));
    assert_eq!(get("first-deliveries").status, Confidence::Unverified);
    assert_eq!(get("us-announcement").date, "2025-12-08");
    assert_eq!(get("customs-block").date, "2026-01-14");
    assert_eq!(get("us-licences").date, "2026-05-14");
    assert!(d.gate_presets.iter().any(|p| p.id == DEFAULT_PRESET));
    assert!(d.gate_presets.windows(2).all(|w| w[0].date <= w[1].date));
    assert!(d.gate_presets.iter().all(|p| !p.sources.is_empty()));
}

#[test]
fn the_state_round_trips_through_the_url() {
    for s in GateState::all() {
        assert_eq!(GateState::from_param(&s.to_param()), Some(s), "{}", s.to_param());
    }
    assert_eq!(
        GateState::from_param("us,china").unwrap(),
        GateState {
            us: true,
            china: true,
            ..Default::default()
        }
    );
    assert!(GateState::from_param("US+Domestic").unwrap().domestic);
}

#[test]
fn unknown_values_are_rejected_so_the_default_applies() {
    for bad in ["", "yes", "us,nope", "<script>", "1111", ",,,x", "us;china"] {
        assert_eq!(GateState::from_param(bad), None, "{bad}");
    }
}
