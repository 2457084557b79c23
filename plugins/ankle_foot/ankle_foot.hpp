#pragma once
// Ankle and foot: movement after a sprain or a spell in bed, calf stretches, and strength for
// walking and balance. Common physical-therapy practice, in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::ankle_foot {

std::vector<sdk::ExerciseSpec> exercises();

}  // namespace motus::plugins::ankle_foot
