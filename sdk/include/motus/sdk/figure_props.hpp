#pragma once
// Props placed from the body: a roller goes under the back, a chair under the hips, a step under a
// foot. Each fits the pose, so a plugin names the prop and never its coordinates.

#include <motus/sdk/figure_shapes.hpp>

#include <algorithm>
#include <vector>

namespace motus::sdk::figure::detail {

// Where props go, back to front.
struct PropLayers {
  std::vector<Shape> behind;        // before everything: floor furniture, walls
  std::vector<Shape> between;       // after the far limbs, before the trunk: a ball between the knees
  std::vector<Shape> in_the_hands;  // after the whole body: bands, straps, sticks, weights
};

inline constexpr double kWallHeight = 200;

inline Shape hollowStrap(Point from, Point to, double width) { return part({{{from, to}, width}}, ink::prop); }

// The lowest and highest x of the trunk and head: where a wall behind the back touches.
inline double backMostX(const Skeleton& s) {
  Bounds bounds;
  bounds.add(trunkShape(s));
  bounds.add(s.head, body::head_radius);
  return bounds.left;
}

inline void addProp(const Prop& prop, const Skeleton& s, double floor, PropLayers& layers) {
  const Point back = heading(s.back_heading);
  switch (prop.kind) {
    case PropKind::mat: {
      Bounds bounds;
      bounds.add(trunkShape(s));
      for (Limb limb : {Limb::near, Limb::far}) bounds.add(legShape(s.leg(limb), ink::skin));
      if (s.view == View::above) {  // seen from above: the whole mat under the person
        for (Limb limb : {Limb::near, Limb::far}) bounds.add(armShape(s.arm(limb), ink::skin));
        bounds.add(s.head, body::head_radius);
        layers.behind.push_back(
            polygon(box(bounds.left - 8, bounds.bottom - 8, bounds.right + 8, bounds.top + 8), ink::prop));
        layers.behind.back().grounds = false;
        break;
      }
      layers.behind.push_back(
          polygon(box(bounds.left - 6, bounds.bottom - 3, bounds.right + 6, bounds.bottom), ink::prop));
      break;
    }
    case PropKind::roller_across: {  // seen end on: a circle with its core
      const Point centre = s.alongTrunk(prop.amount) + back * (body::trunk_width / 2 + 7.5 + kOutline);
      layers.behind.push_back(circle(centre, 7.5, ink::prop, ink::line, kOutline));
      layers.behind.push_back(circle(centre, 2.5, ink::line, "none"));
      break;
    }
    case PropKind::roller_under: {
      const Point centre = s.at(prop.at) - Point{0, body::limb_width / 2 + kOutline + 7.5};
      layers.behind.push_back(circle(centre, 7.5, ink::prop, ink::line, kOutline));
      layers.behind.push_back(circle(centre, 2.5, ink::line, "none"));
      break;
    }
    case PropKind::roller_along: {
      if (s.view == View::above) {  // seen from above: a long band under the spine, head to tailbone
        const Point up = s.shoulders - s.pelvis;
        const Point across = heading(headingOf(up) + 90) * 7.5;
        const Point start = s.pelvis - up * 0.3;
        const Point end = s.head + up * 0.3;
        layers.behind.push_back(
            polygon({start - across, end - across, end + across, start + across}, ink::prop, kOutline));
        break;
      }
      const Point under = back * (body::trunk_width / 2);
      const Point thick = back * 15;
      const Point start = s.alongTrunk(-0.05);
      const Point end = s.alongTrunk(1.15);
      layers.behind.push_back(
          polygon({start + under, end + under, end + under + thick, start + under + thick}, ink::prop, kOutline));
      break;
    }
    case PropKind::wall_behind: {
      if (s.view != View::side) {  // seen face on: a panel behind the whole person
        Bounds bounds;
        bounds.add(trunkShape(s));
        for (Limb limb : {Limb::near, Limb::far}) bounds.add(armShape(s.arm(limb), ink::skin));
        layers.behind.push_back(
            polygon(box(bounds.left - 20, floor, bounds.right + 20, floor + kWallHeight), ink::prop));
        layers.behind.back().grounds = false;
        break;
      }
      const double x = backMostX(s);
      layers.behind.push_back(polygon(box(x - 9, floor, x, floor + kWallHeight), ink::prop));
      layers.behind.back().grounds = false;
      break;
    }
    case PropKind::wall_in_front: {
      const double hands = std::max(s.near_arm.fingertips.x, s.far_arm.fingertips.x);
      const bool hands_reach = hands > s.shoulders.x + 15;
      const double x = hands_reach ? hands + 2 : std::max(s.near_leg.toe.x, s.far_leg.toe.x) + 30;
      layers.behind.push_back(polygon(box(x, floor, x + 9, floor + kWallHeight), ink::prop));
      layers.behind.back().grounds = false;
      break;
    }
    case PropKind::chair: {
      const double seat = s.pelvis.y - body::trunk_width / 2 - 1;
      if (s.view != View::side) {  // seen from the front: seat, backrest behind the trunk, two legs
        const double x = s.pelvis.x;
        layers.behind.push_back(polygon(box(x - 30, seat, x + 30, seat + 50), ink::prop));
        layers.behind.push_back(polygon(box(x - 34, seat - 5, x + 34, seat), ink::prop));
        layers.behind.push_back(polyline({{x - 30, seat - 5}, {x - 30, floor}}, 3.5));
        layers.behind.push_back(polyline({{x + 30, seat - 5}, {x + 30, floor}}, 3.5));
        break;
      }
      const double rear = s.pelvis.x - 20;
      const double front = s.pelvis.x + 26;
      layers.behind.push_back(polygon(box(rear - 4, seat - 5, front, seat), ink::prop));
      layers.behind.push_back(polygon(box(rear - 7, seat - 5, rear - 2, seat + 48), ink::prop));
      layers.behind.push_back(polyline({{rear - 4, seat - 5}, {rear - 4, floor}}, 3.5));
      layers.behind.push_back(polyline({{front - 4, seat - 5}, {front - 4, floor}}, 3.5));
      break;
    }
    case PropKind::step: {
      const LegJoints& foot = s.leg(prop.at.limb);
      const double top = std::min(foot.heel.y, foot.toe.y) - body::limb_width * 0.375 - kOutline;
      const LegJoints& other = s.leg(prop.at.limb == Limb::near ? Limb::far : Limb::near);
      const double other_floor = std::min(other.heel.y, other.toe.y) - body::limb_width * 0.375 - kOutline;
      // The box's 2-unit outline reaches 1 below its edge: rest that, not the edge, on the floor.
      const double bottom = other_floor < top - 1 ? other_floor + 1 : top - 18;
      const double middle = (foot.heel.x + foot.toe.x) / 2;
      layers.behind.push_back(polygon(box(middle - 22, bottom, middle + 18, top), ink::prop));
      break;
    }
    case PropKind::counter: {
      if (s.view != View::side) {  // seen from the front: a table top under both hands
        const Point near_hand = s.at({Part::hand, Limb::near});
        const Point far_hand = s.at({Part::hand, Limb::far});
        const double top = std::min(near_hand.y, far_hand.y) - body::limb_width * 0.4 - kOutline;
        const double left = std::min(near_hand.x, far_hand.x) - 16;
        const double right = std::max(near_hand.x, far_hand.x) + 16;
        layers.behind.push_back(polygon(box(left, top - 5, right, top), ink::prop));
        layers.behind.push_back(polyline({{left + 4, top - 5}, {left + 4, floor}}, 4));
        layers.behind.push_back(polyline({{right - 4, top - 5}, {right - 4, floor}}, 4));
        break;
      }
      const Point hand = s.at(prop.at);
      const double top = hand.y - body::limb_width * 0.4 - kOutline;
      layers.behind.push_back(polygon(box(hand.x - 10, top - 5, hand.x + 45, top), ink::prop));
      layers.behind.push_back(polyline({{hand.x + 38, top - 5}, {hand.x + 38, floor}}, 4));
      break;
    }
    case PropKind::door_frame: {
      const double x = s.at(prop.at).x;
      layers.behind.push_back(polygon(box(x - 4, floor, x + 4, floor + kWallHeight), ink::prop));
      layers.behind.back().grounds = false;
      break;
    }
    case PropKind::towel_flat: {
      const LegJoints& foot = s.leg(prop.at.limb);
      const double top = std::min(foot.heel.y, foot.toe.y) - body::limb_width * 0.375 - kOutline;
      layers.behind.push_back(polygon(box(foot.heel.x - 6, top - 3, foot.toe.x + 26, top), ink::prop));
      break;
    }
    case PropKind::band:
    case PropKind::strap: {
      const Point from = s.at(prop.at);
      const bool to_door = prop.amount != 0;
      const Point to = to_door ? from + Point{prop.amount, 0} : s.at(prop.to);
      layers.in_the_hands.push_back(hollowStrap(from, to, prop.kind == PropKind::band ? 3 : 6));
      layers.in_the_hands.back().grounds = false;
      if (to_door) {
        const double door = to.x + (prop.amount > 0 ? 3 : -3);
        layers.behind.push_back(polyline({{door, floor}, {door, floor + kWallHeight}}, 3, ink::dark_prop));
        layers.behind.back().grounds = false;
        layers.in_the_hands.push_back(circle(to, 3, ink::dark_prop));
        layers.in_the_hands.back().grounds = false;
      }
      break;
    }
    case PropKind::towel_roll:
      layers.behind.push_back(
          circle(s.at(prop.at) + back * (body::trunk_width / 2 + 2), 6, ink::prop, ink::line, kOutline));
      break;
    case PropKind::pillow: {
      const Point at = s.at(prop.at);
      const double under = at.y - body::limb_width * 0.6 - 6;
      layers.behind.push_back(part({{{{at.x - 14, under}, {at.x + 14, under}}, 12}}, ink::prop));
      break;
    }
    case PropKind::ball:
      layers.between.push_back(circle(s.at(prop.at), prop.amount / 2, ink::prop, ink::line, kOutline));
      layers.between.back().grounds = false;
      break;
    case PropKind::stick: {
      const Point a = s.at(prop.at);
      const Point b = s.at(prop.to);
      const double apart = std::hypot(b.x - a.x, b.y - a.y);
      if (apart < 6) {  // seen end on
        layers.in_the_hands.push_back(circle(a, 3.5, ink::dark_prop));
      } else {
        const Point beyond = (b - a) * (12 / apart);
        layers.in_the_hands.push_back(polyline({a - beyond, b + beyond}, 4, ink::dark_prop));
      }
      layers.in_the_hands.back().grounds = false;
      break;
    }
    case PropKind::weight: {
      const Point at = s.at(prop.at);
      if (prop.at.part == Part::ankle) {
        const Point across = heading(headingOf(s.leg(prop.at.limb).knee - at) + 90) * 6;
        layers.in_the_hands.push_back(polyline({at - across, at + across}, 8, ink::dark_prop));
      } else {
        layers.in_the_hands.push_back(circle(at, 5.5, ink::dark_prop));
      }
      layers.in_the_hands.back().grounds = false;
      break;
    }
  }
}

}  // namespace motus::sdk::figure::detail
