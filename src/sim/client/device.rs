//! The client as a device (RFC 8628): it asks for a device code and a user code,
//! shows the user code on its screen, and polls the token endpoint until its user
//! has answered on her phone.

use serde::Deserialize;

use super::Client;
use crate::sim::authorization_server::DEVICE_AUTHORIZATION_PATH;
use crate::sim::context::Ctx;
use crate::sim::memory::Reason;
use crate::sim::message::{Request, Response};
use crate::sim::oauth_error::ErrorCode;
use crate::sim::overrides::Overrides;
use crate::sim::params::Params;
use crate::sim::protocol::GrantType;
use crate::sim::variables::Seen;

impl Client {
    /// `POST /device_authorization` with its scope, authenticated the way it
    /// registered (RFC 8628 §3.1).
    pub fn device_authorization_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        form.push("scope", self.config.scope.clone());
        self.authenticated_post(DEVICE_AUTHORIZATION_PATH, form, &mut overrides)
    }

    /// Keeps the device code to poll with and the user code to show (RFC 8628
    /// §3.2); a refusal leaves it with nothing new.
    pub fn on_device_authorized(&mut self, response: &Response, ctx: &mut Ctx) {
        let Some(body) = response
            .body
            .parse_json::<DeviceCodes>()
            .filter(|_| response.status == 200)
        else {
            return;
        };
        self.device_code.set(&body.device_code, ctx.journal);
        self.user_code.set(&body.user_code, ctx.journal);
    }

    /// Whether it is a device waiting for its user: it holds a device code, so
    /// time passing is time between polls (RFC 8628 §3.5).
    pub fn is_polling(&self) -> bool {
        self.device_code.get().is_some()
    }

    /// The user code on its screen, which its user types on her phone.
    pub fn shown_user_code(&self) -> Option<&str> {
        self.user_code.get()
    }

    /// One poll: `POST /token` with the device code (RFC 8628 §3.4).
    pub fn poll_request(&self, mut overrides: Overrides) -> Request {
        let mut form = Params::new();
        form.push("grant_type", GrantType::DeviceCode.as_str());
        form.push_some("device_code", self.device_code.get());
        self.authenticated_post("/token", form, &mut overrides)
    }

    /// Reads a poll's answer: tokens end the flow and use up both codes; so do
    /// `access_denied` and `expired_token`, after which polling is pointless
    /// (RFC 8628 §3.5); `authorization_pending` and `slow_down` keep it waiting.
    pub fn on_poll(
        &mut self,
        request: &Request,
        response: &Response,
        ctx: &mut Ctx,
        seen: &mut Seen,
    ) {
        self.on_tokens(request, response, ctx, seen);
        let (ended, reason) = match response.error {
            None if response.status == 200 => (true, Reason::Exchanged),
            Some(ErrorCode::AccessDenied) => (true, Reason::Rejected),
            Some(ErrorCode::ExpiredToken) => (true, Reason::Expired),
            _ => (false, Reason::Rejected),
        };
        if ended {
            self.device_code.take(reason, ctx.journal);
            self.user_code.take(reason, ctx.journal);
        }
    }
}

/// The fields of a device authorization answer the device keeps (RFC 8628 §3.2).
#[derive(Deserialize)]
struct DeviceCodes {
    device_code: String,
    user_code: String,
}
