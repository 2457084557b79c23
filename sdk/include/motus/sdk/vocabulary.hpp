#pragma once
// The controlled vocabularies that plugins and host share. A plugin names a code (use the
// constants below so a typo is a compile error); the host shows the label. A code the host does not
// know is a validation error that names the plugin and the exercise.
//
// Each code is a plain character array, so it turns into a std::string or a std::string_view
// wherever one is wanted:
//   spec.body_regions = {region::neck};
//   spec.safety = {{condition::dizziness, Severity::caution, "Moving the neck can bring on dizziness."}};
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
inline constexpr char osteoporosis[] = "osteoporosis";
inline constexpr char trauma_not_cleared[] = "trauma-not-cleared";
inline constexpr char muscle_guarding[] = "muscle-guarding";
inline constexpr char cancer_at_site[] = "cancer-at-site";
inline constexpr char severe_neuro_symptoms[] = "severe-neuro-symptoms";
inline constexpr char recent_surgery[] = "recent-surgery";
inline constexpr char pregnancy[] = "pregnancy";
inline constexpr char anticoagulants[] = "anticoagulants";
inline constexpr char acute_inflammation[] = "acute-inflammation";
inline constexpr char hypermobility[] = "hypermobility";
inline constexpr char uncontrolled_hypertension[] = "uncontrolled-hypertension";
inline constexpr char fall_risk[] = "fall-risk";
inline constexpr char recent_fracture[] = "recent-fracture";
inline constexpr char hip_replacement[] = "hip-replacement";
inline constexpr char inflammatory_arthritis[] = "inflammatory-arthritis";
inline constexpr char peripheral_neuropathy[] = "peripheral-neuropathy";
inline constexpr char dizziness[] = "dizziness";
inline constexpr char heart_disease[] = "heart-disease";
inline constexpr char deep_vein_thrombosis[] = "deep-vein-thrombosis";
inline constexpr char lymphedema[] = "lymphedema";
inline constexpr char shoulder_instability[] = "shoulder-instability";
inline constexpr char spinal_stenosis[] = "spinal-stenosis";
inline constexpr char fragile_skin[] = "fragile-skin";
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
inline constexpr char neck[] = "neck";
inline constexpr char thoracic[] = "thoracic";
inline constexpr char lumbar[] = "lumbar";
inline constexpr char chest[] = "chest";
inline constexpr char shoulder[] = "shoulder";
inline constexpr char elbow[] = "elbow";
inline constexpr char wrist_hand[] = "wrist-hand";
inline constexpr char core[] = "core";
inline constexpr char hip[] = "hip";
inline constexpr char knee[] = "knee";
inline constexpr char ankle_foot[] = "ankle-foot";
inline constexpr char whole_body[] = "whole-body";
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
inline constexpr char foam_roller[] = "foam-roller";
inline constexpr char resistance_band[] = "resistance-band";
inline constexpr char towel[] = "towel";
inline constexpr char chair[] = "chair";
inline constexpr char wall[] = "wall";
inline constexpr char step[] = "step";
inline constexpr char ball[] = "ball";
inline constexpr char dumbbell[] = "dumbbell";
inline constexpr char ankle_weight[] = "ankle-weight";
inline constexpr char mat[] = "mat";
inline constexpr char pillow[] = "pillow";
inline constexpr char counter[] = "counter";
inline constexpr char stick[] = "stick";
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
inline constexpr char on_back[] = "on-back";
inline constexpr char on_front[] = "on-front";
inline constexpr char on_side[] = "on-side";
inline constexpr char sitting[] = "sitting";
inline constexpr char standing[] = "standing";
inline constexpr char kneeling[] = "kneeling";
inline constexpr char half_kneeling[] = "half-kneeling";
inline constexpr char hands_and_knees[] = "hands-and-knees";
}  // namespace position

inline constexpr std::array kPositions{
    Term{position::on_back, "Lying on the back"},   Term{position::on_front, "Lying on the front"},
    Term{position::on_side, "Lying on the side"},   Term{position::sitting, "Sitting"},
    Term{position::standing, "Standing"},           Term{position::kneeling, "Kneeling"},
    Term{position::half_kneeling, "Half kneeling"}, Term{position::hands_and_knees, "On hands and knees"},
};

namespace goal {
inline constexpr char mobility[] = "mobility";
inline constexpr char flexibility[] = "flexibility";
inline constexpr char strength[] = "strength";
inline constexpr char endurance[] = "endurance";
inline constexpr char balance[] = "balance";
inline constexpr char posture[] = "posture";
inline constexpr char pain_relief[] = "pain-relief";
inline constexpr char relaxation[] = "relaxation";
inline constexpr char stability[] = "stability";
inline constexpr char circulation[] = "circulation";
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
