//! A generator of structured Python: valid programs built from the fuzzer's bytes, so that
//! mutations explore what the VM does with many features together (classes with dunders and
//! properties, closures, generators, comprehensions, exceptions, `with`, `match`, f-strings,
//! the built-in types and their methods) rather than what the parser rejects. Every name a
//! program uses is defined before it is used, loops are bounded, and each statement's outcome
//! is printed without addresses, str hashes or the order of sets of str (which CPython
//! randomizes), so that the output can be compared with CPython's (`fuzz/examples/generate.rs`).

use libfuzzer_sys::arbitrary::{Result, Unstructured};

/// How deep expressions and blocks nest: enough to combine features, small enough that most
/// programs finish under the fuzz limits.
const MAX_DEPTH: u32 = 4;

/// Builds one program from `u`.
pub fn program(u: &mut Unstructured<'_>) -> Result<String> {
    let mut g = Gen {
        out: String::new(),
        indent: 0,
        vars: vec!["a".into(), "b".into(), "s".into(), "xs".into(), "d".into()],
        funcs: Vec::new(),
        counter: 0,
    };
    g.line("a = 7");
    g.line("b = -3");
    g.line("s = 'héllo'");
    g.line("xs = [3, 1, 2]");
    g.line("d = {'k': 1, 2: 'two'}");
    g.line(PRELUDE);
    let statements = u.int_in_range(1..=24)?;
    for _ in 0..statements {
        if u.is_empty() {
            break;
        }
        g.statement(u, 0)?;
    }
    Ok(g.out)
}

/// A class and helpers every program may use.
const PRELUDE: &str = "\
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'P({self.x!r})'
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return len(repr(self.x))
    def __lt__(self, other):
        return self.x < other.x
    def __add__(self, other):
        return P(self.x + (other.x if isinstance(other, P) else other))
    def __len__(self):
        return len(repr(self.x)) % 7
    def __iter__(self):
        yield self.x
        yield self.x
    @property
    def double(self):
        return self.x * 2

import re as _re

def show(*values):
    try:
        print(*[_re.sub(' at 0x[0-9a-f]+', '', repr(v))[:200] for v in values])
    except Exception as e:
        print('repr failed', type(e).__name__)";

struct Gen {
    out: String,
    indent: usize,
    vars: Vec<String>,
    funcs: Vec<(String, usize)>,
    counter: u32,
}

impl Gen {
    fn line(&mut self, text: &str) {
        for line in text.lines() {
            for _ in 0..self.indent {
                self.out.push_str("    ");
            }
            self.out.push_str(line);
            self.out.push('\n');
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("{prefix}{}", self.counter)
    }

    fn var(&self, u: &mut Unstructured<'_>) -> Result<String> {
        Ok(u.choose(&self.vars)?.clone())
    }

    fn block(&mut self, u: &mut Unstructured<'_>, depth: u32) -> Result<()> {
        self.indent += 1;
        let count = u.int_in_range(1..=3)?;
        for _ in 0..count {
            self.statement(u, depth + 1)?;
        }
        self.indent -= 1;
        Ok(())
    }

    /// A statement guarded so that an exception it raises is printed, not fatal.
    fn statement(&mut self, u: &mut Unstructured<'_>, depth: u32) -> Result<()> {
        if depth >= MAX_DEPTH {
            let e = self.expr(u, depth)?;
            self.line(&format!("show({e})"));
            return Ok(());
        }
        match u.int_in_range(0..=15)? {
            0 | 1 => {
                let name = self.fresh("v");
                let e = self.expr(u, depth)?;
                self.line("try:");
                self.line(&format!("    {name} = {e}"));
                self.line("except Exception as e:");
                self.line(&format!("    {name} = type(e).__name__"));
                self.line(&format!("show({name})"));
                self.vars.push(name);
            }
            2 => {
                let e = self.expr(u, depth)?;
                self.guarded(&format!("show({e})"));
            }
            3 => {
                let c = self.expr(u, depth)?;
                self.line(&format!("if {c}:"));
                self.block(u, depth)?;
                if u.arbitrary()? {
                    self.line("else:");
                    self.block(u, depth)?;
                }
            }
            4 => {
                let it = self.iterable(u, depth)?;
                let name = self.fresh("i");
                self.line("try:");
                self.line(&format!("    for {name} in list({it})[:20]:"));
                self.vars.push(name.clone());
                self.indent += 1;
                self.block(u, depth)?;
                self.indent -= 1;
                self.line("except Exception as e:");
                self.line("    show('for', type(e).__name__)");
                self.vars.retain(|v| v != &name);
            }
            5 => {
                let name = self.fresh("n");
                self.line(&format!("{name} = 0"));
                self.line(&format!("while {name} < {}:", u.int_in_range(0..=5)?));
                self.line(&format!("    {name} += 1"));
                self.block(u, depth)?;
                self.line(&format!("show({name})"));
            }
            6 => self.function(u, depth)?,
            7 => {
                if let Some((name, arity)) = self.funcs.last().cloned() {
                    let mut args = Vec::new();
                    for _ in 0..arity {
                        args.push(self.expr(u, depth + 1)?);
                    }
                    self.guarded(&format!("show({name}({}))", args.join(", ")));
                } else {
                    self.function(u, depth)?;
                }
            }
            8 => {
                let e = self.expr(u, depth)?;
                let exc = *u.choose(&[
                    "ValueError",
                    "KeyError",
                    "TypeError",
                    "ZeroDivisionError",
                    "IndexError",
                    "StopIteration",
                ])?;
                self.line("try:");
                self.line(&format!("    raise {exc}({e})"));
                self.line(&format!("except {exc} as e:"));
                self.line("    show(type(e).__name__, e.args)");
                self.line("finally:");
                self.line("    show('finally')");
            }
            9 => {
                let name = self.fresh("g");
                let it = self.iterable(u, depth)?;
                let e = self.expr(u, depth + 1)?;
                self.line(&format!("def {name}(it):"));
                self.line("    for x in it:");
                self.line(&format!("        yield (x, {e})"));
                self.guarded(&format!("show(list({name}(list({it})[:10])))"));
            }
            10 => {
                let e = self.expr(u, depth)?;
                let pattern = *u.choose(&[
                    "case [x, *rest]: show('seq', x, rest)",
                    "case {'k': v}: show('map', v)",
                    "case int(n) if n > 0: show('pos', n)",
                    "case str() as t: show('str', t)",
                    "case P(x=x): show('P', x)",
                    "case (1 | 2 | 3) as small: show('small', small)",
                    "case None: show('none')",
                ])?;
                self.line(&format!("match {e}:"));
                self.line(&format!("    {pattern}"));
                self.line("    case _: show('other')");
            }
            11 => {
                let e = self.expr(u, depth)?;
                let name = self.fresh("cm");
                self.line("import contextlib");
                self.line("@contextlib.contextmanager");
                self.line(&format!("def {name}(v):"));
                self.line("    show('enter')");
                self.line("    try:");
                self.line("        yield v");
                self.line("    finally:");
                self.line("        show('exit')");
                self.line("try:");
                self.line(&format!("    with {name}({e}) as w:"));
                self.line("        show(w)");
                self.line("except Exception as e:");
                self.line("    show(type(e).__name__)");
            }
            12 => {
                let name = self.fresh("C");
                let e = self.expr(u, depth + 1)?;
                self.line(&format!("class {name}(P):"));
                self.line("    count = 0");
                self.line("    def __init__(self, x):");
                self.line("        super().__init__(x)");
                self.line(&format!("        {name}.count += 1"));
                self.line("    def method(self, y=1):");
                self.line("        return self.x, y");
                self.line("    @classmethod");
                self.line("    def make(cls):");
                self.line(&format!("        return cls({e})"));
                self.guarded(&format!(
                    "o = {name}.make()\nshow(o, o.method(), o.double, {name}.count, \
                     sorted([o, P(0)], key=repr))"
                ));
            }
            13 => {
                let v = self.var(u)?;
                let method = *u.choose(&[
                    "append(1)",
                    "pop()",
                    "sort()",
                    "reverse()",
                    "upper()",
                    "split('l')",
                    "items()",
                    "keys()",
                    "copy()",
                    "count(1)",
                    "index(1)",
                    "setdefault('z', [])",
                    "update({1: 2})",
                    "encode()",
                    "strip('h')",
                    "bit_length()",
                    "as_integer_ratio()",
                ])?;
                self.guarded(&format!("show({v}.{method})"));
            }
            14 => {
                let a = self.expr(u, depth)?;
                let b = self.expr(u, depth)?;
                // Triple double quotes: the expressions hold single-quoted strings and no
                // backslash, as 3.11's f-strings require; parenthesized, since `{{` would
                // be a literal brace.
                self.guarded(&format!(
                    "show(f\"\"\"{{({a})!r:>12}}|{{({b})}}\"\"\", '%s-%r' % ({a}, {b}), \
                     str({a}).center(9, '*'))"
                ));
            }
            _ => {
                let it = self.iterable(u, depth)?;
                let e = self.expr(u, depth + 1)?;
                let form = *u.choose(&[
                    "[EXPR for x in ITER]",
                    "{x: EXPR for x in ITER}",
                    "sorted({repr(x) for x in ITER})",
                    "sum(1 for x in ITER if EXPR)",
                    "list(zip(ITER, ITER))",
                    "list(enumerate(ITER, 1))",
                    "dict.fromkeys(ITER)",
                ])?;
                let text = form
                    .replace("EXPR", &e)
                    .replace("ITER", &format!("list({it})[:10]"));
                self.guarded(&format!("show({text})"));
            }
        }
        Ok(())
    }

    fn guarded(&mut self, body: &str) {
        self.line("try:");
        self.indent += 1;
        self.line(body);
        self.indent -= 1;
        self.line("except Exception as e:");
        self.line("    show(type(e).__name__)");
    }

    fn function(&mut self, u: &mut Unstructured<'_>, depth: u32) -> Result<()> {
        let name = self.fresh("f");
        let arity = u.int_in_range(0..=3)?;
        let params: Vec<String> = (0..arity).map(|i| format!("p{i}")).collect();
        let saved = self.vars.clone();
        let saved_funcs = self.funcs.clone();
        self.vars.extend(params.iter().cloned());
        let closure = u.arbitrary::<bool>()?;
        self.line(&format!("def {name}({}):", params.join(", ")));
        self.indent += 1;
        if closure {
            self.line("acc = []");
            self.line("def inner(v):");
            self.line("    acc.append(v)");
            self.line("    return len(acc)");
            self.vars.push("acc".into());
        }
        let count = u.int_in_range(0..=2)?;
        for _ in 0..count {
            self.statement(u, depth + 1)?;
        }
        let e = self.expr(u, depth + 1)?;
        if closure {
            self.line(&format!("return inner({e}), acc"));
        } else {
            self.line(&format!("return {e}"));
        }
        self.indent -= 1;
        self.vars = saved;
        self.funcs = saved_funcs;
        self.funcs.push((name, arity));
        Ok(())
    }

    fn iterable(&mut self, u: &mut Unstructured<'_>, depth: u32) -> Result<String> {
        Ok(match u.int_in_range(0..=5)? {
            0 => format!("range({})", u.int_in_range(-2..=8)?),
            1 => self.var(u)?,
            2 => "'abc'".into(),
            3 => format!(
                "[{}, {}]",
                self.expr(u, depth + 1)?,
                self.expr(u, depth + 1)?
            ),
            4 => "d".into(),
            _ => "P(2)".into(),
        })
    }

    fn expr(&mut self, u: &mut Unstructured<'_>, depth: u32) -> Result<String> {
        if depth >= MAX_DEPTH || u.is_empty() {
            return self.atom(u);
        }
        let d = depth + 1;
        Ok(match u.int_in_range(0..=13)? {
            0..=2 => self.atom(u)?,
            3 => {
                let op = *u.choose(&[
                    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
                ])?;
                format!("({} {op} {})", self.expr(u, d)?, self.expr(u, d)?)
            }
            4 => {
                let op = *u.choose(&[
                    "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
                ])?;
                format!("({} {op} {})", self.expr(u, d)?, self.expr(u, d)?)
            }
            5 => {
                let op = *u.choose(&["and", "or"])?;
                format!("({} {op} {})", self.expr(u, d)?, self.expr(u, d)?)
            }
            6 => format!("(not {})", self.expr(u, d)?),
            7 => format!(
                "({} if {} else {})",
                self.expr(u, d)?,
                self.expr(u, d)?,
                self.expr(u, d)?
            ),
            8 => {
                let f = *u.choose(&[
                    "len",
                    "abs",
                    "repr",
                    "str",
                    "int",
                    "float",
                    "bool",
                    "list",
                    "tuple",
                    "sorted",
                    "reversed",
                    "type",
                    "bin",
                    "hex",
                    "min",
                    "max",
                    "sum",
                    "any",
                    "all",
                    "iter",
                    "chr",
                    "ord",
                    "round",
                    "divmod",
                    "isinstance",
                    "P",
                ])?;
                let args = match f {
                    "divmod" => format!("{}, {}", self.expr(u, d)?, self.expr(u, d)?),
                    "isinstance" => format!("{}, (int, str, P)", self.expr(u, d)?),
                    _ => self.expr(u, d)?,
                };
                format!("{f}({args})")
            }
            9 => format!("{}[{}]", self.expr(u, d)?, self.expr(u, d)?),
            10 => format!(
                "{}[{}:{}]",
                self.expr(u, d)?,
                u.int_in_range(-3..=3)?,
                u.int_in_range(-3..=3)?
            ),
            11 => format!("[{}, {}]", self.expr(u, d)?, self.expr(u, d)?),
            12 => format!("(lambda q: {})({})", self.expr(u, d)?, self.expr(u, d)?),
            _ => format!("P({}).double", self.expr(u, d)?),
        })
    }

    fn atom(&mut self, u: &mut Unstructured<'_>) -> Result<String> {
        Ok(match u.int_in_range(0..=9)? {
            0 => u.int_in_range(-5i64..=300)?.to_string(),
            1 => format!(
                "{}",
                *u.choose(&["0", "1", "-1", "2**64", "10**20", "-(2**63)"])?
            ),
            2 => format!("{:?}", u.int_in_range(-1000i32..=1000)? as f64 / 8.0),
            3 => (*u.choose(&["'x'", "''", "'ab,cd'", "'ß'", "'😀'", "chr(10)"])?).to_string(),
            4 => (*u.choose(&["None", "True", "False", "()", "[]", "{}", "b'by'"])?).to_string(),
            5 => (*u.choose(&[
                "(1, 'a')",
                "{1, 2}",
                "frozenset((1, 2))",
                "1j",
                "float('nan')",
            ])?)
            .to_string(),
            _ => self.var(u)?,
        })
    }
}
