#include <motus/core/contact_sheet.hpp>
#include <motus/core/html_handout.hpp>

#include <sstream>

namespace motus::core {
namespace {

constexpr const char* kStyle = R"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; margin: 1em; color: #000; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 0.2em; }
h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; border-bottom: 2px solid #000; }
.sheet { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.8em; }
.cell { border: 1px solid #888; padding: 0.4em; break-inside: avoid; }
.cell p { margin: 0 0 0.3em; }
.id { color: #444; font-size: 0.85em; }
.pair { display: flex; gap: 0.4em; }
.pair figure { margin: 0; flex: 1; text-align: center; font-size: 0.85em; }
.pair img { width: 100%; height: auto; border: 1px solid #ccc; }
.missing { border: 2px dashed #b00; color: #b00; padding: 2em 0.3em; }
@media print { .sheet { grid-template-columns: repeat(2, 1fr); } }
)css";

void picture(std::ostringstream& out, const std::string& svg, const char* caption, const std::string& name) {
  out << "<figure>";
  const std::string uri = imageDataUri(svg, "image/svg+xml");
  if (uri.empty()) {
    out << "<div class=\"missing\">No picture</div>";
  } else {
    out << "<img alt=\"" << caption << ": " << htmlEscape(name) << "\" src=\"" << uri << "\">";
  }
  out << "<figcaption>" << caption << "</figcaption></figure>";
}

}  // namespace

std::string contactSheetHtml(const std::vector<const CatalogEntry*>& exercises) {
  std::ostringstream out;
  out << htmlPageStart("Motus exercise pictures", kStyle) << "<h1>Exercise pictures</h1><p>" << exercises.size()
      << " exercises. Each shows its start and finish picture.</p>\n";
  std::string plugin;
  for (const CatalogEntry* entry : exercises) {
    if (entry->plugin_id != plugin) {
      if (!plugin.empty()) out << "</div>\n";
      plugin = entry->plugin_id;
      out << "<h2>" << htmlEscape(entry->plugin_name) << " <span class=\"id\">" << htmlEscape(plugin) << ' '
          << htmlEscape(entry->plugin_version) << "</span></h2><div class=\"sheet\">\n";
    }
    out << "<div class=\"cell\"><p><strong>" << htmlEscape(entry->spec.name) << "</strong><br><span class=\"id\">"
        << htmlEscape(entry->global_id) << "</span></p><div class=\"pair\">";
    picture(out, entry->spec.illustrations.start_svg, "Start", entry->spec.name);
    picture(out, entry->spec.illustrations.finish_svg, "Finish", entry->spec.name);
    out << "</div></div>\n";
  }
  if (!plugin.empty()) out << "</div>\n";
  out << "</body></html>\n";
  return out.str();
}

}  // namespace motus::core
