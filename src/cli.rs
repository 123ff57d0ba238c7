//! The command line (`scenario-format.md`, "Running"): `run`, `list`, `check`, and the
//! TUI with no command. Every write goes through [`output`], so a closed or full
//! stream never panics.

mod lab;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory as _, Parser, Subcommand, ValueEnum};

pub use output::{OutputError, clap_exit, exit_for};

use crate::escape::visible_line;
use crate::explain::Lang;
use crate::report::suite::{Suite, case_of};
use crate::report::{self, JsonOptions, TextOptions, Verdict};
use crate::scenario::{self, Loaded, ScenarioError};
#[cfg(feature = "tui")]
use crate::tui::Ended;

/// Exit code: every expectation held.
pub const EXIT_PASSED: u8 = 0;
/// Exit code: some expectation did not hold.
pub const EXIT_FAILED: u8 = 1;
/// Exit code: a file could not be used (and a usage error, as clap has it).
pub const EXIT_UNUSABLE: u8 = 2;
/// Exit code: the terminal UI has no terminal it can use (standard output is not one,
/// there is no controlling terminal, `TERM=dumb`), or the terminal failed in use.
pub const EXIT_NO_TERMINAL: u8 = 3;
/// Exit code: the output could not be written (a full disk, a device that refuses);
/// a reader that went away is not an error.
pub const EXIT_NO_OUTPUT: u8 = 4;
/// Exit code of the terminal UI ended by signal n: this plus n, as shells report a
/// process killed by a signal (143 for `SIGTERM`).
pub const EXIT_SIGNAL_BASE: u8 = 128;

/// Watch OAuth 2.0 happen step by step, and break it on purpose.
///
/// With no command, opens the terminal UI on the built-in lesson (standard-flow), or
/// on the scenario named.
#[derive(Debug, Parser)]
#[command(name = "oauth-sim", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A built-in scenario name or a scenario file to open in the TUI.
    pub scenario: Option<String>,
    #[command(flatten)]
    pub tui: TuiOptions,
}

/// Options of the terminal UI.
#[derive(Debug, Clone, clap::Args)]
pub struct TuiOptions {
    /// Language of everything on screen in the TUI, and of the explanations, titles and
    /// notes that `run` prints.
    #[arg(long, value_enum, default_value = "en", global = true)]
    pub lang: LangArg,
    /// A directory whose .json files the scenario picker lists beside the built-ins
    /// [default: scenarios/ when present].
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run scenarios headless: print each transcript and check each `expect`.
    ///
    /// Exit code 0 when every expectation holds, 1 when any does not, 2 when a file
    /// cannot be used.
    Run {
        /// Built-in scenario names or scenario files.
        #[arg(required = true, value_name = "NAME|FILE")]
        scenarios: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Text format only: leave out the wire text of each message.
        #[arg(long)]
        brief: bool,
        /// JSON format only: add each step's explanation (headline, why, next).
        #[arg(long)]
        explain: bool,
        /// Run with this seed instead of the file's.
        #[arg(long)]
        seed: Option<u64>,
    },
    /// List the built-in scenarios.
    List {
        /// The attack lab instead: each attack, its RFC 9700 section, the defense, and
        /// what the attacker gained with the defense off and on (both built-ins are
        /// run). Exit code 1 when a run does not meet its expectations.
        #[arg(long)]
        lab: bool,
        /// Output format of `--lab`.
        #[arg(long, value_enum, default_value = "text", requires = "lab")]
        format: LabFormat,
    },
    /// Check that scenario files load, without running them.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// Open a scenario in the terminal UI.
    ///
    /// Exit code 0 on quit, 2 when the scenario cannot be used, 3 without a usable
    /// terminal, 128 + n when signal n ends it.
    Tui {
        /// A built-in scenario name or a scenario file [default: standard-flow].
        #[arg(value_name = "NAME|FILE")]
        scenario: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    #[value(help = "JUnit XML for CI servers: one testcase per scenario")]
    Junit,
    /// TAP 14: one test point per scenario.
    Tap,
    /// Every request as the curl command that would send it.
    Curl,
    /// A document for GitHub or a lesson: the flow as a Mermaid diagram, then each
    /// step with its wire text, outcome and explanation.
    Markdown,
    /// A Mermaid `sequenceDiagram` of the messages.
    Mermaid,
}

/// The formats of `list --lab`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LabFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    En,
    Ko,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Ko => Lang::Ko,
        }
    }
}

impl Cli {
    /// Parses the process's arguments, refusing combinations clap cannot express.
    ///
    /// # Errors
    ///
    /// A usage error, or `--help` / `--version`, for [`clap_exit`].
    pub fn try_parse_checked() -> Result<Self, clap::Error> {
        let cli = Self::try_parse()?;
        if let Some(Command::Run {
            format: Format::Json,
            brief: true,
            ..
        }) = cli.command
        {
            let mut command = Self::command();
            command.build();
            let mut run = command.find_subcommand("run").cloned().unwrap_or(command);
            return Err(run.error(
                ErrorKind::ArgumentConflict,
                "--brief is for the text format; --format json always carries the whole messages",
            ));
        }
        Ok(cli)
    }
}

/// Runs the command line and returns the process exit code.
///
/// # Errors
///
/// Writing to standard output failed ([`OutputError`]).
pub fn main(cli: Cli) -> anyhow::Result<ExitCode> {
    let lang = Lang::from(cli.tui.lang);
    let code = match cli.command {
        Some(Command::Run {
            scenarios,
            format,
            brief,
            explain,
            seed,
        }) => run(
            &scenarios,
            format,
            &Options {
                text: TextOptions { brief, lang },
                json: JsonOptions { lang, explain },
            },
            seed,
        )?,
        Some(Command::List { lab: false, .. }) => list()?,
        Some(Command::List { lab: true, format }) => list_lab(format, lang)?,
        Some(Command::Check { files }) => check(&files)?,
        Some(Command::Tui { scenario }) => tui(scenario.or(cli.scenario), &cli.tui),
        None => tui(cli.scenario, &cli.tui),
    };
    Ok(ExitCode::from(code))
}

/// How each format is written.
struct Options {
    text: TextOptions,
    json: JsonOptions,
}

fn run(
    arguments: &[String],
    format: Format,
    options: &Options,
    seed: Option<u64>,
) -> anyhow::Result<u8> {
    let mut stdout = std::io::stdout().lock();
    let mut code = EXIT_PASSED;
    let lang = options.text.lang;
    let mut suite = suite_for(format, lang);
    for argument in arguments {
        let Loaded { file, scenario } = match scenario::resolve(argument) {
            Ok(loaded) => loaded,
            Err(error) => {
                if format == Format::Json {
                    output::print(&mut stdout, &report::json_error_line(&error))?;
                }
                if let Some(suite) = suite.as_deref_mut() {
                    suite.unusable(&error, &mut stdout).map_err(OutputError)?;
                }
                output::flush(&mut stdout)?;
                report_error(&error);
                code = EXIT_UNUSABLE;
                continue;
            }
        };
        let verdict = match format {
            Format::Text => {
                report::write_text(scenario.into_run(seed), &file, options.text, &mut stdout)
                    .map_err(OutputError)?
            }
            Format::Json => {
                report::write_json(scenario.into_run(seed), &file, options.json, &mut stdout)
                    .map_err(OutputError)?
            }
            Format::Junit | Format::Tap => {
                let (case, verdict) = case_of(scenario.start_run(seed), &file, lang);
                if let Some(suite) = suite.as_deref_mut() {
                    suite.case(&case, &mut stdout).map_err(OutputError)?;
                }
                verdict
            }
            Format::Curl => report::write_curl(scenario.start_run(seed), &file, lang, &mut stdout)
                .map_err(OutputError)?,
            Format::Markdown => report::write_markdown(
                || scenario.start_run(seed),
                &file,
                options.text.lang,
                &mut stdout,
            )
            .map_err(OutputError)?,
            Format::Mermaid => report::write_mermaid(
                scenario.start_run(seed),
                &file,
                options.text.lang,
                &mut stdout,
            )
            .map_err(OutputError)?,
        };
        code = code.max(exit_code(&verdict));
        if let Verdict::Stopped(problem) = verdict {
            output::flush(&mut stdout)?;
            report_error(&ScenarioError::file(&file, problem.to_string()));
        }
    }
    if let Some(suite) = suite.as_deref_mut() {
        suite.finish(&mut stdout).map_err(OutputError)?;
    }
    output::flush(&mut stdout)?;
    Ok(code)
}

/// The report over every file of the run, for the formats that count them.
fn suite_for(format: Format, lang: Lang) -> Option<Box<dyn Suite>> {
    match format {
        Format::Junit => Some(Box::new(report::Junit::new(lang))),
        Format::Tap => Some(Box::new(report::Tap::new(lang))),
        Format::Text | Format::Json | Format::Curl | Format::Markdown | Format::Mermaid => None,
    }
}

/// A run that stopped at a mistake in its file is as unusable as a file that does
/// not load; the worst code of several files wins (2 over 1 over 0).
fn exit_code(verdict: &Verdict) -> u8 {
    match verdict {
        Verdict::Passed => EXIT_PASSED,
        Verdict::Failed => EXIT_FAILED,
        Verdict::Stopped(_) => EXIT_UNUSABLE,
    }
}

fn list() -> anyhow::Result<u8> {
    let mut stdout = std::io::stdout().lock();
    let width = scenario::builtin_names().map(str::len).max().unwrap_or(0);
    for name in scenario::builtin_names() {
        let title = match scenario::builtin(name) {
            Some(Ok(loaded)) => loaded.scenario.title,
            Some(Err(error)) => format!("(broken: {error})"),
            None => continue,
        };
        let line = format!("{name:<width$}  {}\n", visible_line(&title));
        output::print(&mut stdout, &line)?;
    }
    output::flush(&mut stdout)?;
    Ok(EXIT_PASSED)
}

/// The attack lab's pairs, each run with the defense off and on.
fn list_lab(format: LabFormat, lang: Lang) -> anyhow::Result<u8> {
    let pairs = scenario::lab_pairs();
    let text = match format {
        LabFormat::Text => lab::table(&pairs, lang),
        LabFormat::Json => lab::json(&pairs)?,
    };
    let mut stdout = std::io::stdout().lock();
    output::print(&mut stdout, &text)?;
    output::flush(&mut stdout)?;
    let all_passed = pairs
        .iter()
        .all(|pair| pair.undefended.passed && pair.defended.passed);
    Ok(if all_passed { EXIT_PASSED } else { EXIT_FAILED })
}

fn check(files: &[String]) -> Result<u8, OutputError> {
    let mut stdout = std::io::stdout().lock();
    let mut code = EXIT_PASSED;
    for file in files {
        match scenario::load_file(std::path::Path::new(file)) {
            Ok(loaded) => {
                let line = format!(
                    "ok  {} ({} steps)\n",
                    visible_line(&loaded.file),
                    loaded.scenario.steps().len()
                );
                output::print(&mut stdout, &line)?;
            }
            Err(error) => {
                report_error(&error);
                code = EXIT_UNUSABLE;
            }
        }
    }
    output::flush(&mut stdout)?;
    Ok(code)
}

/// Prints a scenario error the same way everywhere.
pub fn report_error(error: &ScenarioError) {
    output::say_error(error);
}

#[cfg(feature = "tui")]
fn tui(argument: Option<String>, options: &TuiOptions) -> u8 {
    let argument = argument.unwrap_or_else(|| "standard-flow".to_owned());
    let loaded = match scenario::resolve(&argument) {
        Ok(loaded) => loaded,
        Err(error) => {
            report_error(&error);
            return EXIT_UNUSABLE;
        }
    };
    // After loading, so that a broken file is reported as such even without a terminal.
    if let Err(reason) = crate::tui::terminal::check() {
        output::say_error(&format_args!(
            "the terminal UI needs a terminal ({reason}); \
             `oauth-sim run NAME|FILE` prints the scenario headless"
        ));
        return EXIT_NO_TERMINAL;
    }
    let dir = options.dir.clone().or_else(|| {
        let default = PathBuf::from("scenarios");
        default.is_dir().then_some(default)
    });
    match crate::tui::run(loaded, Lang::from(options.lang), dir) {
        Ok(Ended::Quit) => EXIT_PASSED,
        Ok(Ended::Signal(signal)) => EXIT_SIGNAL_BASE.saturating_add(signal),
        Err(error) => {
            output::say_error(&format_args!("the terminal: {error:#}"));
            EXIT_NO_TERMINAL
        }
    }
}

#[cfg(not(feature = "tui"))]
fn tui(_argument: Option<String>, _options: &TuiOptions) -> u8 {
    output::say_error(
        &"this oauth-sim was built without the `tui` feature; use `oauth-sim run NAME|FILE`",
    );
    EXIT_UNUSABLE
}
