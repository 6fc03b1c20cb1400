//! The interactive figures; each module is one widget, embeddable on its own.

pub mod chip_map;
pub mod compare;
pub mod gates;
pub mod hybrid;
pub mod ladder;
pub mod timeline;
