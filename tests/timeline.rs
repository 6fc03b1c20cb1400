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
