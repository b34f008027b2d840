//! Running child processes with the command echoed first and failures reported by name.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The command line as a person would type it, for logs and error messages.
pub fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    words.join(" ")
}

/// Runs `command` with inherited output; an error names the command if it fails or is missing.
pub fn run(command: &mut Command) -> Result<()> {
    let line = describe(command);
    println!("$ {line}");
    let status = command
        .stdin(Stdio::null())
        .status()
        .with_context(|| format!("could not start `{line}`"))?;
    if !status.success() {
        bail!("`{line}` failed ({status})");
    }
    Ok(())
}

/// Runs `command` and returns its stdout, failing on a non-zero exit.
pub fn stdout_of(command: &mut Command) -> Result<String> {
    let line = describe(command);
    let output = command
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("could not start `{line}`"))?;
    if !output.status.success() {
        bail!("`{line}` failed ({})", output.status);
    }
    String::from_utf8(output.stdout).with_context(|| format!("`{line}` printed non-UTF-8 output"))
}

/// Seconds with one decimal, the way step timings are printed.
pub fn seconds(duration: Duration) -> String {
    format!("{:.1} s", duration.as_secs_f64())
}

/// Runs `f` and returns its result with the time it took.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_joins_program_and_arguments() {
        let mut command = Command::new("cargo");
        command.args(["fmt", "--all", "--check"]);
        assert_eq!(describe(&command), "cargo fmt --all --check");
    }

    #[test]
    fn a_failing_command_is_an_error_naming_it() {
        let error = run(Command::new("false").arg("x")).unwrap_err();
        assert!(error.to_string().starts_with("`false x` failed"), "{error}");
    }

    #[test]
    fn stdout_is_captured() {
        let text = stdout_of(Command::new("echo").arg("hi")).unwrap();
        assert_eq!(text, "hi\n");
    }
}
