//! Everything the page reads from its address, in one place: the query string (language,
//! embed, theme and each widget's state) and the fragment (the element to scroll to). Any
//! input at all gives a usable state: unknown, oversized or malformed values fall back to the
//! defaults, never to an error. Property-tested in `tests/url_state.rs`.

use super::embed::{EmbedWidget, Theme};
use super::gates::{is_at_param, GateState};
use super::hybrid::{HybridInputs, DOMESTIC_CHOICES, IMPORTED_CHOICES};
use super::lang::Lang;
use super::query;
use super::specs::CompareState;
use super::timeline::{ActorFilter, Period};

/// The longest element id a fragment may name (ours are far shorter).
pub const MAX_ANCHOR_LEN: usize = 64;

/// The page's state as its URL describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState {
    /// `?lang=`, when it names one of our languages (otherwise storage and browser decide).
    pub lang: Option<Lang>,
    /// `?embed=`: a single widget instead of the whole explainer.
    pub embed: Option<EmbedWidget>,
    pub theme: Theme,
    /// `?gates=`; `None` leaves the diagram at the article's moment.
    pub gates: Option<GateState>,
    /// `?at=YYYY-MM-DD`: the dated moment picked in the gate diagram (it wins over `gates`
    /// when it names a preset; see `gates::Moment::from_url`).
    pub at: Option<String>,
    pub compare: CompareState,
    pub hybrid: HybridInputs,
    /// `?actors=`; `None` shows every actor.
    pub actors: Option<ActorFilter>,
    /// `?period=` of the timeline strip; `None` shows the whole span.
    pub period: Option<Period>,
    /// `#fragment`, decoded, if it could be one of our element ids.
    pub anchor: Option<String>,
}

impl UrlState {
    /// Reads `search` (`?…` or empty) and `fragment` (`#…` or empty).
    pub fn from_url(search: &str, fragment: &str) -> UrlState {
        let get = |key: &str| query::get(search, key);
        UrlState {
            lang: get("lang").and_then(|v| Lang::parse(&v)),
            embed: get("embed").and_then(|v| EmbedWidget::parse(&v)),
            theme: get("theme").map(|v| Theme::parse(&v)).unwrap_or_default(),
            gates: get("gates").and_then(|v| GateState::from_param(&v)),
            at: get("at").map(|v| v.trim().to_string()).filter(|v| is_at_param(v)),
            compare: CompareState::from_query(search),
            hybrid: HybridInputs::from_query(search),
            actors: get("actors").and_then(|v| ActorFilter::from_param(&v)),
            period: get("period").and_then(|v| Period::from_param(&v)),
            anchor: anchor(fragment),
        }
    }

    /// The invariants every widget relies on.
    pub fn is_valid(&self) -> bool {
        let h = &self.hybrid;
        (1_000..=500_000).contains(&h.count)
            && h.domestic_percent <= 100
            && DOMESTIC_CHOICES.contains(&h.domestic)
            && IMPORTED_CHOICES.contains(&h.imported)
            && self.anchor.as_deref().is_none_or(is_anchor)
            && self.at.as_deref().is_none_or(is_at_param)
    }
}

/// The element id a `#fragment` names, if it could be one of ours: an ASCII letter, then up to
/// 63 letters, digits, `-` or `_` (percent-escapes decoded first).
pub fn anchor(fragment: &str) -> Option<String> {
    let id = query::decode(fragment.strip_prefix('#').unwrap_or(fragment));
    is_anchor(&id).then_some(id)
}

fn is_anchor(id: &str) -> bool {
    let mut chars = id.chars();
    id.len() <= MAX_ANCHOR_LEN
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
