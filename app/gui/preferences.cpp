#include "preferences.hpp"
#include "wx_text.hpp"

#include <motus/core/xdg.hpp>

#include <wx/fileconf.h>

#include <algorithm>
#include <memory>

namespace motus::gui {

std::filesystem::path Preferences::file() { return core::xdg::configHome() / "motus" / "motus.ini"; }

namespace {

std::unique_ptr<wxFileConfig> openConfig() {
  const std::filesystem::path path = Preferences::file();
  return std::make_unique<wxFileConfig>(wxString(), wxString(), wx(path.string()), wxString(), wxCONFIG_USE_LOCAL_FILE);
}

// Exercise ids ("plugin/exercise") never hold a comma: one line of the file holds the list.
std::vector<std::string> splitIds(const std::string& line) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start < line.size()) {
    const std::size_t end = std::min(line.find(',', start), line.size());
    if (end > start) ids.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

std::string joinIds(const std::vector<std::string>& ids) {
  std::string line;
  for (const std::string& id : ids) line += (line.empty() ? "" : ",") + id;
  return line;
}

}  // namespace

bool Preferences::isFavourite(const std::string& id) const {
  return std::find(favourites.begin(), favourites.end(), id) != favourites.end();
}

bool Preferences::toggleFavourite(const std::string& id) {
  const auto found = std::find(favourites.begin(), favourites.end(), id);
  if (found != favourites.end()) {
    favourites.erase(found);
    return false;
  }
  favourites.push_back(id);
  return true;
}

void Preferences::usedExercise(const std::string& id) {
  recent.erase(std::remove(recent.begin(), recent.end(), id), recent.end());
  recent.insert(recent.begin(), id);
  if (recent.size() > kMostRecent) recent.resize(kMostRecent);
}

Preferences Preferences::load() {
  const std::unique_ptr<wxFileConfig> config = openConfig();
  Preferences p;
  p.clinician = utf8(config->Read(wx("clinician"), wxString()));
  p.paper = utf8(config->Read(wx("handout/paper"), wx("a4")));
  p.large_print = config->ReadBool(wx("handout/large_print"), false);
  p.pictures = config->ReadBool(wx("handout/pictures"), true);
  p.log_weeks = static_cast<int>(config->ReadLong(wx("handout/log_weeks"), 2));
  p.x = static_cast<int>(config->ReadLong(wx("window/x"), -1));
  p.y = static_cast<int>(config->ReadLong(wx("window/y"), -1));
  p.width = static_cast<int>(config->ReadLong(wx("window/width"), 0));
  p.height = static_cast<int>(config->ReadLong(wx("window/height"), 0));
  p.maximized = config->ReadBool(wx("window/maximized"), false);
  p.patients_sash = static_cast<int>(config->ReadLong(wx("window/patients_sash"), Preferences{}.patients_sash));
  p.library_sash = static_cast<int>(config->ReadLong(wx("window/library_sash"), Preferences{}.library_sash));
  p.favourites = splitIds(utf8(config->Read(wx("library/favourites"), wxString())));
  p.recent = splitIds(utf8(config->Read(wx("library/recent"), wxString())));
  if (p.recent.size() > kMostRecent) p.recent.resize(kMostRecent);
  return p;
}

void Preferences::save() const {
  std::filesystem::create_directories(file().parent_path());
  const std::unique_ptr<wxFileConfig> config = openConfig();
  config->Write(wx("clinician"), wx(clinician));
  config->Write(wx("handout/paper"), wx(paper));
  config->Write(wx("handout/large_print"), large_print);
  config->Write(wx("handout/pictures"), pictures);
  config->Write(wx("handout/log_weeks"), static_cast<long>(log_weeks));
  config->Write(wx("window/x"), static_cast<long>(x));
  config->Write(wx("window/y"), static_cast<long>(y));
  config->Write(wx("window/width"), static_cast<long>(width));
  config->Write(wx("window/height"), static_cast<long>(height));
  config->Write(wx("window/maximized"), maximized);
  config->Write(wx("window/patients_sash"), static_cast<long>(patients_sash));
  config->Write(wx("window/library_sash"), static_cast<long>(library_sash));
  config->Write(wx("library/favourites"), wx(joinIds(favourites)));
  config->Write(wx("library/recent"), wx(joinIds(recent)));
  config->Flush();
}

}  // namespace motus::gui
