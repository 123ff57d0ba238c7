//! The command line as a user meets it: the real `oauth-sim` binary, run on the
//! fixtures of `tests/fixtures/` and on the built-ins, checked against the "Running"
//! section of `scenario-format.md` (exit codes 0 / 1 / 2, error messages of the form
//! `FILE:LINE:COL: field.path: message`, one JSON object per line).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const INVALID: &str = "tests/fixtures/invalid";
mod common;

use common::{Run, oauth_sim};

const VALID: &str = "tests/fixtures/valid";
const MIB: usize = 1024 * 1024;

fn invalid(name: &str) -> String {
    format!("{INVALID}/{name}")
}

fn valid(name: &str) -> String {
    format!("{VALID}/{name}")
}

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "oauth-sim-cli-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).expect("create a temp dir");
        Self(dir)
    }

    /// Writes a scenario whose only fault can be its size: `{"title": …, "summary":
    /// "xxx…"}`, padded to exactly `size` bytes.
    fn scenario_of_size(&self, name: &str, size: usize) -> PathBuf {
        let head = r#"{"title": "Padded to a size", "summary": ""#;
        let tail = "\"}\n";
        let mut text = String::with_capacity(size);
        text.push_str(head);
        text.push_str(&"x".repeat(size - head.len() - tail.len()));
        text.push_str(tail);
        assert_eq!(text.len(), size);
        let path = self.0.join(name);
        fs::write(&path, text).expect("write the padded scenario");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// What `run` says last when its one argument could not be used.
const ONE_UNUSABLE: &str = "1 scenario: 0 passed, 0 failed, 1 unusable\n";

/// The report of a one-scenario JSON run: its line, followed only by the summary.
fn json_line(stdout: &str) -> Value {
    assert!(
        stdout.ends_with('\n') && stdout.matches('\n').count() == 2,
        "--format json prints exactly one line per scenario, then the summary:\n{stdout}"
    );
    let (line, summary) = stdout.split_once('\n').unwrap_or_default();
    assert!(summary.starts_with("{\"summary\":"), "{summary}");
    serde_json::from_str(line).expect("the line is valid JSON")
}

fn run_json(args: &[&str]) -> Value {
    let run = oauth_sim(args);
    assert_eq!(run.code, 0, "oauth-sim {args:?}\n{}", run.stderr);
    json_line(&run.stdout)
}

fn text<'a>(value: &'a Value, field: &str) -> &'a str {
    value[field]
        .as_str()
        .unwrap_or_else(|| panic!("`{field}` is a string in {value}"))
}

fn array<'a>(value: &'a Value, field: &str) -> &'a Vec<Value> {
    value[field]
        .as_array()
        .unwrap_or_else(|| panic!("`{field}` is an array in {value}"))
}

fn builtin_names() -> Vec<String> {
    let run = oauth_sim(&["list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

// ---------------------------------------------------------------------------------
// Files that cannot be used: exit 2, `error: FILE:LINE:COL: field.path: message`.
// ---------------------------------------------------------------------------------

/// One bad fixture and what its error must say.
struct Bad {
    file: &'static str,
    /// Exactly what follows the file name on stderr: `:LINE:COL: field.path: `, or
    /// `: ` when the problem has no place in the text. Positions are counted by hand
    /// from the fixture (1-based; the column of the last character read).
    after_file: &'static str,
    /// Words the rest of the message must contain.
    says: &'static [&'static str],
}

/// Every file in `tests/fixtures/invalid/`. `after_file` is only `:` where the exact
/// position is a known bug, pinned by an ignored test below.
const BAD: &[Bad] = &[
    Bad {
        file: "a-directory.json",
        after_file: ": ",
        says: &["is a directory"],
    },
    Bad {
        file: "array-as-client.json",
        after_file: ":3:12: client: ",
        says: &["invalid type: sequence, expected a JSON object"],
    },
    Bad {
        file: "array-as-expect.json",
        after_file: ":4:34: steps[0].expect: ",
        says: &["invalid type: sequence, expected a JSON object"],
    },
    Bad {
        file: "array-as-other-client.json",
        after_file: ":4:4: other_clients[0]: ",
        says: &["invalid type: sequence, expected a client object"],
    },
    Bad {
        file: "array-as-resource.json",
        after_file: ":3:14: resource: ",
        says: &["invalid type: sequence, expected a JSON object"],
    },
    Bad {
        file: "array-as-server.json",
        after_file: ":3:12: server: ",
        says: &["invalid type: sequence, expected a JSON object"],
    },
    Bad {
        file: "array-as-step.json",
        after_file: ":4:4: steps[0]: ",
        says: &["invalid type: sequence, expected a step"],
    },
    Bad {
        file: "array-as-user.json",
        after_file: ":3:10: user: ",
        says: &["invalid type: sequence, expected a JSON object"],
    },
    Bad {
        file: "ask-answer-out-of-range.json",
        after_file: ":12:7: steps[1].ask: ",
        says: &["answer 4 is not a choice: choices are numbered 1 to 3"],
    },
    Bad {
        file: "ask-answer-zero.json",
        after_file: ":11:7: steps[0].ask: ",
        says: &["answer 0 is not a choice: choices are numbered 1 to 2"],
    },
    Bad {
        file: "ask-korean-choices-differ.json",
        after_file: ":12:7: steps[0].ask: ",
        says: &[
            "choices_ko has 2 choice(s) but choices has 3; give one Korean text per choice, in the same order",
        ],
    },
    Bad {
        file: "ask-one-choice.json",
        after_file: ":11:7: steps[0].ask: ",
        says: &["ask has 1 choice(s); give 2 to 4"],
    },
    Bad {
        file: "ask-same-choice-twice.json",
        after_file: ":11:7: steps[0].ask: ",
        says: &["choices 1 and 3 are the same; each choice must differ"],
    },
    Bad {
        file: "ask-unknown-field.json",
        after_file: ":10:22: steps[0].ask.explaination: ",
        says: &["unknown field `explaination` (did you mean `explanation`?)"],
    },
    Bad {
        file: "attacker-unknown-field.json",
        after_file: ":3:25: attacker.usename: ",
        says: &["unknown field `usename` (did you mean `username`?)"],
    },
    Bad {
        file: "bad-error-code.json",
        after_file: ":9:32: steps[0].expect.error: ",
        says: &["`invalid_grnat`", "did you mean `invalid_grant`?"],
    },
    Bad {
        file: "by-not-allowed.json",
        after_file: ":4:50: steps[0]: ",
        says: &["withdraw_consent is not taken by attacker; \"by\" may be resource_owner"],
    },
    Bad {
        file: "by-on-wait.json",
        after_file: ":4:51: steps[0]: ",
        says: &["\"by\" does not apply to wait: nobody takes it"],
    },
    Bad {
        file: "by-unknown.json",
        after_file: ":4:36: steps[0].by: ",
        says: &[
            "unknown value `mallory`; expected one of: client, alice, resource_owner, attacker",
        ],
    },
    Bad {
        file: "confidential-client-without-authentication.json",
        after_file: ":6:3: client: ",
        says: &[
            "a confidential client authenticates, so its auth_method cannot be none",
            "RFC 6749 §2.3.1",
        ],
    },
    Bad {
        file: "content-length-header.json",
        after_file: ":5:42: steps[0].headers.Content-Length: ",
        says: &[
            "Content-Length is counted from the body: \"headers\" cannot set or remove it (RFC 9110 §8.6)",
        ],
    },
    Bad {
        file: "content-type-removed.json",
        after_file: ":5:41: steps[0].headers.Content-Type: ",
        says: &[
            "Content-Type follows the body: \"headers\" can replace it with a string, but null cannot remove it",
        ],
    },
    Bad {
        file: "capture-bad-name.json",
        after_file: ":4:68: steps[0].capture.my-code: ",
        says: &[
            "`my-code` cannot be a capture name: use letters, digits and `_`, not starting \
             with a digit",
        ],
    },
    Bad {
        file: "capture-built-in-name.json",
        after_file: ":4:65: steps[0].capture.code: ",
        says: &["`code` is a built-in variable ($code); give the capture another name"],
    },
    Bad {
        file: "capture-never-made.json",
        after_file: ":7:33: steps[1].with.code: ",
        says: &["unknown variable $my_cod (did you mean $my_code?)"],
    },
    Bad {
        file: "capture-on-wait.json",
        after_file: ":4:78: steps[0]: ",
        says: &["a wait step receives nothing, so it takes no \"capture\""],
    },
    Bad {
        file: "capture-unknown-source.json",
        after_file: ":4:60: steps[0].capture.tok: ",
        says: &[
            "unknown source `body.access_token`; expected header.NAME, location.query.NAME, \
             location.fragment.NAME or json.FIELD",
        ],
    },
    Bad {
        file: "capture-used-before-it-is-made.json",
        after_file: ":4:56: steps[0].with.access_token: ",
        says: &[
            "$tok is captured at step 2 (steps[1].capture.tok); only the steps after it can use it",
        ],
    },
    Bad {
        file: "capture-used-in-its-own-check.json",
        after_file: ":7:66: steps[0].expect.json.access_token: ",
        says: &[
            "$tok is captured at step 1 (steps[0].capture.tok); only the steps after it can use it",
        ],
    },
    Bad {
        file: "control-characters-in-a-field-name.json",
        after_file: ":3:42: \\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{9b}31m: ",
        says: &["unknown field `\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{9b}31m`"],
    },
    Bad {
        file: "duplicate-field.json",
        after_file: ":3:9: title: ",
        says: &["duplicate field (each field may be given only once)"],
    },
    Bad {
        file: "duplicate-nested-field.json",
        after_file: ":5:11: client.scope: ",
        says: &["duplicate field (each field may be given only once)"],
    },
    Bad {
        file: "duplicate-with-parameter.json",
        after_file: ":8:15: steps[0].with: ",
        says: &["`scope` is given twice", "array"],
    },
    Bad {
        file: "empty.json",
        after_file: ": ",
        says: &["empty", "title"],
    },
    Bad {
        file: "fault-answer-not-an-error.json",
        after_file: ":3:67: faults[0]: ",
        says: &["fault answer status 200 must be an error, from 400 to 599"],
    },
    Bad {
        file: "fault-delay-too-long.json",
        after_file: ":3:58: faults[0]: ",
        says: &["fault delay_ms must be at most 60000"],
    },
    Bad {
        file: "fault-does-nothing.json",
        after_file: ":3:48: faults[0]: ",
        says: &["a fault does nothing: give it an answer, delay_ms, skew_seconds or revoke"],
    },
    Bad {
        file: "fault-endpoint-not-a-path.json",
        after_file: ":3:53: faults[0]: ",
        says: &["fault endpoint `token` must be a path starting with `/`, such as \"/token\""],
    },
    Bad {
        file: "fault-nth-zero.json",
        after_file: ":3:64: faults[0]: ",
        says: &["fault nth counts from 1 (the first request is 1)"],
    },
    Bad {
        file: "fault-unknown-field.json",
        after_file: ":3:46: faults[0].dely_ms: ",
        says: &["unknown field `dely_ms` (did you mean `delay_ms`?)"],
    },
    Bad {
        file: "flow-unknown.json",
        after_file: ":3:22: flow: ",
        says: &[
            "unknown value `magic_link`",
            "client_credentials",
            "device_code",
        ],
    },
    Bad {
        file: "header-given-twice.json",
        after_file: ":5:53: steps[0].headers.cookie: ",
        says: &[
            "header `cookie` is given twice (names are case-insensitive, RFC 9110 §5.1); use an array to repeat it",
        ],
    },
    Bad {
        file: "header-name-in-with.json",
        after_file: ":5:50: steps[0].with.Authorization: ",
        says: &[
            "`Authorization` is an HTTP header, not a parameter: use \"headers\": {\"Authorization\": …}",
        ],
    },
    Bad {
        file: "header-name-with-a-space.json",
        after_file: ":5:39: steps[0].headers.X Forwarded: ",
        says: &[
            "not a header name: a name is letters, digits and !#$%&'*+-.^_`|~ only (a token, RFC 9110 §5.1, §5.6.2)",
        ],
    },
    Bad {
        file: "header-value-with-a-newline.json",
        after_file: ":5:57: steps[0].headers.X-Note: ",
        says: &["a header value cannot hold CR, LF or NUL"],
    },
    Bad {
        file: "headers-not-an-object.json",
        after_file: ":4:35: steps[0].headers: ",
        says: &["invalid type: sequence, expected an object of header names"],
    },
    Bad {
        file: "headers-on-wait.json",
        after_file: ":",
        says: &[
            "steps[0]: ",
            "a wait step sends nothing, so it takes no \"headers\"",
        ],
    },
    Bad {
        file: "with-on-roles.json",
        after_file: ":4:57: steps[0]: ",
        says: &["a roles step sends nothing, so it takes no \"with\""],
    },
    Bad {
        file: "host-header.json",
        after_file: ":5:43: steps[0].headers.Host: ",
        says: &[
            "Host is where the request is sent, not something to edit: \"headers\" cannot set or remove it (RFC 9110 §7.2)",
        ],
    },
    Bad {
        file: "enter-code-by-alice.json",
        after_file: ":6:41: steps[1]: ",
        says: &["enter_code is not taken by resource_owner; \"by\" may be phone"],
    },
    Bad {
        file: "expect-array-as-check.json",
        after_file: ":4:53: steps[0].expect.json.scope: ",
        says: &[
            "invalid type: sequence, expected \"present\", \"absent\", null, a value, \
             {\"equals\": …} or {\"contains\": …}",
        ],
    },
    Bad {
        file: "expect-checked-twice.json",
        after_file: ":6:55: steps[0].expect.json: ",
        says: &["`scope` is checked twice; give each name once"],
    },
    Bad {
        file: "expect-equals-and-contains.json",
        after_file: ":6:74: steps[0].expect.json.scope: ",
        says: &["a check is one of `equals` or `contains`, not both"],
    },
    Bad {
        file: "expect-unknown-actor.json",
        after_file: ":4:53: steps[0].expect.to: ",
        says: &["unknown actor `atacker` (did you mean `attacker`?)"],
    },
    Bad {
        file: "expect-unknown-check.json",
        after_file: ":6:62: steps[0].expect.headers.WWW-Authenticate: ",
        says: &["unknown field `contans` (did you mean `contains`?)"],
    },
    Bad {
        file: "expect-unknown-location-part.json",
        after_file: ":4:57: steps[0].expect.location.querry: ",
        says: &["unknown field `querry` (did you mean `query`?)"],
    },
    Bad {
        file: "expect-unknown-variable-in-check.json",
        after_file: ":4:76: steps[0].expect.location.query.state: ",
        says: &["unknown variable $stat (did you mean $state?)"],
    },
    Bad {
        file: "introspection-cache-negative.json",
        after_file: ":3:41: resource.introspection_cache: ",
        says: &["invalid value: integer `-5`, expected a whole number from 0 to 4294967295"],
    },
    Bad {
        file: "introspection-cache-too-large.json",
        after_file: ":3:49: resource.introspection_cache: ",
        says: &[
            "invalid value: integer `4294967296`, expected a whole number from 0 to 4294967295",
        ],
    },
    Bad {
        file: "korean-given-twice.json",
        after_file: ":3:22: title_ko: ",
        says: &[
            "`title` already gives \"ko\" in its map of languages; give Korean there or in `title_ko`, not both",
        ],
    },
    Bad {
        file: "korean-note-given-twice.json",
        after_file: ":4:79: steps[0].note_ko: ",
        says: &["`note` already gives \"ko\" in its map of languages"],
    },
    Bad {
        file: "lab-unknown-defense.json",
        after_file: ":3:115: lab: ",
        says: &[
            "defense `server.redirect_matching` is not a policy field of client, server or resource",
            "(did you mean server.redirect_uri_matching?)",
        ],
    },
    Bad {
        file: "lab-unknown-field.json",
        after_file: ":3:48: lab.sektion: ",
        says: &["unknown field `sektion`", "did you mean `section`?"],
    },
    Bad {
        file: "lab-without-defended.json",
        after_file: ":3:101: lab.defended: ",
        says: &["missing field"],
    },
    Bad {
        file: "languages-without-english.json",
        after_file: ":2:27: title: ",
        says: &[
            "a map of languages needs \"en\": English is the text every other language falls back to",
        ],
    },
    Bad {
        file: "lifetime-too-large.json",
        after_file: ":4:49: server.access_token_lifetime: ",
        says: &[
            "invalid value: integer `18446744073709551615`",
            "expected a whole number from 0 to 4294967295",
        ],
    },
    Bad {
        file: "missing-title.json",
        after_file: ":6:1: title: ",
        says: &["missing field", "needs a title"],
    },
    Bad {
        file: "not-utf8.json",
        after_file: ":3:18: ",
        says: &["not UTF-8"],
    },
    Bad {
        file: "other-client-without-id.json",
        after_file: ":",
        says: &[
            "other_clients[0].client_id: ",
            "missing field (an already registered client needs one)",
        ],
    },
    Bad {
        file: "other-client-public-with-post.json",
        after_file: ":8:5: other_clients[0]: ",
        says: &[
            "a public client has no secret to authenticate with, so its auth_method cannot be client_secret_post",
        ],
    },
    Bad {
        file: "public-client-with-basic.json",
        after_file: ":6:3: client: ",
        says: &[
            "a public client has no secret to authenticate with, so its auth_method cannot be client_secret_basic",
            "(use \"none\", or \"type\": \"confidential\"; RFC 6749 §2.1)",
        ],
    },
    Bad {
        file: "public-client-with-secret.json",
        after_file: ":6:3: client: ",
        says: &["a public client cannot keep a client_secret"],
    },
    Bad {
        file: "raw-not-a-request.json",
        after_file: ":4:64: steps[0].raw: ",
        says: &["line 1: `photos please` is not a request line such as `POST /token HTTP/1.1`"],
    },
    Bad {
        file: "raw-on-token.json",
        after_file: ":4:72: steps[0]: ",
        says: &["\"raw\" belongs to send steps, not to token (use \"do\": \"send\")"],
    },
    Bad {
        file: "raw-unknown-variable.json",
        after_file: ":4:94: steps[0].raw: ",
        says: &["unknown variable $tokn (no step captures it)"],
    },
    Bad {
        file: "raw-with-content-length.json",
        after_file: ":4:105: steps[0].raw: ",
        says: &["line 3: Content-Length is counted from the body; leave it out (RFC 9110 §8.6)"],
    },
    Bad {
        file: "redirect-expect-on-token.json",
        after_file: ":",
        says: &["steps[0]: ", "expect.redirect", "not for token"],
    },
    Bad {
        file: "referrer-policy-unknown.json",
        after_file: ":3:45: client.referrer_policy: ",
        says: &["unknown value `unsafe_url` (did you mean `unsafe-url`?)"],
    },
    Bad {
        file: "seconds-on-non-wait.json",
        after_file: ":",
        says: &[
            "steps[1]: ",
            "\"seconds\" belongs to wait steps",
            "authorize",
        ],
    },
    Bad {
        file: "send-without-raw.json",
        after_file: ":4:20: steps[0]: ",
        says: &["a send step needs \"raw\": the request as text"],
    },
    Bad {
        file: "status-out-of-range.json",
        after_file: ":4:51: steps[0].expect.status: ",
        says: &["invalid value: integer `70000`, expected a whole number from 0 to 65535"],
    },
    Bad {
        file: "steal-array.json",
        after_file: ":4:57: steps[0]: ",
        says: &["steal takes one string for `code`, the value the attacker copies"],
    },
    Bad {
        file: "steal-unknown-name.json",
        after_file: ":5:59: steps[1]: ",
        says: &[
            "steal cannot take `password`: the attacker's app holds only code, state, code_verifier, access_token, refresh_token, client_id, client_secret",
        ],
    },
    Bad {
        file: "steal-with-headers.json",
        after_file: ":4:79: steps[0]: ",
        says: &["a steal step sends nothing, so it takes no \"headers\""],
    },
    Bad {
        file: "steal-without-with.json",
        after_file: ":4:21: steps[0]: ",
        says: &[
            "a steal step needs \"with\": what the attacker takes, e.g. {\"code\": \"$code\"} (one of: code, state, code_verifier, access_token, refresh_token, client_id, client_secret)",
        ],
    },
    Bad {
        file: "step-without-do.json",
        after_file: ":4:23: steps[0].do: ",
        says: &["missing field"],
    },
    Bad {
        file: "steps-not-a-list.json",
        after_file: ":3:11: steps: ",
        says: &["invalid type: map, expected a sequence"],
    },
    Bad {
        file: "tamper-not-on-a-token-step.json",
        after_file: ":4:60: steps[0]: ",
        says: &[
            "\"tamper\" belongs to token steps, not to callback (it changes the token response before the client reads it)",
        ],
    },
    Bad {
        file: "tamper-unknown-field.json",
        after_file: ":4:62: steps[0]: ",
        says: &[
            "\"tamper\" cannot change `refresh_token`: it changes id_token, access_token, or one claim as id_token.<claim>",
        ],
    },
    Bad {
        file: "token-in-on-token.json",
        after_file: ":",
        says: &[
            "steps[0]: ",
            "\"token_in\" belongs to call_api steps, not to token",
        ],
    },
    Bad {
        file: "top-level-array.json",
        after_file: ":",
        says: &[],
    },
    Bad {
        file: "trailing-comma.json",
        after_file: ":5:3: steps: ",
        says: &["not valid JSON", "trailing comma"],
    },
    Bad {
        file: "trailing-garbage.json",
        after_file: ":4:1: ",
        says: &["not valid JSON", "trailing characters"],
    },
    Bad {
        file: "truncated.json",
        after_file: ":",
        says: &["steps[1]", "ends too early"],
    },
    Bad {
        file: "unknown-action.json",
        after_file: ":5:22: steps[1].do: ",
        says: &["unknown action `autorize`", "did you mean `authorize`?"],
    },
    Bad {
        file: "unknown-enum-value.json",
        after_file: ":4:26: client.type: ",
        says: &["`confidentail`", "did you mean `confidential`?"],
    },
    Bad {
        file: "unknown-field.json",
        after_file: ":3:10: sumary: ",
        says: &["unknown field `sumary`", "did you mean `summary`?"],
    },
    Bad {
        file: "unknown-method.json",
        after_file: ":4:38: steps[0].method: ",
        says: &["unknown value `PATCH`; expected one of: GET, POST"],
    },
    Bad {
        file: "unknown-step-field.json",
        after_file: ":7:14: steps[1].expcet: ",
        says: &["unknown field `expcet`", "did you mean `expect`?"],
    },
    Bad {
        file: "unknown-token-in.json",
        after_file: ":4:44: steps[0].token_in: ",
        says: &["unknown value `cookie`; expected one of: header, query, form"],
    },
    Bad {
        file: "unknown-variable-in-array.json",
        after_file: ":7:41: steps[0].with.scope[1]: ",
        says: &["unknown variable $scope (no step captures it)"],
    },
    Bad {
        file: "unknown-variable.json",
        after_file: ":7:22: steps[0].with.code: ",
        says: &["unknown variable $cod", "did you mean $code?"],
    },
    Bad {
        file: "wait-without-seconds.json",
        after_file: ":",
        says: &["steps[1]: ", "a wait step needs \"seconds\""],
    },
    Bad {
        file: "wrong-type-in-step.json",
        after_file: ":4:40: steps[0].seconds: ",
        says: &["invalid type", "\"an hour\""],
    },
    Bad {
        file: "wrong-type.json",
        after_file: ":3:15: seed: ",
        says: &["invalid type", "\"one\""],
    },
];

/// Checks one error message: `error: FILE` + `after_file`, then the key words, on a
/// single line.
fn assert_names_file_place_and_problem(run: &Run, file: &str, after_file: &str, says: &[&str]) {
    let prefix = format!("error: {file}{after_file}");
    assert_eq!(run.code, 2, "{file}: exit code\n{}", run.stderr);
    assert!(
        run.stderr.starts_with(&prefix),
        "{file}: stderr should start with {prefix:?}:\n{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "{file}: one error, one line:\n{}",
        run.stderr
    );
    assert_printable(file, &run.stderr);
    for words in says {
        assert!(
            run.stderr.contains(words),
            "{file}: stderr should contain {words:?}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn every_invalid_fixture_exits_2_naming_file_place_field_and_problem() {
    for bad in BAD {
        let file = invalid(bad.file);
        let run = oauth_sim(&["run", &file]);
        assert_names_file_place_and_problem(&run, &file, bad.after_file, bad.says);
        assert_eq!(
            run.stdout, ONE_UNUSABLE,
            "{file}: nothing runs, it is counted"
        );
    }
}

#[test]
fn check_words_every_invalid_fixture_exactly_as_run_does() {
    for bad in BAD {
        let file = invalid(bad.file);
        let check = oauth_sim(&["check", &file]);
        assert_names_file_place_and_problem(&check, &file, bad.after_file, bad.says);
        let run = oauth_sim(&["run", &file]);
        assert_eq!(
            check.stderr, run.stderr,
            "{file}: same message from check and run"
        );
    }
}

#[test]
fn the_table_covers_every_invalid_fixture() {
    let on_disk: BTreeSet<String> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(INVALID))
            .expect("the invalid fixtures directory exists")
            .map(|entry| {
                entry
                    .expect("a directory entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
    let in_table: BTreeSet<String> = BAD.iter().map(|bad| bad.file.to_owned()).collect();
    assert_eq!(on_disk, in_table, "add a row to BAD for each new fixture");
    assert!(in_table.len() >= 12);
}

#[test]
fn not_utf8_fixture_really_has_one_bad_byte_on_line_3() {
    let bytes = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(invalid("not-utf8.json")))
        .expect("read the fixture");
    let error = std::str::from_utf8(&bytes).expect_err("the fixture is not UTF-8");
    let before = &bytes[..error.valid_up_to()];
    assert_eq!(before.split(|b| *b == b'\n').count(), 3);
    // Without that one byte the file is a good scenario.
    let fixed: Vec<u8> = bytes.iter().copied().filter(|b| *b != 0xE9).collect();
    let value: Value = serde_json::from_slice(&fixed).expect("valid JSON once the byte is gone");
    assert!(value["title"].is_string());
}

#[test]
fn check_reports_every_bad_file_not_only_the_first() {
    let files: Vec<String> = ["unknown-field.json", "empty.json", "unknown-action.json"]
        .into_iter()
        .map(invalid)
        .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().map(String::as_str))
        .collect();
    let run = oauth_sim(&args);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 3, "{}", run.stderr);
    for file in &files {
        assert!(
            run.stderr.contains(&format!("error: {file}")),
            "{file}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn oversized_file_is_refused_naming_its_size() {
    let dir = TempDir::new();
    let path = dir.scenario_of_size("oversized.json", MIB + 1);
    let file = path.to_str().expect("a UTF-8 temp path");
    for command in ["run", "check"] {
        let run = oauth_sim(&[command, file]);
        assert_names_file_place_and_problem(
            &run,
            file,
            ": ",
            &[&format!("{} bytes", MIB + 1), "at most 1 MiB"],
        );
    }
}

#[test]
fn a_file_of_exactly_one_mebibyte_is_still_accepted() {
    let dir = TempDir::new();
    let path = dir.scenario_of_size("just-fits.json", MIB);
    let file = path.to_str().expect("a UTF-8 temp path");
    let run = oauth_sim(&["check", file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!("ok  {file}")),
        "{}",
        run.stdout
    );
}

#[test]
fn missing_file_exits_2_with_no_such_file() {
    let file = invalid("does-not-exist.json");
    for command in ["run", "check"] {
        let run = oauth_sim(&[command, &file]);
        assert_names_file_place_and_problem(&run, &file, ": ", &["no such file"]);
    }
}

#[test]
fn misspelt_builtin_name_suggests_the_nearest() {
    let run = oauth_sim(&["run", "standard-flwo"]);
    assert_names_file_place_and_problem(
        &run,
        "standard-flwo",
        ": ",
        &[
            "no such file or built-in",
            "did you mean standard-flow?",
            "oauth-sim list",
        ],
    );
    assert_eq!(run.stdout, ONE_UNUSABLE);
}

#[test]
fn unrelated_builtin_name_gets_no_suggestion() {
    let run = oauth_sim(&["run", "zzzzzzzz"]);
    assert_names_file_place_and_problem(&run, "zzzzzzzz", ": ", &["no such file or built-in"]);
    assert!(!run.stderr.contains("did you mean"), "{}", run.stderr);
}

// Known bugs in src/scenario (see the report): these pin the intended behaviour and
// are ignored until it is fixed. Run them with `cargo test --test cli -- --ignored`.

#[test]
fn checks_after_a_value_is_read_point_at_that_value() {
    let cases = [
        // `    { "do": "wait" }`: the step's closing brace.
        ("wait-without-seconds.json", ":5:20: steps[1]: "),
        // `    { "do": "authorize", "seconds": 30 }`
        ("seconds-on-non-wait.json", ":5:40: steps[1]: "),
        // `    }` closing the token step.
        ("redirect-expect-on-token.json", ":7:5: steps[0]: "),
        // `        "scope": ["photos.read", "$scope"]`: the closing quote of "$scope".
        (
            "unknown-variable-in-array.json",
            ":7:41: steps[0].with.scope[1]: ",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(name, after_file)| {
            let file = invalid(name);
            let run = oauth_sim(&["check", &file]);
            let prefix = format!("error: {file}{after_file}");
            (!run.stderr.starts_with(&prefix))
                .then(|| format!("want {prefix}\n got {}", run.stderr))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn truncated_file_has_a_one_based_column_and_a_clean_path() {
    let file = invalid("truncated.json");
    let run = oauth_sim(&["check", &file]);
    // The text ends after line 5 (`    { "do": "authorize",`, 24 characters).
    let ok = [":5:25: steps[1]: ", ":6:1: steps[1]: "]
        .iter()
        .any(|after| run.stderr.starts_with(&format!("error: {file}{after}")));
    assert!(ok, "{}", run.stderr);
}

#[test]
fn top_level_array_says_a_scenario_is_an_object() {
    let file = invalid("top-level-array.json");
    let run = oauth_sim(&["check", &file]);
    assert_names_file_place_and_problem(&run, &file, ":1:1: ", &["object"]);
}

#[test]
fn other_client_without_id_names_its_line() {
    let file = invalid("other-client-without-id.json");
    let run = oauth_sim(&["check", &file]);
    assert_names_file_place_and_problem(&run, &file, ":4:", &["other_clients[0].client_id: "]);
}

// ---------------------------------------------------------------------------------
// Good files: `check`, `run`, exit 0 / 1, and mixing good with bad.
// ---------------------------------------------------------------------------------

#[test]
fn check_accepts_every_valid_fixture_and_counts_its_steps() {
    for (name, steps) in [
        ("all-met.json", 2),
        ("wrong-expectation.json", 2),
        ("literal-dollar-and-array.json", 5),
        ("raw-http-control.json", 10),
        ("raw-request.json", 8),
    ] {
        let file = valid(name);
        let run = oauth_sim(&["check", &file]);
        assert_eq!(run.code, 0, "{file}\n{}", run.stderr);
        assert_eq!(run.stdout, format!("ok  {file} ({steps} steps)\n"));
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn check_of_good_and_bad_files_exits_2_and_still_accepts_the_good_one() {
    let good = valid("all-met.json");
    let bad = invalid("unknown-field.json");
    let run = oauth_sim(&["check", &good, &bad]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.contains(&format!("ok  {good}")),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.starts_with(&format!("error: {bad}:3:10:")),
        "{}",
        run.stderr
    );
}

#[test]
fn run_of_a_file_whose_expectations_hold_exits_0() {
    let run = oauth_sim(&["run", &valid("all-met.json")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stderr, "");
    assert!(run.stdout.contains("Fixture: every expectation holds"));
    assert!(!run.stdout.contains("NOT MET"), "{}", run.stdout);
}

#[test]
fn run_of_a_wrong_expectation_exits_1_naming_expected_and_actual() {
    let file = valid("wrong-expectation.json");
    let run = oauth_sim(&["run", &file]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stderr, "", "a failed expectation is not an error");
    assert!(run.stdout.contains("NOT MET"), "{}", run.stdout);
    assert!(
        run.stdout.contains("status: expected 302, got 400"),
        "{}",
        run.stdout
    );
    // The expectations that hold are not reported as failures.
    assert_eq!(run.stdout.matches("NOT MET").count(), 1, "{}", run.stdout);
}

#[test]
fn json_of_a_wrong_expectation_marks_the_step_not_met() {
    let file = valid("wrong-expectation.json");
    let run = oauth_sim(&["run", "--format", "json", &file]);
    assert_eq!(run.code, 1);
    let report = json_line(&run.stdout);
    assert_eq!(report["passed"], false);
    let steps = array(&report, "steps");
    assert_eq!(steps[0]["met"], true);
    assert_eq!(steps[1]["met"], false);
    assert_eq!(steps[1]["status"], 400);
    assert_eq!(steps[1]["expect"]["status"], 302);
    assert_eq!(
        steps[1]["mismatches"],
        serde_json::json!([{"field": "status", "expected": 302, "actual": 400}]),
        "a status is a number in mismatches as everywhere else"
    );
}

#[test]
fn literal_dollar_is_sent_as_is_and_a_with_array_becomes_a_json_array() {
    let file = valid("literal-dollar-and-array.json");
    let report = run_json(&["run", "--format", "json", &file]);
    assert_eq!(report["passed"], true);
    let steps = array(&report, "steps");

    let register = &array(&steps[0], "messages")[0];
    assert_eq!(register["target"], "/register");
    let body: Value = serde_json::from_str(text(register, "body")).expect("a JSON body");
    assert_eq!(
        body["redirect_uris"],
        serde_json::json!([
            "https://printer.example/callback",
            "https://printer.example/other"
        ])
    );

    // `$$literal` is the text `$literal`, percent-encoded in the query.
    let authorize = array(&steps[1], "messages")
        .iter()
        .find(|m| m["method"] == "GET" && text(m, "target").starts_with("/authorize"))
        .expect("the browser's GET /authorize");
    assert!(
        text(authorize, "target").contains("state=%24literal"),
        "{authorize}"
    );
    assert!(!text(authorize, "target").contains("%24%24"), "{authorize}");
}

#[test]
fn run_of_good_and_bad_files_exits_2_and_still_prints_the_good_transcript() {
    let good = valid("all-met.json");
    let bad = invalid("empty.json");
    for args in [
        ["run", good.as_str(), bad.as_str()],
        ["run", bad.as_str(), good.as_str()],
    ] {
        let run = oauth_sim(&args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stdout.contains("Fixture: every expectation holds"),
            "{args:?}"
        );
        assert!(
            run.stdout.contains("Result: passed"),
            "{args:?}\n{}",
            run.stdout
        );
        assert!(
            run.stderr.starts_with(&format!("error: {bad}: ")),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_unusable_file_outranks_a_failed_expectation() {
    let failing = valid("wrong-expectation.json");
    let bad = invalid("unknown-action.json");
    for args in [
        ["run", failing.as_str(), bad.as_str()],
        ["run", bad.as_str(), failing.as_str()],
    ] {
        let run = oauth_sim(&args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stdout.contains("NOT MET"), "{args:?}");
    }
}

#[test]
fn run_of_several_good_files_prints_each_and_fails_if_any_fails() {
    let good = valid("all-met.json");
    let failing = valid("wrong-expectation.json");
    let both = oauth_sim(&["run", "--format", "json", &good, &good]);
    assert_eq!(both.code, 0);
    assert_eq!(
        both.stdout.lines().count(),
        3,
        "one JSON line per file, a summary"
    );
    let mixed = oauth_sim(&["run", &good, &failing]);
    assert_eq!(mixed.code, 1);
    assert!(mixed.stdout.contains("Fixture: every expectation holds"));
    assert!(mixed.stdout.contains("Fixture: one expectation is wrong"));
}

// ---------------------------------------------------------------------------------
// Runs that fit CI: directories, the summary line, `--strict`, `check` of any name.
// ---------------------------------------------------------------------------------

/// A directory of three scenarios (one passes, one fails, one cannot be used), a text
/// file, and a subdirectory whose scenario must not run.
fn scenario_dir() -> TempDir {
    let dir = TempDir::new();
    let copy = |from: &str, to: &str| {
        fs::copy(from, dir.0.join(to)).expect("copy a fixture");
    };
    copy(&valid("wrong-expectation.json"), "b-fails.json");
    copy(&valid("all-met.json"), "a-passes.json");
    copy(&invalid("unknown-field.json"), "c-unusable.json");
    fs::write(dir.0.join("notes.txt"), "not a scenario").expect("write notes.txt");
    fs::create_dir(dir.0.join("nested")).expect("create nested/");
    copy(&valid("all-met.json"), "nested/d-nested.json");
    dir
}

#[test]
fn run_of_a_directory_runs_its_json_files_sorted_and_not_its_subdirectories() {
    let dir = scenario_dir();
    let path = dir.0.display().to_string();
    let run = oauth_sim(&["run", "--brief", &path]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    let files: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|line| line.strip_prefix("file "))
        .filter_map(|line| line.split(" · ").next())
        .collect();
    assert_eq!(
        files,
        [
            format!("{path}/a-passes.json"),
            format!("{path}/b-fails.json")
        ]
    );
    assert!(
        run.stderr
            .starts_with(&format!("error: {path}/c-unusable.json:3:10: ")),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .ends_with("\n\n3 scenarios: 1 passed, 1 failed, 1 unusable\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn run_ends_with_a_summary_line_even_for_one_scenario() {
    let run = oauth_sim(&["run", "--brief", &valid("all-met.json")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.ends_with(
            "Result: passed · 2 steps · 2 expectations met\n\n\
             1 scenario: 1 passed, 0 failed, 0 unusable\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn json_run_ends_with_a_summary_object_and_every_scenario_keeps_its_line() {
    let dir = scenario_dir();
    let run = oauth_sim(&["run", "--format", "json", &dir.0.display().to_string()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "a line per scenario, then the summary");
    let reports: Vec<Value> = lines[..3]
        .iter()
        .map(|line| serde_json::from_str(line).expect("a scenario line"))
        .collect();
    let passed: Vec<&Value> = reports.iter().map(|report| &report["passed"]).collect();
    assert_eq!(passed, [true, false, false]);
    assert!(reports[2]["error"].is_object(), "{}", lines[2]);
    assert_eq!(
        lines[3],
        r#"{"summary":{"scenarios":3,"passed":1,"failed":1,"unusable":1}}"#
    );
}

#[test]
fn a_directory_without_json_files_exits_2_saying_so() {
    let dir = TempDir::new();
    fs::write(dir.0.join("readme.txt"), "no scenarios here").expect("write a file");
    let path = dir.0.display().to_string();
    for command in ["run", "check"] {
        let run = oauth_sim(&[command, &path]);
        assert_eq!(run.code, 2, "{command}");
        assert_eq!(
            run.stderr,
            format!(
                "error: {path}: no .json files in this directory (only the .json files \
                 directly in it are read, not those in its subdirectories)\n"
            ),
            "{command}"
        );
    }
    let run = oauth_sim(&["run", &path]);
    assert_eq!(run.stdout, "0 scenarios: 0 passed, 0 failed, 0 unusable\n");
}

#[test]
fn strict_fails_a_scenario_without_steps_and_one_without_expectations() {
    let cases = [
        (
            "no-steps.json",
            "the scenario has no steps, so it tests nothing",
        ),
        (
            "no-expectations.json",
            "no step has an \"expect\", so nothing is checked",
        ),
    ];
    for (name, why) in cases {
        let file = valid(name);
        let lenient = oauth_sim(&["run", "--brief", &file]);
        assert_eq!(lenient.code, 0, "{name} passes without --strict");
        let strict = oauth_sim(&["run", "--brief", "--strict", &file]);
        assert_eq!(strict.code, 1, "{name}\n{}", strict.stderr);
        assert_eq!(strict.stderr, "");
        assert!(
            strict.stdout.ends_with(&format!(
                "Strict: FAILED · {why} (--strict)\n\n\
                 1 scenario: 0 passed, 1 failed, 0 unusable\n"
            )),
            "{}",
            strict.stdout
        );
    }
}

#[test]
fn strict_json_marks_the_scenario_failed_and_says_why() {
    let run = oauth_sim(&[
        "run",
        "--format",
        "json",
        "--strict",
        &valid("no-steps.json"),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json_line(&run.stdout);
    assert_eq!(report["passed"], false);
    assert_eq!(
        report["strict"],
        "the scenario has no steps, so it tests nothing"
    );
    assert!(
        run.stdout.ends_with(
            "{\"summary\":{\"scenarios\":1,\"passed\":0,\"failed\":1,\"unusable\":0}}\n"
        )
    );
}

#[test]
fn strict_passes_a_scenario_that_checks_something() {
    let run = oauth_sim(&["run", "--strict", &valid("all-met.json")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("Strict:"), "{}", run.stdout);
    let failing = oauth_sim(&["run", "--strict", &valid("wrong-expectation.json")]);
    assert_eq!(failing.code, 1);
    assert!(!failing.stdout.contains("Strict:"), "{}", failing.stdout);
}

#[test]
fn check_accepts_builtin_names_and_directories_as_run_does() {
    let dir = scenario_dir();
    let path = dir.0.display().to_string();
    let run = oauth_sim(&["check", "standard-flow", &path]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "ok  builtin:standard-flow (12 steps)\n\
             ok  {path}/a-passes.json (2 steps)\n\
             ok  {path}/b-fails.json (2 steps)\n"
        )
    );
    assert!(
        run.stderr
            .starts_with(&format!("error: {path}/c-unusable.json:3:10: ")),
        "{}",
        run.stderr
    );
    let misspelt = oauth_sim(&["check", "standard-flwo"]);
    assert_names_file_place_and_problem(
        &misspelt,
        "standard-flwo",
        ": ",
        &["did you mean standard-flow?"],
    );
}

#[test]
fn one_step_is_counted_in_the_singular() {
    let dir = TempDir::new();
    let file = dir.0.join("one.json");
    fs::write(
        &file,
        r#"{"title": "One", "steps": [{"do": "register", "expect": {"status": 201}}]}"#,
    )
    .expect("write one.json");
    let file = file.display().to_string();
    let check = oauth_sim(&["check", &file]);
    assert_eq!(check.stdout, format!("ok  {file} (1 step)\n"));
    let run = oauth_sim(&["run", "--brief", &file]);
    assert!(
        run.stdout
            .contains("Result: passed · 1 step · 1 expectation met\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_parameter_repeated_at_token_is_explained_by_the_token_endpoints_sections() {
    let report = run_json(&[
        "run",
        "--format",
        "json",
        &valid("repeated-parameter-at-token.json"),
    ]);
    let steps = array(&report, "steps");
    let token = &steps[steps.len() - 1];
    assert_eq!(token["topic"], "form_parameter_repeated");
    assert_eq!(token["rfc"], "RFC 6749 §3.2, §5.2; RFC 7009 §2.2.1");
    let at_authorize = run_json(&["run", "--format", "json", "repeated-parameter"]);
    let authorize = &array(&at_authorize, "steps")[0];
    assert_eq!(authorize["topic"], "parameter_repeated");
    assert_eq!(authorize["rfc"], "RFC 6749 §3.1, §4.1.2.1");
}

// ---------------------------------------------------------------------------------
// Shell completions.
// ---------------------------------------------------------------------------------

/// The subcommands a completion script must offer.
const SUBCOMMANDS: [&str; 6] = ["run", "list", "check", "tui", "schema", "completions"];

#[test]
fn completions_print_a_script_naming_the_program_and_every_subcommand() {
    for shell in ["bash", "zsh", "fish"] {
        let run = oauth_sim(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert_eq!(run.stderr, "", "{shell}");
        assert!(run.stdout.contains("oauth-sim"), "{shell}:\n{}", run.stdout);
        for subcommand in SUBCOMMANDS {
            assert!(
                run.stdout.contains(subcommand),
                "{shell} offers {subcommand}:\n{}",
                run.stdout
            );
        }
    }
}

#[test]
fn schema_prints_the_checked_in_json_schema() {
    let run = oauth_sim(&["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let checked_in =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scenario.schema.json"))
            .expect("docs/scenario.schema.json is checked in");
    assert!(
        run.stdout == checked_in,
        "oauth-sim schema differs from the file"
    );
    let schema: Value = serde_json::from_str(&run.stdout).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["required"], serde_json::json!(["title"]));
}

#[test]
fn an_unknown_shell_is_a_usage_error_naming_the_shells() {
    let run = oauth_sim(&["completions", "tcsh"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bash"), "{}", run.stderr);
    assert!(run.stderr.contains("zsh"), "{}", run.stderr);
    assert!(run.stderr.contains("fish"), "{}", run.stderr);
}

/// What bash offers for `oauth-sim WORDS…` with the cursor at the end of the last
/// word, with the script sourced; `None` where there is no bash to ask.
fn bash_completes(words: &[&str]) -> Option<String> {
    let script = oauth_sim(&["completions", "bash"]).stdout;
    let dir = TempDir::new();
    let path = dir.0.join("oauth-sim.bash");
    fs::write(&path, script).expect("write the script");
    let current = words.last().copied().unwrap_or_default();
    let previous = words.len().checked_sub(2).map_or("oauth-sim", |i| words[i]);
    let program = format!(
        "source '{}'; COMP_WORDS=(oauth-sim {}); COMP_CWORD={}; \
         _oauth__sim oauth-sim '{current}' '{previous}'; echo \"${{COMPREPLY[*]}}\"",
        path.display(),
        words.join(" "),
        words.len()
    );
    let output = Command::new("bash").arg("-c").arg(program).output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

#[test]
fn bash_completes_subcommands_and_each_subcommands_own_flags() {
    let Some(commands) = bash_completes(&["ch"]) else {
        eprintln!("no bash here: the bash completion is not exercised");
        return;
    };
    assert_eq!(commands, "check");
    assert_eq!(
        bash_completes(&["run", "--st"]).as_deref(),
        Some("--strict")
    );
    assert_eq!(
        bash_completes(&["completions", "fi"]).as_deref(),
        Some("fish")
    );
}

// ---------------------------------------------------------------------------------
// Built-ins: `list`, the JSON transcript, determinism and seeds.
// ---------------------------------------------------------------------------------

#[test]
fn list_names_at_least_25_builtins_including_standard_flow() {
    let run = oauth_sim(&["list"]);
    assert!(!run.stdout.contains("(broken"), "{}", run.stdout);
    let names = builtin_names();
    assert!(names.len() >= 25, "{names:?}");
    assert!(names.iter().any(|n| n == "standard-flow"), "{names:?}");
    let unique: BTreeSet<&String> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "no name twice");
    for line in run.stdout.lines() {
        let title = line.split_once("  ").map(|(_, t)| t.trim());
        assert!(
            title.is_some_and(|t| !t.is_empty()),
            "name and title: {line:?}"
        );
    }
}

#[test]
fn every_builtin_runs_with_all_expectations_met() {
    for name in builtin_names() {
        let run = oauth_sim(&["run", "--brief", &name]);
        assert_eq!(
            run.code, 0,
            "built-in {name} should pass:\n{}\n{}",
            run.stdout, run.stderr
        );
        assert_eq!(run.stderr, "", "{name}");
    }
}

#[test]
fn standard_flow_as_json_is_one_line_with_the_promised_fields() {
    let report = run_json(&["run", "--format", "json", "standard-flow"]);
    assert!(!text(&report, "scenario").is_empty());
    assert!(
        text(&report, "file").contains("standard-flow"),
        "{}",
        report["file"]
    );
    assert_eq!(report["passed"], true);
    let steps = array(&report, "steps");
    assert_eq!(steps.len(), 12, "the standard flow has 12 steps");
    for (i, step) in steps.iter().enumerate() {
        assert!(step["index"].is_u64(), "step {i}: index");
        assert!(step["do"].is_string(), "step {i}: do");
        // `met` is null where nothing is expected (the roles and the wait), and never
        // false here.
        assert!(
            step["met"] == true || step["met"].is_null(),
            "step {i}: {}",
            step["met"]
        );
        for message in array(step, "messages") {
            assert!(
                message["from"].is_string() && message["to"].is_string(),
                "{message}"
            );
            assert!(message["headers"].is_object(), "{message}");
            assert!(message["body"].is_string(), "{message}");
            let request = message["method"].is_string() && message["target"].is_string();
            let response = message["status"].is_u64();
            assert!(request != response, "a request or a response: {message}");
            if !request {
                assert!(message.get("method").is_none() && message.get("target").is_none());
            }
        }
    }
}

#[test]
fn standard_flow_messages_pass_between_all_four_actors() {
    let report = run_json(&["run", "--format", "json", "standard-flow"]);
    let messages: Vec<&Value> = array(&report, "steps")
        .iter()
        .flat_map(|step| array(step, "messages"))
        .collect();
    let actors: BTreeSet<&str> = messages
        .iter()
        .flat_map(|m| [text(m, "from"), text(m, "to")])
        .collect();
    let expected: BTreeSet<&str> = [
        "authorization_server",
        "client",
        "resource_owner",
        "resource_server",
    ]
    .into_iter()
    .collect();
    assert_eq!(actors, expected);
    let introspection = messages.iter().find(|m| {
        m["from"] == "resource_server"
            && m["to"] == "authorization_server"
            && m["target"]
                .as_str()
                .is_some_and(|t| t.starts_with("/introspect"))
    });
    assert!(
        introspection.is_some(),
        "the resource server asks the authorization server about the token"
    );
}

#[test]
fn at_the_token_step_client_and_server_both_remove_the_code() {
    let report = run_json(&["run", "--format", "json", "standard-flow"]);
    let token = array(&report, "steps")
        .iter()
        .find(|s| s["do"] == "token")
        .expect("a token step");
    let removed_by = |actor: &str| {
        array(token, "changes")
            .iter()
            .find(|c| {
                c["actor"] == actor
                    && c["change"] == "removed"
                    && c["kind"] == "code"
                    && c["reason"] == "exchanged"
            })
            .map_or_else(
                || panic!("{actor} removes the exchanged code: {token}"),
                |c| c["key"].clone(),
            )
    };
    let client = removed_by("client");
    let server = removed_by("authorization_server");
    assert!(client.is_string());
    assert_eq!(client, server, "the same code on both sides");
}

#[test]
fn same_builtin_twice_gives_byte_identical_output() {
    for args in [
        &["run", "standard-flow"][..],
        &["run", "--format", "json", "standard-flow"],
        &["run", "--format", "json", "code-replay"],
    ] {
        let first = oauth_sim(args);
        let second = oauth_sim(args);
        assert_eq!(first.code, 0, "{args:?}");
        assert!(!first.stdout.is_empty());
        assert!(
            first.stdout == second.stdout,
            "{args:?} differs between runs"
        );
    }
}

#[test]
fn seed_flag_equal_to_the_files_seed_changes_nothing() {
    let default = oauth_sim(&["run", "--format", "json", "standard-flow"]);
    let seed_1 = oauth_sim(&["run", "--format", "json", "--seed", "1", "standard-flow"]);
    assert!(default.stdout == seed_1.stdout);
}

/// Every code, access token and refresh token the run creates, in order.
fn secrets_of(report: &Value) -> Vec<String> {
    let mut values = Vec::new();
    for step in array(report, "steps") {
        for change in array(step, "changes") {
            let kind = &change["item"]["kind"];
            if change["change"] == "added"
                && ["code", "access_token", "refresh_token"]
                    .iter()
                    .any(|k| kind == k)
            {
                let key = text(&change["item"], "key").to_owned();
                if !values.contains(&key) {
                    values.push(key);
                }
            }
        }
    }
    values
}

#[test]
fn another_seed_changes_every_code_and_token() {
    let one = run_json(&["run", "--format", "json", "--seed", "1", "standard-flow"]);
    let two = run_json(&["run", "--format", "json", "--seed", "2", "standard-flow"]);
    assert_eq!(two["passed"], true, "the flow works whatever the seed");
    let (secrets_1, secrets_2) = (secrets_of(&one), secrets_of(&two));
    // A code, the first access and refresh tokens, and the refreshed pair.
    assert!(secrets_1.len() >= 5, "{secrets_1:?}");
    assert_eq!(secrets_1.len(), secrets_2.len());
    let text_2 = two.to_string();
    for value in &secrets_1 {
        assert!(
            !text_2.contains(value.as_str()),
            "{value} appears with seed 2 too"
        );
    }
}

// ---------------------------------------------------------------------------------
// Numbers past the calendar: the clock stops at its limit and says so.
// ---------------------------------------------------------------------------------

/// The waits that once panicked in chrono (9.3e15 s, `i64::MAX` s) and the largest.
const ENDLESS_WAITS: [&str; 3] = [
    "9300000000000000",
    "9223372036854775807",
    "18446744073709551615",
];

#[test]
fn waits_past_the_calendar_stop_the_clock_at_its_limit_and_say_so() {
    let dir = TempDir::new();
    for seconds in ENDLESS_WAITS {
        let path = dir.0.join(format!("wait-{seconds}.json"));
        fs::write(
            &path,
            format!(
                r#"{{"title": "A long wait", "steps": [{{"do": "register"}},
                    {{"do": "wait", "seconds": {seconds}}}, {{"do": "authorize"}}]}}"#
            ),
        )
        .expect("write the scenario");
        let file = path.to_str().expect("a UTF-8 temp path");

        let check = oauth_sim(&["check", file]);
        assert_eq!(check.code, 0, "{seconds}: {}", check.stderr);

        let text = oauth_sim(&["run", file]);
        assert_eq!(text.code, 0, "{seconds}: {}", text.stderr);
        assert!(
            text.stdout
                .contains("── Step 1/3 · register · 09:00:00 · 2 Registration ──"),
            "{}",
            text.stdout
        );
        for line in [
            "── Step 2/3 · wait · +262142-12-31 23:59:59 (clock at its limit) · ",
            "  ⏱ the clock is at its limit, +262142-12-31 23:59:59: it cannot move further",
            "── Step 3/3 · authorize · +262142-12-31 23:59:59 (clock at its limit) · ",
        ] {
            assert!(
                text.stdout.contains(line),
                "{seconds}: {line}\n{}",
                text.stdout
            );
        }

        let json = run_json(&["run", "--format", "json", file]);
        let steps = array(&json, "steps");
        let at_limit: Vec<&Value> = steps.iter().map(|s| &s["clock_at_limit"]).collect();
        assert_eq!(at_limit, [false, true, true], "{seconds}");
        assert_eq!(steps[1]["at"], "+262142-12-31T23:59:59Z");
    }
}

#[test]
fn lifetimes_as_long_as_the_format_allows_still_expire_and_the_limit_never_comes() {
    let run = oauth_sim(&["run", &valid("clock-at-its-limit.json")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains("NOT MET"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------------
// Files that are not regular files: refused at once, never read.
// ---------------------------------------------------------------------------------

/// Runs `oauth-sim ARGS…` like [`oauth_sim`], but fails instead of hanging when it
/// has not ended after a generous deadline (a FIFO once blocked `open()` forever,
/// `/dev/zero` was read until memory ran out).
fn oauth_sim_ending(args: &[&str]) -> Run {
    use std::io::Read as _;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the oauth-sim binary starts");
    let drain = |stream: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut stream) = stream {
                let _ = stream.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = drain(child.stdout.take().map(|s| Box::new(s) as _));
    let stderr = drain(child.stderr.take().map(|s| Box::new(s) as _));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for oauth-sim") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("oauth-sim {args:?} was still running after 120 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().expect("stdout read"),
        stderr: stderr.join().expect("stderr read"),
    };
    assert!(
        !run.stderr.contains("panicked") && run.code != 101,
        "oauth-sim {args:?} panicked:\n{}",
        run.stderr
    );
    run
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once_as_not_a_regular_file() {
    let dir = TempDir::new();
    let fifo = dir.0.join("waiting-for-a-writer.json");
    let name = std::ffi::CString::new(fifo.clone().into_os_string().into_encoded_bytes())
        .expect("a path without NUL");
    // SAFETY: `name` is a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo");
    let file = fifo.to_str().expect("a UTF-8 temp path");
    for command in ["run", "check", "tui"] {
        let run = oauth_sim_ending(&[command, file]);
        assert_names_file_place_and_problem(&run, file, ": ", &["not a regular file"]);
    }
}

#[cfg(unix)]
#[test]
fn devices_and_links_to_them_are_refused_without_being_read() {
    let dir = TempDir::new();
    let link = dir.0.join("endless.json");
    std::os::unix::fs::symlink("/dev/zero", &link).expect("a symlink");
    let link = link.to_str().expect("a UTF-8 temp path");
    for file in ["/dev/zero", "/dev/urandom", "/dev/null", link] {
        for command in ["run", "check"] {
            let run = oauth_sim_ending(&[command, file]);
            assert_names_file_place_and_problem(&run, file, ": ", &["not a regular file"]);
        }
    }
}

// ---------------------------------------------------------------------------------
// Closed and full output streams: never a panic.
// ---------------------------------------------------------------------------------

/// Every command, on its output and on its error path.
const EVERY_COMMAND: &[&[&str]] = &[
    &["run", "standard-flow"],
    &["run", "--brief", "standard-flow", "code-replay"],
    &["run", "--format", "json", "standard-flow"],
    &["run", "standard-flow", "no-such-scenario"],
    &["list"],
    &[
        "check",
        "scenarios/code-replay.json",
        "scenarios/standard-flow.json",
    ],
    &["check", "tests/fixtures/invalid/empty.json"],
    &["tui", "no-such-scenario.json"],
    &["no-such-scenario.json"],
    &["--help"],
    &["--version"],
    &["run", "--help"],
    &["run"],
    &["run", "--brief", "--format", "json", "standard-flow"],
];

/// Whether the command writes to standard output when all goes well.
fn writes_stdout(args: &[&str]) -> bool {
    matches!(args.first(), Some(&("list" | "--help" | "--version")))
        || args.contains(&"--help")
        || (args.first() == Some(&"run")
            && args.contains(&"standard-flow")
            && args.len() > 1
            && !(args.contains(&"--brief") && args.contains(&"json")))
        || args.contains(&"scenarios/code-replay.json")
}

/// Runs `oauth-sim ARGS…` with the given standard output and error and returns its
/// exit code (failing on a signal, such as the abort of a panic while panicking) and
/// what it said on standard error when that is captured.
fn oauth_sim_into(
    args: &[&str],
    stdout: std::process::Stdio,
    stderr: std::process::Stdio,
) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .expect("the oauth-sim binary starts");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("oauth-sim {args:?} was killed by a signal: {stderr}"));
    assert!(
        code != 101 && !stderr.contains("panicked"),
        "oauth-sim {args:?} panicked ({code}):\n{stderr}"
    );
    (code, stderr)
}

/// A pipe whose reading end is already closed: the first write fails with EPIPE.
fn closed_pipe() -> std::process::Stdio {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    writer.into()
}

#[cfg(target_os = "linux")]
fn dev_full() -> std::process::Stdio {
    fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens")
        .into()
}

#[test]
fn a_reader_that_went_away_stops_every_command_quietly() {
    for args in EVERY_COMMAND {
        let (_, stderr) = oauth_sim_into(args, closed_pipe(), std::process::Stdio::piped());
        assert!(!stderr.contains("cannot write"), "{args:?}: {stderr}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_output_is_one_line_on_stderr_and_exit_4() {
    for args in EVERY_COMMAND {
        let (code, stderr) = oauth_sim_into(args, dev_full(), std::process::Stdio::piped());
        if writes_stdout(args) {
            assert_eq!(code, 4, "{args:?}: {stderr}");
            assert!(
                stderr.ends_with(
                    "error: cannot write the output: No space left on device (os error 28)\n"
                ),
                "{args:?}: {stderr}"
            );
        } else {
            assert_eq!(code, 2, "{args:?}: {stderr}");
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_stderr_never_panics_and_keeps_the_exit_code() {
    for args in EVERY_COMMAND {
        let (expected, _) = oauth_sim_into(
            args,
            std::process::Stdio::null(),
            std::process::Stdio::piped(),
        );
        let (code, _) = oauth_sim_into(args, std::process::Stdio::null(), dev_full());
        assert_eq!(code, expected, "{args:?}");
        oauth_sim_into(args, dev_full(), dev_full());
        oauth_sim_into(args, closed_pipe(), dev_full());
    }
}

// ---------------------------------------------------------------------------------
// Control characters from files and arguments: shown escaped, never sent.
// ---------------------------------------------------------------------------------

/// Fails when `text` holds a control character other than the line feed: C0, DEL
/// or C1, any of which a terminal could act on.
fn assert_printable(what: &str, text: &str) {
    let hidden: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| c.is_control() && *c != '\n')
        .collect();
    assert!(
        hidden.is_empty(),
        "{what}: control characters at {hidden:?}:\n{text}"
    );
}

#[test]
fn control_characters_from_a_file_are_shown_escaped_never_sent() {
    let file = valid("control-characters.json");
    for args in [
        &["run", file.as_str()][..],
        &["run", "--brief", file.as_str()],
        &["run", "--lang", "ko", file.as_str()],
        &["run", "--format", "json", file.as_str()],
        &["check", file.as_str()],
    ] {
        let run = oauth_sim(args);
        assert!(run.code < 2, "{args:?}: {}", run.stderr);
        assert_printable(&format!("{args:?} stdout"), &run.stdout);
        assert_printable(&format!("{args:?} stderr"), &run.stderr);
    }
    let text = oauth_sim(&["run", &file]).stdout;
    for shown in [
        "━━ Title \\u{1b}[2J\\u{1b}[H\\u{7} \\u{9b}31m red \\u{7f} ━━",
        "  note: Note \\u{1b}]0;window title\\u{7}",
        "Authorization: Bearer tok\\u{1b}[2J\\u{7}en",
        "name Printer \\u{1b}[31m",
    ] {
        assert!(text.contains(shown), "{shown}\n{text}");
    }
    // The JSON escapes what it carries and still means the same text.
    let json = run_json(&["run", "--format", "json", &file]);
    assert_eq!(
        json["scenario"],
        "Title \u{1b}[2J\u{1b}[H\u{7} \u{9b}31m red \u{7f}"
    );
}

#[test]
fn control_characters_in_a_file_name_are_escaped_in_every_message() {
    let dir = TempDir::new();
    let good = dir.0.join("ring\u{7}\u{1b}[2J.json");
    fs::write(&good, r#"{"title": "t"}"#).expect("write the scenario");
    let good = good.to_str().expect("a UTF-8 temp path");
    let missing = format!("{}/gone\u{1b}]0;owned\u{7}.json", dir.0.display());
    for args in [
        &["check", good][..],
        &["run", good],
        &["run", "--format", "json", good],
        &["check", &missing],
        &["run", &missing],
        &["tui", &missing],
        &["no-such\u{1b}[2J-builtin"],
    ] {
        let run = oauth_sim(args);
        assert_printable(&format!("{args:?} stdout"), &run.stdout);
        assert_printable(&format!("{args:?} stderr"), &run.stderr);
    }
    let run = oauth_sim(&["check", good]);
    assert!(
        run.stdout.contains("ring\\u{7}\\u{1b}[2J.json"),
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------------
// Options that do not go together.
// ---------------------------------------------------------------------------------

#[test]
fn brief_or_explain_with_a_format_they_do_not_change_is_a_usage_error() {
    for (flag, format, says) in [
        ("--brief", "tap", "error: --brief is for the text format\n"),
        (
            "--brief",
            "markdown",
            "error: --brief is for the text format\n",
        ),
        (
            "--explain",
            "text",
            "error: --explain is for --format json;",
        ),
        (
            "--explain",
            "junit",
            "error: --explain is for --format json;",
        ),
    ] {
        let run = oauth_sim(&["run", flag, "--format", format, "standard-flow"]);
        assert_eq!(run.code, 2, "{flag} {format}: {}", run.stderr);
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr.starts_with(says),
            "{flag} {format}: {}",
            run.stderr
        );
    }
    let json = oauth_sim(&["run", "--explain", "--format", "json", "standard-flow"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
}

#[test]
fn brief_with_json_is_refused_as_a_usage_error() {
    let run = oauth_sim(&["run", "--brief", "--format", "json", "standard-flow"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with(
            "error: --brief is for the text format; --format json always carries the whole messages"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Usage: oauth-sim run"),
        "{}",
        run.stderr
    );
    let text = oauth_sim(&["run", "--format", "text", "--brief", "standard-flow"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
}

#[test]
fn text_given_as_a_map_of_languages_is_shown_in_the_language_asked_for() {
    let file = valid("languages-map.json");
    let korean = oauth_sim(&["run", "--lang", "ko", &file]);
    assert_eq!(korean.code, 0, "{}", korean.stderr);
    assert!(
        korean.stdout.starts_with("━━ 언어별 텍스트 ━━\n"),
        "{}",
        korean.stdout
    );
    assert!(
        korean.stdout.contains("  메모: 앱이 등록합니다.\n"),
        "{}",
        korean.stdout
    );
    let english = oauth_sim(&["run", &file]);
    assert!(
        english
            .stdout
            .starts_with("━━ Text in a map of languages ━━\n")
    );
    assert!(english.stdout.contains("  note: The app registers.\n"));
    let json = run_json(&["run", "--format", "json", &file]);
    assert_eq!(text(&json, "scenario"), "Text in a map of languages");
}

#[test]
fn an_unknown_language_is_refused_with_the_codes_there_are() {
    let run = oauth_sim(&["--lang", "xx", "list"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("invalid value 'xx' for '--lang <LANG>'"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("[possible values: en, ko]"),
        "{}",
        run.stderr
    );
}
