//! Integration tests of the `isola` embedding API on both backends, in one test binary (each
//! test binary links wasmtime, which is slow to link on a small machine): the Python conformance
//! corpus, the limits, faults, interrupts (Ctrl-C), module sources, mounted host directories, and parallel isolated interpreters.

mod cli;
mod conformance;
mod faults;
mod hostile;
mod hostile_corpus;
mod interpreters;
mod interrupt;
mod limits;
mod modules;
mod mounts;
mod parallel;
mod repl;
mod stdin;
mod stress;
mod support;
