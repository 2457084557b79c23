// The Motus archive at clinic size: 10,000 patients with 5 programs each (4 issued versions and a
// draft, 6 exercises each). Writes the archive, then times the real motus-cli importing it into
// an empty database and exporting it again, each in its own process so its peak memory (max RSS)
// is its own. The peer, in the same run: motus-cli backup of the same database (SQLite's online
// backup of the file, no JSON).
// Usage: motus_bench_archive [WORK_FOLDER] [PATIENTS]   (default: a folder under /tmp, 10000)
#include <motus/db/fingerprint.hpp>
#include <motus/db/record_json.hpp>
#include <motus/db/records.hpp>

#include <Poco/JSONString.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace motus;
namespace fs = std::filesystem;

extern char** environ;

namespace {

constexpr int kProgramsPerPatient = 5;
constexpr int kItemsPerProgram = 6;
constexpr int kExercises = 40;

std::string jsonText(const std::string& text) { return Poco::toJSON(text, Poco::JSON_WRAP_STRINGS); }

// An exercise about the size of a built-in one: six steps, cues, two safety rules and two
// pictures of a few kilobytes.
db::ExerciseSnapshot benchExercise(int k) {
  db::ExerciseSnapshot snapshot;
  snapshot.plugin_id = "bench";
  snapshot.plugin_version = "1.0.0";
  snapshot.spec.id = "exercise-" + std::to_string(k);
  snapshot.global_id = "bench/" + snapshot.spec.id;
  snapshot.spec.name = "Bench exercise " + std::to_string(k);
  snapshot.spec.purpose = "Keeps the joint moving and the muscles around it strong.";
  snapshot.spec.body_regions = {"shoulder"};
  snapshot.spec.positions = {"standing"};
  snapshot.spec.goals = {"mobility"};
  for (int s = 0; s < 6; ++s)
    snapshot.spec.steps.push_back("Step " + std::to_string(s) + ": move slowly and breathe out as you go.");
  snapshot.spec.cues = {"Keep your shoulders down.", "Stop on sharp pain."};
  snapshot.spec.default_dosage.reps = sdk::Range::between(10, 15);
  snapshot.spec.safety = {{"osteoporosis", sdk::Severity::caution, "Go gently.", "Move slowly and hold on."},
                          {"recent-fracture", sdk::Severity::avoid, "Loads the healing bone.", ""}};
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\">";
  for (int line = 0; line < 40; ++line) {
    svg += "<path d=\"M" + std::to_string(line * 5) + " 10 L 100 " + std::to_string(line * 4) + "\" stroke=\"#222\"/>";
  }
  svg += "</svg>";
  snapshot.spec.illustrations.start_svg = svg;
  snapshot.spec.illustrations.finish_svg = svg;
  return snapshot;
}

std::string range(const char* key, int low, int high) {
  return jsonText(key) + ":{\"low\":" + std::to_string(low) + ",\"high\":" + std::to_string(high) + "}";
}

// Writes the archive as motus-cli export would, with valid fingerprints.
std::uintmax_t writeArchive(const fs::path& file, int patients) {
  std::vector<db::ExerciseSnapshot> exercises;
  std::vector<std::string> keys;
  for (int k = 0; k < kExercises; ++k) {
    exercises.push_back(benchExercise(k));
    keys.push_back(db::snapshotKey(exercises.back()));
  }
  std::ofstream out(file, std::ios::binary);
  out << "{\"format\": \"motus.archive\", \"version\": 1, \"contents\": \"clinic\", \"exported_at\": "
         "\"2026-12-02T10:00:00Z\", \"exported_by\": \"bench\",\n\"exercise_snapshots\": [";
  // The exercises first, as motus-cli export writes them.
  for (std::size_t k = 0; k < exercises.size(); ++k) {
    out << (k == 0 ? "\n" : ",\n") << "{\"key\": " << jsonText(keys[k])
        << ", \"snapshot\": " << db::snapshotToJson(exercises[k]) << "}";
  }
  out << "],\n\"patients\": [";
  long long program_id = 0;
  for (int p = 1; p <= patients; ++p) {
    out << (p == 1 ? "\n" : ",\n") << "{\"chart_number\": \"B-" << p
        << "\", \"family_name\": " << jsonText(p % 3 == 0 ? "Müller" : "Nguyen")
        << ", \"given_name\": \"Mai\", \"birth_date\": \"1948-03-14\", "
        << "\"created_at\": \"2024-01-01T09:00:00.000Z\", \"conditions\": [{\"code\": \"osteoporosis\", \"note\": "
           "\"T-score -2.8\", \"since\": \"2021\"}], \"programs\": [";
    std::optional<long long> previous;
    for (int v = 1; v <= kProgramsPerPatient; ++v) {
      const long long id = ++program_id;
      const bool issued = v < kProgramsPerPatient;
      db::Program program;
      program.id = id;
      program.patient_id = p;
      program.title = "Shoulder program";
      program.status = issued ? db::ProgramStatus::issued : db::ProgramStatus::draft;
      program.version = v;
      program.previous_id = previous;
      program.clinician = "jlee";
      program.created_at = "2024-0" + std::to_string(v) + "-01T09:00:00.000Z";
      if (issued) program.issued_at = "2024-0" + std::to_string(v) + "-01T09:30:00.000Z";
      std::string items;
      for (int i = 0; i < kItemsPerProgram; ++i) {
        const int k = (p + v * 7 + i * 3) % kExercises;
        db::ProgramItem item;
        item.exercise = exercises[static_cast<std::size_t>(k)];
        // 120 different dosages over the clinic, as therapists vary them: no cache sees one only.
        const int reps = 5 + (p * 7 + i) % 40;
        const int times = 1 + (p + v + i) % 3;
        item.dosage.reps = sdk::Range::between(reps, reps + 2);
        item.dosage.times_per_day = sdk::Range::exactly(times);
        item.note = "Slowly.";
        program.items.push_back(item);
        items += std::string(i == 0 ? "" : ", ") + "{\"exercise\": " + jsonText(keys[static_cast<std::size_t>(k)]) +
                 ", \"dosage\": {\"format\":\"motus.dosage\",\"version\":1," + range("reps", reps, reps + 2) + "," +
                 range("times_per_day", times, times) + "}, \"note\": \"Slowly.\"}";
      }
      out << (v == 1 ? "" : ", ") << "{\"id\": " << id
          << ", \"title\": \"Shoulder program\", \"status\": " << (issued ? "\"issued\"" : "\"draft\"")
          << ", \"version\": " << v << ", \"previous\": " << (previous ? std::to_string(*previous) : "null")
          << ", \"clinician\": \"jlee\", \"created_at\": " << jsonText(program.created_at);
      if (issued) {
        out << ", \"issued_at\": " << jsonText(program.issued_at)
            << ", \"fingerprint\": " << jsonText(db::programFingerprint(program))
            << ", \"issued_as\": {\"program\": " << id << ", \"patient\": " << p
            << ", \"previous\": " << (previous ? std::to_string(*previous) : "null") << "}";
      }
      out << ", \"items\": [" << items << "]}";
      if (issued) previous = id;
    }
    out << "]}";
  }
  out << "]}\n";
  out.close();
  return fs::file_size(file);
}

struct Run {
  double seconds = 0;
  double cpu_seconds = 0;  // user and system: less at the mercy of other work on the machine
  double peak_mib = 0;
  int status = -1;
};

// Runs motus-cli with these arguments in its own process: wall time and its own peak memory.
Run motusCli(const std::vector<std::string>& arguments) {
  std::vector<std::string> all{(fs::path(MOTUS_BENCH_BIN_DIR) / "motus-cli").string()};
  all.insert(all.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& argument : all) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t child = 0;
  posix_spawn_file_actions_t quiet;  // its summary line would only interleave with the figures
  posix_spawn_file_actions_init(&quiet);
  posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const int spawned = posix_spawn(&child, argv[0], &quiet, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&quiet);
  if (spawned != 0) throw std::runtime_error("could not start motus-cli");
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  Run run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
  const auto seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
  };
  run.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

void print(const char* what, const Run& run) {
  std::printf("%-52s %7.2f s (cpu %5.2f s)   peak %7.1f MiB%s\n", what, run.seconds, run.cpu_seconds, run.peak_mib,
              run.status == 0 ? "" : "   (FAILED)");
}

}  // namespace

int main(int argc, char* argv[]) {
  const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "motus-bench-archive";
  const int patients = argc > 2 ? std::stoi(argv[2]) : 10000;
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path archive = folder / "clinic.motus.json";
  const fs::path database = (folder / "clinic.sqlite");
  std::printf("Writing an archive of %d patients, %d programs (%d issued), %d items ...\n", patients,
              patients * kProgramsPerPatient, patients * (kProgramsPerPatient - 1),
              patients * kProgramsPerPatient * kItemsPerProgram);
  const std::uintmax_t bytes = writeArchive(archive, patients);
  std::printf("  %.1f MiB\n", static_cast<double>(bytes) / (1024.0 * 1024.0));
  setenv("MOTUS_CLINICIAN", "bench", 1);
  const std::string db = "--database=" + database.string();
  if (motusCli({"patients", "list", "--create", db}).status != 0) return 1;

  const Run imported = motusCli({"import", archive.string(), db});
  print("motus-cli import (goal: < 10 s, < 500 MiB)", imported);
  const Run exported = motusCli({"export", (folder / "again.motus.json").string(), db});
  print("motus-cli export (goal: < 10 s, < 500 MiB)", exported);
  std::printf("  the exported archive: %.1f MiB\n",
              static_cast<double>(fs::file_size(folder / "again.motus.json")) / (1024.0 * 1024.0));
  const Run backup = motusCli({"backup", (folder / "backup.sqlite").string(), db});
  print("peer: motus-cli backup of the same database (SQLite)", backup);
  std::printf("  the database: %.1f MiB\n", static_cast<double>(fs::file_size(database)) / (1024.0 * 1024.0));
  return imported.status == 0 && exported.status == 0 ? 0 : 1;
}
