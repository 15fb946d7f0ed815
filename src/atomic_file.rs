//! Files replaced all at once: written beside the target under a temporary
//! name, then renamed over it, so a reader (or an interrupted run) never
//! sees a half-written file.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// A file being written under a temporary name; [`AtomicFile::commit`]
/// renames it into place, dropping it uncommitted removes it.
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    done: bool,
}

impl AtomicFile {
    /// Creates the temporary file beside `target` (same directory, so the
    /// rename stays on one file system) and returns it for writing.
    pub fn create(target: &Path) -> io::Result<(AtomicFile, File)> {
        let name = target.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut n = 0u32;
        loop {
            let mut tmp_name = std::ffi::OsString::from(".");
            tmp_name.push(name);
            tmp_name.push(format!(".tmp-{}-{n}", std::process::id()));
            let temp = dir.join(tmp_name);
            match File::options().write(true).create_new(true).open(&temp) {
                Ok(f) => return Ok((AtomicFile { target: target.to_path_buf(), temp, done: false }, f)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
                Err(e) => return Err(e),
            }
        }
    }

    /// Syncs the written data and renames the file into place. Every handle
    /// to it must have been flushed.
    pub fn commit(mut self) -> io::Result<()> {
        File::open(&self.temp)?.sync_all()?;
        std::fs::rename(&self.temp, &self.target)?;
        self.done = true;
        Ok(())
    }

    /// The target path.
    pub fn target(&self) -> &Path {
        &self.target
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Writes `bytes` to `target` atomically.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    use io::Write;
    let (file, mut f) = AtomicFile::create(target)?;
    f.write_all(bytes)?;
    drop(f);
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn old_content_stays_until_commit() {
        let dir = std::env::temp_dir().join(format!("isnad-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.csv");
        std::fs::write(&target, "old").unwrap();
        let (file, mut f) = AtomicFile::create(&target).unwrap();
        f.write_all(b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        drop(f);
        file.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        // Abandoned: the target is untouched and no temporary file is left.
        let (file, mut f) = AtomicFile::create(&target).unwrap();
        f.write_all(b"partial").unwrap();
        drop((f, file));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
