//! Reusable pieces shared by the sections and widgets.

pub mod chart;
pub mod echarts;
pub mod embed_dialog;
pub mod key_figures;
pub mod lang_switch;
pub mod rich;
pub mod source_line;
pub mod term;
pub mod toc;
