//! The shapes of answer the servers give, so every error of a kind looks the same on
//! the wire.

use serde_json::json;
use url::Url;

use super::message::{Body, Gist, Response};
use super::params::Params;
use super::topic::Topic;

/// A JSON error at a back-channel endpoint (RFC 6749 §5.2): `error` and
/// `error_description`, never cached.
pub fn json_error(status: u16, topic: Topic) -> Response {
    let mut body = serde_json::Map::new();
    if let Some(code) = topic.error_code() {
        body.insert("error".into(), json!(code.as_str()));
    }
    body.insert("error_description".into(), json!(topic.description()));
    let response = Response::new(status)
        .header("Cache-Control", "no-store")
        .body(Body::json(&body));
    with_code(response, topic)
}

/// A page shown to the resource owner instead of a redirect: used when the server
/// cannot trust the redirect URI (RFC 6749 §4.1.2.1), or for its own login forms.
pub fn page(status: u16, topic: Topic) -> Response {
    let code = topic
        .error_code()
        .map(|c| format!("<p>error: {c}</p>"))
        .unwrap_or_default();
    let html = format!("<h1>{}</h1>{code}", topic.description());
    let mut response = Response::new(status).body(Body::Html(html));
    if status < 400 {
        response = response.gist(page_gist(topic));
    }
    with_code(response, topic)
}

/// A page of the authorization server: like [`page`], and no other site may show it
/// in a frame. RFC 9700 §4.16: the authorization server MUST prevent clickjacking,
/// or a hidden frame could trick Alice into signing in or approving a client. Both
/// headers are sent: `frame-ancestors` for current browsers (CSP Level 2), and
/// `X-Frame-Options` for older ones (RFC 7034).
pub fn unframed_page(status: u16, topic: Topic) -> Response {
    page(status, topic)
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", "frame-ancestors 'none'")
}

/// What a successful page amounts to, for the arrow that carries it.
fn page_gist(topic: Topic) -> Gist {
    match topic {
        Topic::LoginPageShown => Gist::LoginPage,
        Topic::ConsentPageShown | Topic::LoggedIn => Gist::ConsentPage,
        Topic::CallbackAccepted => Gist::CodeKept,
        Topic::CodeLeakedToAttacker => Gist::CodeStolen,
        Topic::PhotosShown => Gist::PhotosPage,
        Topic::ConsentWithdrawn => Gist::ConsentWithdrawn,
        Topic::DeviceApproved => Gist::DeviceApproved,
        Topic::DeviceDenied => Gist::DeviceDenied,
        _ => Gist::Page,
    }
}

/// A JSON success answer.
pub fn json_ok(status: u16, body: &impl serde::Serialize) -> Response {
    Response::new(status)
        .header("Cache-Control", "no-store")
        .body(Body::json(body))
}

/// Sends the browser back to `redirect_uri` with `params` added to its query.
pub fn redirect(redirect_uri: &str, params: &Params) -> Response {
    let location = match Url::parse(redirect_uri) {
        Ok(mut url) => {
            url.query_pairs_mut().extend_pairs(params.iter());
            url.to_string()
        }
        Err(_) => format!("{redirect_uri}?{}", params.encode()),
    };
    let first = params
        .iter()
        .next()
        .map_or(String::new(), |(name, value)| match name {
            "error" => format!("?error={value}"),
            _ => format!("?{name}=…"),
        });
    let path = Url::parse(&location).map_or_else(|_| String::new(), |u| u.path().to_owned());
    Response::new(302)
        .gist(Gist::Redirect(format!("{path}{first}")))
        .header("Location", location)
}

/// An error sent back to the client through the browser (RFC 6749 §4.1.2.1), with
/// the exact `state` the client sent.
pub fn redirect_error(redirect_uri: &str, topic: Topic, state: Option<&str>) -> Response {
    let mut params = Params::new();
    if let Some(code) = topic.error_code() {
        params.push("error", code.as_str());
    }
    params.push("error_description", topic.description());
    params.push_some("state", state);
    with_code(redirect(redirect_uri, &params), topic)
}

fn with_code(response: Response, topic: Topic) -> Response {
    match topic.error_code() {
        Some(code) => response.error(code),
        None => response,
    }
}
