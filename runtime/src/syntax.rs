//! Python source to AST: tokens, the parser and syntax errors. Knows nothing of runtime values.
//!
//! The lexer (`lexer`) turns the whole source into tokens first; the hand-written
//! recursive-descent parser (`parser`) then builds the AST of `ast`, reporting the first error
//! with CPython 3.11's wording and position. Nesting is bounded (see `parser::MAX_HEIGHT`), so
//! no input can overflow the stack of the parser or of a recursive walk over its tree.

pub mod ast;
mod error;
mod interactive;
mod lexer;
mod literal;
mod parser;
mod token;
mod unicode_names;

#[cfg(test)]
mod tests;

/// The deepest nesting of statements and expressions the parser builds; a walk over a tree
/// from elsewhere (`compile` of `ast` nodes) keeps to it too.
pub(crate) const MAX_NESTING: u32 = parser::MAX_HEIGHT;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use interactive::{check_interactive, parse_interactive, InputStatus};

/// Parses a module (CPython's `exec` mode).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}

/// Parses one expression (CPython's `eval` mode, as `compile(source, name, 'eval')`): an
/// expression list, optionally followed by newlines. Like `compile`, this does not strip
/// leading whitespace; `eval()` of a string strips leading spaces and tabs first.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    parser::parse_expression(source)
}
