#pragma once
// Hip and knee strength: from thigh-muscle setting in bed to sit-to-stand and step-ups, the
// progression a therapist uses for knee pain, arthritis and recovery after surgery. Common
// physical-therapy practice, in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::hip_knee {

std::vector<sdk::ExerciseSpec> exercises();

}  // namespace motus::plugins::hip_knee
