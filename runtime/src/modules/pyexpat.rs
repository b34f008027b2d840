//! The `pyexpat` module, the parser under `xml.etree`, `xml.dom.minidom` and `xml.sax`: a
//! tokenizer of isola's own (`pyexpat/scanner.rs`, `pyexpat/doctype.rs`) that reports expat's
//! error codes at expat's positions, under the Python-level API of CPython's pyexpat
//! (`pyexpat/pyexpat.py`: ParserCreate, the parser's handlers and attributes, ExpatError,
//! the `errors` and `model` submodules), which also decodes bytes and resolves namespaces.
//!
//! Neither quick-xml nor xml-rs is used: both report their own errors at their own positions,
//! and ElementTree's ParseError (code and position) must be expat's; an entity bomb ends with
//! expat's amplification error.

mod doctype;
mod scanner;

use std::rc::Rc;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, List};
use crate::value::Value;

use scanner::{Pos, Scanner};

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("pyexpat");
    add_function(&m.dict, "_scan", scan);
    for name in ["errors", "model"] {
        let (sub, _) = interp.new_module(&format!("pyexpat.{name}"));
        m.dict.set_str(name, sub);
    }
    super::embed::run_module_source(interp, &m, include_str!("pyexpat/pyexpat.py"), "<pyexpat>")?;
    Ok(module)
}

/// Slots of the state list a parser object keeps for `_scan` between calls.
const SLOT_BUFFER: usize = 0;
const SLOT_LINE: usize = 1;
const SLOT_COLUMN: usize = 2;
const SLOT_BYTE: usize = 3;
const SLOT_PHASE: usize = 4;
const SLOT_STACK: usize = 5;
const SLOT_ENTITIES: usize = 6;
const SLOT_DTD: usize = 7;
const SLOT_EXPANDED: usize = 8;
const SLOT_INPUT: usize = 9;
const SLOTS: usize = 10;

fn int_slot(items: &[Value], slot: usize) -> i64 {
    match items.get(slot) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

/// `_scan(state, text, final)`: the events of the text added to what the state holds; an
/// error is the last event. The state list is updated in place.
fn scan(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_scan", &args, 3, 3)?;
    let (Value::List(state), Value::Str(text)) = (&args.pos[0], &args.pos[1]) else {
        return Err(interp.type_error("_scan(state, text, final) takes a list and a str"));
    };
    let is_final = interp.truthy(&args.pos[2])?;
    let items = state.to_vec();
    let (Some(Value::Str(buffer)), Some(Value::List(stack)), Some(Value::Dict(entities))) = (
        items.get(SLOT_BUFFER),
        items.get(SLOT_STACK),
        items.get(SLOT_ENTITIES),
    ) else {
        return Err(interp.type_error("_scan: malformed parser state"));
    };
    if items.len() != SLOTS {
        return Err(interp.type_error("_scan: malformed parser state"));
    }
    interp.charge_scan(buffer.as_str().len() + text.as_str().len())?;
    let chars: Vec<char> = buffer
        .as_str()
        .chars()
        .chain(text.as_str().chars())
        .collect();
    let pos = Pos {
        line: int_slot(&items, SLOT_LINE),
        col: int_slot(&items, SLOT_COLUMN),
        byte: int_slot(&items, SLOT_BYTE),
    };
    // The meter charges a unit of fuel for every 8 characters an entity expands to (about
    // the work of a bytecode on this scanner), which also checks the deadline as it goes, and
    // refuses once the text expanded in this call could not fit the heap limit: the events
    // are charged to the heap only when the scan ends.
    let mut refused: Option<crate::interp::PyErr> = None;
    let mut produced: u128 = 0;
    let mut meter = |chars: usize| {
        produced += chars as u128;
        let checked = interp
            .charge_work(chars as u64 / 8 + 1)
            .and_then(|()| interp.check_alloc(produced));
        match checked {
            Ok(()) => true,
            Err(e) => {
                refused = Some(e);
                false
            }
        }
    };
    let mut scanner = Scanner::new(chars, pos, stack, entities);
    scanner.meter = Some(&mut meter);
    scanner.phase = int_slot(&items, SLOT_PHASE);
    scanner.dtd = int_slot(&items, SLOT_DTD);
    scanner.expanded = int_slot(&items, SLOT_EXPANDED) as usize;
    scanner.input = int_slot(&items, SLOT_INPUT) as usize + text.char_len();
    let consumed = scanner.run(is_final);
    let end = scanner.pos_at(consumed);
    let rest = scanner.text_from(consumed);
    // What the events will hold once they are Python objects, beyond the text itself.
    let grown = scanner.events.len() as u64 * 96 + scanner.expanded as u64;
    {
        let mut slots = state.borrow_mut();
        slots[SLOT_BUFFER] = Value::from_string(rest);
        slots[SLOT_LINE] = Value::Int(end.line);
        slots[SLOT_COLUMN] = Value::Int(end.col);
        slots[SLOT_BYTE] = Value::Int(end.byte);
        slots[SLOT_PHASE] = Value::Int(scanner.phase);
        slots[SLOT_DTD] = Value::Int(scanner.dtd);
        slots[SLOT_EXPANDED] = Value::Int(scanner.expanded as i64);
        slots[SLOT_INPUT] = Value::Int(scanner.input as i64);
    }
    let events = std::mem::take(&mut scanner.events);
    drop(scanner);
    if let Some(e) = refused {
        return Err(e);
    }
    interp.charge(grown)?;
    Ok(Value::List(Rc::new(List::new(events))))
}
