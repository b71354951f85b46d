#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <streambuf>
#include <system_error>
#include <vector>

#include "base/error.h"

namespace polgraph::cli {

// Buffers output and writes it to a file descriptor, keeping the errno of the
// first failed write so that the error can say why (e.g. no space left).
class FdOutputBuffer : public std::streambuf {
 public:
  explicit FdOutputBuffer(int fd) : fd_(fd), buffer_(1 << 16) { ResetBuffer(); }

  /// errno of the first failed write; 0 if none failed.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  void ResetBuffer() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

  // Writes out the buffered bytes; false once any write has failed.
  bool Drain() {
    for (const char* p = pbase(); error_ == 0 && p < pptr();) {
      const ssize_t n = write(fd_, p, pptr() - p);
      if (n >= 0) {
        p += n;
      } else if (errno != EINTR) {
        error_ = errno;
      }
    }
    ResetBuffer();
    return error_ == 0;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

namespace {

namespace fs = std::filesystem;

constexpr char kStdout[] = "-";

Error FileError(const std::string& path, std::string problem, int error_number) {
  Place place;
  place.file = path == kStdout ? "<stdout>" : path;
  if (error_number != 0) {
    problem += ": " + std::error_code(error_number, std::generic_category()).message();
  }
  return Error(problem, place);
}

// The permissions a newly created file gets (0666 less the umask).
mode_t NewFileMode() {
  const mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

// The folder of `target` and the prefix of its hidden temporary files.
fs::path FolderOf(const fs::path& target) {
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}
std::string TempPrefix(const fs::path& target) {
  return "." + target.filename().string() + ".tmp-";
}

// Removes the temporary files of `target` that no live process holds: each
// writer holds a lock on its own (flock, let go when the process ends), so
// the files left by a killed writer go and a running writer's stay.
void RemoveStaleTempFiles(const fs::path& target) {
  const std::string prefix = TempPrefix(target);
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(FolderOf(target), ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix) || name.size() != prefix.size() + 6) continue;
    const int fd = open(entry.path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) continue;
    if (flock(fd, LOCK_EX | LOCK_NB) == 0) unlink(entry.path().c_str());
    close(fd);
  }
}

}  // namespace

AtomicOutputFile::AtomicOutputFile(std::string path) : path_(std::move(path)) {
  if (path_ == kStdout) return;
  std::error_code ec;
  const fs::file_status status = fs::status(path_, ec);
  if (fs::is_directory(status)) throw FileError(path_, "cannot write: is a directory", 0);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    fd_ = open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw FileError(path_, "cannot open for writing", errno);
    buffer_ = std::make_unique<FdOutputBuffer>(fd_);
    file_ = std::make_unique<std::ostream>(buffer_.get());
    return;
  }
  const fs::path target(path_);
  RemoveStaleTempFiles(target);
  const std::string pattern = (FolderOf(target) / (TempPrefix(target) + "XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = mkstemp(name.data());
  if (fd_ < 0) throw FileError(path_, "cannot create file", errno);
  temp_path_ = name.data();
  flock(fd_, LOCK_EX | LOCK_NB);  // ours while we live (RemoveStaleTempFiles)
  if (fchmod(fd_, NewFileMode()) != 0) {
    const int saved = errno;
    Discard();
    throw FileError(path_, "cannot set permissions", saved);
  }
  buffer_ = std::make_unique<FdOutputBuffer>(fd_);
  file_ = std::make_unique<std::ostream>(buffer_.get());
}

AtomicOutputFile::~AtomicOutputFile() {
  if (!committed_) Discard();
}

void AtomicOutputFile::Discard() {
  file_.reset();
  buffer_.reset();
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) std::remove(temp_path_.c_str());
  temp_path_.clear();
}

std::ostream& AtomicOutputFile::stream() { return file_ ? *file_ : std::cout; }

void AtomicOutputFile::ThrowIfWriteFailed() const {
  if (buffer_ && buffer_->error() != 0) throw FileError(path_, "write failed", buffer_->error());
}

void AtomicOutputFile::Commit() {
  if (!file_) {
    std::cout.flush();
    if (!std::cout) throw FileError(path_, "write failed", 0);
    committed_ = true;
    return;
  }
  file_->flush();
  if (!*file_) throw FileError(path_, "write failed", buffer_->error());
  if (!temp_path_.empty() && fsync(fd_) != 0) throw FileError(path_, "write failed", errno);
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) throw FileError(path_, "write failed", errno);
  if (temp_path_.empty()) {  // written in place
    committed_ = true;
    return;
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw FileError(path_, "cannot rename the temporary file into place", errno);
  }
  committed_ = true;
}

void CommitBoth(AtomicOutputFile& first, AtomicOutputFile& second) {
  // The older `first` is moved aside (locked, so that no other writer takes
  // it for a stale temporary file) and put back if `second` fails.
  std::string backup;
  int old_fd = -1;
  const fs::path target(first.path());
  if (first.path() != kStdout && fs::is_regular_file(target)) {
    old_fd = open(first.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (old_fd >= 0) flock(old_fd, LOCK_EX | LOCK_NB);
    std::string pattern = (FolderOf(target) / (TempPrefix(target) + "XXXXXX")).string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw FileError(first.path(), "cannot keep the older file", errno);
    close(fd);
    if (std::rename(first.path().c_str(), pattern.c_str()) != 0) {
      const int saved = errno;
      std::remove(pattern.c_str());
      if (old_fd >= 0) close(old_fd);
      throw FileError(first.path(), "cannot keep the older file", saved);
    }
    backup = pattern;
  }
  auto put_back = [&] {
    if (backup.empty()) {
      std::remove(first.path().c_str());
    } else {
      std::rename(backup.c_str(), first.path().c_str());
    }
  };
  try {
    first.Commit();
  } catch (...) {
    if (!backup.empty()) std::rename(backup.c_str(), first.path().c_str());
    if (old_fd >= 0) close(old_fd);
    throw;
  }
  try {
    second.Commit();
  } catch (...) {
    put_back();
    if (old_fd >= 0) close(old_fd);
    throw;
  }
  if (!backup.empty()) std::remove(backup.c_str());
  if (old_fd >= 0) close(old_fd);
}

void RefuseInputAsOutput(const std::vector<std::string>& inputs, const std::string& output) {
  if (output == kStdout) return;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != kStdout && fs::equivalent(input, output, ec)) {
      throw FileError(
          output, "is also an input (" + input + "); writing it would destroy it: give another -o",
          0);
    }
  }
}

}  // namespace polgraph::cli
