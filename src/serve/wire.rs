//! HTTP ⇄ the simulation's messages: a hyper request becomes a [`Request`] for the
//! authorization server's or the API's host, and a [`Response`] becomes a hyper
//! response. Nothing here decides an answer; it only translates, and refuses what
//! cannot be translated (a method the parties do not serve, a header or body that is
//! not text, a body too large or too slow).

use http_body_util::{BodyExt as _, Full, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderName, HeaderValue};
use hyper::{Response as HttpResponse, StatusCode};

use super::limits::{BODY_TIMEOUT, MAX_BODY_BYTES};
use super::pages;
use crate::sim::{Body, Method, Params, Request, Response, Simulation, Topic};

/// What the server sends back.
pub type Reply = HttpResponse<Full<Bytes>>;

/// The path of the control endpoint (`control.rs`).
pub const CONTROL_PATH: &str = "/_oauth-sim/clock";

/// The prefix under which the API is served; every other path is the authorization
/// server's, so the RFC 8414 metadata sits at the root where clients look for it.
pub const API_PREFIX: &str = "/api";

/// Which party a path belongs to, and the path that party sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    AuthorizationServer(String),
    Api(String),
    Control,
}

impl Route {
    pub fn of(path: &str) -> Self {
        if path == CONTROL_PATH {
            return Self::Control;
        }
        match path.strip_prefix(API_PREFIX) {
            Some("") => Self::Api("/".to_owned()),
            Some(rest) if rest.starts_with('/') => Self::Api(rest.to_owned()),
            _ => Self::AuthorizationServer(path.to_owned()),
        }
    }

    /// The simulated host and path the request is delivered to.
    fn target(&self) -> (&'static str, &str) {
        let (auth, api) = Simulation::hosts();
        match self {
            Self::AuthorizationServer(path) => (auth, path),
            Self::Api(path) => (api, path),
            Self::Control => (auth, CONTROL_PATH),
        }
    }
}

/// Reads a request whole, within the limits, as the simulation's request; or the
/// answer that refuses it.
pub async fn read(request: hyper::Request<Incoming>, route: &Route) -> Result<Request, Reply> {
    let method = match *request.method() {
        hyper::Method::GET => Method::Get,
        hyper::Method::POST => Method::Post,
        _ => {
            let mut reply = plain(
                StatusCode::METHOD_NOT_ALLOWED,
                "only GET and POST are served\n",
            );
            reply
                .headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, POST"));
            return Err(reply);
        }
    };
    let (host, path) = route.target();
    let mut out = Request::new(method, host, path);
    out.query = Params::decode(request.uri().query().unwrap_or_default());
    let mut content_type = String::new();
    for (name, value) in request.headers() {
        if *name == header::HOST {
            continue;
        }
        let Ok(value) = value.to_str() else {
            return Err(plain(
                StatusCode::BAD_REQUEST,
                "header values must be visible ASCII text (RFC 9110 §5.5)\n",
            ));
        };
        if *name == header::CONTENT_TYPE {
            value.clone_into(&mut content_type);
        }
        out.headers
            .push((canonical(name.as_str()).into(), value.to_owned().into()));
    }
    let text = body_text(request).await?;
    out.body = Body::from_wire(&content_type, text);
    Ok(out)
}

/// A header name as the parties write it (`Content-Type`), since HTTP/1.1 names are
/// case-insensitive (RFC 9110 §5.1) and hyper hands them over in lower case.
fn canonical(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        out.push(if upper { c.to_ascii_uppercase() } else { c });
        upper = c == '-';
    }
    out
}

/// The body as text: refused at once when its declared length is over the limit,
/// cut off when its chunks go over it, closed when it comes too slowly.
async fn body_text(request: hyper::Request<Incoming>) -> Result<String, Reply> {
    let too_large = || {
        plain(
            StatusCode::PAYLOAD_TOO_LARGE,
            "the body is over the server's limit of 64 KiB\n",
        )
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Err(too_large());
    }
    let limited = Limited::new(request.into_body(), MAX_BODY_BYTES);
    let collected = tokio::time::timeout(BODY_TIMEOUT, limited.collect())
        .await
        .map_err(|_| plain(StatusCode::REQUEST_TIMEOUT, "the body came too slowly\n"))?;
    let bytes = match collected {
        Ok(collected) => collected.to_bytes(),
        Err(error) if error.is::<LengthLimitError>() => return Err(too_large()),
        Err(_) => {
            return Err(plain(
                StatusCode::BAD_REQUEST,
                "the body could not be read\n",
            ));
        }
    };
    String::from_utf8(bytes.to_vec())
        .map_err(|_| plain(StatusCode::BAD_REQUEST, "the body must be UTF-8 text\n"))
}

/// The simulation's answer as HTTP. `base` is where both parties are served; a
/// `Location` on a simulated host is rewritten to it, and a cookie loses `Secure`,
/// since a browser would not send a `Secure` cookie back over plain loopback HTTP.
pub fn reply(response: &Response, topic: Topic, base: &str, username: &str) -> Reply {
    let status = StatusCode::from_u16(response.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = match &response.body {
        Body::Html(html) => pages::document(html, topic, username),
        other => other.text().into_owned(),
    };
    let mut reply = HttpResponse::new(Full::new(Bytes::from(body)));
    *reply.status_mut() = status;
    let headers = reply.headers_mut();
    if let Some(content_type) = response.body.content_type() {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
    for (name, value) in &response.headers {
        let value = match name.to_ascii_lowercase().as_str() {
            "set-cookie" => value.replace("; Secure", ""),
            "location" => local_url(value, base),
            _ => value.to_string(),
        };
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
    reply
}

/// A URL on a simulated host, as the real client reaches it.
fn local_url(url: &str, base: &str) -> String {
    let (auth, api) = Simulation::hosts();
    if let Some(rest) = url.strip_prefix(&format!("https://{auth}")) {
        return format!("{base}{rest}");
    }
    if let Some(rest) = url.strip_prefix(&format!("https://{api}")) {
        return format!("{base}{API_PREFIX}{rest}");
    }
    url.to_owned()
}

/// A short plain-text answer from the HTTP layer itself.
pub fn plain(status: StatusCode, text: &'static str) -> Reply {
    let mut reply = HttpResponse::new(Full::new(Bytes::from_static(text.as_bytes())));
    *reply.status_mut() = status;
    reply.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    reply
}

/// A JSON answer from the HTTP layer itself (a fault, the control endpoint).
pub fn json(status: StatusCode, value: &serde_json::Value) -> Reply {
    let mut reply = HttpResponse::new(Full::new(Bytes::from(value.to_string())));
    *reply.status_mut() = status;
    let headers = reply.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_api_go_to_the_api_without_the_prefix_and_the_rest_to_the_server() {
        assert_eq!(Route::of("/api/photos"), Route::Api("/photos".into()));
        assert_eq!(Route::of("/api"), Route::Api("/".into()));
        assert_eq!(
            Route::of("/apiary"),
            Route::AuthorizationServer("/apiary".into())
        );
        assert_eq!(
            Route::of("/token"),
            Route::AuthorizationServer("/token".into())
        );
        assert_eq!(Route::of(CONTROL_PATH), Route::Control);
    }

    #[test]
    fn locations_on_simulated_hosts_point_at_the_real_server() {
        let base = "http://127.0.0.1:8080";
        let (auth, api) = Simulation::hosts();
        assert_eq!(
            local_url(&format!("https://{auth}/account?x=1"), base),
            "http://127.0.0.1:8080/account?x=1"
        );
        assert_eq!(
            local_url(&format!("https://{api}/photos"), base),
            "http://127.0.0.1:8080/api/photos"
        );
        assert_eq!(
            local_url("http://127.0.0.1:9/callback?code=c", base),
            "http://127.0.0.1:9/callback?code=c"
        );
    }

    #[test]
    fn header_names_are_written_as_the_parties_write_them() {
        assert_eq!(canonical("content-type"), "Content-Type");
        assert_eq!(canonical("authorization"), "Authorization");
        assert_eq!(canonical("dpop"), "Dpop");
    }
}
