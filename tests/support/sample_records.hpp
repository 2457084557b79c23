#pragma once
// Realistic records for store tests.

#include <motus/db/records.hpp>

namespace motus::test {

inline db::PatientDetails samplePatient(std::string chart = "A-1001", std::string family = "Nguyen",
                                        std::string given = "Mai") {
  db::PatientDetails details;
  details.chart_number = std::move(chart);
  details.family_name = std::move(family);
  details.given_name = std::move(given);
  details.birth_date = "1948-03-14";
  details.phone = "555-0100";
  details.email = "mai@example.org";
  details.notes = "Prefers morning visits.";
  return details;
}

inline db::ExerciseSnapshot sampleSnapshot(std::string id = "thoracic-pivot", std::string name = "Upper-back arch") {
  db::ExerciseSnapshot snapshot;
  snapshot.plugin_id = "foam-rolling";
  snapshot.plugin_version = "1.0.0";
  snapshot.global_id = "foam-rolling/" + id;
  snapshot.spec.id = std::move(id);
  snapshot.spec.name = std::move(name);
  snapshot.spec.purpose = "Loosen a stiff upper back.";
  snapshot.spec.body_regions = {"thoracic"};
  snapshot.spec.equipment = {"foam-roller"};
  snapshot.spec.positions = {"on-back"};
  snapshot.spec.goals = {"mobility"};
  snapshot.spec.steps = {"Lie face up with the roller across your mid back.", "Bend back over it."};
  snapshot.spec.cues = {"Breathe out as you bend back."};
  snapshot.spec.precautions = {"Keep the roller off your neck."};
  snapshot.spec.default_dosage.reps = sdk::Range::between(10, 15);
  snapshot.spec.safety = {{"osteoporosis", sdk::Severity::avoid, "Pressure can break a weak bone."}};
  snapshot.spec.progressions = {"mid-back-roll"};
  return snapshot;
}

inline db::ProgramItem sampleItem(std::string id = "thoracic-pivot", int reps = 12) {
  db::ProgramItem item;
  item.exercise = sampleSnapshot(std::move(id));
  item.dosage.reps = sdk::Range::exactly(reps);
  item.dosage.times_per_day = sdk::Range::between(1, 2);
  item.dosage.side = sdk::Side::each_side;
  item.note = "Go gently on the left side.";
  return item;
}

}  // namespace motus::test
