//! Scenario bytes → load, and when it loads, run it and render both headless
//! reports (the text transcript in each language, brief and full, and the JSON line).
//!
//! No cap on the number of steps: libFuzzer's `-max_len` (4096 bytes unless the corpus
//! holds larger files) bounds a scenario to a few hundred steps, which run in
//! milliseconds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oauth_sim::explain::Lang;
use oauth_sim::report::{self, TextOptions};

fuzz_target!(|bytes: &[u8]| {
    let Ok(scenario) = oauth_sim::scenario::parse("fuzz.json", bytes) else {
        return;
    };
    let transcript = scenario.run(None);
    for lang in [Lang::En, Lang::Ko] {
        for brief in [false, true] {
            let _ = report::text(&transcript, "fuzz.json", TextOptions { brief, lang });
        }
        let _ = report::json_line(&transcript, "fuzz.json", lang);
    }
});
