#pragma once
// Catalog entries for core tests: the sample snapshot as the catalog would offer it.

#include <motus/core/catalog.hpp>

#include "sample_records.hpp"

namespace motus::test {

// Without its safety rules unless asked (then it is Avoid for osteoporosis, as sampleSnapshot is),
// so nothing blocks issuing by default.
inline core::CatalogEntry sampleEntry(const std::string& id, const std::string& name, bool with_safety = false) {
  const db::ExerciseSnapshot snapshot = sampleSnapshot(id, name);
  core::CatalogEntry exercise;
  exercise.global_id = snapshot.global_id;
  exercise.plugin_id = snapshot.plugin_id;
  exercise.plugin_name = "Foam rolling";
  exercise.plugin_version = snapshot.plugin_version;
  exercise.spec = snapshot.spec;
  if (!with_safety) exercise.spec.safety.clear();
  return exercise;
}

}  // namespace motus::test
