//! Build-time prerendering (native only): the article as static HTML in both languages. This
//! *is* the article: it paints before any code runs and reads with JavaScript off; in the browser
//! the wasm only mounts live widgets into its slots (`widgets::Slot`, `page`), with the same
//! markup, so nothing moves.
//!
//! Each page carries the article in one language (`index.html` Japanese, `en.html` English). A
//! tiny inline script in `<head>` resolves the reader's language exactly as
//! `model::lang::resolve` does and, when it is not the page's, goes to the other page before
//! anything paints (a static host cannot pick a file by `?lang=`); a second one, right after the
//! tree, runs the language switch (fetching the other page's tree when the reader reaches for
//! it), the glossary tooltips and the contents (`body_script`, from `src/page.js`).
//! `tools/assemble.mjs` splices all of it into `index.html` and hashes both scripts
//! into the Content-Security-Policy; each embeddable widget gets a page of its own built the same
//! way (`embed-<widget>.html`).

use crate::env::LANG_KEY;
use crate::model::embed::{EmbedWidget, Theme};
use crate::model::lang::Lang;
use crate::App;
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;

/// Effects only run in the browser: while prerendering, their tasks are dropped unrun.
struct DropTasks;

impl CustomExecutor for DropTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The whole explainer in `lang` (or one embedded widget), as the app renders it on first mount
/// with no URL state.
pub fn render(lang: Lang) -> String {
    render_view(lang, None)
}

/// One widget's embed page in `lang`.
pub fn render_embed(lang: Lang, widget: EmbedWidget) -> String {
    render_view(lang, Some(widget))
}

fn render_view(lang: Lang, embed: Option<EmbedWidget>) -> String {
    // A second call finds the executor set already; that is fine.
    let _ = Executor::init_custom_executor(DropTasks);
    let owner = Owner::new();
    // Rendering to a string reads every signal once, outside any tracking context, by design:
    // without this, a debug build of the prerender prints thousands of warnings saying so.
    let _static = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let html = owner.with(|| match embed {
        Some(widget) => view! { <App lang embed=widget/> }.to_html(),
        None => view! { <App lang/> }.to_html(),
    });
    strip_markers(&html)
}

/// Removes the comments Leptos leaves for hydration (`<!>`, `<!--<() />-->`): widgets are mounted
/// into their slots instead of hydrating them, and text never contains a raw `<!` (it is escaped).
pub fn strip_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<!") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = if let Some(body) = tail.strip_prefix("<!--") {
            body.find("-->").map(|j| 4 + j + 3)
        } else {
            tail.find('>').map(|j| j + 1)
        };
        match end {
            Some(n) => rest = &tail[n..],
            None => {
                rest = tail;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The article in `lang`, as the page `lang` is the head language of (`index.html`, `en.html`)
/// carries it: ordinary markup inside `#prerender`, so it paints as the HTML arrives, with no
/// script (issue 24: both trees as `<noscript>` text, one built by script, made the page twice
/// the bytes and its largest paint wait for the whole of them). The other language is the other
/// page's tree, named by `data-other`: the page script fetches it only when the reader reaches
/// for the language switch (`src/page.js`), and takes it from between the `<!--tree-->` marks.
pub fn tree(lang: Lang) -> String {
    tree_of(lang, None)
}

/// The same for one embedded widget: the page `embed-<widget>.html` or `embed-<widget>-en.html`
/// (see `model::embed`).
pub fn embed_tree(widget: EmbedWidget, lang: Lang) -> String {
    tree_of(lang, Some(widget))
}

/// The start and end marks of a page's tree, for the page script that fetches the other page.
pub const TREE_MARKS: (&str, &str) = ("<!--tree-->", "<!--/tree-->");

fn tree_of(lang: Lang, embed: Option<EmbedWidget>) -> String {
    let kind = embed.map_or("article", EmbedWidget::code);
    let other = Lang::ALL.into_iter().find(|l| *l != lang).unwrap_or(lang);
    let code = lang.code();
    let title = crate::i18n::texts(lang)
        .site_doc_title
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    // `<!--r-->` between the sections: the page script builds the other language's tree a piece
    // at a time while the browser is idle, cutting its text there (see `src/page.js`). An embed
    // is small and goes in whole: no cuts.
    let mut body = render_view(lang, embed);
    if embed.is_none() {
        body = body
            .replace(r#"<section id=""#, r#"<!--r--><section id=""#)
            .replacen("</main>", "<!--r--></main>", 1);
    }
    assert!(
        !body.contains("<script"),
        "a tree carries no script (the CSP hashes the page's own)"
    );
    assert!(
        !body.contains(TREE_MARKS.0) && !body.contains(TREE_MARKS.1),
        "a tree holds no tree marks"
    );
    let (open, close) = TREE_MARKS;
    format!(
        r#"<div id="prerender" data-kind="{kind}" data-other="{href}" data-other-lang="{other_code}">{open}<div class="prerender prerender--{code}" lang="{code}" data-title="{title}">{body}</div>{close}</div>"#,
        href = crate::model::embed::page_href(embed, other),
        other_code = other.code(),
    )
}

fn js_list(codes: impl IntoIterator<Item = &'static str>) -> String {
    let quoted: Vec<String> = codes.into_iter().map(|c| format!("'{c}'")).collect();
    format!("[{}]", quoted.join(","))
}

/// Runs in `<head>` before anything paints: resolves the language (`?lang`, then the saved
/// choice, then the page's own language if it has one (`<html data-page-lang>`: `en.html`, the
/// English page crawlers are sent to), then the browser's languages, then Japanese; see
/// `model::lang::resolve_on_page`); a page whose tree is in another language (each page carries
/// one: `tree`) goes to the page in the reader's (`index.html` or `./` ↔ `en.html`,
/// `embed-<w>.html` ↔ `embed-<w>-en.html`), keeping the query and fragment, before its own
/// tree has arrived; marks embeds and applies `?theme=`. An embed page is one by its file name (`embed-gates.html` or
/// `embed-gates-en.html`, the natural addresses to copy, need no `?embed=`); a page asked for a
/// widget that is not that widget's own page (`./?embed=gates`, the older form of the snippet)
/// goes to it (in the same head language), keeping the query and fragment: only that page has
/// the widget written in.
pub fn head_script() -> String {
    let langs = js_list(Lang::ALL.map(Lang::code));
    let widgets = js_list(EmbedWidget::ALL.map(EmbedWidget::code));
    let themes = js_list(Theme::ALL.into_iter().filter(|t| *t != Theme::Auto).map(Theme::code));
    format!(
        "(function(){{var d=document.documentElement,q=new URLSearchParams(location.search),\
p=function(t){{t=String(t==null?'':t).trim().split(/[-_]/)[0].toLowerCase();return {langs}.indexOf(t)<0?null:t}},\
l=p(q.get('lang'));\
if(!l)l=p(d.getAttribute('data-page-lang'));\
if(!l){{try{{l=p(JSON.parse(localStorage.getItem('{LANG_KEY}')))}}catch(e){{}}}}\
if(!l){{var n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];\
for(var i=0;i<n.length&&!l;i++)l=p(n[i])}}\
l=l||'ja';d.lang=l;\
var f=location.pathname.split('/').pop(),m=f.match(/^embed-([a-z]+)(-[a-z]+)?(\\.html)?$/)||[],o=m[1],\
g=p(d.getAttribute('data-page-lang'))||'ja',s=l==='ja'?'':'-'+l,\
go=function(u){{location.replace(u+location.search+location.hash)}},\
e=String(q.get('embed')||'').trim().toLowerCase();if({widgets}.indexOf(e)<0)e=o;if({widgets}.indexOf(e)>=0){{\
if(e!==o||l!==g){{go('embed-'+e+s+'.html');return}}\
d.classList.add('is-embed');d.setAttribute('data-embed',e)}}\
else if(l!==g&&/^((index|[a-z]{{2}})\\.html)?$/.test(f)){{go(l==='ja'?'./':l+'.html');return}}\
var t=String(q.get('theme')||'').trim().toLowerCase();if({themes}.indexOf(t)>=0)d.setAttribute('data-theme',t)}})();"
    )
}

/// Runs right after the tree: `src/page.js` (see there), with the storage key and the embeds'
/// height messages filled in and its comment lines dropped (`tools/assemble.mjs` minifies it).
pub fn body_script() -> String {
    include_str!("page.js")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("__LANG_KEY__", LANG_KEY)
        .replace("__HEIGHT_FORMATS__", &height_formats().to_string())
}

/// Stand-ins for the height and the WordPress secret in [`height_formats`].
pub const HEIGHT_STAND_IN: u32 = u32::MAX;
pub const SECRET_STAND_IN: &str = "S3cretStandIn";

/// The height messages an embed page posts (`model::embed::height_messages`, and
/// `wordpress_message` when WordPress gave it a secret), written by the model with stand-ins
/// that the page script replaces with the measured height and the secret: the formats have one
/// source, the model and its tests. `{"height", "secret", "widgets": {code: [...]}, "wordpress"}`.
pub fn height_formats() -> serde_json::Value {
    use crate::model::embed::{height_messages, wordpress_message};
    let widgets: serde_json::Map<String, serde_json::Value> = EmbedWidget::ALL
        .into_iter()
        .map(|w| {
            (
                w.code().to_string(),
                serde_json::json!(height_messages(w, HEIGHT_STAND_IN)),
            )
        })
        .collect();
    serde_json::json!({
        "height": HEIGHT_STAND_IN.to_string(),
        "secret": SECRET_STAND_IN,
        "widgets": widgets,
        "wordpress": wordpress_message(SECRET_STAND_IN, HEIGHT_STAND_IN),
    })
}

pub use crate::components::chart::drawn::Drawing;

/// The card's chart area (`social::card::embed_card`), px.
pub const CARD_CHART: (u32, u32) = (552, 500);

/// Has ECharts draw every chart the prerender met (`components::chart::drawn`) to SVG, in Node
/// (`tools/chart-ssr.mjs`, run from the project root, where `node_modules/echarts` is).
pub fn draw_charts() -> Result<std::collections::BTreeMap<String, Drawing>, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let requests: Vec<serde_json::Value> = crate::components::chart::drawn::requests()
        .into_iter()
        .map(|r| {
            let mut v = serde_json::to_value(&r).unwrap_or_default();
            v["card_size"] = serde_json::Value::from(vec![CARD_CHART.0, CARD_CHART.1]);
            v
        })
        .collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new("node")
        .arg(root.join("tools/chart-ssr.mjs"))
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run node for the build-time charts: {e}"))?;
    let input = serde_json::to_vec(&requests).map_err(|e| e.to_string())?;
    child
        .stdin
        .take()
        .ok_or("no stdin for node")?
        .write_all(&input)
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("tools/chart-ssr.mjs failed ({})", out.status));
    }
    let drawings: std::collections::BTreeMap<String, Drawing> =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("tools/chart-ssr.mjs: {e}"))?;
    if drawings.len() != requests.len() {
        return Err(format!("{} charts asked for, {} drawn", requests.len(), drawings.len()));
    }
    Ok(drawings)
}

/// The first chart placeholder's key in `tree` (`embed_tree`): the card's chart is the embed
/// page's chart, in the card's language.
pub fn first_chart_key(tree: &str) -> Option<String> {
    let i = tree.find(r#"data-ssr=""#)? + r#"data-ssr=""#.len();
    Some(tree[i..i + tree[i..].find('"')?].to_string())
}

/// Puts the drawings into their placeholders (`components::chart::drawn::fill`).
pub use crate::components::chart::drawn::fill as fill_charts;
