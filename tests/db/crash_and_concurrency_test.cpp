// The store under a killed writer and under two processes at once, with real child processes.
#include "../support/raw_sqlite.hpp"
#include "../support/temp_folder.hpp"

#include <motus/db/store.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <random>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace motus;

namespace {

struct Child {
  pid_t pid = -1;
  int output = -1;  // read end of its stdout
};

Child spawnWorker(const std::vector<std::string>& arguments) {
  int pipeEnds[2];
  REQUIRE(pipe(pipeEnds) == 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
  std::vector<std::string> all{MOTUS_STORE_WORKER};
  all.insert(all.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  argv.reserve(all.size() + 1);
  for (std::string& argument : all) argv.push_back(argument.data());
  argv.push_back(nullptr);
  Child child;
  REQUIRE(posix_spawn(&child.pid, MOTUS_STORE_WORKER, &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  close(pipeEnds[1]);
  child.output = pipeEnds[0];
  return child;
}

std::string readAll(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t n = 0;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  close(fd);
  return text;
}

// Whatever the child has written within `timeout`, waiting for its first bytes.
std::string readSome(int fd, std::chrono::milliseconds timeout) {
  pollfd ready{fd, POLLIN, 0};
  if (poll(&ready, 1, static_cast<int>(timeout.count())) <= 0) return {};
  char buffer[4096];
  const ssize_t n = read(fd, buffer, sizeof buffer);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
}

struct Saved {
  db::Id program;
  int items;
};

std::vector<Saved> savedPrograms(const std::string& output) {
  std::vector<Saved> saved;
  std::istringstream lines(output);
  std::string word;
  while (lines >> word) {
    if (word == "saved") {
      std::string first;
      lines >> first;
      if (first == "condition") {
        lines >> first;
        continue;
      }
      int items = 0;
      lines >> items;
      saved.push_back({std::stoll(first), items});
    } else {
      std::string rest;
      std::getline(lines, rest);
    }
  }
  return saved;
}

// Every saved program is there with all its items, and no program is half-written.
void checkNothingLostOrTorn(const std::filesystem::path& file, const std::vector<Saved>& saved) {
  db::Store store(file);  // opening runs the quick check
  CHECK(test::sqlText(file, "PRAGMA integrity_check") == "ok");
  CHECK(
      test::sqlText(file,
                    "SELECT count(*) FROM program p WHERE (p.title = 'pending' AND "
                    "(SELECT count(*) FROM program_item i WHERE i.program_id = p.id) != 0) OR (p.title LIKE 'items=%' "
                    "AND (SELECT count(*) FROM program_item i WHERE i.program_id = p.id) != "
                    "CAST(substr(p.title, 7) AS INTEGER))") == "0");
  for (const Saved& s : saved) {
    const db::Program program = store.program(s.program);
    CHECK(program.title == "items=" + std::to_string(s.items));
    CHECK(static_cast<int>(program.items.size()) == s.items);
  }
  CHECK(store.verifyAudit().intact);
}

}  // namespace

TEST_CASE("Killing a saving process at random moments, 200 times, loses no returned save and tears nothing") {
  const test::TempFolder folder("crash");
  const auto file = folder / "motus.sqlite";
  { db::Store create(file, db::OpenMode::create_if_missing); }
  std::mt19937 random(2026);
  std::size_t totalSaved = 0;
  for (int round = 0; round < 200; ++round) {
    Child child = spawnWorker({"save", file.string(), "1000", std::to_string(round)});
    // Wait until the worker is saving (however slow the machine is today), then kill it at a
    // random moment within the next few saves.
    std::string output = readSome(child.output, std::chrono::seconds(10));
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 20000));
    kill(child.pid, SIGKILL);
    int status = 0;
    waitpid(child.pid, &status, 0);
    output += readAll(child.output);
    INFO("round " << round << ": " << output.substr(0, 200));
    CHECK((WIFSIGNALED(status) || WEXITSTATUS(status) == 0));
    CHECK(output.find("error") == std::string::npos);
    const std::vector<Saved> saved = savedPrograms(output);
    totalSaved += saved.size();
    checkNothingLostOrTorn(file, saved);
  }
  WARN("saves that returned before a kill: " << totalSaved);
  CHECK(totalSaved >= 200);  // every kill landed while the worker was saving
}

TEST_CASE("Two processes on one database: each save succeeds or says busy, nothing is lost or corrupted") {
  const test::TempFolder folder("concurrent");
  const auto file = folder / "motus.sqlite";
  { db::Store create(file, db::OpenMode::create_if_missing); }
  Child writer = spawnWorker({"save", file.string(), "150", "1"});
  Child mixed = spawnWorker({"mixed", file.string(), "150", "2"});
  const std::string writerOutput = readAll(writer.output);
  const std::string mixedOutput = readAll(mixed.output);
  int writerStatus = 0;
  int mixedStatus = 0;
  waitpid(writer.pid, &writerStatus, 0);
  waitpid(mixed.pid, &mixedStatus, 0);
  INFO(writerOutput.substr(0, 300) << "\n---\n" << mixedOutput.substr(0, 300));
  CHECK(WEXITSTATUS(writerStatus) == 0);
  CHECK(WEXITSTATUS(mixedStatus) == 0);
  for (const std::string* output : {&writerOutput, &mixedOutput}) {
    CHECK(output->find("error") == std::string::npos);
    CHECK(output->find("torn") == std::string::npos);
    std::istringstream lines(*output);
    std::string line;
    while (std::getline(lines, line)) {
      const bool understood =
          line.rfind("saved ", 0) == 0 || (line.rfind("busy ", 0) == 0 && line.find("try") != std::string::npos);
      CHECK(understood);
    }
  }
  std::vector<Saved> saved = savedPrograms(writerOutput);
  const std::vector<Saved> more = savedPrograms(mixedOutput);
  saved.insert(saved.end(), more.begin(), more.end());
  CHECK(saved.size() >= 150);
  checkNothingLostOrTorn(file, saved);
}
