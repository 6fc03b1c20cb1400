//! The hybrid-strategy model against totals computed by hand.

use h200_explainer::model::data::Dataset;
use h200_explainer::model::hybrid::{fleet, FleetMetric, HybridInputs};

fn total(f: &h200_explainer::model::hybrid::Fleet, m: FleetMetric) -> (f64, u32) {
    let t = f.totals.iter().find(|t| t.metric == m).unwrap();
    (t.total, t.missing)
}

#[test]
fn thirty_percent_ascend_910c_alongside_h200s() {
    let d = Dataset::load().unwrap();
    let inputs = HybridInputs {
        count: 1000,
        domestic_percent: 30,
        domestic: "ascend-910c",
        imported: "h200",
    };
    let f = fleet(&d, &inputs);
    assert_eq!((f.domestic_count, f.imported_count), (300, 700));
    // 700 × 989.5 + 300 × 781
    assert_eq!(total(&f, FleetMetric::Bf16), (926_950.0, 0));
    // The 910C has no FP8: only the H200s count, and 300 chips are flagged as without a figure.
    assert_eq!(total(&f, FleetMetric::Fp8), (1_385_300.0, 300));
    // 700 × 141 + 300 × 128; 700 × 4.8 + 300 × 3.2
    assert_eq!(total(&f, FleetMetric::Memory), (137_100.0, 0));
    assert!((total(&f, FleetMetric::Bandwidth).0 - 4_320.0).abs() < 1e-6);
    assert_eq!(total(&f, FleetMetric::Power), (490_000.0, 300));
    let bf16 = f.totals.iter().find(|t| t.metric == FleetMetric::Bf16).unwrap();
    assert_eq!(bf16.all_h200, 989_500.0);
    assert!((bf16.ratio().unwrap() - 926_950.0 / 989_500.0).abs() < 1e-12);
}

#[test]
fn half_ascend_950dt_alongside_h20s() {
    let d = Dataset::load().unwrap();
    let inputs = HybridInputs {
        count: 10_000,
        domestic_percent: 50,
        domestic: "ascend-950dt",
        imported: "h20",
    };
    let f = fleet(&d, &inputs);
    assert_eq!((f.domestic_count, f.imported_count), (5_000, 5_000));
    // 5,000 × 148; the 950DT's BF16 is not published.
    assert_eq!(total(&f, FleetMetric::Bf16), (740_000.0, 5_000));
    // 5,000 × 296 + 5,000 × 1,000
    assert_eq!(total(&f, FleetMetric::Fp8), (6_480_000.0, 0));
    // 5,000 × 96 + 5,000 × 144; 5,000 × 4.0 + 5,000 × 4.0
    assert_eq!(total(&f, FleetMetric::Memory), (1_200_000.0, 0));
    assert_eq!(total(&f, FleetMetric::Bandwidth), (40_000.0, 0));
}

#[test]
fn the_extremes_are_all_imported_and_all_domestic() {
    let d = Dataset::load().unwrap();
    let none = fleet(
        &d,
        &HybridInputs {
            domestic_percent: 0,
            ..HybridInputs::default()
        },
    );
    assert!(none.totals.iter().all(|t| t.ratio() == Some(1.0)));
    let all = fleet(
        &d,
        &HybridInputs {
            domestic_percent: 100,
            ..HybridInputs::default()
        },
    );
    assert_eq!(all.imported_count, 0);
    let too_much = fleet(
        &d,
        &HybridInputs {
            domestic_percent: 250,
            ..HybridInputs::default()
        },
    );
    assert_eq!(too_much.domestic_count, HybridInputs::default().count);
}

#[test]
fn totals_are_shown_in_readable_units() {
    use h200_explainer::model::hybrid::{scaled, Unit};
    assert_eq!(scaled(FleetMetric::Bf16, 926_950.0), (926.95, Unit::Pflops));
    assert_eq!(scaled(FleetMetric::Fp8, 6_480_000.0), (6.48, Unit::Eflops));
    assert_eq!(scaled(FleetMetric::Memory, 137_100.0), (137.1, Unit::Tb));
    assert_eq!(scaled(FleetMetric::Bandwidth, 4_320.0), (4.32, Unit::Pbs));
    assert_eq!(scaled(FleetMetric::Power, 490_000.0), (490.0, Unit::Kw));
    assert_eq!(scaled(FleetMetric::Power, 500.0), (500.0, Unit::W));
}

#[test]
fn the_inputs_round_trip_through_the_url_and_reject_junk() {
    let inputs = HybridInputs {
        count: 20_000,
        domestic_percent: 45,
        domestic: "ascend-950pr",
        imported: "h20",
    };
    let q: Vec<String> = inputs
        .to_params()
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    assert_eq!(HybridInputs::from_query(&q.join("&")), inputs);
    let junk = HybridInputs::from_query("?count=99999999&share=101&domestic=rubin&imported=<b>");
    assert_eq!(junk, HybridInputs::default());
}

#[test]
fn the_bars_are_shares_of_the_all_h200_fleet_and_missing_figures_are_not_zeros() {
    let d = Dataset::load().unwrap();
    for count in [1_000, 100_000, h200_explainer::model::hybrid::MAX_COUNT] {
        let f = fleet(
            &d,
            &HybridInputs {
                count,
                ..HybridInputs::default()
            },
        );
        for t in &f.totals {
            // The all-H200 fleet is the scale: it fills the width at every size.
            let (solid, ghost) = t.extent();
            assert_eq!(ghost, 1.0);
            assert!((solid - t.ratio().unwrap_or(0.0)).abs() < 1e-12);
            match t.stacked() {
                // The two parts add up to the fleet's bar.
                Some((dom, imp)) => assert!((dom + imp - solid).abs() < 1e-9 && t.missing == 0),
                // A chip without a figure: no bar at all (drawn "n/a"), never a shorter one.
                None => assert!(t.missing > 0),
            }
        }
    }
    // The Ascend 910C publishes no FP8 or power figure: those totals are unknown.
    let f = fleet(&d, &HybridInputs::default());
    let missing: Vec<_> = f
        .totals
        .iter()
        .filter(|t| t.stacked().is_none())
        .map(|t| t.metric)
        .collect();
    assert_eq!(missing, vec![FleetMetric::Fp8, FleetMetric::Power]);
}
