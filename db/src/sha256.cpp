#include "sha256.hpp"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <array>
#include <new>

namespace motus::db {
namespace {

std::string hexOf(const unsigned char* digest, unsigned int length) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0x0f];
  }
  return hex;
}

// Fetched once: fetching it for every hash (EVP_sha256() does) cost as much as hashing an audit row.
const EVP_MD* sha256Method() {
  static const EVP_MD* const method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (method == nullptr) throw std::bad_alloc();
  return method;
}

}  // namespace

std::string sha256Hex(std::string_view text) {
  // In one call, without a context to make and free: most texts hashed are short (audit rows).
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest.data());
  return hexOf(digest.data(), static_cast<unsigned int>(digest.size()));
}

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
  if (context_ == nullptr || EVP_DigestInit_ex(context_, sha256Method(), nullptr) != 1) {
    EVP_MD_CTX_free(context_);
    throw std::bad_alloc();
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(context_); }

void Sha256::add(std::string_view bytes) {
  if (EVP_DigestUpdate(context_, bytes.data(), bytes.size()) != 1) throw std::bad_alloc();
}

std::string Sha256::hex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context_, digest.data(), &length) != 1) throw std::bad_alloc();
  return hexOf(digest.data(), length);
}

}  // namespace motus::db
