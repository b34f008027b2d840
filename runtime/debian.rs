// Fetching and unpacking Debian's pinned packages of CPython: shared by the runtime's build
// script (the library it embeds) and `cargo xtask stdlib-tests` (CPython's test suite), each of
// which includes this file. A package comes from the cache when it holds the pinned SHA-256,
// else from the mirrors of `cpython_lib.rs` (tried in order) into the cache.

/// The SHA-256 of `data`, as lower-case hex.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The package `file`, from `cache` or else downloaded from `mirrors` into it; its SHA-256
/// checked either way. `{file}` and `{sha1}` in a mirror stand for the file name and its SHA-1.
pub fn fetch(
    cache: &std::path::Path,
    mirrors: &[&str],
    file: &str,
    sha256: &str,
    sha1: &str,
) -> Result<Vec<u8>, String> {
    let cached = cache.join(file);
    if let Ok(data) = std::fs::read(&cached) {
        if sha256_hex(&data) == sha256 {
            return Ok(data);
        }
        eprintln!(
            "{} does not have the pinned SHA-256: downloading it again",
            cached.display()
        );
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(120)))
        .build()
        .into();
    let mut errors = Vec::new();
    for mirror in mirrors {
        let url = mirror
            .replace("{file}", &file.replace('+', "%2B"))
            .replace("{sha1}", sha1);
        let data = match agent.get(&url).call() {
            Ok(mut response) => response
                .body_mut()
                .with_config()
                .limit(64 << 20)
                .read_to_vec()
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        match data {
            Ok(data) if sha256_hex(&data) == sha256 => {
                std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
                let partial = cache.join(format!("{file}.partial"));
                std::fs::write(&partial, &data)
                    .map_err(|e| format!("{}: {e}", partial.display()))?;
                std::fs::rename(&partial, &cached)
                    .map_err(|e| format!("{}: {e}", cached.display()))?;
                return Ok(data);
            }
            Ok(_) => errors.push(format!("{url}: not the pinned SHA-256")),
            Err(e) => errors.push(format!("{url}: {e}")),
        }
    }
    Err(format!(
        "cannot fetch the pinned {file} (SHA-256 {sha256}): put that file into {} (or point \
         ISOLA_CPYTHON_CACHE at a directory holding it) [{}]",
        cache.display(),
        errors.join("; ")
    ))
}

/// Calls `each(path, contents)` for every regular file of the package's data (`data.tar.xz`
/// inside the `ar` archive a `.deb` is), the path without its leading `./`.
pub fn unpack(deb: &[u8], name: &str, mut each: impl FnMut(&str, Vec<u8>)) -> Result<(), String> {
    use std::io::Read;
    let err = |e: std::io::Error| format!("{name}: {e}");
    let mut archive = ar::Archive::new(deb);
    while let Some(entry) = archive.next_entry() {
        let mut entry = entry.map_err(err)?;
        if entry.header().identifier() != b"data.tar.xz" {
            continue;
        }
        let mut xz = Vec::new();
        entry.read_to_end(&mut xz).map_err(err)?;
        let mut tar_bytes = Vec::new();
        lzma_rs::xz_decompress(&mut std::io::BufReader::new(&xz[..]), &mut tar_bytes)
            .map_err(|e| format!("{name}: data.tar.xz: {e:?}"))?;
        let mut tar = tar::Archive::new(&tar_bytes[..]);
        for file in tar.entries().map_err(err)? {
            let mut file = file.map_err(err)?;
            if !file.header().entry_type().is_file() {
                continue;
            }
            let path = file.path().map_err(err)?.to_string_lossy().into_owned();
            let path = path.trim_start_matches("./").to_owned();
            let mut data = Vec::new();
            file.read_to_end(&mut data).map_err(err)?;
            each(&path, data);
        }
        return Ok(());
    }
    Err(format!("{name} holds no data.tar.xz"))
}
