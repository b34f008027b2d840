//! The `isola` command line's grammar (clap) and its value parsers: sizes (`64M`), durations
//! (`2s`) and counts (`1e9`). Part of the binary only.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

/// Run Python programs in isolated interpreters.
#[derive(Debug, Parser)]
#[command(
    name = "isola",
    version,
    override_usage = "isola [OPTIONS] [-i] [-c CODE | -m MODULE | FILE | -] [ARGS]...",
    args_conflicts_with_subcommands = true,
    after_help = "As with python3: `isola prog.py ARGS`, `isola -c CODE`, `isola -m MODULE`, and \
                  `isola -` or a program piped on stdin. `isola run FILE` is the same as \
                  `isola FILE`. With no program and a terminal, or with -i, the interactive \
                  prompt (`>>> `); exit() or Ctrl-D leaves it. The program's input() and \
                  sys.stdin read stdin, which is at its end when the program came from it.\n\n\
                  Exit status: 0 on success; 1 on an uncaught exception (its traceback on stderr) \
                  or when a limit or a trap ends the program (one `isola: error:` line on \
                  stderr); the status given to SystemExit; 2 for a usage error or a file that \
                  cannot be read."
)]
pub struct Cli {
    /// Run CODE, a program passed as a string (as `python -c`); ARGS become sys.argv[1:].
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "module")]
    pub code: Option<String>,

    /// Run module MODULE as the main program (as `python -m`): `MODULE.py`, or a package's
    /// `__main__.py`, found in the current directory or a --path directory.
    #[arg(short = 'm', value_name = "MODULE")]
    pub module: Option<String>,

    /// Inspect interactively after running the program (as `python -i`): its globals stay,
    /// also when it raised. Without a program, the interactive prompt, even when stdin is not
    /// a terminal.
    #[arg(short = 'i')]
    pub inspect: bool,

    #[command(flatten)]
    pub options: Options,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// The program file (`-` reads it from stdin), then its arguments; with -c or -m, only
    /// the arguments.
    #[arg(
        value_name = "FILE | ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub args: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Python file; the arguments after it become sys.argv[1:] (the same as `isola FILE`).
    Run {
        /// The program to run.
        file: PathBuf,
        /// Arguments passed to the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

/// Options for `run` and `-c`, accepted before or after `run`.
#[derive(Debug, Args)]
pub struct Options {
    /// Run in-process on the native backend instead of in a wasm instance.
    #[arg(long, global = true)]
    pub native: bool,

    /// Run the program in N interpreters at once, each on its own thread; their outputs are
    /// printed one after the other, each under a `--- interpreter I ---` line.
    #[arg(short = 'n', value_name = "N", default_value_t = 1, global = true,
          value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub interpreters: u32,

    /// Heap limit per interpreter, in bytes with an optional K, M or G suffix (binary units).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, global = true)]
    pub max_memory: Option<u64>,

    /// Wall-clock limit per run: a number with an ms, s or m suffix (seconds if none).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, global = true)]
    pub timeout: Option<Duration>,

    /// Bytecode instructions per interpreter; scientific notation such as 1e9 is accepted.
    #[arg(long, value_name = "COUNT", value_parser = parse_count, global = true)]
    pub max_instructions: Option<u64>,

    /// Bytes of output (stdout and stderr together) per interpreter, with an optional suffix.
    #[arg(long, value_name = "SIZE", value_parser = parse_size, global = true)]
    pub max_output: Option<u64>,

    /// Python call depth before RecursionError (default 1000).
    #[arg(long, value_name = "DEPTH", global = true)]
    pub max_recursion: Option<u32>,

    /// Interpreters alive at once, the program's own and those it creates with the
    /// `interpreters` module (default 64 per program interpreter).
    #[arg(long, value_name = "N", global = true)]
    pub max_interpreters: Option<u32>,

    /// The most items any `interpreters` queue may hold (default: no cap).
    #[arg(long, value_name = "N", global = true)]
    pub max_queue_items: Option<usize>,

    /// Make randomness deterministic: `random`, `uuid4` and the like draw from a generator
    /// seeded with N.
    #[arg(long, value_name = "N", global = true)]
    pub seed: Option<u64>,

    /// Freeze `time.time()` at this many seconds since the Unix epoch.
    #[arg(long, value_name = "SECONDS", global = true)]
    pub frozen_clock: Option<f64>,

    /// Let the program import the `.py` files and packages in DIR, after those beside the
    /// script (as PYTHONPATH does); repeat for several directories. They are read before the
    /// program starts.
    #[arg(long = "path", value_name = "DIR", global = true)]
    pub paths: Vec<PathBuf>,

    /// Mount the host directory HOST at GUEST in the program's file system, read-write, or
    /// read-only with `:ro` (`--mount ./data:/data:ro`); repeat for several. The program sees
    /// nothing of the host beyond it; the rest of its file system is its own, in memory.
    #[arg(long = "mount", value_name = "HOST:GUEST[:ro]", value_parser = parse_mount, global = true)]
    pub mounts: Vec<MountArg>,
}

/// One `--mount`.
#[derive(Clone, Debug, PartialEq)]
pub struct MountArg {
    pub host: PathBuf,
    pub guest: String,
    pub read_only: bool,
}

/// `HOST:GUEST`, `HOST:GUEST:ro` or `HOST:GUEST:rw`; GUEST is absolute, so the split is at the
/// last `:/`.
pub fn parse_mount(text: &str) -> Result<MountArg, String> {
    let (rest, read_only) = if let Some(rest) = text.strip_suffix(":ro") {
        (rest, true)
    } else if let Some(rest) = text.strip_suffix(":rw") {
        (rest, false)
    } else {
        (text, false)
    };
    match rest.rfind(":/") {
        Some(at) if at > 0 => Ok(MountArg {
            host: PathBuf::from(&rest[..at]),
            guest: rest[at + 1..].to_owned(),
            read_only,
        }),
        _ => Err(format!(
            "'{text}' is not HOST:GUEST[:ro] with an absolute GUEST (try ./data:/data:ro)"
        )),
    }
}

/// `4096`, `64K`, `64M`, `1G`, `1.5G`, also with a `B` or `iB` after the unit; units are powers
/// of 1024.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let lower = text.trim().to_ascii_lowercase();
    let number = lower.trim_end_matches("ib").trim_end_matches('b');
    let (digits, unit) = match number.char_indices().last() {
        Some((at, 'k')) => (&number[..at], 1u64 << 10),
        Some((at, 'm')) => (&number[..at], 1 << 20),
        Some((at, 'g')) => (&number[..at], 1 << 30),
        Some((at, 't')) => (&number[..at], 1 << 40),
        _ => (number, 1),
    };
    let value: f64 = digits
        .parse()
        .map_err(|_| format!("'{text}' is not a size (try 4096, 64K, 64M or 1G)"))?;
    to_whole(value * unit as f64).ok_or_else(|| format!("'{text}' is not a size in range"))
}

/// `2s`, `500ms`, `1.5m`, or a plain number of seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    let (digits, seconds_per_unit) = if let Some(digits) = trimmed.strip_suffix("ms") {
        (digits, 0.001)
    } else if let Some(digits) = trimmed.strip_suffix('s') {
        (digits, 1.0)
    } else if let Some(digits) = trimmed.strip_suffix('m') {
        (digits, 60.0)
    } else {
        (trimmed, 1.0)
    };
    let value: f64 = digits
        .parse()
        .map_err(|_| format!("'{text}' is not a duration (try 500ms, 2s or 1m)"))?;
    let seconds = value * seconds_per_unit;
    if !(0.0..=1e9).contains(&seconds) {
        return Err(format!("'{text}' is not a duration in range"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// A non-negative whole number, in plain or scientific notation (`1000000`, `1e6`, `2.5e3`).
pub fn parse_count(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    if let Ok(value) = trimmed.parse::<u64>() {
        return Ok(value);
    }
    let value: f64 = trimmed
        .parse()
        .map_err(|_| format!("'{text}' is not a count (try 1e9)"))?;
    if value.fract() != 0.0 {
        return Err(format!("'{text}' is not a whole number"));
    }
    to_whole(value).ok_or_else(|| format!("'{text}' is not a count in range"))
}

/// `value` rounded to a `u64`, if it is finite and in range.
fn to_whole(value: f64) -> Option<u64> {
    // 2^64 is the first f64 beyond u64's range.
    (value.is_finite() && (0.0..18_446_744_073_709_551_616.0).contains(&value))
        .then(|| value.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("64mb"), Ok(64 << 20));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1.5G"), Ok(3 << 29));
        assert!(parse_size("").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("-1M").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("1e30G").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_duration("0.25"), Ok(Duration::from_millis(250)));
        assert!(parse_duration("2h").is_err());
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("nan").is_err());
        assert!(parse_duration("s").is_err());
    }

    #[test]
    fn counts() {
        assert_eq!(parse_count("1e9"), Ok(1_000_000_000));
        assert_eq!(parse_count("2.5e3"), Ok(2500));
        assert_eq!(parse_count("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(parse_count("0"), Ok(0));
        assert!(parse_count("1.5").is_err());
        assert!(parse_count("-5").is_err());
        assert!(parse_count("1e30").is_err());
        assert!(parse_count("inf").is_err());
        assert!(parse_count("ten").is_err());
    }

    #[test]
    fn grammar() {
        let cli = Cli::try_parse_from(["isola", "run", "--native", "-n", "3", "x.py", "--flag"])
            .expect("valid command line");
        assert!(cli.options.native);
        assert_eq!(cli.options.interpreters, 3);
        let Some(Command::Run { file, args }) = cli.command else {
            panic!("not run")
        };
        assert_eq!(file, PathBuf::from("x.py"));
        assert_eq!(args, ["--flag"]);
        let mount = parse_mount("./in:/data:ro").unwrap();
        assert_eq!(
            mount,
            MountArg {
                host: PathBuf::from("./in"),
                guest: "/data".into(),
                read_only: true
            }
        );
        let mount = parse_mount("c:/x:/out").unwrap();
        assert_eq!((mount.host, mount.guest.as_str()), ("c:/x".into(), "/out"));
        assert!(!mount.read_only);
        assert!(parse_mount("data").is_err());
        assert!(parse_mount("data:out").is_err());
        let cli = Cli::try_parse_from(["isola", "run", "--path", "a", "--path", "b", "x.py"])
            .expect("valid command line");
        assert_eq!(cli.options.paths, [PathBuf::from("a"), PathBuf::from("b")]);
        let cli = Cli::try_parse_from(["isola", "--timeout", "2s", "-c", "print(1)"])
            .expect("valid command line");
        assert_eq!(cli.code.as_deref(), Some("print(1)"));
        assert_eq!(cli.options.timeout, Some(Duration::from_secs(2)));
        assert!(Cli::try_parse_from(["isola", "run", "-n", "0", "x.py"]).is_err());
        // As python3: a file and its arguments, -m, and `-`.
        let cli = Cli::try_parse_from(["isola", "--native", "x.py", "-v", "--native"])
            .expect("valid command line");
        assert!(cli.command.is_none() && cli.options.native);
        assert_eq!(cli.args, ["x.py", "-v", "--native"]);
        let cli = Cli::try_parse_from(["isola", "-m", "pkg.tool", "a"]).expect("valid");
        assert_eq!(cli.module.as_deref(), Some("pkg.tool"));
        assert_eq!(cli.args, ["a"]);
        let cli = Cli::try_parse_from(["isola", "-", "a"]).expect("valid command line");
        assert_eq!(cli.args, ["-", "a"]);
        let cli = Cli::try_parse_from(["isola", "-c", "pass", "a", "-x"]).expect("valid");
        assert_eq!(cli.args, ["a", "-x"]);
        assert!(Cli::try_parse_from(["isola", "-c", "pass", "-m", "x"]).is_err());
        let cli = Cli::try_parse_from(["isola"]).expect("valid command line");
        assert!(cli.args.is_empty() && cli.code.is_none() && cli.command.is_none());
        assert!(!cli.inspect);
        // -i before the program, as python3 -i; after it, it is the program's.
        let cli = Cli::try_parse_from(["isola", "-i", "x.py", "-i"]).expect("valid");
        assert!(cli.inspect);
        assert_eq!(cli.args, ["x.py", "-i"]);
        let cli = Cli::try_parse_from(["isola", "-i", "-c", "y = 1"]).expect("valid");
        assert!(cli.inspect && cli.code.as_deref() == Some("y = 1"));
    }
}
