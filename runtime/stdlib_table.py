# Regenerates runtime/src/modules/stdlib.rs from the files under runtime/lib: run
# `python3 runtime/stdlib_table.py .` from the repository root after adding a module.
import os, sys
root = sys.argv[1]
lib = os.path.join(root, 'runtime/lib')
rows = []
for dp, dn, fn in os.walk(lib):
    for f in fn:
        if not f.endswith('.py'): continue
        rel = os.path.relpath(os.path.join(dp, f), lib)
        parts = rel[:-3].split('/')
        pkg = parts[-1] == '__init__'
        if pkg: parts = parts[:-1]
        rows.append(('.'.join(parts), rel, pkg))
rows.sort()
out = ['//! The standard library modules written in Python, shipped inside the runtime as source',
       '//! (`runtime/lib/`) and compiled by each interpreter on its first import of them.',
       '',
       '/// Module name, source, is a package. Sorted by name; the test below checks that every file',
       '/// under `runtime/lib/` is listed (`python3 runtime/stdlib_table.py .` regenerates this table).',
       'const SOURCES: &[(&str, &str, bool)] = &[']
for name, rel, pkg in rows:
    out.append(f'    ("{name}", include_str!("../../lib/{rel}"), {"true" if pkg else "false"}),')
out += ['];', '',
 '/// The source of the shipped module `name` and whether it is a package.',
 'pub(crate) fn find(name: &str) -> Option<(&\'static str, bool)> {',
 '    SOURCES',
 '        .binary_search_by(|(n, _, _)| (*n).cmp(name))',
 '        .ok()',
 '        .and_then(|i| SOURCES.get(i))',
 '        .map(|(_, src, pkg)| (*src, *pkg))',
 '}', '',
 '#[cfg(test)]',
 'mod tests {',
 '    /// Every `.py` file under `runtime/lib/` must be in the table, which must stay sorted.',
 '    #[test]',
 '    fn table_lists_every_file() {',
 '        fn walk(dir: &std::path::Path, out: &mut usize) {',
 '            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {',
 '                let p = e.path();',
 '                if p.is_dir() {',
 '                    walk(&p, out);',
 '                } else if p.extension().is_some_and(|x| x == "py") {',
 '                    *out += 1;',
 '                }',
 '            }',
 '        }',
 '        let mut files = 0;',
 '        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib"), &mut files);',
 '        assert_eq!(files, super::SOURCES.len());',
 '        assert!(super::SOURCES.windows(2).all(|w| w[0].0 < w[1].0));',
 '    }',
 '}']
path = os.path.join(root, 'runtime/src/modules/stdlib.rs')
open(path, 'w').write('\n'.join(out) + '\n')
# Leave the file as `cargo fmt` would.
import subprocess
subprocess.run(['rustfmt', '--edition', '2021', path], check=False)
