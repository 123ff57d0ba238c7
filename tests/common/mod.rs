//! Running the real `oauth-sim` binary, shared by the integration tests that do.

use std::process::Command;

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `oauth-sim ARGS…` from the crate root, so fixture paths are relative to it.
/// Every run must end with an exit code (not a signal) and without a panic.
pub fn oauth_sim(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_oauth-sim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the oauth-sim binary starts");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked") && run.code != 101,
        "oauth-sim {args:?} panicked:\n{}",
        run.stderr
    );
    assert!(
        run.code >= 0,
        "oauth-sim {args:?} was killed by a signal:\n{}",
        run.stderr
    );
    run
}
