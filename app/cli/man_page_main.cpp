// motus-cli-man-page OUTPUT VERSION RELEASE_DATE PLUGIN_FOLDER: writes motus-cli(1) at build time.
//
// A program of its own rather than a hidden `motus-cli --man-page`: the installed motus-cli keeps
// no option that its help must hide, and this one starts no log, opens no database and reads no
// environment, so the page is the same whoever builds it and wherever (the ASan build included).
// It links the same command table as motus-cli, so the page cannot miss a command.
#include "man_page.hpp"

#include <fstream>
#include <iostream>

int main(int argc, char* argv[]) {
  if (argc != 5) {
    std::cerr << "Usage: motus-cli-man-page OUTPUT VERSION RELEASE_DATE PLUGIN_FOLDER\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  motus::cli::writeManPage(out, {.version = argv[2], .release_date = argv[3], .plugin_folder = argv[4]});
  out.close();
  if (!out) {
    std::cerr << "motus-cli-man-page: could not write " << argv[1] << '\n';
    return 1;
  }
  return 0;
}
