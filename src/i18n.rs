//! Typed access to the locale files; `build.rs` generates `Texts`, `JA` and `EN` from them.

use crate::model::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The strings of one language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// Picks one string out of a language's texts; how components take "which text" as a prop.
pub type TextFn = fn(&Texts) -> &'static str;
