//! The `isola` command's module search path: the `.py` files and packages in the script's
//! directory and in each `--path DIR`, read on the host before the program runs and handed to
//! every interpreter as module sources (read-only: the program never sees the files themselves).
//! Part of the binary only.

use std::collections::HashSet;
use std::path::Path;

/// How deep packages may nest below a search directory; deeper ones (or a symlink cycle) are
/// not read.
const MAX_PACKAGE_DEPTH: usize = 16;

/// A module found on the search path: its dotted name, its source, and whether it is a package.
#[derive(Debug, PartialEq, Eq)]
pub struct Found {
    pub name: String,
    pub source: String,
    pub is_package: bool,
}

/// The modules importable from `dirs`, searched in order as CPython searches `sys.path`: a
/// top-level name found in an earlier directory hides the same name in a later one, and within
/// one directory a package (`name/__init__.py`) comes before a module (`name.py`). Files whose
/// names are not identifiers, files that are not UTF-8 and directories without `__init__.py`
/// are left out; a directory that cannot be read contributes nothing.
pub fn find_modules(dirs: &[&Path]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut taken = HashSet::new();
    for dir in dirs {
        for (stem, path, is_package) in entries(dir) {
            if taken.insert(stem.clone()) {
                read_module(&path, &stem, is_package, 0, &mut found);
            }
        }
    }
    found
}

/// Read one module, or a package and everything below it, into `found`.
fn read_module(path: &Path, name: &str, is_package: bool, depth: usize, found: &mut Vec<Found>) {
    let file = if is_package {
        path.join("__init__.py")
    } else {
        path.to_path_buf()
    };
    let Some(source) = read_utf8(&file) else {
        return;
    };
    found.push(Found {
        name: name.to_owned(),
        source,
        is_package,
    });
    if is_package && depth < MAX_PACKAGE_DEPTH {
        let mut taken = HashSet::new();
        for (stem, child, child_is_package) in entries(path) {
            if taken.insert(stem.clone()) {
                let child_name = format!("{name}.{stem}");
                read_module(&child, &child_name, child_is_package, depth + 1, found);
            }
        }
    }
}

/// The candidate modules of one directory as `(name, path, is_package)`, packages first, then in
/// name order (so that the result does not depend on the file system's order).
fn entries(dir: &Path) -> Vec<(String, std::path::PathBuf, bool)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<(String, std::path::PathBuf, bool)> = read
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let file_name = entry.file_name().into_string().ok()?;
            if path.is_dir() {
                let is_package = path.join("__init__.py").is_file();
                (is_package && is_identifier(&file_name)).then_some((file_name, path, true))
            } else {
                let stem = file_name.strip_suffix(".py")?;
                // `__init__` belongs to its directory, and `__main__` is the running program.
                let wanted = is_identifier(stem) && !matches!(stem, "__init__" | "__main__");
                wanted.then(|| (stem.to_owned(), path, false))
            }
        })
        .collect();
    entries.sort_by(|a, b| (!a.2, &a.0).cmp(&(!b.2, &b.0)));
    entries
}

/// A file's text, with a UTF-8 byte-order mark removed; `None` if unreadable or not UTF-8.
fn read_utf8(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).ok()
}

/// Whether `name` can be imported: a Python identifier.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system's temporary directory, removed when dropped.
    struct TempDir(std::path::PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir().join(format!("isola-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("creating a temporary directory");
            TempDir(dir)
        }

        fn write(&self, path: &str, text: &str) {
            let path = self.0.join(path);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
            std::fs::write(path, text).expect("writing a file");
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn names(found: &[Found]) -> Vec<(&str, &str, bool)> {
        found
            .iter()
            .map(|f| (f.name.as_str(), f.source.as_str(), f.is_package))
            .collect()
    }

    #[test]
    fn modules_and_packages_in_search_order() {
        let first = TempDir::new("path-first");
        first.write("helper.py", "A");
        first.write("pkg/__init__.py", "P");
        first.write("pkg/sub.py", "S");
        first.write("pkg/deep/__init__.py", "D");
        first.write("pkg/deep/leaf.py", "L");
        first.write("pkg.py", "hidden by the package");
        first.write("not-a-name.py", "skipped");
        first.write("notes.txt", "skipped");
        first.write("__init__.py", "skipped");
        first.write("data/plain.py", "skipped: no __init__.py");
        let second = TempDir::new("path-second");
        second.write("helper.py", "hidden by the first directory");
        second.write("other.py", "O");
        let found = find_modules(&[&first.0, &second.0]);
        assert_eq!(
            names(&found),
            [
                ("pkg", "P", true),
                ("pkg.deep", "D", true),
                ("pkg.deep.leaf", "L", false),
                ("pkg.sub", "S", false),
                ("helper", "A", false),
                ("other", "O", false),
            ]
        );
    }

    #[test]
    fn missing_directories_and_bad_files_are_left_out() {
        let dir = TempDir::new("path-bad");
        std::fs::write(dir.0.join("latin1.py"), b"x = '\xe9'\n").expect("writing a file");
        dir.write("bom.py", "\u{feff}x = 1\n");
        let found = find_modules(&[&dir.0.join("absent"), &dir.0]);
        assert_eq!(names(&found), [("bom", "x = 1\n", false)]);
    }
}
