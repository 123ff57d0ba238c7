//! A request written out whole in a scenario (`"do": "send"` with `"raw"`): for what
//! no action foresees. Its shape is read when the file is loaded (request line,
//! headers, blank line, body, RFC 9112 §2-§3), so a run never meets a malformed
//! one; `$variables` and captures inside it are filled in when the step runs, in
//! the place they were written, without changing that shape.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use super::message::{Body, HeaderName, Method, Request, Scheme};
use super::params::Params;
use super::request_edits::{header_name, is_tchar};
use super::step::Text;
use super::variables::{Seen, Unresolved};

/// A piece of text with `$variables` in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template(Vec<Text>);

impl Template {
    /// Reads `$name` (a variable or a capture) and `$$` (a `$`) inside text.
    fn parse(text: &str) -> Result<Self, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(at) = rest.find('$') {
            literal.push_str(&rest[..at]);
            rest = &rest[at + 1..];
            if let Some(after) = rest.strip_prefix('$') {
                literal.push('$');
                rest = after;
                continue;
            }
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            if end == 0 {
                return Err("a `$` must start a variable name, or be written `$$`".into());
            }
            if !literal.is_empty() {
                parts.push(Text::Literal(std::mem::take(&mut literal)));
            }
            parts.push(Text::parse(&format!("${}", &rest[..end]))?);
            rest = &rest[end..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(Text::Literal(literal));
        }
        Ok(Self(parts))
    }

    /// The variables and captures it names.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.0.iter()
    }

    fn fill(&self, seen: &Seen, field: &str) -> Result<String, Unresolved> {
        self.0
            .iter()
            .map(|text| seen.resolve(text, || format!("raw ({field})")))
            .collect()
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for text in &self.0 {
            match text {
                Text::Literal(s) => f.write_str(&s.replace('$', "$$"))?,
                other => write!(f, "{other}")?,
            }
        }
        Ok(())
    }
}

/// A whole request as the file writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRequest {
    method: Method,
    target: Template,
    host: String,
    headers: Vec<(HeaderName, Template)>,
    body: Template,
    /// The text as written, for reports and `serialize`.
    source: String,
}

impl RawRequest {
    /// Reads the request text: lines end with `\n` or `\r\n`.
    ///
    /// # Errors
    ///
    /// What is wrong with its shape, naming the line.
    pub fn parse(source: &str) -> Result<Self, String> {
        let text = source.replace("\r\n", "\n");
        let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let start = lines.next().unwrap_or_default();
        let mut words = start.split(' ');
        let (Some(method), Some(target), Some(version), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return Err(format!(
                "line 1: `{start}` is not a request line such as `POST /token HTTP/1.1`"
            ));
        };
        let method = match method {
            "GET" => Method::Get,
            "POST" => Method::Post,
            other => {
                return Err(format!(
                    "line 1: method `{other}`: only GET and POST are simulated"
                ));
            }
        };
        if version != "HTTP/1.1" {
            return Err(format!("line 1: `{version}`: write HTTP/1.1"));
        }
        if !target.starts_with('/') {
            return Err(format!(
                "line 1: target `{target}` must start with `/` (origin form, RFC 9112 §3.2.1)"
            ));
        }
        let mut host = None;
        let mut headers = Vec::new();
        for (number, line) in lines.enumerate().map(|(i, l)| (i + 2, l)) {
            let Some((name, value)) = line.split_once(':') else {
                return Err(format!(
                    "line {number}: `{line}` is not a header `Name: value`"
                ));
            };
            if name.is_empty() || !name.bytes().all(is_tchar) {
                return Err(format!(
                    "line {number}: `{name}` is not a header name (RFC 9110 §5.1)"
                ));
            }
            let value = value.trim();
            if name.eq_ignore_ascii_case("Host") {
                if value.contains('$') || value.is_empty() || host.is_some() {
                    return Err(format!(
                        "line {number}: Host must be given once, as plain text: it says where the request goes"
                    ));
                }
                host = Some(value.to_owned());
            } else if name.eq_ignore_ascii_case("Content-Length") {
                return Err(format!(
                    "line {number}: Content-Length is counted from the body; leave it out (RFC 9110 §8.6)"
                ));
            } else {
                let value = Template::parse(value).map_err(|e| format!("line {number}: {e}"))?;
                headers.push((header_name(name.to_owned()), value));
            }
        }
        let Some(host) = host else {
            return Err("a Host header is required: it says where the request goes".into());
        };
        Ok(Self {
            method,
            target: Template::parse(target).map_err(|e| format!("line 1: {e}"))?,
            host,
            headers,
            body: Template::parse(body.strip_suffix('\n').unwrap_or(body))
                .map_err(|e| format!("body: {e}"))?,
            source: source.to_owned(),
        })
    }

    /// The variables and captures it names, in order.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.target
            .texts()
            .chain(self.headers.iter().flat_map(|(_, v)| v.texts()))
            .chain(self.body.texts())
    }

    /// The request to deliver, with its variables filled in. The body is read by
    /// its `Content-Type` as a server would: a form, JSON, or plain text.
    ///
    /// # Errors
    ///
    /// The first variable with no value yet.
    pub fn build(&self, seen: &Seen) -> Result<Request, Unresolved> {
        let target = self.target.fill(seen, "target")?;
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let (host, port) = match self.host.rsplit_once(':') {
            Some((host, port)) if port.parse::<u16>().is_ok() => (host, port.parse().ok()),
            _ => (self.host.as_str(), None),
        };
        let mut request = Request::new(self.method, host, path);
        request.port = port;
        if is_loopback(host) {
            request.scheme = Scheme::Http;
        }
        request.query = Params::decode(query);
        let mut content_type = String::new();
        for (name, value) in &self.headers {
            let value = value.fill(seen, name)?;
            if name.eq_ignore_ascii_case("Content-Type") {
                content_type.clone_from(&value);
            }
            request.headers.push((name.clone(), value.into()));
        }
        let body = self.body.fill(seen, "body")?;
        request.body = Body::from_wire(&content_type, body);
        Ok(request)
    }
}

/// Loopback hosts listen on plain `http` (RFC 8252 §7.3); every other one on `https`.
fn is_loopback(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "[::1]" | "localhost")
}

impl Serialize for RawRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.source)
    }
}

/// The forms the deserializer below takes, for editors (`oauth-sim schema`).
impl schemars::JsonSchema for RawRequest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RawRequest".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "`send` only: the whole request as it goes on the wire \
                            (request line, headers, blank line, body), as a string or \
                            an array of its lines.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

/// A string, or an array of lines (easier to read in JSON), joined with `\n`.
impl<'de> Deserialize<'de> for RawRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = RawRequest;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the request as a string, or an array of its lines")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<RawRequest, E> {
                RawRequest::parse(text).map_err(E::custom)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawRequest, A::Error> {
                let mut lines = Vec::new();
                while let Some(line) = seq.next_element::<String>()? {
                    lines.push(line);
                }
                RawRequest::parse(&lines.join("\n")).map_err(de::Error::custom)
            }
        }
        deserializer.deserialize_any(RawVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_request_is_read_into_method_target_headers_and_a_typed_body() {
        let raw = RawRequest::parse(
            "POST /token?x=1 HTTP/1.1\nHost: auth.example\n\
             Content-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=alice",
        )
        .expect("a good request");
        let request = raw.build(&Seen::default()).expect("no variables");
        assert_eq!(request.method, Method::Post);
        assert_eq!(request.host, "auth.example");
        assert_eq!(request.path, "/token");
        assert_eq!(request.query.value("x"), Some("1"));
        assert_eq!(request.body.form().value("username"), Some("alice"));
    }

    #[test]
    fn a_loopback_host_with_a_port_is_plain_http_on_that_port() {
        let raw = RawRequest::parse("GET /callback?code=x HTTP/1.1\nHost: 127.0.0.1:49152")
            .expect("a good request");
        let request = raw.build(&Seen::default()).expect("no variables");
        assert_eq!(request.url(), "http://127.0.0.1:49152/callback?code=x");
    }

    #[test]
    fn a_malformed_request_is_refused_naming_its_line() {
        let cases = [
            ("GET /", "line 1: `GET /` is not a request line"),
            ("PUT / HTTP/1.1\nHost: a", "only GET and POST"),
            ("GET / HTTP/2\nHost: a", "write HTTP/1.1"),
            ("GET token HTTP/1.1\nHost: a", "must start with `/`"),
            ("GET / HTTP/1.1\nHost a", "line 2: `Host a` is not a header"),
            (
                "GET / HTTP/1.1\nX Y: 1\nHost: a",
                "line 2: `X Y` is not a header name",
            ),
            ("GET / HTTP/1.1", "a Host header is required"),
            (
                "GET / HTTP/1.1\nHost: $state",
                "Host must be given once, as plain text",
            ),
            (
                "GET / HTTP/1.1\nHost: a\nContent-Length: 3",
                "line 3: Content-Length",
            ),
            (
                "GET /$ HTTP/1.1\nHost: a",
                "a `$` must start a variable name",
            ),
        ];
        for (text, says) in cases {
            let error = RawRequest::parse(text).expect_err(text);
            assert!(error.contains(says), "{text}: {error}");
        }
    }

    #[test]
    fn variables_are_filled_in_where_they_stand_and_double_dollars_are_dollars() {
        let raw = RawRequest::parse("GET /x?a=$$1&code=$code HTTP/1.1\nHost: a").expect("good");
        let mut seen = Seen::default();
        seen.code("C");
        let request = raw.build(&seen).expect("code seen");
        assert_eq!(request.query.value("a"), Some("$1"));
        assert_eq!(request.query.value("code"), Some("C"));
        assert!(raw.build(&Seen::default()).is_err());
    }
}
