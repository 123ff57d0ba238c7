//! Token introspection (RFC 7662): how the resource server learns whether a token is
//! live, for whom, and with what scope. Asking is always current; it sees a
//! revocation at once.

use super::client_auth::unauthorized;
use super::{AuthorizationServer, alive};
use crate::sim::answers::json_ok;
use crate::sim::memory::Status;
use crate::sim::message::{Gist, Inactive, Request, Response};
use crate::sim::resource_server::AUDIENCE;
use crate::sim::topic::Topic;

impl AuthorizationServer {
    /// `POST /introspect`. Answers `{"active": false}` for anything not valid now
    /// (§2.2); the returned topic and the answer's gist say why, for the transcript
    /// only: the resource server is not told. A live token's answer names its
    /// audience, the one API it was issued for (`aud`, §2.2), which every token
    /// here is.
    pub fn introspect(
        &self,
        request: &Request,
        now: chrono::DateTime<chrono::Utc>,
    ) -> (Response, Topic) {
        // The resource server, or a registered client asking about its own tokens
        // (RFC 7662 §2.1 leaves who may ask to the server; it must authenticate).
        let caller = if self.is_resource_server(request) {
            None
        } else if request.header_value("Authorization").is_none()
            && request.body.form().value("client_id").is_none()
        {
            // RFC 7662 §2.3: a caller that fails to authenticate gets 401 as in RFC
            // 6749 §5.2, with its challenge.
            return unauthorized(Topic::ClientAuthMissing);
        } else {
            match self.authenticate(request) {
                // A public client proves nothing by naming itself, so it may not ask.
                Ok(client_id)
                    if self
                        .clients
                        .get(&client_id)
                        .is_some_and(|c| c.secret.is_some()) =>
                {
                    Some(client_id)
                }
                Ok(_) => return unauthorized(Topic::ClientAuthMissing),
                Err(refusal) => return refusal,
            }
        };
        let token = request.body.form().value("token").unwrap_or_default();
        let inactive = |topic| {
            let response = json_ok(200, &NotActive { active: false }).gist(inactive_gist(topic));
            (response, topic)
        };
        let Some(access) = self.access_tokens.get(token) else {
            return inactive(Topic::AccessTokenUnknown);
        };
        if caller.as_deref().is_some_and(|id| *id != *access.client_id) {
            // §2.2: a token the caller may not learn about is simply not active.
            return inactive(Topic::IntrospectionNotAllowed);
        }
        if access.status != Status::Live {
            return inactive(Topic::AccessTokenRevoked);
        }
        if !alive(access.expires_at, now) {
            return inactive(Topic::AccessTokenExpired);
        }
        // The owner, when the grant has one; `username` and `sub` are optional
        // (RFC 7662 §2.2), and a grant without an owner has nobody to name.
        let body = ActiveToken {
            active: true,
            aud: AUDIENCE,
            client_id: &access.client_id,
            exp: access.expires_at.timestamp(),
            iat: access.issued_at.timestamp(),
            scope: access.scope.to_string(),
            sub: access.user.as_deref(),
            token_type: "Bearer",
            username: access.user.as_deref(),
        };
        (json_ok(200, &body).gist(Gist::Active), Topic::TokenActive)
    }
}

/// An active token's introspection answer (RFC 7662 §2.2), its fields in the order
/// the wire shows them.
#[derive(serde::Serialize)]
struct ActiveToken<'a> {
    active: bool,
    aud: &'static str,
    client_id: &'a str,
    exp: i64,
    iat: i64,
    scope: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    sub: Option<&'a str>,
    token_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    username: Option<&'a str>,
}

/// The whole answer about a token that is not active (RFC 7662 §2.2): nothing more,
/// so the caller cannot learn why.
#[derive(serde::Serialize)]
struct NotActive {
    active: bool,
}

/// The arrow of an `{"active": false}` answer: the reason the authorization server
/// knows and does not send, so the transcript shows it on the server's side.
fn inactive_gist(topic: Topic) -> Gist {
    Gist::Inactive(match topic {
        Topic::AccessTokenExpired => Inactive::Expired,
        Topic::AccessTokenRevoked => Inactive::Revoked,
        _ => Inactive::Unknown,
    })
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::sim::authorization_server::{AccessToken, encode_basic};
    use crate::sim::memory::Journal;
    use crate::sim::message::{Body, Method};
    use crate::sim::params::Params;
    use crate::sim::protocol::FamilyId;
    use crate::sim::scope::Scope;
    use crate::sim::world::{ServerPolicy, UserConfig};

    #[test]
    fn a_token_without_an_owner_is_active_and_names_no_subject() {
        let mut server = AuthorizationServer::new(
            ServerPolicy::default(),
            &[UserConfig::default()],
            ("rs".into(), "x".into()),
            &[],
        );
        let now = DateTime::UNIX_EPOCH;
        let token = AccessToken {
            client_id: "app".into(),
            user: None,
            scope: Scope::parse("photos.read"),
            family: FamilyId::default().next(),
            issued_at: now,
            expires_at: now + chrono::TimeDelta::hours(1),
            status: Status::Live,
            shown: crate::sim::memory::Details::default(),
        };
        server
            .access_tokens
            .insert("t".into(), token, &mut Journal::new());
        let mut form = Params::new();
        form.push("token", "t");
        let request = Request::new(Method::Post, super::super::HOST, "/introspect")
            .header("Authorization", encode_basic("rs", "x"))
            .body(Body::Form(form));
        let (response, topic) = server.introspect(&request, now);
        assert_eq!(topic, Topic::TokenActive);
        let body: serde_json::Value = response.body.parse_json().unwrap_or_default();
        assert_eq!(body["active"], true);
        assert_eq!(body["client_id"], "app");
        assert!(body.get("sub").is_none(), "{body}");
        assert!(body.get("username").is_none(), "{body}");
    }
}
