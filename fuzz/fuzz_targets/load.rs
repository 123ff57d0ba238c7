//! Scenario bytes → `oauth_sim::scenario::parse`. Loading must never panic, whatever
//! the bytes: a bad file is an error with a place, not a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = oauth_sim::scenario::parse("fuzz.json", bytes);
});
