//! `--auto-approve`: a request to the authorization endpoint is answered as Alice's
//! browser would have it answered once she signs in and allows, for a client under
//! test with no person at a browser (as the mock servers' non-interactive mode).
//! The login and the consent go to the server's own endpoints through the same
//! delivery point, each a step of its own, so the transcript shows them.

use super::state::Shared;
use crate::sim::{Body, By, Method, Params, Request, Response, Simulation, Topic};

/// Answers `GET /authorize`, signing in and allowing as the scenario's user when the
/// server shows its login or consent page; any other answer (an error page, an
/// error redirect) goes back as it is.
pub fn authorize(shared: &Shared, request: Request) -> (Response, Topic) {
    let sent_cookie = request.header_value("Cookie").map(str::to_owned);
    let (response, topic) = shared.answer(By::ResourceOwner, request);
    let Some(cookie) = session_cookie(&response).or(sent_cookie) else {
        return (response, topic);
    };
    let (auth, _) = Simulation::hosts();
    match topic {
        Topic::LoginPageShown => {
            let mut form = Params::new();
            form.push("username", shared.user.username.clone());
            form.push("password", shared.user.password.clone());
            let login = Request::new(Method::Post, auth, "/login")
                .header("Cookie", cookie.clone())
                .body(Body::Form(form));
            let (response, topic) = shared.answer(By::ResourceOwner, login);
            if topic != Topic::LoggedIn {
                return (response, topic);
            }
        }
        Topic::ConsentPageShown => {}
        _ => return (response, topic),
    }
    let mut form = Params::new();
    form.push("decision", "allow");
    let consent = Request::new(Method::Post, auth, "/consent")
        .header("Cookie", cookie)
        .body(Body::Form(form));
    shared.answer(By::ResourceOwner, consent)
}

/// The `name=value` of the cookie a response sets, as a browser sends it back.
fn session_cookie(response: &Response) -> Option<String> {
    response
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("Set-Cookie"))
        .and_then(|(_, value)| value.split(';').next())
        .map(|pair| pair.trim().to_owned())
}
