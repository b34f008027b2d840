//! Python source to AST: tokens, the parser and syntax errors. Knows nothing of runtime values.

pub mod ast;
