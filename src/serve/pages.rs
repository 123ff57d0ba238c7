//! The authorization server's pages as a real browser shows them. The simulation's
//! page is the body; this wraps it in a document and, on the login page, adds the
//! form it summarises (the consent page carries its own form), posting back to the
//! same server so the browser's session cookie goes with it.

use crate::sim::Topic;

/// A whole HTML document around the simulation's page for `topic`.
pub fn document(html: &str, topic: Topic, username: &str) -> String {
    let form = match topic {
        Topic::LoginPageShown | Topic::LoginFailed => login_form(username),
        _ => String::new(),
    };
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">\
         <title>oauth-sim</title></head>\n<body>\n{html}\n{form}</body>\n</html>\n"
    )
}

/// The sign-in form, with the scenario's test user filled in (its password is the
/// scenario's too: these are test credentials, README "Security").
fn login_form(username: &str) -> String {
    format!(
        "<form method=\"post\" action=\"/login\">\n\
         <label>Username <input name=\"username\" value=\"{}\" autocomplete=\"off\"></label>\n\
         <label>Password <input name=\"password\" type=\"password\"></label>\n\
         <button>Sign in</button>\n</form>\n",
        attribute(username)
    )
}

/// Text safe inside a double-quoted attribute.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_login_page_has_a_form_posting_to_login_and_others_do_not() {
        let login = document("<h1>Sign in</h1>", Topic::LoginPageShown, "alice");
        assert!(
            login.contains("<form method=\"post\" action=\"/login\">"),
            "{login}"
        );
        assert!(login.contains("value=\"alice\""), "{login}");
        let other = document("<h1>Done</h1>", Topic::NoSuchPage, "alice");
        assert!(!other.contains("<form"), "{other}");
        assert!(other.starts_with("<!doctype html>"));
    }

    #[test]
    fn a_username_cannot_break_out_of_its_attribute() {
        let login = document("", Topic::LoginPageShown, "\"><script>");
        assert!(
            login.contains("value=\"&quot;&gt;&lt;script&gt;\""),
            "{login}"
        );
    }
}
