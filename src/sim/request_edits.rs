//! A step's raw HTTP control (`headers`, `method`, `token_in`): what a tester sends
//! that the actors would not. `with` changes parameters; these change the request
//! around them, after the actor has built it and before it is delivered.

mod headers;

use serde::{Deserialize, Serialize};

use super::message::{Method, Request};

pub use headers::{HeaderEdit, HeaderEdits, is_header_like};
pub(crate) use headers::{header_name, is_tchar};

/// The changes a step makes to the request its actor built: the method, then the
/// headers. The body is left as it is, whatever the method (a tester may send a
/// `GET` with a form body on purpose).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StepEdits {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    #[serde(skip_serializing_if = "HeaderEdits::is_empty")]
    pub headers: HeaderEdits,
}

impl StepEdits {
    /// Whether the step changes nothing.
    pub fn is_empty(&self) -> bool {
        self.method.is_none() && self.headers.is_empty()
    }

    /// Changes `request` as the step says.
    pub fn apply(&self, request: &mut Request) {
        if let Some(method) = self.method {
            request.method = method;
        }
        self.headers.apply(&mut request.headers);
    }
}

/// Where an API call carries its access token (RFC 6750 §2): what a step asks the
/// client to do (`token_in`), and where the resource server found it. The header is the one
/// resource servers must support; the URL is the place §5.3 says not to use, and
/// both others are here to be tried.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(schemars::JsonSchema)]
pub enum TokenIn {
    /// `Authorization: Bearer …` (§2.1).
    #[default]
    Header,
    /// `access_token=` in the query of the `GET` (§2.3).
    Query,
    /// `access_token=` in a form-encoded `POST` body (§2.2).
    Form,
}

impl TokenIn {
    /// Whether this is the default, which a step need not write.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::message::Body;
    use crate::sim::params::Params;

    fn edits(json: &str) -> StepEdits {
        let headers = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        StepEdits {
            method: None,
            headers,
        }
    }

    fn api_call() -> Request {
        Request::new(Method::Get, "photos.example", "/photos")
            .header("Authorization", "Bearer t0k3n")
            .header("Accept", "application/json")
    }

    fn names_and_values(request: &Request) -> Vec<(&str, &str)> {
        request
            .headers
            .iter()
            .map(|(n, v)| (n.as_ref(), v.as_ref()))
            .collect()
    }

    #[test]
    fn a_string_replaces_the_header_the_actor_sent_in_its_place() {
        let mut request = api_call();
        edits(r#"{"authorization": "Basic eDp5"}"#).apply(&mut request);
        assert_eq!(
            names_and_values(&request),
            [
                ("authorization", "Basic eDp5"),
                ("Accept", "application/json")
            ]
        );
    }

    #[test]
    fn null_removes_a_header_and_an_array_repeats_one() {
        let mut request = api_call();
        edits(r#"{"Authorization": null, "Cookie": ["a=1", "b=2"]}"#).apply(&mut request);
        assert_eq!(
            names_and_values(&request),
            [
                ("Accept", "application/json"),
                ("Cookie", "a=1"),
                ("Cookie", "b=2")
            ]
        );
    }

    #[test]
    fn a_header_repeated_by_the_actor_is_replaced_whole() {
        let mut request = api_call().header("Authorization", "Bearer other");
        edits(r#"{"Authorization": "Bearer one"}"#).apply(&mut request);
        assert_eq!(
            names_and_values(&request),
            [
                ("Authorization", "Bearer one"),
                ("Accept", "application/json")
            ]
        );
    }

    #[test]
    fn the_method_changes_and_the_body_stays() {
        let mut form = Params::new();
        form.push("grant_type", "refresh_token");
        let mut request =
            Request::new(Method::Post, "auth.example", "/token").body(Body::Form(form));
        let before = request.body.clone();
        StepEdits {
            method: Some(Method::Get),
            headers: HeaderEdits::default(),
        }
        .apply(&mut request);
        assert_eq!(request.method, Method::Get);
        assert_eq!(request.body, before);
    }

    #[test]
    fn a_protocol_header_name_from_a_file_is_not_allocated() {
        let edits = edits(r#"{"Authorization": "x", "X-Custom": "y"}"#);
        let borrowed: Vec<bool> = edits
            .headers
            .iter()
            .map(|(name, _)| matches!(name, std::borrow::Cow::Borrowed(_)))
            .collect();
        assert_eq!(borrowed, [true, false]);
    }
}
