//! Chart colours from the design tokens in `style/tokens.css`, so a status has one colour in the
//! charts, the legends and the rest of the page, in light and dark.
//!
//! Chart options are built (natively testable) with placeholders, `var(--status-licence)` or,
//! for a translucent fill, `var(--status-licence)@0.18`; [`resolve`] swaps them for the colours
//! the page has at draw time (`getComputedStyle(document.documentElement)`), so a chart redrawn
//! for dark mode picks up the dark values. Without a value from the page (no browser, or an old
//! stylesheet) the light values below stand in; a native test checks they equal tokens.css.

use serde_json::Value;

/// The tokens charts use, with their light values (the fallback).
pub const LIGHT: [(&str, &str); 12] = [
    ("status-allowed", "#56b4e9"),
    ("status-licence", "#0072b2"),
    ("status-banned", "#b8430b"),
    ("status-never", "#8c8c96"),
    ("status-domestic", "#009e73"),
    ("highlight", "#1d1d1f"),
    ("threshold", "#55555c"),
    ("text", "#1d1d1f"),
    ("muted", "#55555c"),
    ("border", "#d8d5cc"),
    ("surface", "#ffffff"),
    ("bg", "#fdfcf9"),
];

/// The light value of token `name` (without `--`).
pub fn fallback(name: &str) -> Option<&'static str> {
    LIGHT.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// A placeholder for token `name`, resolved at draw time.
pub fn var(name: &str) -> String {
    format!("var(--{name})")
}

/// A placeholder for token `name` at `alpha` opacity.
pub fn var_alpha(name: &str, alpha: f64) -> String {
    format!("var(--{name})@{alpha}")
}

/// `#rgb` or `#rrggbb` as `rgba(r,g,b,alpha)`; other colour syntaxes are not used by our tokens.
pub fn with_alpha(colour: &str, alpha: f64) -> Option<String> {
    let hex = colour.trim().strip_prefix('#')?;
    let digits: Vec<u8> = match hex.len() {
        3 => hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect::<Option<_>>()?,
        6 => (0..3)
            .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect::<Option<_>>()?,
        _ => return None,
    };
    Some(format!("rgba({},{},{},{alpha})", digits[0], digits[1], digits[2]))
}

/// Replaces every placeholder string in `option` with a colour: `lookup(name)` gives the page's
/// value of `--name`, the light value standing in when it gives nothing.
pub fn resolve_with(option: &mut Value, lookup: &dyn Fn(&str) -> Option<String>) {
    match option {
        Value::String(s) if s.starts_with("var(--") => {
            let (token, alpha) = match s.split_once('@') {
                Some((t, a)) => (t, a.parse::<f64>().ok()),
                None => (s.as_str(), None),
            };
            let Some(name) = token.strip_prefix("var(--").and_then(|t| t.strip_suffix(')')) else {
                return;
            };
            let colour = lookup(name)
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .or_else(|| fallback(name).map(str::to_string));
            if let Some(colour) = colour {
                *s = match alpha {
                    Some(a) => with_alpha(&colour, a).unwrap_or(colour),
                    None => colour,
                };
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| resolve_with(v, lookup)),
        Value::Object(map) => map.values_mut().for_each(|v| resolve_with(v, lookup)),
        _ => {}
    }
}

/// `getComputedStyle(element)`, through `Reflect` (no extra web-sys feature): the page's colour
/// tokens here, the chart element's font in `components::chart`.
pub fn computed_style(element: &web_sys::Element) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::{JsCast, JsValue};
    let window = web_sys::window()?;
    let get: js_sys::Function = js_sys::Reflect::get(&window, &JsValue::from_str("getComputedStyle"))
        .ok()?
        .dyn_into()
        .ok()?;
    get.call1(&window, element).ok()
}

/// The declarations (`--name: value`, comments dropped) of the first rule block opened by
/// `selector` in a stylesheet: the cards read their colours from style/tokens.css with it, and
/// the tests compare the Rust fallbacks and the two dark blocks with it.
#[cfg(not(target_arch = "wasm32"))]
pub fn css_block(css: &str, selector: &str) -> Option<Vec<(String, String)>> {
    let body = &css[css.find(selector)?..];
    let open = body.find('{')?;
    let close = body[open..].find('}')? + open;
    let mut block = body[open + 1..close].to_string();
    while let Some(i) = block.find("/*") {
        let end = block[i..].find("*/").map_or(block.len(), |j| i + j + 2);
        block.replace_range(i..end, "");
    }
    Some(
        block
            .split(';')
            .filter_map(|d| {
                let (name, value) = d.trim().split_once(':')?;
                let name = name.trim().strip_prefix("--")?;
                Some((name.to_string(), value.trim().to_string()))
            })
            .collect(),
    )
}

/// Resolves the placeholders in `option` with the page's current colours.
pub fn resolve(option: &mut Value) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let style = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|root| computed_style(&root));
        let getter = style.as_ref().and_then(|s| {
            js_sys::Reflect::get(s, &JsValue::from_str("getPropertyValue"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        let lookup = |name: &str| -> Option<String> {
            let (style, getter) = (style.as_ref()?, getter.as_ref()?);
            getter
                .call1(style, &JsValue::from_str(&format!("--{name}")))
                .ok()?
                .as_string()
        };
        resolve_with(option, &lookup);
    }
    #[cfg(not(target_arch = "wasm32"))]
    resolve_with(option, &|_| None);
}
