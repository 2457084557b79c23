// The SDK's figure drawing: what plugin developers rely on when they describe a pose instead of
// drawing it.
#include <motus/core/svg_check.hpp>
#include <motus/sdk/figure_svg.hpp>

#include <catch2/catch.hpp>

#include <regex>

using namespace motus::sdk::figure;

namespace {

struct ViewBox {
  double width = 0;
  double height = 0;
};

ViewBox viewBoxOf(const std::string& svg) {
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, std::regex(R"re(viewBox="0 0 ([0-9.]+) ([0-9.]+)")re")));
  return {std::stod(match[1]), std::stod(match[2])};
}

double lowestBodyPoint(const Scene& scene) {
  detail::Bounds bounds;
  for (const detail::Shape& shape : detail::placeScene(scene)) {
    if (shape.kind == detail::Shape::Kind::part) bounds.add(shape);
  }
  return bounds.bottom;
}

const std::vector<std::pair<const char*, Pose>> kPresets = {
    {"standing", pose::standing()},
    {"standing, front", pose::standingFront()},
    {"sitting", pose::sitting()},
    {"sitting, front", pose::sittingFront()},
    {"sitting on the floor", pose::sittingOnFloor()},
    {"lying on the back", pose::lyingOnBack()},
    {"lying on the back, knees bent", pose::lyingOnBackKneesBent()},
    {"lying on the back, from above", pose::lyingOnBackFromAbove()},
    {"lying on the front", pose::lyingOnFront()},
    {"lying on the side", pose::lyingOnSide()},
    {"lying on the side, knees bent", pose::lyingOnSideKneesBent()},
    {"hands and knees", pose::handsAndKnees()},
    {"kneeling", pose::kneeling()},
    {"half kneeling", pose::halfKneeling()},
};

}  // namespace

TEST_CASE("Every preset pose draws as inert SVG, 1.4 times as wide as tall") {
  for (const auto& [name, pose] : kPresets) {
    INFO(name);
    const std::string svg = toSvg(Scene(pose));
    CHECK(motus::core::checkSvg(svg).empty());
    const ViewBox box = viewBoxOf(svg);
    CHECK(box.width / box.height == Approx(1.4).epsilon(0.01));
  }
}

TEST_CASE("A figure rests on the floor, whatever its pose") {
  for (const auto& [name, pose] : kPresets) {
    if (pose.view == View::above) continue;  // seen from the ceiling there is no floor
    INFO(name);
    CHECK(lowestBodyPoint(Scene(pose)) == Approx(0).margin(0.01));
  }
  SECTION("a prop under the body lifts it: a roller under the back") {
    CHECK(lowestBodyPoint(Scene(pose::lyingOnBack(), {Prop::rollerAcross(0.7)})) > 10);
  }
  SECTION("a step under one foot lifts that foot only") {
    Pose pose = pose::standing();
    pose.near_leg = {60, 70};
    CHECK(lowestBodyPoint(Scene(pose, {Prop::step()})) == Approx(0).margin(0.01));
  }
}

TEST_CASE("Start and finish share one frame, so the movement reads at one scale") {
  Pose start = pose::standing();
  Pose finish = start;
  finish.near_arm = {170, 0};  // the raised arm makes the finish taller
  const motus::sdk::Illustrations pictures =
      illustrate(Scene(start), Scene(finish, {}, {Arrow::move({Part::hand}, 0)}));
  CHECK(viewBoxOf(pictures.start_svg).width == viewBoxOf(pictures.finish_svg).width);
  CHECK(viewBoxOf(pictures.start_svg).height == viewBoxOf(pictures.finish_svg).height);
  CHECK(pictures.start_svg != pictures.finish_svg);
  CHECK(viewBoxOf(toSvg(Scene(start))).height < viewBoxOf(pictures.start_svg).height);
}

TEST_CASE("Angles move the joints the way a therapist measures them") {
  using detail::placeSkeleton;
  SECTION("shoulder flexion 90 points the arm forward, 180 overhead") {
    Pose pose = pose::standing();
    pose.near_arm = {90, 0};
    auto arm = placeSkeleton(pose).near_arm;
    CHECK(arm.wrist.x - arm.shoulder.x > 40);
    CHECK(arm.wrist.y == Approx(arm.shoulder.y).margin(0.5));
    pose.near_arm = {180, 0};
    arm = placeSkeleton(pose).near_arm;
    CHECK(arm.wrist.y - arm.shoulder.y > 40);
  }
  SECTION("sitting puts the thigh forward and the shin down") {
    const auto leg = placeSkeleton(pose::sitting()).near_leg;
    CHECK(leg.knee.x - leg.hip.x == Approx(detail::body::thigh).margin(0.5));
    CHECK(leg.ankle.x == Approx(leg.knee.x).margin(0.5));
    CHECK(leg.toe.x > leg.heel.x);  // the foot points forward
  }
  SECTION("a mirrored figure faces the other way") {
    const auto shapes = detail::placeScene(Scene(pose::lyingOnFront()));
    detail::Bounds body;
    for (const auto& shape : shapes) body.add(shape);
    // The head is the circle with the head's radius; it sits at the left end of the body.
    for (const auto& shape : shapes) {
      if (shape.kind == detail::Shape::Kind::circle && shape.size == detail::body::head_radius)
        CHECK(shape.points.front().x - body.left < 30);
    }
  }
}

TEST_CASE("A chair's legs reach the floor, and a wall stands on it") {
  const auto shapes = detail::placeScene(Scene(pose::sitting(), {Prop::chair(), Prop::wallBehind()}));
  int legs = 0;
  for (const auto& shape : shapes) {
    if (shape.kind == detail::Shape::Kind::polyline && shape.points.size() == 2 &&
        shape.points[0].x == shape.points[1].x) {
      CHECK(std::min(shape.points[0].y, shape.points[1].y) == Approx(0).margin(0.01));
      ++legs;
    }
  }
  CHECK(legs == 2);
}
