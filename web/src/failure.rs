//! How a failed `exec` looks to JS: the fields of the `Error` that `Interpreter.exec` throws.

use isola_runtime::{ExecError, LimitKind};

/// Which of the three ways a run can fail; the thrown `Error`'s `kind` property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// An uncaught Python exception; `traceback` holds CPython's text for it.
    Exception,
    /// `SystemExit`; `exit_code` holds its status.
    Exit,
    /// A limit stopped the run; `limit` names it.
    Limit,
}

impl FailureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Exception => "exception",
            FailureKind::Exit => "exit",
            FailureKind::Limit => "limit",
        }
    }
}

/// The properties of the JS `Error` for one `ExecError`. `name` and `message` are chosen so that
/// the browser's own `String(error)` reads like Python's last traceback line.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub kind: FailureKind,
    pub name: String,
    pub message: String,
    /// The whole text CPython would print on stderr (exceptions only).
    pub traceback: Option<String>,
    pub exit_code: Option<i32>,
    /// A stable identifier for the limit: `instructions`, `memory`, `output` or `time`.
    pub limit: Option<&'static str>,
}

impl Failure {
    pub fn from_exec_error(error: &ExecError) -> Failure {
        let base = |kind, name: &str, message: String| Failure {
            kind,
            name: name.to_owned(),
            message,
            traceback: None,
            exit_code: None,
            limit: None,
        };
        match error {
            ExecError::Exception {
                type_name,
                message,
                traceback,
            } => Failure {
                traceback: Some(traceback.clone()),
                ..base(FailureKind::Exception, type_name, message.clone())
            },
            ExecError::Exit(code) => Failure {
                exit_code: Some(*code),
                ..base(FailureKind::Exit, "SystemExit", code.to_string())
            },
            ExecError::Limit { kind, .. } => Failure {
                limit: Some(limit_id(*kind)),
                ..base(FailureKind::Limit, "LimitExceeded", error.to_string())
            },
        }
    }
}

fn limit_id(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::Instructions => "instructions",
        LimitKind::HeapBytes => "memory",
        LimitKind::OutputBytes => "output",
        LimitKind::Timeout => "time",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exception_keeps_its_type_message_and_traceback() {
        let traceback = "Traceback (most recent call last):\n  File \"main.py\", line 1, in \
                         <module>\nZeroDivisionError: division by zero\n";
        let failure = Failure::from_exec_error(&ExecError::Exception {
            type_name: "ZeroDivisionError".into(),
            message: "division by zero".into(),
            traceback: traceback.into(),
        });
        assert_eq!(failure.kind.as_str(), "exception");
        assert_eq!(failure.name, "ZeroDivisionError");
        assert_eq!(failure.message, "division by zero");
        assert_eq!(failure.traceback.as_deref(), Some(traceback));
        assert_eq!((failure.exit_code, failure.limit), (None, None));
    }

    #[test]
    fn an_exit_carries_its_status() {
        let failure = Failure::from_exec_error(&ExecError::Exit(3));
        assert_eq!(
            (failure.kind, failure.exit_code),
            (FailureKind::Exit, Some(3))
        );
        assert_eq!(failure.name, "SystemExit");
    }

    #[test]
    fn a_limit_names_itself() {
        let failure = Failure::from_exec_error(&ExecError::Limit {
            kind: LimitKind::Instructions,
            detail: "10000000 instructions".into(),
        });
        assert_eq!(failure.kind.as_str(), "limit");
        assert_eq!(failure.limit, Some("instructions"));
        assert_eq!(
            failure.message,
            "instruction limit exceeded: 10000000 instructions"
        );
    }
}
