#pragma once
// Where each joint of a Pose lands on the page. Centimetres of a 170 cm adult, y up, the pelvis at
// the origin, facing +x; figure_svg.hpp grounds, frames and mirrors the result.

#include <motus/sdk/figure.hpp>

#include <cmath>
#include <numbers>

namespace motus::sdk::figure::detail {

struct Point {
  double x = 0;
  double y = 0;
};
inline Point operator+(Point a, Point b) { return {a.x + b.x, a.y + b.y}; }
inline Point operator-(Point a, Point b) { return {a.x - b.x, a.y - b.y}; }
inline Point operator*(Point a, double s) { return {a.x * s, a.y * s}; }

// The unit vector for a direction in degrees: 0 up, 90 forward (+x), 180 down, 270 back.
inline Point heading(double degrees) {
  const double radians = degrees * std::numbers::pi / 180.0;
  return {std::sin(radians), std::cos(radians)};
}
inline double headingOf(Point v) { return std::atan2(v.x, v.y) * 180.0 / std::numbers::pi; }

namespace body {
inline constexpr double head_radius = 10.5;
inline constexpr double neck = 6;
inline constexpr double trunk = 50;
inline constexpr double upper_arm = 28;
inline constexpr double forearm = 25;
inline constexpr double hand = 7;
inline constexpr double thigh = 42;
inline constexpr double shin = 40;
inline constexpr double foot = 16;
inline constexpr double trunk_width = 22;
inline constexpr double limb_width = 10;
inline constexpr double half_shoulders = 15;
inline constexpr double half_hips = 9;
}  // namespace body

struct ArmJoints {
  Point shoulder, elbow, wrist, fingertips;
};
struct LegJoints {
  Point hip, knee, ankle, heel, toe;
};

struct Skeleton {
  View view = View::side;
  Point pelvis, shoulders, trunk_bend;  // the trunk is a curve from pelvis to shoulders, bent toward trunk_bend
  Point head;
  double head_heading = 0;
  double head_turn = 0;
  double back_heading = 270;  // the direction the back faces (side view)
  ArmJoints near_arm, far_arm;
  LegJoints near_leg, far_leg;

  const ArmJoints& arm(Limb limb) const { return limb == Limb::near ? near_arm : far_arm; }
  const LegJoints& leg(Limb limb) const { return limb == Limb::near ? near_leg : far_leg; }

  // A point on the trunk's centre line, 0 at the pelvis and 1 at the shoulders.
  Point alongTrunk(double t) const {
    const double u = 1 - t;
    return pelvis * (u * u) + trunk_bend * (2 * u * t) + shoulders * (t * t);
  }

  Point at(At place) const {
    switch (place.part) {
      case Part::head:
        return head;
      case Part::shoulder:
        return arm(place.limb).shoulder;
      case Part::elbow:
        return arm(place.limb).elbow;
      case Part::hand:
        return arm(place.limb).wrist + (arm(place.limb).fingertips - arm(place.limb).wrist) * 0.5;
      case Part::mid_back:
        return alongTrunk(0.7);
      case Part::low_back:
        return alongTrunk(0.25);
      case Part::hip:
        return leg(place.limb).hip;
      case Part::knee:
        return leg(place.limb).knee;
      case Part::ankle:
        return leg(place.limb).ankle;
      case Part::toe:
        return leg(place.limb).toe;
      case Part::heel:
        return leg(place.limb).heel;
    }
    return pelvis;
  }

  void shift(Point by) {
    for (Point* p : {&pelvis, &shoulders, &trunk_bend, &head}) *p = *p + by;
    for (ArmJoints* a : {&near_arm, &far_arm})
      for (Point* p : {&a->shoulder, &a->elbow, &a->wrist, &a->fingertips}) *p = *p + by;
    for (LegJoints* l : {&near_leg, &far_leg})
      for (Point* p : {&l->hip, &l->knee, &l->ankle, &l->heel, &l->toe}) *p = *p + by;
  }
};

// Side view: flexion turns a limb toward the way the figure faces. Front view: the near (right)
// limbs open toward the viewer's left, the far ones toward the right.
inline ArmJoints placeArm(Point shoulder, double trunk_heading, const Arm& arm, double opens) {
  ArmJoints joints;
  joints.shoulder = shoulder;
  const double upper = trunk_heading + 180 - opens * arm.shoulder;
  joints.elbow = shoulder + heading(upper) * body::upper_arm;
  const double lower = upper - opens * arm.elbow;
  joints.wrist = joints.elbow + heading(lower) * body::forearm;
  joints.fingertips = joints.wrist + heading(lower) * body::hand;
  return joints;
}

inline LegJoints placeLeg(Point hip, double trunk_heading, const Leg& leg, double opens, View view) {
  LegJoints joints;
  joints.hip = hip;
  // Seen from the front, a thigh bent toward the viewer looks shorter, and so does its shin.
  const auto depthOf = [view](double degrees) {
    return view != View::side ? std::cos(degrees * std::numbers::pi / 180.0) : 1.0;
  };
  const double depth = depthOf(leg.toward_viewer);
  const double shin_depth = depthOf(leg.shin_toward_viewer < 0 ? leg.toward_viewer : leg.shin_toward_viewer);
  const double thigh = trunk_heading + 180 - opens * leg.hip;
  joints.knee = hip + heading(thigh) * (body::thigh * depth);
  const double shin = thigh + opens * leg.knee;
  joints.ankle = joints.knee + heading(shin) * (body::shin * shin_depth);
  if (view == View::side) {
    const double foot = shin - 90 - leg.ankle;
    joints.heel = joints.ankle + heading(shin) * 4 - heading(foot) * 3;
    joints.toe = joints.heel + heading(foot) * body::foot;
  } else {  // seen from the front or above, the foot is short and turns out a little
    joints.heel = joints.ankle + heading(shin) * 4;
    joints.toe = joints.heel + heading(shin - opens * 75) * 8;
  }
  return joints;
}

inline Skeleton placeSkeleton(const Pose& pose) {
  Skeleton s;
  s.view = pose.view;
  const Point up = heading(pose.trunk);
  s.shoulders = up * body::trunk;
  s.back_heading = pose.trunk - 90;
  // A rounded trunk bulges toward the back; an arched one toward the front.
  s.trunk_bend = s.shoulders * 0.5 + heading(s.back_heading) * (body::trunk * pose.trunk_curve / 110.0);
  // The head follows the curve of the upper back; arms and legs keep to the trunk's overall line,
  // so rounding the back (a cat stretch) does not swing the limbs.
  const double top = pose.trunk;
  const double bottom = pose.trunk;
  const double neck_line = headingOf(s.shoulders - s.trunk_bend);
  if (pose.view == View::side) {
    s.head_heading = neck_line + pose.neck;
    s.head = s.shoulders + heading(s.head_heading) * (body::neck + body::head_radius);
    const Point shoulder = s.shoulders - heading(top) * 6;
    s.near_arm = placeArm(shoulder, top, pose.near_arm, 1);
    s.far_arm = placeArm(shoulder, top, pose.far_arm, 1);
    s.near_leg = placeLeg(s.pelvis, bottom, pose.near_leg, 1, View::side);
    s.far_leg = placeLeg(s.pelvis, bottom, pose.far_leg, 1, View::side);
    return s;
  }
  const Point across = heading(pose.trunk + 90);  // toward the patient's left
  s.head_heading = neck_line - pose.neck;
  s.head_turn = pose.head_turn;
  s.head = s.shoulders + heading(s.head_heading) * (body::neck + body::head_radius);
  const Point shoulder_line = s.shoulders - heading(top) * 5;
  s.near_arm = placeArm(shoulder_line - across * body::half_shoulders, top, pose.near_arm, -1);
  s.far_arm = placeArm(shoulder_line + across * body::half_shoulders, top, pose.far_arm, 1);
  s.near_leg = placeLeg(s.pelvis - across * body::half_hips, bottom, pose.near_leg, -1, pose.view);
  s.far_leg = placeLeg(s.pelvis + across * body::half_hips, bottom, pose.far_leg, 1, pose.view);
  return s;
}

}  // namespace motus::sdk::figure::detail
