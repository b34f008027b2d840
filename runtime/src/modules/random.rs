//! `_random`: CPython's Mersenne Twister (MT19937, with `init_by_array` seeding, so every seed
//! gives CPython's sequence) as the base class `_random.Random` of CPython's own random.py.
//! Unseeded generators draw their seed from the host's entropy, per interpreter; `_urandom` is
//! that entropy for `os.urandom`.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use crate::builtins::{add_function, add_method, check_count};
use crate::interp::{new_type, Interpreter, PyResult};
use crate::object::{Args, List, Tuple, TypeKind};
use crate::value::Value;

const N: usize = 624;
const M: usize = 397;
/// The key under which an instance keeps its generator state: 624 words, then the index.
const STATE: &str = "_mt_state";

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_random");
    let core = new_type("Random", TypeKind::Object, Some(&interp.types.object));
    *core.module.borrow_mut() = "_random".into();
    add_method(&core, "seed", core_seed);
    add_method(&core, "random", core_random);
    add_method(&core, "getrandbits", core_getrandbits);
    add_method(&core, "getstate", core_getstate);
    add_method(&core, "setstate", core_setstate);
    m.dict.set_str("Random", Value::Type(core));
    add_function(&m.dict, "_urandom", urandom);
    module
}

/// The generator words of `obj`, or the error for an instance whose state is missing.
fn state_list(interp: &mut Interpreter, obj: &Value) -> PyResult<Rc<List>> {
    if let Value::Instance(i) = obj {
        if let Some(Value::List(l)) = i.dict.get_str(STATE) {
            if l.len() == N + 1 {
                return Ok(l);
            }
        }
        // An instance not yet seeded (a subclass that skipped __init__) gets a fresh state.
        let l = Rc::new(List::new(vec![Value::Int(0); N + 1]));
        seed_from_host(interp, &l);
        i.dict.set_str(STATE, Value::List(l.clone()));
        return Ok(l);
    }
    let tn = interp.type_name(obj);
    Err(interp.type_error(format!(
        "descriptor 'random' for '_random.Random' objects doesn't apply to a '{tn}' object"
    )))
}

fn word(v: &Value) -> u32 {
    match v {
        Value::Int(i) => *i as u32,
        _ => 0,
    }
}

fn store(l: &List, mt: &[u32; N], index: usize) {
    let mut items = l.borrow_mut();
    items.clear();
    items.extend(mt.iter().map(|&w| Value::Int(w as i64)));
    items.push(Value::Int(index as i64));
}

fn init_genrand(mt: &mut [u32; N], s: u32) {
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1812433253u32
            .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
            .wrapping_add(i as u32);
    }
}

/// CPython's `init_by_array`: the state for a seed given as little-endian 32-bit words.
fn init_by_array(key: &[u32]) -> [u32; N] {
    let mut mt = [0u32; N];
    init_genrand(&mut mt, 19650218);
    let (mut i, mut j) = (1usize, 0usize);
    let len = key.len().max(1);
    for _ in 0..N.max(len) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1664525))
            .wrapping_add(key.get(j).copied().unwrap_or(0))
            .wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= len {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1566083941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    mt
}

fn generate(mt: &mut [u32; N]) {
    const UPPER: u32 = 0x8000_0000;
    const LOWER: u32 = 0x7fff_ffff;
    let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
    for kk in 0..N - M {
        let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
    }
    for kk in N - M..N - 1 {
        let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
    }
    let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
}

/// The next tempered 32-bit output, regenerating the block when it is used up.
fn next_u32(l: &List) -> u32 {
    let mut items = l.borrow_mut();
    let mut index = match items.get(N) {
        Some(Value::Int(i)) => (*i).clamp(0, N as i64) as usize,
        _ => N,
    };
    if index >= N {
        let mut mt = [0u32; N];
        for (w, v) in mt.iter_mut().zip(items.iter()) {
            *w = word(v);
        }
        generate(&mut mt);
        for (slot, w) in items.iter_mut().zip(mt.iter()) {
            *slot = Value::Int(*w as i64);
        }
        index = 0;
    }
    let mut y = items.get(index).map(word).unwrap_or(0);
    if let Some(slot) = items.get_mut(N) {
        *slot = Value::Int(index as i64 + 1);
    }
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn seed_from_host(interp: &mut Interpreter, l: &List) {
    let mut bytes = vec![0u8; N * 4];
    interp.host.random_bytes(&mut bytes);
    let key: Vec<u32> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    store(l, &init_by_array(&key), N);
}

/// `_random.Random.seed(self, n)`: None draws from the host; an int seeds with its absolute
/// value's 32-bit words; anything else with the absolute value of its hash.
fn core_seed(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "seed", &args, 1, 2)?;
    let Value::Instance(inst) = &args.pos[0] else {
        return Err(interp.type_error("seed() needs a Random instance"));
    };
    let l = Rc::new(List::new(Vec::new()));
    inst.dict.set_str(STATE, Value::List(l.clone()));
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    let n = match &arg {
        Value::None => {
            seed_from_host(interp, &l);
            return Ok(Value::None);
        }
        v => match to_bigint(v) {
            Some(n) => n.abs(),
            None => BigInt::from(interp.hash_value(v)?).abs(),
        },
    };
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    store(&l, &init_by_array(&key), N);
    Ok(Value::None)
}

fn core_random(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "random", &args, 1, 1)?;
    let l = state_list(interp, &args.pos[0])?;
    let a = (next_u32(&l) >> 5) as f64;
    let b = (next_u32(&l) >> 6) as f64;
    Ok(Value::Float(
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0),
    ))
}

fn core_getrandbits(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getrandbits", &args, 2, 2)?;
    let l = state_list(interp, &args.pos[0])?;
    let k = interp.to_index(&args.pos[1])?;
    if k < 0 {
        return Err(interp.value_error("number of bits must be non-negative"));
    }
    if k <= 32 {
        return Ok(Value::Int(if k == 0 {
            0
        } else {
            (next_u32(&l) >> (32 - k)) as i64
        }));
    }
    interp.check_alloc(k as u128 / 8)?;
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = next_u32(&l);
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn core_getstate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getstate", &args, 1, 1)?;
    let l = state_list(interp, &args.pos[0])?;
    let items = l.to_vec();
    Ok(Value::tuple(items))
}

fn core_setstate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "setstate", &args, 2, 2)?;
    let l = state_list(interp, &args.pos[0])?;
    let Value::Tuple(t) = &args.pos[1] else {
        return Err(interp.type_error("state vector must be a tuple"));
    };
    if t.len() != N + 1 {
        return Err(interp.value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, v) in mt.iter_mut().zip(t.items.iter()) {
        *w = match to_bigint(v) {
            Some(b) => {
                let (_, digits) = b.to_u32_digits();
                digits.first().copied().unwrap_or(0)
            }
            None => return Err(interp.type_error("state vector items must be integers")),
        };
    }
    let index = match t.items.get(N).and_then(to_bigint) {
        Some(i) => i,
        None => return Err(interp.type_error("state vector items must be integers")),
    };
    if index.is_negative() || index > BigInt::from(N) {
        return Err(interp.value_error("invalid state"));
    }
    let index = usize::try_from(&index).unwrap_or(N);
    store(&l, &mt, index);
    Ok(Value::None)
}

/// `_random._urandom(n)`: `n` bytes of the host's entropy, for `os.urandom`.
fn urandom(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "urandom", &args, 1, 1)?;
    let n = interp.to_index(&args.pos[0])?;
    if n < 0 {
        return Err(interp.value_error("negative argument not allowed"));
    }
    interp.check_alloc(n as u128)?;
    let mut buf = vec![0u8; n as usize];
    interp.host.random_bytes(&mut buf);
    Ok(Value::Bytes(Rc::new(Tuple::new(buf))))
}

/// An int operand (bool counts) as a BigInt.
fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Long(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}
