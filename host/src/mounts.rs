//! Host directories mounted into the interpreters' file systems
//! ([`RuntimeBuilder::mount`](crate::RuntimeBuilder::mount), `isola run --mount`).
//!
//! The guest's file system (`runtime/lib/_fs.py`) keeps its own tree in memory and sends each
//! operation on a path under a mount point here as an [`FsRequest`]. Every path is resolved
//! beneath the mounted directory by `cap-std`, which refuses `..` and symbolic links that would
//! lead out of it, so a program sees the mounted tree and nothing else of the host. A read-only
//! mount refuses every change with `EROFS`. Only regular files and directories open: a FIFO, a
//! socket or a device could block the interpreter's thread past its deadline, or reach beyond
//! the files the embedder meant to share.

use std::collections::HashMap;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use cap_std::ambient_authority;
use cap_std::fs::{Dir, File, Metadata, OpenOptions};
use isola_runtime::{FsRequest, HostError, Reply, Shareable};

use crate::Error;

/// How many files one interpreter may hold open in its mounts; beyond it `open` fails with
/// `EMFILE`, as a process's descriptor limit makes it fail.
const MAX_OPEN_FILES: usize = 256;

/// The most bytes one `Read` request returns (the guest asks again for more).
const MAX_READ: u64 = 16 << 20;

// Linux's values of os.open's flags, which the guest sends.
const O_ACCMODE: u32 = 3;
const O_WRONLY: u32 = 1;
const O_RDWR: u32 = 2;
const O_CREAT: u32 = 0o100;
const O_EXCL: u32 = 0o200;
const O_TRUNC: u32 = 0o1000;
const O_DIRECTORY: u32 = 0o200000;

const EBADF: i32 = 9;
const EACCES: i32 = 13;
const ENOTDIR: i32 = 20;
const EISDIR: i32 = 21;
const EINVAL: i32 = 22;
const EMFILE: i32 = 24;
const EROFS: i32 = 30;

/// A mount as the embedder asked for it, before the runtime is built.
#[derive(Clone, Debug)]
pub(crate) struct MountSpec {
    pub(crate) host: PathBuf,
    pub(crate) guest: String,
    pub(crate) read_only: bool,
}

/// A mounted directory, opened once when the runtime is built.
pub(crate) struct Mount {
    guest: String,
    read_only: bool,
    dir: Dir,
}

/// Open each mount's directory and check the guest paths: absolute, normalized, not the root,
/// and none inside another.
pub(crate) fn open_all(specs: &[MountSpec]) -> Result<Arc<[Mount]>, Error> {
    let mut mounts = Vec::with_capacity(specs.len());
    for spec in specs {
        let guest = normalize_guest(&spec.guest).ok_or_else(|| {
            invalid(format!(
                "mount point {:?} must be an absolute path other than / (such as /data)",
                spec.guest
            ))
        })?;
        let dir = Dir::open_ambient_dir(&spec.host, ambient_authority()).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!(
                    "cannot mount {}: {}",
                    spec.host.display(),
                    strerror(errno(&e))
                ),
            )
        })?;
        mounts.push(Mount {
            guest,
            read_only: spec.read_only,
            dir,
        });
    }
    for (i, a) in mounts.iter().enumerate() {
        for b in &mounts[i + 1..] {
            let (short, long) = if a.guest.len() <= b.guest.len() {
                (&a.guest, &b.guest)
            } else {
                (&b.guest, &a.guest)
            };
            if long == short || long.starts_with(&format!("{short}/")) {
                return Err(invalid(format!("mount points {short} and {long} overlap")));
            }
        }
    }
    Ok(mounts.into())
}

fn invalid(message: String) -> Error {
    Error::Io(io::Error::new(io::ErrorKind::InvalidInput, message))
}

/// `/a/b` for `/a//b/`, None for a relative path, the root, or one with `.` or `..`.
fn normalize_guest(path: &str) -> Option<String> {
    if !path.starts_with('/') {
        return None;
    }
    let names: Vec<&str> = path.split('/').filter(|name| !name.is_empty()).collect();
    if names.is_empty() || names.iter().any(|name| *name == "." || *name == "..") {
        return None;
    }
    Some(format!("/{}", names.join("/")))
}

/// What an interpreter has open in the mounts.
#[derive(Default)]
pub(crate) struct OpenFiles {
    files: HashMap<u64, Open>,
    next: u64,
}

enum Open {
    File {
        file: File,
        writable: bool,
    },
    /// A directory, opened for `fstat` and `listdir(fd)`: kept by name.
    Dir {
        mount: u32,
        path: String,
    },
}

/// Answer one file request of an interpreter whose open files are `files`.
pub(crate) fn serve(mounts: &[Mount], files: &mut OpenFiles, request: FsRequest) -> Reply {
    answer(mounts, files, request).map_err(|e| os_error(&e))
}

fn answer(mounts: &[Mount], files: &mut OpenFiles, request: FsRequest) -> io::Result<Shareable> {
    match request {
        FsRequest::Mounts => Ok(Shareable::Tuple(
            mounts
                .iter()
                .map(|m| {
                    Shareable::Tuple(vec![
                        Shareable::Str(m.guest.clone()),
                        Shareable::Bool(m.read_only),
                    ])
                })
                .collect(),
        )),
        FsRequest::Stat { mount, path } => {
            let m = find(mounts, mount)?;
            m.dir.metadata(rel(&path)).map(|md| stat(&md))
        }
        FsRequest::ListDir { mount, path } => {
            let m = find(mounts, mount)?;
            let mut names = Vec::new();
            for entry in m.dir.read_dir(rel(&path))? {
                let name = entry?.file_name();
                names.push(Shareable::Str(name.to_string_lossy().into_owned()));
            }
            Ok(Shareable::Tuple(names))
        }
        FsRequest::Open {
            mount,
            path,
            flags,
            mode,
        } => open(mounts, files, mount, path, flags, mode),
        FsRequest::Close { handle } => files
            .files
            .remove(&handle)
            .map(|_| Shareable::None)
            .ok_or_else(|| os(EBADF)),
        FsRequest::Read {
            handle,
            offset,
            len,
        } => {
            let file = file(files, handle)?;
            let mut data = Vec::new();
            file.seek(SeekFrom::Start(offset))?;
            (&mut *file)
                .take(len.min(MAX_READ))
                .read_to_end(&mut data)?;
            Ok(Shareable::Bytes(data))
        }
        FsRequest::Write {
            handle,
            offset,
            data,
        } => {
            let Some(Open::File {
                file,
                writable: true,
            }) = files.files.get_mut(&handle)
            else {
                return Err(os(EBADF));
            };
            match offset {
                Some(offset) => file.seek(SeekFrom::Start(offset))?,
                None => file.seek(SeekFrom::End(0))?,
            };
            file.write_all(&data)?;
            let end = file.stream_position()?;
            Ok(Shareable::Int(end as i64))
        }
        FsRequest::FStat { handle } => match files.files.get(&handle) {
            Some(Open::File { file, .. }) => file.metadata().map(|md| stat(&md)),
            Some(Open::Dir { mount, path }) => {
                let m = find(mounts, *mount)?;
                m.dir.metadata(rel(path)).map(|md| stat(&md))
            }
            None => Err(os(EBADF)),
        },
        FsRequest::Truncate { handle, len } => match files.files.get(&handle) {
            Some(Open::File {
                file,
                writable: true,
            }) => file.set_len(len).map(|()| Shareable::None),
            Some(_) => Err(os(EINVAL)),
            None => Err(os(EBADF)),
        },
        FsRequest::Mkdir { mount, path, mode } => {
            let m = writable(mounts, mount)?;
            let mut builder = cap_std::fs::DirBuilder::new();
            #[cfg(unix)]
            {
                use cap_std::fs::DirBuilderExt;
                builder.mode(mode);
            }
            #[cfg(not(unix))]
            let _ = mode;
            m.dir
                .create_dir_with(rel(&path), &builder)
                .map(|()| Shareable::None)
        }
        FsRequest::Rmdir { mount, path } => {
            let m = writable(mounts, mount)?;
            m.dir.remove_dir(rel(&path)).map(|()| Shareable::None)
        }
        FsRequest::Unlink { mount, path } => {
            let m = writable(mounts, mount)?;
            if m.dir.symlink_metadata(rel(&path))?.is_dir() {
                return Err(os(EISDIR));
            }
            m.dir.remove_file(rel(&path)).map(|()| Shareable::None)
        }
        FsRequest::Rename { mount, src, dst } => {
            let m = writable(mounts, mount)?;
            m.dir
                .rename(rel(&src), &m.dir, rel(&dst))
                .map(|()| Shareable::None)
        }
        FsRequest::SetTimes {
            mount,
            path,
            atime_ns,
            mtime_ns,
        } => {
            let m = writable(mounts, mount)?;
            let at = |ns: u64| UNIX_EPOCH + std::time::Duration::from_nanos(ns);
            let times = std::fs::FileTimes::new()
                .set_accessed(at(atime_ns))
                .set_modified(at(mtime_ns));
            let file = m.dir.open(rel(&path))?.into_std();
            file.set_times(times).map(|()| Shareable::None)
        }
        FsRequest::Chmod { mount, path, mode } => {
            let m = writable(mounts, mount)?;
            #[cfg(unix)]
            let permissions = {
                use std::os::unix::fs::PermissionsExt;
                std::fs::Permissions::from_mode(mode & 0o7777)
            };
            #[cfg(not(unix))]
            let permissions = {
                let mut p = m.dir.metadata(rel(&path))?.permissions().into_std();
                p.set_readonly(mode & 0o200 == 0);
                p
            };
            m.dir
                .set_permissions(rel(&path), cap_std::fs::Permissions::from_std(permissions))
                .map(|()| Shareable::None)
        }
    }
}

fn open(
    mounts: &[Mount],
    files: &mut OpenFiles,
    mount: u32,
    path: String,
    flags: u32,
    mode: u32,
) -> io::Result<Shareable> {
    let m = find(mounts, mount)?;
    let access = flags & O_ACCMODE;
    let changes = access != 0 || flags & (O_CREAT | O_TRUNC) != 0;
    if changes && m.read_only {
        return Err(os(EROFS));
    }
    if files.files.len() >= MAX_OPEN_FILES {
        return Err(os(EMFILE));
    }
    // Only files and directories: see the module's documentation.
    let existing = match m.dir.metadata(rel(&path)) {
        Ok(md) => Some(md),
        Err(e) if e.kind() == io::ErrorKind::NotFound && flags & O_CREAT != 0 => None,
        Err(e) => return Err(e),
    };
    let open = match existing {
        Some(md) if md.is_dir() => {
            if access != 0 || flags & O_CREAT != 0 && flags & O_EXCL == 0 {
                return Err(os(EISDIR));
            }
            if flags & O_CREAT != 0 && flags & O_EXCL != 0 {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            Open::Dir { mount, path }
        }
        Some(md) if !md.is_file() => return Err(os(EACCES)),
        _ if flags & O_DIRECTORY != 0 => return Err(os(ENOTDIR)),
        _ => {
            let mut options = OpenOptions::new();
            options
                .read(access != O_WRONLY)
                .write(access == O_WRONLY || access == O_RDWR)
                .truncate(flags & O_TRUNC != 0 && access != 0);
            if flags & O_CREAT != 0 {
                if flags & O_EXCL != 0 {
                    options.create_new(true);
                } else {
                    options.create(true);
                }
                // A file can be created with write access only: open it so, and read it
                // through this handle only if the program asked to.
                if access == 0 {
                    options.write(true);
                }
            }
            #[cfg(unix)]
            {
                use cap_std::fs::OpenOptionsExt;
                options.mode(mode);
            }
            #[cfg(not(unix))]
            let _ = mode;
            let file = m.dir.open_with(rel(&path), &options)?;
            Open::File {
                file,
                writable: access == O_WRONLY || access == O_RDWR,
            }
        }
    };
    let handle = files.next;
    files.next += 1;
    files.files.insert(handle, open);
    Ok(Shareable::Int(handle as i64))
}

fn find(mounts: &[Mount], mount: u32) -> io::Result<&Mount> {
    mounts.get(mount as usize).ok_or_else(|| os(EINVAL))
}

fn writable(mounts: &[Mount], mount: u32) -> io::Result<&Mount> {
    let m = find(mounts, mount)?;
    if m.read_only {
        return Err(os(EROFS));
    }
    Ok(m)
}

fn file(files: &mut OpenFiles, handle: u64) -> io::Result<&mut File> {
    match files.files.get_mut(&handle) {
        Some(Open::File { file, .. }) => Ok(file),
        Some(Open::Dir { .. }) => Err(os(EISDIR)),
        None => Err(os(EBADF)),
    }
}

/// The path cap-std resolves beneath the mount: the guest sends `""` for its root.
fn rel(path: &str) -> &Path {
    Path::new(if path.is_empty() { "." } else { path })
}

fn os(errno: i32) -> io::Error {
    io::Error::from_raw_os_error(errno)
}

/// The errno and message the guest raises as OSError.
fn os_error(error: &io::Error) -> HostError {
    let errno = errno(error);
    HostError::Os {
        errno,
        message: strerror(errno),
    }
}

fn errno(error: &io::Error) -> i32 {
    error
        .raw_os_error()
        .unwrap_or_else(|| errno_of(error.kind()))
}

/// "No such file or directory" for 2: std's text without its " (os error 2)".
fn strerror(errno: i32) -> String {
    let message = io::Error::from_raw_os_error(errno).to_string();
    match message.rfind(" (os error") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

/// Linux's number for an error that came without one (cap-std's refusal of a path that leads
/// out of the mount is a PermissionDenied).
fn errno_of(kind: io::ErrorKind) -> i32 {
    use io::ErrorKind as K;
    match kind {
        K::NotFound => 2,
        K::PermissionDenied => EACCES,
        K::AlreadyExists => 17,
        K::NotADirectory => ENOTDIR,
        K::IsADirectory => EISDIR,
        K::DirectoryNotEmpty => 39,
        K::InvalidInput | K::InvalidFilename => EINVAL,
        K::CrossesDevices => 18,
        K::ReadOnlyFilesystem => EROFS,
        K::StorageFull => 28,
        _ => 5,
    }
}

/// `(mode, size, atime_ns, mtime_ns, ctime_ns, ino, nlink)`.
fn stat(md: &Metadata) -> Shareable {
    let ns = |t: io::Result<cap_std::time::SystemTime>| -> i64 {
        t.ok()
            .and_then(|t| t.into_std().duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
    };
    #[cfg(unix)]
    let (mode, ctime, ino, nlink) = {
        use cap_std::fs::MetadataExt;
        (
            md.mode(),
            md.ctime()
                .saturating_mul(1_000_000_000)
                .saturating_add(md.ctime_nsec()),
            md.ino(),
            md.nlink(),
        )
    };
    #[cfg(not(unix))]
    let (mode, ctime, ino, nlink) = {
        let kind = if md.is_dir() { 0o040000 } else { 0o100000 };
        let perm = if md.permissions().readonly() {
            0o444
        } else {
            0o644
        };
        (kind | perm, ns(md.modified()), 0, 1)
    };
    Shareable::Tuple(vec![
        Shareable::Int(i64::from(mode)),
        Shareable::Int(i64::try_from(md.len()).unwrap_or(i64::MAX)),
        Shareable::Int(ns(md.accessed())),
        Shareable::Int(ns(md.modified())),
        Shareable::Int(ctime),
        Shareable::Int(i64::try_from(ino).unwrap_or(i64::MAX)),
        Shareable::Int(i64::try_from(nlink).unwrap_or(i64::MAX)),
    ])
}
