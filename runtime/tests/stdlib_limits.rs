//! The native standard-library modules under the VM's limits: a catastrophic regular
//! expression or a huge JSON document ends at the instruction limit or the deadline instead
//! of hanging the host, and unseeded random generators draw from the host's entropy.

use isola_runtime::{ExecError, Host, Interpreter, LimitKind, Limits, Stream};

struct TestHost {
    out: Vec<u8>,
    clock: u64,
    entropy: u64,
}

impl Host for TestHost {
    fn write(&mut self, _stream: Stream, data: &[u8]) {
        self.out.extend_from_slice(data);
    }

    fn monotonic_ns(&mut self) -> u64 {
        // Each reading advances a millisecond, so a deadline is reached without sleeping.
        self.clock += 1_000_000;
        self.clock
    }

    fn wall_time(&mut self) -> f64 {
        0.0
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        for b in buf {
            // A 64-bit xorshift: a long period, so that two seeds never repeat.
            self.entropy ^= self.entropy << 13;
            self.entropy ^= self.entropy >> 7;
            self.entropy ^= self.entropy << 17;
            *b = (self.entropy >> 24) as u8;
        }
    }
}

fn interp(limits: Limits, entropy: u64) -> Interpreter {
    Interpreter::new(
        limits,
        Box::new(TestHost {
            out: Vec::new(),
            clock: 0,
            entropy,
        }),
    )
}

#[test]
fn catastrophic_regex_meets_the_instruction_limit() {
    let limits = Limits {
        max_instructions: Some(5_000_000),
        ..Limits::default()
    };
    let mut i = interp(limits, 1);
    let r = i.exec("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\n", "<test>");
    match r {
        Err(ExecError::Limit { kind, .. }) => assert_eq!(kind, LimitKind::Instructions),
        other => panic!("expected the instruction limit, got {other:?}"),
    }
}

#[test]
fn catastrophic_regex_meets_the_deadline() {
    let limits = Limits {
        timeout_ns: Some(50_000_000),
        ..Limits::default()
    };
    let mut i = interp(limits, 1);
    let r = i.exec("import re\nre.search(r'(x+x+)+y', 'x' * 60)\n", "<test>");
    match r {
        Err(ExecError::Limit { kind, .. }) => assert_eq!(kind, LimitKind::Timeout),
        other => panic!("expected the time limit, got {other:?}"),
    }
}

#[test]
fn limit_is_not_catchable_inside_regex() {
    let limits = Limits {
        max_instructions: Some(2_000_000),
        ..Limits::default()
    };
    let mut i = interp(limits, 1);
    let r = i.exec(
        "import re\ntry:\n    re.match(r'(a|aa)+$', 'a' * 60 + 'b')\nexcept BaseException:\n    pass\n",
        "<test>",
    );
    assert!(matches!(r, Err(ExecError::Limit { .. })), "{r:?}");
}

#[test]
fn unseeded_generators_follow_host_entropy() {
    let program = "import random\nassert random.random() != random.Random().random()\n\
                   x = random.random()\nrandom.seed(5)\nassert random.random() == 0.6229016948897019\n";
    for entropy in [1, 2] {
        let mut i = interp(Limits::default(), entropy);
        i.exec(program, "<test>").expect("program runs");
    }
}

#[test]
fn deep_json_decoding_is_a_recursion_error() {
    let mut i = interp(Limits::default(), 1);
    let r = i.exec(
        "import json\njson.loads('[' * 100000 + ']' * 100000)\n",
        "<test>",
    );
    match r {
        Err(ExecError::Exception { type_name, .. }) => assert_eq!(type_name, "RecursionError"),
        other => panic!("expected RecursionError, got {other:?}"),
    }
}

#[test]
fn deep_json_encoding_is_a_recursion_error() {
    let mut i = interp(Limits::default(), 1);
    let r = i.exec(
        "import json\nx = []\nfor _ in range(3000):\n    x = [x]\njson.dumps(x)\n",
        "<test>",
    );
    match r {
        Err(ExecError::Exception { type_name, .. }) => assert_eq!(type_name, "RecursionError"),
        other => panic!("expected RecursionError, got {other:?}"),
    }
}

/// Collecting an endless iterator (`list(it)`, `tuple(it)`, `sorted(it)`) stops at the heap
/// limit, before the vector of items doubles past it: each re-measure of the heap counts the
/// items collected so far, which no heap object holds yet.
#[test]
fn collecting_an_endless_iterator_meets_the_heap_limit() {
    for collect in ["list", "tuple", "sorted"] {
        let limits = Limits {
            max_heap_bytes: Some(16 << 20),
            ..Limits::default()
        };
        let mut i = interp(limits, 1);
        let source = format!(
            "class It:\n    def __iter__(self): return self\n    def __next__(self): return 1\n\
             {collect}(It())\n"
        );
        match i.exec(&source, "<test>") {
            Err(ExecError::Limit { kind, detail }) => {
                assert_eq!(kind, LimitKind::HeapBytes, "{collect}: {detail}");
            }
            other => panic!("{collect}: expected the heap limit, got {other:?}"),
        }
    }
}
