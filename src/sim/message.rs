//! HTTP-like messages between the actors, rendered to the text that would travel on
//! the wire: request or status line, headers, body.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::actor::Actor;
use super::oauth_error::ErrorCode;
use super::params::Params;

/// A header's name: the protocol's own words are borrowed (a transcript keeps
/// millions of headers, so they are not allocated per message); a name a scenario
/// file gives in `headers` is owned.
pub type HeaderName = Cow<'static, str>;

/// The HTTP methods the flow uses; a scenario step may name one in `method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Method {
    #[serde(rename = "GET")]
    Get,
    #[serde(rename = "POST")]
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
        }
    }
}

/// The URL schemes the simulated parties use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    Https,
    /// Only loopback apps listen on plain `http` (RFC 8252 §7.3).
    Http,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Https => "https",
            Self::Http => "http",
        }
    }
}

/// A message body, kept structured so the receiving actor reads what was sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Empty,
    /// `application/x-www-form-urlencoded`.
    Form(Params),
    /// `application/json`, as the text that travels: the receiver parses what it
    /// was sent, as a real one would, and a transcript keeps a few hundred bytes
    /// per body rather than a tree of values.
    Json(String),
    /// `text/html`: a page shown to the resource owner, summarised in one line.
    Html(String),
    /// Any other text a scenario's raw request carries.
    Text(String),
}

impl Body {
    /// A body as received: read by its `Content-Type` as a server would, a form,
    /// JSON, or plain text (RFC 9110 §8.3); empty text is no body.
    pub fn from_wire(content_type: &str, text: String) -> Self {
        let content_type = content_type.to_ascii_lowercase();
        if text.is_empty() {
            Self::Empty
        } else if content_type.starts_with("application/x-www-form-urlencoded") {
            Self::Form(Params::decode(&text))
        } else if content_type.starts_with("application/json") {
            Self::Json(text)
        } else {
            Self::Text(text)
        }
    }

    /// The `Content-Type` the body is sent with; none for no body.
    pub fn content_type(&self) -> Option<&'static str> {
        match self {
            Self::Empty => None,
            Self::Form(_) => Some("application/x-www-form-urlencoded"),
            Self::Json(_) => Some("application/json"),
            Self::Html(_) => Some("text/html; charset=utf-8"),
            Self::Text(_) => Some("text/plain; charset=utf-8"),
        }
    }

    /// The body as it is sent.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Self::Empty => Cow::Borrowed(""),
            Self::Form(params) => Cow::Owned(params.encode()),
            Self::Json(text) | Self::Html(text) | Self::Text(text) => Cow::Borrowed(text),
        }
    }

    /// The form parameters; another kind of body reads as an empty form, as a server
    /// parsing it would find no parameters.
    pub fn form(&self) -> &Params {
        static NO_PARAMS: Params = Params::new();
        match self {
            Self::Form(params) => params,
            _ => &NO_PARAMS,
        }
    }

    /// A JSON body, written as the simulated servers and clients send it.
    pub fn json(value: &impl Serialize) -> Self {
        Self::Json(serde_json::to_string_pretty(value).unwrap_or_default())
    }

    /// Gives back the spare capacity of what the body holds.
    fn shrink_to_fit(&mut self) {
        match self {
            Self::Empty => {}
            Self::Form(params) => params.shrink_to_fit(),
            Self::Json(text) | Self::Html(text) | Self::Text(text) => text.shrink_to_fit(),
        }
    }

    /// What a JSON body says, read into the shape the receiver expects (the fields
    /// it uses, or any `Value`); none for another kind of body, or text that does
    /// not have that shape.
    pub fn parse_json<T: DeserializeOwned>(&self) -> Option<T> {
        match self {
            Self::Json(text) => serde_json::from_str(text).ok(),
            _ => None,
        }
    }
}

/// A request as the receiving server sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: Method,
    /// `https`, or `http` for a loopback app (RFC 8252 §7.3).
    pub scheme: Scheme,
    pub host: String,
    /// A port other than the scheme's default.
    pub port: Option<u16>,
    pub path: String,
    pub query: Params,
    pub headers: Vec<(HeaderName, String)>,
    pub body: Body,
}

impl Request {
    pub fn new(method: Method, host: &str, path: &str) -> Self {
        Self {
            method,
            scheme: Scheme::Https,
            host: host.to_owned(),
            port: None,
            path: path.to_owned(),
            query: Params::new(),
            headers: Vec::new(),
            body: Body::Empty,
        }
    }

    /// A request for a full URL (a link the browser follows).
    pub fn get_url(url: &url::Url) -> Self {
        let mut request = Self::new(Method::Get, url.host_str().unwrap_or_default(), url.path());
        if url.scheme() == "http" {
            request.scheme = Scheme::Http;
        }
        request.port = url.port();
        request.query = Params::decode(url.query().unwrap_or_default());
        request
    }

    /// The `Host` header: the host, and the port when it is not the default.
    pub fn authority(&self) -> Cow<'_, str> {
        match self.port {
            Some(port) => Cow::Owned(format!("{}:{port}", self.host)),
            None => Cow::Borrowed(&self.host),
        }
    }

    /// The absolute URL of the request, as a browser's address bar shows it.
    pub fn url(&self) -> String {
        format!(
            "{}://{}{}",
            self.scheme.as_str(),
            self.authority(),
            self.target()
        )
    }

    #[must_use]
    pub fn header(mut self, name: impl Into<HeaderName>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    #[must_use]
    pub fn body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    /// The value of a header (names compare case-insensitively, RFC 9110 §5.1).
    pub fn header_value(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// The path with its query string: the request target.
    pub fn target(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query.encode())
        }
    }
}

/// A response, with what the step outcome needs to know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(HeaderName, String)>,
    pub body: Body,
    /// The OAuth error it carries, in whichever place (JSON, redirect query,
    /// `WWW-Authenticate`).
    pub error: Option<ErrorCode>,
    /// The one thing that matters in the answer, for the arrow of a sequence
    /// diagram: a fact, put in words by `crate::explain::label`.
    pub gist: Option<Gist>,
}

impl Response {
    pub fn new(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Body::Empty,
            error: None,
            gist: None,
        }
    }

    #[must_use]
    pub fn gist(mut self, gist: Gist) -> Self {
        self.gist = Some(gist);
        self
    }

    #[must_use]
    pub fn header(mut self, name: impl Into<HeaderName>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    #[must_use]
    pub fn body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    #[must_use]
    pub fn error(mut self, code: ErrorCode) -> Self {
        self.error = Some(code);
        self
    }

    pub fn header_value(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// Where a redirect sends the browser.
    pub fn location(&self) -> Option<&str> {
        self.header_value("Location")
    }
}

/// What an answer amounts to, as the arrow that carries it says after the status.
/// The core names the fact; `crate::explain::label` says it in each language. The
/// wire text does not depend on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gist {
    /// The sign-in form (RFC 6749 §4.1.1: the server authenticates the owner).
    LoginPage,
    /// The page asking Alice to approve the client.
    ConsentPage,
    /// The client kept the code its callback received.
    CodeKept,
    /// The attacker's page received a code.
    CodeStolen,
    /// The client's page showing Alice's photos.
    PhotosPage,
    /// Alice withdrew a consent on her account page.
    ConsentWithdrawn,
    /// Any other page.
    Page,
    /// A redirect, with where it goes as on the wire: the path and the first query
    /// parameter (`/callback?code=…`, `/callback?error=access_denied`).
    Redirect(String),
    /// The attacker's page sends the browser on to its lure.
    Lure,
    /// A registration answer: the new `client_id` (RFC 7591 §3.2.1).
    ClientId,
    /// A token answer: the `access_token` (RFC 6749 §5.1).
    AccessToken,
    /// An introspection answer `{"active": true}` (RFC 7662 §2.2).
    Active,
    /// An introspection answer `{"active": false}`, with the reason the server knows
    /// and does not send (RFC 7662 §2.2).
    Inactive(Inactive),
    /// The photos the resource server served.
    Photos,
    /// A revocation that revoked a token (RFC 7009 §2.2).
    Revoked,
    /// A resource request that carried no token (RFC 6750 §3.1: no error code).
    NoToken,
    /// A callback that carried `error=…`, with the code as sent.
    CallbackError(String),
    /// A device authorization answer: the `user_code` to show (RFC 8628 §3.2).
    UserCode,
    /// The page telling Alice her phone approved the device (RFC 8628 §3.3).
    DeviceApproved,
    /// The page telling Alice she refused the device.
    DeviceDenied,
}

/// Why an introspected token is inactive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inactive {
    Expired,
    Revoked,
    Unknown,
}

/// Whether a header carries a credential (`Authorization`, cookies).
pub fn is_credential_header(name: &str) -> bool {
    ["authorization", "cookie", "set-cookie"]
        .iter()
        .any(|h| h.eq_ignore_ascii_case(name))
}

fn find_header<'a>(headers: &'a [(HeaderName, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The reason phrase for the status codes the simulation uses.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        302 => "Found",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "",
    }
}

/// Either half of an exchange.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Request(Request),
    Response(Response),
}

impl Payload {
    /// Gives back the spare capacity of every list the message holds.
    pub fn shrink_to_fit(&mut self) {
        let (headers, body) = match self {
            Self::Request(r) => {
                r.query.shrink_to_fit();
                (&mut r.headers, &mut r.body)
            }
            Self::Response(r) => (&mut r.headers, &mut r.body),
        };
        headers.shrink_to_fit();
        body.shrink_to_fit();
    }
}

/// One message on the wire between two actors.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub from: Actor,
    pub to: Actor,
    pub at: DateTime<Utc>,
    pub payload: Payload,
}

impl Message {
    /// The request or status line.
    pub fn start_line(&self) -> String {
        match &self.payload {
            Payload::Request(r) => format!("{} {} HTTP/1.1", r.method.as_str(), r.target()),
            Payload::Response(r) => format!("HTTP/1.1 {} {}", r.status, reason(r.status)),
        }
    }

    /// Every header as sent, including the ones derived from the body
    /// (`Host` first for requests, `Content-Type` and `Content-Length` last). A
    /// `Content-Type` a scenario step set stands instead of the derived one.
    pub fn headers(&self) -> Vec<(HeaderName, String)> {
        let (host, explicit, body) = match &self.payload {
            Payload::Request(r) => (Some(r.authority()), &r.headers, &r.body),
            Payload::Response(r) => (None, &r.headers, &r.body),
        };
        let mut headers = Vec::with_capacity(explicit.len() + 3);
        if let Some(host) = host {
            headers.push(("Host".into(), host.into_owned()));
        }
        headers.extend(explicit.iter().cloned());
        if let Some(content_type) = body.content_type() {
            if find_header(explicit, "Content-Type").is_none() {
                headers.push(("Content-Type".into(), content_type.to_owned()));
            }
            headers.push(("Content-Length".into(), body.text().len().to_string()));
        }
        headers
    }

    pub fn body(&self) -> &Body {
        match &self.payload {
            Payload::Request(r) => &r.body,
            Payload::Response(r) => &r.body,
        }
    }

    /// The whole message as wire text.
    pub fn wire(&self) -> String {
        let mut text = self.start_line();
        text.push('\n');
        for (name, value) in self.headers() {
            let _ = writeln!(text, "{name}: {value}");
        }
        let body = self.body().text();
        if !body.is_empty() {
            text.push('\n');
            text.push_str(&body);
            text.push('\n');
        }
        text
    }

    /// Whether this is an answer that failed: a 4xx/5xx status or an OAuth error.
    pub fn is_failure(&self) -> bool {
        matches!(&self.payload, Payload::Response(r) if r.status >= 400 || r.error.is_some())
    }

    pub fn request(&self) -> Option<&Request> {
        match &self.payload {
            Payload::Request(r) => Some(r),
            Payload::Response(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap()
    }

    #[test]
    fn a_form_post_renders_as_wire_text_with_derived_headers() {
        let mut form = Params::new();
        form.push("grant_type", "authorization_code");
        form.push("code", "a b");
        let request = Request::new(Method::Post, "auth.example", "/token")
            .header("Authorization", "Basic eDp5")
            .body(Body::Form(form));
        let message = Message {
            from: Actor::Client,
            to: Actor::AuthorizationServer,
            at: at(),
            payload: Payload::Request(request),
        };
        assert_eq!(
            message.wire(),
            "POST /token HTTP/1.1\nHost: auth.example\nAuthorization: Basic eDp5\n\
             Content-Type: application/x-www-form-urlencoded\nContent-Length: 38\n\n\
             grant_type=authorization_code&code=a+b\n"
        );
    }

    #[test]
    fn an_error_response_is_a_failure() {
        let response = Response::new(401).error(ErrorCode::InvalidToken);
        let message = Message {
            from: Actor::ResourceServer,
            to: Actor::Client,
            at: at(),
            payload: Payload::Response(response),
        };
        assert!(message.is_failure());
        assert_eq!(message.start_line(), "HTTP/1.1 401 Unauthorized");
    }
}
