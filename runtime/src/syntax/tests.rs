//! Tests of the lexer and parser, each through one helper: `check` compares the compact dump of
//! a module (see `dump`), `check_spans` the same with spans, `check_expr` the dump of an `eval`
//! expression, and `check_error` the error as `Kind: message (line:offset-end_line:end_offset)`
//! with CPython's 1-based offsets. Expectations were recorded from this parser after its whole
//! tree, spans included, or its error had been compared with CPython 3.11's for the same source.

mod dump;
mod error_choice;
mod errors;
mod expressions;
mod fstrings;
mod interactive;
mod lexer;
mod limits;
mod patterns;
mod statements;

use super::{parse_expression, parse_module, SyntaxError};

fn describe(e: &SyntaxError) -> String {
    let (line, col, end_line, end_col) = (e.line, e.col + 1, e.end_line, e.end_col + 1);
    format!(
        "{}: {} ({line}:{col}-{end_line}:{end_col})",
        e.kind.type_name(),
        e.msg
    )
}

#[track_caller]
fn check(src: &str, expected: &str) {
    match parse_module(src) {
        Ok(m) => assert_eq!(dump::module(&m, false), expected, "source: {src:?}"),
        Err(e) => panic!("{src:?} failed: {}", describe(&e)),
    }
}

#[track_caller]
fn check_spans(src: &str, expected: &str) {
    match parse_module(src) {
        Ok(m) => assert_eq!(dump::module(&m, true), expected, "source: {src:?}"),
        Err(e) => panic!("{src:?} failed: {}", describe(&e)),
    }
}

#[track_caller]
fn check_expr(src: &str, expected: &str) {
    match parse_expression(src) {
        Ok(e) => assert_eq!(dump::expr(&e, false), expected, "source: {src:?}"),
        Err(e) => panic!("{src:?} failed: {}", describe(&e)),
    }
}

#[track_caller]
fn check_error(src: &str, expected: &str) {
    match parse_module(src) {
        Ok(m) => panic!("{src:?} parsed as {}", dump::module(&m, false)),
        Err(e) => assert_eq!(describe(&e), expected, "source: {src:?}"),
    }
}
