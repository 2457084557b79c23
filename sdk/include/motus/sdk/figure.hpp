#pragma once
// Pictures described, not drawn: a plugin says how the body is placed (a Pose), what is around it
// (Props) and how it moves (Arrows); figure_svg.hpp draws every plugin's pictures in one line-art
// style. A plugin may still hand Motus its own SVG instead.
//
// Angles are in degrees and read the way a therapist measures them. Side view (the figure faces
// the viewer's right unless mirrored): flexion is positive. Front and above views: the patient
// faces the viewer; the "near" limbs are the patient's right, drawn on the viewer's left.

#include <utility>
#include <vector>

namespace motus::sdk::figure {

// side: seen from the side, the floor along the bottom. front: seen from the front. above: seen
// from the ceiling, for lying exercises whose arms or legs slide out to the sides (as front, with
// no floor drawn).
enum class View { side, front, above };

struct Arm {
  double shoulder = 0;  // side: 0 hanging by the side, 90 forward, 180 overhead; front: raised out to the side
  double elbow = 0;     // 0 straight, 90 bent at a right angle

  constexpr Arm(double shoulder_angle = 0, double elbow_angle = 0) : shoulder(shoulder_angle), elbow(elbow_angle) {}
};

struct Leg {
  double hip = 0;    // side: 0 in line with the trunk, 90 thigh forward; front: out to the side
  double knee = 0;   // 0 straight, 90 bent at a right angle
  double ankle = 0;  // 0 foot at a right angle to the shin; + toes up, - toes pointed
  // Front and above views only: how far hip and knee bend toward the viewer, out of the picture. The thigh and
  // shin look shorter by that much (a clamshell, a squat seen from the front).
  double toward_viewer = 0;
  double shin_toward_viewer = -1;  // the shin's own angle toward the viewer; -1: the same as the thigh

  constexpr Leg(double hip_angle = 0, double knee_angle = 0, double ankle_angle = 0, double toward = 0,
                double shin_toward = -1)
      : hip(hip_angle), knee(knee_angle), ankle(ankle_angle), toward_viewer(toward), shin_toward_viewer(shin_toward) {}
};

struct Pose {
  View view = View::side;
  // The trunk's direction, from upright: side view + leans forward, -90 lies on the back with the
  // head to the left, +90 lies face down (mirror it to put the head on the left); front view + leans
  // to the viewer's right.
  double trunk = 0;
  double trunk_curve = 0;  // + rounded forward (a slump, "cat"), - arched (an extended back, "cow")
  double neck = 0;         // the head from the line of the trunk: + chin down (side), tilt to the right (front)
  double head_turn = 0;    // front view: the face turned toward the patient's right (+) or left (-), up to 90
  Arm near_arm;
  Arm far_arm;
  Leg near_leg;
  Leg far_leg;
  bool mirrored = false;  // face the viewer's left instead

  // Both arms, or both legs, at once.
  Pose& arms(Arm arm) {
    near_arm = far_arm = arm;
    return *this;
  }
  Pose& legs(Leg leg) {
    near_leg = far_leg = leg;
    return *this;
  }
};

// Common starting places, tuned so the body rests on the floor (or chair) the way a patient would.
namespace pose {
inline Pose standing() { return {}; }
inline Pose standingFront() {
  Pose pose;
  pose.view = View::front;
  return pose;
}
inline Pose sitting() {  // on a chair, feet flat
  return Pose{}.legs({90, 90});
}
inline Pose sittingFront() {  // on a chair, seen from the front: thighs toward the viewer, shins down
  Pose pose = standingFront();
  return pose.legs({8, 0, 0, 80, 0});
}
inline Pose sittingOnFloor() {  // "long sitting": legs straight out in front
  return Pose{}.legs({90, 0, 0});
}
inline Pose lyingOnBack() {
  Pose pose;
  pose.trunk = -90;
  return pose.legs({0, 0, -10});
}
inline Pose lyingOnBackKneesBent() {  // "hook lying": feet flat on the floor
  Pose pose = lyingOnBack();
  return pose.legs({55, 100, 10});
}
inline Pose lyingOnFront() {  // head on the left, face down
  Pose pose;
  pose.trunk = 90;
  pose.neck = -10;
  pose.mirrored = true;
  return pose.legs({0, 0, -60});
}
inline Pose lyingOnBackFromAbove() {  // head at the top of the picture
  Pose pose;
  pose.view = View::above;
  return pose;
}
inline Pose lyingOnSide() {  // seen from the front: head on the left, the near (right) side up
  Pose pose = standingFront();
  pose.trunk = 90;
  pose.mirrored = true;
  pose.near_arm = {10, 0};
  pose.far_arm = {170, 0};
  return pose;
}
inline Pose lyingOnSideKneesBent() {  // as for a clamshell: hips and knees bent toward the viewer
  Pose pose = lyingOnSide();
  return pose.legs({0, 0, 0, 55});
}
inline Pose handsAndKnees() {
  Pose pose;  // shoulders sit a little higher than hips, as they do on straight arms
  pose.trunk = 76;
  pose.arms({76});
  return pose.legs({76, 90, -60});
}
inline Pose kneeling() { return Pose{}.legs({0, 90, -60}); }
inline Pose halfKneeling() {  // the near foot forward, the far knee down
  Pose pose;
  pose.near_leg = {90, 90};
  pose.far_leg = {0, 90, -60};
  return pose;
}
}  // namespace pose

enum class Part { head, shoulder, elbow, hand, mid_back, low_back, hip, knee, ankle, toe, heel };
enum class Limb { near, far };

// A place on the body: a joint or a spot on the back.
struct At {
  Part part;
  Limb limb = Limb::near;
};

enum class PropKind {
  mat,
  roller_across,  // a foam roller across the body, under the back
  roller_along,   // a long foam roller under the spine
  roller_under,   // a foam roller across the body, right under a place (an armpit, a calf)
  wall_behind,    // a wall touching the back of the body
  wall_in_front,  // a wall in front, where the hands are
  chair,          // a chair under the hips; the seat fits the pose
  step,           // a step under one foot
  counter,        // a counter or sturdy table under a hand
  door_frame,     // the edge of a door frame, upright, at a place (an elbow in a doorway stretch)
  towel_flat,     // a towel spread on the floor under a foot
  band,           // a resistance band between two places, or from one to a door anchor
  strap,          // a towel used as a strap between two places
  towel_roll,     // a rolled towel under a place
  pillow,         // a pillow under a place
  ball,           // a ball at a place
  stick,          // a stick held in the hands
  weight,         // a hand weight, or an ankle weight, at a place
};

struct Prop {
  PropKind kind;
  At at{Part::mid_back};
  At to{Part::hand};
  double amount = 0;  // roller: how far up the trunk (0 hips to 1 shoulders); band: anchor distance; ball: size

  static Prop mat() { return {PropKind::mat, {Part::mid_back}, {Part::mid_back}, 0}; }
  static Prop rollerAcross(double up_the_trunk) {
    return {PropKind::roller_across, {Part::mid_back}, {Part::mid_back}, up_the_trunk};
  }
  static Prop rollerUnder(At place) { return {PropKind::roller_under, place, place, 0}; }
  static Prop rollerAlong() { return {PropKind::roller_along, {Part::mid_back}, {Part::mid_back}, 0}; }
  static Prop wallBehind() { return {PropKind::wall_behind, {Part::mid_back}, {Part::mid_back}, 0}; }
  static Prop wallInFront() { return {PropKind::wall_in_front, {Part::mid_back}, {Part::mid_back}, 0}; }
  static Prop chair() { return {PropKind::chair, {Part::mid_back}, {Part::mid_back}, 0}; }
  static Prop step(Limb foot = Limb::near) { return {PropKind::step, {Part::ankle, foot}, {Part::ankle, foot}, 0}; }
  static Prop counter(Limb hand = Limb::near) { return {PropKind::counter, {Part::hand, hand}, {Part::hand, hand}, 0}; }
  static Prop doorFrame(At place) { return {PropKind::door_frame, place, place, 0}; }
  static Prop towelFlat(Limb foot = Limb::near) {
    return {PropKind::towel_flat, {Part::ankle, foot}, {Part::ankle, foot}, 0};
  }
  static Prop band(At from, At to) { return {PropKind::band, from, to, 0}; }
  // A band from a place to a door anchor level with it, forward (+) or back (-) by the distance.
  static Prop bandToDoor(At from, double forward) { return {PropKind::band, from, from, forward}; }
  static Prop strap(At from, At to) { return {PropKind::strap, from, to, 0}; }
  static Prop towelRoll(At under) { return {PropKind::towel_roll, under, under, 0}; }
  static Prop pillow(At under) { return {PropKind::pillow, under, under, 0}; }
  static Prop ball(At at, double diameter = 22) { return {PropKind::ball, at, at, diameter}; }
  static Prop stick() { return {PropKind::stick, {Part::hand, Limb::near}, {Part::hand, Limb::far}, 0}; }
  static Prop weight(At at) { return {PropKind::weight, at, at, 0}; }
};

// An arrow for the movement, in the figure's own directions (0 up, 90 forward, 180 down, 270 back):
// straight from a place, or turning around it from one direction to another.
struct Arrow {
  At at;
  double from = 0;  // straight: the direction; turning: where the turn starts
  double to = 0;    // turning only: where it ends
  double size = 28;
  bool turning = false;

  static Arrow move(At at, double direction, double length = 28) { return {at, direction, direction, length, false}; }
  static Arrow turn(At around, double from, double to, double radius = 30) { return {around, from, to, radius, true}; }
};

struct Scene {
  Pose pose;
  std::vector<Prop> props;
  std::vector<Arrow> arrows;

  Scene(Pose body, std::vector<Prop> around = {}, std::vector<Arrow> movement = {})
      : pose(body), props(std::move(around)), arrows(std::move(movement)) {}
};

}  // namespace motus::sdk::figure
