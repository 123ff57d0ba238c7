//! The simulated network as a scenario author sees it through `run --format json`:
//! who sends each message to whom, on which path, with which headers. One fixture
//! per field or action of the format that the network gives meaning to (`by`,
//! `visit`, `lure`, `steal`, `withdraw_consent`, the `attacker` object, the
//! client's and the servers' policy fields), and the browser's cookie jar across
//! sites (RFC 6265bis).

use std::process::Command;

use serde_json::Value;

const VALID: &str = "tests/fixtures/valid";

/// Runs a fixture with `--format json`; every fixture here meets its expectations.
fn run(name: &str) -> Value {
    let file = format!("{VALID}/{name}");
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(["run", "--format", "json", &file])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the oauth-sim binary starts");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{file}: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The scenario's line; the summary line follows it.
    let line = stdout.lines().next().unwrap_or_default();
    serde_json::from_str(line).expect("one line of JSON")
}

/// The messages of step `n` (1-based, as the reports count).
fn messages(report: &Value, n: usize) -> &[Value] {
    report["steps"][n - 1]["messages"]
        .as_array()
        .map_or(&[], Vec::as_slice)
}

/// `from → to: METHOD path` of a request, `from → to: STATUS` of a response, without
/// the query: the arrows a reader follows.
fn arrow(message: &Value) -> String {
    let (from, to) = (text(message, "from"), text(message, "to"));
    match message["method"].as_str() {
        Some(method) => {
            let target = text(message, "target");
            let path = target.split('?').next().unwrap_or_default();
            format!("{from} → {to}: {method} {path}")
        }
        None => format!("{from} → {to}: {}", message["status"]),
    }
}

fn arrows(report: &Value, n: usize) -> Vec<String> {
    messages(report, n).iter().map(arrow).collect()
}

fn text<'a>(value: &'a Value, field: &str) -> &'a str {
    value[field].as_str().unwrap_or_default()
}

/// A header of a message, by name in any case.
fn header<'a>(message: &'a Value, name: &str) -> Option<&'a str> {
    message["headers"]
        .as_object()?
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.as_str())
}

/// The value of cookie `name` in a `Cookie` or `Set-Cookie` header.
fn cookie<'a>(header: Option<&'a str>, name: &str) -> Option<&'a str> {
    header?
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// A query parameter of a message's target or of a URL.
fn query<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    url.split_once('?')?
        .1
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// The `client_id` step 1's registration answered with.
fn registered_client_id(report: &Value) -> String {
    let body = text(&messages(report, 1)[1], "body");
    let answer: Value = serde_json::from_str(body).expect("a JSON registration answer");
    answer["client_id"].as_str().unwrap_or_default().to_owned()
}

// ---------------------------------------------------------------------------------
// The cookie jar through the network (RFC 6265bis §5.8.3).
// ---------------------------------------------------------------------------------

#[test]
fn the_client_session_cookie_reaches_the_callback_on_the_cross_site_redirect() {
    let report = run("network-cookies.json");
    let signin = &messages(&report, 2)[1];
    assert_eq!(arrow(signin), "client → resource_owner: 302");
    let set_cookie = header(signin, "Set-Cookie").unwrap_or_default();
    assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
    let psid = cookie(Some(set_cookie), "psid").expect("the sign-in page sets psid");

    let callback = &messages(&report, 5)[0];
    assert_eq!(arrow(callback), "resource_owner → client: GET /callback");
    assert_eq!(cookie(header(callback, "Cookie"), "psid"), Some(psid));
    assert_eq!(report["steps"][4]["status"], 200);
}

#[test]
fn the_client_session_cookie_stays_home_on_a_cross_site_post() {
    let report = run("network-cookies.json");
    let callback = &messages(&report, 8)[0];
    assert_eq!(arrow(callback), "resource_owner → client: POST /callback");
    assert_eq!(header(callback, "Cookie"), None, "{callback}");
    assert_eq!(report["steps"][7]["error"], "invalid_state");
}

// ---------------------------------------------------------------------------------
// `by` and the `attacker` object.
// ---------------------------------------------------------------------------------

#[test]
fn by_attacker_sends_from_the_attacker_with_its_own_app_and_account() {
    let report = run("network-attacker-party.json");
    let register = &messages(&report, 2)[0];
    assert_eq!(
        arrow(register),
        "attacker → authorization_server: POST /register"
    );
    let body: Value = serde_json::from_str(text(register, "body")).expect("JSON metadata");
    assert_eq!(body["client_name"], "Coupons");
    assert_eq!(body["redirect_uris"][0], "https://attacker.example/cb");

    assert_eq!(
        arrows(&report, 3),
        [
            "attacker → client: GET /signin",
            "client → attacker: 302",
            "attacker → authorization_server: GET /authorize",
            "authorization_server → attacker: 200",
        ]
    );
    let login = &messages(&report, 4)[0];
    assert_eq!(arrow(login), "attacker → authorization_server: POST /login");
    assert_eq!(text(login, "body"), "username=eve&password=not-alice");
}

#[test]
fn by_alice_is_the_resource_owners_browser_with_its_own_cookies() {
    let report = run("network-attacker-party.json");
    assert_eq!(
        arrows(&report, 5),
        [
            "resource_owner → client: GET /signin",
            "client → resource_owner: 302",
            "resource_owner → authorization_server: GET /authorize",
            "authorization_server → resource_owner: 200",
        ]
    );
    let attackers = cookie(header(&messages(&report, 3)[2], "Cookie"), "psid");
    let alices = cookie(header(&messages(&report, 5)[2], "Cookie"), "psid");
    assert!(
        attackers.is_none() && alices.is_none(),
        "psid is not sent to auth.example"
    );
    let alices_signin = header(&messages(&report, 5)[0], "Cookie");
    assert_eq!(
        alices_signin, None,
        "Alice's jar holds nothing of the attacker's"
    );
}

// ---------------------------------------------------------------------------------
// `lure` and `steal`.
// ---------------------------------------------------------------------------------

#[test]
fn lure_takes_alices_browser_through_the_attackers_page_to_its_link() {
    let report = run("network-lure-steal.json");
    let step = messages(&report, 2);
    assert_eq!(
        arrows(&report, 2),
        [
            "attacker → client: GET /signin",
            "client → attacker: 302",
            "resource_owner → attacker: GET /",
            "attacker → resource_owner: 302",
            "resource_owner → authorization_server: GET /authorize",
            "authorization_server → resource_owner: 200",
        ]
    );
    // The attacker copies the client's public link from a sign-in of its own, and
    // puts its own state and challenge in it.
    let copied = header(&step[1], "Location").expect("the client redirects");
    let step = &step[2..];
    assert_eq!(header(&step[0], "Host"), Some("attacker.example"));
    let link = header(&step[1], "Location").expect("the lure redirects");
    assert_eq!(query(link, "client_id"), query(copied, "client_id"));
    assert_ne!(query(link, "state"), query(copied, "state"));
    assert_ne!(
        query(link, "code_challenge"),
        query(copied, "code_challenge")
    );
    assert!(
        link.starts_with("https://auth.example/authorize?"),
        "{link}"
    );
    let client_id = registered_client_id(&report);
    assert_eq!(query(link, "client_id"), Some(client_id.as_str()));
    assert_eq!(query(link, "scope"), Some("photos.read+profile"));
    assert_eq!(query(link, "code_challenge_method"), Some("S256"));
    assert_eq!(
        query(text(&step[2], "target"), "state"),
        query(link, "state")
    );
}

#[test]
fn steal_sends_nothing_and_the_attackers_app_uses_what_it_took() {
    let report = run("network-lure-steal.json");
    assert!(messages(&report, 5).is_empty(), "a steal is not a message");
    let consent = &messages(&report, 4)[1];
    let code = query(header(consent, "Location").unwrap_or_default(), "code").expect("a code");
    let token = &messages(&report, 6)[0];
    assert_eq!(arrow(token), "attacker → authorization_server: POST /token");
    assert_eq!(
        query(&format!("?{}", text(token, "body")), "code"),
        Some(code)
    );
    assert_eq!(report["steps"][5]["status"], 200);
}

// ---------------------------------------------------------------------------------
// `visit`: the client's photos page, which calls the API over the network.
// ---------------------------------------------------------------------------------

#[test]
fn visit_makes_the_client_call_the_api_for_the_browser_that_signed_in() {
    let report = run("network-visit.json");
    assert_eq!(
        arrows(&report, 7),
        [
            "resource_owner → client: GET /photos",
            "client → resource_server: GET /photos",
            "resource_server → authorization_server: POST /introspect",
            "authorization_server → resource_server: 200",
            "resource_server → client: 200",
            "client → resource_owner: 200",
        ]
    );
    let step = messages(&report, 7);
    assert!(cookie(header(&step[0], "Cookie"), "psid").is_some());
    let bearer = header(&step[1], "Authorization").unwrap_or_default();
    assert!(bearer.starts_with("Bearer "), "{bearer}");
}

#[test]
fn visit_by_the_attacker_is_refused_without_calling_the_api() {
    let report = run("network-visit.json");
    assert_eq!(
        arrows(&report, 8),
        ["attacker → client: GET /photos", "client → attacker: 403"]
    );
    assert_eq!(
        arrows(&report, 10)[5],
        "client → resource_owner: 502",
        "an expired token: the API refuses, the page has nothing to show"
    );
}

#[test]
fn withdraw_consent_opens_alices_account_page_and_posts_its_form_with_her_session() {
    let report = run("network-withdraw-consent.json");
    assert_eq!(
        arrows(&report, 8),
        [
            "resource_owner → authorization_server: GET /account",
            "authorization_server → resource_owner: 200",
            "resource_owner → authorization_server: POST /account/consents",
            "authorization_server → resource_owner: 200",
        ]
    );
    let step = messages(&report, 8);
    let sid = cookie(header(&step[0], "Cookie"), "sid").expect("her session at auth.example");
    assert_eq!(cookie(header(&step[2], "Cookie"), "sid"), Some(sid));
    let client_id = registered_client_id(&report);
    assert_eq!(text(&step[2], "body"), format!("client_id={client_id}"));
    assert_eq!(report["steps"][8]["error"], "invalid_token");
}

// ---------------------------------------------------------------------------------
// Policy fields.
// ---------------------------------------------------------------------------------

/// The `Referer` the pixel request of a callback step carries.
fn pixel_referer(report: &Value, step: usize) -> Option<String> {
    let pixel = messages(report, step)
        .iter()
        .find(|m| text(m, "target") == "/pixel.gif")
        .expect("the browser fetches the embedded pixel");
    assert_eq!(arrow(pixel), "resource_owner → attacker: GET /pixel.gif");
    header(pixel, "Referer").map(str::to_owned)
}

#[test]
fn referrer_policy_origin_is_sent_as_a_header_and_gives_embeds_the_origin_only() {
    let report = run("referrer-policy-origin.json");
    let page = &messages(&report, 4)[1];
    assert_eq!(header(page, "Referrer-Policy"), Some("origin"));
    assert_eq!(
        pixel_referer(&report, 4).as_deref(),
        Some("https://printer.example/")
    );
}

#[test]
fn without_referrer_policy_the_page_sends_none_and_the_browser_default_holds() {
    let report = run("referrer-policy-default.json");
    let page = &messages(&report, 4)[1];
    assert_eq!(header(page, "Referrer-Policy"), None);
    assert_eq!(
        pixel_referer(&report, 4).as_deref(),
        Some("https://printer.example/")
    );
}

#[test]
fn referrer_policy_unsafe_url_gives_the_embed_the_code() {
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(["run", "--format", "json", "lab-referer-leak-undefended"])
        .output()
        .expect("the oauth-sim binary starts");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().next().unwrap_or_default();
    let report: Value = serde_json::from_str(line).expect("JSON");
    let referer = pixel_referer(&report, 4).expect("a Referer");
    let code = query(
        header(&messages(&report, 3)[1], "Location").unwrap_or_default(),
        "code",
    )
    .expect("a code");
    assert_eq!(query(&referer, "code"), Some(code), "{referer}");
}

#[test]
fn introspection_cache_skips_the_question_until_it_expires() {
    let report = run("introspection-cache.json");
    let asks = |step| {
        arrows(&report, step)
            .iter()
            .filter(|a| a.ends_with("POST /introspect"))
            .count()
    };
    assert_eq!((asks(6), asks(8), asks(10)), (1, 0, 1));
    assert_eq!(report["steps"][7]["status"], 200, "revoked, still served");
    assert_eq!(report["steps"][9]["error"], "invalid_token");
}

#[test]
fn error_page_for_dynamic_clients_shows_a_registered_clients_error_as_a_page() {
    let report = run("error-page-for-dynamic-client.json");
    let answer = messages(&report, 2).last().expect("an answer");
    assert_eq!(arrow(answer), "authorization_server → resource_owner: 400");
    assert_eq!(header(answer, "Location"), None);
}

#[test]
fn error_page_for_dynamic_clients_still_redirects_for_a_client_registered_beforehand() {
    let report = run("error-redirect-for-preregistered-client.json");
    let answer = messages(&report, 1).last().expect("an answer");
    assert_eq!(arrow(answer), "authorization_server → resource_owner: 302");
    let location = header(answer, "Location").unwrap_or_default();
    assert!(
        location.starts_with("https://printer.example/callback?error=invalid_scope"),
        "{location}"
    );
}

#[test]
fn reject_verifier_without_challenge_refuses_a_verifier_for_a_code_without_one() {
    let report = run("verifier-without-challenge.json");
    let token = &messages(&report, 5)[0];
    assert!(
        text(token, "body").contains("code_verifier="),
        "{}",
        text(token, "body")
    );
    assert_eq!(report["steps"][4]["error"], "invalid_request");
}

/// What a page embeds is fetched beside it: it neither moves the tab nor becomes the
/// page a later form is posted from.
#[test]
fn an_embedded_image_does_not_become_the_page_on_screen() {
    let report = run("embed-keeps-the-page.json");
    assert_eq!(
        arrows(&report, 4)[2],
        "resource_owner → attacker: GET /pixel.gif"
    );
    assert_eq!(
        arrows(&report, 5)[0],
        "resource_owner → client: POST /login",
        "the form goes to the printer's page, not to the attacker's image"
    );
}
