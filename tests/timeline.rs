//! Filtering the timeline by actor, and placing the source article among its entries.

use h200_explainer::model::data::{Actor, Dataset};
use h200_explainer::model::timeline::{article_position, ActorFilter};

#[test]
fn all_actors_are_shown_until_one_is_switched_off() {
    let d = Dataset::load().unwrap();
    let mut f = ActorFilter::default();
    assert_eq!(f.apply(&d.timeline).len(), d.timeline.len());
    f.toggle(Actor::China);
    let shown = f.apply(&d.timeline);
    assert!(!shown.is_empty() && shown.len() < d.timeline.len());
    assert!(shown.iter().all(|e| e.actor != Actor::China));
    f.toggle(Actor::China);
    assert_eq!(f, ActorFilter::default());
}

#[test]
fn switching_every_actor_off_shows_nothing() {
    let d = Dataset::load().unwrap();
    let mut f = ActorFilter::default();
    for a in Actor::ALL {
        f.toggle(a);
    }
    assert!(f.apply(&d.timeline).is_empty());
}

#[test]
fn each_actor_has_entries() {
    let d = Dataset::load().unwrap();
    for a in Actor::ALL {
        assert!(d.timeline.iter().filter(|e| e.actor == a).count() >= 10, "{a:?}");
    }
}

#[test]
fn the_article_marker_falls_between_january_30_and_february_4_2026() {
    let d = Dataset::load().unwrap();
    let at = article_position(&d.timeline, &d.article.date);
    assert_eq!(d.timeline[at - 1].date, "2026-01-30");
    assert_eq!(d.timeline[at].date, "2026-02-04");
}

#[test]
fn the_actor_filter_round_trips_through_the_url() {
    let mut f = ActorFilter::default();
    f.toggle(Actor::China);
    assert_eq!(f.to_param(), "us,industry");
    assert_eq!(ActorFilter::from_param(&f.to_param()), Some(f));
    assert_eq!(
        ActorFilter::from_param("none")
            .unwrap()
            .apply(&Dataset::load().unwrap().timeline)
            .len(),
        0
    );
    assert_eq!(ActorFilter::from_param("martians"), None);
    assert_eq!(ActorFilter::from_param(""), None);
}

use h200_explainer::model::timeline::{
    day_number, lane, opening_event, strip, Period, Strip, DOT_SPACING, LAYOUT_WIDTHS, RECENT_FROM,
};

#[test]
fn day_numbers_are_days_since_1970() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2000-03-01"), Some(11_017));
    assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2);
    assert_eq!(day_number("2025-03-01").unwrap() - day_number("2025-02-28").unwrap(), 1);
    // A month stands at its middle, a year at its middle.
    assert_eq!(day_number("2022-11"), day_number("2022-11-15"));
    assert_eq!(day_number("2024"), day_number("2024-07-01"));
    for bad in ["", "2026-13", "2026-01-32", "soon", "2026-01-01-01"] {
        assert_eq!(day_number(bad), None, "{bad}");
    }
}

fn strips() -> Vec<(Period, Strip)> {
    let d = Dataset::load().unwrap();
    Period::ALL
        .into_iter()
        .map(|p| (p, strip(&d.timeline, &d.article.date, p)))
        .collect()
}

#[test]
fn every_event_is_placed_once_or_counted_as_earlier() {
    let d = Dataset::load().unwrap();
    for (period, s) in strips() {
        let mut seen: Vec<usize> = s.dots.iter().map(|dot| dot.index).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), s.dots.len(), "{period:?}: an event placed twice");
        assert_eq!(s.dots.len() + s.earlier, d.timeline.len(), "{period:?}");
        assert!(s.dots.iter().all(|dot| (0.0..=1.0).contains(&dot.x)), "{period:?}");
    }
    let [all, recent] = [&strips()[0].1, &strips()[1].1];
    assert_eq!(all.earlier, 0);
    let since = d.timeline.iter().filter(|e| e.date.as_str() >= RECENT_FROM).count();
    assert_eq!(recent.dots.len(), since);
    assert!(since >= 24, "the crowded months are in the recent period");
}

#[test]
fn dates_map_monotonically_onto_the_axis() {
    let d = Dataset::load().unwrap();
    for (period, s) in strips() {
        let mut by_date: Vec<_> = s
            .dots
            .iter()
            .map(|dot| (day_number(&d.timeline[dot.index].date).unwrap(), dot.x))
            .collect();
        by_date.sort_by_key(|a| a.0);
        for pair in by_date.windows(2) {
            assert!(pair[0].1 <= pair[1].1, "{period:?}: {pair:?}");
            if pair[0].0 == pair[1].0 {
                assert_eq!(pair[0].1, pair[1].1);
            }
        }
        for t in s.ticks.windows(2) {
            assert!(t[0].x < t[1].x, "{period:?}: ticks in order");
        }
    }
}

/// Two dots of a lane on the same row are at least `DOT_SPACING` apart at every layout width;
/// rows are `DOT_SPACING` apart, so dots on different rows cannot touch either.
#[test]
fn no_two_dots_overlap_at_the_widths_used() {
    let d = Dataset::load().unwrap();
    for (period, s) in strips() {
        for (w, width) in LAYOUT_WIDTHS.iter().enumerate() {
            for (i, a) in s.dots.iter().enumerate() {
                for b in &s.dots[i + 1..] {
                    let (ea, eb) = (&d.timeline[a.index], &d.timeline[b.index]);
                    if lane(ea.actor) != lane(eb.actor) || a.row[w] != b.row[w] {
                        continue;
                    }
                    let gap = (a.x - b.x).abs() * width;
                    assert!(
                        gap >= DOT_SPACING - 1e-9,
                        "{period:?} at {width}px: {} and {} {gap}px apart",
                        ea.id,
                        eb.id
                    );
                }
            }
            for lane_index in 0..3 {
                let used = s
                    .dots
                    .iter()
                    .filter(|dot| lane(d.timeline[dot.index].actor) == lane_index)
                    .map(|dot| dot.row[w] + 1)
                    .max()
                    .unwrap_or(0);
                assert_eq!(s.rows[w][lane_index], used, "{period:?} lane {lane_index} rows");
            }
        }
    }
}

#[test]
fn zooming_in_spreads_the_crowded_months() {
    let [(_, all), (_, recent)] = <[(Period, Strip); 2]>::try_from(strips()).unwrap();
    for w in 0..2 {
        let most = |s: &Strip| s.rows[w].iter().copied().max().unwrap();
        assert!(
            most(&recent) < most(&all),
            "width {w}: {} rows zoomed, {} not",
            most(&recent),
            most(&all)
        );
    }
    // Wide lanes stay short enough for the section's height budget.
    assert!(all.rows[1].iter().sum::<u32>() <= 24, "{:?}", all.rows);
}

#[test]
fn the_axis_has_years_for_the_whole_span_and_months_when_zoomed() {
    let d = Dataset::load().unwrap();
    let [(_, all), (_, recent)] = <[(Period, Strip); 2]>::try_from(strips()).unwrap();
    let years: Vec<&str> = all.ticks.iter().map(|t| t.iso.as_str()).collect();
    assert_eq!(years, ["2023", "2024", "2025", "2026"]);
    let months: Vec<&str> = recent.ticks.iter().map(|t| t.iso.as_str()).collect();
    assert_eq!(months.first(), Some(&"2025-12"));
    assert!(months.contains(&"2026-01") && months.len() >= 10, "{months:?}");
    // The year under the first labelled month of each year: 2025 and 2026, at either width.
    for w in 0..2 {
        let years: Vec<&str> = recent.ticks.iter().filter(|t| t.year[w]).map(|t| &t.iso[..4]).collect();
        assert_eq!(years, ["2025", "2026"], "width {w}");
        assert!(recent.ticks.iter().all(|t| !t.year[w] || t.labelled[w]));
    }
    assert!(all.ticks.iter().all(|t| t.year == [false, false]));
    // The article's date is on both axes, between the last event before it and the first after.
    for s in [&all, &recent] {
        let x = s.article_x.unwrap();
        let before = s
            .dots
            .iter()
            .find(|dot| d.timeline[dot.index].id == "2026-01-30-deepseek")
            .unwrap();
        let after = s
            .dots
            .iter()
            .find(|dot| d.timeline[dot.index].id == "2026-02-04-us-review")
            .unwrap();
        assert!(before.x < x && x < after.x);
    }
}

#[test]
fn the_strip_opens_on_the_latest_confirmed_event() {
    use h200_explainer::model::status::Confidence;
    let d = Dataset::load().unwrap();
    let i = opening_event(&d.timeline).unwrap();
    let e = &d.timeline[i];
    // Nvidia's quarterly filing of 26 Aug 2026: on the record; later entries are reported,
    // unverified, or a recorded absence (no new rule by 2 Oct).
    assert_eq!(e.id, "2026-08-26-nvidia-10q");
    assert_eq!(e.status, Confidence::Official);
    assert!(d
        .timeline
        .iter()
        .filter(|x| x.date > e.date)
        .all(|x| x.status != Confidence::Official || x.absence));
    // Nothing on the record: the latest entry; nothing at all: none.
    let unconfirmed: Vec<_> = d
        .timeline
        .iter()
        .filter(|x| x.status != Confidence::Official)
        .cloned()
        .collect();
    let last = opening_event(&unconfirmed).unwrap();
    assert!(unconfirmed.iter().all(|x| x.date <= unconfirmed[last].date));
    assert_eq!(opening_event(&[]), None);
}

#[test]
fn the_period_reads_from_the_url() {
    assert_eq!(Period::from_param("recent"), Some(Period::Recent));
    assert_eq!(Period::from_param(" all "), Some(Period::All));
    assert_eq!(Period::from_param("zoom"), None);
    for p in Period::ALL {
        assert_eq!(Period::from_param(p.code()), Some(p));
    }
}

/// The count line counts the period it shows: "Since Dec 2025" counts its own events (not the
/// whole timeline's), and a lane switched off takes its events of that period out of the first
/// number only (design review 2026-12: it said "69 of 69" with 46 shown).
#[test]
fn the_count_is_of_the_period_shown() {
    use h200_explainer::model::timeline::{strip, Period, RECENT_FROM};
    let d = Dataset::load().unwrap();
    let all = strip(&d.timeline, &d.article.date, Period::All);
    let recent = strip(&d.timeline, &d.article.date, Period::Recent);
    let every = ActorFilter::default();
    assert_eq!(all.count(&d.timeline, &every), (d.timeline.len(), d.timeline.len()));
    let in_recent = d.timeline.iter().filter(|e| e.date.as_str() >= RECENT_FROM).count();
    assert!(in_recent > 0 && in_recent < d.timeline.len());
    assert_eq!(recent.count(&d.timeline, &every), (in_recent, in_recent));
    let mut no_us = ActorFilter::default();
    no_us.toggle(Actor::Us);
    let us_recent = d
        .timeline
        .iter()
        .filter(|e| e.date.as_str() >= RECENT_FROM && e.actor == Actor::Us)
        .count();
    assert!(us_recent > 0);
    assert_eq!(recent.count(&d.timeline, &no_us), (in_recent - us_recent, in_recent));
}

#[test]
fn a_day_number_turns_back_into_its_date() {
    use h200_explainer::model::timeline::iso_of_day;
    for iso in [
        "1970-01-01",
        "2024-02-29",
        "2025-12-01",
        "2026-04-01",
        "2026-08-26",
        "2026-12-31",
    ] {
        assert_eq!(iso_of_day(day_number(iso).unwrap()), iso);
    }
    let d = day_number("2026-02-28").unwrap();
    assert_eq!(iso_of_day(d + 1), "2026-03-01");
}
