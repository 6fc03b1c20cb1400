//! The generation comparison: TPP from the 3A090 formula, the ratios the text quotes, every
//! value sourced, and charts, tables and CSV files that agree with each other.

use h200_explainer::i18n::{EN, JA};
use h200_explainer::model::data::{ChinaStatus, Confidence, Dataset, Generation};
use h200_explainer::model::specs::{
    self, csv, ladder, map_points, reg_lines, tpp, ChipFilter, CompareState, LineKind, Metric,
};
use h200_explainer::widgets::{chip_map, ladder as ladder_widget};

fn data() -> Dataset {
    Dataset::load().unwrap()
}

fn tpp_of(d: &Dataset, id: &str) -> f64 {
    tpp(d.accelerator(id).unwrap()).unwrap().value
}

#[test]
fn computed_tpp_matches_the_references() {
    let d = data();
    assert_eq!(tpp_of(&d, "h100"), 15_832.0);
    assert_eq!(tpp_of(&d, "h200"), 15_832.0);
    assert_eq!(tpp_of(&d, "a100"), 4_992.0);
    assert_eq!(tpp_of(&d, "h20"), 2_368.0);
    assert_eq!(tpp_of(&d, "b200"), 36_000.0);
    // FP4 only counts when it beats twice the FP8 rate: it does on Blackwell Ultra.
    assert_eq!(tpp_of(&d, "gb300"), 60_000.0);
    assert_eq!(
        tpp(d.accelerator("h200").unwrap()).unwrap().confidence,
        Confidence::Calculated
    );
    assert_eq!(
        tpp(d.accelerator("b30a").unwrap()).unwrap().confidence,
        Confidence::Estimate
    );
}

#[test]
fn the_key_ratios_are_the_ones_the_text_quotes() {
    let d = data();
    let r = |a, b| specs::ratio(&d, Metric::Tpp, a, b).unwrap();
    assert_eq!((r("h200", "h20") * 10.0).round() / 10.0, 6.7);
    assert_eq!((r("b200", "h200") * 10.0).round() / 10.0, 2.3);
    let bw = specs::ratio(&d, Metric::Bandwidth, "b200", "h200").unwrap();
    assert!((bw - 1.67).abs() < 0.01);
}

#[test]
fn the_regulatory_lines_sit_where_the_rules_put_them() {
    let d = data();
    let lines = reg_lines(Metric::Tpp);
    assert_eq!(lines.iter().map(|l| l.value).collect::<Vec<_>>(), [4800.0, 21000.0]);
    assert_eq!(reg_lines(Metric::Bandwidth)[0].value, 6.5);
    assert_eq!(reg_lines(Metric::Bandwidth)[0].kind, LineKind::CaseByCase2026);
    assert!(reg_lines(Metric::Memory).is_empty());
    // The H200 fits under the 2026 ceiling; Blackwell does not; the H20 was under 3A090.
    assert!(tpp_of(&d, "h200") < 21_000.0 && tpp_of(&d, "b200") > 21_000.0);
    assert!(tpp_of(&d, "h20") < 4_800.0);
}

#[test]
fn every_chip_value_has_a_confidence_and_a_source_with_a_url() {
    let d = data();
    assert_eq!(d.accelerators.len(), 15);
    for chip in &d.accelerators {
        let sourced = chip.sourced();
        assert!(sourced.len() >= 5, "{}", chip.id);
        for (_, source) in sourced {
            let s = d.source(source).unwrap_or_else(|| panic!("{} cites {source}", chip.id));
            assert!(s.url.starts_with("http"), "{source}");
        }
        assert!(!chip.china.is_empty(), "{}", chip.id);
    }
}

#[test]
fn every_chip_in_the_research_is_there() {
    let d = data();
    for id in [
        "a100",
        "a800",
        "h100",
        "h800",
        "h20",
        "h200",
        "b200",
        "gb200",
        "gb300",
        "rubin",
        "b30a",
        "ascend-910b",
        "ascend-910c",
        "ascend-950pr",
        "ascend-950dt",
    ] {
        assert!(d.accelerator(id).is_some(), "{id}");
    }
    assert_eq!(
        d.accelerator("h200").unwrap().china_status(),
        Some(ChinaStatus::Licence)
    );
    assert_eq!(d.accelerator("b200").unwrap().china_status(), Some(ChinaStatus::Banned));
    assert_eq!(
        d.accelerator("b30a").unwrap().china_status(),
        Some(ChinaStatus::NeverLaunched)
    );
    assert_eq!(
        d.accelerator("ascend-910c").unwrap().china_status(),
        Some(ChinaStatus::Domestic)
    );
}

#[test]
fn relative_mode_measures_everything_against_the_h200() {
    let d = data();
    let rows = ladder(&d, Metric::Tpp, &ChipFilter::default(), true);
    let h200 = rows.iter().find(|r| r.id == "h200").unwrap();
    assert_eq!(h200.shown, 1.0);
    let b200 = rows.iter().find(|r| r.id == "b200").unwrap();
    assert!((b200.shown - 36_000.0 / 15_832.0).abs() < 1e-9);
    assert_eq!(b200.value.value, 36_000.0);
}

#[test]
fn chips_without_a_figure_are_left_out_and_uncertain_ones_marked() {
    let d = data();
    let bf16 = ladder(&d, Metric::Bf16, &ChipFilter::default(), false);
    assert!(bf16.iter().all(|r| r.id != "rubin" && r.id != "ascend-950pr"));
    let fp8 = ladder(&d, Metric::Fp8, &ChipFilter::default(), false);
    assert!(fp8.iter().find(|r| r.id == "rubin").unwrap().uncertain);
    assert!(!fp8.iter().find(|r| r.id == "h200").unwrap().uncertain);
}

#[test]
fn filters_hide_vendors_and_generations() {
    let d = data();
    let mut f = ChipFilter::default();
    f.toggle_vendor("Huawei");
    assert!(ladder(&d, Metric::Tpp, &f, false)
        .iter()
        .all(|r| !r.id.starts_with("ascend")));
    f.toggle_vendor("Huawei");
    f.toggle_generation(Generation::Blackwell);
    let rows = ladder(&d, Metric::Tpp, &f, false);
    assert!(rows
        .iter()
        .all(|r| !["b200", "gb200", "gb300", "b30a"].contains(&r.id.as_str())));
    assert!(rows.iter().any(|r| r.id == "h200"));
}

#[test]
fn the_ladder_chart_table_and_csv_show_the_same_rows() {
    let d = data();
    for relative in [false, true] {
        let state = CompareState {
            metric: Metric::Bandwidth,
            relative,
            ..CompareState::default()
        };
        let option = ladder_widget::ladder_option(&EN, &d, &state, false, false).0;
        let (header, rows) = ladder_widget::ladder_table(&EN, &d, &state);
        let names: Vec<&str> = option["yAxis"]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().or_else(|| v["value"].as_str()).unwrap())
            .collect();
        assert_eq!(names, rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>());
        let file = csv(&header, &rows);
        assert_eq!(file.lines().count(), rows.len() + 1);
        assert!(file.starts_with("Chip,"));
        let values = option["series"][0]["data"].as_array().unwrap();
        assert_eq!(values.len(), rows.len());
        if !relative {
            let h200 = values.iter().find(|v| v["name"] == "H200").unwrap();
            assert_eq!(h200["value"], 4.8);
            assert_eq!(h200["label"]["formatter"], "4.8 TB/s");
        }
    }
}

#[test]
fn the_ladder_option_follows_metric_scale_language_and_lines() {
    let d = data();
    let state = CompareState::default();
    let ja = ladder_widget::ladder_option(&JA, &d, &state, false, false).0;
    assert_eq!(ja["xAxis"]["type"], "value");
    assert_eq!(ja["xAxis"]["name"], "TPP（総処理性能）");
    let lines = ja["series"][0]["markLine"]["data"].as_array().unwrap();
    assert_eq!(
        lines.iter().map(|l| l["xAxis"].as_f64().unwrap()).collect::<Vec<_>>(),
        [4800.0, 21000.0]
    );
    let log = ladder_widget::ladder_option(
        &EN,
        &d,
        &CompareState {
            log: Some(true),
            lines: false,
            ..state.clone()
        },
        true,
        false,
    )
    .0;
    assert_eq!(log["xAxis"]["type"], "log");
    assert_eq!(log["animation"], false);
    assert!(log["series"][0]["markLine"]["data"].as_array().unwrap().is_empty());
    let rel = ladder_widget::ladder_option(
        &JA,
        &d,
        &CompareState {
            relative: true,
            ..state.clone()
        },
        false,
        false,
    )
    .0;
    let h20 = rel["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "H20")
        .unwrap()
        .clone();
    assert_eq!(h20["label"]["formatter"], "0.15倍");
    let ceiling = rel["series"][0]["markLine"]["data"][1]["xAxis"].as_f64().unwrap();
    assert!((ceiling - 21_000.0 / 15_832.0).abs() < 1e-9);
    // Relative mode draws its reference, H200 = 1×, after the regulatory lines.
    let reference = &rel["series"][0]["markLine"]["data"][2];
    assert_eq!(reference["xAxis"], 1.0);
    assert_eq!(reference["label"]["formatter"], "H200 = 1倍");
}

#[test]
fn the_ladder_highlights_the_h200_and_sets_line_labels_apart() {
    let d = data();
    let state = CompareState::default();
    let option = ladder_widget::ladder_option(&EN, &d, &state, false, false).0;
    let bars = option["series"][0]["data"].as_array().unwrap();
    let h200 = bars.iter().find(|b| b["name"] == "H200").unwrap();
    assert_eq!(h200["itemStyle"]["borderColor"], "var(--highlight)");
    assert_eq!(h200["itemStyle"]["borderWidth"].as_f64(), Some(2.0));
    assert_eq!(h200["label"]["fontWeight"], "bold");
    let h20 = bars.iter().find(|b| b["name"] == "H20").unwrap();
    assert!(h20["itemStyle"]["opacity"].as_f64().unwrap() < 1.0);
    // The rule lines' labels: horizontal (never along the line), above the plot, each in its
    // own row, naming the line and its value.
    let lines = option["series"][0]["markLine"]["data"].as_array().unwrap();
    let labels: Vec<&str> = lines
        .iter()
        .map(|l| l["label"]["formatter"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["3A090 · 4,800", "2026 ceiling · 21,000"]);
    let rows: Vec<&serde_json::Value> = lines.iter().map(|l| &l["label"]["distance"][1]).collect();
    assert_ne!(rows[0], rows[1]);
    assert!(lines.iter().all(|l| l["label"]["position"] == "start"));
    // Values sit on the surface, so a line behind them never strikes them through.
    assert_eq!(option["series"][0]["label"]["backgroundColor"], "var(--bg)");
    assert_eq!(option["series"][0]["markLine"]["z"].as_f64(), Some(1.0));
    // Linear on a phone too unless the reader chose log; axis text 13 px there, 12 px elsewhere.
    assert_eq!(option["xAxis"]["type"], "value");
    assert_eq!(option["xAxis"]["axisLabel"]["fontSize"].as_f64(), Some(12.0));
    let phone = ladder_widget::ladder_option(&EN, &d, &state, false, true).0;
    assert_eq!(phone["xAxis"]["type"], "value");
    assert_eq!(phone["xAxis"]["axisLabel"]["fontSize"].as_f64(), Some(13.0));
    let chosen = CompareState {
        log: Some(true),
        ..state
    };
    assert_eq!(
        ladder_widget::ladder_option(&EN, &d, &chosen, false, true).0["xAxis"]["type"],
        "log"
    );
}

#[test]
fn the_chart_titles_state_findings_computed_from_the_data() {
    let d = data();
    assert_eq!(
        ladder_widget::ladder_headline(&EN, &d),
        "By TPP, the H200 is about 6.7× the H20, and sits under the 2026 ceiling"
    );
    assert_eq!(
        ladder_widget::ladder_headline(&JA, &d),
        "TPPでH200はH20の約6.7倍、2026年の上限の内側"
    );
    assert_eq!(chip_map::map_headline(&EN, &d), EN.compare_map_headline);
}

#[test]
fn the_legend_lists_only_the_statuses_drawn() {
    use h200_explainer::widgets::compare::LegendKeys;
    let d = data();
    let rows = ladder(&d, Metric::Tpp, &ChipFilter::default(), false);
    let keys = LegendKeys::of(rows.iter().map(|r| (r.status, r.uncertain)));
    // No chip can currently be sold without a licence, so "Could be sold" has no key.
    assert!(!keys.statuses.contains(&ChinaStatus::Allowed));
    assert!(keys.statuses.contains(&ChinaStatus::Licence) && keys.uncertain);
    let firm = LegendKeys::of([(Some(ChinaStatus::Banned), false), (Some(ChinaStatus::Licence), false)]);
    assert_eq!(firm.statuses, [ChinaStatus::Licence, ChinaStatus::Banned]);
    assert!(!firm.uncertain);
}

#[test]
fn the_map_places_chips_and_says_which_fit_under_the_ceiling() {
    let d = data();
    let points = map_points(&d, &ChipFilter::default());
    let inside: Vec<&str> = points
        .iter()
        .filter(|p| chip_map::inside_ceiling(p))
        .map(|p| p.name.as_str())
        .collect();
    assert!(inside.contains(&"H200") && inside.contains(&"H20") && !inside.contains(&"B200"));
    let option = chip_map::map_option(&EN, &points, false, false).0;
    assert_eq!(option["xAxis"]["type"], "log");
    // One marker size: memory is in the tooltip and the table, not a size without a key.
    assert!(option.get("visualMap").is_none());
    // The licensable region is shaded up to the ceiling.
    assert_eq!(
        option["series"][0]["markArea"]["data"][0][1]["coord"],
        serde_json::json!([21000.0, 6.5])
    );
    let h200 = option["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "H200")
        .unwrap()
        .clone();
    assert_eq!(h200["value"], serde_json::json!([15832.0, 4.8, 141.0]));
    let (_, rows) = chip_map::map_table(&EN, &points);
    assert_eq!(rows.len(), points.len());
    assert!(chip_map::map_summary(&EN, &points).contains("H200"));
}

#[test]
fn compare_state_round_trips_through_the_url_and_ignores_junk() {
    let state = CompareState::from_query("?metric=bandwidth&scale=log&rel=1&lines=0");
    assert_eq!(state.metric, Metric::Bandwidth);
    assert!(state.log == Some(true) && state.relative && !state.lines);
    // A reader who chose linear keeps it on a phone; no choice means log there only.
    let linear = CompareState::from_query("?scale=linear");
    assert_eq!(linear.log, Some(false));
    assert!(!linear.log_scale(true));
    // Linear by default on a phone too (issue 22): a log axis hides the gaps the title states.
    assert!(!CompareState::default().log_scale(true) && !CompareState::default().log_scale(false));
    assert_eq!(
        linear
            .to_params()
            .into_iter()
            .find(|(k, _)| *k == "scale")
            .unwrap()
            .1
            .as_deref(),
        Some("linear")
    );
    let params: Vec<String> = state
        .to_params()
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
        .collect();
    assert_eq!(CompareState::from_query(&params.join("&")), state);
    assert_eq!(
        CompareState::from_query("?metric=<script>&scale=%ZZ&rel=maybe"),
        CompareState::default()
    );
}

#[test]
fn csv_fields_are_quoted_when_needed() {
    let file = csv(&["a", "b"], &[vec!["x,y".into(), "say \"hi\"".into()]]);
    assert_eq!(file, "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
}

/// "Relative to H200" on a measure the H200 has no figure for (FP4) shows values with their
/// unit, never raw values with a × (design review 2026-12: "9,000×"); the reader's choice is kept
/// for the next measure, where the ratio comes back.
#[test]
fn no_ratio_is_drawn_for_a_measure_the_h200_lacks() {
    use h200_explainer::i18n::texts;
    use h200_explainer::model::lang::Lang;
    use h200_explainer::widgets::ladder::{ladder_option, ladder_table};
    let d = Dataset::load().unwrap();
    let t = texts(Lang::En);
    let lacking: Vec<Metric> = Metric::ALL
        .into_iter()
        .filter(|m| !CompareState::relative_possible(&d, *m))
        .collect();
    assert!(lacking.contains(&Metric::Fp4), "{lacking:?}");
    let labels = |s: &CompareState| -> Vec<String> {
        let o = ladder_option(t, &d, s, false, false).0;
        o["series"][0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"]["formatter"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    for m in lacking {
        let s = CompareState {
            metric: m,
            relative: true,
            ..CompareState::default()
        };
        assert!(!s.drawn(&d).relative);
        let l = labels(&s);
        assert!(!l.is_empty() && l.iter().all(|x| !x.ends_with('×')), "{m:?}: {l:?}");
        assert_ne!(ladder_table(t, &d, &s).0[1], t.compare_col_relative, "{m:?}");
    }
    let tpp = CompareState {
        relative: true,
        ..CompareState::default()
    };
    // (The first bar, cut short, says so after its ratio.)
    assert!(labels(&tpp).iter().all(|x| x.contains('×')));
}

#[test]
fn a_ladder_cuts_only_a_bar_far_ahead_of_the_rest() {
    use h200_explainer::model::specs::cut_axis_at;
    let d = data();
    let all = ChipFilter::default();
    // TPP: the announced Rubin is more than twice the next chip: the axis stops at a round
    // number a little beyond that chip, and every other bar fits under it.
    let rows = ladder(&d, Metric::Tpp, &all, false);
    let cut = cut_axis_at(&rows).expect("Rubin's TPP is cut");
    assert!(
        rows[0].shown > cut && rows[1].shown < cut && cut <= rows[1].shown * 1.5,
        "{cut}"
    );
    // Without its outlier (Rubin's 22 TB/s against 8) a ladder is drawn whole.
    let rows = ladder(&d, Metric::Bandwidth, &all, false);
    assert_eq!(cut_axis_at(&rows), Some(10.0));
    assert_eq!(
        cut_axis_at(&rows[1..]),
        None,
        "{:?}",
        rows.iter().map(|r| r.shown).collect::<Vec<_>>()
    );
}

#[test]
fn the_maps_japanese_region_note_breaks_at_phrases() {
    use h200_explainer::widgets::chip_map::phrase_lines;
    let note = JA.compare_map_region;
    for max in [96.0, 212.0] {
        let text = phrase_lines(note, max, 12.0);
        assert_eq!(text.replace('\n', ""), note.replace('|', ""));
        for line in text.split('\n') {
            assert!(!line.starts_with(['、', '）']), "{max}: {text:?}");
            assert!(line.chars().count() as f64 * 12.0 <= max + 12.0, "{max}: {line}");
        }
        assert!(text.contains("ベース"), "{text:?}");
    }
    // English is left to ECharts, which breaks at spaces.
    assert_eq!(phrase_lines(EN.compare_map_region, 96.0, 12.0), EN.compare_map_region);
}
