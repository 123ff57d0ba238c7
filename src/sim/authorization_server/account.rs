//! The owner's account page at the authorization server: where Alice takes back the
//! permission she gave an app, without the app's help. RFC 6749 §1.3 and §10.3 make
//! the grant hers; RFC 7009 §1 and §2.1 describe what ending a grant must do to its
//! tokens, which is what this page does on her word instead of the client's.

use std::fmt::Write as _;

use super::AuthorizationServer;
use super::authorize::session_cookie;
use super::records::consent_key;
use crate::sim::answers::unframed_page;
use crate::sim::context::Ctx;
use crate::sim::memory::Reason;
use crate::sim::message::{Body, Request, Response};
use crate::sim::protocol::FamilyId;
use crate::sim::topic::Topic;

/// Where Alice's browser posts `client_id` to withdraw her consent for that app.
pub const ACCOUNT_CONSENTS_PATH: &str = "/account/consents";

/// Alice's account page, which lists the apps she let in.
pub const ACCOUNT_PATH: &str = "/account";

impl AuthorizationServer {
    /// `GET /account`: the signed-in owner's consents, each with a form that
    /// withdraws it. The browser learns what it may withdraw from this page, not
    /// from the server's memory.
    pub fn account_page(&self, request: &Request) -> (Response, Topic) {
        let user = session_cookie(request)
            .and_then(|cookie| self.sessions.get(cookie))
            .and_then(|session| session.user.clone());
        let Some(user) = user else {
            let topic = Topic::AccountNotSignedIn;
            return (unframed_page(403, topic), topic);
        };
        let topic = Topic::AccountPageShown;
        let mut response = unframed_page(200, topic);
        if let Body::Html(html) = &mut response.body {
            let prefix = consent_key(&user, "");
            for (key, consent) in self.consents.iter() {
                if let Some(client_id) = key.strip_prefix(&prefix) {
                    let _ = write!(
                        html,
                        "<form method=\"post\" action=\"{ACCOUNT_CONSENTS_PATH}\">\
                         <input type=\"hidden\" name=\"client_id\" value=\"{client_id}\">\
                         {}</form>",
                        consent.scope
                    );
                }
            }
        }
        (response, topic)
    }

    /// `POST /account/consents` with the session cookie and a form field
    /// `client_id`: removes the signed-in owner's consent for that client and
    /// revokes every live access and refresh token of her grants to it, so the app
    /// can neither call the API nor refresh, and a code it has not yet exchanged is
    /// refused. A browser not signed in gets 403 (a 401 would need an HTTP
    /// authentication scheme to name, RFC 9110 §15.5.2); a client she never let in
    /// changes nothing. The session cookie is `SameSite=Lax`, so another site
    /// cannot post this form in her name, and the page cannot be framed.
    pub fn withdraw_consent(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let user = session_cookie(request)
            .and_then(|cookie| self.sessions.get(cookie))
            .and_then(|session| session.user.clone());
        let Some(user) = user else {
            let topic = Topic::AccountNotSignedIn;
            return (unframed_page(403, topic), topic);
        };
        let key = request
            .body
            .form()
            .value("client_id")
            .map(|client_id| (client_id, consent_key(&user, client_id)))
            .filter(|(_, key)| self.consents.contains(key));
        let Some((client_id, key)) = key else {
            let topic = Topic::NoConsentToWithdraw;
            return (unframed_page(200, topic), topic);
        };
        self.consents.remove(&key, Reason::Revoked, ctx.journal);
        for family in self.families_of(&user, client_id) {
            self.revoke_family(family, Reason::Revoked, ctx);
        }
        let topic = Topic::ConsentWithdrawn;
        (unframed_page(200, topic), topic)
    }

    /// The grants `user` gave `client_id` not yet revoked as a whole, in the order
    /// they were made, so the journal of a run is the same every time. A walk over
    /// those grants, which only a withdrawal pays for.
    fn families_of(&self, user: &str, client_id: &str) -> Vec<FamilyId> {
        let mut families: Vec<FamilyId> = self
            .family_members
            .iter()
            .filter(|(_, m)| m.is_grant_of(user, client_id))
            .map(|(family, _)| *family)
            .collect();
        families.sort_unstable();
        families
    }
}
