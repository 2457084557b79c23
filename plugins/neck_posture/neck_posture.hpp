#pragma once
// Neck and posture: gentle neck movement, chin tucks and upper-back work for the stiff neck and
// rounded shoulders of long sitting. Common physical-therapy practice, in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::neck_posture {

std::vector<sdk::ExerciseSpec> exercises();

}  // namespace motus::plugins::neck_posture
