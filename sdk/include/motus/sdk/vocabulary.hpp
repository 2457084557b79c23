#pragma once
// The controlled vocabularies that plugins and host share. A plugin names a code (use the
// constants below so a typo is a compile error); the host shows the label. A code the host does not
// know is a validation error that names the plugin and the exercise.
//
// Codes are permanent: they are stored in patient records. Add new ones (an API minor bump);
// never rename or remove one.

#include <array>
#include <span>
#include <string_view>

namespace motus::sdk {

struct Term {
  std::string_view code;
  std::string_view label;
};

// Conditions a therapist screens for before handing out an exercise.
namespace condition {
inline constexpr std::string_view osteoporosis = "osteoporosis";
inline constexpr std::string_view trauma_not_cleared = "trauma-not-cleared";
inline constexpr std::string_view muscle_guarding = "muscle-guarding";
inline constexpr std::string_view cancer_at_site = "cancer-at-site";
inline constexpr std::string_view severe_neuro_symptoms = "severe-neuro-symptoms";
inline constexpr std::string_view recent_surgery = "recent-surgery";
inline constexpr std::string_view pregnancy = "pregnancy";
inline constexpr std::string_view anticoagulants = "anticoagulants";
inline constexpr std::string_view acute_inflammation = "acute-inflammation";
inline constexpr std::string_view hypermobility = "hypermobility";
inline constexpr std::string_view uncontrolled_hypertension = "uncontrolled-hypertension";
inline constexpr std::string_view fall_risk = "fall-risk";
inline constexpr std::string_view recent_fracture = "recent-fracture";
inline constexpr std::string_view hip_replacement = "hip-replacement";
inline constexpr std::string_view inflammatory_arthritis = "inflammatory-arthritis";
inline constexpr std::string_view peripheral_neuropathy = "peripheral-neuropathy";
inline constexpr std::string_view dizziness = "dizziness";
inline constexpr std::string_view heart_disease = "heart-disease";
inline constexpr std::string_view deep_vein_thrombosis = "deep-vein-thrombosis";
inline constexpr std::string_view lymphedema = "lymphedema";
inline constexpr std::string_view shoulder_instability = "shoulder-instability";
inline constexpr std::string_view spinal_stenosis = "spinal-stenosis";
inline constexpr std::string_view fragile_skin = "fragile-skin";
}  // namespace condition

inline constexpr std::array kConditions{
    Term{condition::osteoporosis, "Osteoporosis or low bone density"},
    Term{condition::trauma_not_cleared, "Recent injury not yet checked for fracture"},
    Term{condition::muscle_guarding, "Muscle guarding (cannot relax the muscles)"},
    Term{condition::cancer_at_site, "Active cancer in the area"},
    Term{condition::severe_neuro_symptoms, "Severe or fast-worsening nerve symptoms"},
    Term{condition::recent_surgery, "Recent surgery"},
    Term{condition::pregnancy, "Pregnancy"},
    Term{condition::anticoagulants, "Takes blood thinners"},
    Term{condition::acute_inflammation, "Acute inflammation or infection"},
    Term{condition::hypermobility, "Joint hypermobility"},
    Term{condition::uncontrolled_hypertension, "Uncontrolled high blood pressure"},
    Term{condition::fall_risk, "High risk of falling"},
    Term{condition::recent_fracture, "Recent or healing fracture"},
    Term{condition::hip_replacement, "Hip replacement with movement precautions"},
    Term{condition::inflammatory_arthritis, "Inflammatory arthritis (such as rheumatoid)"},
    Term{condition::peripheral_neuropathy, "Peripheral neuropathy (less feeling in hands or feet)"},
    Term{condition::dizziness, "Dizziness or vertigo"},
    Term{condition::heart_disease, "Heart disease or chest pain on effort"},
    Term{condition::deep_vein_thrombosis, "Deep vein thrombosis (blood clot)"},
    Term{condition::lymphedema, "Lymphedema"},
    Term{condition::shoulder_instability, "Shoulder instability or past dislocation"},
    Term{condition::spinal_stenosis, "Spinal stenosis"},
    Term{condition::fragile_skin, "Fragile skin or open wounds"},
};

namespace region {
inline constexpr std::string_view neck = "neck";
inline constexpr std::string_view thoracic = "thoracic";
inline constexpr std::string_view lumbar = "lumbar";
inline constexpr std::string_view chest = "chest";
inline constexpr std::string_view shoulder = "shoulder";
inline constexpr std::string_view elbow = "elbow";
inline constexpr std::string_view wrist_hand = "wrist-hand";
inline constexpr std::string_view core = "core";
inline constexpr std::string_view hip = "hip";
inline constexpr std::string_view knee = "knee";
inline constexpr std::string_view ankle_foot = "ankle-foot";
inline constexpr std::string_view whole_body = "whole-body";
}  // namespace region

inline constexpr std::array kBodyRegions{
    Term{region::neck, "Neck"},
    Term{region::thoracic, "Upper and mid back"},
    Term{region::lumbar, "Low back"},
    Term{region::chest, "Chest"},
    Term{region::shoulder, "Shoulder"},
    Term{region::elbow, "Elbow"},
    Term{region::wrist_hand, "Wrist and hand"},
    Term{region::core, "Core and abdomen"},
    Term{region::hip, "Hip"},
    Term{region::knee, "Knee"},
    Term{region::ankle_foot, "Ankle and foot"},
    Term{region::whole_body, "Whole body"},
};

namespace equipment {
inline constexpr std::string_view foam_roller = "foam-roller";
inline constexpr std::string_view resistance_band = "resistance-band";
inline constexpr std::string_view towel = "towel";
inline constexpr std::string_view chair = "chair";
inline constexpr std::string_view wall = "wall";
inline constexpr std::string_view step = "step";
inline constexpr std::string_view ball = "ball";
inline constexpr std::string_view dumbbell = "dumbbell";
inline constexpr std::string_view ankle_weight = "ankle-weight";
inline constexpr std::string_view mat = "mat";
inline constexpr std::string_view pillow = "pillow";
inline constexpr std::string_view counter = "counter";
inline constexpr std::string_view stick = "stick";
}  // namespace equipment

inline constexpr std::array kEquipment{
    Term{equipment::foam_roller, "Foam roller"},
    Term{equipment::resistance_band, "Resistance band"},
    Term{equipment::towel, "Towel"},
    Term{equipment::chair, "Chair"},
    Term{equipment::wall, "Wall"},
    Term{equipment::step, "Step or stair"},
    Term{equipment::ball, "Ball"},
    Term{equipment::dumbbell, "Hand weight"},
    Term{equipment::ankle_weight, "Ankle weight"},
    Term{equipment::mat, "Exercise mat"},
    Term{equipment::pillow, "Pillow"},
    Term{equipment::counter, "Kitchen counter or sturdy table"},
    Term{equipment::stick, "Stick or broom handle"},
};

namespace position {
inline constexpr std::string_view on_back = "on-back";
inline constexpr std::string_view on_front = "on-front";
inline constexpr std::string_view on_side = "on-side";
inline constexpr std::string_view sitting = "sitting";
inline constexpr std::string_view standing = "standing";
inline constexpr std::string_view kneeling = "kneeling";
inline constexpr std::string_view half_kneeling = "half-kneeling";
inline constexpr std::string_view hands_and_knees = "hands-and-knees";
}  // namespace position

inline constexpr std::array kPositions{
    Term{position::on_back, "Lying on the back"},   Term{position::on_front, "Lying on the front"},
    Term{position::on_side, "Lying on the side"},   Term{position::sitting, "Sitting"},
    Term{position::standing, "Standing"},           Term{position::kneeling, "Kneeling"},
    Term{position::half_kneeling, "Half kneeling"}, Term{position::hands_and_knees, "On hands and knees"},
};

namespace goal {
inline constexpr std::string_view mobility = "mobility";
inline constexpr std::string_view flexibility = "flexibility";
inline constexpr std::string_view strength = "strength";
inline constexpr std::string_view endurance = "endurance";
inline constexpr std::string_view balance = "balance";
inline constexpr std::string_view posture = "posture";
inline constexpr std::string_view pain_relief = "pain-relief";
inline constexpr std::string_view relaxation = "relaxation";
inline constexpr std::string_view stability = "stability";
inline constexpr std::string_view circulation = "circulation";
}  // namespace goal

inline constexpr std::array kGoals{
    Term{goal::mobility, "Joint mobility"},
    Term{goal::flexibility, "Flexibility"},
    Term{goal::strength, "Strength"},
    Term{goal::endurance, "Endurance"},
    Term{goal::balance, "Balance"},
    Term{goal::posture, "Posture"},
    Term{goal::pain_relief, "Pain relief"},
    Term{goal::relaxation, "Relaxation"},
    Term{goal::stability, "Stability and control"},
    Term{goal::circulation, "Blood flow and recovery"},
};

// The label for code in vocabulary, or an empty view when the code is unknown.
constexpr std::string_view labelOf(std::span<const Term> vocabulary, std::string_view code) {
  for (const Term& term : vocabulary) {
    if (term.code == code) return term.label;
  }
  return {};
}

constexpr bool isKnownCode(std::span<const Term> vocabulary, std::string_view code) {
  return !labelOf(vocabulary, code).empty();
}

}  // namespace motus::sdk
