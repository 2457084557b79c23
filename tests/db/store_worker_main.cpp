// A child process for the crash and concurrency tests: it works on a database in a loop and
// reports each save that returned with one write() to stdout, so a parent that kills it knows
// exactly which saves must have survived.
//
//   motus_store_worker save DB COUNT SEED   creates drafts and saves 1 to 12 items in each
//   motus_store_worker mixed DB COUNT SEED  reads patients and programs, and writes conditions and drafts
#include "../support/sample_records.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/store.hpp>

#include <unistd.h>
#include <cstdio>
#include <random>
#include <string>

using namespace motus;

namespace {

void report(const std::string& line) {
  const std::string text = line + "\n";
  if (write(STDOUT_FILENO, text.data(), text.size()) < 0) std::_Exit(3);
}

db::Id patientFor(db::Store& store, const std::string& chart) {
  if (auto found = store.findPatientByChart(chart)) return found->id;
  try {
    return store.addPatient(test::samplePatient(chart, "Worker"));
  } catch (const db::InvalidRecord&) {  // the other worker added it first
    return store.findPatientByChart(chart)->id;
  }
}

int saveLoop(db::Store& store, int count, std::mt19937& random) {
  const db::Id patient = patientFor(store, "WORKER");
  for (int i = 0; i < count; ++i) {
    const int items = 1 + static_cast<int>(random() % 12);
    std::vector<db::ProgramItem> list;
    list.reserve(static_cast<std::size_t>(items));
    for (int k = 0; k < items; ++k) list.push_back(test::sampleItem("exercise-" + std::to_string(k), k + 1));
    try {
      const db::Id id = store.createDraft(patient, "pending");
      store.saveDraft(id, "items=" + std::to_string(items), list);
      report("saved " + std::to_string(id) + " " + std::to_string(items));
    } catch (const db::DatabaseBusy& busy) {
      report(std::string("busy ") + busy.what());
    }
  }
  return 0;
}

int mixedLoop(db::Store& store, int count, std::mt19937& random) {
  const db::Id patient = patientFor(store, "MIXED");
  for (int i = 0; i < count; ++i) {
    try {
      const auto found = store.searchPatients("work");
      for (const db::ProgramSummary& summary : store.programs(patientFor(store, "WORKER"))) {
        if (summary.title != "pending" && summary.item_count != std::stoi(summary.title.substr(6))) {
          report("torn " + std::to_string(summary.id));
          return 1;
        }
      }
      if (random() % 2 == 0) {
        store.setCondition(patient, {"fall-risk", "round " + std::to_string(i), ""});
        report("saved condition " + std::to_string(i));
      } else {
        const db::Id id = store.createDraft(patient, "items=1");
        store.saveDraft(id, "items=1", {test::sampleItem()});
        report("saved " + std::to_string(id) + " 1");
      }
      if (found.empty()) report("read nothing");
    } catch (const db::DatabaseBusy& busy) {
      report(std::string("busy ") + busy.what());
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s save|mixed DB COUNT SEED\n", argv[0]);
    return 2;
  }
  try {
    db::Store store(argv[2]);
    std::mt19937 random(static_cast<unsigned>(std::stoul(argv[4])));
    const int count = std::stoi(argv[3]);
    return std::string(argv[1]) == "save" ? saveLoop(store, count, random) : mixedLoop(store, count, random);
  } catch (const std::exception& error) {
    report(std::string("error ") + error.what());
    return 1;
  }
}
