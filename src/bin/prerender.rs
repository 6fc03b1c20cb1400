//! Writes the prerendered article and its two inline scripts as JSON for `tools/assemble.mjs`.
//! Usage: `prerender <out.json>` (native build; see `h200_explainer::prerender`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use h200_explainer::prerender;
    let out = std::env::args().nth(1).unwrap_or_else(|| "build/prerender.json".into());
    use h200_explainer::model::embed::EmbedWidget;
    let embeds: serde_json::Map<String, serde_json::Value> = EmbedWidget::ALL
        .into_iter()
        .map(|w| (w.code().to_string(), prerender::embed_trees(w).into()))
        .collect();
    let json = serde_json::json!({
        "html": prerender::trees(),
        "embeds": embeds,
        "head_script": prerender::head_script(),
        "body_script": prerender::body_script(),
    });
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir).expect("create the output directory");
    }
    std::fs::write(&out, json.to_string()).expect("write the prerender");
    eprintln!("prerender: {out}");
}

/// The prerender is a build tool; in a wasm build (e.g. `cargo test --target wasm32-…`) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
