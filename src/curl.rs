//! A simulated request as the `curl` command line that would send it to a real
//! server at that host: the method, the absolute URL, each header with `-H` in wire
//! order, and the body with `--data-raw`. The headers `curl` writes itself from the
//! URL and the body (`Host`, `Content-Length`) are left to it, so they cannot
//! disagree with what it sends.
//!
//! Both the `curl` report and the TUI's `c` key read this; it is here, beside
//! [`crate::escape`], because the two never import each other.

use std::fmt::Write as _;

use crate::sim::{Message, Method};

/// The command line of a message that is a request; none for a response.
pub fn command(message: &Message) -> Option<String> {
    let request = message.request()?;
    let body = message.body().text();
    let mut line = String::from("curl");
    if let Some(method) = explicit_method(request.method, !body.is_empty()) {
        let _ = write!(line, " -X {method}");
    }
    line.push(' ');
    line.push_str(&quote(&request.url()));
    for (name, value) in message.headers() {
        if is_written_by_curl(&name) {
            continue;
        }
        line.push_str(" -H ");
        line.push_str(&quote(&format!("{name}: {value}")));
    }
    if !body.is_empty() {
        line.push_str(" --data-raw ");
        line.push_str(&quote(&body));
    }
    Some(line)
}

/// `-X` only where curl's own choice differs: it sends `GET` without a body and
/// `POST` with one.
fn explicit_method(method: Method, has_body: bool) -> Option<&'static str> {
    match (method, has_body) {
        (Method::Get, false) | (Method::Post, true) => None,
        _ => Some(method.as_str()),
    }
}

/// `Host` comes from the URL and `Content-Length` from `--data-raw`; a second copy
/// would be sent twice (RFC 9112 §3.2 and §6.3 refuse both).
fn is_written_by_curl(name: &str) -> bool {
    name.eq_ignore_ascii_case("host") || name.eq_ignore_ascii_case("content-length")
}

/// One shell word that stands for exactly `text`. Plain text goes in single quotes,
/// where the shell changes nothing, with each `'` written `'\''` (POSIX XCU 2.2.2).
/// Text with a control character (a line feed in a JSON body, an escape sequence
/// from a scenario file) uses dollar-single-quotes, `$'…'` (POSIX XCU 2.2.4, 2024
/// edition; bash, zsh and ksh), so the command stays on one line and nothing in it
/// reaches the terminal raw.
pub fn quote(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return format!("'{}'", text.replace('\'', r"'\''"));
    }
    let mut out = String::from("$'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str(r"\\"),
            '\'' => out.push_str(r"\'"),
            '\n' => out.push_str(r"\n"),
            '\r' => out.push_str(r"\r"),
            '\t' => out.push_str(r"\t"),
            c if c.is_control() => {
                // UTF-8 bytes, since `\xHH` is one byte and C1 controls are two.
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    let _ = write!(out, "\\x{byte:02x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::sim::{Actor, Body, Params, Payload, Request};

    fn message(request: Request) -> Message {
        Message {
            from: Actor::Client,
            to: Actor::AuthorizationServer,
            at: Utc
                .with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
                .single()
                .unwrap_or_default(),
            payload: Payload::Request(request),
        }
    }

    #[test]
    fn a_form_post_becomes_data_raw_with_its_headers_in_wire_order() {
        let mut form = Params::new();
        form.push("grant_type", "authorization_code");
        form.push("code", "it's");
        let request = Request::new(Method::Post, "auth.example", "/token")
            .header("Authorization", "Basic eDp5")
            .body(Body::Form(form));
        assert_eq!(
            command(&message(request)).as_deref(),
            Some(
                "curl 'https://auth.example/token' -H 'Authorization: Basic eDp5' \
                 -H 'Content-Type: application/x-www-form-urlencoded' \
                 --data-raw 'grant_type=authorization_code&code=it%27s'"
            )
        );
    }

    #[test]
    fn a_get_has_no_method_flag_and_a_post_without_body_has_one() {
        let mut get = Request::new(Method::Get, "127.0.0.1", "/cb");
        get.port = Some(8080);
        assert_eq!(
            command(&message(get)).as_deref(),
            Some("curl 'https://127.0.0.1:8080/cb'")
        );
        let post = Request::new(Method::Post, "auth.example", "/revoke");
        assert_eq!(
            command(&message(post)).as_deref(),
            Some("curl -X POST 'https://auth.example/revoke'")
        );
    }

    #[test]
    fn quotes_stand_for_the_text_exactly() {
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote("a\nb'c\\"), r"$'a\nb\'c\\'");
        assert_eq!(quote("\u{1b}[2J\u{9b}"), r"$'\x1b[2J\xc2\x9b'");
    }
}
