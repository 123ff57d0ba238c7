//! What an app built for a legacy flow does beyond the code flow (RFC 9700 §2.1.2,
//! §2.4 say why neither should be used): the implicit app's page script reads the
//! access token from the address's fragment, and the password app collects Alice's
//! password and posts it to the token endpoint. Also the explicit introspection
//! request a tester can make any app send (RFC 7662 §2.1).

use super::{Client, Held};
use crate::sim::answers::page;
use crate::sim::clock::later;
use crate::sim::context::Ctx;
use crate::sim::memory::Reason;
use crate::sim::message::{Request, Response};
use crate::sim::oauth_error::ErrorCode;
use crate::sim::overrides::Overrides;
use crate::sim::params::Params;
use crate::sim::protocol::{GrantType, TokenKind};
use crate::sim::topic::Topic;
use crate::sim::variables::Seen;

impl Client {
    /// Whether the app was built for the implicit flow.
    pub fn is_implicit(&self) -> bool {
        self.grant == GrantType::Implicit
    }

    /// Whether its site has a page that asks for the owner's password.
    pub fn takes_passwords(&self) -> bool {
        self.grant == GrantType::Password
    }

    /// The page script of an implicit app, reading the fragment the browser kept
    /// (RFC 6749 §4.2.2): it compares `state` first, as the code flow's callback does
    /// (§10.12), then keeps the token. Nothing here proves the token was issued to
    /// this app or for this flow: the app cannot tell an injected token from its own
    /// (RFC 9700 §4.6, §2.1.2). Returns what it teaches and the error it carries.
    pub fn read_fragment(
        &mut self,
        fragment: &Params,
        ctx: &mut Ctx,
        seen: &mut Seen,
    ) -> (Topic, Option<ErrorCode>) {
        if self.config.uses_state {
            let expected = self.state.get();
            if expected.is_none() || fragment.value("state") != expected {
                let topic = Topic::ImplicitStateMismatch;
                return (topic, topic.error_code());
            }
            self.state.take(Reason::Checked, ctx.journal);
        }
        if let Some(error) = fragment.value("error") {
            return (Topic::CallbackCarriedError, ErrorCode::from_wire(error));
        }
        let Some(token) = fragment.value("access_token") else {
            let topic = Topic::ImplicitWithoutToken;
            return (topic, topic.error_code());
        };
        let expires_at = fragment
            .value("expires_in")
            .and_then(|s| s.parse().ok())
            .map(|s| later(ctx.now, s));
        self.access_token
            .set_with(token, Held { expires_at }, ctx.journal);
        seen.access_token(token);
        (Topic::ImplicitTokenRead, None)
    }

    /// The app's own sign-in form, posted by Alice's browser: the app now holds her
    /// password, which only the authorization server should ever see (RFC 6749
    /// §10.7, RFC 9700 §2.4). It keeps it after the token arrives: §4.3 says a client
    /// MUST discard it, and nothing but the app's own honesty makes it, which is
    /// what the lesson shows in its memory.
    pub fn collect_password(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let form = request.body.form();
        self.username = form.value("username").map(str::to_owned);
        if let Some(password) = form.value("password") {
            self.password.set(password, ctx.journal);
        }
        let topic = Topic::PasswordCollected;
        (page(200, topic), topic)
    }

    /// `POST /token` with the owner's credentials (RFC 6749 §4.3.2), authenticated
    /// the way the app registered.
    pub fn password_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        form.push("grant_type", GrantType::Password.as_str());
        form.push_some("username", self.username.as_deref());
        form.push_some("password", self.password.get());
        form.push("scope", self.config.scope.clone());
        self.authenticated_post("/token", form, &mut overrides)
    }

    /// `POST /introspect` (RFC 7662 §2.1) about the access token it holds, or the
    /// one `with.token` names, authenticated as at the token endpoint.
    pub fn introspect_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        form.push_some("token", self.access_token.get());
        form.push("token_type_hint", TokenKind::AccessToken.as_str());
        self.authenticated_post("/introspect", form, &mut overrides)
    }
}
