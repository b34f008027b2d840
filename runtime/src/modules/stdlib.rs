//! The standard library modules written in Python, shipped inside the runtime as source and
//! compiled by each interpreter on its first import of them: isola's own (`runtime/lib/`) and
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

#[cfg(test)]
#[path = "stdlib_tests.rs"]
mod tests;
