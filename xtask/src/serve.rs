//! A small static file server for `cargo xtask web --serve`: enough HTTP/1.1 for a browser to
//! load web/ (the playground at /www/), with the content types module workers and wasm streaming
//! compilation need, and the COOP/COEP headers that make the page cross-origin isolated, so that
//! workers get `SharedArrayBuffer` and `Atomics.wait` for blocking queue reads.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};

/// Serves `root` on 127.0.0.1:`port` until the process is stopped.
pub fn serve(root: &Path, port: u16) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("listening on 127.0.0.1:{port}"))?;
    println!(
        "serving {} at http://127.0.0.1:{port}/www/ (Ctrl-C to stop)",
        root.display()
    );
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.to_path_buf();
        // One thread per connection: browsers open several at once and may leave one idle.
        std::thread::spawn(move || {
            if let Err(error) = answer(&root, stream) {
                eprintln!("serve: {error:#}");
            }
        });
    }
    Ok(())
}

/// Reads one request and answers it, then closes the connection.
fn answer(root: &Path, stream: TcpStream) -> Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them changes the answer.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 0 && header != "\r\n" && header != "\n" {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let file = if matches!(method, "GET" | "HEAD") {
        resolve(root, target)
    } else {
        None
    };
    let body = file
        .as_ref()
        .and_then(|path| std::fs::read(path).ok().map(|body| (path, body)));
    let found = body.is_some();
    let mut stream = stream;
    match body {
        Some((path, body)) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
                 Cache-Control: no-store\r\n{ISOLATION_HEADERS}Connection: close\r\n\r\n",
                content_type(path),
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            if method != "HEAD" {
                stream.write_all(&body)?;
            }
        }
        None => {
            let text = "not found\n";
            let head = format!(
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n{text}",
                text.len()
            );
            stream.write_all(head.as_bytes())?;
        }
    }
    println!("{method} {target} {}", if found { 200 } else { 404 });
    Ok(())
}

/// Cross-origin isolation: without both headers a page has no `SharedArrayBuffer`.
const ISOLATION_HEADERS: &str =
    "Cross-Origin-Opener-Policy: same-origin\r\nCross-Origin-Embedder-Policy: require-corp\r\n";

/// The file a request target names inside `root`, or `None` if it would leave `root`. A
/// directory means its index.html.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let mut file = root.to_path_buf();
    for component in Path::new(&percent_decode(path)?).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir | Component::Prefix(_) => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

/// Decodes `%XX` escapes; `None` for a malformed escape or text that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_root() {
        let root = Path::new("/srv/www-that-does-not-exist");
        assert_eq!(
            resolve(root, "/pkg/isola_web.js?v=1"),
            Some(root.join("pkg/isola_web.js"))
        );
        assert_eq!(resolve(root, "/../etc/passwd"), None);
        assert_eq!(resolve(root, "/pkg/%2e%2e/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(root, "/bad%zz"), None);
    }

    #[test]
    fn wasm_and_modules_get_the_types_browsers_require() {
        assert_eq!(
            content_type(Path::new("a/isola_web_bg.wasm")),
            "application/wasm"
        );
        assert_eq!(
            content_type(Path::new("worker.js")),
            "text/javascript; charset=utf-8"
        );
    }

    #[test]
    fn serves_a_file_over_http() {
        use std::io::Read;
        let root = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("index.html"), "<p>hi</p>").unwrap();
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let address = listener.local_addr().unwrap();
        let server_root = root.clone();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            answer(&server_root, stream).unwrap();
        });
        let mut client = TcpStream::connect(address).unwrap();
        client
            .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let mut response = String::new();
        client.read_to_string(&mut response).unwrap();
        server.join().unwrap();
        std::fs::remove_dir_all(&root).unwrap();
        assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
        assert!(
            response.contains("Content-Type: text/html; charset=utf-8\r\n"),
            "{response}"
        );
        assert!(
            response.contains("Cross-Origin-Embedder-Policy: require-corp\r\n"),
            "{response}"
        );
        assert!(response.ends_with("\r\n\r\n<p>hi</p>"), "{response}");
    }
}
