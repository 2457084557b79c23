// Templates: named lists of exercises with dosage, copied (never linked) into a patient's draft.
#include "store_impl.hpp"

#include <motus/db/errors.hpp>
#include <motus/db/record_json.hpp>

namespace motus::db {
namespace {

std::vector<TemplateItem> loadItems(Store::Impl& impl, Id template_id) {
  struct Row {
    std::string sha256;
    std::string dosage;
    std::string note;
  };
  std::vector<Row> rows;
  {
    Prepared select = impl.statement(
        "SELECT snapshot_sha256, dosage_json, note FROM template_item WHERE template_id = ? ORDER BY position");
    select.bind(1, template_id);
    while (select.executeStep()) {
      rows.push_back(
          {select.getColumn(0).getString(), select.getColumn(1).getString(), select.getColumn(2).getString()});
    }
  }
  std::vector<TemplateItem> items;
  items.reserve(rows.size());
  for (Row& row : rows)
    items.push_back({impl.getSnapshot(row.sha256), dosageFromJson(row.dosage), std::move(row.note)});
  return items;
}

}  // namespace

void Store::Impl::insertTemplateItems(Id template_id, const std::vector<TemplateItem>& items) {
  int position = 1;
  for (const TemplateItem& item : items) {
    Prepared insert = statement(
        "INSERT INTO template_item (template_id, position, exercise_id, plugin_id, plugin_version, snapshot_sha256, "
        "dosage_json, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, template_id);
    insert.bind(2, position++);
    bindPrescription(insert, item.exercise, item.dosage, item.note);
    insert.exec();
  }
}

Id Store::saveTemplate(const std::string& name, const std::vector<TemplateItem>& items) {
  if (name.find_first_not_of(' ') == std::string::npos) throw InvalidRecord("A template needs a name.");
  return inWriteTransaction(*impl_, "saving a template", [&] {
    const std::string now = utcNow();
    Prepared upsert = impl_->statement(
        "INSERT INTO template (name, created_at, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at RETURNING id");
    upsert.bind(1, name);
    upsert.bind(2, now);
    upsert.bind(3, now);
    upsert.executeStep();
    const Id id = upsert.getColumn(0).getInt64();
    upsert.reset();
    Prepared clear = impl_->statement("DELETE FROM template_item WHERE template_id = ?");
    clear.bind(1, id);
    clear.exec();
    impl_->insertTemplateItems(id, items);
    impl_->audit("update", "template", std::to_string(id),
                 "template '" + name + "' saved with " + std::to_string(items.size()) + " item(s)");
    return id;
  });
}

std::vector<Template> Store::templates() const {
  return detail::translated("listing templates", [&] {
    std::vector<Template> list;
    {
      Prepared select = impl_->statement("SELECT id, name FROM template ORDER BY name");
      while (select.executeStep())
        list.push_back({select.getColumn(0).getInt64(), select.getColumn(1).getString(), {}});
    }
    for (Template& entry : list) entry.items = loadItems(*impl_, entry.id);
    return list;
  });
}

std::optional<Template> Store::templateWithId(Id template_id) const {
  return detail::translated("reading a template", [&]() -> std::optional<Template> {
    Template found;
    {
      Prepared select = impl_->statement("SELECT id, name FROM template WHERE id = ?");
      select.bind(1, template_id);
      if (!select.executeStep()) return std::nullopt;
      found.id = select.getColumn(0).getInt64();
      found.name = select.getColumn(1).getString();
    }
    found.items = loadItems(*impl_, found.id);
    return found;
  });
}

std::optional<Template> Store::findTemplate(const std::string& name) const {
  return detail::translated("reading a template", [&]() -> std::optional<Template> {
    Template found;
    {
      Prepared select = impl_->statement("SELECT id, name FROM template WHERE name = ?");
      select.bind(1, name);
      if (!select.executeStep()) return std::nullopt;
      found.id = select.getColumn(0).getInt64();
      found.name = select.getColumn(1).getString();
    }
    found.items = loadItems(*impl_, found.id);
    return found;
  });
}

void Store::assignTemplate(Id template_id, Id draft_program) {
  inWriteTransaction(*impl_, "assigning a template", [&] {
    impl_->requireDraft(draft_program, "adding a template");
    const std::vector<TemplateItem> items = loadItems(*impl_, template_id);
    {
      Prepared exists = impl_->statement("SELECT 1 FROM template WHERE id = ?");
      exists.bind(1, template_id);
      if (!exists.executeStep()) throw RecordNotFound("Template " + std::to_string(template_id) + " does not exist.");
    }
    int next = 0;
    {
      Prepared last = impl_->statement("SELECT coalesce(max(position), 0) FROM program_item WHERE program_id = ?");
      last.bind(1, draft_program);
      last.executeStep();
      next = last.getColumn(0).getInt() + 1;
    }
    std::vector<ProgramItem> copies;
    copies.reserve(items.size());
    for (const TemplateItem& item : items) copies.push_back({item.exercise, item.dosage, item.note, {}, {}});
    impl_->insertItems(draft_program, next, copies);
    impl_->audit("update", "program", std::to_string(draft_program),
                 "template " + std::to_string(template_id) + " assigned: " + std::to_string(items.size()) + " item(s)");
  });
}

void Store::renameTemplate(Id template_id, const std::string& name) {
  if (name.find_first_not_of(' ') == std::string::npos) throw InvalidRecord("A template needs a name.");
  inWriteTransaction(*impl_, "renaming a template", [&] {
    {
      Prepared taken = impl_->statement("SELECT 1 FROM template WHERE name = ? AND id <> ?");
      taken.bind(1, name);
      taken.bind(2, template_id);
      if (taken.executeStep()) throw InvalidRecord("Another template is already named '" + name + "'.");
    }
    Prepared rename = impl_->statement("UPDATE template SET name = ?, updated_at = ? WHERE id = ?");
    rename.bind(1, name);
    rename.bind(2, utcNow());
    rename.bind(3, template_id);
    if (rename.exec() == 0) throw RecordNotFound("Template " + std::to_string(template_id) + " does not exist.");
    impl_->audit("update", "template", std::to_string(template_id), "template renamed to '" + name + "'");
  });
}

void Store::deleteTemplate(Id template_id) {
  inWriteTransaction(*impl_, "deleting a template", [&] {
    Prepared items = impl_->statement("DELETE FROM template_item WHERE template_id = ?");
    items.bind(1, template_id);
    items.exec();
    Prepared remove = impl_->statement("DELETE FROM template WHERE id = ?");
    remove.bind(1, template_id);
    if (remove.exec() == 0) throw RecordNotFound("Template " + std::to_string(template_id) + " does not exist.");
    impl_->audit("delete", "template", std::to_string(template_id), "template deleted");
  });
}

}  // namespace motus::db
