//! The steps a scenario without `steps` runs for the grants other than the code
//! flow: each one the whole lesson of its flow, as `standard_flow` is for the code
//! flow.

use super::{Action, By, Step};

/// Client credentials (RFC 6749 §4.4): the roles, registration, the client's own
/// token, and a call to the API with it.
pub fn client_credentials_flow() -> Vec<Step> {
    [
        Action::Roles,
        Action::Register,
        Action::Token,
        Action::CallApi,
    ]
    .into_iter()
    .map(Step::new)
    .collect()
}

/// The device flow (RFC 8628): the device gets its codes, waits its interval and
/// polls while Alice has not answered; she enters the user code on her phone, signs
/// in and approves there; the device waits again and polls for its tokens; then the
/// token is used, expires and is refreshed, as in the code flow.
pub fn device_flow() -> Vec<Step> {
    let on_phone = |action| Step {
        by: Some(By::Phone),
        ..Step::new(action)
    };
    let mut steps: Vec<Step> = [Action::Roles, Action::Register, Action::DeviceAuthorize]
        .into_iter()
        .map(Step::new)
        .collect();
    steps.extend([Step::wait(5), Step::new(Action::Poll)]);
    steps.extend([Action::EnterCode, Action::Login, Action::Consent].map(on_phone));
    steps.extend([
        Step::wait(5),
        Step::new(Action::Poll),
        Step::new(Action::CallApi),
    ]);
    steps.push(Step::wait(3600));
    steps.extend([Action::CallApi, Action::Refresh, Action::CallApi].map(Step::new));
    steps
}

/// The implicit grant (RFC 6749 §4.2), legacy: the token comes back in the
/// redirect's fragment, is used, expires, and cannot be refreshed (§4.2.2).
pub fn implicit_flow() -> Vec<Step> {
    let mut steps: Vec<Step> = [
        Action::Roles,
        Action::Register,
        Action::Authorize,
        Action::Login,
        Action::Consent,
        Action::Callback,
        Action::CallApi,
    ]
    .into_iter()
    .map(Step::new)
    .collect();
    steps.push(Step::wait(3600));
    steps.extend([Action::CallApi, Action::Refresh].map(Step::new));
    steps
}

/// The resource owner password credentials grant (RFC 6749 §4.3), legacy: the app
/// takes Alice's password and trades it for tokens, which it uses and refreshes.
pub fn password_flow() -> Vec<Step> {
    let mut steps: Vec<Step> = [
        Action::Roles,
        Action::Register,
        Action::Password,
        Action::CallApi,
    ]
    .into_iter()
    .map(Step::new)
    .collect();
    steps.push(Step::wait(3600));
    steps.extend([Action::CallApi, Action::Refresh, Action::CallApi].map(Step::new));
    steps
}
