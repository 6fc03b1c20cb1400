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
