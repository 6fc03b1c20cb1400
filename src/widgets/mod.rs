//! The interactive figures; each module is one widget, embeddable on its own.

pub mod bandwidth;
pub mod timeline;
