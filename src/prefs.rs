//! The reader's display preferences from the browser: dark mode, reduced motion, and whether
//! the screen is phone-narrow (charts set their text larger and their axes sparser there).

use crate::env;
use crate::model::embed::Theme;
use leptos::prelude::*;

/// Dark theme and reduced motion as signals, kept in sync with the media queries.
#[derive(Clone, Copy)]
pub struct Prefs {
    pub dark: RwSignal<bool>,
    pub reduced_motion: RwSignal<bool>,
    /// Narrower than 480 px ([`NARROW_QUERY`]).
    pub narrow: RwSignal<bool>,
}

/// A phone held upright: charts get larger text, fewer ticks and (by default) a log ladder.
pub const NARROW_QUERY: &str = "(max-width: 479.98px)";

impl Prefs {
    /// Light, animated defaults; [`Prefs::watch_browser`] corrects them once mounted.
    pub fn new() -> Self {
        Self {
            dark: RwSignal::new(false),
            reduced_motion: RwSignal::new(false),
            narrow: RwSignal::new(false),
        }
    }

    /// The app's preferences, or defaults for a component rendered on its own.
    pub fn use_context() -> Self {
        use_context::<Prefs>().unwrap_or_else(|| {
            let prefs = Prefs::new();
            provide_context(prefs);
            prefs
        })
    }

    /// Reads and follows the media queries; `?theme=light|dark` overrides the system colour
    /// scheme. Browser-only: call from an effect.
    pub fn watch_browser(self, theme: Theme) {
        let mut watched = vec![
            ("(prefers-reduced-motion: reduce)", self.reduced_motion),
            (NARROW_QUERY, self.narrow),
        ];
        match theme {
            Theme::Auto => watched.push(("(prefers-color-scheme: dark)", self.dark)),
            Theme::Dark => self.dark.set(true),
            Theme::Light => self.dark.set(false),
        }
        for (query, signal) in watched {
            signal.set(env::media_matches(query));
            env::watch_media(query, move |m| signal.set(m));
        }
    }
}

impl Default for Prefs {
    fn default() -> Self {
        Self::new()
    }
}
