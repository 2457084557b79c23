#pragma once
// Shoulder mobility and rotator-cuff strength: early range-of-motion work, then band and weight
// exercises for the muscles that steady the shoulder. Common physical-therapy practice, in our
// own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::shoulder_care {

std::vector<sdk::ExerciseSpec> exercises();

}  // namespace motus::plugins::shoulder_care
