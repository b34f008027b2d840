//! Host directories mounted into the interpreters' file systems (`RuntimeBuilder::mount`), on
//! both backends: programs read and write them with the usual modules and the host sees the
//! changes, read-only mounts refuse changes, nothing leads out of a mount, child interpreters
//! see the same mounts, bytes read count against the heap limit, and bad set-ups fail to build.

use std::fs;
use std::path::{Path, PathBuf};

use isola::{Backend, Error, Limits, Runtime};

use crate::support::{self, BACKENDS};

/// A fresh directory for one test and backend, removed first if an earlier run left it.
fn scratch(name: &str, backend: Backend) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "isola-mount-{name}-{backend:?}-{}",
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("creating a scratch directory");
    dir
}

fn runtime(backend: Backend, mounts: &[(&Path, &str, bool)], limits: Limits) -> Runtime {
    let mut builder = Runtime::builder().backend(backend).limits(limits);
    for (host, guest, read_only) in mounts {
        builder = builder.mount(*host, guest, *read_only);
    }
    builder.build().expect("building a runtime with mounts")
}

fn run_ok(runtime: &Runtime, code: &str) -> String {
    let outcome = support::run(runtime, code, "<mounts>");
    assert!(
        outcome.result.is_ok(),
        "{:?}\nstdout: {}",
        outcome.result,
        outcome.stdout
    );
    outcome.stdout
}

#[test]
fn a_read_only_mount_is_read_and_never_changed() {
    for backend in BACKENDS {
        let dir = scratch("ro", backend);
        fs::create_dir(dir.join("sub")).unwrap();
        fs::write(dir.join("data.csv"), "name,n\nada,1\nbob,2\n").unwrap();
        fs::write(dir.join("sub/notes.txt"), "first\nsecond\n").unwrap();
        let runtime = runtime(backend, &[(&dir, "/data", true)], Limits::default());
        let code = r#"
import csv, os, pathlib
with open('/data/data.csv', newline='') as f:
    print([row['name'] for row in csv.DictReader(f)])
print(sorted(os.listdir('/data')), os.path.isdir('/data/sub'), os.path.isfile('/data/sub'))
with open('/data/sub/notes.txt') as f:
    print([line for line in f])
print(pathlib.Path('/data/sub/notes.txt').stat().st_size)
print(sorted(p.name for p in pathlib.Path('/data').rglob('*')))
for attempt in ("open('/data/new.txt', 'w')", "open('/data/data.csv', 'a')",
                "os.remove('/data/data.csv')", "os.mkdir('/data/d')",
                "os.rename('/data/data.csv', '/data/x.csv')", "os.rmdir('/data/sub')"):
    try:
        eval(attempt)
        print('changed!', attempt)
    except OSError as e:
        print(e.errno, e.strerror)
print(os.access('/data/data.csv', os.R_OK), os.access('/data/data.csv', os.W_OK))
"#;
        let out = run_ok(&runtime, code);
        let expected = "['ada', 'bob']\n\
                        ['data.csv', 'sub'] True False\n\
                        ['first\\n', 'second\\n']\n\
                        13\n\
                        ['data.csv', 'notes.txt', 'sub']\n"
            .to_owned()
            + &"30 Read-only file system\n".repeat(6)
            + "True False\n";
        assert_eq!(out, expected, "{backend:?}");
        assert_eq!(
            fs::read_to_string(dir.join("data.csv")).unwrap(),
            "name,n\nada,1\nbob,2\n"
        );
        let _ = fs::remove_dir_all(&dir);
    }
}

#[test]
fn a_read_write_mount_shows_the_host_each_change() {
    for backend in BACKENDS {
        let dir = scratch("rw", backend);
        fs::write(dir.join("from-host.txt"), "host wrote this").unwrap();
        let runtime = runtime(backend, &[(&dir, "/work", false)], Limits::default());
        let code = r#"
import json, os, pathlib, shutil
out = pathlib.Path('/work/report')
out.mkdir()
(out / 'summary.json').write_text(json.dumps({'rows': 3}))
for line in ('one', 'two'):
    with open('/work/log.txt', 'a') as f:
        f.write(line + '\n')
with open('/work/blob.bin', 'w+b') as f:
    f.write(b'0123456789')
    f.seek(2)
    print(f.read(3))
    f.truncate(6)
    f.seek(0)
    print(f.read())
shutil.copy('/work/from-host.txt', '/work/copy.txt')
os.rename('/work/copy.txt', '/work/report/moved.txt')
os.remove('/work/blob.bin')
print(sorted(os.listdir('/work')), sorted(os.listdir('/work/report')))
try:
    os.rename('/work/log.txt', '/tmp/log.txt')
except OSError as e:
    print(e.errno, e.strerror)
shutil.move('/work/log.txt', '/tmp/log.txt')
print(open('/tmp/log.txt').read().split(), os.path.exists('/work/log.txt'))
"#;
        let out = run_ok(&runtime, code);
        assert_eq!(
            out,
            "b'234'\nb'012345'\n\
             ['from-host.txt', 'log.txt', 'report'] ['moved.txt', 'summary.json']\n\
             18 Invalid cross-device link\n\
             ['one', 'two'] False\n",
            "{backend:?}"
        );
        assert_eq!(
            fs::read_to_string(dir.join("report/summary.json")).unwrap(),
            "{\"rows\": 3}"
        );
        assert_eq!(
            fs::read_to_string(dir.join("report/moved.txt")).unwrap(),
            "host wrote this"
        );
        assert!(!dir.join("log.txt").exists() && !dir.join("blob.bin").exists());
        // A change the host makes is seen by the next read: nothing is cached.
        let (interpreter, capture) = support::create(&runtime);
        fs::write(dir.join("live.txt"), "v1").unwrap();
        interpreter
            .exec("print(open('/work/live.txt').read())")
            .unwrap();
        fs::write(dir.join("live.txt"), "v2").unwrap();
        interpreter
            .exec("print(open('/work/live.txt').read())")
            .unwrap();
        assert_eq!(capture.stdout(), "v1\nv2\n", "{backend:?}");
        let _ = fs::remove_dir_all(&dir);
    }
}

#[test]
fn nothing_leads_out_of_a_mount() {
    for backend in BACKENDS {
        let root = scratch("escape", backend);
        let dir = root.join("mounted");
        fs::create_dir(&dir).unwrap();
        fs::write(root.join("secret.txt"), "outside").unwrap();
        fs::write(dir.join("inside.txt"), "inside").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("secret.txt"), dir.join("link-out")).unwrap();
            std::os::unix::fs::symlink("../secret.txt", dir.join("relative-out")).unwrap();
            std::os::unix::fs::symlink("inside.txt", dir.join("link-in")).unwrap();
        }
        let runtime = runtime(backend, &[(&dir, "/m", false)], Limits::default());
        let code = r#"
import os
def attempt(path):
    try:
        return open(path).read()
    except OSError as e:
        return type(e).__name__
print(attempt('/m/inside.txt'), attempt('/m/../m/inside.txt'), attempt('/m/../secret.txt'))
print(attempt('/m/link-in'))
print(attempt('/m/link-out'), attempt('/m/relative-out'))
try:
    open('/m/link-out', 'w').write('overwritten')
except OSError as e:
    print(type(e).__name__)
print(sorted(os.listdir('/')))
"#;
        let out = run_ok(&runtime, code);
        let (link_in, links_out) = if cfg!(unix) {
            (
                "inside",
                "PermissionError PermissionError\nPermissionError\n",
            )
        } else {
            ("FileNotFoundError", "FileNotFoundError FileNotFoundError\n")
        };
        assert_eq!(
            out,
            format!("inside inside FileNotFoundError\n{link_in}\n{links_out}['m', 'tmp']\n"),
            "{backend:?}"
        );
        assert_eq!(
            fs::read_to_string(root.join("secret.txt")).unwrap(),
            "outside"
        );
        let _ = fs::remove_dir_all(&root);
    }
}

#[test]
fn children_share_the_mounts_and_reads_count_against_the_heap() {
    for backend in BACKENDS {
        let dir = scratch("child", backend);
        fs::write(dir.join("big.bin"), vec![7u8; 8 << 20]).unwrap();
        let limits = Limits {
            max_heap_bytes: Some(4 << 20),
            ..Limits::default()
        };
        let runtime = runtime(backend, &[(&dir, "/shared", false)], limits);
        let code = r#"
import interpreters
child = interpreters.create()
child.exec("open('/shared/from-child.txt', 'w').write('hi')")
print(open('/shared/from-child.txt').read())
"#;
        assert_eq!(run_ok(&runtime, code), "hi\n", "{backend:?}");
        let outcome = support::run(
            &runtime,
            "data = open('/shared/big.bin', 'rb').read()",
            "<big>",
        );
        assert!(
            matches!(
                outcome.result,
                Err(Error::Limit { .. }) | Err(Error::Exception { .. })
            ),
            "{backend:?}: {:?}",
            outcome.result
        );
        support::assert_healthy(&runtime);
        let _ = fs::remove_dir_all(&dir);
    }
}

#[cfg(unix)]
#[test]
fn only_files_and_directories_open() {
    for backend in BACKENDS {
        let dir = scratch("fifo", backend);
        let made = std::process::Command::new("mkfifo")
            .arg(dir.join("pipe"))
            .status();
        if !matches!(made, Ok(status) if status.success()) {
            eprintln!("mkfifo is not available: skipped");
            return;
        }
        let runtime = runtime(backend, &[(&dir, "/d", false)], Limits::default());
        // Opening a FIFO would block the interpreter's thread until a writer came.
        let code = "try:\n    open('/d/pipe')\nexcept OSError as e:\n    print(e.errno)\n";
        assert_eq!(run_ok(&runtime, code), "13\n", "{backend:?}");
        let _ = fs::remove_dir_all(&dir);
    }
}

#[test]
fn a_bad_mount_fails_to_build() {
    let dir = scratch("bad", Backend::Native);
    let cases: [(&Path, &str); 4] = [
        (&dir.join("missing"), "/x"),
        (&dir, "relative"),
        (&dir, "/"),
        (&dir, "/a/../b"),
    ];
    for (host, guest) in cases {
        let built = Runtime::builder()
            .backend(Backend::Native)
            .mount(host, guest, true)
            .build();
        assert!(built.is_err(), "{host:?} at {guest:?} was accepted");
    }
    let built = Runtime::builder()
        .backend(Backend::Native)
        .mount(&dir, "/a", true)
        .mount(&dir, "/a/b", true)
        .build();
    let message = built.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("overlap"), "{message}");
    let _ = fs::remove_dir_all(&dir);
}
