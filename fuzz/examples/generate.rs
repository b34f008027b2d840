//! Writes generated programs (`isola_fuzz::gen`) to a directory, for a differential run against
//! CPython: `cargo xtask fuzz --differential N` runs each under python3 and isola and compares
//! their output. Usage: `generate SEED COUNT DIR`; each program's bytes come from a splitmix64
//! stream.

use libfuzzer_sys::arbitrary::Unstructured;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: generate SEED COUNT DIR");
        std::process::exit(2);
    }
    let (Ok(seed), Ok(count)) = (args[1].parse::<u64>(), args[2].parse::<u64>()) else {
        eprintln!("SEED and COUNT are numbers");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&args[3]);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("creating {}: {e}", dir.display());
        std::process::exit(1);
    }
    let mut state = seed;
    for n in 0..count {
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = state;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                (z ^ (z >> 31)) as u8
            })
            .collect();
        let Ok(program) = isola_fuzz::gen::program(&mut Unstructured::new(&bytes)) else {
            continue;
        };
        let path = dir.join(format!("gen-{n:05}.py"));
        if let Err(e) = std::fs::write(&path, program) {
            eprintln!("writing {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
