#pragma once
// Foam rolling for the upper and mid back. Clinical content from a physical therapist's patient
// article (see shared/reference), written again in our own plain words.

#include <motus/sdk/sdk.hpp>

#include <vector>

namespace motus::plugins::foam_rolling {

std::vector<sdk::ExerciseSpec> exercises();
std::vector<sdk::EducationTopic> education();

namespace pictures {
sdk::Illustrations lyingBreathing();
sdk::Illustrations thoracicPivot();
sdk::Illustrations midBackRoll();
sdk::Illustrations chestOpener();
sdk::Illustrations snowAngel();
sdk::Illustrations latRoll();
}  // namespace pictures

}  // namespace motus::plugins::foam_rolling
