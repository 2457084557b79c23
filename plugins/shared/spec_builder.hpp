#pragma once
// What the built-in plugins share on top of the SDK: the SDK's builders (motus/sdk/builders.hpp)
// and vocabularies by short names, and the sentences that name the set-up Motus's own exercises
// use (a counter, a chair against a wall, a band).

#include <motus/sdk/builders.hpp>
#include <motus/sdk/sdk.hpp>

#include <string>

namespace motus::plugins {

// The SDK's vocabularies by short names, for every built-in plugin (each lives in a namespace
// inside this one).
namespace condition = sdk::condition;
namespace region = sdk::region;
namespace goal = sdk::goal;
namespace position = sdk::position;
namespace equipment = sdk::equipment;

using sdk::avoid;
using sdk::caution;
using sdk::codes;
using sdk::dose;
using sdk::Dose;
using sdk::exercise;
using sdk::rules;

// The SDK's common sentences (say::kBreathe, ...) and the built-in plugins' own.
namespace say {
using namespace sdk::say;
inline const std::string kHoldCounter = "Stand at a kitchen counter or sturdy table. Hold on with one or both hands.";
inline const std::string kSturdyChair = "Use a sturdy chair without wheels, with its back against a wall.";
inline const std::string kBandCheck = "Check the band for nicks or tears before you use it. Anchor it well.";
}  // namespace say

}  // namespace motus::plugins
