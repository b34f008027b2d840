//! The on-disk cache of the compiled guest, so that a process start deserializes machine code
//! (a file mapping, about a millisecond) instead of compiling the guest (about a second).

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use wasmtime::{Engine, Module};

use crate::Error;

/// The default cache directory: `$ISOLA_CACHE_DIR`, else `$XDG_CACHE_HOME/isola/modules`, else
/// `$HOME/.cache/isola/modules`; `None` (compile in memory) when none of them is set.
pub(crate) fn default_cache_dir() -> Option<PathBuf> {
    let non_empty = |name: &str| std::env::var_os(name).filter(|value| !value.is_empty());
    if let Some(dir) = non_empty("ISOLA_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    let base = non_empty("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| non_empty("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("isola").join("modules"))
}

/// Load the compiled guest from the cache, or compile it and store it there. Any cache failure
/// (unwritable directory, stale or corrupt file) falls back to compiling; only a failure to
/// compile is an error.
pub(crate) fn load_module(
    engine: &Engine,
    wasm: &[u8],
    wasm_sha256: &str,
    cache_dir: Option<PathBuf>,
) -> Result<Module, Error> {
    let Some(dir) = cache_dir else {
        return compile(engine, wasm);
    };
    let path = dir.join(cache_file_name(engine, wasm_sha256));
    // SAFETY: `deserialize_file` trusts the file to be machine code that wasmtime itself
    // produced; running anything else would be undefined behaviour. This file is one we wrote
    // below with `Module::serialize`, into the user's own cache directory, under a name keyed by
    // the SHA-256 of this exact guest and by the engine's compatibility hash (which covers the
    // wasmtime version and every setting that affects code generation); writes are atomic
    // (temporary file, then rename), so a torn file is never seen; and wasmtime checks the
    // header again before use. Pointing ISOLA_CACHE_DIR at a directory that others can write to
    // would void this, as it would for any cache of executable code.
    if let Ok(module) = unsafe { Module::deserialize_file(engine, &path) } {
        return Ok(module);
    }
    let module = compile(engine, wasm)?;
    if let Ok(bytes) = module.serialize() {
        // A cache that cannot be written only costs the next process a compile.
        if write_atomically(&dir, &path, &bytes).is_ok() {
            prune(&dir);
        }
    }
    Ok(module)
}

fn compile(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
    Module::new(engine, wasm).map_err(|e| Error::Backend(format!("compiling the guest: {e:#}")))
}

/// Compiled guests kept in the cache directory: every rebuild of the guest adds one (two with the
/// epoch variant), so the oldest beyond this many are removed.
const KEEP_ENTRIES: usize = 8;

/// Remove all but the [`KEEP_ENTRIES`] most recently written `.cwasm` files. Unlinking a file that
/// another process has mapped is harmless: the mapping stays valid.
fn prune(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut modules: Vec<(SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "cwasm"))
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .collect();
    modules.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (_, path) in modules.into_iter().skip(KEEP_ENTRIES) {
        let _ = fs::remove_file(path);
    }
}

/// `<first 32 hex digits of the guest's SHA-256>-<engine compatibility hash>.cwasm`.
fn cache_file_name(engine: &Engine, wasm_sha256: &str) -> String {
    let mut hasher = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let prefix = wasm_sha256.get(..32).unwrap_or(wasm_sha256);
    format!("{prefix}-{:016x}.cwasm", hasher.finish())
}

/// Write `bytes` to `path` through a temporary file in the same directory and a rename, so that
/// a reader sees either no file or the whole file.
fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |t| t.subsec_nanos());
    let temp = dir.join(format!(".{}.{nanos}.tmp", std::process::id()));
    let written = fs::File::create(&temp).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    match written.and_then(|()| fs::rename(&temp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}
