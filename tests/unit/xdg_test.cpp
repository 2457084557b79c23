#include <motus/core/xdg.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

using namespace motus::core;
using std::filesystem::path;

namespace {

// Sets (or, with nullopt, unsets) a variable for one test and puts the old value back after.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    value ? setenv(name, value->c_str(), 1) : unsetenv(name);
  }
  ~ScopedVariable() { old_ ? setenv(name_, old_->c_str(), 1) : unsetenv(name_); }
  ScopedVariable(const ScopedVariable&) = delete;
  ScopedVariable& operator=(const ScopedVariable&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("An XDG variable that holds an absolute path is the folder") {
  const ScopedVariable home("HOME", "/home/therapist");
  const ScopedVariable data("XDG_DATA_HOME", "/srv/data");
  const ScopedVariable config("XDG_CONFIG_HOME", "/srv/config");
  const ScopedVariable cache("XDG_CACHE_HOME", "/srv/cache");
  const ScopedVariable state("XDG_STATE_HOME", "/srv/state");
  CHECK(xdg::dataHome() == path("/srv/data"));
  CHECK(xdg::configHome() == path("/srv/config"));
  CHECK(xdg::cacheHome() == path("/srv/cache"));
  CHECK(xdg::stateHome() == path("/srv/state"));
}

TEST_CASE("A relative XDG value is ignored, as the specification says: the default under HOME") {
  const ScopedVariable home("HOME", "/home/therapist");
  const ScopedVariable data("XDG_DATA_HOME", "data");
  const ScopedVariable config("XDG_CONFIG_HOME", "./config");
  const ScopedVariable cache("XDG_CACHE_HOME", "~/.cache");  // no shell expands it here
  const ScopedVariable state("XDG_STATE_HOME", "../state");
  CHECK(xdg::dataHome() == path("/home/therapist/.local/share"));
  CHECK(xdg::configHome() == path("/home/therapist/.config"));
  CHECK(xdg::cacheHome() == path("/home/therapist/.cache"));
  CHECK(xdg::stateHome() == path("/home/therapist/.local/state"));
}

TEST_CASE("An empty or unset XDG variable is ignored: the default under HOME") {
  const ScopedVariable home("HOME", "/home/therapist");
  const ScopedVariable data("XDG_DATA_HOME", "");
  const ScopedVariable config("XDG_CONFIG_HOME", std::nullopt);
  const ScopedVariable cache("XDG_CACHE_HOME", "");
  const ScopedVariable state("XDG_STATE_HOME", std::nullopt);
  CHECK(xdg::dataHome() == path("/home/therapist/.local/share"));
  CHECK(xdg::configHome() == path("/home/therapist/.config"));
  CHECK(xdg::cacheHome() == path("/home/therapist/.cache"));
  CHECK(xdg::stateHome() == path("/home/therapist/.local/state"));
}

TEST_CASE("Without a usable variable or HOME there is no folder, and the caller decides") {
  const ScopedVariable data("XDG_DATA_HOME", "relative");
  const ScopedVariable state("XDG_STATE_HOME", std::nullopt);
  SECTION("no HOME") {
    const ScopedVariable home("HOME", std::nullopt);
    CHECK(xdg::dataHome().empty());
    CHECK(xdg::stateHome().empty());
  }
  SECTION("a relative HOME") {
    const ScopedVariable home("HOME", "somewhere");
    CHECK(xdg::dataHome().empty());
    CHECK(xdg::stateHome().empty());
  }
}
