#pragma once
// The exercise library: search as you type, facet filters, "suitable for this patient", and the
// chosen exercise's details with its pictures. Enter (in the search box or the list), double-click or the
// add-exercise action adds it.

#include "app_context.hpp"
#include "preferences.hpp"

#include <wx/panel.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

class wxSearchCtrl;
class wxChoice;
class wxCheckBox;
class wxListCtrl;
class wxTextCtrl;
class wxStaticBitmap;
class wxStaticText;
class wxGridSizer;

namespace motus::gui {

class LibraryPanel final : public wxPanel {
 public:
  // Favourites and recently added exercises are kept in `preferences` (and saved there at once).
  LibraryPanel(wxWindow* parent, AppContext& context, Preferences& preferences);

  void setPatientConditions(std::vector<std::string> codes);
  // The exercises of the program shown, marked in the results ("\u2713 Wall angel").
  void setProgramExercises(const std::vector<std::string>& global_ids);
  const core::CatalogEntry* selected() const;
  std::size_t resultCount() const { return results_.size(); }
  const std::vector<const core::CatalogEntry*>& results() const { return results_; }
  void search();  // runs the query now (typing calls it)
  void focusSearch();
  // The global id of the selected exercise, or empty.
  std::string selectedId() const;
  // The catalog was rebuilt (plugins arrived): search again, keeping `selected` (taken with
  // selectedId() before the rebuild, while the old entries still existed) selected.
  void catalogChanged(const std::string& selected);
  // Marks the selected exercise as a favourite (★ in the results), or unmarks it.
  void toggleFavourite();
  // `id` was added to a program: first among "Recently used".
  void noteUsed(const std::string& id);

  std::function<void(const core::CatalogEntry&)> on_add;
  // An exercise dragged out of the results and let go at this point of the screen.
  std::function<void(const core::CatalogEntry&, wxPoint)> on_drop;

 private:
  class ResultList;
  void showDetails();
  // The start and finish pictures of `entry` (blank boxes for none), side by side in the pane's width.
  void drawPictures(const core::CatalogEntry* entry);
  void showHidden();
  void keepShortlist();               // narrows results_ to the favourites or the recent ones, when chosen
  std::string hiddenSummary() const;  // "6 exercises are hidden as Avoid for this patient (...)..."

  void addSelected() const;

  AppContext& context_;
  Preferences& preferences_;
  wxSearchCtrl* search_ = nullptr;
  wxChoice* shortlist_ = nullptr;  // all exercises, the favourites, or the recently used ones
  wxChoice* region_ = nullptr;
  wxChoice* equipment_ = nullptr;
  wxChoice* position_ = nullptr;
  wxChoice* goal_ = nullptr;
  bool replace_words_ = false;      // the next letter typed starts new words (set by Enter)
  wxChoice* difficulty_ = nullptr;  // "Any level", then sdk::Difficulty in order
  wxCheckBox* suitable_ = nullptr;
  wxStaticText* hidden_ = nullptr;  // what "Suitable for this patient" hides, and why
  ResultList* list_ = nullptr;
  wxTextCtrl* details_ = nullptr;
  wxStaticBitmap* start_ = nullptr;
  wxStaticBitmap* finish_ = nullptr;
  std::vector<const core::CatalogEntry*> results_;
  std::vector<std::string> conditions_;
  std::set<std::string> in_program_;  // global ids
  core::HiddenAsAvoid hidden_count_;
  std::string hidden_text_;
  int wrapped_for_ = -1;                             // the width hidden_text_ was wrapped to
  const core::CatalogEntry* details_for_ = nullptr;  // the exercise the details and pictures show
  wxGridSizer* facets_ = nullptr;                    // the filters, three or two a row
  std::string dragging_;                             // the global id of the exercise being dragged out; empty when none
  int picture_width_ = 0;                            // as drawn; they are drawn again when it changes
};

}  // namespace motus::gui
