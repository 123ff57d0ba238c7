//! Scenario bytes → load, and when it loads, run it and render both headless
//! reports: the text transcript in each language, brief and full, and the JSON line.
//! The text is also written step by step as `oauth-sim run` writes it, which must
//! give the same bytes as the whole report.
//!
//! No cap on the number of steps: libFuzzer's `-max_len` (4096 bytes unless the corpus
//! holds larger files) bounds a scenario to a few hundred steps, which run in
//! milliseconds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oauth_sim::explain::Lang;
use oauth_sim::report::{self, TextOptions};
use oauth_sim::scenario::Scenario;

const FILE: &str = "fuzz.json";

/// The text report as `oauth-sim run` writes it: the header, each step as the run
/// makes it, the result.
fn streamed(scenario: &Scenario, options: TextOptions) -> String {
    let mut out = Vec::new();
    let _ = report::write_text(scenario.start_run(None), FILE, options, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(scenario) = oauth_sim::scenario::parse(FILE, bytes) else {
        return;
    };
    let transcript = scenario.run(None);
    for lang in [Lang::EN, Lang::KO] {
        for brief in [false, true] {
            let _ = report::text(&transcript, FILE, TextOptions { brief, lang });
        }
        let _ = report::json_line(&transcript, FILE, report::JsonOptions { lang, explain: true, strict: None });
    }
    let options = TextOptions::default();
    assert_eq!(
        streamed(&scenario, options),
        report::text(&transcript, FILE, options),
        "the streamed text report differs from the whole one"
    );
});
