#include "elf_check.hpp"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <vector>

namespace motus::scan {
namespace {

#if defined(__x86_64__)
constexpr Elf64_Half kHostMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr Elf64_Half kHostMachine = EM_AARCH64;
#else
#error "Add this processor's ELF machine number to elf_check.cpp"
#endif

bool within(std::uint64_t offset, std::uint64_t length, std::uint64_t size) {
  return offset <= size && length <= size - offset;
}

}  // namespace

std::string checkElfLibrary(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return "The file cannot be read (check its permissions).";
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);

  Elf64_Ehdr header{};
  in.read(reinterpret_cast<char*>(&header), sizeof header);
  if (std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) {
    return "Not a plugin library: the file is not a shared library (no ELF header).";
  }
  if (size < sizeof header) return "The library is truncated: the file ends inside its header.";
  if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != ELFDATA2LSB ||
      header.e_machine != kHostMachine) {
    return "The library was built for another kind of processor.";
  }
  if (header.e_type != ET_DYN)
    return "Not a plugin library: the file is an ELF program or object, not a shared library.";
  if (header.e_phentsize != sizeof(Elf64_Phdr) ||
      !within(header.e_phoff, std::uint64_t{header.e_phnum} * sizeof(Elf64_Phdr), size)) {
    return "The library is truncated or damaged: its program headers lie outside the file.";
  }
  if (header.e_shoff != 0 && !within(header.e_shoff, std::uint64_t{header.e_shnum} * header.e_shentsize, size)) {
    return "The library is truncated: it is shorter than its headers say.";
  }

  std::vector<Elf64_Phdr> segments(header.e_phnum);
  in.seekg(static_cast<std::streamoff>(header.e_phoff));
  in.read(reinterpret_cast<char*>(segments.data()), static_cast<std::streamsize>(segments.size() * sizeof(Elf64_Phdr)));
  if (!in) return "The library is truncated or damaged: its program headers cannot be read.";
  for (const Elf64_Phdr& segment : segments) {
    if ((segment.p_type == PT_LOAD || segment.p_type == PT_DYNAMIC) &&
        !within(segment.p_offset, segment.p_filesz, size)) {
      return "The library is truncated: it is shorter than its contents say.";
    }
  }
  return {};
}

}  // namespace motus::scan
