//! Reading and writing the page's query string without trusting it: any input yields pairs,
//! broken escapes are kept literally, and rewriting one parameter leaves the others alone.

/// Splits `?a=1&b=x%20y` (with or without the `?`) into decoded pairs, in order.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(part), String::new()),
        })
        .collect()
}

/// The first value of `key`, if present.
pub fn get(query: &str, key: &str) -> Option<String> {
    parse(query).into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The query string (with a leading `?`, or empty) after setting `key` to `value`
/// (or removing it when `value` is `None`), keeping every other parameter in place.
pub fn with_param(query: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs = parse(query);
    let mut placed = false;
    pairs.retain_mut(|(k, v)| {
        if k != key {
            return true;
        }
        match (value, placed) {
            (Some(new), false) => {
                *v = new.to_string();
                placed = true;
                true
            }
            _ => false,
        }
    });
    if let (Some(new), false) = (value, placed) {
        pairs.push((key.to_string(), new.to_string()));
    }
    serialize(&pairs)
}

/// `?k=v&…` from pairs, percent-encoding what needs it; empty when there are none.
pub fn serialize(pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    format!("?{}", body.join("&"))
}

/// Percent-decodes, treating `+` as a space. Invalid escapes and invalid UTF-8 are kept
/// (the latter as U+FFFD) rather than rejected.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
