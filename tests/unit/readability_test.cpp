#include <motus/core/readability.hpp>

#include <catch2/catch.hpp>

using namespace motus::core;

TEST_CASE("Syllables are counted by vowel groups with the common silent endings") {
  CHECK(countSyllables("cat") == 1);
  CHECK(countSyllables("make") == 1);  // silent e
  CHECK(countSyllables("breathe") == 1);
  CHECK(countSyllables("table") == 2);  // consonant + le
  CHECK(countSyllables("knee") == 1);
  CHECK(countSyllables("moved") == 1);   // silent -ed
  CHECK(countSyllables("wanted") == 2);  // -ted is spoken
  CHECK(countSyllables("boxes") == 2);   // -xes is spoken
  CHECK(countSyllables("shoulder") == 2);
  CHECK(countSyllables("roller") == 2);
  CHECK(countSyllables("beautiful") == 3);
  CHECK(countSyllables("osteoporosis") == 5);  // os-te-o-po-ro-sis is 6; the rule merges "eo"
  CHECK(countSyllables("Don't") == 1);
  CHECK(countSyllables("15") == 1);
}

TEST_CASE("Pieces without a full stop still end a sentence, decimals do not") {
  const TextStatistics stats = measureText({"Lie on your back", "Hold for 6.5 seconds. Then relax!"});
  CHECK(stats.sentences == 3);
  CHECK(stats.words == 10);
}

TEST_CASE("Flesch-Kincaid grade: short plain sentences score low, long technical ones high") {
  const double plain = fleschKincaidGrade({"Lie on your back. Bend your knees. Breathe out slowly."});
  const double technical = fleschKincaidGrade(
      {"Myofascial mobilization of the thoracic musculature facilitates physiological restoration of "
       "intersegmental articulation, consequently diminishing nociceptive sensitivity considerably."});
  CHECK(plain < 2.0);
  CHECK(technical > 18.0);
  // A textbook check: 1 sentence, 6 words, 6 syllables gives 0.39*6 + 11.8*1 - 15.59.
  CHECK(fleschKincaidGrade({"The cat sat on the mat."}) == Approx(0.39 * 6 + 11.8 - 15.59));
  CHECK(fleschKincaidGrade(std::vector<std::string>{}) == 0.0);
}
