#include "actions.hpp"
#include "archive_transfer.hpp"
#include "handout_panel.hpp"
#include "library_panel.hpp"
#include "main_frame.hpp"
#include "patient_form_panel.hpp"
#include "patient_list_panel.hpp"
#include "program_panel.hpp"
#include "wx_text.hpp"

#include <wx/aboutdlg.h>
#include <wx/button.h>
#include <wx/menu.h>

#include <array>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace motus::gui {
namespace {

bool always(MainFrame&) { return true; }
bool hasPatient(MainFrame& frame) { return frame.program().hasPatient(); }
bool canHandOut(MainFrame& frame) { return frame.handout().canHandOut(); }
bool draftRowChosen(MainFrame& frame) { return frame.program().isDraft() && frame.program().selectedRow() >= 0; }

void showAbout(MainFrame& frame) {
  wxAboutDialogInfo about;
  about.SetName(wx("Motus"));
  about.SetDescription(wx("Home-exercise programs for physical therapists."));
  wxAboutBox(about, &frame);
}

// The labels and shortcuts are those the window always had; button labels keep their own
// mnemonics, chosen not to clash within their panel.
const std::array kActions{
    // File
    Action{"new-patient",
           "&New patient",
           "Ctrl+N",
           "Start the record of a new patient.",
           always,
           [](MainFrame& f) { f.newPatient(); },
           {},
           {},
           wxID_NEW},
    Action{"save-record",
           "&Save record",
           "Ctrl+S",
           "Save the patient's record.",
           always,
           [](MainFrame& f) { f.record().save(); },
           {},
           {},
           wxID_SAVE},
    Action{"export-pdf", "Export handout as &PDF...", "Ctrl+E", "Save the issued program's handout as a PDF.",
           canHandOut, [](MainFrame& f) { f.handout().exportPdfAsk(); }, "Export &PDF..."},
    Action{"export-html", "Export handout as &HTML...", "Ctrl+Shift+E",
           "Save the issued program's handout as a web page.", canHandOut,
           [](MainFrame& f) { f.handout().exportHtmlAsk(); }, "Export &HTML..."},
    Action{"print",
           "&Print handout...",
           "Ctrl+P",
           "Print the issued program's handout.",
           canHandOut,
           [](MainFrame& f) { f.handout().print(); },
           "P&rint...",
           {},
           wxID_PRINT},
    // Motus archives (archive_transfer.hpp): menu items only.
    Action{"import-archive",
           "&Import...",
           {},
           "Bring patients, programs and templates in from a Motus archive (.motus.json).",
           [](MainFrame& f) { return f.archive().canImport(); },
           [](MainFrame& f) { f.archive().importAsk(); }},
    Action{"export-patient",
           "Export p&atient...",
           {},
           "Save the patient shown, with their programs, as a Motus archive for another Motus.",
           [](MainFrame& f) { return f.record().patient().has_value() && !f.archive().busy(); },
           [](MainFrame& f) {
             // The archive holds the record as saved: changes still in the form are saved first, or left out.
             if (f.confirmLeavingPatient() && f.record().patient()) f.archive().exportPatientAsk(*f.record().patient());
           }},
    Action{"export-clinic",
           "Export &clinic...",
           {},
           "Save the whole clinic (every patient, program and template) as a Motus archive.",
           [](MainFrame& f) { return !f.archive().busy(); },
           [](MainFrame& f) { f.archive().exportClinicAsk(); }},
    Action{"export-templates",
           "Export te&mplates...",
           {},
           "Save the clinic's templates (no patient data) as a Motus archive to share.",
           [](MainFrame& f) { return !f.archive().busy(); },
           [](MainFrame& f) { f.archive().exportTemplatesAsk(); }},
    Action{"settings",
           "Se&ttings...",
           "Ctrl+,",
           "The clinic, the clinician and the handout's defaults.",
           always,
           [](MainFrame& f) { f.openSettings(false); },
           {},
           {},
           wxID_PREFERENCES},
    Action{"quit", "&Quit", "Ctrl+Q", "Close Motus.", always, [](MainFrame& f) { f.Close(); }, {}, {}, wxID_EXIT},
    // Patient
    Action{"find-patient", "&Find patient", "Ctrl+F", "Search the patients by name or chart number.", always,
           [](MainFrame& f) { f.patients().focusSearch(); }},
    Action{"archive-patient",
           "&Archive or bring back",
           {},
           "Hide the patient from the list, or bring them back.",
           [](MainFrame& f) { return f.record().patient().has_value(); },
           [](MainFrame& f) { f.record().toggleArchived(); },
           "Archive"},
    Action{"show-record", "&Record", "Ctrl+1", "The patient's record.", always,
           [](MainFrame& f) { f.showPage(Page::record); }},
    Action{"show-program", "&Program", "Ctrl+2", "The program builder.", always,
           [](MainFrame& f) { f.showPage(Page::program); }},
    Action{"show-handout", "&Handout", "Ctrl+3", "The handout of the program shown.", always,
           [](MainFrame& f) { f.showPage(Page::handout); }},
    // Program
    Action{"new-program", "&New program", "Ctrl+Shift+N", "Start a new draft program for this patient.", hasPatient,
           [](MainFrame& f) { f.program().newProgram(); }, "New"},
    Action{"find-exercise", "&Find exercise", "Ctrl+L", "Search the exercise library.", always,
           [](MainFrame& f) {
             f.showPage(Page::program);
             f.library().focusSearch();
           }},
    Action{"focus-program-items", "Go to the program's e&xercises", "Ctrl+T",
           "Put the keyboard in the program's exercise list (then F2, Alt+Up/Down, Ctrl+O).", always,
           [](MainFrame& f) {
             f.showPage(Page::program);
             f.program().focusItems();
           }},
    Action{"add-exercise",
           "&Add selected exercise",
           "Ctrl+Enter",
           "Add the exercise chosen in the library.",
           [](MainFrame& f) { return f.library().selected() != nullptr; },
           [](MainFrame& f) { f.program().addExercise(*f.library().selected()); },
           "&Add to program",
           {},
           wxID_ADD},
    Action{"favourite-exercise", "Mark as &favourite", "Ctrl+D",
           "Mark the exercise chosen in the library as one of your favourites, or unmark it (Favourites lists them).",
           [](MainFrame& f) { return f.library().selected() != nullptr; },
           [](MainFrame& f) { f.library().toggleFavourite(); }, "\u2605 Fa&vourite"},
    // Undo and redo of the draft's changes (core::Records::undo): a removed exercise returns with its
    // dosage and override reason. Only on the Program tab, so the keys never change a draft out of sight;
    // there the library's search box has no undo of its own (GTK's entries), so Ctrl+Z in it takes
    // back the draft's latest change, in view, and the status bar names it.
    Action{"undo", "&Undo", "Ctrl+Z", "Take back the latest change to the draft.",
           [](MainFrame& f) { return f.page() == Page::program && !f.program().undoLabel().empty(); },
           [](MainFrame& f) { f.program().undo(); }},
    Action{"redo", "&Redo", "Ctrl+Shift+Z", "Make again the change just taken back.",
           [](MainFrame& f) { return f.page() == Page::program && !f.program().redoLabel().empty(); },
           [](MainFrame& f) { f.program().redo(); }},
    Action{"edit-item",
           "&Edit dosage...",
           "F2",
           "How much, how often, and a note for the chosen exercise.",
           draftRowChosen,
           [](MainFrame& f) { f.program().editSelected(); },
           {},
           "F2"},
    Action{"remove-item", "Re&move exercise", "Ctrl+Delete", "Take the chosen exercise out of the draft.",
           draftRowChosen, [](MainFrame& f) { f.program().removeSelected(); }, "Remo&ve", "Delete"},
    Action{"move-up", "Move &up", "Alt+Up", "Move the chosen exercise one place up.",
           [](MainFrame& f) { return f.program().isDraft() && f.program().selectedRow() > 0; },
           [](MainFrame& f) { f.program().moveSelected(-1); }, "Move u&p", "Alt+Up"},
    Action{"move-down", "Move &down", "Alt+Down", "Move the chosen exercise one place down.",
           [](MainFrame& f) {
             const long row = f.program().selectedRow();
             return f.program().isDraft() && row >= 0 && static_cast<std::size_t>(row) + 1 < f.program().itemCount();
           },
           [](MainFrame& f) { f.program().moveSelected(+1); }, "Move do&wn", "Alt+Down"},
    Action{"easier-item", "&Swap for an easier version", "Ctrl+[",
           "Put an easier version of the chosen exercise in its place, with the same dosage.",
           [](MainFrame& f) { return !f.program().otherVersions(false).empty(); },
           [](MainFrame& f) { f.program().swapSelected(false); }, "Easi&er"},
    Action{"harder-item", "Swap for a &harder version", "Ctrl+]",
           "Put a harder version of the chosen exercise in its place, with the same dosage.",
           [](MainFrame& f) { return !f.program().otherVersions(true).empty(); },
           [](MainFrame& f) { f.program().swapSelected(true); }, "&Harder"},
    Action{"override-item", "&Override Avoid...", "Ctrl+O", "Record why an Avoid finding is safe for this patient.",
           draftRowChosen, [](MainFrame& f) { f.program().overrideSelected(); }, "&Override..."},
    Action{"patient-advice",
           "Patient &advice on the handout...",
           {},
           "Choose which Caution advice for this patient the handout prints for the chosen exercise.",
           draftRowChosen,
           [](MainFrame& f) { f.program().chooseAdviceForSelected(); }},
    // Ctrl+I is also caught before any list sees it (MainFrame's key hook): the generic list
    // control takes it for Tab, its control character, and the menu never heard it.
    Action{"issue-program", "&Issue program", "Ctrl+I",
           "Issue the draft: it never changes after, and can be handed out.",
           [](MainFrame& f) { return f.program().isDraft(); }, [](MainFrame& f) { f.program().issue(); }},
    Action{"next-visit", "Next &visit", "Ctrl+Shift+V",
           "Start the next visit from the current program: a draft of its next version, or the one already "
           "started. The issued program stays as it was; each override is confirmed again.",
           [](MainFrame& f) { return f.program().hasIssuedProgram(); },
           [](MainFrame& f) {
             f.showPage(Page::program);
             f.program().nextVisit();
           },
           "Next visit"},
    Action{"delete-draft",
           "&Delete draft...",
           {},
           "Delete the draft shown, after asking. Issued programs are kept for good.",
           [](MainFrame& f) { return f.program().isDraft(); },
           [](MainFrame& f) { f.program().deleteDraft(); },
           "Delete draft..."},
    Action{"save-template",
           "Save as &template...",
           {},
           "Keep this program's exercises as a template.",
           [](MainFrame& f) { return f.program().program().has_value() && f.program().itemCount() > 0; },
           [](MainFrame& f) { f.program().saveAsTemplate(); },
           "Save as template..."},
    Action{"from-template",
           "Start from te&mplate...",
           {},
           "Add a template's exercises to the draft.",
           hasPatient,
           [](MainFrame& f) { f.program().startFromTemplate(); },
           "From template..."},
    // View, Help
    Action{"show-plugins",
           "&Plugins...",
           {},
           "Every plugin, whether it loaded, and why not.",
           always,
           [](MainFrame& f) { f.showPlugins(); },
           "Show &plugins"},
    Action{"about", "&About Motus", {}, "Which Motus this is.", always, showAbout, {}, {}, wxID_ABOUT},
};

struct MenuLayout {
  std::string_view title;
  std::vector<std::string_view> items;  // action names; "" for a separator
};

const std::vector<MenuLayout>& menuLayout() {
  static const std::vector<MenuLayout> menus{
      {"&File",
       {"new-patient", "save-record", "", "export-pdf", "export-html", "print", "", "import-archive", "export-patient",
        "export-clinic", "export-templates", "", "settings", "", "quit"}},
      {"&Patient", {"find-patient", "archive-patient", "show-record", "show-program", "show-handout"}},
      {"P&rogram",
       {"new-program",
        "find-exercise",
        "focus-program-items",
        "add-exercise",
        "favourite-exercise",
        "",
        "undo",
        "redo",
        "",
        "edit-item",
        "remove-item",
        "move-up",
        "move-down",
        "easier-item",
        "harder-item",
        "override-item",
        "patient-advice",
        "",
        "issue-program",
        "next-visit",
        "delete-draft",
        "save-template",
        "from-template"}},
      {"&View", {"show-plugins"}},
      {"&Help", {"about"}},
  };
  return menus;
}

wxString text(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }

}  // namespace

std::span<const Action> actions() { return kActions; }

const Action& action(std::string_view name) {
  for (const Action& candidate : kActions) {
    if (candidate.name == name) return candidate;
  }
  throw std::logic_error("no action named " + std::string(name));
}

int actionId(const Action& action) {
  if (action.stock_id != wxID_ANY) return action.stock_id;
  return wxID_HIGHEST + 1 + static_cast<int>(&action - kActions.data());
}

const Action* actionWithId(int id) {
  for (const Action& candidate : kActions) {
    if (actionId(candidate) == id) return &candidate;
  }
  return nullptr;
}

wxMenuBar* makeMenuBar() {
  auto* bar = new wxMenuBar;
  for (const MenuLayout& layout : menuLayout()) {
    auto* menu = new wxMenu;
    for (const std::string_view name : layout.items) {
      if (name.empty()) {
        menu->AppendSeparator();
        continue;
      }
      const Action& item = action(name);
      wxString label = text(item.label);
      if (!item.shortcut.empty()) label += wx("\t") + text(item.shortcut);
      menu->Append(actionId(item), label, text(item.help));
    }
    bar->Append(menu, text(layout.title));
  }
  return bar;
}

wxButton* makeActionButton(wxWindow* parent, std::string_view name, long style) {
  const Action& item = action(name);
  auto* button = new wxButton(parent, actionId(item), text(item.button_label.empty() ? item.label : item.button_label),
                              wxDefaultPosition, wxDefaultSize, style, wxDefaultValidator, text(item.name));
  wxString tip = text(item.help);
  if (!item.shortcut.empty()) tip += wx(" (") + text(item.shortcut) + wx(")");
  button->SetToolTip(tip);
  return button;
}

namespace {

wxAcceleratorTable listKeys(const std::function<bool(const Action&)>& wanted) {
  std::vector<wxAcceleratorEntry> keys;
  for (const Action& item : kActions) {
    if (item.list_key.empty() || !wanted(item)) continue;
    wxAcceleratorEntry key;
    if (!key.FromString(text(item.list_key)))
      throw std::logic_error("cannot read the key " + std::string(item.list_key));
    key.Set(key.GetFlags(), key.GetKeyCode(), actionId(item));
    keys.push_back(key);
  }
  return {static_cast<int>(keys.size()), keys.data()};
}

}  // namespace

wxAcceleratorTable exerciseListKeys() {
  return listKeys([](const Action&) { return true; });
}

wxAcceleratorTable libraryListKeys() {
  return listKeys([](const Action& item) { return item.name == "move-up" || item.name == "move-down"; });
}

}  // namespace motus::gui
