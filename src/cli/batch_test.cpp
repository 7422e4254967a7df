#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "../../tests/temp_dir.h"
#include "cli/batch.h"

using namespace cg::cli;

TEST_CASE("run_batch keeps input order, reports the worst status and draws progress", "[batch]") {
  std::ostringstream out, err;
  int status = run_batch(
      50, 4,
      [](size_t i) {
        return JobOutput{i == 7 ? 2 : i == 9 ? 1 : 0, "job " + std::to_string(i) + "\n", i == 7 ? "bad 7\n" : ""};
      },
      out, err, true);
  CHECK(status == 2);
  std::string expected;
  for (int i = 0; i < 50; ++i) expected += "job " + std::to_string(i) + "\n";
  CHECK(out.str() == expected);
  CHECK(err.str().find("\rRendering [") != std::string::npos);
  CHECK(err.str().find("] 50/50\n") != std::string::npos);
  CHECK(err.str().find("bad 7\n") != std::string::npos);

  std::ostringstream quiet_out, quiet_err;
  CHECK(run_batch(3, 2, [](size_t) { return JobOutput{0, "", ""}; }, quiet_out, quiet_err, false) == 0);
  CHECK(quiet_err.str().empty());
}

TEST_CASE("run_pipeline finishes jobs on a thread of its own, in input order, with bounded waiting", "[batch]") {
  for (int threads : {1, 3}) {
    std::ostringstream out, err;
    const auto main_thread = std::this_thread::get_id();
    std::atomic<int> worked{0}, finished{0}, most_waiting{0};
    std::atomic<bool> finished_elsewhere{true};
    int status = run_pipeline(
        40, threads,
        [&](size_t i) -> Finish {
          if (i == 5) throw std::runtime_error("out of memory");
          int waiting = ++worked - finished;
          for (int m = most_waiting; waiting > m && !most_waiting.compare_exchange_weak(m, waiting);) {
          }
          return [&, i] {
            if (std::this_thread::get_id() == main_thread) finished_elsewhere = false;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));  // a slow disk
            ++finished;
            return JobOutput{0, "job " + std::to_string(i) + "\n", ""};
          };
        },
        out, err, false);
    CHECK(status == 2);
    std::string expected;
    for (int i = 0; i < 40; ++i)
      if (i != 5) expected += "job " + std::to_string(i) + "\n";
    CHECK(out.str() == expected);
    CHECK(err.str() == "coregroup: a case could not be rendered: out of memory\n");
    CHECK(finished_elsewhere);
    CHECK(finished == 39);
    // threads + 1 queued, one being finished, and one per thread made before it waits for room.
    CHECK(most_waiting <= 2 * threads + 2);
  }
}

TEST_CASE("folders expand to their case files in name order", "[batch]") {
  cg::test::TempDir dir;
  dir.write("b.json", "{}");
  dir.write("a.json", "{}");
  dir.write("notes.txt", "x");
  std::string error;
  auto files = expand_inputs({dir.path(), "single.json"}, error);
  REQUIRE(error.empty());
  REQUIRE(files.size() == 3);
  CHECK(files[0] == dir.file("a.json"));
  CHECK(files[1] == dir.file("b.json"));
  CHECK(files[2] == "single.json");
}
