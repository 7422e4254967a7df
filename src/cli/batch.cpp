#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#include "cli/app.h"

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
  return run_pipeline(
      count, threads,
      [&](size_t i) -> Finish {
        auto done = std::make_shared<JobOutput>(job(i));
        return [done] { return std::move(*done); };
      },
      out, err, progress);
}

int run_pipeline(size_t count, int threads, const std::function<Finish(size_t)>& work, std::ostream& out,
                 std::ostream& err, bool progress) {
  std::vector<JobOutput> results(count);
  const size_t n = std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), count));
  const size_t capacity = n + 1;
  std::mutex lock;
  std::condition_variable ready, room;
  std::deque<std::pair<size_t, Finish>> waiting;
  std::atomic<size_t> next{0};

  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) {
      Finish finish;
      try {
        finish = work(i);
      } catch (const std::exception& e) {
        std::string why = e.what();
        finish = [why] { return JobOutput{kUnusable, "", "coregroup: a case could not be rendered: " + why + "\n"}; };
      }
      std::unique_lock<std::mutex> hold(lock);
      room.wait(hold, [&] { return waiting.size() < capacity; });
      waiting.emplace_back(i, std::move(finish));
      ready.notify_one();
    }
  };
  std::thread finisher([&] {
    for (size_t done = 1; done <= count; ++done) {
      std::unique_lock<std::mutex> hold(lock);
      ready.wait(hold, [&] { return !waiting.empty(); });
      auto [i, finish] = std::move(waiting.front());
      waiting.pop_front();
      room.notify_one();
      hold.unlock();
      try {
        results[i] = finish ? finish() : JobOutput{};
      } catch (const std::exception& e) {
        results[i] = JobOutput{kUnusable, "", std::string("coregroup: a case's files could not be written: ") + e.what() +
                                                  "\n"};
      }
      if (progress) draw_progress(err, done, count);
    }
  });
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  finisher.join();
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
