#pragma once
// The dosage in the words of the handout's first edition (see dosage_text_first_edition.cpp).

#include <motus/sdk/dosage.hpp>

#include <string>
#include <vector>

namespace motus::core {

std::vector<std::string> firstEditionDosageSentences(const sdk::Dosage& dosage);

}  // namespace motus::core
