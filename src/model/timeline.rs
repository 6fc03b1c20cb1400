//! Which timeline entries a reader sees, and where the source article falls among them.

use super::data::{Actor, TimelineEntry};

/// The actors switched on in the timeline's filter. All are on by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorFilter {
    on: [bool; 3],
}

impl Default for ActorFilter {
    fn default() -> Self {
        Self { on: [true; 3] }
    }
}

fn index(actor: Actor) -> usize {
    match actor {
        Actor::Us => 0,
        Actor::China => 1,
        Actor::Industry => 2,
    }
}

impl ActorFilter {
    pub fn allows(&self, actor: Actor) -> bool {
        self.on[index(actor)]
    }

    pub fn toggle(&mut self, actor: Actor) {
        self.on[index(actor)] = !self.on[index(actor)];
    }

    /// The entries shown, in order.
    pub fn apply<'a>(&self, entries: &'a [TimelineEntry]) -> Vec<&'a TimelineEntry> {
        entries.iter().filter(|e| self.allows(e.actor)).collect()
    }
}

/// How many entries come before the article's publication date: where its marker goes.
pub fn article_position(entries: &[TimelineEntry], article_date: &str) -> usize {
    entries.iter().take_while(|e| e.date.as_str() <= article_date).count()
}

impl ActorFilter {
    /// `us,china,industry` (the actors shown), or `none`.
    pub fn to_param(&self) -> String {
        let on: Vec<&str> = [
            (Actor::Us, "us"),
            (Actor::China, "china"),
            (Actor::Industry, "industry"),
        ]
        .into_iter()
        .filter_map(|(a, name)| self.allows(a).then_some(name))
        .collect();
        if on.is_empty() {
            "none".into()
        } else {
            on.join(",")
        }
    }

    /// Reads an `?actors=` value; anything unrecognised is `None` (all actors shown).
    pub fn from_param(s: &str) -> Option<ActorFilter> {
        if s.trim().eq_ignore_ascii_case("none") {
            return Some(ActorFilter { on: [false; 3] });
        }
        let mut f = ActorFilter { on: [false; 3] };
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let actor = match name {
                "us" => Actor::Us,
                "china" => Actor::China,
                "industry" => Actor::Industry,
                _ => return None,
            };
            f.on[index(actor)] = true;
        }
        (f != ActorFilter { on: [false; 3] }).then_some(f)
    }
}
