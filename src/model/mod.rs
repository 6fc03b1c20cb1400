//! The pure model: data files, language resolution, URL state, inline markup and formatting.
//! No browser APIs, so everything here is tested natively with `cargo test`.

pub mod data;
pub mod embed;
pub mod format;
pub mod gates;
pub mod hybrid;
pub mod lang;
pub mod query;
pub mod rich;
pub mod share;
pub mod specs;
pub mod status;
pub mod timeline;
pub mod url_state;
