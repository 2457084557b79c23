// Start and finish pictures for the foam-rolling exercises, drawn by the SDK from poses.
#include "foam_rolling.hpp"

#include <motus/sdk/figure_svg.hpp>

namespace motus::plugins::foam_rolling::pictures {
namespace {

using namespace sdk::figure;

// Lying face up with the roller across the upper back, knees bent, arms crossed on the chest (the
// steps allow it, and it keeps the head clear in a small picture): the roller lifts the upper
// back, so the trunk slopes up from the hips.
Pose overRoller() {
  Pose pose = pose::lyingOnBack();
  pose.trunk = -66;
  pose.arms({50, 115});
  return pose.legs({75, 120, -20});
}

// The same, hips lifted off the floor so the roller can travel along the back.
Pose hipsLifted() {
  Pose pose = overRoller();
  pose.trunk = -84;
  return pose.legs({38, 108, -12});
}

// On a long roller along the spine, seen from above, knees bent.
Pose alongRoller(double arms_out) {
  Pose pose = pose::lyingOnBackFromAbove();
  pose.arms({arms_out, 0});
  return pose.legs({8, 0, 0, 60});
}

// On the side, the roller under the armpit, the lower arm reaching past the head.
Pose onSideOverRoller() {
  Pose pose = pose::lyingOnSide();
  pose.trunk = 80;
  pose.far_arm = {175, 0};
  pose.near_arm = {15, 0};
  return pose;
}

}  // namespace

sdk::Illustrations lyingBreathing() {
  return illustrate(Scene(overRoller(), {Prop::rollerAcross(0.72)}),
                    Scene(overRoller(), {Prop::rollerAcross(0.5)}, {Arrow::move({Part::head}, 24, 18)}));
}

sdk::Illustrations thoracicPivot() {
  Pose arched = overRoller();
  arched.trunk_curve = -28;
  arched.neck = -10;
  return illustrate(Scene(overRoller(), {Prop::rollerAcross(0.62)}),
                    Scene(arched, {Prop::rollerAcross(0.62)}, {Arrow::turn({Part::head}, 300, 230, 24)}));
}

sdk::Illustrations midBackRoll() {
  return illustrate(Scene(hipsLifted(), {Prop::rollerAcross(0.75)}),
                    Scene(hipsLifted(), {Prop::rollerAcross(0.45)},
                          {Arrow::move({Part::shoulder}, 270, 22), Arrow::move({Part::hip}, 90, 18)}));
}

sdk::Illustrations chestOpener() {
  return illustrate(Scene(alongRoller(25), {Prop::rollerAlong()}),
                    Scene(alongRoller(60), {Prop::rollerAlong()},
                          {Arrow::turn({Part::shoulder, Limb::near}, 220, 250, 40),
                           Arrow::turn({Part::shoulder, Limb::far}, 140, 110, 40)}));
}

sdk::Illustrations snowAngel() {
  return illustrate(Scene(alongRoller(25), {Prop::rollerAlong()}),
                    Scene(alongRoller(150), {Prop::rollerAlong()},
                          {Arrow::turn({Part::shoulder, Limb::near}, 230, 300, 48),
                           Arrow::turn({Part::shoulder, Limb::far}, 130, 60, 48)}));
}

sdk::Illustrations latRoll() {
  const At armpit{Part::shoulder, Limb::far};
  return illustrate(
      Scene(onSideOverRoller(), {Prop::rollerUnder(armpit)}),
      Scene(onSideOverRoller(), {Prop::rollerUnder(armpit)},
            {Arrow::move({Part::hip, Limb::near}, 0, 16), Arrow::move({Part::hip, Limb::near}, 180, 16)}));
}

}  // namespace motus::plugins::foam_rolling::pictures
