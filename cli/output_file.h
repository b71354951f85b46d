// An output file that appears whole or not at all: writes go to a temporary
// file in the destination's folder, renamed over the destination by Commit().
// Without a Commit() (an error, an exception) the temporary file is removed
// and the destination is left untouched. The path "-" means standard output.
// Temporary files left by a killed writer (".NAME.tmp-XXXXXX") are removed by
// the next write of NAME; those of a writer still running are not.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace polgraph::cli {

class FdOutputBuffer;  // a stream buffer over a file descriptor (output_file.cc)

class AtomicOutputFile {
 public:
  /// Creates the temporary file. Throws Error naming `path` when its folder is
  /// missing or not writable, or when `path` is a directory.
  explicit AtomicOutputFile(std::string path);
  /// Removes the temporary file unless Commit() succeeded.
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;  // owns the temporary file
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  /// Where to write the contents.
  std::ostream& stream();
  /// Flushes, syncs and closes the file and renames it to `path` (for "-",
  /// flushes stdout). Throws Error naming `path` on any write failure (disk
  /// full, quota), leaving no output file behind.
  void Commit();
  /// Throws the Error Commit() would when a write has already failed (disk
  /// full), so that a writer's own "the stream failed" gives way to the
  /// file's name and the reason. Does nothing when no write failed.
  void ThrowIfWriteFailed() const;
  /// Runs `write` on stream(), then commits; a write failure is reported as
  /// Commit() reports it, whatever the writer threw.
  template <typename Write>
  void WriteAndCommit(Write&& write) {
    try {
      write(stream());
    } catch (...) {
      ThrowIfWriteFailed();
      throw;
    }
    Commit();
  }

  const std::string& path() const { return path_; }

 private:
  void Discard();

  std::string path_;
  std::string temp_path_;  // "" for stdout and for files written in place
  int fd_ = -1;            // of the temporary file, or of the file written in place
  std::unique_ptr<FdOutputBuffer> buffer_;
  std::unique_ptr<std::ostream> file_;
  bool committed_ = false;
};

/// Throws Error naming `output` when it is the same file as one of `inputs`
/// (also through another path or a link): writing it would destroy the input.
void RefuseInputAsOutput(const std::vector<std::string>& inputs, const std::string& output);

/// Commits `first`, then `second`: both files or neither. When `second`
/// fails, `first`'s destination is as it was before (the older file, or none).
void CommitBoth(AtomicOutputFile& first, AtomicOutputFile& second);

}  // namespace polgraph::cli
