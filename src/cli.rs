//! The command line (`scenario-format.md`, "Running"): `run`, `list`, `check`, and the
//! TUI with no command. Every write goes through [`output`], so a closed or full
//! stream never panics.

mod completions;
mod lab;
mod output;
#[cfg(feature = "serve")]
mod serve_args;
mod strict;
mod tally;
mod targets;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory as _, Parser, Subcommand, ValueEnum};

pub use output::{OutputError, clap_exit, exit_for};

use crate::escape::visible_line;
use crate::explain::Lang;
use crate::report::suite::{Suite, case_of};
use crate::report::{self, JsonOptions, TextOptions, Verdict, count};
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
    #[arg(long, default_value = "en", global = true, value_parser = lang_parser())]
    pub lang: Lang,
    /// A directory whose .json files the scenario picker lists beside the built-ins
    /// [default: scenarios/ when present].
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run scenarios headless: print each transcript and check each `expect`, then a
    /// summary line.
    ///
    /// Exit code 0 when every expectation holds, 1 when any does not, 2 when a file
    /// cannot be used.
    Run {
        /// Built-in scenario names, scenario files, or directories (each stands for
        /// the .json files directly in it, sorted by name; subdirectories are not
        /// searched).
        #[arg(required = true, value_name = "NAME|FILE|DIR")]
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
        /// A scenario with no steps, or with no `expect` on any step, fails (exit 1):
        /// it would pass whatever happened.
        #[arg(long)]
        strict: bool,
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
    /// Check that scenarios load, without running them.
    ///
    /// Exit code 0 when every one loads, 2 when any cannot be used.
    Check {
        /// Built-in scenario names, scenario files, or directories (as for `run`).
        #[arg(required = true, value_name = "NAME|FILE|DIR")]
        files: Vec<String>,
    },
    /// Print the JSON Schema of the scenario format, for editors (the file
    /// docs/scenario.schema.json holds the same).
    Schema,
    /// Print a shell completion script.
    ///
    /// bash: `oauth-sim completions bash > ~/.local/share/bash-completion/completions/oauth-sim`;
    /// zsh: write it as `_oauth-sim` in a directory of `$fpath`; fish:
    /// `oauth-sim completions fish > ~/.config/fish/completions/oauth-sim.fish`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Serve the scenario's authorization server and API over real HTTP/1.1, for your
    /// own client (README, "Serve a real client").
    ///
    /// Prints one JSON line with the base URLs and test credentials, then one JSON
    /// line per exchange (and a text line on stderr). Exit code 2 when the scenario
    /// or the address cannot be used, 128 + n when signal n stops it.
    #[cfg(feature = "serve")]
    Serve(serve_args::ServeArgs),
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

/// `--lang`: the code of any compiled language (a folder of `locales/`), so a
/// language added as files is on the command line, in `--help` and in the shell
/// completions without a Rust edit.
fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(Lang::codes())
        .map(|code| Lang::from_code(&code).unwrap_or_default())
}

impl Cli {
    /// Parses the process's arguments, refusing combinations clap cannot express.
    ///
    /// # Errors
    ///
    /// A usage error, or `--help` / `--version`, for [`clap_exit`].
    pub fn try_parse_checked() -> Result<Self, clap::Error> {
        let cli = Self::try_parse()?;
        let conflict = match cli.command {
            Some(Command::Run {
                format: Format::Json,
                brief: true,
                ..
            }) => Some(
                "--brief is for the text format; --format json always carries the whole messages",
            ),
            Some(Command::Run {
                format,
                brief: true,
                ..
            }) if format != Format::Text => Some("--brief is for the text format"),
            Some(Command::Run {
                format,
                explain: true,
                ..
            }) if format != Format::Json => Some(
                "--explain is for --format json; the text, Markdown and TUI outputs always explain",
            ),
            _ => None,
        };
        if let Some(message) = conflict {
            let mut command = Self::command();
            command.build();
            let mut run = command.find_subcommand("run").cloned().unwrap_or(command);
            return Err(run.error(ErrorKind::ArgumentConflict, message));
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
    let lang = cli.tui.lang;
    let code = match cli.command {
        Some(Command::Run {
            scenarios,
            format,
            brief,
            explain,
            seed,
            strict,
        }) => {
            let how = How {
                format,
                text: TextOptions { brief, lang },
                json: JsonOptions {
                    lang,
                    explain,
                    strict: None,
                },
                seed,
                strict,
            };
            run(&scenarios, how)?
        }
        Some(Command::List { lab: false, .. }) => list()?,
        Some(Command::List { lab: true, format }) => list_lab(format, lang)?,
        Some(Command::Check { files }) => check(&files)?,
        Some(Command::Schema) => print(&scenario::json_schema())?,
        Some(Command::Completions { shell }) => print(&completions::script(shell))?,
        #[cfg(feature = "serve")]
        Some(Command::Serve(args)) => serve_args::serve(args, lang),
        Some(Command::Tui { scenario }) => tui(scenario.or(cli.scenario), &cli.tui),
        None => tui(cli.scenario, &cli.tui),
    };
    Ok(ExitCode::from(code))
}

/// How `run` runs each scenario and writes its report.
#[derive(Debug, Clone, Copy)]
struct How {
    format: Format,
    text: TextOptions,
    json: JsonOptions,
    seed: Option<u64>,
    strict: bool,
}

/// Runs every scenario named (a directory: its `.json` files), then writes the
/// summary line; the worst exit code of all wins.
fn run(arguments: &[String], how: How) -> anyhow::Result<u8> {
    let mut stdout = std::io::stdout().lock();
    let mut code = EXIT_PASSED;
    let mut tally = tally::Tally::default();
    let mut suite = suite_for(how.format, how.text.lang);
    let mut reported = false;
    for argument in targets::expand(arguments) {
        let argument = match argument {
            Ok(argument) => argument,
            Err(error) => {
                // A directory that cannot be read or holds no scenario: not a
                // scenario itself, so it has no line of its own and is not counted.
                report_error(&error);
                code = EXIT_UNUSABLE;
                continue;
            }
        };
        let loaded = match scenario::resolve(&argument) {
            Ok(loaded) => loaded,
            Err(error) => {
                if how.format == Format::Json {
                    output::print(&mut stdout, &report::json_error_line(&error))?;
                }
                if let Some(suite) = suite.as_deref_mut() {
                    suite.unusable(&error, &mut stdout).map_err(OutputError)?;
                }
                output::flush(&mut stdout)?;
                report_error(&error);
                tally.unusable();
                code = EXIT_UNUSABLE;
                continue;
            }
        };
        code = code.max(run_one(
            loaded,
            how,
            suite.as_mut(),
            &mut tally,
            &mut stdout,
        )?);
        reported = true;
    }
    if let Some(suite) = suite.as_deref_mut() {
        suite.finish(&mut stdout).map_err(OutputError)?;
    }
    let summary = match how.format {
        // A blank line between the last report and the summary.
        Format::Text | Format::Markdown if reported => format!("\n{}", tally.text(how.text.lang)),
        Format::Text | Format::Markdown => tally.text(how.text.lang),
        Format::Json => tally.json(),
        // A summary would break the TAP plan, the XML, the diagram or the shell
        // script on standard output: it goes to standard error instead.
        Format::Tap | Format::Curl | Format::Mermaid | Format::Junit => {
            output::flush(&mut stdout)?;
            eprint!("{}", tally.text(how.text.lang));
            String::new()
        }
    };
    output::print(&mut stdout, &summary)?;
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

/// Runs one scenario, writes its report and counts it; returns its exit code.
fn run_one(
    Loaded { file, scenario }: Loaded,
    how: How,
    suite: Option<&mut Box<dyn Suite>>,
    tally: &mut tally::Tally,
    stdout: &mut impl std::io::Write,
) -> anyhow::Result<u8> {
    let fault = how.strict.then(|| strict::fault(&scenario)).flatten();
    // A scenario fails `--strict` only when it would otherwise pass.
    let strict_failure = |verdict: &Verdict| fault.filter(|_| *verdict == Verdict::Passed);
    let lang = how.text.lang;
    let verdict = match how.format {
        Format::Text => {
            let run = scenario.into_run(how.seed);
            let verdict = report::write_text(run, &file, how.text, stdout).map_err(OutputError)?;
            if let Some(fault) = strict_failure(&verdict) {
                output::print(stdout, &strict::text(fault))?;
            }
            verdict
        }
        Format::Json => {
            let options = JsonOptions {
                strict: fault,
                ..how.json
            };
            report::write_json(scenario.into_run(how.seed), &file, options, stdout)
                .map_err(OutputError)?
        }
        Format::Junit | Format::Tap => {
            let (case, verdict) = case_of(scenario.into_run(how.seed), &file, lang);
            if let Some(suite) = suite {
                suite.case(&case, stdout).map_err(OutputError)?;
            }
            verdict
        }
        Format::Curl => report::write_curl(scenario.into_run(how.seed), &file, lang, stdout)
            .map_err(OutputError)?,
        Format::Markdown => {
            report::write_markdown(|| scenario.start_run(how.seed), &file, lang, stdout)
                .map_err(OutputError)?
        }
        Format::Mermaid => report::write_mermaid(scenario.into_run(how.seed), &file, lang, stdout)
            .map_err(OutputError)?,
    };
    if let Verdict::Stopped(problem) = &verdict {
        output::flush(stdout)?;
        report_error(&ScenarioError::file(&file, problem.to_string()));
    }
    if strict_failure(&verdict).is_some() {
        tally.failed_strict();
        return Ok(EXIT_FAILED);
    }
    tally.ran(&verdict);
    Ok(exit_code(&verdict))
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
            Some(Ok(loaded)) => loaded.scenario.title.en().to_owned(),
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

/// Loads every scenario named (a directory: its `.json` files) without running it.
fn check(arguments: &[String]) -> Result<u8, OutputError> {
    let mut stdout = std::io::stdout().lock();
    let mut code = EXIT_PASSED;
    for argument in targets::expand(arguments) {
        match argument.and_then(|argument| scenario::resolve(&argument)) {
            Ok(loaded) => {
                let line = format!(
                    "ok  {} ({})\n",
                    visible_line(&loaded.file),
                    count(loaded.scenario.steps().len(), "step")
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

/// Prints a text the program holds (the schema, a completion script).
fn print(text: &str) -> Result<u8, OutputError> {
    let mut stdout = std::io::stdout().lock();
    output::print(&mut stdout, text)?;
    output::flush(&mut stdout)?;
    Ok(EXIT_PASSED)
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
    match crate::tui::run(loaded, options.lang, dir) {
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
