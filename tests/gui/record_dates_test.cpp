// Dates on the record form (issue 16): typed the clinic's way, spelled out with the age while
// typing, shown back the clinic's way, and refused with a reason when implausible.
#include "gui_driver.hpp"

#include "main_frame.hpp"
#include "patient_form_panel.hpp"
#include "wx_text.hpp"

#include <catch2/catch.hpp>

#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace motus;
using Catch::Matchers::Contains;

namespace {
const std::filesystem::path kBuiltin = MOTUS_BUILTIN_PLUGIN_DIR;

std::string shown(test::GuiSession& session, const char* name) {
  return gui::utf8(session.find<wxStaticText>(name).GetLabel());
}
}  // namespace

TEST_CASE("A date of birth is typed the clinic's way and shown with the age, and an implausible one is refused") {
  test::GuiSession session({kBuiltin});
  session.context().records->setDateStyle({core::DateOrder::month_day_year, '/'});
  session.click(session.find("new-patient"));
  session.type(session.find("chart"), "D-1");
  session.type(session.find("family-name"), "Okafor");

  // The year before 1900 is refused as the therapist types it, and by the save.
  auto& born = session.find<wxTextCtrl>("birth-date");
  session.type(born, "01/01/1850");
  CHECK(shown(session, "birth-reading") == "1 January 1850: before 1900, check the year");
  CHECK(session.find<wxStaticText>("birth-reading").GetSize().GetWidth() >=
        session.find<wxStaticText>("birth-reading").GetBestSize().GetWidth());  // the warning in full
  session.key('S', wxMOD_CONTROL);
  CHECK_FALSE(session.context().store().findPatientByChart("D-1").has_value());
  CHECK_THAT(shown(session, "problems"), Contains("the date of birth is before 1900 (1 January 1850): check the year"));

  // Day and month the other way round: the form says how dates are written here.
  born.SelectAll();
  session.type(born, "14/03/1948");
  CHECK(shown(session, "birth-reading") == "Did you mean 03/14/1948?");
  session.key('S', wxMOD_CONTROL);
  CHECK_THAT(shown(session, "problems"),
             Contains("has no month 14: dates here are written MM/DD/YYYY, so this day is 03/14/1948"));

  // The US way, refused before: read, spelled out with the age, saved as the day it means.
  born.SelectAll();
  session.type(born, "03/14/1948");
  const int age = core::ageInYears("1948-03-14", core::todayIso());
  CHECK(shown(session, "birth-reading") == "14 March 1948, age " + std::to_string(age));
  session.key('S', wxMOD_CONTROL);
  const std::optional<db::Patient> saved = session.context().store().findPatientByChart("D-1");
  REQUIRE(saved.has_value());
  CHECK(saved->details.birth_date == "1948-03-14");

  // Opened again: the clinic's way, with the age, the whole reading in sight.
  session.frame().showPatient(saved->id);
  test::settle();
  CHECK(gui::utf8(born.GetValue()) == "03/14/1948");
  auto& reading = session.find<wxStaticText>("birth-reading");
  CHECK(gui::utf8(reading.GetLabel()) == "14 March 1948, age " + std::to_string(age));
  CHECK(reading.GetSize().GetWidth() >= reading.GetBestSize().GetWidth());
  CHECK(reading.IsShownOnScreen());
}
