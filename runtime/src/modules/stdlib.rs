//! The standard library modules written in Python, shipped inside the runtime as source and
//! compiled on their first import: by the host once per runtime, whose bytes each interpreter
//! then rebuilds its code from (`code_bytes.rs`), or by the interpreter itself where the host
//! has none (in a browser worker). They are isola's own (`runtime/lib/`) and
//! those of CPython's library that `runtime/cpython_lib.rs` lists, which `runtime/build.rs`
//! takes from the pinned Debian packages.

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// CPython's license, with Debian's copyright file for the package the modules come from.
pub const CPYTHON_LICENSE: &str = include_str!(concat!(env!("OUT_DIR"), "/CPYTHON_LICENSE.txt"));

/// The source of the shipped module `name` and whether it is a package.
pub(crate) fn find(name: &str) -> Option<(&'static str, bool)> {
    SOURCES
        .binary_search_by(|(n, _, _)| (*n).cmp(name))
        .ok()
        .and_then(|i| SOURCES.get(i))
        .map(|(_, src, pkg)| (*src, *pkg))
}

/// Every shipped module: its name, source and whether it is a package.
#[cfg(test)]
pub(crate) fn all() -> &'static [(&'static str, &'static str, bool)] {
    SOURCES
}

#[cfg(test)]
#[path = "stdlib_tests.rs"]
mod tests;
