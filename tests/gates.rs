//! The approval gates: chips stop at the first closed gate and thin out after a limited one,
//! the presets match the record and are never surer than it, and the state survives a trip
//! through the URL.

use h200_explainer::i18n::{lookup, EN, JA, KEYS};
use h200_explainer::model::data::{Confidence, Dataset};
use h200_explainer::model::format;
use h200_explainer::model::gates::{
    flow, is_at_param, weakest, Gate, GateState, Level, Moment, Openness, Switch, DEFAULT_PRESET,
};
use h200_explainer::model::lang::Lang;
use h200_explainer::model::status::{calls_it_now, hedged};
use h200_explainer::widgets::gates::{caption, finding, openness_word};

#[test]
fn in_all_81_combinations_chips_stop_at_the_first_closed_gate_and_thin_after_a_limited_one() {
    let states: Vec<GateState> = GateState::all().collect();
    assert_eq!(states.len(), 81);
    assert_eq!(states.iter().collect::<std::collections::HashSet<_>>().len(), 81);
    for s in states {
        let f = flow(&s);
        let levels = [s.us, s.china, s.contracts];
        assert_eq!(f.delivered(), levels.iter().all(|l| l.passes()), "{s:?}");
        let expected_block = Gate::ALL.into_iter().find(|g| s.level(*g) == Level::Closed);
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
        // Only a limited gate the chips actually reach narrows the flow.
        let narrowed = Gate::ALL
            .into_iter()
            .take_while(|g| Some(*g) != expected_block)
            .find(|g| s.level(*g) == Level::Limited);
        assert_eq!(f.narrowed_at, narrowed, "{s:?}");
        if narrowed.is_none() {
            assert_eq!(f.thin_from(), usize::MAX);
        } else {
            assert!(f.thin_from() >= 2 && f.thin_from() <= 4);
        }
        // The domestic purchase is drawn when imposed or discussed; it moves only when imposed
        // and contracts let chips through.
        let expected_domestic = match s.domestic {
            Level::Closed => None,
            Level::Limited => Some(false),
            Level::Open => Some(s.contracts.passes()),
        };
        assert_eq!(f.domestic, expected_domestic, "{s:?}");
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
    use Level::{Closed as C, Limited as L, Open as O};
    let g = |us, china, contracts, domestic| GateState {
        us,
        china,
        contracts,
        domestic,
    };
    // No licence existed until May 2026: an announcement and a rule are not licences. The
    // domestic condition was only ever discussed, never imposed on the record or in reports.
    assert_eq!(get("before-dec-2025").state(), g(C, C, C, C));
    assert_eq!(get("us-announcement").state(), g(C, C, C, C));
    assert_eq!(get("customs-block").state(), g(C, C, C, L));
    // A conditional clearance whose terms were still being set, with no report that the customs
    // block was lifted: China's gate is limited, on reports.
    assert_eq!(get("conditional-approvals").state(), g(C, L, C, L));
    assert_eq!(get("us-licences").state(), g(O, C, C, L));
    // First deliveries, a small part of what was sought, most held in Hong Kong: China's gate
    // and the contracts gate are limited, on reports.
    assert_eq!(get("first-deliveries").state(), g(O, L, L, L));
    // The filing: licences for "small amounts", sales "restricted", "unable to sell all",
    // demand "diminished": every gate partly open, on the record.
    assert_eq!(get("nvidia-filing").state(), g(L, L, L, L));
    // The article's moment shows China's approval as reported, not confirmed.
    let article = get("conditional-approvals");
    assert_eq!(article.openness(Gate::ChinaApproval), Openness::ReportedLimited);
    assert_eq!(article.openness(Gate::UsLicence), Openness::Closed);
    let filing = get("nvidia-filing");
    for gate in Gate::ALL {
        assert_eq!(filing.openness(gate), Openness::Limited, "{gate:?}");
    }
    assert_eq!(filing.asserted_status(), Confidence::Official);
    assert!(flow(&filing.state()).delivered());
    assert_eq!(flow(&filing.state()).narrowed_at, Some(Gate::UsLicence));
    let first = get("first-deliveries");
    assert_eq!(first.openness(Gate::ChinaApproval), Openness::ReportedLimited);
    assert_eq!(first.asserted_status(), Confidence::Reported);
    assert_eq!(get("us-licences").openness(Gate::UsLicence), Openness::ReportedOpen);
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
            // A state is never firmer than its evidence: open only on an event that opens the
            // switch and with no evidence that says it was only partly open; limited only on an
            // event that says so. Both dated on or before the moment.
            let name = sw.key();
            let opens = events.iter().any(|ev| ev.opens.iter().any(|o| o == name));
            let limits = events.iter().any(|ev| ev.limits.iter().any(|o| o == name));
            match e.state {
                Level::Open => {
                    assert!(opens, "{what}: open before any event that opens it");
                    assert!(!limits, "{what}: drawn open on evidence that says limited");
                }
                Level::Limited => assert!(limits, "{what}: limited with no evidence that says so"),
                Level::Closed => {}
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

/// A gate that was open at one moment and is limited or closed at the next (or limited, then
/// closed) must say why: some of its evidence is dated after the earlier moment, so it never
/// narrows on nothing.
#[test]
fn a_gate_closes_only_on_later_evidence() {
    let d = Dataset::load().unwrap();
    for w in d.gate_presets.windows(2) {
        let (before, after) = (&w[0], &w[1]);
        for sw in Switch::ALL {
            let (was, now) = (before.evidence(sw), after.evidence(sw));
            if now.state < was.state {
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
            if domestic.state.passes() && domestic.status != Confidence::Official {
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
        let all = GateState {
            us: Level::Open,
            china: Level::Open,
            contracts: Level::Open,
            domestic: Level::Open,
        };
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
    // A reader's what-if is drawn as set, never as reported.
    let all = GateState {
        us: Level::Open,
        china: Level::Open,
        contracts: Level::Open,
        domestic: Level::Open,
    };
    assert!(Gate::ALL
        .into_iter()
        .all(|g| Moment::what_if(all).openness(g) == Openness::Open));
    for bad in ["", "2026-5-14", "2026/05/14", "20260514xx", "<script>"] {
        assert!(!is_at_param(bad), "{bad}");
    }
}

#[test]
fn the_state_round_trips_through_the_url() {
    for s in GateState::all() {
        assert_eq!(GateState::from_param(&s.to_param()), Some(s), "{}", s.to_param());
    }
    // A bare name, the form links had before the third state, still means open.
    assert_eq!(
        GateState::from_param("us,china").unwrap(),
        GateState {
            us: Level::Open,
            china: Level::Open,
            ..Default::default()
        }
    );
    assert_eq!(GateState::from_param("US+Domestic").unwrap().domestic, Level::Open);
    let limited = GateState::from_param("us-limited,china,contracts-limited").unwrap();
    assert_eq!(
        (limited.us, limited.china, limited.contracts, limited.domestic),
        (Level::Limited, Level::Open, Level::Limited, Level::Closed)
    );
    assert_eq!(limited.to_param(), "us-limited,china,contracts-limited");
    assert_eq!(GateState::from_param("china-closed").unwrap(), GateState::default());
}

#[test]
fn unknown_values_are_rejected_so_the_default_applies() {
    for bad in [
        "",
        "yes",
        "us,nope",
        "<script>",
        "1111",
        ",,,x",
        "us;china",
        "us-half",
        "china-",
        "-limited",
        "us-limited-open",
    ] {
        assert_eq!(GateState::from_param(bad), None, "{bad}");
    }
}

/// The certainty rule for the gates' summary layer: each caption is as sure as the gates it
/// asserts, each step's label as sure as the event it names, the lede graphic's title names
/// its date, and nothing dated is called "now".
#[test]
fn the_gates_summary_layer_is_as_sure_as_its_evidence() {
    let d = Dataset::load().unwrap();
    for (lang, t) in [(Lang::Ja, &JA), (Lang::En, &EN)] {
        for p in &d.gate_presets {
            let m = Moment::at(p);
            let text = caption(t, &m);
            let status = p.asserted_status();
            assert!(
                hedged(lang, status, &text),
                "{lang:?} {}: caption surer than {status:?}: {text}",
                p.id
            );
            assert!(!calls_it_now(lang, &text), "{lang:?} {}: {text}", p.id);
            let label = lookup(t, &format!("gates.preset.{}", p.id)).unwrap();
            let event = d.event(&p.timeline).unwrap();
            assert!(
                hedged(lang, event.status, label),
                "{lang:?} {}: step label surer than its event ({:?}): {label}",
                p.id,
                event.status
            );
            // Every gate's word names its level, and "reported only" where it rests on reports.
            for g in Gate::ALL {
                let o = p.openness(g);
                let word = openness_word(t, o);
                assert_eq!(
                    o.reported(),
                    word.contains(t.gates_reported_only),
                    "{lang:?} {} {g:?}: {word}",
                    p.id
                );
            }
            let title = finding(t, lang, p);
            assert!(title.contains(&format::date(lang, &p.date)), "{title}");
            assert!(hedged(lang, status, &title), "{lang:?}: {title}");
            assert!(!calls_it_now(lang, &title), "{lang:?}: {title}");
        }
        for key in ["lede.graphic_title", "gates.lanes_title", "gates.as_of"] {
            assert!(!calls_it_now(lang, lookup(t, key).unwrap()), "{lang:?} {key}");
        }
    }
    // The rule bites: an unhedged reported caption and a "now" are caught.
    assert!(!hedged(Lang::En, Confidence::Reported, "Chips reach the data centres."));
    assert!(!hedged(
        Lang::Ja,
        Confidence::Reported,
        "チップはデータセンターに届いています。"
    ));
    assert!(calls_it_now(Lang::En, "Where the H200 stands now"));
    assert!(calls_it_now(Lang::Ja, "いまH200はどこで止まっているか"));
}

/// A limited gate is said in words in every caption: a reader's what-if with a limited gate
/// before a closed one names both.
#[test]
fn captions_name_limited_gates() {
    for t in [&JA, &EN] {
        let s = GateState::from_param("us-limited,contracts").unwrap();
        let text = caption(t, &Moment::what_if(s));
        assert!(text.starts_with(t.gates_blocked_china), "{text}");
        assert!(text.contains(&t.fmt_gates_limited_note(t.gates_g1_ref)), "{text}");
        let all = GateState::from_param("us,china-limited,contracts").unwrap();
        assert!(caption(t, &Moment::what_if(all)).starts_with(t.gates_flowing_limited));
        let discussed = GateState::from_param("domestic-limited").unwrap();
        assert!(caption(t, &Moment::what_if(discussed)).contains(t.gates_domestic_discussed));
    }
}
