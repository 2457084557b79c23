#pragma once
// Foam rolling for the upper and mid back. Clinical content from a physical therapist's patient
// article (see shared/reference), written again in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::foam_rolling {

std::vector<sdk::ExerciseSpec> exercises();
std::vector<sdk::EducationTopic> education();

}  // namespace motus::plugins::foam_rolling
