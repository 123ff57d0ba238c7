//! The authorization endpoint (RFC 6749 §4.1.1, §4.1.2) and the owner's login and
//! consent pages behind it.
//!
//! Order matters: until the client and its redirect URI are trusted, every error is a
//! page shown to the user, because redirecting to an unverified address would make
//! the server an open redirector (§4.1.2.1). After that, errors go back to the client
//! with its `state`.

use super::implicit::fragment_error;
use super::offered;
use super::records::{PendingRequest, consent_key};
use super::redirect_uri;
use super::{AuthorizationServer, Consent, IssuedCode, RegisteredClient, Session, SignIn};
use crate::sim::answers::{redirect, redirect_error, unframed_page};
use crate::sim::clock::later;
use crate::sim::context::Ctx;
use crate::sim::memory::Reason;
use crate::sim::message::{Request, Response};
use crate::sim::params::Params;
use crate::sim::pkce::{self, ChallengeMethod};
use crate::sim::protocol::ResponseType;
use crate::sim::scope::Scope;
use crate::sim::topic::Topic;

/// The cookie that names the browser's session at the authorization server.
pub const SESSION_COOKIE: &str = "sid";

impl AuthorizationServer {
    /// `GET /authorize`.
    pub fn authorize(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let query = &request.query;
        let (client_id, redirect_to) = match self.trusted_client_and_redirect(query) {
            Ok(found) => found,
            Err(topic) => return (unframed_page(400, topic), topic),
        };
        let state = query.value("state");
        let pending = match self.read_request(query, &client_id, &redirect_to) {
            Ok(pending) => pending,
            Err(topic) if self.shows_errors_as_page(&client_id) => {
                return (unframed_page(400, topic), topic);
            }
            Err(topic) if self.answers_in_fragment(query) => {
                return (fragment_error(&redirect_to, topic, state), topic);
            }
            Err(topic) => return (redirect_error(&redirect_to, topic, state), topic),
        };
        self.begin_approval(request, pending, ctx)
    }

    /// Puts a trusted request in the browser's session (a new one, with its cookie,
    /// when it has none) and shows the owner the login page, or the consent page
    /// when she is signed in already: what the authorization endpoint does, and the
    /// device flow's verification page after it (RFC 8628 §3.3).
    pub(super) fn begin_approval(
        &mut self,
        request: &Request,
        pending: PendingRequest,
        ctx: &mut Ctx,
    ) -> (Response, Topic) {
        let (cookie, new_session) =
            match session_cookie(request).filter(|c| self.sessions.contains(c)) {
                Some(cookie) => (cookie.to_owned(), false),
                None => (ctx.secrets.id(), true),
            };
        let signed_in =
            !new_session && self.sessions.get(&cookie).is_some_and(|s| s.user.is_some());
        if new_session {
            let session = Session {
                pending: Some(pending),
                ..Session::default()
            };
            self.sessions.insert(cookie.clone(), session, ctx.journal);
        } else {
            self.sessions
                .update(&cookie, Reason::Progressed, ctx.journal, |s| {
                    s.pending = Some(pending);
                });
        }
        let topic = if signed_in {
            Topic::ConsentPageShown
        } else {
            Topic::LoginPageShown
        };
        let mut response = if signed_in {
            self.consent_page(topic, &cookie)
        } else {
            unframed_page(200, topic)
        };
        if new_session {
            response = response.header(
                "Set-Cookie",
                format!("{SESSION_COOKIE}={cookie}; HttpOnly; Secure; SameSite=Lax"),
            );
        }
        (response, topic)
    }

    /// Whether a request's answer goes in the redirect's fragment: an implicit
    /// request, while the server offers that grant (RFC 6749 §4.2.2.1). A server that
    /// does not offer it answers as the code flow does (§4.1.2.1).
    fn answers_in_fragment(&self, query: &Params) -> bool {
        query.value("response_type") == Some(ResponseType::Token.as_str())
            && offered::response(&self.policy, &ResponseType::Token)
    }

    /// Whether errors for this client are shown rather than redirected: a policy for
    /// redirect URIs nobody vetted (RFC 9700 §4.11.2).
    fn shows_errors_as_page(&self, client_id: &str) -> bool {
        self.policy.error_page_for_dynamic_clients
            && self.clients.get(client_id).is_some_and(|c| c.dynamic)
    }

    /// Steps 1–3 of the order: who the client is and where answers may go. A second
    /// `client_id` or `redirect_uri` leaves both in doubt (RFC 6749 §3.1), so it is
    /// answered here, without a redirect.
    fn trusted_client_and_redirect(&self, query: &Params) -> Result<(String, String), Topic> {
        if query.is_repeated("client_id") || query.is_repeated("redirect_uri") {
            return Err(Topic::ClientOrRedirectUriRepeated);
        }
        let client_id = query.value("client_id").ok_or(Topic::ClientIdMissing)?;
        let client = self.clients.get(client_id).ok_or(Topic::ClientUnknown)?;
        let redirect_to = redirect_uri::resolve(
            &client.redirect_uris,
            query.get("redirect_uri"),
            self.policy.redirect_uri_matching,
        )?;
        Ok((client_id.to_owned(), redirect_to))
    }

    /// Steps 4–6: what the trusted client asks for: a response type the server
    /// supports and the client registered (`unauthorized_client` otherwise, RFC 6749
    /// §4.1.2.1), a scope, a PKCE challenge. Any other parameter sent twice
    /// is an error the trusted client hears about through its redirect URI, with the
    /// first `state` it sent (RFC 6749 §4.1.2.1 lists "includes a parameter more
    /// than once" among them).
    fn read_request(
        &self,
        query: &Params,
        client_id: &str,
        redirect_to: &str,
    ) -> Result<PendingRequest, Topic> {
        if query.repeated().is_some() {
            return Err(Topic::ParameterRepeated);
        }
        let response_type = query
            .value("response_type")
            .map(ResponseType::from)
            .ok_or(Topic::ResponseTypeMissing)?;
        if !offered::response(&self.policy, &response_type) {
            return Err(Topic::ResponseTypeUnsupported);
        }
        let client = self.clients.get(client_id).ok_or(Topic::ClientUnknown)?;
        if !client.allows_response(&response_type) {
            return Err(Topic::ResponseTypeNotAllowed);
        }
        let scope = self.requested_scope(client, query.value("scope"))?;
        // PKCE binds a code to its flow (RFC 7636 §1); an implicit request has no
        // code, so no challenge is asked of it.
        let challenge = if response_type == ResponseType::Code {
            self.challenge(query)?
        } else {
            None
        };
        Ok(PendingRequest {
            client_id: client_id.to_owned(),
            redirect_to: redirect_to.to_owned(),
            redirect_uri_sent: query.value("redirect_uri").map(str::to_owned),
            scope,
            state: query.value("state").map(str::to_owned),
            challenge,
            device_code: None,
            response_type,
            nonce: query.value("nonce").map(str::to_owned),
        })
    }

    /// The scope to ask the owner about: every value known and allowed for this
    /// client (RFC 6749 §3.3); omitted means the client's default.
    pub(super) fn requested_scope(
        &self,
        client: &RegisteredClient,
        scope: Option<&str>,
    ) -> Result<Scope, Topic> {
        let Some(scope) = scope else {
            return Ok(self.default_scope(client));
        };
        let values = Scope::parse(scope);
        let allowed = values.is_subset(&self.known_scopes)
            && client.scope.as_ref().is_none_or(|c| values.is_subset(c));
        if !values.is_empty() && allowed {
            Ok(values)
        } else {
            Err(Topic::ScopeInvalid)
        }
    }

    fn default_scope(&self, client: &RegisteredClient) -> Scope {
        client
            .scope
            .clone()
            .unwrap_or_else(|| self.known_scopes.first())
    }

    /// The PKCE challenge (RFC 7636 §4.3, §4.4.1): required when the policy says so,
    /// `plain` only when allowed, a missing method meaning `plain`.
    fn challenge(&self, query: &Params) -> Result<Option<(String, ChallengeMethod)>, Topic> {
        let method = query.value("code_challenge_method");
        let Some(challenge) = query.value("code_challenge") else {
            return if self.policy.require_pkce || method.is_some() {
                Err(Topic::PkceChallengeMissing)
            } else {
                Ok(None)
            };
        };
        let method = match ChallengeMethod::from_param(method) {
            Some(ChallengeMethod::Plain) if !self.policy.allow_plain_pkce => {
                return Err(Topic::PkceMethodUnsupported);
            }
            Some(method) => method,
            None => return Err(Topic::PkceMethodUnsupported),
        };
        if !pkce::is_well_formed_verifier(challenge) {
            return Err(Topic::PkceChallengeMalformed);
        }
        Ok(Some((challenge.to_owned(), method)))
    }

    /// `POST /login`: only the authorization server ever sees the password
    /// (RFC 6749 §10.11).
    pub fn login(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let Some(cookie) = self.session_with_request(request) else {
            return (
                unframed_page(400, Topic::NoAuthorizationInProgress),
                Topic::NoAuthorizationInProgress,
            );
        };
        let form = request.body.form();
        let Some(user) = self
            .users
            .iter()
            .find(|u| {
                form.get("username") == Some(u.username.as_str())
                    && form.get("password") == Some(u.password.as_str())
            })
            .map(|u| u.username.clone())
        else {
            return (unframed_page(400, Topic::LoginFailed), Topic::LoginFailed);
        };
        self.sessions
            .update(&cookie, Reason::Progressed, ctx.journal, |s| {
                s.user = Some(user);
                s.authenticated_at = Some(ctx.now);
            });
        (self.consent_page(Topic::LoggedIn, &cookie), Topic::LoggedIn)
    }

    /// `POST /consent`: the owner's answer, which ends the front-channel part with a
    /// redirect carrying a code or `access_denied` (RFC 6749 §4.1.2).
    pub fn consent(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let Some(cookie) = self.session_with_request(request) else {
            return (
                unframed_page(400, Topic::NoAuthorizationInProgress),
                Topic::NoAuthorizationInProgress,
            );
        };
        let Some(user) = self.sessions.get(&cookie).and_then(|s| s.user.clone()) else {
            return (
                unframed_page(400, Topic::ConsentBeforeLogin),
                Topic::ConsentBeforeLogin,
            );
        };
        let form = request.body.form();
        let allow = match form.value("decision") {
            Some("allow") => true,
            Some("deny") => false,
            _ => {
                return (
                    unframed_page(400, Topic::ConsentDecisionInvalid),
                    Topic::ConsentDecisionInvalid,
                );
            }
        };
        let mut pending = None;
        let auth_time = self.sessions.get(&cookie).and_then(|s| s.authenticated_at);
        self.sessions
            .update(&cookie, Reason::Progressed, ctx.journal, |s| {
                pending = s.pending.take();
            });
        let Some(pending) = pending else {
            return (
                unframed_page(400, Topic::NoAuthorizationInProgress),
                Topic::NoAuthorizationInProgress,
            );
        };
        let granted = match form.value("scope") {
            Some(scope) => pending.scope.intersection(&Scope::parse(scope)),
            None => pending.scope.clone(),
        };
        let state = pending.state.as_deref();
        let implicit = pending.response_type == ResponseType::Token;
        if !allow || granted.is_empty() {
            if let Some(device_code) = &pending.device_code {
                return self.device_decided(device_code, None, ctx);
            }
            let answer = if implicit {
                fragment_error(&pending.redirect_to, Topic::AccessDenied, state)
            } else {
                redirect_error(&pending.redirect_to, Topic::AccessDenied, state)
            };
            return (answer, Topic::AccessDenied);
        }
        let consent_key = consent_key(&user, &pending.client_id);
        if self.consents.contains(&consent_key) {
            self.consents
                .update(&consent_key, Reason::Replaced, ctx.journal, |c| {
                    c.scope.clone_from(&granted);
                });
        } else {
            self.consents.insert(
                consent_key,
                Consent {
                    scope: granted.clone(),
                },
                ctx.journal,
            );
        }
        if let Some(device_code) = &pending.device_code {
            return self.device_decided(device_code, Some((user, granted)), ctx);
        }
        if implicit {
            return self.issue_implicit(&pending, user, granted, ctx);
        }
        let code = ctx.secrets.id();
        let mut params = Params::new();
        params.push("code", code.clone());
        params.push_some("state", state);
        let response = redirect(&pending.redirect_to, &params);
        let issued = IssuedCode {
            client_id: pending.client_id,
            user: Some(user),
            redirect_to: pending.redirect_to,
            redirect_uri_sent: pending.redirect_uri_sent,
            scope: granted,
            challenge: pending.challenge,
            expires_at: later(ctx.now, self.policy.code_lifetime.into()),
            families: Vec::new(),
            sign_in: SignIn {
                nonce: pending.nonce,
                auth_time,
            },
        };
        self.codes.insert(code, issued, ctx.journal);
        (response, Topic::CodeIssued)
    }

    /// The consent page for the request in this browser session
    /// ([`super::consent_page::page`]); a plain page if none is pending.
    fn consent_page(&self, topic: Topic, cookie: &str) -> Response {
        match self.consent_offer(cookie) {
            Some((app, scope)) => super::consent_page::page(topic, &app, &scope),
            None => unframed_page(200, topic),
        }
    }

    /// The cookie of a session that has an authorization request in progress.
    fn session_with_request(&self, request: &Request) -> Option<String> {
        let cookie = session_cookie(request)?;
        let session = self.sessions.get(cookie)?;
        session.pending.as_ref().map(|_| cookie.to_owned())
    }
}

/// The session id from the browser's `Cookie` header.
pub(super) fn session_cookie(request: &Request) -> Option<&str> {
    request
        .header_value("Cookie")?
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value)
}
