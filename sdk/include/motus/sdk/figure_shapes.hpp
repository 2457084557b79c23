#pragma once
// A Scene turned into shapes: the body as outlined parts, then the props and arrows around it.
// Layers run back to front, so the far limbs sit behind the trunk and the near limbs in front.

#include <motus/sdk/figure_geometry.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace motus::sdk::figure::detail {

namespace ink {
inline constexpr const char* line = "#1b1b1b";
inline constexpr const char* skin = "#ffffff";
inline constexpr const char* far_skin = "#cfcfcf";
inline constexpr const char* prop = "#e6e6e6";
inline constexpr const char* dark_prop = "#6b6b6b";
inline constexpr const char* arrow = "#1c5fb0";
}  // namespace ink

inline constexpr double kOutline = 2.4;

// Two points: a straight capsule; three: a curved one bending toward the middle point; closed: a
// filled outline of the points.
struct Segment {
  std::vector<Point> points;
  double width = 0;
  bool closed = false;
};

struct Shape {
  enum class Kind { part, circle, polygon, polyline } kind = Kind::part;
  std::vector<Segment> segments;  // part: outlined together, as one silhouette
  std::vector<Point> points;      // circle: the centre; polygon and polyline: the corners
  double size = 0;                // circle: radius; polyline: line width
  const char* fill = "none";
  const char* stroke = ink::line;
  double stroke_width = 2;
  bool dashed = false;
  bool grounds = true;  // rests on the floor: counts when the scene is set down
};

inline Shape part(std::vector<Segment> segments, const char* fill) {
  Shape shape;
  shape.segments = std::move(segments);
  shape.fill = fill;
  return shape;
}
inline Shape circle(Point centre, double radius, const char* fill, const char* stroke = ink::line, double width = 2) {
  Shape shape;
  shape.kind = Shape::Kind::circle;
  shape.points = {centre};
  shape.size = radius;
  shape.fill = fill;
  shape.stroke = stroke;
  shape.stroke_width = width;
  return shape;
}
inline Shape polygon(std::vector<Point> corners, const char* fill, double width = 2) {
  Shape shape;
  shape.kind = Shape::Kind::polygon;
  shape.points = std::move(corners);
  shape.fill = fill;
  shape.stroke_width = width;
  return shape;
}
inline Shape polyline(std::vector<Point> points, double width, const char* stroke = ink::line) {
  Shape shape;
  shape.kind = Shape::Kind::polyline;
  shape.points = std::move(points);
  shape.size = width;
  shape.stroke = stroke;
  return shape;
}
inline std::vector<Point> box(double left, double bottom, double right, double top) {
  return {{left, bottom}, {right, bottom}, {right, top}, {left, top}};
}

// The outermost extent of a set of shapes, with line widths.
struct Bounds {
  double left = 1e9, bottom = 1e9, right = -1e9, top = -1e9;
  void add(Point p, double radius) {
    left = std::min(left, p.x - radius);
    right = std::max(right, p.x + radius);
    bottom = std::min(bottom, p.y - radius);
    top = std::max(top, p.y + radius);
  }
  void add(const Shape& shape) {
    for (const Segment& segment : shape.segments) {
      // A curve stays inside the triangle of its points, so this is a safe, slightly large bound.
      for (const Point& p : segment.points) add(p, segment.width / 2 + kOutline);
    }
    const double reach = shape.kind == Shape::Kind::circle ? shape.size + shape.stroke_width / 2
                                                           : std::max(shape.size, shape.stroke_width) / 2;
    for (const Point& p : shape.points) add(p, reach);
  }
  bool empty() const { return left > right; }
};

// The body's shapes. Joints are marked with dots so bends read clearly in a small print.
inline Shape armShape(const ArmJoints& arm, const char* fill) {
  return part({{{arm.shoulder, arm.elbow}, body::limb_width},
               {{arm.elbow, arm.wrist}, body::limb_width * 0.9},
               {{arm.wrist, arm.fingertips}, body::limb_width * 0.8}},
              fill);
}
inline Shape legShape(const LegJoints& leg, const char* fill) {
  return part({{{leg.hip, leg.knee}, body::limb_width * 1.25},
               {{leg.knee, leg.ankle}, body::limb_width * 1.05},
               {{leg.heel, leg.toe}, body::limb_width * 0.75}},
              fill);
}
inline std::vector<Shape> jointDots(const ArmJoints& arm, const LegJoints& leg) {
  std::vector<Shape> dots;
  for (const Point& p : {arm.elbow, arm.wrist, leg.knee, leg.ankle}) dots.push_back(circle(p, 1.8, ink::line, "none"));
  return dots;
}

inline Shape trunkShape(const Skeleton& s) {
  if (s.view == View::side) {
    return part(
        {{{s.pelvis, s.trunk_bend, s.shoulders}, body::trunk_width}, {{s.shoulders, s.head}, body::limb_width * 0.9}},
        ink::skin);
  }
  // Front: shoulders wider than hips.
  const Point across = s.far_arm.shoulder - s.near_arm.shoulder;
  const Point up = s.shoulders - s.pelvis;
  const Point shoulder_top = s.shoulders - up * 0.04;
  return part({{{shoulder_top - across * 0.5, shoulder_top + across * 0.5, s.far_leg.hip + up * 0.02,
                 s.near_leg.hip + up * 0.02},
                body::limb_width,
                true},
               {{s.shoulders, s.head}, body::limb_width * 0.9}},
              ink::skin);
}

inline std::vector<Shape> headShapes(const Skeleton& s) {
  const Shape head = circle(s.head, body::head_radius, ink::skin, ink::line, kOutline);
  if (s.view != View::side) {  // eyes and a nose, moved across the face as the head turns
    const Point up = heading(s.head_heading);
    const Point right = heading(s.head_heading - 90);  // the patient's right: the viewer's left
    const double turn = std::sin(s.head_turn * std::numbers::pi / 180.0) * body::head_radius * 0.6;
    const Point centre = s.head + right * turn;
    return {head, circle(centre + right * 3.6 + up * 2, 1.3, ink::line, "none"),
            circle(centre - right * 3.6 + up * 2, 1.3, ink::line, "none"),
            polyline({centre + up * 1, centre - up * 2.5 +
                                           right * (turn > 1    ? 1.5
                                                    : turn < -1 ? -1.5
                                                                : 0)},
                     1.4)};
  }
  // A nose (its base hidden under the head) and an eye show which way the person faces.
  const Point face = heading(s.head_heading + 90);
  const Point up = heading(s.head_heading);
  const Point edge = s.head + face * (body::head_radius - 2);
  return {polygon({edge + up * 3.5, edge + face * 5.5 - up * 0.5, edge - up * 2.5}, ink::skin, kOutline), head,
          circle(s.head + face * 4.5 + up * 2.5, 1.5, ink::line, "none")};
}

}  // namespace motus::sdk::figure::detail
