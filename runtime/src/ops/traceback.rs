//! The text of uncaught exceptions as CPython prints them: chained tracebacks, source lines,
//! repeated-frame folding, the exception line and its notes.

use std::rc::Rc;

use crate::interp::Interpreter;
use crate::object::{ExceptionObject, Type};
use crate::value::Value;

impl Interpreter {
    /// The whole traceback text for an uncaught exception, chained ones first.
    pub(crate) fn format_exception(&mut self, exc: &Rc<ExceptionObject>) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Rc<ExceptionObject>, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Rc::as_ptr(exc) as usize);
        let cause = exc.cause.borrow().clone();
        let context = exc.context.borrow().clone();
        if let Some(Value::Exception(c)) = cause {
            if !seen.contains(&(Rc::as_ptr(&c) as usize)) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(Value::Exception(c)), false) = (context, exc.suppress_context.get()) {
            if !seen.contains(&(Rc::as_ptr(&c) as usize)) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one(exc, out);
    }

    fn format_one(&mut self, exc: &Rc<ExceptionObject>, out: &mut String) {
        let tb = exc.traceback.borrow().clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(usize, u32)> = None;
            let mut repeats = 0;
            for entry in tb.iter().rev() {
                let key = (Rc::as_ptr(&entry.code) as usize, entry.line);
                if last == Some(key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    if repeats >= 3 {
                        flush_repeats(out, repeats - 2);
                    }
                    repeats = 0;
                    last = Some(key);
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.code.filename, entry.line, entry.code.name
                ));
                // Like CPython's linecache, there is no source for "<string>" and the like.
                let has_source = !entry.code.filename.starts_with('<');
                if let Some(src) = entry.code.source_line(entry.line).filter(|_| has_source) {
                    if !src.is_empty() {
                        out.push_str(&format!("    {src}\n"));
                    }
                }
            }
            if repeats >= 3 {
                flush_repeats(out, repeats - 2);
            }
        }
        let is_syntax = exc.ty.is_builtin_subtype("SyntaxError");
        if is_syntax {
            let get = |k: &str| exc.dict.get_str(k);
            if let (Some(Value::Str(file)), Some(Value::Int(line))) =
                (get("filename"), get("lineno"))
            {
                out.push_str(&format!("  File \"{}\", line {}\n", file.as_str(), line));
                if let Some(Value::Str(text)) = get("text") {
                    let full = text.as_str();
                    let stripped = full.trim_start();
                    let indent = full.chars().count() - stripped.chars().count();
                    let stripped = stripped.trim_end();
                    if !stripped.is_empty() {
                        out.push_str(&format!("    {stripped}\n"));
                        let offset = match get("offset") {
                            Some(Value::Int(o)) => o.max(1) as usize,
                            _ => 1,
                        };
                        let end = match get("end_offset") {
                            Some(Value::Int(o)) if (o as usize) > offset => o as usize,
                            _ => offset + 1,
                        };
                        let col = offset.saturating_sub(1).saturating_sub(indent);
                        let width = (end - offset)
                            .max(1)
                            .min(stripped.chars().count().saturating_sub(col).max(1));
                        out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
                    }
                }
            }
        }
        let name = traceback_name(&exc.ty);
        let msg = if is_syntax {
            exc.dict
                .get_str("msg")
                .and_then(|m| m.as_str().map(str::to_owned))
                .unwrap_or_else(|| self.exception_str(exc))
        } else {
            let v = Value::Exception(exc.clone());
            self.to_str(&v)
                .unwrap_or_else(|_| "<exception str() failed>".into())
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        // Notes added with `add_note` follow the message, one line each.
        if let Some(Value::List(notes)) = exc.dict.get_str("__notes__") {
            for note in notes.to_vec() {
                let text = self
                    .to_str(&note)
                    .unwrap_or_else(|_| "<note str() failed>".into());
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
}

fn flush_repeats(out: &mut String, n: usize) {
    let s = if n == 1 { "" } else { "s" };
    out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
}

/// `module.Name`, except for builtins and `__main__`, as tracebacks print it.
fn traceback_name(t: &Type) -> String {
    let module = t.module.borrow();
    if &**module == "builtins" || &**module == "__main__" {
        t.name.to_string()
    } else {
        format!("{module}.{}", t.name)
    }
}
