//! `cargo xtask stdlib-tests [MODULE...] [--verbose] [--timeout S]`: CPython's own tests for the
//! standard library modules isola offers, run under isola, with a pass rate per module.
//!
//! The tests come from Debian's `libpython3.11-testsuite` (the same CPython release the
//! embedded library is from), pinned by SHA-256 and fetched into the cache the library's own
//! packages live in; `test/__init__.py` and `test/support/` come from the `libpython3.11-stdlib`
//! package the build already fetched. Each test module runs in its own `pyrun` process
//! (`stdlib_tests.py` reports each test as it ends), under a time limit. A failure whose error
//! is the sandbox refusing something (a refused module, a PermissionError from process
//! control) counts as a sandbox limit, not a failure: that is the list of tests that cannot
//! pass in a sandbox, with the reason each gives. Tests of a C accelerator isola does not have
//! (run by CPython's suite with `module = None` when it is absent) count apart as "no-C".

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::{cpython_lib, debian, Workspace};

/// The test suite package: file name, SHA-256, and SHA-1 (its name on snapshot.debian.org).
const TESTSUITE: (&str, &str, &str) = (
    "libpython3.11-testsuite_3.11.2-6+deb12u9_all.deb",
    "5dd0f85e950b344a51374e0ef68089e808f73c6c594c80e5232936b5c7ea4a28",
    "d4f67a463690dc90c5a5541a2f8a9a53180d7fe0",
);

/// The test modules run by default: those of the modules isola embeds or writes that
/// programs use most, and of the modules that data cleaning, parsing, reports and tests import.
const DEFAULT_MODULES: &[&str] = &[
    "test_abc",
    "test_argparse",
    "test_ast",
    "test_atexit",
    "test_base64",
    "test_bisect",
    "test_calendar",
    "test_codecs",
    "test_collections",
    "test_configparser",
    "test_contextlib",
    "test_copy",
    "test_copyreg",
    "test_csv",
    "test_dataclasses",
    "test_datetime",
    "test_decimal",
    "test_difflib",
    "test_doctest",
    "test_enum",
    "test_fnmatch",
    "test_fractions",
    "test_functools",
    "test_glob",
    "test_graphlib",
    "test_gzip",
    "test_hashlib",
    "test_heapq",
    "test_hmac",
    "test_html",
    "test_htmlparser",
    "test_ipaddress",
    "test_itertools",
    "test_json",
    "test_logging",
    "test_math",
    "test_operator",
    "test_pathlib",
    "test_pickle",
    "test_platform",
    "test_pprint",
    "test_queue",
    "test_random",
    "test_re",
    "test_secrets",
    "test_shlex",
    "test_shutil",
    "test_statistics",
    "test_string",
    "test_struct",
    "test_tempfile",
    "test_textwrap",
    "test_tokenize",
    "test_tomllib",
    "test_types",
    "test_typing",
    "test_unittest",
    "test_urlparse",
    "test_uuid",
    "test_weakref",
    "test_xml_etree",
    "test_zlib",
    "test_zoneinfo",
];

/// Words in a failure that mean the sandbox refused what the test needs.
const SANDBOX_SIGNS: &[&str] = &[
    "is not available in the isola sandbox",
    "is not available in the sandbox",
    "Operation not permitted",
];

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let mut modules = Vec::new();
    let mut verbose = false;
    let mut timeout = Duration::from_secs(300);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--timeout" => {
                let s = rest.next().context("--timeout needs a number of seconds")?;
                timeout = Duration::from_secs(s.parse().context("--timeout takes seconds")?);
            }
            name if name.starts_with("test_") => modules.push(name.to_owned()),
            other => bail!("unknown argument `{other}` (test module names start with test_)"),
        }
    }
    if modules.is_empty() {
        modules = DEFAULT_MODULES.iter().map(|m| (*m).to_owned()).collect();
    }
    let lib = unpack_tests(ws)?;
    let pyrun = build_pyrun(ws)?;
    let harness = ws.root.join("xtask").join("src").join("stdlib_tests.py");

    println!(
        "\n{:<20} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>6}  note",
        "module", "tests", "pass", "fail", "error", "skip", "sandbox", "no-C", "rate"
    );
    let (mut all_run, mut all_pass) = (0, 0);
    for module in &modules {
        let outcome = run_module(&pyrun, &harness, &lib, module, timeout)?;
        let counts = outcome.counts();
        let judged = counts.pass + counts.fail + counts.error;
        let rate = if judged == 0 {
            "-".to_owned()
        } else {
            format!("{:.0}%", 100.0 * counts.pass as f64 / judged as f64)
        };
        all_run += judged;
        all_pass += counts.pass;
        println!(
            "{module:<20} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>6}  {}",
            outcome.tests.len(),
            counts.pass,
            counts.fail,
            counts.error,
            counts.skip,
            counts.sandbox,
            counts.noaccel,
            rate,
            outcome.note
        );
        if verbose {
            for (id, (status, detail)) in &outcome.tests {
                if matches!(status.as_str(), "fail" | "error" | "sandbox") {
                    println!("    {status:<7} {id}: {detail}");
                }
            }
        }
    }
    if all_run > 0 {
        println!(
            "\nall: {all_pass} of {all_run} tests pass ({:.1}%), sandbox limits and skips aside",
            100.0 * all_pass as f64 / all_run as f64
        );
    }
    Ok(())
}

/// How one module's run went: each test's status and the detail of its failure.
struct Outcome {
    tests: BTreeMap<String, (String, String)>,
    note: String,
}

#[derive(Default)]
struct Counts {
    pass: usize,
    fail: usize,
    error: usize,
    skip: usize,
    sandbox: usize,
    noaccel: usize,
}

impl Outcome {
    fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for (status, _) in self.tests.values() {
            match status.as_str() {
                "pass" => c.pass += 1,
                "fail" => c.fail += 1,
                "error" => c.error += 1,
                "sandbox" => c.sandbox += 1,
                "noaccel" => c.noaccel += 1,
                _ => c.skip += 1,
            }
        }
        c
    }
}

fn run_module(
    pyrun: &Path,
    harness: &Path,
    lib: &Path,
    module: &str,
    timeout: Duration,
) -> Result<Outcome> {
    let mut child = Command::new(pyrun)
        .arg(harness)
        .arg(module)
        .env("ISOLA_PYLIB", lib)
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", pyrun.display()))?;
    let mut stdout = child.stdout.take().context("no stdout")?;
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            timed_out = true;
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let text = reader.join().unwrap_or_default();
    let mut tests = BTreeMap::new();
    let mut note = String::new();
    let mut done = false;
    let mut last: Option<String> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("TEST ") {
            let (status, id) = rest.split_once(' ').unwrap_or((rest, ""));
            tests.insert(id.to_owned(), (status.to_owned(), String::new()));
            last = Some(id.to_owned());
        } else if let Some(detail) = line.strip_prefix("DETAIL ") {
            if let Some(entry) = last.as_ref().and_then(|id| tests.get_mut(id)) {
                if (entry.0 == "fail" || entry.0 == "error")
                    && SANDBOX_SIGNS.iter().any(|s| detail.contains(s))
                {
                    entry.0 = "sandbox".to_owned();
                }
                entry.1 = detail.to_owned();
            }
        } else if let Some(error) = line.strip_prefix("IMPORT ") {
            note = format!("does not import: {error}");
            if SANDBOX_SIGNS.iter().any(|s| error.contains(s)) {
                note = format!("sandbox: {error}");
            }
        } else if line == "DONE" {
            done = true;
        }
    }
    if note.is_empty() && !done {
        note = if timed_out {
            format!("stopped after {} s", timeout.as_secs())
        } else {
            format!(
                "the run ended early ({})",
                status.map_or("killed".to_owned(), |s| s.to_string())
            )
        };
    }
    Ok(Outcome { tests, note })
}

/// The `test` package: Debian's test suite package over the stdlib package's `test/` (its
/// `__init__.py` and `support/`), unpacked once under the target directory.
fn unpack_tests(ws: &Workspace) -> Result<PathBuf> {
    let dir = ws
        .target_dir
        .join("stdlib-tests")
        .join(cpython_lib::VERSION);
    let lib = dir.join("lib");
    if lib.join("test").join("support").is_dir() {
        return Ok(lib);
    }
    let cache = ws.cache_dir.join("cpython-lib").join(cpython_lib::VERSION);
    let partial = dir.join("lib.partial");
    let _ = std::fs::remove_dir_all(&partial);
    let stdlib = cpython_lib::DEBS
        .iter()
        .find(|(file, _, _)| file.starts_with("libpython3.11-stdlib"))
        .context("cpython_lib.rs names no libpython3.11-stdlib package")?;
    for (file, sha256, sha1) in [*stdlib, TESTSUITE] {
        let deb = debian::fetch(&cache, cpython_lib::MIRRORS, file, sha256, sha1)
            .map_err(anyhow::Error::msg)?;
        unpack_test_package(&deb, file, &partial)?;
    }
    let _ = std::fs::remove_dir_all(&lib);
    std::fs::rename(&partial, &lib).with_context(|| format!("renaming to {}", lib.display()))?;
    Ok(lib)
}

/// Writes the files under `usr/lib/python3.11/test/` of a `.deb` into `out/test/`.
fn unpack_test_package(deb: &[u8], name: &str, out: &Path) -> Result<()> {
    let mut files = Vec::new();
    debian::unpack(deb, name, |path, data| {
        if let Some(rel) = path.strip_prefix("usr/lib/python3.11/") {
            if rel.starts_with("test/") && !rel.contains("..") {
                files.push((rel.to_owned(), data));
            }
        }
    })
    .map_err(anyhow::Error::msg)?;
    for (rel, data) in files {
        let target = out.join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, data).with_context(|| format!("writing {}", target.display()))?;
    }
    Ok(())
}

/// Builds `pyrun` (the runtime's example that runs one file natively, without a host) in
/// release and returns its path.
pub(crate) fn build_pyrun(ws: &Workspace) -> Result<PathBuf> {
    crate::process::run(ws.cargo().args([
        "build",
        "--release",
        "-p",
        "isola-runtime",
        "--example",
        "pyrun",
    ]))?;
    Ok(ws.target_dir.join("release").join("examples").join("pyrun"))
}
