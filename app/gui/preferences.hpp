#pragma once
// What the window remembers between runs for this user: who is at the desk, the default handout
// options, and the window's size and pane layout. Kept in $XDG_CONFIG_HOME/motus/motus.ini, never
// in the clinic's database (it is per person, not part of the record).

#include <filesystem>
#include <string>
#include <vector>

namespace motus::gui {

struct Preferences {
  std::string clinician;
  std::string paper = "a4";
  bool large_print = false;
  bool pictures = true;
  int log_weeks = 2;
  // Window layout; width 0 means "never saved": use the defaults.
  int x = -1, y = -1, width = 0, height = 0;
  bool maximized = false;
  // The program pane gets what is left: at 1280 wide its list shows each dosage whole.
  int patients_sash = 220;
  int library_sash = 400;

  // The therapist's own shortcuts into the library, as exercise ids: favourites in the order
  // marked, recently added ones newest first (at most kMostRecent).
  std::vector<std::string> favourites;
  std::vector<std::string> recent;
  static constexpr std::size_t kMostRecent = 20;
  // Marks or unmarks `id` as a favourite; true when it is one now.
  bool toggleFavourite(const std::string& id);
  bool isFavourite(const std::string& id) const;
  // `id` was just added to a program: it heads the recent ones.
  void usedExercise(const std::string& id);

  static std::filesystem::path file();  // $XDG_CONFIG_HOME/motus/motus.ini (~/.config/...)
  static Preferences load();
  void save() const;
};

}  // namespace motus::gui
