//! oauth-sim: watch OAuth 2.0 happen step by step, and break it on purpose.
//!
//! - [`sim`]: the deterministic simulation core (actors, messages, transcript).
//! - [`explain`]: what each step teaches, in English and Korean.
//! - [`text`]: every sentence and label, as Fluent data per language (`locales/`).
//! - [`glossary`]: the glossary's terms and its search in every language.
//! - [`predict`]: predict mode's questions, generated from a transcript.
//! - [`scenario`]: scenario files, their errors, and the built-in catalogue.
//! - [`report`]: headless output (text and JSON).
//! - [`escape`]: text from files and arguments made safe to print.
//! - [`curl`]: a simulated request as the `curl` command that would send it.
//! - [`cli`]: the command line; `tui`: the terminal UI (feature `tui`).

pub mod cli;
pub mod curl;
pub mod escape;
pub mod explain;
pub mod glossary;
pub mod predict;
pub mod report;
pub mod scenario;
#[cfg(feature = "serve")]
pub mod serve;
pub mod sim;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;
