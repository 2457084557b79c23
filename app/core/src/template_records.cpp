// Templates: a clinic's protocols, copied into drafts.
#include <motus/core/records.hpp>
#include <motus/core/text_folding.hpp>

#include "records_input.hpp"
#include "records_logging.hpp"

namespace motus::core {

db::Id Records::saveTemplate(const std::string& name, db::Id from_program) {
  const std::string checked = input::requiredName("template name", name);
  const db::Program program = store_.program(from_program);
  if (program.items.empty()) {
    throw detail::refusedInput(
        "template from an empty program",
        "Program " + std::to_string(from_program) + " has no exercises yet: add some before saving it as a template.");
  }
  std::vector<db::TemplateItem> items;
  items.reserve(program.items.size());
  for (const db::ProgramItem& item : program.items) items.push_back({item.exercise, item.dosage, item.note});
  return store_.saveTemplate(checked, items);
}

// Through editDraft, not db::Store::assignTemplate, so adding a template is one step Undo takes back.
void Records::assignTemplate(db::Id template_id, db::Id draft) {
  editDraft(draft, "template " + std::to_string(template_id) + " assigned", [&](db::Program& program) {
    const std::optional<db::Template> found = store_.templateWithId(template_id);
    if (!found) throw db::RecordNotFound("Template " + std::to_string(template_id) + " does not exist.");
    for (const db::TemplateItem& item : found->items)
      program.items.push_back({item.exercise, item.dosage, item.note, {}, {}});
    return "adding the template " + found->name;
  });
}

void Records::renameTemplate(db::Id template_id, const std::string& name) {
  store_.renameTemplate(template_id, input::requiredName("template name", name));
}

void Records::deleteTemplate(db::Id template_id) { store_.deleteTemplate(template_id); }

db::Template Records::templateNamed(const std::string& name) const {
  std::optional<db::Template> found = store_.findTemplate(input::trimmed(name));
  if (!found) {
    throw db::RecordNotFound("No template is named '" + displayable(name) +
                             "'. Run 'motus-cli templates list' for their names.");
  }
  return *found;
}

}  // namespace motus::core
