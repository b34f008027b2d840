//! Tests of the lexer and parser.
