//! `cargo xtask fuzz [TARGET] [--time S]`: run the fuzz targets under `fuzz/` with cargo-fuzz
//! (libFuzzer) on the nightly toolchain, each for S seconds (default 60), seeded from
//! `tests/python` and a few seeds of each input language. Crashes are saved under
//! `fuzz/artifacts/TARGET/` (cargo-fuzz's place) and fail the command; each becomes a test.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::process::run as run_command;
use crate::{tools, Workspace};

/// Every target in fuzz/Cargo.toml, in the order a full pass runs them.
pub const TARGETS: [&str; 8] = [
    "numbers",
    "format",
    "json",
    "regex",
    "compile",
    "run",
    "boundary",
    "structured",
];

const USAGE: &str =
    "usage: cargo xtask fuzz [TARGET] [--time SECONDS] | --differential COUNT [--seed N]";

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let mut target = None;
    let mut seconds = 60u64;
    let mut differential = None;
    let mut seed = 1u64;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--differential" => {
                let value = rest.next().context(USAGE)?;
                differential = Some(
                    value
                        .parse()
                        .with_context(|| format!("--differential {value}: not a count"))?,
                );
            }
            "--seed" => {
                let value = rest.next().context(USAGE)?;
                seed = value
                    .parse()
                    .with_context(|| format!("--seed {value}: not a number"))?;
            }
            "--time" => {
                let value = rest.next().context(USAGE)?;
                seconds = value
                    .parse()
                    .with_context(|| format!("--time {value}: not a number of seconds"))?;
            }
            name if TARGETS.contains(&name) && target.is_none() => target = Some(name),
            other => bail!(
                "unknown argument `{other}`\n{USAGE}\ntargets: {}",
                TARGETS.join(", ")
            ),
        }
    }
    if let Some(count) = differential {
        return differential_run(ws, count, seed);
    }
    let targets: Vec<&str> = match target {
        Some(name) => vec![name],
        None => TARGETS.to_vec(),
    };
    fuzz(ws, &targets, seconds)
}

/// Runs each of `targets` for `seconds`; the short pass of `cargo xtask test` calls this too.
pub fn fuzz(ws: &Workspace, targets: &[&str], seconds: u64) -> Result<()> {
    let cargo_fuzz = tools::cargo_fuzz(ws)?;
    for target in targets {
        let corpus = ws.target_dir.join("fuzz").join("corpus").join(target);
        let seeds = ws.target_dir.join("fuzz").join("seeds").join(target);
        write_seeds(ws, target, &seeds)?;
        std::fs::create_dir_all(&corpus)
            .with_context(|| format!("creating {}", corpus.display()))?;
        println!(
            "fuzzing {target} for {seconds} s (corpus {})",
            corpus.display()
        );
        run_command(
            ws.command(&cargo_fuzz)
                // cargo-fuzz run directly expects cargo's subcommand name first.
                .arg("fuzz")
                .args([
                    "run",
                    "--release",
                    "--debug-assertions",
                    "--fuzz-dir",
                    "fuzz",
                ])
                .arg("--target-dir")
                .arg(ws.target_dir.join("fuzz").join("build"))
                .arg(target)
                .arg(&corpus)
                .arg(&seeds)
                .arg("--")
                .arg(format!("-max_total_time={seconds}"))
                // One allocation past 1 GiB is a finding (the heap limit is 32 MiB); the process
                // may grow larger, as leaked cycles add up over a long campaign.
                .args([
                    "-rss_limit_mb=8192",
                    "-malloc_limit_mb=1024",
                    "-max_len=65536",
                ])
                // A unit slower than this is a finding. The build is instrumented, with debug
                // assertions, some 15 times slower than release. The slowest seed was the
                // corpus's entity bomb (tests/python/stdlib/xml_etree_events.py): 0.8 s in
                // release when the expansion charged nothing, 40 s here; now the expansion
                // charges fuel, so the target's instruction limit ends it at 0.1 s in release.
                .arg("-timeout=20")
                // Dropping an interpreter does not yet free its reference cycles (a module's
                // functions and its globals, for one): every run leaks, so LeakSanitizer would
                // report the first input. Until the cycle collector frees them at drop, leaks
                // are not crashes here.
                .arg("-detect_leaks=0")
                .env("ASAN_OPTIONS", "detect_leaks=0")
                .env("RUSTUP_TOOLCHAIN", "nightly")
                .env_remove("CARGO_TARGET_DIR"),
        )
        .with_context(|| {
            format!("fuzz target `{target}` found a crash; see fuzz/artifacts/{target}/")
        })?;
    }
    Ok(())
}

/// Fills `dir` with the seeds of `target`: the corpus programs for `compile` and `run`, a few
/// inputs of each input language for the others.
fn write_seeds(ws: &Workspace, target: &str, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let seeds: Vec<Vec<u8>> = match target {
        "compile" | "run" => python_files(&ws.root.join("tests").join("python"))?
            .into_iter()
            .filter_map(|path| std::fs::read(path).ok())
            .collect(),
        "json" => [
            r#"{"a": [1, 2.5, -3e10, true, false, null], "b": {"c": "\u00e9\ud83d\ude00"}}"#,
            "[[[[[]]]]]",
            "NaN",
            "-Infinity",
            r#""\ud800""#,
            "123456789012345678901234567890",
            "1.7976931348623157e309",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect(),
        "format" => [
            "",
            "d",
            "x",
            "#010_x",
            "<+30,.3f",
            "^#40e",
            "=-10g",
            "%",
            ".3%",
            "n",
            "c",
            "s",
            ".2s",
            "%5.2f %s",
            "%(x)s",
            "%-*d",
            "%#o %r %a",
            "{0:>{1}} {x!r}",
            "{:,}",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect(),
        "numbers" => [
            "\0 12_345 ",
            "\x10 0xdead_BEEF",
            "\x02-0b1010",
            "\0 1e-400",
            "\0 -inf",
            "\0 1.5e308j",
            "\0 (1+2j)",
            "\0 ٣.١٤",
            "\x24zz",
            "\0 0_1",
            "\0 4.9e-324",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect(),
        "regex" => [
            "(a|b)*c\0abababc",
            "(?P<x>\\d+)-(?P=x)\x0012-12",
            "(a+)+$\0aaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            "[^\\W\\d_]{2,}?\0héllo wörld",
            "(?i)(?:x|y){3}\\b\0XyX zz",
            "^(?=a)a*(?!b)\0aaab",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect(),
        // After the byte that picks the kind (see the target), postcard encodings: a
        // `prepare_main` of x = 42, an interactive statement, a module source, a tuple value,
        // a file request, and a host's OSError reply.
        "boundary" => vec![
            b"\x00\x00\x01\x01x\x02\x54".to_vec(),
            b"\x00\x04\x051 + 1\x07<stdin>".to_vec(),
            b"\x00\x02\x01\x01m\x05x = 1\x00".to_vec(),
            b"\x01\x07\x03\x02\x54\x05\x02hi\x06\x01\x00".to_vec(),
            b"\x02\x11\x03\x00\x01a\x41\xa4\x03".to_vec(),
            b"\x03\x01\x08\x04\x19No such file or directory".to_vec(),
            // The web host's answers: a close refused as running, a queue get answered with
            // 42, a list of two ids; then a creator's limits and a child's larger request.
            b"\x04\x02\x01\x05\x06".to_vec(),
            b"\x04\x04\x0d\x07\x00\x00\x00\x00\x00\x02\x54".to_vec(),
            [
                &b"\x04\x01\x02\x00\x02"[..],
                &1f64.to_le_bytes(),
                &4f64.to_le_bytes(),
            ]
            .concat(),
            [
                &b"\x05\x02\x00"[..],
                &1000f64.to_le_bytes(),
                b"\x02",
                &100f64.to_le_bytes(),
                b"\x02\x00",
                &1e12f64.to_le_bytes(),
                b"\x04",
                &5f64.to_le_bytes(),
            ]
            .concat(),
        ],
        // Bytes the generator reads as choices: a few pseudo-random streams.
        "structured" => (1..=8u64).map(|seed| noise(seed, 4096)).collect(),
        other => bail!("no seeds for fuzz target `{other}`"),
    };
    for (i, seed) in seeds.iter().enumerate() {
        let path = dir.join(format!("seed-{i:04}"));
        std::fs::write(&path, seed).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Every `.py` file under `dir`, sorted.
fn python_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut work = vec![dir.to_path_buf()];
    while let Some(dir) = work.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                work.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `len` bytes of splitmix64 from `seed`.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)) as u8
        })
        .collect()
}

/// Seconds each program of a differential run may take under either interpreter.
const DIFFERENTIAL_TIMEOUT: Duration = Duration::from_secs(10);

/// `--differential COUNT`: COUNT programs from the structured target's generator
/// (`fuzz/examples/generate.rs`, from `seed`), each run under CPython and under isola
/// (`pyrun`, natively); their stdout and exit status must agree. A program CPython itself does
/// not finish in time is left out. Mismatches are kept under `<target>/fuzz/differential/`.
fn differential_run(ws: &Workspace, count: u64, seed: u64) -> Result<()> {
    let pyrun = crate::stdlib_tests::build_pyrun(ws)?;
    run_command(
        ws.cargo()
            .args([
                "build",
                "--release",
                "--manifest-path",
                "fuzz/Cargo.toml",
                "--example",
                "generate",
            ])
            .env("RUSTUP_TOOLCHAIN", "nightly"),
    )?;
    let release = ws.target_dir.join("release").join("examples");
    let out = ws.target_dir.join("fuzz").join("differential");
    let programs = out.join("programs");
    let _ = std::fs::remove_dir_all(&out);
    run_command(
        ws.command(release.join("generate"))
            .arg(seed.to_string())
            .arg(count.to_string())
            .arg(&programs),
    )?;
    let python = crate::bench::cpython_executable()?;
    let (mut same, mut differ, mut skipped) = (0, 0, 0);
    for path in python_files(&programs)? {
        let Some(expected) = run_limited(Command::new(&python).arg(&path))? else {
            skipped += 1;
            continue;
        };
        let got = run_limited(Command::new(&pyrun).arg(&path))?;
        if got.as_ref() == Some(&expected) {
            same += 1;
            continue;
        }
        differ += 1;
        let name = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into());
        let (status, stdout) = got.unwrap_or((None, b"(did not finish in time)".to_vec()));
        std::fs::copy(&path, out.join(format!("{name}.py")))?;
        std::fs::write(out.join(format!("{name}.cpython")), &expected.1)?;
        std::fs::write(out.join(format!("{name}.isola")), stdout)?;
        println!(
            "differ: {name} (exit {:?} under CPython, {status:?} under isola)",
            expected.0
        );
    }
    println!(
        "differential: {count} programs from seed {seed}: {same} agree, {differ} differ, \
         {skipped} left out (CPython did not finish in {} s); mismatches in {}",
        DIFFERENTIAL_TIMEOUT.as_secs(),
        out.display()
    );
    if differ > 0 {
        bail!("{differ} programs print differently under isola and CPython");
    }
    Ok(())
}

/// The exit code and stdout of `command`, or None when it runs past the timeout (killed).
fn run_limited(command: &mut Command) -> Result<Option<(Option<i32>, Vec<u8>)>> {
    let mut child = command
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("starting an interpreter")?;
    let mut stdout = child.stdout.take().context("piped stdout")?;
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let deadline = Instant::now() + DIFFERENTIAL_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let bytes = reader.join().unwrap_or_default();
    Ok(status.map(|status| (status.code(), bytes)))
}
