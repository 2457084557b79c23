#pragma once
// Low-back care without foam rolling (the foam-rolling article keeps rollers off the low back):
// gentle movement, trunk control and hip mobility for everyday low-back pain. Common
// physical-therapy practice, in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::low_back_care {

std::vector<sdk::ExerciseSpec> exercises();

}  // namespace motus::plugins::low_back_care
