#pragma once
// Balance and fall prevention for older adults: standing balance at a counter, stepping, and
// reaching, harder step by step. Common physical-therapy practice (in the spirit of home
// falls-prevention programs), in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::balance {

std::vector<sdk::ExerciseSpec> exercises();

}  // namespace motus::plugins::balance
