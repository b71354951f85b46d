// polgraph-bench-measure: runs a command and reports its wall time, CPU time
// and peak resident memory (getrusage's ru_maxrss of the child), so bench/run
// needs no GNU time. The command's stdin, stdout and stderr are left alone;
// the figures go to the file given with -o (else stderr) as one line:
//   wall_s=1.234 user_s=2.100 sys_s=0.050 maxrss_kb=45678 exit=0
//   polgraph-bench-measure -o m.txt -- build/polgraph extract corpus.txt
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

double Seconds(const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; }

int Usage() {
  std::fprintf(stderr, "usage: polgraph-bench-measure [-o FILE] -- COMMAND [ARGS...]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string report_path;
  int first = 1;
  for (; first < argc; ++first) {
    if (std::strcmp(argv[first], "-o") == 0 && first + 1 < argc) {
      report_path = argv[++first];
    } else if (std::strcmp(argv[first], "--") == 0) {
      ++first;
      break;
    } else {
      return Usage();
    }
  }
  if (first >= argc) return Usage();

  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("polgraph-bench-measure: fork");
    return 1;
  }
  if (child == 0) {
    execvp(argv[first], argv + first);
    std::fprintf(stderr, "polgraph-bench-measure: cannot run %s: %s\n", argv[first],
                 std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) {
    std::perror("polgraph-bench-measure: wait4");
    return 1;
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

  FILE* report = report_path.empty() ? stderr : std::fopen(report_path.c_str(), "w");
  if (report == nullptr) {
    std::perror(report_path.c_str());
    return 1;
  }
  std::fprintf(report, "wall_s=%.3f user_s=%.3f sys_s=%.3f maxrss_kb=%ld exit=%d\n", wall,
               Seconds(usage.ru_utime), Seconds(usage.ru_stime), usage.ru_maxrss, exit_code);
  if (report != stderr) std::fclose(report);
  return exit_code;
}
