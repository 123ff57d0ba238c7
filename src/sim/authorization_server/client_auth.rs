//! Client authentication at the token and revocation endpoints (RFC 6749 §2.3.1,
//! §3.2.1): the secret says which app is calling.

use std::collections::HashMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::{AuthorizationServer, HOST};
use crate::sim::answers::json_error;
use crate::sim::message::{Request, Response};
use crate::sim::params::Params;
use crate::sim::topic::Topic;
use crate::sim::world::AuthMethod;

/// Credentials as presented: which way, and what.
struct Presented {
    basic: bool,
    client_id: String,
    secret: Option<String>,
}

impl Presented {
    /// The RFC 7591 name of the way the client authenticated.
    fn method(&self) -> AuthMethod {
        match (self.basic, &self.secret) {
            (true, _) => AuthMethod::ClientSecretBasic,
            (false, Some(_)) => AuthMethod::ClientSecretPost,
            (false, None) => AuthMethod::None,
        }
    }
}

impl AuthorizationServer {
    /// Identifies and authenticates the client, or gives the answer that refuses it:
    /// `invalid_client` with 401 and a `WWW-Authenticate: Basic` challenge (§5.2), or
    /// `invalid_request` for credentials sent two ways.
    /// The client must use the method it registered (RFC 7591 §2
    /// `token_endpoint_auth_method`; "unsupported authentication method", §5.2).
    pub fn authenticate(&self, request: &Request) -> Result<String, (Response, Topic)> {
        let form = request.body.form();
        let presented = self.presented(request, form).map_err(refuse)?;
        let client = self
            .clients
            .get(&presented.client_id)
            .ok_or_else(|| refuse(Topic::ClientAuthUnknownClient))?;
        match (&client.secret, &presented.secret) {
            (Some(_), None) => Err(refuse(Topic::ClientAuthMissing)),
            _ if presented.method() != client.auth_method => {
                Err(refuse(Topic::ClientAuthWrongMethod))
            }
            (Some(expected), Some(given)) if expected == given => Ok(presented.client_id),
            (None, None) => Ok(presented.client_id),
            (_, Some(_)) => Err(refuse(Topic::ClientAuthWrongSecret)),
        }
    }

    /// Whether a request carries the resource server's own credentials.
    pub fn is_resource_server(&self, request: &Request) -> bool {
        self.presented(request, request.body.form()).is_ok_and(|p| {
            p.client_id == self.resource_server.0
                && p.secret.as_deref() == Some(self.resource_server.1.as_str())
        })
    }

    /// Reads the credentials from the `Authorization` header or the form body.
    fn presented(&self, request: &Request, form: &Params) -> Result<Presented, Topic> {
        let Some(header) = request.header_value("Authorization") else {
            let client_id = form.value("client_id").ok_or(Topic::ClientAuthMissing)?;
            return Ok(Presented {
                basic: false,
                client_id: client_id.to_owned(),
                secret: form.value("client_secret").map(str::to_owned),
            });
        };
        let (client_id, secret) = self
            .issued_basic
            .decode(header)
            .ok_or(Topic::ClientAuthMalformed)?;
        if form.value("client_secret").is_some()
            || form.value("client_id").is_some_and(|id| id != client_id)
        {
            return Err(Topic::ClientAuthTwice);
        }
        Ok(Presented {
            basic: true,
            client_id,
            secret: Some(secret),
        })
    }
}

/// The credentials this server issued (its clients', the resource server's), by the
/// `Authorization: Basic` value that carries them. Decoding a header is a pure
/// function of it, so the headers its own parties send are decoded once, when the
/// credentials are made, rather than at every request; any other header (a wrong
/// secret, another encoding of the same pair) is decoded as it comes.
#[derive(Debug, Clone, Default)]
pub struct IssuedBasic(HashMap<String, (String, String), foldhash::fast::RandomState>);

impl IssuedBasic {
    /// Remembers how a client sends `id` and `secret` with HTTP Basic.
    pub fn learn(&mut self, id: &str, secret: &str) {
        let pair = (id.to_owned(), secret.to_owned());
        self.0.insert(encode_basic(id, secret), pair);
    }

    /// The id and secret an `Authorization` value carries, if it is Basic.
    fn decode(&self, header: &str) -> Option<(String, String)> {
        match self.0.get(header) {
            Some(pair) => Some(pair.clone()),
            None => decode_basic(header),
        }
    }
}

/// `Basic base64(urlencode(id) ":" urlencode(secret))` (RFC 6749 §2.3.1).
fn decode_basic(header: &str) -> Option<(String, String)> {
    let (scheme, encoded) = header.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("Basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((form_unescape(id), form_unescape(secret)))
}

/// A value as `application/x-www-form-urlencoded` decodes it: `+` is a space, then
/// percent-decoding, with bytes that are not UTF-8 replaced. Most credentials have
/// neither `+` nor `%`, and are copied as they are.
fn form_unescape(value: &str) -> String {
    if memchr::memchr2(b'+', b'%', value.as_bytes()).is_none() {
        return value.to_owned();
    }
    percent_encoding::percent_decode_str(&value.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// The `Authorization: Basic` value a client sends.
pub fn encode_basic(client_id: &str, secret: &str) -> String {
    let mut pair = String::with_capacity(client_id.len() + secret.len() + 1);
    pair.extend(form_urlencoded::byte_serialize(client_id.as_bytes()));
    pair.push(':');
    pair.extend(form_urlencoded::byte_serialize(secret.as_bytes()));
    let mut header = String::with_capacity(6 + pair.len().div_ceil(3) * 4);
    header.push_str("Basic ");
    STANDARD.encode_string(pair, &mut header);
    header
}

/// The answer to a client that did not authenticate: credentials sent two ways are
/// `invalid_request` (400); anything else is `invalid_client`, 401.
fn refuse(topic: Topic) -> (Response, Topic) {
    if topic == Topic::ClientAuthTwice {
        return (json_error(400, topic), topic);
    }
    unauthorized(topic)
}

/// A 401 `invalid_client` with the challenge every 401 must carry (RFC 9110
/// §15.5.2). The scheme is `Basic`: the one the client used when it used HTTP
/// Basic, and otherwise the one this server supports (RFC 6749 §5.2), whether the
/// client sent its secret in the body or nothing at all.
pub(super) fn unauthorized(topic: Topic) -> (Response, Topic) {
    let response =
        json_error(401, topic).header("WWW-Authenticate", format!("Basic realm=\"{HOST}\""));
    (response, topic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials_are_form_encoded_then_base64() {
        let header = encode_basic("photo printer", "s3:cr+t");
        assert_eq!(
            decode_basic(&header),
            Some(("photo printer".into(), "s3:cr+t".into()))
        );
        assert_eq!(header, "Basic cGhvdG8rcHJpbnRlcjpzMyUzQWNyJTJCdA==");
    }

    #[test]
    fn a_header_of_issued_credentials_reads_as_decoding_it_would() {
        let pairs = [
            ("photo printer", "s3:cr+t"),
            ("app", "secret"),
            ("ü", "%41"),
        ];
        let mut issued = IssuedBasic::default();
        for (id, secret) in pairs {
            issued.learn(id, secret);
        }
        let others = [
            encode_basic("app", "wrong"),
            "basic YXBwOnNlY3JldA==".to_owned(),
            "Basic  YXBwOnNlY3JldA== ".to_owned(),
            "Basic !!!".to_owned(),
            "Bearer abc".to_owned(),
        ];
        let issued_headers = pairs.map(|(id, secret)| encode_basic(id, secret));
        for header in issued_headers.iter().chain(&others) {
            assert_eq!(issued.decode(header), decode_basic(header), "{header}");
        }
        assert_eq!(
            issued.decode("basic YXBwOnNlY3JldA=="),
            Some(("app".into(), "secret".into())),
            "another spelling of an issued pair is still that pair"
        );
    }

    #[test]
    fn malformed_basic_headers_are_refused() {
        assert_eq!(decode_basic("Basic !!!"), None);
        assert_eq!(decode_basic("Bearer abc"), None);
        assert_eq!(
            decode_basic(&format!("Basic {}", STANDARD.encode("no-colon"))),
            None
        );
    }
}
