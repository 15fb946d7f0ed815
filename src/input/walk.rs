//! Walking a directory lazily, in sorted order, one level listed at a time.

use super::{InputError, Origin};
use std::path::PathBuf;

/// The files of a directory tree whose extension is one of `exts`, sorted by
/// path component by component, hidden files and folders skipped. Yields
/// each file with its document id: the path relative to the root, without
/// extension, with `/` separators.
pub struct Walk {
    root: PathBuf,
    exts: Vec<String>,
    /// One sorted listing per open directory level, consumed from the end.
    stack: Vec<Vec<PathBuf>>,
    /// The directory of each open level (device and inode, on Unix), to
    /// refuse a symbolic link back to one of them: a loop.
    open: Vec<(Option<(u64, u64)>, PathBuf)>,
    started: bool,
}

impl Walk {
    /// A walk of `root`.
    pub fn new(root: PathBuf, exts: Vec<String>) -> Walk {
        Walk { root, exts, stack: Vec::new(), open: Vec::new(), started: false }
    }

    fn list(&mut self, dir: &PathBuf) -> Result<(), InputError> {
        let err = |e: std::io::Error| InputError { origin: Origin { input: dir.display().to_string(), line: None }, reason: e.to_string() };
        let id = dir_id(dir);
        if let Some((_, ancestor)) = self.open.iter().find(|(o, _)| id.is_some() && *o == id) {
            return Err(InputError {
                origin: Origin { input: dir.display().to_string(), line: None },
                reason: format!("directory loop: leads back to {}, not followed", ancestor.display()),
            });
        }
        let mut names: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            if entry.file_name().as_encoded_bytes().first() == Some(&b'.') {
                continue;
            }
            names.push(entry.path());
        }
        // Sorting one level at a time and descending in place gives the same
        // order as sorting the full paths by component.
        names.sort_unstable_by(|a, b| b.file_name().cmp(&a.file_name()));
        self.stack.push(names);
        self.open.push((id, dir.clone()));
        Ok(())
    }

    fn wanted(&self, path: &std::path::Path) -> bool {
        path.extension().is_some_and(|e| self.exts.iter().any(|x| e.eq_ignore_ascii_case(x.as_str())))
    }
}

impl Iterator for Walk {
    type Item = Result<(PathBuf, String), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if !self.started {
            self.started = true;
            let root = self.root.clone();
            if let Err(e) = self.list(&root) {
                return Some(Err(e));
            }
        }
        loop {
            let level = self.stack.last_mut()?;
            let Some(path) = level.pop() else {
                self.stack.pop();
                self.open.pop();
                continue;
            };
            if path.is_dir() {
                if let Err(e) = self.list(&path) {
                    return Some(Err(e));
                }
            } else if self.wanted(&path) {
                let rel = path.strip_prefix(&self.root).unwrap_or(&path).with_extension("");
                let id = rel.to_string_lossy().replace('\\', "/");
                return Some(Ok((path, id)));
            }
        }
    }
}

/// A directory's identity: device and inode (symbolic links followed).
#[cfg(unix)]
fn dir_id(dir: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(dir).ok().map(|m| (m.dev(), m.ino()))
}

/// Elsewhere the depth of symbolic links is left to the system's limit.
#[cfg(not(unix))]
fn dir_id(_dir: &std::path::Path) -> Option<(u64, u64)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_recursive_hidden_skipped() {
        let root = std::env::temp_dir().join(format!("isnad-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for f in ["b.txt", "a/z.txt", "a/y.md", "a.txt", ".hidden/x.txt", "a/.h.txt", "c/d/e.TXT"] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let ids: Vec<String> = Walk::new(root.clone(), vec!["txt".into()]).map(|r| r.unwrap().1).collect();
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(ids, ["a/z", "a", "b", "c/d/e"]);
    }
}
