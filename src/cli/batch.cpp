#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

namespace cg::cli {

namespace {

void draw_progress(std::ostream& err, size_t done, size_t total) {
  const int width = 30;
  int filled = total ? static_cast<int>(width * done / total) : width;
  err << "\rRendering [" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << '/' << total
      << (done == total ? "\n" : "") << std::flush;
}

}  // namespace

int run_batch(size_t count, int threads, const std::function<JobOutput(size_t)>& job, std::ostream& out,
              std::ostream& err, bool progress) {
  std::vector<JobOutput> results(count);
  std::atomic<size_t> next{0};
  std::atomic<size_t> finished{0};
  std::mutex progress_lock;
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) {
      results[i] = job(i);
      size_t done = ++finished;
      if (progress) {
        std::lock_guard<std::mutex> lock(progress_lock);
        draw_progress(err, done, count);
      }
    }
  };
  size_t n = std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), count));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  int status = 0;
  for (const auto& r : results) {
    out << r.out;
    err << r.err;
    status = std::max(status, r.status);
  }
  return status;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& error) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (!fs::is_directory(a, ec)) {
      out.push_back(a);
      continue;
    }
    std::vector<std::string> found;
    for (fs::directory_iterator it(a, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".json" && it->is_regular_file(ec)) found.push_back(it->path().string());
    if (ec) {
      error = "cannot read the folder " + a + ": " + ec.message();
      return {};
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace cg::cli
