#pragma once
// SHA-256 through OpenSSL, which uses the processor's SHA instructions where it has them.

#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of every file that includes this one

namespace motus::db {

// Lowercase hex SHA-256 of text.
std::string sha256Hex(std::string_view text);

// The same hash fed in pieces, for a text that would otherwise be built only to be hashed (a
// program's fingerprint covers every exercise's whole text: megabytes over a clinic's programs).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(std::string_view bytes);
  // The hash of everything added; the hasher is then spent.
  std::string hex();

 private:
  evp_md_ctx_st* context_;
};

}  // namespace motus::db
