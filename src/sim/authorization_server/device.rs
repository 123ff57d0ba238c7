//! The device authorization grant (RFC 8628): a device that has no browser, or no
//! keyboard worth typing on, asks for a pair of codes (§3.1–3.2), shows the user a
//! short code and an address, and polls the token endpoint (§3.4–3.5) while the user
//! approves on a second device, her phone, with the login and consent pages of the
//! code flow (§3.3).

use serde::Serialize;

use super::device_record::{DeviceDecision, DeviceGrant};
use super::grants::Grant;
use super::records::PendingRequest;
use super::token::{Refusal, bad};
use super::{AuthorizationServer, alive};
use crate::sim::answers::{json_ok, unframed_page};
use crate::sim::clock::later;
use crate::sim::context::Ctx;
use crate::sim::memory::Reason;
use crate::sim::message::{Gist, Request, Response};
use crate::sim::params::Params;
use crate::sim::protocol::{GrantType, ResponseType};
use crate::sim::scope::Scope;
use crate::sim::topic::Topic;

/// Where the device sends its request (RFC 8628 §3.1).
pub const DEVICE_AUTHORIZATION_PATH: &str = "/device_authorization";

/// The verification URI the user opens on her phone (RFC 8628 §3.2).
pub const VERIFICATION_PATH: &str = "/device";

/// What the user code is made of: RFC 8628 §6.1's example, twenty consonants
/// without vowels (so no word can be spelt by accident) and without characters
/// easily confused with one another.
const USER_CODE_ALPHABET: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";

/// Eight characters of twenty: about 34.5 bits, which §6.1 finds enough for a code
/// that lives minutes and whose guessing the server rate-limits.
const USER_CODE_LENGTH: usize = 8;

/// What `slow_down` adds to the interval, for this poll and every later one
/// (RFC 8628 §3.5).
const SLOW_DOWN_SECONDS: u32 = 5;

impl AuthorizationServer {
    /// `POST /device_authorization` (RFC 8628 §3.1–3.2): the client authenticates as
    /// at the token endpoint (§3.1), must be registered for the device grant, and
    /// gets a device code to poll with and a user code for the user to type.
    pub fn device_authorization(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        self.device_authorization_answer(request, ctx)
            .unwrap_or_else(|refusal| refusal)
    }

    fn device_authorization_answer(
        &mut self,
        request: &Request,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let (client_id, form) = self.authenticated_form(request)?;
        let client = self
            .clients
            .get(&client_id)
            .filter(|c| c.allows_grant(&GrantType::DeviceCode))
            .ok_or_else(|| bad(Topic::GrantTypeNotAllowed))?;
        let scope = self
            .requested_scope(client, form.value("scope"))
            .map_err(bad)?;
        let device_code = ctx.secrets.secret();
        let user_code = ctx.secrets.chars(USER_CODE_ALPHABET, USER_CODE_LENGTH);
        let lifetime = self.policy.device_code_lifetime;
        let interval = self.policy.device_poll_interval;
        let verification_uri = format!("{}{VERIFICATION_PATH}", self.issuer);
        let body = DeviceAuthorization {
            device_code: device_code.clone(),
            user_code: shown(&user_code),
            verification_uri_complete: format!(
                "{verification_uri}?user_code={}",
                shown(&user_code)
            ),
            verification_uri,
            expires_in: lifetime,
            interval,
        };
        let grant = DeviceGrant {
            client_id,
            user_code,
            scope,
            expires_at: later(ctx.now, lifetime.into()),
            interval,
            last_poll: ctx.now,
            decision: DeviceDecision::Pending,
        };
        self.device_codes.insert(device_code, grant, ctx.journal);
        Ok((
            json_ok(200, &body).gist(Gist::UserCode),
            Topic::DeviceAuthorized,
        ))
    }

    /// `GET /device` (RFC 8628 §3.3): the verification page on the user's phone.
    /// Without `user_code` it asks for one; with a code that names a live, pending
    /// request it starts that request in the browser's session and shows the login
    /// page (the consent page when she is signed in already), as the authorization
    /// endpoint does. The dash and the case of what she typed do not matter (§6.1).
    pub fn verification(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let Some(typed) = request.query.value("user_code") else {
            let topic = Topic::VerificationPageShown;
            return (unframed_page(200, topic), topic);
        };
        let typed = normalized(typed);
        let found = self.device_codes.iter().find(|(_, grant)| {
            grant.user_code == typed
                && grant.decision == DeviceDecision::Pending
                && alive(grant.expires_at, ctx.now)
        });
        let Some((device_code, grant)) = found else {
            let topic = Topic::UserCodeUnknown;
            return (unframed_page(400, topic), topic);
        };
        let pending = PendingRequest {
            client_id: grant.client_id.clone(),
            redirect_to: String::new(),
            redirect_uri_sent: None,
            scope: grant.scope.clone(),
            state: None,
            challenge: None,
            device_code: Some(device_code.to_owned()),
            // Never read: her answer goes to the device's next poll, not a redirect.
            response_type: ResponseType::Code,
            nonce: None,
        };
        self.begin_approval(request, pending, ctx)
    }

    /// The user's answer on the consent page, for a device request: the device
    /// learns it at its next poll; her phone is told to go back to the device.
    pub(super) fn device_decided(
        &mut self,
        device_code: &str,
        approved: Option<(String, Scope)>,
        ctx: &mut Ctx,
    ) -> (Response, Topic) {
        let (decision, topic) = match approved {
            Some((user, scope)) => (
                DeviceDecision::Approved { user, scope },
                Topic::DeviceApproved,
            ),
            None => (DeviceDecision::Denied, Topic::DeviceDenied),
        };
        self.device_codes
            .update(device_code, Reason::Progressed, ctx.journal, |g| {
                g.decision = decision;
            });
        (unframed_page(200, topic), topic)
    }

    /// `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4–3.5):
    /// one poll. The answers are errors until the user has decided: still waiting
    /// (`authorization_pending`), polling sooner than the interval allows
    /// (`slow_down`, and the interval grows by 5 seconds), `access_denied`, or
    /// `expired_token`. Once approved, the poll gets tokens and the device code is
    /// used up.
    pub(super) fn poll_device(
        &mut self,
        client_id: &str,
        form: &Params,
        ctx: &mut Ctx,
    ) -> Result<(Response, Topic), Refusal> {
        let device_code = form
            .value("device_code")
            .ok_or_else(|| bad(Topic::DeviceCodeMissing))?;
        let grant = self
            .device_codes
            .get(device_code)
            .cloned()
            .ok_or_else(|| bad(Topic::DeviceCodeUnknown))?;
        if grant.client_id != client_id {
            return Err(bad(Topic::DeviceCodeOfAnotherClient));
        }
        if grant.decision != DeviceDecision::Used && !alive(grant.expires_at, ctx.now) {
            return Err(bad(Topic::DeviceCodeExpired));
        }
        match grant.decision {
            DeviceDecision::Pending => Err(self.still_pending(device_code, &grant, ctx)),
            DeviceDecision::Denied => Err(bad(Topic::DeviceAccessDenied)),
            DeviceDecision::Approved { user, scope } => {
                Ok(self.device_tokens(device_code, client_id, user, scope, ctx))
            }
            DeviceDecision::Used => Err(bad(Topic::DeviceCodeUsed)),
        }
    }

    /// A poll while the user has not decided: `slow_down` when it came sooner than
    /// the interval after the last one (which then grows by 5 seconds, §3.5),
    /// `authorization_pending` otherwise. Either way the poll is remembered.
    fn still_pending(&mut self, device_code: &str, grant: &DeviceGrant, ctx: &mut Ctx) -> Refusal {
        let too_soon = ctx.now < later(grant.last_poll, grant.interval.into());
        let topic = if too_soon {
            Topic::SlowDown
        } else {
            Topic::AuthorizationPending
        };
        self.device_codes
            .update(device_code, Reason::Progressed, ctx.journal, |g| {
                g.last_poll = ctx.now;
                if too_soon {
                    g.interval = g.interval.saturating_add(SLOW_DOWN_SECONDS);
                }
            });
        bad(topic)
    }

    /// Tokens for the approved request, a refresh token too where the client
    /// registered the refresh grant and the policy issues them (RFC 8628 §3.5 lets
    /// the device flow have one); the device code is used up.
    fn device_tokens(
        &mut self,
        device_code: &str,
        client_id: &str,
        user: String,
        scope: Scope,
        ctx: &mut Ctx,
    ) -> (Response, Topic) {
        let issue_refresh = self.policy.issue_refresh_tokens
            && self
                .clients
                .get(client_id)
                .is_some_and(|c| c.allows_grant(&GrantType::RefreshToken));
        let grant = Grant::new(client_id, Some(user), scope, self.new_family());
        let response = self.issue(&grant, issue_refresh, ctx);
        self.device_codes
            .update(device_code, Reason::Exchanged, ctx.journal, |g| {
                g.decision = DeviceDecision::Used;
            });
        (response, Topic::DeviceTokensIssued)
    }
}

/// The user code as the device shows it: two groups of four, easier to read and
/// type (RFC 8628 §6.1).
fn shown(code: &str) -> String {
    let (first, second) = code.split_at(code.len() / 2);
    format!("{first}-{second}")
}

/// What the user typed, as the server compares it: without dashes or spaces, in
/// capitals (RFC 8628 §6.1: the server should be lenient with both).
fn normalized(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The device authorization response (RFC 8628 §3.2), its fields in the order the
/// wire shows them.
#[derive(Serialize)]
struct DeviceAuthorization {
    device_code: String,
    user_code: String,
    verification_uri: String,
    verification_uri_complete: String,
    expires_in: u32,
    interval: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_code_is_shown_in_two_groups_and_read_back_leniently() {
        assert_eq!(shown("WDJBMJHT"), "WDJB-MJHT");
        assert_eq!(normalized("wdjb-mjht"), "WDJBMJHT");
        assert_eq!(normalized(" WDJB MJHT "), "WDJBMJHT");
    }
}
