// The HTML handout opened in a real browser (headless Chromium): hostile text in every field a
// person or a plugin can fill shows as text, no script runs, and no request leaves the file.
#include "../support/chromium.hpp"
#include "../support/sample_records.hpp"
#include "../support/temp_folder.hpp"
#include "run_command.hpp"

#include <motus/core/html_handout.hpp>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <atomic>
#include <thread>

using namespace motus;
using Catch::Matchers::Contains;

namespace {

// Counts connections to a port on the loopback address: a page that fetches anything from it
// is caught in the act.
class LoopbackListener {
 public:
  LoopbackListener() {
    socket_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(::bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(socket_, 16) == 0);
    socklen_t length = sizeof address;
    ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] {
      while (!stop_) {
        pollfd ready{socket_, POLLIN, 0};
        if (::poll(&ready, 1, 50) > 0) {
          const int client = ::accept(socket_, nullptr, nullptr);
          if (client >= 0) {
            ++connections_;
            ::close(client);
          }
        }
      }
    });
  }
  ~LoopbackListener() {
    stop_ = true;
    thread_.join();
    ::close(socket_);
  }
  LoopbackListener(const LoopbackListener&) = delete;
  LoopbackListener& operator=(const LoopbackListener&) = delete;

  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  int connections() const { return connections_; }

 private:
  int socket_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> connections_{0};
  std::thread thread_;
};

std::string dumpDom(const std::filesystem::path& page) {
  const test::CommandResult result = test::runCommand(test::chromiumCommand("--dump-dom file://" + page.string()));
  INFO(result.output.substr(0, 500));
  REQUIRE(result.exit_code == 0);
  REQUIRE_THAT(result.output, Contains("</html>"));
  return result.output;
}

}  // namespace

TEST_CASE("The browser harness itself catches a running script and a request") {
  const test::TempFolder folder("browser");
  const LoopbackListener listener;
  const auto page = folder / "control.html";
  test::writeBytes(page, "<!DOCTYPE html><html><head><title>before</title></head><body><img src=\"" +
                             listener.url("/leak.png") + "\"><script>document.title='RAN'</script></body></html>");
  const std::string dom = dumpDom(page);
  CHECK_THAT(dom, Contains("<title>RAN</title>"));
  CHECK(listener.connections() > 0);
}

TEST_CASE("Hostile text in every field of a handout shows as text: no script runs, nothing is fetched") {
  const test::TempFolder folder("browser");
  const LoopbackListener listener;
  const std::string hostile =
      "<script>alert(1)</script><script>document.title='PWNED'</script>\"'><img src=\"" + listener.url("/leak.png") +
      "\" onerror=\"document.body.setAttribute('data-pwned','1')\"><a href=\"" + listener.url("/click") + "\">x</a>";
  db::Program program;
  program.title = hostile;
  program.clinician = hostile;
  program.issued_at = "2026-11-25T10:00:00.000Z";
  db::ProgramItem item = test::sampleItem();
  item.note = hostile;
  item.dosage.load = hostile;
  sdk::ExerciseSpec& spec = item.exercise.spec;
  spec.name = hostile;
  spec.steps = {hostile};
  spec.cues = {hostile};
  spec.precautions = {hostile};
  program.items = {item};
  db::Patient patient;
  patient.details = test::samplePatient("X-1", hostile, hostile);
  const db::ClinicProfile clinic{hostile, hostile, hostile, hostile, hostile, "image/svg+xml"};
  const core::HandoutDocument document = core::buildHandout(program, patient, clinic, {{"x", hostile, {hostile}}}, {});
  const auto page = folder / "handout.html";
  test::writeBytes(page, core::renderHtml(document));

  const std::string dom = dumpDom(page);
  CHECK_THAT(dom, Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));  // shown, as text
  CHECK(dom.find("PWNED</title>") == std::string::npos);
  CHECK(dom.find("data-pwned=\"1\"") == std::string::npos);
  CHECK(listener.connections() == 0);
}
