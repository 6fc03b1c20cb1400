//! The small inline markup used in the locale files' prose: `[[id,id]]` cites sources,
//! `{{key|label}}` marks a glossary term, `**text**` is strong. Anything unbalanced is text.
//! Space before a citation is dropped.

/// One run of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// Source ids, in the order cited.
    Cite(Vec<String>),
    /// A glossary key and the words shown in the text.
    Term {
        key: String,
        label: String,
    },
}

/// Splits a paragraph into runs. Never fails: markup that does not close is kept as text.
pub fn parse(s: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while !rest.is_empty() {
        let parsed = if let Some(body) = rest.strip_prefix("[[") {
            body.find("]]").map(|end| {
                let ids: Vec<String> = body[..end]
                    .split(',')
                    .map(|id| id.trim().to_string())
                    .filter(|id| !id.is_empty())
                    .collect();
                (Inline::Cite(ids), 2 + end + 2)
            })
        } else if let Some(body) = rest.strip_prefix("{{") {
            body.find("}}").and_then(|end| {
                let (key, label) = body[..end].split_once('|')?;
                Some((
                    Inline::Term {
                        key: key.trim().to_string(),
                        label: label.to_string(),
                    },
                    2 + end + 2,
                ))
            })
        } else if let Some(body) = rest.strip_prefix("**") {
            body.find("**")
                .filter(|&end| end > 0)
                .map(|end| (Inline::Strong(body[..end].to_string()), 2 + end + 2))
        } else {
            None
        };
        match parsed {
            Some((Inline::Cite(ids), _)) if ids.is_empty() => {
                text.push_str("[[");
                rest = &rest[2..];
            }
            Some((inline, len)) => {
                if matches!(inline, Inline::Cite(_)) {
                    // A citation hugs the word before it, so it never wraps onto a line alone.
                    text.truncate(text.trim_end().len());
                }
                if !text.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut text)));
                }
                out.push(inline);
                rest = &rest[len..];
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
    out
}

/// The text a reader sees, without markup (for checks and plain-text output).
pub fn plain(s: &str) -> String {
    parse(s)
        .into_iter()
        .map(|i| match i {
            Inline::Text(t) | Inline::Strong(t) => t,
            Inline::Term { label, .. } => label,
            Inline::Cite(_) => String::new(),
        })
        .collect()
}

/// Every source id cited in a paragraph.
pub fn cited(s: &str) -> Vec<String> {
    parse(s)
        .into_iter()
        .flat_map(|i| match i {
            Inline::Cite(ids) => ids,
            _ => Vec::new(),
        })
        .collect()
}

/// Every glossary key used in a paragraph.
pub fn terms(s: &str) -> Vec<String> {
    parse(s)
        .into_iter()
        .filter_map(|i| match i {
            Inline::Term { key, .. } => Some(key),
            _ => None,
        })
        .collect()
}
