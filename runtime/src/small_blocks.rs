//! The wasm builds' allocator (the guest's and the browser's, each of which installs it as its
//! global allocator): free lists of small blocks by size class in front of the system
//! allocator (dlmalloc on `wasm32-unknown-unknown`).
//!
//! The VM allocates and frees small objects all the time (frames' locals, strings, dicts,
//! boxed values), and dlmalloc spends on each call what a free list spends on a handful of
//! instructions: under wasmtime its `malloc`, `free` and `unlink_chunk` were about a tenth of
//! raytrace's samples, against 4% for mimalloc natively. A block of at most [`MAX_SMALL`]
//! bytes with an alignment of at most [`SMALL_ALIGN`] is served from the free list of its
//! 16-byte class, and freed onto it; a list keeps at most [`CACHED_BYTES`] bytes of blocks,
//! past which a freed block goes back to dlmalloc, so the lists hold at most 4 MiB that other
//! sizes cannot use. Anything else goes straight to dlmalloc.
//!
//! It exists only for wasm32 without the `atomics` target feature: such a module is one thread
//! with no shared memory, so the lists are plain cells.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;

/// The step between size classes, in bytes.
const CLASS_STEP: usize = 16;
/// The largest block served from a free list.
const MAX_SMALL: usize = 256;
const CLASSES: usize = MAX_SMALL / CLASS_STEP;
/// The alignment every block of a class has (dlmalloc's own on wasm32).
const SMALL_ALIGN: usize = 8;
/// The most bytes of free blocks one class keeps.
const CACHED_BYTES: usize = 256 * 1024;

struct Lists {
    heads: [*mut u8; CLASSES],
    counts: [usize; CLASSES],
}

impl Lists {
    /// Takes a free block of class `c`, if the list has one.
    #[inline(always)]
    fn pop(&mut self, c: usize) -> Option<*mut u8> {
        let head = self.heads[c];
        if head.is_null() {
            return None;
        }
        // SAFETY: a block on the list holds the next one's address in its first word (written
        // by `push`; every block is at least 16 bytes, aligned to 8).
        self.heads[c] = unsafe { head.cast::<*mut u8>().read() };
        self.counts[c] -= 1;
        Some(head)
    }

    /// Keeps `block`, a free block of class `c`, unless the class keeps its most already: then
    /// it is given back.
    #[inline(always)]
    fn push(&mut self, c: usize, block: *mut u8) -> Result<(), *mut u8> {
        if self.counts[c] >= cache_limit(c) {
            return Err(block);
        }
        // SAFETY: the block is free and ours, at least 16 bytes, aligned to 8.
        unsafe { block.cast::<*mut u8>().write(self.heads[c]) };
        self.heads[c] = block;
        self.counts[c] += 1;
        Ok(())
    }
}

pub struct SmallBlocks {
    lists: UnsafeCell<Lists>,
}

// SAFETY: a wasm32 module without the `atomics` target feature is one thread, with no shared
// memory: the allocator is never used from two threads at once. Elsewhere it is not `Sync`, and
// serves only as a value of one thread (its tests).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for SmallBlocks {}

impl Default for SmallBlocks {
    fn default() -> SmallBlocks {
        SmallBlocks::new()
    }
}

impl Drop for SmallBlocks {
    /// Gives the listed blocks back to the system allocator (the installed allocator is a
    /// static, never dropped; one made as a value, as the tests make it, is).
    fn drop(&mut self) {
        let lists = self.lists.get_mut();
        for c in 0..CLASSES {
            while let Some(block) = lists.pop(c) {
                // SAFETY: allocated by the system allocator with its class's layout.
                unsafe { System.dealloc(block, class_layout(c)) };
            }
        }
    }
}

impl SmallBlocks {
    pub const fn new() -> SmallBlocks {
        SmallBlocks {
            lists: UnsafeCell::new(Lists {
                heads: [ptr::null_mut(); CLASSES],
                counts: [0; CLASSES],
            }),
        }
    }
}

/// The class of a block of `layout`, when it is small.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    (size <= MAX_SMALL && layout.align() <= SMALL_ALIGN)
        .then(|| size.saturating_sub(1) / CLASS_STEP)
}

/// The layout every block of class `c` is allocated with.
#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // SAFETY: the size is a positive multiple of 16 at most 256, the alignment a power of two.
    unsafe { Layout::from_size_align_unchecked((c + 1) * CLASS_STEP, SMALL_ALIGN) }
}

#[inline(always)]
fn cache_limit(c: usize) -> usize {
    CACHED_BYTES / ((c + 1) * CLASS_STEP)
}

// SAFETY: every block handed out is either a whole block of its class (at least `layout.size()`
// bytes, aligned to 8 and so to `layout.align()`) or dlmalloc's own; each goes back to where it
// came from, since the class is a function of the layout, which the caller repeats on free.
unsafe impl GlobalAlloc for SmallBlocks {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(c) => {
                // SAFETY: one thread; no reference to the lists outlives this call.
                let lists = unsafe { &mut *self.lists.get() };
                match lists.pop(c) {
                    Some(block) => block,
                    // SAFETY: a valid, non-zero-sized layout.
                    None => unsafe { System.alloc(class_layout(c)) },
                }
            }
            // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(layout) {
            Some(c) => {
                // SAFETY: one thread; no reference to the lists outlives this call.
                let lists = unsafe { &mut *self.lists.get() };
                if let Err(block) = lists.push(c, block) {
                    // SAFETY: allocated by dlmalloc with the class's layout.
                    unsafe { System.dealloc(block, class_layout(c)) }
                }
            }
            // SAFETY: allocated by dlmalloc with this layout.
            None => unsafe { System.dealloc(block, layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout).is_none() {
            // SAFETY: the caller's layout.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: as `alloc`; a block from a list holds old bytes, so it is cleared.
        let block = unsafe { self.alloc(layout) };
        if !block.is_null() {
            // SAFETY: the block has at least `layout.size()` bytes.
            unsafe { ptr::write_bytes(block, 0, layout.size()) };
        }
        block
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `GlobalAlloc::realloc` requires a valid layout for the new size.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // The block already has room for the new size.
            (Some(a), Some(b)) if a == b => block,
            // SAFETY: dlmalloc's block with its layout.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            _ => {
                // SAFETY: a valid layout; the two blocks are distinct, and the copy is of the
                // bytes both have.
                unsafe {
                    let moved = self.alloc(new_layout);
                    if !moved.is_null() {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                    moved
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn a_freed_small_block_is_reused_for_its_class_only() {
        let a = SmallBlocks::new();
        unsafe {
            let x = a.alloc(layout(40, 8));
            assert!(!x.is_null());
            a.dealloc(x, layout(40, 8));
            // Another class does not get it back...
            let z = a.alloc(layout(24, 8));
            assert_ne!(z, x);
            // ...while 33..=48 bytes share its class: the same block comes back.
            let y = a.alloc(layout(33, 4));
            assert_eq!(x, y);
            a.dealloc(y, layout(33, 4));
            a.dealloc(z, layout(24, 8));
        }
    }

    #[test]
    fn zeroed_blocks_are_zero_even_when_reused() {
        let a = SmallBlocks::new();
        unsafe {
            let x = a.alloc(layout(64, 8));
            ptr::write_bytes(x, 0xAB, 64);
            a.dealloc(x, layout(64, 8));
            let y = a.alloc_zeroed(layout(64, 8));
            assert_eq!(x, y);
            assert!(std::slice::from_raw_parts(y, 64).iter().all(|&b| b == 0));
            a.dealloc(y, layout(64, 8));
        }
    }

    #[test]
    fn realloc_keeps_the_bytes_across_classes_and_sizes() {
        let a = SmallBlocks::new();
        unsafe {
            let mut p = a.alloc(layout(8, 8));
            ptr::write_bytes(p, 7, 8);
            // Within the class, then to another class, then past the small sizes and back.
            for (old, new) in [(8, 16), (16, 100), (100, 4000), (4000, 200)] {
                p = a.realloc(p, layout(old, 8), new);
                assert!(!p.is_null());
                assert!(std::slice::from_raw_parts(p, 8).iter().all(|&b| b == 7));
            }
            a.dealloc(p, layout(200, 8));
        }
    }

    #[test]
    fn large_or_overaligned_blocks_bypass_the_lists_and_the_lists_are_bounded() {
        let a = SmallBlocks::new();
        unsafe {
            let big = a.alloc(layout(MAX_SMALL + 1, 8));
            let aligned = a.alloc(layout(32, 32));
            assert_eq!(aligned as usize % 32, 0);
            a.dealloc(big, layout(MAX_SMALL + 1, 8));
            a.dealloc(aligned, layout(32, 32));
            assert!((*a.lists.get()).counts.iter().all(|&n| n == 0));
            // Freeing more blocks than a class keeps leaves the list at its limit.
            let c = class_of(layout(MAX_SMALL, 8)).unwrap();
            let limit = cache_limit(c);
            let blocks: Vec<*mut u8> = (0..limit + 10)
                .map(|_| a.alloc(layout(MAX_SMALL, 8)))
                .collect();
            for b in blocks {
                a.dealloc(b, layout(MAX_SMALL, 8));
            }
            assert_eq!((*a.lists.get()).counts[c], limit);
        }
    }
}
