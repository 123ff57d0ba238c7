//! `oauth-sim serve` driven by real clients: the `oauth2` crate through the code flow
//! with PKCE, refresh and revocation; a browser's login and consent forms; curl; and
//! a mismatched redirect URI, which the client must see as RFC 6749 §4.1.2.1 says.
#![cfg(feature = "serve")]

mod serve_common;

use oauth2::basic::BasicClient;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, PkceCodeChallenge, RedirectUrl,
    RefreshToken, Scope, StandardRevocableToken, TokenResponse as _, TokenUrl,
};
use serde_json::Value;
use serve_common::{REDIRECT_URI, Server, agent, oauth_http, query_value, scenario};

/// The `oauth2` client of the scenario's registered client, pointed at `server`.
fn oauth_client(
    server: &Server,
    redirect_uri: &str,
) -> oauth2::Client<
    oauth2::basic::BasicErrorResponse,
    oauth2::basic::BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
> {
    let base = server.base();
    let url = |path: &str| format!("{base}{path}");
    BasicClient::new(ClientId::new("printer".into()))
        .set_client_secret(ClientSecret::new("s3cret".into()))
        .set_auth_uri(AuthUrl::new(url("/authorize")).expect("a URL"))
        .set_token_uri(TokenUrl::new(url("/token")).expect("a URL"))
        .set_redirect_uri(RedirectUrl::new(redirect_uri.into()).expect("a URL"))
}

/// Sends the browser to the authorization URL (`--auto-approve` answers for Alice)
/// and returns where the server sent it back.
fn authorize(server: &Server, url: &str) -> String {
    let agent = agent();
    let response = agent.get(url).call().expect("the server answers");
    assert_eq!(response.status(), 302, "{}", server.stderr());
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a Location")
        .to_owned()
}

#[test]
fn the_first_line_names_the_base_urls_the_metadata_and_the_scenarios_client() {
    let server = Server::start(&scenario(""), &[]);
    let base = server.base();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    assert_eq!(server.field("resource_server"), format!("{base}/api"));
    assert_eq!(server.field("api"), format!("{base}/api/photos"));
    assert_eq!(
        server.field("metadata"),
        format!("{base}/.well-known/oauth-authorization-server")
    );
    let client = &server.started["clients"][0];
    assert_eq!(client["client_id"], "printer");
    assert_eq!(client["client_secret"], "s3cret");
    assert_eq!(client["redirect_uris"][0], REDIRECT_URI);
    assert_eq!(server.started["user"]["username"], "alice");
    assert!(!server.stderr().contains("warning"), "{}", server.stderr());
}

#[test]
fn the_metadata_documents_name_the_address_served_as_issuer_and_endpoints() {
    let server = Server::start(&scenario(""), &[]);
    let base = server.base();
    for path in [
        "/.well-known/oauth-authorization-server",
        "/.well-known/openid-configuration",
    ] {
        let mut response = agent()
            .get(format!("{base}{path}"))
            .call()
            .expect("the server answers");
        assert_eq!(response.status(), 200, "{path}");
        let body = response.body_mut().read_to_string().unwrap_or_default();
        let document: Value = serde_json::from_str(&body).expect("a JSON document");
        assert_eq!(document["issuer"], base.as_str(), "{path}");
        assert_eq!(
            document["token_endpoint"],
            format!("{base}/token"),
            "{path}"
        );
        assert_eq!(document["jwks_uri"], format!("{base}/jwks"), "{path}");
    }
}

#[test]
fn credentials_the_file_does_not_fix_are_made_from_the_seed_and_printed() {
    let file = r#"{"title": "generated", "client": {"redirect_uris": ["http://127.0.0.1/cb"]}}"#;
    let id = |seed: &str| {
        let server = Server::start(file, &["--seed", seed]);
        let client = &server.started["clients"][0];
        (client["client_id"].clone(), client["client_secret"].clone())
    };
    let (first, again, other) = (id("7"), id("7"), id("8"));
    assert!(first.0.as_str().is_some_and(|s| s.len() > 10), "{first:?}");
    assert!(first.1.as_str().is_some_and(|s| s.len() > 10), "{first:?}");
    assert_eq!(first, again);
    assert_ne!(first, other);
}

#[test]
fn the_oauth2_crate_runs_the_code_flow_with_pkce_refresh_and_revocation() {
    let server = Server::start(&scenario(""), &["--auto-approve"]);
    let client = oauth_client(&server, "http://127.0.0.1:49152/callback");
    let agent = agent();
    let http = oauth_http(&agent);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf) = client
        .authorize_url(CsrfToken::new_random)
        .add_scope(Scope::new("photos.read".into()))
        .set_pkce_challenge(challenge)
        .url();
    let back = authorize(&server, url.as_str());
    assert!(
        back.starts_with("http://127.0.0.1:49152/callback?"),
        "{back}"
    );
    assert_eq!(
        query_value(&back, "state").as_deref(),
        Some(csrf.secret().as_str())
    );
    let code = query_value(&back, "code").expect("a code");

    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(verifier)
        .request(&http)
        .expect("the code is exchanged");
    let api = server.field("api");
    let photos = agent
        .get(&api)
        .header(
            "Authorization",
            &format!("Bearer {}", tokens.access_token().secret()),
        )
        .call()
        .expect("the API answers");
    assert_eq!(photos.status(), 200);

    let refresh = tokens.refresh_token().expect("a refresh token");
    let refreshed = client
        .exchange_refresh_token(refresh)
        .request(&http)
        .expect("the refresh token is exchanged");
    assert_ne!(
        refreshed.access_token().secret(),
        tokens.access_token().secret()
    );
    let newest = refreshed
        .refresh_token()
        .expect("the refresh token rotated")
        .clone();

    // The oauth2 crate sends revocations only over https (RFC 7009 §2.1 requires
    // TLS) and refuses this loopback http URL, so the same RFC 7009 request is sent
    // by hand, authenticated as the crate authenticates (HTTP Basic).
    let revoked = agent
        .post(&format!("{}/revoke", server.base()))
        .header("Authorization", "Basic cHJpbnRlcjpzM2NyZXQ=")
        .content_type("application/x-www-form-urlencoded")
        .send(format!(
            "token={}&token_type_hint=refresh_token",
            newest.secret()
        ))
        .expect("the server answers");
    assert_eq!(revoked.status(), 200);
    let again = client
        .exchange_refresh_token(&RefreshToken::new(newest.secret().clone()))
        .request(&http);
    let error = format!("{again:?}");
    assert!(error.contains("error: invalid_grant"), "{error}");
    let after = agent
        .get(&api)
        .header(
            "Authorization",
            &format!("Bearer {}", refreshed.access_token().secret()),
        )
        .call()
        .expect("the API answers");
    assert_eq!(
        after.status(),
        401,
        "revoking the refresh token revokes its grant"
    );
}

#[test]
fn each_exchange_is_one_json_line_as_run_prints_a_step_and_a_text_line_on_stderr() {
    let server = Server::start(&scenario(""), &["--auto-approve"]);
    let client = oauth_client(&server, REDIRECT_URI);
    let (url, _) = client.authorize_url(CsrfToken::new_random).url();
    let response = agent()
        .get(url.as_str())
        .call()
        .expect("the server answers");
    assert_eq!(response.status(), 302, "no PKCE challenge: refused");
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert_eq!(
        query_value(location, "error").as_deref(),
        Some("invalid_request")
    );
    let lines = server.lines(1);
    let step: &Value = &lines[0];
    assert_eq!(step["index"], 1);
    assert_eq!(step["do"], "authorize");
    assert_eq!(step["by"], "resource_owner");
    assert_eq!(
        step["status"], 302,
        "an error redirect to the trusted client"
    );
    assert_eq!(step["error"], "invalid_request");
    assert_eq!(step["messages"][0]["from"], "resource_owner");
    assert_eq!(step["messages"][0]["to"], "authorization_server");
    assert!(server.stderr_with("#1 resource_owner GET /authorize?"));
}

#[test]
fn a_mismatched_redirect_uri_gets_an_error_page_and_no_redirect() {
    let server = Server::start(&scenario(""), &["--auto-approve"]);
    let client = oauth_client(&server, "https://evil.example/callback");
    let (challenge, _) = PkceCodeChallenge::new_random_sha256();
    let (url, _) = client
        .authorize_url(CsrfToken::new_random)
        .set_pkce_challenge(challenge)
        .url();
    let mut response = agent()
        .get(url.as_str())
        .call()
        .expect("the server answers");
    assert_eq!(response.status(), 400);
    assert!(response.headers().get("location").is_none());
    let page = response.body_mut().read_to_string().expect("a page");
    assert!(page.starts_with("<!doctype html>"), "{page}");
    assert!(!page.contains("evil.example"), "{page}");
}

#[test]
fn the_login_and_consent_pages_work_as_a_browser_uses_them() {
    let server = Server::start(&scenario(""), &[]);
    let base = server.base();
    let agent = agent();
    let (challenge, _) = PkceCodeChallenge::new_random_sha256();
    let (url, _) = oauth_client(&server, REDIRECT_URI)
        .authorize_url(CsrfToken::new_random)
        .set_pkce_challenge(challenge)
        .url();
    let mut login_page = agent.get(url.as_str()).call().expect("the login page");
    assert_eq!(login_page.status(), 200);
    let cookie = login_page
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("a session cookie")
        .to_owned();
    assert!(cookie.starts_with("sid="), "{cookie}");
    assert!(
        !cookie.contains("Secure"),
        "a browser keeps it on plain loopback HTTP"
    );
    let html = login_page.body_mut().read_to_string().expect("a page");
    assert!(html.contains("action=\"/login\""), "{html}");
    let sid = cookie.split(';').next().unwrap_or_default().to_owned();

    let mut consent_page = agent
        .post(&format!("{base}/login"))
        .header("Cookie", &sid)
        .content_type("application/x-www-form-urlencoded")
        .send("username=alice&password=wonderland")
        .expect("the consent page");
    assert_eq!(consent_page.status(), 200);
    let html = consent_page.body_mut().read_to_string().expect("a page");
    assert!(html.contains("action=\"/consent\""), "{html}");

    let redirect = agent
        .post(&format!("{base}/consent"))
        .header("Cookie", &sid)
        .content_type("application/x-www-form-urlencoded")
        .send("decision=allow")
        .expect("the answer");
    assert_eq!(redirect.status(), 302);
    let location = redirect
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(query_value(location, "code").is_some(), "{location}");
}

#[test]
fn the_same_seed_gives_the_same_codes_and_tokens() {
    let run = || {
        let server = Server::start(&scenario(""), &["--auto-approve", "--clock", "simulated"]);
        let verifier = "v".repeat(43);
        let challenge = oauth2::PkceCodeVerifier::new(verifier.clone());
        let challenge = PkceCodeChallenge::from_code_verifier_sha256(&challenge);
        let (url, _) = oauth_client(&server, REDIRECT_URI)
            .authorize_url(|| CsrfToken::new("fixed".into()))
            .set_pkce_challenge(challenge)
            .url();
        let code = query_value(&authorize(&server, url.as_str()), "code").expect("a code");
        let agent = agent();
        let tokens = oauth_client(&server, REDIRECT_URI)
            .exchange_code(AuthorizationCode::new(code.clone()))
            .set_pkce_verifier(oauth2::PkceCodeVerifier::new(verifier))
            .request(&oauth_http(&agent))
            .expect("tokens");
        (code, tokens.access_token().secret().clone())
    };
    assert_eq!(run(), run());
}

#[test]
fn curl_runs_the_flow() {
    if std::process::Command::new("curl")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: curl is not installed (.ci/run installs it)");
        return;
    }
    let server = Server::start(&scenario(""), &["--auto-approve"]);
    let base = server.base();
    let curl = |args: &[&str]| {
        let output = std::process::Command::new("curl")
            .args(["--silent", "--show-error", "--max-time", "60"])
            .args(args)
            .output()
            .expect("curl runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let verifier = "curl-verifier-".repeat(4);
    let challenge = PkceCodeChallenge::from_code_verifier_sha256(&oauth2::PkceCodeVerifier::new(
        verifier.clone(),
    ));
    let location = curl(&[
        "--output",
        "/dev/null",
        "--write-out",
        "%{redirect_url}",
        &format!(
            "{base}/authorize?response_type=code&client_id=printer&state=s1\
             &code_challenge={}&code_challenge_method=S256",
            challenge.as_str()
        ),
    ]);
    let code = query_value(&location, "code").expect("curl saw a redirect with a code");
    let tokens = curl(&[
        "--user",
        "printer:s3cret",
        "--data-urlencode",
        "grant_type=authorization_code",
        "--data-urlencode",
        &format!("code={code}"),
        "--data-urlencode",
        &format!("code_verifier={verifier}"),
        &format!("{base}/token"),
    ]);
    let tokens: Value = serde_json::from_str(&tokens).expect("a JSON answer");
    let token = tokens["access_token"].as_str().expect("an access token");
    let photos = curl(&[
        "--header",
        &format!("Authorization: Bearer {token}"),
        &server.field("api"),
    ]);
    assert!(photos.contains("\"photos\""), "{photos}");
}

#[test]
fn binding_beyond_loopback_warns() {
    let server = Server::start(&scenario(""), &["--bind", "0.0.0.0"]);
    assert!(
        server.stderr_with("warning: serving on 0.0.0.0:"),
        "{}",
        server.stderr()
    );
}

#[test]
fn fifty_flows_at_once_each_get_their_own_state_code_and_tokens() {
    let server = Server::start(&scenario(""), &["--auto-approve"]);
    let flows: Vec<_> = (0..50)
        .map(|n| {
            let base = server.base();
            std::thread::spawn(move || {
                let agent = agent();
                let verifier = format!("verifier-{n:03}-{}", "x".repeat(40));
                let challenge = PkceCodeChallenge::from_code_verifier_sha256(
                    &oauth2::PkceCodeVerifier::new(verifier.clone()),
                );
                let url = format!(
                    "{base}/authorize?response_type=code&client_id=printer&state=flow{n}\
                     &code_challenge={}&code_challenge_method=S256",
                    challenge.as_str()
                );
                let answer = agent.get(&url).call().expect("the server answers");
                let location = answer
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                assert_eq!(query_value(&location, "state"), Some(format!("flow{n}")));
                let code = query_value(&location, "code").expect("a code");
                let mut tokens = agent
                    .post(&format!("{base}/token"))
                    .header("Authorization", "Basic cHJpbnRlcjpzM2NyZXQ=")
                    .content_type("application/x-www-form-urlencoded")
                    .send(format!(
                        "grant_type=authorization_code&code={code}&code_verifier={verifier}"
                    ))
                    .expect("the server answers");
                assert_eq!(tokens.status(), 200, "flow {n}");
                let tokens: Value =
                    serde_json::from_str(&tokens.body_mut().read_to_string().unwrap_or_default())
                        .unwrap_or(Value::Null);
                tokens["access_token"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned()
            })
        })
        .collect();
    let mut tokens: Vec<String> = flows
        .into_iter()
        .map(|flow| flow.join().expect("no flow failed"))
        .collect();
    tokens.sort();
    tokens.dedup();
    assert_eq!(tokens.len(), 50, "every flow got a token of its own");
    assert!(tokens.iter().all(|t| !t.is_empty()));
}
