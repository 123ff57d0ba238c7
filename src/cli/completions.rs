//! `oauth-sim completions SHELL`: the completion script clap writes from the same
//! definition that parses the command line, so it never offers a command or flag
//! that is not there.

use clap::CommandFactory as _;
use clap_complete::Shell;

use super::Cli;

/// The program's name, as the shell sees it.
const BIN: &str = "oauth-sim";

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), BIN, &mut script);
    let script = String::from_utf8_lossy(&script).into_owned();
    match shell {
        Shell::Bash => bash_states_joined(&script, BIN),
        _ => script,
    }
}

/// `clap_complete` (4.6) names the bash script's states two ways when the program's
/// name has a hyphen: the loop over the words arrives at `oauth__sim__subcmd__run`,
/// but the `case` arms are spelt `oauth__subcmd__sim__subcmd__run`, so no subcommand
/// ever completes its flags (clap-rs/clap#6421). The arms are respelt the loop's way.
fn bash_states_joined(script: &str, bin: &str) -> String {
    let arm = format!("{}__subcmd__", bin.replace('-', "__subcmd__"));
    let state = format!("{}__subcmd__", bin.replace('-', "__"));
    script.replace(&arm, &state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bash_state_is_spelt_as_the_loop_spells_it() {
        let script = script(Shell::Bash);
        assert!(!script.contains("oauth__subcmd__sim"), "{script}");
        assert!(
            script.contains("        oauth__sim__subcmd__run)\n"),
            "{script}"
        );
        assert!(
            script.contains("cmd=\"oauth__sim__subcmd__run\""),
            "{script}"
        );
    }
}
