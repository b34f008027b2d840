//! The standard library modules written in Python, shipped inside the runtime as source
//! (`runtime/lib/`) and compiled by each interpreter on its first import of them.

/// Module name, source, is a package. Sorted by name; the test below checks that every file
/// under `runtime/lib/` is listed (`python3 runtime/stdlib_table.py .` regenerates this table).
const SOURCES: &[(&str, &str, bool)] = &[
    ("__future__", include_str!("../../lib/__future__.py"), false),
    (
        "_collections_abc",
        include_str!("../../lib/_collections_abc.py"),
        false,
    ),
    ("abc", include_str!("../../lib/abc.py"), false),
    ("asyncio", include_str!("../../lib/asyncio.py"), false),
    ("atexit", include_str!("../../lib/atexit.py"), false),
    ("bisect", include_str!("../../lib/bisect.py"), false),
    ("calendar", include_str!("../../lib/calendar.py"), false),
    (
        "collections",
        include_str!("../../lib/collections/__init__.py"),
        true,
    ),
    (
        "collections.abc",
        include_str!("../../lib/collections/abc.py"),
        false,
    ),
    ("colorsys", include_str!("../../lib/colorsys.py"), false),
    (
        "concurrent",
        include_str!("../../lib/concurrent/__init__.py"),
        true,
    ),
    ("contextlib", include_str!("../../lib/contextlib.py"), false),
    (
        "contextvars",
        include_str!("../../lib/contextvars.py"),
        false,
    ),
    ("copy", include_str!("../../lib/copy.py"), false),
    (
        "dataclasses",
        include_str!("../../lib/dataclasses.py"),
        false,
    ),
    ("datetime", include_str!("../../lib/datetime.py"), false),
    ("decimal", include_str!("../../lib/decimal.py"), false),
    ("difflib", include_str!("../../lib/difflib.py"), false),
    ("enum", include_str!("../../lib/enum.py"), false),
    ("errno", include_str!("../../lib/errno.py"), false),
    ("fractions", include_str!("../../lib/fractions.py"), false),
    ("functools", include_str!("../../lib/functools.py"), false),
    ("gc", include_str!("../../lib/gc.py"), false),
    ("graphlib", include_str!("../../lib/graphlib.py"), false),
    ("heapq", include_str!("../../lib/heapq.py"), false),
    ("html", include_str!("../../lib/html.py"), false),
    (
        "importlib",
        include_str!("../../lib/importlib/__init__.py"),
        true,
    ),
    ("inspect", include_str!("../../lib/inspect.py"), false),
    ("io", include_str!("../../lib/io.py"), false),
    ("itertools", include_str!("../../lib/itertools.py"), false),
    ("keyword", include_str!("../../lib/keyword.py"), false),
    ("numbers", include_str!("../../lib/numbers.py"), false),
    ("operator", include_str!("../../lib/operator.py"), false),
    ("pprint", include_str!("../../lib/pprint.py"), false),
    ("queue", include_str!("../../lib/queue.py"), false),
    ("reprlib", include_str!("../../lib/reprlib.py"), false),
    ("statistics", include_str!("../../lib/statistics.py"), false),
    ("string", include_str!("../../lib/string.py"), false),
    ("textwrap", include_str!("../../lib/textwrap.py"), false),
    ("threading", include_str!("../../lib/threading.py"), false),
    ("traceback", include_str!("../../lib/traceback.py"), false),
    ("types", include_str!("../../lib/types.py"), false),
    ("typing", include_str!("../../lib/typing.py"), false),
    ("warnings", include_str!("../../lib/warnings.py"), false),
    ("weakref", include_str!("../../lib/weakref.py"), false),
];

/// The source of the shipped module `name` and whether it is a package.
pub(crate) fn find(name: &str) -> Option<(&'static str, bool)> {
    SOURCES
        .binary_search_by(|(n, _, _)| (*n).cmp(name))
        .ok()
        .and_then(|i| SOURCES.get(i))
        .map(|(_, src, pkg)| (*src, *pkg))
}

#[cfg(test)]
mod tests {
    /// Every `.py` file under `runtime/lib/` must be in the table, which must stay sorted.
    #[test]
    fn table_lists_every_file() {
        fn walk(dir: &std::path::Path, out: &mut usize) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "py") {
                    *out += 1;
                }
            }
        }
        let mut files = 0;
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib"),
            &mut files,
        );
        assert_eq!(files, super::SOURCES.len());
        assert!(super::SOURCES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
