// Runs the built `polgraph` for the end-to-end tests: through the shell, in a
// given folder, with standard input from a file and standard output and error
// captured (in hidden files of that folder, removed afterwards).
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace polgraph::testing {

/// What one run of polgraph gave.
struct CliRun {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out, err;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// Runs the shell command line `command` in the folder `dir` with stdin from
/// `input`, capturing what it prints.
inline CliRun RunShell(const std::filesystem::path& dir, const std::string& command,
                       const std::string& input = "/dev/null") {
  const std::string out = (dir / ".stdout").string(), err = (dir / ".stderr").string();
  const std::string line = "cd '" + dir.string() + "' && (" + command + ") >'" + out + "' 2>'" +
                           err + "' <'" + input + "'";
  const int status = std::system(line.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadFile(out);
  run.err = ReadFile(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return run;
}

/// Runs `polgraph ARGS` in the folder `dir` with stdin from `input`;
/// `shell_prefix` comes first on the command line (e.g. "ulimit -f 8; ", or
/// a wrapper command).
inline CliRun RunPolgraph(const std::filesystem::path& dir, const std::string& args,
                          const std::string& input = "/dev/null",
                          const std::string& shell_prefix = "") {
  return RunShell(dir, shell_prefix + "'" POLGRAPH_BINARY "' " + args, input);
}

}  // namespace polgraph::testing
