#include <motus/sdk/dosage_fields.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string_view>

using namespace motus::sdk;

TEST_CASE("The dosage field table names every number of a Dosage once") {
  Dosage filled;
  std::set<std::string_view> codes;
  std::set<std::string_view> options;
  int value = 1;
  for (const DosageField& field : kDosageFields) {
    CHECK_FALSE((filled.*field.member).has_value());  // no member listed twice
    filled.*field.member = Range::exactly(value++);
    codes.insert(field.code);
    options.insert(field.option);
    CHECK(field.minimum <= field.maximum);
    CHECK_FALSE(field.label.empty());
  }
  CHECK(codes.size() == kDosageFields.size());
  CHECK(options.size() == kDosageFields.size());
  // Every optional number of the struct, written out by hand: a member missing from the table
  // stays empty here.
  CHECK(filled.sets == Range::exactly(1));
  CHECK(filled.reps == Range::exactly(2));
  CHECK(filled.hold_seconds == Range::exactly(3));
  CHECK(filled.duration_seconds == Range::exactly(4));
  CHECK(filled.rest_seconds == Range::exactly(5));
  CHECK(filled.times_per_day == Range::exactly(6));
  CHECK(filled.days_per_week == Range::exactly(7));
  CHECK(filled.session_minutes == Range::exactly(8));
}
