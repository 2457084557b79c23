#include "library_panel.hpp"
#include "actions.hpp"
#include "wx_image.hpp"
#include "wx_text.hpp"

#include <motus/core/dosage_text.hpp>
#include <motus/core/raster.hpp>
#include <motus/core/screening.hpp>
#include <motus/core/vocabulary_text.hpp>

#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <set>
#include <span>
#include <utility>

namespace motus::gui {

// A virtual list: the catalog answers a search with pointers, and the list asks only for the rows
// it shows, so 10,000 results redraw as fast as 10.
class LibraryPanel::ResultList final : public wxListCtrl {
 public:
  ResultList(wxWindow* parent, const std::vector<const core::CatalogEntry*>& results,
             const std::vector<std::string>& conditions, const std::set<std::string>& in_program,
             const Preferences& preferences)
      : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL,
                   wxDefaultValidator, wx("library-results")),
        results_(results),
        conditions_(conditions),
        in_program_(in_program),
        preferences_(preferences) {
    AppendColumn(wx("Exercise"), wxLIST_FORMAT_LEFT, 230);
    AppendColumn(wx("Region"), wxLIST_FORMAT_LEFT, 120);
    AppendColumn(wx("Fit"), wxLIST_FORMAT_LEFT, GetTextExtent(wx("Caution")).GetWidth() + FromDIP(16));
    // The columns fill the list's width, "Fit" always whole: in a narrow pane the region gives way first.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
      event.Skip();
      const int rest = std::max(FromDIP(120), GetClientSize().GetWidth() - GetColumnWidth(2));
      if (GetColumnWidth(0) != rest * 62 / 100) SetColumnWidth(0, rest * 62 / 100);
      if (GetColumnWidth(1) != rest - rest * 62 / 100) SetColumnWidth(1, rest - rest * 62 / 100);
    });
    caution_.SetBackgroundColour(wxColour(255, 240, 200));
    avoid_.SetBackgroundColour(wxColour(255, 215, 215));
  }

 private:
  wxString OnGetItemText(long row, long column) const override {
    const core::CatalogEntry& entry = *results_[static_cast<std::size_t>(row)];
    switch (column) {
      case 0:  // marked when the program has it already, so it is not added twice by mistake
        return wx(std::string(in_program_.count(entry.global_id) != 0 ? "\u2713 " : "") +
                  (preferences_.isFavourite(entry.global_id) ? "\u2605 " : "") + entry.spec.name);
      case 1:
        return wx(core::labelsOf(sdk::kBodyRegions, entry.spec.body_regions));
      default: {
        switch (core::suitability(entry.spec, conditions_)) {
          case core::Suitability::avoid:
            return wx("Avoid");
          case core::Suitability::caution:
            return wx("Caution");
          case core::Suitability::suitable:
            return {};
        }
      }
    }
    return {};
  }
  wxItemAttr* OnGetItemAttr(long row) const override {
    switch (core::suitability(results_[static_cast<std::size_t>(row)]->spec, conditions_)) {
      case core::Suitability::avoid:
        return &avoid_;
      case core::Suitability::caution:
        return &caution_;
      case core::Suitability::suitable:
        return nullptr;
    }
    return nullptr;
  }

  const std::vector<const core::CatalogEntry*>& results_;
  const std::vector<std::string>& conditions_;
  const std::set<std::string>& in_program_;
  const Preferences& preferences_;
  mutable wxItemAttr caution_;
  mutable wxItemAttr avoid_;
};

namespace {

wxChoice* facetChoice(wxWindow* parent, const char* name, const char* all, std::span<const sdk::Term> terms) {
  auto* choice =
      new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, wx(name));
  choice->Append(wx(all));
  for (const sdk::Term& term : terms) choice->Append(wx(std::string(term.label)));
  choice->SetSelection(0);
  return choice;
}

// The code chosen in a facet, or nothing for "all".
std::vector<std::string> chosen(const wxChoice* choice, std::span<const sdk::Term> terms) {
  const int index = choice->GetSelection();
  if (index <= 0) return {};
  return {std::string(terms[static_cast<std::size_t>(index - 1)].code)};
}

wxBitmap pictureBitmap(const std::string& svg, int width, int height) {
  const core::RgbImage image = core::rasterizeSvg(svg, width, height);
  if (!image.rgb.empty()) return {toWxImage(image)};
  wxImage blank(width, height);  // no picture: a quiet grey box keeps the layout still
  blank.SetRGB(wxRect(0, 0, width, height), 245, 245, 245);
  return {blank};
}

std::string bullets(const std::vector<std::string>& lines, bool numbered) {
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i)
    text += (numbered ? "  " + std::to_string(i + 1) + ". " : std::string("  - ")) + lines[i] + "\n";
  return text;
}

// At most; narrower when the pane is, so both pictures always show whole.
constexpr int kPictureWidth = 196;
constexpr int kPictureHeight = 140;
constexpr int kPictureGap = 6;

}  // namespace

LibraryPanel::LibraryPanel(wxWindow* parent, AppContext& context, Preferences& preferences)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, wx("library")),
      context_(context),
      preferences_(preferences) {
  search_ = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             wx("library-search"));
  search_->SetDescriptiveText(wx("Search exercises"));
  search_->ShowCancelButton(true);
  region_ = facetChoice(this, "facet-region", "All regions", sdk::kBodyRegions);
  equipment_ = facetChoice(this, "facet-equipment", "Any equipment", sdk::kEquipment);
  position_ = facetChoice(this, "facet-position", "Any position", sdk::kPositions);
  goal_ = facetChoice(this, "facet-goal", "Any goal", sdk::kGoals);
  difficulty_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                             wx("facet-difficulty"));
  for (const char* level : {"Any level", "Beginner", "Intermediate", "Advanced"}) difficulty_->Append(wx(level));
  difficulty_->SetSelection(0);
  shortlist_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                            wx("facet-shortlist"));
  for (const char* list : {"All exercises", "\u2605 Favourites", "Recently used"}) shortlist_->Append(wx(list));
  shortlist_->SetSelection(0);
  suitable_ = new wxCheckBox(this, wxID_ANY, wx("S&uitable for this patient"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, wx("suitable-only"));
  hidden_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wx("hidden-as-avoid"));
  hidden_->SetForegroundColour(wxColour(150, 0, 0));
  list_ = new ResultList(this, results_, conditions_, in_program_, preferences_);
  list_->SetAcceleratorTable(libraryListKeys());
  details_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 150),
                            wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2, wxDefaultValidator, wx("exercise-details"));
  start_ = new wxStaticBitmap(this, wxID_ANY, pictureBitmap({}, kPictureWidth, kPictureHeight), wxDefaultPosition,
                              wxDefaultSize, 0, wx("picture-start"));
  finish_ = new wxStaticBitmap(this, wxID_ANY, pictureBitmap({}, kPictureWidth, kPictureHeight), wxDefaultPosition,
                               wxDefaultSize, 0, wx("picture-finish"));
  auto* add = makeActionButton(this, "add-exercise");
  auto* favourite = makeActionButton(this, "favourite-exercise");

  facets_ = new wxGridSizer(3, wxSize(4, 4));
  auto* facets = facets_;
  for (wxChoice* choice : {region_, equipment_, position_, goal_, difficulty_, shortlist_}) {
    choice->SetMinSize(wxSize(60, -1));  // share the width evenly, however long the labels
    facets->Add(choice, wxSizerFlags().Expand());
  }
  auto* pictures = new wxBoxSizer(wxHORIZONTAL);
  pictures->Add(start_, wxSizerFlags().Border(wxRIGHT, kPictureGap));
  pictures->Add(finish_);
  start_->SetToolTip(wx("Start"));
  finish_->SetToolTip(wx("Finish"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(search_, wxSizerFlags().Expand().Border(wxALL, 6));
  sizer->Add(facets, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 6));
  sizer->Add(suitable_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 6));
  sizer->Add(hidden_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 6));
  sizer->AddSpacer(6);
  sizer->Add(list_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT, 6));
  sizer->Add(pictures, wxSizerFlags().Center().Border(wxALL, 6));
  sizer->Add(details_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, 6));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(favourite, wxSizerFlags().Border(wxRIGHT, 6));
  buttons->AddStretchSpacer();
  buttons->Add(add);
  sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 6));
  SetSizer(sizer);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    // Two filters a row in a narrow pane, so each still says what it is set to.
    const int columns = event.GetSize().GetWidth() < FromDIP(420) ? 2 : 3;
    if (facets_->GetCols() != columns) {
      facets_->SetCols(columns);
      CallAfter([this] { Layout(); });
    }
    const int room = (event.GetSize().GetWidth() - 2 * 6 - kPictureGap) / 2;
    if (std::clamp(room, 60, kPictureWidth) != picture_width_) CallAfter([this] { drawPictures(details_for_); });
  });

  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search(); });
  search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
  // Enter adds the top hit (the one selected as the words are typed): type, Enter, done.
  // After Enter the words are shown selected, and the next exercise's words replace them: type,
  // Enter, type, Enter. Kept as a flag too, since GTK drops the selection when a dialog (F2, Ctrl+O)
  // takes the focus and gives it back.
  search_->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) {
    addSelected();
    search_->SelectAll();
    replace_words_ = true;
  });
  search_->Bind(wxEVT_CHAR, [this](wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const bool typing = event.GetUnicodeKey() >= 32 && (event.GetModifiers() & ~wxMOD_SHIFT) == 0;
    const bool erasing = key == WXK_BACK || key == WXK_DELETE;
    const bool moving = key == WXK_LEFT || key == WXK_RIGHT || key == WXK_HOME || key == WXK_END;
    if (replace_words_ && (typing || erasing)) {
      replace_words_ = false;
      search_->ChangeValue(wxString());
      if (erasing) {
        search();
        return;
      }
    } else if (moving) {
      replace_words_ = false;  // editing the words, not replacing them
    }
    event.Skip();  // other keys (F2, Ctrl+O) leave the words to be replaced after their dialog
  });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    CallAfter([this] { showHidden(); });  // the note wraps to the pane's new width
  });
  search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
    // Down alone goes to the results; Alt+Down is the program's (move the chosen exercise down).
    if (event.GetKeyCode() == WXK_DOWN && !event.HasAnyModifiers() && list_->GetItemCount() > 0) {
      list_->SetFocus();
      list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                          wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    } else {
      event.Skip();
    }
  });
  for (wxChoice* choice : {region_, equipment_, position_, goal_, difficulty_, shortlist_})
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { search(); });
  suitable_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { search(); });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showDetails(); });
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { addSelected(); });  // double-click or Enter
  // Drag a result onto the program's list to add it there. By id: plugins arriving meanwhile
  // rebuild the catalog, and the entry is looked up again when it is let go.
  list_->Bind(wxEVT_LIST_BEGIN_DRAG, [this](wxListEvent& event) {
    if (event.GetIndex() < 0 || static_cast<std::size_t>(event.GetIndex()) >= results_.size()) return;
    dragging_ = results_[static_cast<std::size_t>(event.GetIndex())]->global_id;
    list_->CaptureMouse();
    list_->SetCursor(wxCursor(wxCURSOR_HAND));
  });
  list_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
    event.Skip();
    if (dragging_.empty()) return;
    if (list_->HasCapture()) list_->ReleaseMouse();
    list_->SetCursor(wxNullCursor);
    const std::string id = std::exchange(dragging_, std::string());
    const wxPoint at = wxGetMousePosition();
    if (list_->GetScreenRect().Contains(at)) return;  // let go where it started: nothing to do
    if (const core::CatalogEntry* entry = context_.catalog.find(id); entry != nullptr && on_drop) on_drop(*entry, at);
  });
  list_->Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) {
    dragging_.clear();
    list_->SetCursor(wxNullCursor);
  });
  search();
}

void LibraryPanel::setPatientConditions(std::vector<std::string> codes) {
  conditions_ = std::move(codes);
  details_for_ = nullptr;  // the screening marks in the details depend on the patient
  search();
}

void LibraryPanel::setProgramExercises(const std::vector<std::string>& global_ids) {
  std::set<std::string> ids(global_ids.begin(), global_ids.end());
  if (ids == in_program_) return;
  in_program_ = std::move(ids);
  list_->Refresh();
  details_for_ = nullptr;  // the details say it too
  showDetails();
}

void LibraryPanel::search() {
  core::CatalogQuery query;
  query.text = utf8(search_->GetValue());
  query.regions = chosen(region_, sdk::kBodyRegions);
  query.equipment = chosen(equipment_, sdk::kEquipment);
  query.positions = chosen(position_, sdk::kPositions);
  query.goals = chosen(goal_, sdk::kGoals);
  if (const int level = difficulty_->GetSelection(); level > 0)
    query.difficulty = static_cast<sdk::Difficulty>(level - 1);  // the order of sdk::Difficulty
  if (suitable_->GetValue()) query.suitable_for = conditions_;
  results_ = context_.catalog.search(query, &hidden_count_);
  keepShortlist();
  list_->SetItemCount(static_cast<long>(results_.size()));
  list_->Refresh();
  if (!results_.empty()) {
    list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  }
  showHidden();
  showDetails();
}

// "Favourites" keeps the matches the therapist marked, in the search's order; "Recently used" the
// ones added lately, newest first. The search and the filters still apply to both.
void LibraryPanel::keepShortlist() {
  const int list = shortlist_->GetSelection();
  if (list == 1) {
    std::erase_if(results_,
                  [this](const core::CatalogEntry* entry) { return !preferences_.isFavourite(entry->global_id); });
  } else if (list == 2) {
    std::vector<const core::CatalogEntry*> recent;
    for (const std::string& id : preferences_.recent) {
      const auto found = std::find_if(results_.begin(), results_.end(),
                                      [&](const core::CatalogEntry* entry) { return entry->global_id == id; });
      if (found != results_.end()) recent.push_back(*found);
    }
    results_ = std::move(recent);
  }
}

void LibraryPanel::toggleFavourite() {
  const core::CatalogEntry* entry = selected();
  if (entry == nullptr) return;
  const std::string id = entry->global_id;
  preferences_.toggleFavourite(id);
  preferences_.save();     // at once: a favourite is never lost to a crash
  details_for_ = nullptr;  // the details say so
  catalogChanged(id);
}

void LibraryPanel::noteUsed(const std::string& id) {
  preferences_.usedExercise(id);
  preferences_.save();
  if (shortlist_->GetSelection() == 2) catalogChanged(selectedId());
}

std::string LibraryPanel::hiddenSummary() const {
  std::string why;
  for (const auto& [condition, count] : hidden_count_.by_condition)
    why += (why.empty() ? "" : "; ") + std::string(sdk::labelOf(sdk::kConditions, condition)) + ": " +
           std::to_string(count);
  const std::size_t count = hidden_count_.count;
  return std::to_string(count) + (count == 1 ? " exercise is" : " exercises are") +
         " hidden as Avoid for this patient (" + why + "). Untick \u201CSuitable for this patient\u201D to see " +
         (count == 1 ? "it" : "them") + " and why.";
}

// Said under the box, so a short list is never mistaken for the whole library.
void LibraryPanel::showHidden() {
  const std::string text = hidden_count_.count == 0 ? std::string() : hiddenSummary();
  const int width = GetClientSize().x - FromDIP(12);
  if (text == hidden_text_ && width == wrapped_for_) return;  // typing mostly changes neither
  hidden_text_ = text;
  wrapped_for_ = width;
  hidden_->SetLabel(wx(text));
  if (width > 50 && !text.empty()) hidden_->Wrap(width);
  hidden_->Show(!text.empty());
  Layout();
}

std::string LibraryPanel::selectedId() const {
  const core::CatalogEntry* entry = selected();
  return entry != nullptr ? entry->global_id : std::string();
}

void LibraryPanel::catalogChanged(const std::string& kept) {
  results_.clear();        // they pointed into the old catalog
  details_for_ = nullptr;  // and so did this; never compare with it again
  search();
  for (std::size_t row = 0; row < results_.size() && !kept.empty(); ++row) {
    if (results_[row]->global_id != kept) continue;
    list_->SetItemState(0, 0, wxLIST_STATE_SELECTED);
    list_->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    list_->EnsureVisible(static_cast<long>(row));
    showDetails();
    break;
  }
}

const core::CatalogEntry* LibraryPanel::selected() const {
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<std::size_t>(row) >= results_.size()) return nullptr;
  return results_[static_cast<std::size_t>(row)];
}

void LibraryPanel::showDetails() {
  const core::CatalogEntry* entry = selected();
  // Typing often keeps the same first result: its pictures are drawn already.
  if (entry != nullptr && entry == details_for_) return;
  details_for_ = entry;
  if (entry == nullptr) {
    std::string empty;
    if (results_.empty()) {
      empty = hidden_count_.count == 0 ? "No exercise matches. Clear the search or the filters."
                                       : "No suitable exercise matches. " + hiddenSummary();
    }
    details_->ChangeValue(wx(empty));
    drawPictures(nullptr);
    return;
  }
  const sdk::ExerciseSpec& spec = entry->spec;
  std::string text = spec.name + "  (" + entry->plugin_name + ")\n" +
                     (in_program_.count(entry->global_id) != 0 ? "\u2713 Already in this program.\n" : "") +
                     (preferences_.isFavourite(entry->global_id) ? "\u2605 One of your favourites (Ctrl+D).\n" : "") +
                     spec.purpose + "\n\nHow much: " + core::dosageLine(spec.default_dosage) + "\n\nSteps:\n" +
                     bullets(spec.steps, true);
  if (!spec.cues.empty()) text += "Tips:\n" + bullets(spec.cues, false);
  if (!spec.precautions.empty()) text += "Take care:\n" + bullets(spec.precautions, false);
  if (!spec.safety.empty()) {
    text += "Screening:\n";
    for (const sdk::SafetyRule& rule : spec.safety) {
      const bool applies = std::find(conditions_.begin(), conditions_.end(), rule.condition) != conditions_.end();
      text += std::string(applies ? "  >> " : "  - ") + (rule.severity == sdk::Severity::avoid ? "Avoid" : "Caution") +
              ", " + std::string(sdk::labelOf(sdk::kConditions, rule.condition)) + ": " + rule.reason + "\n";
    }
  }
  details_->ChangeValue(wx(text));
  details_->ShowPosition(0);
  drawPictures(entry);
}

void LibraryPanel::drawPictures(const core::CatalogEntry* entry) {
  const int room = (GetClientSize().GetWidth() - 2 * 6 - kPictureGap) / 2;  // the sizer's borders, the gap
  picture_width_ = std::clamp(room, 60, kPictureWidth);
  const int height = picture_width_ * kPictureHeight / kPictureWidth;
  start_->SetBitmap(pictureBitmap(entry ? entry->spec.illustrations.start_svg : std::string(), picture_width_, height));
  finish_->SetBitmap(
      pictureBitmap(entry ? entry->spec.illustrations.finish_svg : std::string(), picture_width_, height));
  Layout();
}

void LibraryPanel::focusSearch() { search_->SetFocus(); }

void LibraryPanel::addSelected() const {
  if (const core::CatalogEntry* entry = selected(); entry != nullptr && on_add) on_add(*entry);
}

}  // namespace motus::gui
