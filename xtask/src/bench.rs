//! `cargo xtask bench [--runs N] [--engines LIST] [FILTER]`: pyperformance's benchmarks, run
//! unmodified from the pinned pyperformance wheel over isola's stand-in for pyperf
//! (`bench/pyperf.py`), and `bench/fib.py`, each timed as a whole process under CPython,
//! `isola run --native` and `isola run` (wasmtime), interleaved. Each isola run's output must
//! match CPython's. Prints a markdown table of median wall times, each engine's time relative
//! to the others and the geometric mean of those ratios. PERFORMANCE.md says how to read it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use sha2::{Digest, Sha256};

use crate::process::{run as run_command, stdout_of};
use crate::Workspace;

/// The pinned pyperformance release: `pip download --no-deps pyperformance==VERSION` fetches its
/// wheel, which must have this SHA-256 (anything else is refused).
const PYPERFORMANCE_VERSION: &str = "1.14.0";
const PYPERFORMANCE_SHA256: &str =
    "94068ac2935b6952ccb5e8a302eb9cebc26e82454494bef6e53822738adf0049";

/// pyperformance's benchmarks that are run by default, each with the loops a run does: chosen
/// so that CPython 3.11 takes about 0.4-1 s per run on the 2-core development machine. Those
/// that isola cannot run yet stay listed: they fail fast, and the output says why.
const PROGRAMS: &[(&str, u32)] = &[
    ("async_generators", 2),
    ("barnes_hut", 1),
    ("base64", 1),
    ("chaos", 10),
    ("comprehensions", 25_000),
    ("coroutines", 25),
    ("decimal_factorial", 5),
    ("deepcopy", 1500),
    ("deltablue", 150),
    ("fannkuch", 2),
    ("float", 6),
    ("gc_collect", 300),
    ("gc_traversal", 60),
    ("generators", 8),
    ("go", 5),
    ("hexiom", 100),
    ("json_dumps", 40),
    ("json_loads", 1200),
    ("logging", 5000),
    ("meteor_contest", 5),
    ("nbody", 6),
    ("nqueens", 6),
    ("pidigits", 4),
    ("raytrace", 2),
    ("regex_compile", 6),
    ("regex_dna", 4),
    ("regex_effbot", 15),
    ("regex_v8", 30),
    ("richards", 12),
    ("richards_super", 10),
    ("scimark", 1),
    ("spectral_norm", 5),
    ("typing_runtime_protocols", 1000),
    ("unpack_sequence", 40_000),
];

/// Benchmarks left out of the default set, each with its loops and why: run only when FILTER
/// names them.
const OPT_IN_PROGRAMS: &[(&str, u32, &str)] = &[
    (
        "decimal_pi",
        1,
        "isola's decimal is pure Python against CPython's C one: some 70 s a run",
    ),
    (
        "mdp",
        1,
        "one loop takes 4 s on CPython and some 30 s on isola",
    ),
    (
        "pprint",
        1,
        "one loop takes 3 s on CPython and some 35 s on isola",
    ),
];

/// One way of running a program.
struct Engine {
    /// Its name in the table's time columns.
    name: &'static str,
    /// Its name in the ratio columns.
    short: &'static str,
    program: PathBuf,
    args: Vec<String>,
    env: Vec<(&'static str, PathBuf)>,
}

/// One program to time: a script and its arguments.
struct Program {
    name: String,
    script: PathBuf,
    /// The loops each run does (`--loops N`), `None` for a program of our own.
    loops: Option<u32>,
}

/// How one engine did on one program.
enum Outcome {
    /// The median wall time of the timed runs.
    Time(Duration),
    /// The program failed or printed something other than CPython's output.
    Failed(String),
    /// Not timed, since no isola engine ran the program correctly.
    Untimed,
}

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    if args.first().is_some_and(|a| a == "interpreters") {
        return interpreters(ws, &args[1..]);
    }
    let mut runs: usize = 3;
    let mut filter: Option<&str> = None;
    let mut backends = vec!["native", "wasmtime"];
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                let value = args.next().context("--runs needs a number")?;
                runs = value
                    .parse()
                    .with_context(|| format!("bad run count `{value}`"))?;
                if runs == 0 {
                    bail!("--runs must be at least 1");
                }
            }
            "--engines" => {
                let value = args.next().context("--engines needs a list")?;
                backends = parse_engines(value)?;
            }
            other if other.starts_with('-') => bail!("unknown option `{other}` for bench"),
            other => filter = Some(other),
        }
    }
    let python = cpython_executable()?;
    let python_version = stdout_of(Command::new(&python).arg("--version"))?;
    let benchmarks = pyperformance_benchmarks(ws, &python)?;
    let programs = select_programs(ws, &benchmarks, filter)?;
    run_command(ws.cargo().args(["build", "--release", "-p", "isola"]))?;
    // Time a copy: the shared target directory's binary may be rebuilt from another worktree
    // while the bench runs.
    let isola = ws.target_dir.join("bench").join("isola");
    std::fs::copy(ws.isola_binary(), &isola)
        .with_context(|| format!("copying the isola binary to {}", isola.display()))?;
    let engines = engines(&python, &isola, &ws.root.join("bench"), &backends);
    println!(
        "{} program(s), {} timed run(s) each after a checked one, interleaved; reference: {} ({})",
        programs.len(),
        runs,
        python_version.trim(),
        python.display()
    );
    let mut rows = Vec::new();
    for program in &programs {
        let outcomes = measure(ws, &engines, program, runs);
        println!("{}", progress_line(&engines, program, &outcomes));
        rows.push((program, outcomes));
    }
    let mut report = render_table(&engines, &rows);
    report.push_str(&render_failures(&engines, &rows));
    report.push_str(&render_left_out(&programs));
    println!("\n{report}");
    let results = ws.target_dir.join("bench").join("results.md");
    std::fs::write(&results, &report).with_context(|| format!("writing {}", results.display()))?;
    println!("(also written to {})", results.display());
    Ok(())
}

/// `native`, `wasmtime` or both, comma-separated.
fn parse_engines(list: &str) -> Result<Vec<&'static str>> {
    let mut engines = Vec::new();
    for name in list.split(',').map(str::trim) {
        let engine = match name {
            "native" => "native",
            "wasmtime" => "wasmtime",
            other => bail!("unknown engine `{other}` (the isola engines are native and wasmtime)"),
        };
        if !engines.contains(&engine) {
            engines.push(engine);
        }
    }
    ensure!(
        !engines.is_empty(),
        "--engines needs native, wasmtime or both"
    );
    Ok(engines)
}

/// CPython itself rather than `python3` on the PATH, which may be a launcher script (pyenv's
/// shim adds some 80 ms to every start).
pub(crate) fn cpython_executable() -> Result<PathBuf> {
    let path = stdout_of(Command::new("python3").args(["-c", "import sys; print(sys.executable)"]))
        .context("python3 (CPython, the reference) is needed")?;
    Ok(PathBuf::from(path.trim()))
}

/// CPython with the stand-in first on its path, then the isola engines asked for.
fn engines(python: &Path, isola: &Path, bench_dir: &Path, backends: &[&str]) -> Vec<Engine> {
    let path = bench_dir.display().to_string();
    let mut engines = vec![Engine {
        name: "CPython",
        short: "CPython",
        program: python.to_path_buf(),
        args: Vec::new(),
        env: vec![("PYTHONPATH", bench_dir.to_path_buf())],
    }];
    for backend in backends {
        let (name, mut args) = match *backend {
            "native" => (
                "isola native",
                vec!["run".to_owned(), "--native".to_owned()],
            ),
            _ => ("isola wasmtime", vec!["run".to_owned()]),
        };
        args.extend(["--path".to_owned(), path.clone()]);
        engines.push(Engine {
            name,
            short: if *backend == "native" {
                "native"
            } else {
                "wasmtime"
            },
            program: isola.to_path_buf(),
            args,
            env: Vec::new(),
        });
    }
    engines
}

/// The `bm_*` directories of the pinned pyperformance wheel, which is downloaded with pip and
/// unpacked under the target directory the first time, and checked against its pinned digest
/// every time.
fn pyperformance_benchmarks(ws: &Workspace, python: &Path) -> Result<PathBuf> {
    let dir = ws
        .target_dir
        .join("bench")
        .join(format!("pyperformance-{PYPERFORMANCE_VERSION}"));
    let wheel = dir.join(format!(
        "pyperformance-{PYPERFORMANCE_VERSION}-py3-none-any.whl"
    ));
    if !wheel.is_file() {
        run_command(
            Command::new(python)
                .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
                .arg(format!("pyperformance=={PYPERFORMANCE_VERSION}"))
                .arg("-d")
                .arg(&dir),
        )?;
        ensure!(
            wheel.is_file(),
            "pip did not leave {} behind",
            wheel.display()
        );
    }
    let bytes = std::fs::read(&wheel).with_context(|| format!("reading {}", wheel.display()))?;
    let digest = sha256_hex(&bytes);
    ensure!(
        digest == PYPERFORMANCE_SHA256,
        "{} has SHA-256 {digest}, not the pinned {PYPERFORMANCE_SHA256}: refusing to run it \
         (delete it to download it again)",
        wheel.display()
    );
    let unpacked = dir.join("unpacked");
    let benchmarks = unpacked.join("pyperformance/data-files/benchmarks");
    if !benchmarks.is_dir() {
        // Unpack beside, then rename, so that an interrupted unpacking is never taken as done.
        let partial = dir.join("unpacked.partial");
        let _ = std::fs::remove_dir_all(&partial);
        run_command(
            Command::new(python)
                .args(["-m", "zipfile", "-e"])
                .arg(&wheel)
                .arg(&partial),
        )?;
        let _ = std::fs::remove_dir_all(&unpacked);
        std::fs::rename(&partial, &unpacked)
            .with_context(|| format!("renaming {} to {}", partial.display(), unpacked.display()))?;
    }
    ensure!(
        benchmarks.is_dir(),
        "the wheel has no {}",
        benchmarks.display()
    );
    Ok(benchmarks)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The programs whose name contains `filter` (the opt-in ones only then), in name order, with
/// `bench/fib.py` of our own among them.
fn select_programs(
    ws: &Workspace,
    benchmarks: &Path,
    filter: Option<&str>,
) -> Result<Vec<Program>> {
    let opt_in = OPT_IN_PROGRAMS
        .iter()
        .filter(|_| filter.is_some())
        .map(|&(name, loops, _)| (name, loops));
    let mut programs: Vec<Program> = PROGRAMS
        .iter()
        .copied()
        .chain(opt_in)
        .map(|(name, loops)| Program {
            name: name.to_owned(),
            script: benchmarks
                .join(format!("bm_{name}"))
                .join("run_benchmark.py"),
            loops: Some(loops),
        })
        .chain(std::iter::once(Program {
            name: "fib".to_owned(),
            script: ws.root.join("bench").join("fib.py"),
            loops: None,
        }))
        .filter(|program| filter.is_none_or(|f| program.name.contains(f)))
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if programs.is_empty() {
        bail!("no benchmark matches `{}`", filter.unwrap_or(""));
    }
    for program in &programs {
        ensure!(
            program.script.is_file(),
            "{} is missing",
            program.script.display()
        );
    }
    Ok(programs)
}

/// Check each engine's output on one run, then time `runs` runs of every engine that passed, one
/// engine after the other in each round, so that a slow spell of the machine hits them alike.
/// The isola engines go first: when none of them runs the program, CPython is not run at all.
fn measure(ws: &Workspace, engines: &[Engine], program: &Program, runs: usize) -> Vec<Outcome> {
    let (reference, others) = engines.split_first().expect("CPython is always an engine");
    let mut checked: Vec<Result<Vec<u8>, String>> = others
        .iter()
        .map(|engine| run_once(ws, engine, program).map(|(_, stdout)| stdout))
        .collect();
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(engines.len());
    if checked.iter().all(Result::is_err) {
        outcomes.push(Outcome::Untimed);
    } else {
        match run_once(ws, reference, program) {
            Ok((_, expected)) => {
                for result in &mut checked {
                    if let Ok(stdout) = result {
                        if let Some(why) = output_difference(&expected, stdout) {
                            *result = Err(why);
                        }
                    }
                }
                outcomes.push(Outcome::Time(Duration::ZERO));
            }
            Err(why) => {
                // Without CPython's output there is nothing to compare with.
                outcomes.push(Outcome::Failed(format!("CPython: {why}")));
                checked.fill(Err("not checked: CPython failed".to_owned()));
            }
        }
    }
    outcomes.extend(checked.into_iter().map(|result| match result {
        Ok(_) => Outcome::Time(Duration::ZERO),
        Err(why) => Outcome::Failed(why),
    }));
    let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(runs); engines.len()];
    for _ in 0..runs {
        for (index, engine) in engines.iter().enumerate() {
            if !matches!(outcomes[index], Outcome::Time(_)) {
                continue;
            }
            match run_once(ws, engine, program) {
                Ok((elapsed, _)) => times[index].push(elapsed),
                Err(why) => outcomes[index] = Outcome::Failed(format!("on a timed run: {why}")),
            }
        }
    }
    for (outcome, times) in outcomes.iter_mut().zip(&mut times) {
        if let Outcome::Time(time) = outcome {
            *time = median(times);
        }
    }
    outcomes
}

/// One run of `program` under `engine`: its wall time and stdout, or why it failed.
fn run_once(
    ws: &Workspace,
    engine: &Engine,
    program: &Program,
) -> Result<(Duration, Vec<u8>), String> {
    let mut command = Command::new(&engine.program);
    command
        .args(&engine.args)
        .arg(&program.script)
        .current_dir(&ws.root)
        .stdin(Stdio::null());
    if let Some(loops) = program.loops {
        command.args(["--loops", &loops.to_string()]);
    }
    for (name, value) in &engine.env {
        command.env(name, value);
    }
    let start = Instant::now();
    let output = command.output();
    let elapsed = start.elapsed();
    let output = output.map_err(|error| format!("could not start: {error}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().rfind(|line| !line.trim().is_empty());
        return Err(format!("{}: {}", output.status, last.unwrap_or("").trim()));
    }
    Ok((elapsed, output.stdout))
}

/// `None` when `actual` is `expected`, else the first line that differs.
fn output_difference(expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => continue,
            (e, a) => {
                return Some(format!(
                    "output differs from CPython's: expected {:?}, got {:?}",
                    e.unwrap_or("(end)"),
                    a.unwrap_or("(end)")
                ))
            }
        }
    }
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    match times.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => times[n / 2],
        n => (times[n / 2 - 1] + times[n / 2]) / 2,
    }
}

/// `name  CPython 0.512 s  isola native 0.731 s  ...` as each program finishes.
fn progress_line(engines: &[Engine], program: &Program, outcomes: &[Outcome]) -> String {
    let cells: Vec<String> = engines
        .iter()
        .zip(outcomes)
        .map(|(engine, outcome)| format!("{} {}", engine.name, cell(outcome)))
        .collect();
    format!("{:>24}  {}", program.name, cells.join("  "))
}

fn cell(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Time(time) => format!("{:.3} s", time.as_secs_f64()),
        Outcome::Failed(_) => "failed".to_owned(),
        Outcome::Untimed => "-".to_owned(),
    }
}

/// The pairs of engines compared in the ratio columns, `(numerator, denominator)`: each isola
/// engine against CPython, then wasmtime against native.
fn ratio_pairs(engines: &[Engine]) -> Vec<(usize, usize)> {
    (1..engines.len())
        .flat_map(|i| (0..i).map(move |j| (i, j)))
        .collect()
}

fn time_of(outcome: &Outcome) -> Option<f64> {
    match outcome {
        Outcome::Time(time) => Some(time.as_secs_f64()),
        _ => None,
    }
}

/// The markdown table: one row per program with the loops it ran, a median time per engine and
/// the ratios, then the geometric mean of each ratio over the programs every engine ran.
fn render_table(engines: &[Engine], rows: &[(&Program, Vec<Outcome>)]) -> String {
    let pairs = ratio_pairs(engines);
    let mut header = vec!["program".to_owned(), "loops".to_owned()];
    header.extend(engines.iter().map(|engine| engine.name.to_owned()));
    header.extend(
        pairs
            .iter()
            .map(|&(i, j)| format!("{}/{}", engines[i].short, engines[j].short)),
    );
    let rule: Vec<&str> = (0..header.len())
        .map(|column| if column == 0 { "---" } else { "---:" })
        .collect();
    let mut lines = vec![
        format!("| {} |", header.join(" | ")),
        format!("|{}|", rule.join("|")),
    ];
    let mut logs = vec![0.0; pairs.len()];
    let mut complete = 0;
    for (program, outcomes) in rows {
        let loops = program.loops.map_or("-".to_owned(), |n| n.to_string());
        let mut cells = vec![program.name.clone(), loops];
        cells.extend(outcomes.iter().map(cell));
        let times: Vec<Option<f64>> = outcomes.iter().map(time_of).collect();
        if times.iter().all(Option::is_some) {
            complete += 1;
        }
        for (index, &(i, j)) in pairs.iter().enumerate() {
            match (times[i], times[j]) {
                (Some(a), Some(b)) => {
                    cells.push(format!("{:.2}x", a / b));
                    if times.iter().all(Option::is_some) {
                        logs[index] += (a / b).ln();
                    }
                }
                _ => cells.push("-".to_owned()),
            }
        }
        lines.push(format!("| {} |", cells.join(" | ")));
    }
    if complete > 0 && !pairs.is_empty() {
        let noun = if complete == 1 { "program" } else { "programs" };
        let mut cells = vec![format!("geometric mean ({complete} {noun})"), String::new()];
        cells.extend(engines.iter().map(|_| String::new()));
        cells.extend(
            logs.iter()
                .map(|sum| format!("{:.2}x", (sum / complete as f64).exp())),
        );
        lines.push(format!("| {} |", cells.join(" | ")));
    }
    lines.join("\n") + "\n"
}

/// What failed, engine by engine, with the last line of its error.
fn render_failures(engines: &[Engine], rows: &[(&Program, Vec<Outcome>)]) -> String {
    let mut lines = Vec::new();
    for (program, outcomes) in rows {
        for (engine, outcome) in engines.iter().zip(outcomes) {
            if let Outcome::Failed(why) = outcome {
                lines.push(format!("- {} ({}): {why}", program.name, engine.name));
            }
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    format!(
        "\nNot run correctly (left out of the geometric means):\n{}\n",
        lines.join("\n")
    )
}

/// The opt-in programs that did not run, and why they are not in the default set.
fn render_left_out(programs: &[Program]) -> String {
    let lines: Vec<String> = OPT_IN_PROGRAMS
        .iter()
        .filter(|(name, _, _)| !programs.iter().any(|program| program.name == *name))
        .map(|(name, _, why)| format!("- {name}: {why}"))
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    format!(
        "\nNot in the default set (name one as FILTER to run it):\n{}\n",
        lines.join("\n")
    )
}

/// CPython's side of `bench interpreters`, run with python3.13 where it is on the PATH.
const CPYTHON_INTERPRETERS: &str = include_str!("bench/interpreters_cpython.py");
/// `cargo xtask bench interpreters [ITERATIONS]`: the `interpreters_bench` example (isola, both
/// backends) and the same measurements of CPython 3.13's `_interpreters`, as one table.
fn interpreters(ws: &Workspace, args: &[String]) -> Result<()> {
    let iterations = args.first().map_or("1000", String::as_str);
    let isola = stdout_of(ws.cargo().args([
        "run",
        "--release",
        "-q",
        "-p",
        "isola",
        "--example",
        "interpreters_bench",
        "--",
        iterations,
    ]))?;
    let cpython = Command::new("python3.13")
        .args(["-c", CPYTHON_INTERPRETERS, "200"])
        .stdin(Stdio::null())
        .output();
    let cpython = match cpython {
        Ok(output) if output.status.success() => {
            String::from_utf8_lossy(&output.stdout).into_owned()
        }
        _ => {
            println!("(python3.13 not found or failed: CPython's column skipped)");
            String::new()
        }
    };
    let table = interpreters_table(&format!("{isola}{cpython}"));
    println!("{table}");
    let results = ws.target_dir.join("bench").join("interpreters.md");
    std::fs::create_dir_all(results.parent().unwrap_or(&ws.target_dir))?;
    std::fs::write(&results, &table).with_context(|| format!("writing {}", results.display()))?;
    println!("(also written to {})", results.display());
    Ok(())
}

/// `engine | what | value` lines as a markdown table: one row per measurement, one column per
/// engine, in order of first appearance.
fn interpreters_table(lines: &str) -> String {
    let mut engines: Vec<&str> = Vec::new();
    let mut rows: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    for line in lines.lines() {
        let parts: Vec<&str> = line.split(" | ").collect();
        let [engine, what, value] = parts.as_slice() else {
            continue;
        };
        if !engines.contains(engine) {
            engines.push(engine);
        }
        match rows.iter_mut().find(|(name, _)| name == what) {
            Some((_, cells)) => cells.push((engine, value)),
            None => rows.push((what, vec![(engine, value)])),
        }
    }
    let mut out = format!(
        "| measurement | {} |\n|---|{}\n",
        engines.join(" | "),
        "---:|".repeat(engines.len())
    );
    for (what, cells) in rows {
        let values: Vec<&str> = engines
            .iter()
            .map(|engine| {
                cells
                    .iter()
                    .find(|(e, _)| e == engine)
                    .map_or("-", |(_, v)| *v)
            })
            .collect();
        out.push_str(&format!("| {what} | {} |\n", values.join(" | ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn engine(name: &'static str, short: &'static str) -> Engine {
        Engine {
            name,
            short,
            program: PathBuf::new(),
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    fn program(name: &str, loops: Option<u32>) -> Program {
        Program {
            name: name.to_owned(),
            script: PathBuf::new(),
            loops,
        }
    }

    #[test]
    fn interpreter_rows_gather_into_columns() {
        let table =
            interpreters_table("a | create | 1 µs\nb | create | 2 µs\na | memory | 3 KiB\nnoise\n");
        assert_eq!(
            table,
            "| measurement | a | b |\n|---|---:|---:|\n| create | 1 µs | 2 µs |\n| memory | 3 KiB | - |\n"
        );
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [ms(5), ms(1), ms(3)]), ms(3));
        assert_eq!(
            median(&mut [ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
    }

    #[test]
    fn sha256_is_lower_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn engines_parse() {
        assert_eq!(parse_engines("native").unwrap(), ["native"]);
        assert_eq!(
            parse_engines("wasmtime, native,wasmtime").unwrap(),
            ["wasmtime", "native"]
        );
        assert!(parse_engines("pypy").is_err());
    }

    #[test]
    fn the_first_differing_line_is_reported() {
        assert_eq!(output_difference(b"a\nb\n", b"a\nb\n"), None);
        assert_eq!(
            output_difference(b"a\nb\n", b"a\nc\n").as_deref(),
            Some("output differs from CPython's: expected \"b\", got \"c\"")
        );
        assert_eq!(
            output_difference(b"a\n", b"a\nmore\n").as_deref(),
            Some("output differs from CPython's: expected \"(end)\", got \"more\"")
        );
    }

    #[test]
    fn the_table_has_ratios_and_their_geometric_mean() {
        let engines = [
            engine("CPython", "CPython"),
            engine("isola native", "native"),
            engine("isola wasmtime", "wasmtime"),
        ];
        let (fib, go, nbody) = (
            program("fib", None),
            program("go", Some(5)),
            program("nbody", Some(2)),
        );
        let rows = vec![
            (
                &fib,
                vec![
                    Outcome::Time(ms(400)),
                    Outcome::Time(ms(200)),
                    Outcome::Time(ms(400)),
                ],
            ),
            (
                &go,
                vec![
                    Outcome::Time(ms(100)),
                    Outcome::Time(ms(400)),
                    Outcome::Time(ms(800)),
                ],
            ),
            (
                &nbody,
                vec![
                    Outcome::Time(ms(500)),
                    Outcome::Time(ms(1000)),
                    Outcome::Failed("exit status: 1: ValueError".into()),
                ],
            ),
        ];
        assert_eq!(
            render_table(&engines, &rows),
            "| program | loops | CPython | isola native | isola wasmtime | native/CPython | \
             wasmtime/CPython | wasmtime/native |\n\
             |---|---:|---:|---:|---:|---:|---:|---:|\n\
             | fib | - | 0.400 s | 0.200 s | 0.400 s | 0.50x | 1.00x | 2.00x |\n\
             | go | 5 | 0.100 s | 0.400 s | 0.800 s | 4.00x | 8.00x | 2.00x |\n\
             | nbody | 2 | 0.500 s | 1.000 s | failed | 2.00x | - | - |\n\
             | geometric mean (2 programs) |  |  |  |  | 1.41x | 2.83x | 2.00x |\n"
        );
        assert_eq!(
            render_failures(&engines, &rows),
            "\nNot run correctly (left out of the geometric means):\n\
             - nbody (isola wasmtime): exit status: 1: ValueError\n"
        );
    }
}
