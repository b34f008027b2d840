//! `cargo xtask bench [--runs N] [FILTER]`: time each bench/*.py under `isola run --native`,
//! `isola run` (wasmtime) and `python3`, and print a markdown table of medians with each isola
//! time relative to CPython's (below 1.00x is faster than CPython).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::process::{run as run_command, stdout_of};
use crate::Workspace;

/// One way of running a benchmark program.
struct Engine {
    name: &'static str,
    program: PathBuf,
    args: &'static [&'static str],
}

/// How one engine did on one program.
enum Outcome {
    /// The median wall time of the timed runs.
    Time(Duration),
    /// The program failed or printed something other than CPython's output.
    Failed(String),
}

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    if args.first().is_some_and(|a| a == "interpreters") {
        return interpreters(ws, &args[1..]);
    }
    let mut runs: usize = 5;
    let mut filter: Option<&str> = None;
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
            other if other.starts_with('-') => bail!("unknown option `{other}` for bench"),
            other => filter = Some(other),
        }
    }
    let programs = bench_programs(&ws.root.join("bench"), filter)?;
    run_command(ws.cargo().args(["build", "--release", "-p", "isola"]))?;
    let isola = ws.isola_binary();
    let python_version = stdout_of(Command::new("python3").arg("--version"))?;
    let engines = [
        Engine {
            name: "CPython",
            program: "python3".into(),
            args: &[],
        },
        Engine {
            name: "isola native",
            program: isola.clone(),
            args: &["run", "--native"],
        },
        Engine {
            name: "isola wasmtime",
            program: isola,
            args: &["run"],
        },
    ];
    println!("{} run(s) each; reference: {}", runs, python_version.trim());
    let mut rows = Vec::new();
    for program in &programs {
        let name = program
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected = stdout_of(Command::new("python3").arg(program).current_dir(&ws.root))
            .with_context(|| format!("CPython fails on {}", program.display()))?;
        let outcomes: Vec<Outcome> = engines
            .iter()
            .map(|engine| {
                let outcome = measure(ws, engine, program, &expected, runs);
                match &outcome {
                    Outcome::Time(time) => println!("{name:>10} {:<15} {time:.3?}", engine.name),
                    Outcome::Failed(why) => println!("{name:>10} {:<15} {why}", engine.name),
                }
                outcome
            })
            .collect();
        rows.push((name, outcomes));
    }
    let table = render_table(&engines, &rows);
    println!("\n{table}\n(\"vs CPython\": isola's time over CPython's; below 1.00x is faster)");
    let results = ws.target_dir.join("bench").join("results.md");
    std::fs::create_dir_all(results.parent().unwrap_or(&ws.target_dir))?;
    std::fs::write(&results, &table).with_context(|| format!("writing {}", results.display()))?;
    println!("(also written to {})", results.display());
    Ok(())
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

/// bench/*.py whose name contains `filter`, sorted.
fn bench_programs(dir: &Path, filter: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .filter(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            filter.is_none_or(|f| name.is_some_and(|n| n.contains(f)))
        })
        .collect();
    programs.sort();
    if programs.is_empty() {
        bail!("no bench/*.py matches `{}`", filter.unwrap_or(""));
    }
    Ok(programs)
}

/// One untimed run to check the output against CPython's, then `runs` timed runs.
fn measure(
    ws: &Workspace,
    engine: &Engine,
    program: &Path,
    expected: &str,
    runs: usize,
) -> Outcome {
    let mut times = Vec::with_capacity(runs);
    for attempt in 0..=runs {
        let start = Instant::now();
        let output = Command::new(&engine.program)
            .args(engine.args)
            .arg(program)
            .current_dir(&ws.root)
            .stdin(Stdio::null())
            .output();
        let elapsed = start.elapsed();
        let output = match output {
            Ok(output) => output,
            Err(error) => return Outcome::Failed(format!("could not start: {error}")),
        };
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let last = stderr.lines().last().unwrap_or("").to_owned();
            return Outcome::Failed(format!("{}: {last}", output.status));
        }
        if attempt == 0 {
            if output.stdout != expected.as_bytes() {
                return Outcome::Failed("output differs from CPython's".to_owned());
            }
        } else {
            times.push(elapsed);
        }
    }
    Outcome::Time(median(&mut times))
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    match times.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => times[n / 2],
        n => (times[n / 2 - 1] + times[n / 2]) / 2,
    }
}

/// The markdown table: one row per program, a time column per engine, and after each isola
/// engine its time relative to CPython's (the first engine).
fn render_table(engines: &[Engine], rows: &[(String, Vec<Outcome>)]) -> String {
    let mut header = vec!["program".to_owned()];
    let mut rule = vec!["---".to_owned()];
    for (index, engine) in engines.iter().enumerate() {
        header.push(engine.name.to_owned());
        rule.push("---:".to_owned());
        if index > 0 {
            header.push("vs CPython".to_owned());
            rule.push("---:".to_owned());
        }
    }
    let mut lines = vec![
        format!("| {} |", header.join(" | ")),
        format!("|{}|", rule.join("|")),
    ];
    for (name, outcomes) in rows {
        let reference = match outcomes.first() {
            Some(Outcome::Time(time)) => Some(*time),
            _ => None,
        };
        let mut cells = vec![name.clone()];
        for (index, outcome) in outcomes.iter().enumerate() {
            let (cell, ratio) = match outcome {
                Outcome::Time(time) => (
                    format!("{:.3} s", time.as_secs_f64()),
                    reference.map_or("-".to_owned(), |r| {
                        format!("{:.2}x", time.as_secs_f64() / r.as_secs_f64())
                    }),
                ),
                Outcome::Failed(why) => (format!("failed ({why})"), "-".to_owned()),
            };
            cells.push(cell);
            if index > 0 {
                cells.push(ratio);
            }
        }
        lines.push(format!("| {} |", cells.join(" | ")));
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
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
    fn the_table_has_ratios_against_cpython() {
        let engines = [
            Engine {
                name: "CPython",
                program: "python3".into(),
                args: &[],
            },
            Engine {
                name: "isola native",
                program: "isola".into(),
                args: &["run"],
            },
        ];
        let rows = vec![
            (
                "fib".to_owned(),
                vec![Outcome::Time(ms(400)), Outcome::Time(ms(200))],
            ),
            (
                "nbody".to_owned(),
                vec![Outcome::Time(ms(500)), Outcome::Failed("exit 1".into())],
            ),
        ];
        assert_eq!(
            render_table(&engines, &rows),
            "| program | CPython | isola native | vs CPython |\n\
             |---|---:|---:|---:|\n\
             | fib | 0.400 s | 0.200 s | 0.50x |\n\
             | nbody | 0.500 s | failed (exit 1) | - |\n"
        );
    }
}
