#include "preferences.hpp"
#include "wx_text.hpp"

#include <motus/core/xdg.hpp>

#include <wx/fileconf.h>

#include <memory>

namespace motus::gui {

std::filesystem::path Preferences::file() { return core::xdg::configHome() / "motus" / "motus.ini"; }

namespace {

std::unique_ptr<wxFileConfig> openConfig() {
  const std::filesystem::path path = Preferences::file();
  return std::make_unique<wxFileConfig>(wxString(), wxString(), wx(path.string()), wxString(), wxCONFIG_USE_LOCAL_FILE);
}

}  // namespace

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
  config->Flush();
}

}  // namespace motus::gui
