//! The pure model: data files, language resolution, URL state and formatting. No browser APIs,
//! so everything here is tested natively with `cargo test`.

pub mod data;
pub mod format;
pub mod lang;
pub mod query;
