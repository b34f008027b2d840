//! The `isola` command's allocator: mimalloc rather than the C library's.
//!
//! The VM allocates and frees an object for nearly every tuple, instance, frame snapshot and
//! bound method; glibc's `malloc` and `free` were about a sixth of the instructions of
//! allocation-heavy programs, and mimalloc runs them 1-8% faster in wall time (PERFORMANCE.md).
//! Allocations that need no more than word alignment (nearly all of them) take mimalloc's plain
//! `mi_malloc`, whose fast path is a few instructions; the `mimalloc` crate's allocator sends
//! every request through `mi_malloc_aligned`, which costs about three times as much.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// Every block `mi_malloc` returns is aligned to at least a machine word.
const WORD: usize = std::mem::size_of::<usize>();

pub struct Mimalloc;

// SAFETY: each method forwards to the mimalloc function with the same contract: a block of at
// least `layout.size()` bytes aligned to `layout.align()` (plain `mi_malloc` and `mi_realloc`
// only when a word's alignment is enough, which every mimalloc block has), or null on failure;
// `mi_free` accepts any block either kind of call returned.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: see the impl.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}
