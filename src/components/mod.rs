//! Reusable pieces shared by the sections and widgets (those only the article uses are built
//! natively only: the wasm never renders them).

pub mod chart;
pub mod chart_option;
pub mod customise;
pub mod echarts;
pub mod embed_dialog;
#[cfg(not(target_arch = "wasm32"))]
pub mod key_figures;
#[cfg(not(target_arch = "wasm32"))]
pub mod lang_switch;
#[cfg(not(target_arch = "wasm32"))]
pub mod new_tab_link;
pub mod palette;
pub mod rich;
pub mod share;
pub mod source_line;
pub mod term;
#[cfg(not(target_arch = "wasm32"))]
pub mod toc;
