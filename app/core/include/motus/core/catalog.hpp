#pragma once
// Every loaded exercise in one place, searchable as the therapist types and filterable by facets.

#include <motus/core/plugin_host.hpp>
#include <motus/sdk/exercise.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

struct CatalogEntry {
  std::string global_id;  // "plugin-id/exercise-id"
  std::string plugin_id;
  std::string plugin_name;
  std::string plugin_version;
  sdk::ExerciseSpec spec;
  std::vector<std::string> progressions;  // global ids
  std::vector<std::string> regressions;   // global ids
};

// Within one facet any selected code matches; across facets all must match. An empty facet does
// not filter.
struct CatalogQuery {
  std::string text;  // words typed so far; each word matches as a prefix, accents and case ignored
  std::vector<std::string> regions;
  std::vector<std::string> equipment;
  std::vector<std::string> positions;
  std::vector<std::string> goals;
  std::vector<std::string> plugins;  // plugin ids
  std::optional<sdk::Difficulty> difficulty;
  // "Suitable for this patient": hides exercises with an Avoid rule for any of these condition
  // codes (Caution ones stay; core::suitability() tells which to mark).
  std::vector<std::string> suitable_for;
};

// What "Suitable for this patient" took out of a search's results: how many matched everything
// else, and for each of the patient's conditions how many of those it made Avoid (an exercise can
// be Avoid for two, so the counts may add up to more than `count`).
struct HiddenAsAvoid {
  std::size_t count = 0;
  std::vector<std::pair<std::string, std::size_t>> by_condition;  // condition code, exercises; in suitable_for order
};

class Catalog {
 public:
  Catalog();
  explicit Catalog(std::vector<CatalogEntry> entries);
  ~Catalog();
  Catalog(Catalog&&) noexcept;
  Catalog& operator=(Catalog&&) noexcept;

  // The exercises of every loaded plugin, in the host's plugin order.
  static Catalog fromPlugins(const std::vector<PluginRecord>& plugins);

  // Matches in a stable order: with text, best match first (a word in the name beats one in the
  // tags, the purpose or the steps; a whole word beats a prefix); ties and the no-text case by
  // name, then global id.
  // `hidden`, when given, is told what query.suitable_for left out.
  std::vector<const CatalogEntry*> search(const CatalogQuery& query, HiddenAsAvoid* hidden = nullptr) const;

  const CatalogEntry* find(std::string_view global_id) const;
  const std::vector<CatalogEntry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  class Index;
  std::vector<CatalogEntry> entries_;
  std::unique_ptr<Index> index_;
};

// "plugin/id" for a link written as "id" inside plugin_id, or the link itself when already global.
std::string globalExerciseId(std::string_view plugin_id, std::string_view link);

}  // namespace motus::core
