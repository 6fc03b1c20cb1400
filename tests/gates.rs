//! The approval gates: chips flow exactly when every gate is open, stop at the first closed
//! one, the presets match the record, and the state survives a trip through the URL.

use h200_explainer::i18n::{lookup, EN, JA, KEYS};
use h200_explainer::model::data::{Confidence, Dataset};
use h200_explainer::model::gates::{
    flow, is_at_param, weakest, Gate, GateState, Moment, Openness, Switch, DEFAULT_PRESET,
};
use h200_explainer::widgets::gates::caption;

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
    // No licence existed until May 2026: an announcement and a rule are not licences.
    assert_eq!(get("before-dec-2025").state(), g(false, false, false, false));
    assert_eq!(get("us-announcement").state(), g(false, false, false, false));
    assert_eq!(get("customs-block").state(), g(false, false, false, true));
    assert_eq!(get("conditional-approvals").state(), g(false, true, false, true));
    assert_eq!(get("us-licences").state(), g(true, false, false, true));
    assert_eq!(get("first-deliveries").state(), g(true, true, true, true));
    // The filing says Beijing restricted the licensed sales: China's gate is shut on the record.
    assert_eq!(get("nvidia-filing").state(), g(true, false, true, true));
    // The article's moment shows China's approval as reported, not confirmed.
    let article = get(DEFAULT_PRESET);
    assert_eq!(article.openness(Gate::ChinaApproval), Openness::ReportedOpen);
    assert_eq!(article.openness(Gate::UsLicence), Openness::Closed);
    // The filing puts the US licences on the record, and Beijing's restriction too; only the
    // first reported deliveries (the contracts gate) rest on reports.
    let filing = get("nvidia-filing");
    assert_eq!(filing.openness(Gate::UsLicence), Openness::Open);
    assert_eq!(filing.openness(Gate::ChinaApproval), Openness::Closed);
    assert_eq!(filing.gates.china.status, Confidence::Official);
    assert_eq!(filing.openness(Gate::Contracts), Openness::ReportedOpen);
    assert_eq!(flow(&filing.state()).blocked_at, Some(Gate::ChinaApproval));
    assert_eq!(get("us-licences").openness(Gate::UsLicence), Openness::ReportedOpen);
    assert_eq!(get("first-deliveries").status(), Confidence::Reported);
    assert!(
        d.gate_presets.windows(2).all(|w| w[0].date < w[1].date),
        "dates are distinct and ordered"
    );
    assert!(
        d.gate_presets.iter().all(|p| is_at_param(&p.date)),
        "each date can be an ?at= value"
    );
}

/// The check a fact-checker would make: every preset, gate by gate, against the timeline.
#[test]
fn every_preset_agrees_with_the_timeline() {
    let d = Dataset::load().unwrap();
    assert!(d.gate_presets.len() >= 6);
    for p in &d.gate_presets {
        assert!(d.event(&p.timeline).is_some(), "{}: unknown timeline entry", p.id);
        for sw in Switch::ALL {
            let e = p.evidence(sw);
            let what = format!("{} {sw:?}", p.id);
            assert!(!e.events.is_empty() && !e.sources.is_empty(), "{what}: no evidence");
            let events: Vec<_> = e
                .events
                .iter()
                .map(|id| d.event(id).unwrap_or_else(|| panic!("{what}: unknown event {id}")))
                .collect();
            // Evidence can only be what was known at the moment.
            for ev in &events {
                assert!(ev.date <= p.date, "{what}: {} is dated after the moment", ev.id);
            }
            // A gate is open only on an event that opens it, dated on or before the moment.
            if e.open {
                let name = switch_name(sw);
                assert!(
                    events.iter().any(|ev| ev.opens.iter().any(|o| o == name)),
                    "{what}: open before any event that opens it"
                );
                let first = d
                    .timeline
                    .iter()
                    .find(|ev| ev.opens.iter().any(|o| o == name))
                    .unwrap_or_else(|| panic!("{what}: no event ever opens it"));
                assert!(first.date <= p.date, "{what}: open before its first enabling event");
            }
            // The status shown is the weakest status of its evidence.
            assert_eq!(
                Some(e.status),
                weakest(events.iter().map(|ev| ev.status)),
                "{what}: status is not the weakest of its evidence"
            );
            // Each source shown is one the evidence itself cites.
            for s in &e.sources {
                assert!(
                    events.iter().any(|ev| ev.sources.contains(s)),
                    "{what}: source {s} is not cited by its events"
                );
            }
        }
    }
}

/// A gate that was open at one moment and is closed at the next must say why: some of its
/// evidence is dated after the earlier moment, so it never closes on nothing.
#[test]
fn a_gate_closes_only_on_later_evidence() {
    let d = Dataset::load().unwrap();
    for w in d.gate_presets.windows(2) {
        let (before, after) = (&w[0], &w[1]);
        for sw in Switch::ALL {
            let (was, now) = (before.evidence(sw), after.evidence(sw));
            if was.open && !now.open {
                assert!(
                    now.events
                        .iter()
                        .any(|id| d.event(id).is_some_and(|ev| ev.date.as_str() > before.date.as_str())),
                    "{} {sw:?}: closes after {} with no later evidence",
                    after.id,
                    before.id
                );
            }
        }
    }
}

/// Where a dated moment has its own caption, the diagram uses it; domestic chips are never
/// said to arrive on the strength of a reported condition; and every caption names a preset.
#[test]
fn dated_captions_say_no_more_than_the_record() {
    let d = Dataset::load().unwrap();
    for (lang, t) in [("ja", &JA), ("en", &EN)] {
        for p in &d.gate_presets {
            let text = caption(t, &Moment::at(p));
            if let Some(own) = lookup(t, &format!("gates.caption.{}", p.id)) {
                assert!(text.starts_with(own), "{lang} {}: {text}", p.id);
            }
            let domestic = p.evidence(Switch::Domestic);
            if domestic.open && domestic.status != Confidence::Official {
                for arrives in [t.gates_domestic_flowing, t.gates_domestic_only] {
                    assert!(!text.contains(arrives), "{lang} {}: {text}", p.id);
                }
                // Drawn, but not moving: no report says domestic chips arrived.
                assert_eq!(Moment::at(p).domestic_moving(), Some(false), "{}", p.id);
            }
        }
        // The first deliveries were reported as held mostly in Hong Kong, not chips in the data
        // centres: the generic "every gate is open" sentence is not used there.
        let first = d.gate_presets.iter().find(|p| p.id == "first-deliveries").unwrap();
        assert!(!caption(t, &Moment::at(first)).contains(t.gates_flowing), "{lang}");
        // A reader's what-if still gets the generic account.
        let all = first.state();
        assert_eq!(Moment::what_if(all).domestic_moving(), Some(true));
        let what_if = caption(t, &Moment::what_if(all));
        assert!(
            what_if.starts_with(t.gates_flowing) && what_if.contains(t.gates_domestic_flowing),
            "{lang}"
        );
    }
    for key in KEYS.iter().filter(|k| k.starts_with("gates.caption.")) {
        let id = &key["gates.caption.".len()..];
        assert!(d.gate_presets.iter().any(|p| p.id == id), "{key} names no preset");
    }
}

#[test]
fn choosing_a_moment_selects_only_that_moment() {
    let d = Dataset::load().unwrap();
    // 8 and 14 December set the same switches, yet the moment stays distinct.
    let dec7 = Moment::from_url(&d.gate_presets, Some("2025-12-07"), None);
    let dec8 = Moment::from_url(&d.gate_presets, Some("2025-12-08"), None);
    assert_eq!(dec7.state, dec8.state);
    assert_ne!(dec7.at.map(|p| &p.id), dec8.at.map(|p| &p.id));
    // `?at=` wins over `?gates=`; an unknown date falls back to `?gates=`, then the default.
    let may = Moment::from_url(&d.gate_presets, Some("2026-05-14"), Some(GateState::default()));
    assert_eq!(may.at.unwrap().id, "us-licences");
    let what_if = Moment::from_url(&d.gate_presets, Some("2031-01-01"), Some(GateState::default()));
    assert!(what_if.at.is_none() && what_if.reported_only().is_empty());
    assert_eq!(
        Moment::from_url(&d.gate_presets, None, None).at.unwrap().id,
        DEFAULT_PRESET
    );
    // A reader's what-if is drawn as open, never as reported.
    let all = GateState {
        us: true,
        china: true,
        contracts: true,
        domestic: true,
    };
    assert!(Gate::ALL
        .into_iter()
        .all(|g| Moment::what_if(all).openness(g) == Openness::Open));
    for bad in ["", "2026-5-14", "2026/05/14", "20260514xx", "<script>"] {
        assert!(!is_at_param(bad), "{bad}");
    }
}

fn switch_name(sw: Switch) -> &'static str {
    match sw {
        Switch::Gate(Gate::UsLicence) => "us",
        Switch::Gate(Gate::ChinaApproval) => "china",
        Switch::Gate(Gate::Contracts) => "contracts",
        Switch::Domestic => "domestic",
    }
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
