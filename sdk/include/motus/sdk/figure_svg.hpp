#pragma once
// Draws Scenes as SVG in Motus's one line-art style:
//
//   using namespace motus::sdk::figure;
//   Scene start{pose::lyingOnBackKneesBent()};
//   Scene finish{start.pose, {}, {Arrow::move({Part::hip}, 0)}};
//   finish.pose.trunk = -75;  // ... and whatever else moves
//   spec.illustrations = illustrate(start, finish);
//
// The start and finish pictures share one frame and scale, so the movement reads between them.
// Every picture is 1.4 times as wide as it is tall, with the floor along its bottom.

#include <motus/sdk/exercise.hpp>
#include <motus/sdk/figure.hpp>
#include <motus/sdk/figure_props.hpp>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace motus::sdk::figure {
namespace detail {

inline std::vector<Shape> arrowShapes(const Arrow& arrow, const Skeleton& s) {
  const Point at = s.at(arrow.at);
  std::vector<Point> path;
  double travel = arrow.from;
  if (arrow.turning) {
    const int steps = std::max(2, static_cast<int>(std::abs(arrow.to - arrow.from) / 4));
    for (int i = 0; i <= steps; ++i)
      path.push_back(at + heading(arrow.from + (arrow.to - arrow.from) * i / steps) * arrow.size);
    travel = arrow.to + (arrow.to > arrow.from ? 90 : -90);
  } else {
    const Point start = at + heading(arrow.from) * 12;
    path = {start, start + heading(arrow.from) * arrow.size};
  }
  const Point tip = path.back() + heading(travel) * 4;
  const Point forward = heading(travel);
  const Point side = heading(travel + 90);
  Shape head =
      polygon({tip + forward * 2, tip - forward * 8 + side * 5.5, tip - forward * 8 - side * 5.5}, ink::arrow, 1);
  head.stroke = ink::arrow;
  Shape line = polyline(std::move(path), 3.2, ink::arrow);
  line.grounds = head.grounds = false;
  return {line, head};
}

// Back to front: props behind, far limbs, trunk and head, near limbs, what the hands hold, arrows.
inline std::vector<Shape> sceneShapes(const Scene& scene, const Skeleton& s, double floor) {
  PropLayers props;
  for (const Prop& prop : scene.props) addProp(prop, s, floor, props);
  const char* far = s.view == View::side ? ink::far_skin : ink::skin;
  std::vector<Shape> shapes = std::move(props.behind);
  auto append = [&shapes](std::vector<Shape> more) {
    for (Shape& shape : more) shapes.push_back(std::move(shape));
  };
  const bool side = s.view == View::side;
  shapes.push_back(legShape(s.far_leg, far));
  if (side) shapes.push_back(armShape(s.far_arm, far));
  append(jointDots(s.far_arm, s.far_leg));
  append(std::move(props.between));
  if (!side) shapes.push_back(legShape(s.near_leg, ink::skin));
  shapes.push_back(trunkShape(s));
  append(headShapes(s));
  if (side) shapes.push_back(legShape(s.near_leg, ink::skin));
  if (!side) shapes.push_back(armShape(s.far_arm, far));
  shapes.push_back(armShape(s.near_arm, ink::skin));
  append(jointDots(s.near_arm, s.near_leg));
  if (!side) append(jointDots(s.far_arm, s.far_leg));
  append(std::move(props.in_the_hands));
  for (const Arrow& arrow : scene.arrows) append(arrowShapes(arrow, s));
  return shapes;
}

inline double lowestPoint(const std::vector<Shape>& shapes) {
  Bounds bounds;
  for (const Shape& shape : shapes) {
    if (shape.grounds) bounds.add(shape);
  }
  return bounds.bottom;
}

// The scene set down so that whatever is lowest rests on the floor at y = 0, then mirrored.
inline std::vector<Shape> placeScene(const Scene& scene) {
  Skeleton skeleton = placeSkeleton(scene.pose);
  const double body_floor = lowestPoint(sceneShapes(Scene(scene.pose), skeleton, 0));
  skeleton.shift({0, -lowestPoint(sceneShapes(scene, skeleton, body_floor))});
  std::vector<Shape> shapes = sceneShapes(scene, skeleton, 0);
  if (scene.pose.mirrored) {
    for (Shape& shape : shapes) {
      for (Segment& segment : shape.segments)
        for (Point& p : segment.points) p.x = -p.x;
      for (Point& p : shape.points) p.x = -p.x;
    }
  }
  return shapes;
}

struct Frame {
  double left = 0, bottom = 0, right = 0, top = 0;
  bool floor = true;  // draw the floor along y = 0
};

inline constexpr double kAspect = 1.4;

inline Frame frameAround(const std::vector<const std::vector<Shape>*>& scenes, bool floor) {
  Bounds bounds;
  if (floor) bounds.add(Point{0, 0}, 0);
  for (const auto* shapes : scenes)
    for (const Shape& shape : *shapes) bounds.add(shape);
  const double pad = 8;
  Frame frame{bounds.left - pad, bounds.bottom - (floor ? 10 : pad), bounds.right + pad, bounds.top + pad};
  frame.floor = floor;
  const double width = frame.right - frame.left;
  const double height = frame.top - frame.bottom;
  if (width < height * kAspect) {
    const double grow = (height * kAspect - width) / 2;
    frame.left -= grow;
    frame.right += grow;
  } else {
    frame.top += width / kAspect - height;  // the floor stays at the bottom
  }
  return frame;
}

// Numbers with one decimal, written by hand so no locale can turn the point into a comma.
inline void put(std::string& out, double value) {
  long tenths = std::lround(value * 10);
  if (tenths < 0) {
    out += '-';
    tenths = -tenths;
  }
  out += std::to_string(tenths / 10);
  if (tenths % 10 != 0) {
    out += '.';
    out += static_cast<char>('0' + tenths % 10);
  }
}

class SvgWriter {
 public:
  explicit SvgWriter(const Frame& frame) : frame_(frame) {
    out_ += R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 )";
    put(out_, frame.right - frame.left);
    out_ += ' ';
    put(out_, frame.top - frame.bottom);
    out_ += "\" width=\"";
    put(out_, frame.right - frame.left);
    out_ += "\" height=\"";
    put(out_, frame.top - frame.bottom);
    out_ += "\">";
    if (frame.floor) ground();
  }

  void draw(const Shape& shape) {
    switch (shape.kind) {
      case Shape::Kind::part:
        return drawPart(shape);
      case Shape::Kind::circle:
        out_ += "<circle cx=\"";
        put(out_, x(shape.points.front()));
        out_ += "\" cy=\"";
        put(out_, y(shape.points.front()));
        out_ += "\" r=\"";
        put(out_, shape.size);
        out_ += '"';
        paint(shape.fill, shape.stroke, shape.stroke_width);
        out_ += "/>";
        return;
      case Shape::Kind::polygon:
        out_ += R"(<polygon points=")" + pointList(shape.points) + R"(" stroke-linejoin="round")";
        paint(shape.fill, shape.stroke, shape.stroke_width);
        out_ += "/>";
        return;
      case Shape::Kind::polyline:
        out_ +=
            R"(<polyline points=")" + pointList(shape.points) + R"(" stroke-linecap="round" stroke-linejoin="round")";
        paint("none", shape.stroke, shape.size);
        out_ += "/>";
        return;
    }
  }

  std::string finish() { return out_ + "</svg>"; }

 private:
  double x(Point p) const { return p.x - frame_.left; }
  double y(Point p) const { return frame_.top - p.y; }

  void ground() {
    out_ += R"(<rect x="0" y=")";
    put(out_, frame_.top);
    out_ += "\" width=\"";
    put(out_, frame_.right - frame_.left);
    out_ += "\" height=\"";
    put(out_, -frame_.bottom);
    out_ += R"(" fill="#efefef"/>)";
    draw(polyline({{frame_.left, 0}, {frame_.right, 0}}, 2, "#555555"));
  }

  void paint(const char* fill, const char* stroke, double width) {
    out_ += std::string(" fill=\"") + fill + "\" stroke=\"" + stroke + '"';
    if (std::string_view(stroke) != "none") {
      out_ += " stroke-width=\"";
      put(out_, width);
      out_ += '"';
    }
  }

  std::string pointList(const std::vector<Point>& points) const {
    std::string list;
    for (const Point& p : points) {
      if (!list.empty()) list += ' ';
      put(list, x(p));
      list += ',';
      put(list, y(p));
    }
    return list;
  }

  // Appends rather than `"literal" + string`: GCC 12 at -O3 warns falsely (-Wrestrict) on that.
  std::string pathOf(const Segment& segment) const {
    std::string d = "M";
    d += pointList({segment.points.front()});
    if (segment.closed) {
      for (std::size_t i = 1; i < segment.points.size(); ++i) {
        d += " L";
        d += pointList({segment.points[i]});
      }
      d += " Z";
    } else if (segment.points.size() == 3) {
      d += " Q";
      d += pointList({segment.points[1], segment.points[2]});
    } else {
      d += " L";
      d += pointList({segment.points.back()});
    }
    return d;
  }

  // The outline trick: every segment stroked wide in ink, then narrower in the fill, so the parts of
  // one limb merge into a single outlined silhouette.
  void drawPart(const Shape& shape) {
    out_ += R"(<g stroke-linecap="round" stroke-linejoin="round">)";
    for (const bool outline : {true, false}) {
      for (const Segment& segment : shape.segments) {
        const char* colour = outline ? ink::line : shape.fill;
        out_ += "<path d=\"";
        out_ += pathOf(segment);
        out_ += '"';
        paint(segment.closed ? colour : "none", colour, segment.width + (outline ? 2 * kOutline : 0));
        out_ += "/>";
      }
    }
    out_ += "</g>";
  }

  Frame frame_;
  std::string out_;
};

inline std::string svgOf(const std::vector<Shape>& shapes, const Frame& frame) {
  SvgWriter writer(frame);
  for (const Shape& shape : shapes) writer.draw(shape);
  return writer.finish();
}

}  // namespace detail

// One picture, framed on its own.
inline std::string toSvg(const Scene& scene) {
  const auto shapes = detail::placeScene(scene);
  return detail::svgOf(shapes, detail::frameAround({&shapes}, scene.pose.view != View::above));
}

// The start and finish pictures of an exercise, in one frame and at one scale.
inline Illustrations illustrate(const Scene& start, const Scene& finish) {
  const auto first = detail::placeScene(start);
  const auto last = detail::placeScene(finish);
  const detail::Frame frame =
      detail::frameAround({&first, &last}, start.pose.view != View::above || finish.pose.view != View::above);
  return {detail::svgOf(first, frame), detail::svgOf(last, frame)};
}

}  // namespace motus::sdk::figure
