// The content check: every built-in plugin, loaded from its real .so through the plugin host,
// holds exercises a clinic can hand out: steps, a default dosage, a body region, start and
// finish pictures that are inert SVG, patient text at a reading grade of 8 or below, and for
// every Caution, advice the patient can act on.
#include <motus/core/plugin_host.hpp>
#include <motus/core/readability.hpp>
#include <motus/core/svg_check.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace motus;

namespace {

struct BuiltInLibrary {
  core::PluginHost host;
  BuiltInLibrary() {
    for (const auto& file : std::filesystem::directory_iterator(MOTUS_BUILTIN_PLUGIN_DIR)) {
      if (file.path().extension() == ".so") host.loadFile(file.path());
    }
  }
};

bool hasAmount(const sdk::Dosage& dosage) {
  return dosage.reps || dosage.duration_seconds || dosage.hold_seconds || dosage.session_minutes;
}

// What the patient reads about one exercise: its words, and the advice of every Caution (a
// patient with that condition reads it in the exercise's "Take care").
std::vector<std::string> patientText(const sdk::ExerciseSpec& spec) {
  std::vector<std::string> text{spec.name, spec.purpose};
  for (const auto* list : {&spec.steps, &spec.cues, &spec.precautions})
    text.insert(text.end(), list->begin(), list->end());
  for (const sdk::SafetyRule& rule : spec.safety) {
    if (!rule.patient_advice.empty()) text.push_back(rule.patient_advice);
  }
  return text;
}

}  // namespace

TEST_CASE("Every built-in plugin loads, and together they hold at least 66 exercises in 7 plugins") {
  const BuiltInLibrary library;
  std::size_t exercises = 0;
  for (const core::PluginRecord& plugin : library.host.plugins()) {
    INFO(plugin.info.id << ": " << plugin.reason);
    CHECK(plugin.state == core::PluginState::loaded);
    exercises += plugin.exercises.size();
    CHECK(plugin.exercises.size() >= 6);
    CHECK_FALSE(plugin.education.empty());
  }
  CHECK(library.host.plugins().size() >= 7);
  CHECK(exercises >= 66);
}

TEST_CASE("Every built-in exercise passes the content check") {
  const BuiltInLibrary library;
  std::set<std::string> names;
  for (const core::PluginRecord& plugin : library.host.plugins()) {
    for (const sdk::ExerciseSpec& spec : plugin.exercises) {
      INFO(plugin.info.id << "/" << spec.id);
      CHECK(spec.steps.size() >= 2);
      CHECK(hasAmount(spec.default_dosage));
      CHECK_FALSE(spec.body_regions.empty());
      CHECK_FALSE(spec.positions.empty());
      CHECK_FALSE(spec.goals.empty());
      CHECK_FALSE(spec.illustrations.start_svg.empty());
      CHECK_FALSE(spec.illustrations.finish_svg.empty());
      CHECK(core::checkSvg(spec.illustrations.start_svg).empty());
      CHECK(core::checkSvg(spec.illustrations.finish_svg).empty());
      CHECK(spec.illustrations.start_svg != spec.illustrations.finish_svg);  // the picture shows a movement
      const double grade = core::fleschKincaidGrade(patientText(spec));
      INFO("Flesch-Kincaid grade " << grade);
      CHECK(grade <= 8.0);
      CHECK(names.insert(spec.name).second);  // a patient never sees two exercises with one name
    }
  }
}

TEST_CASE("Every built-in education topic reads at grade 8 or below") {
  const BuiltInLibrary library;
  for (const core::PluginRecord& plugin : library.host.plugins()) {
    for (const sdk::EducationTopic& topic : plugin.education) {
      INFO(plugin.info.id << "/" << topic.id);
      std::vector<std::string> text{topic.title};
      text.insert(text.end(), topic.points.begin(), topic.points.end());
      CHECK(core::fleschKincaidGrade(text) <= 8.0);
    }
  }
}

TEST_CASE("Every safety rule of a built-in exercise gives a reason a therapist can act on") {
  const BuiltInLibrary library;
  std::size_t avoid_rules = 0;
  for (const core::PluginRecord& plugin : library.host.plugins()) {
    for (const sdk::ExerciseSpec& spec : plugin.exercises) {
      for (const sdk::SafetyRule& rule : spec.safety) {
        INFO(plugin.info.id << "/" << spec.id << " " << rule.condition);
        CHECK(rule.reason.size() >= 30);
        if (rule.severity == sdk::Severity::avoid) ++avoid_rules;
      }
    }
  }
  CHECK(avoid_rules >= 66);  // every exercise screens out at least one condition, on average
}

// A Caution is printed on the handout of a patient with the condition, in the exercise's "Take
// care": each one says what that patient should do, in the patient's words, never the reason
// written for the therapist. An Avoid is never handed out without an override, so it has none.
TEST_CASE("Every Caution of a built-in exercise tells the patient what to do, and no Avoid has advice") {
  const BuiltInLibrary library;
  std::size_t cautions = 0;
  for (const core::PluginRecord& plugin : library.host.plugins()) {
    for (const sdk::ExerciseSpec& spec : plugin.exercises) {
      for (const sdk::SafetyRule& rule : spec.safety) {
        INFO(plugin.info.id << "/" << spec.id << " " << rule.condition << ": " << rule.patient_advice);
        if (rule.severity == sdk::Severity::avoid) {
          CHECK(rule.patient_advice.empty());
          continue;
        }
        ++cautions;
        CHECK(rule.patient_advice.size() >= 30);
        CHECK(rule.patient_advice != rule.reason);
        CHECK(rule.patient_advice.back() == '.');
        const double grade = core::fleschKincaidGrade({rule.patient_advice});
        INFO("Flesch-Kincaid grade " << grade);
        CHECK(grade <= 8.0);
      }
    }
  }
  CHECK(cautions >= 250);  // 284 today: most exercises carry several, many shared by their group
}
