#pragma once
// The peer for catalog search: SQLite FTS5 over the same texts (name, tags, purpose, steps),
// queried the way the window types: every word a prefix, all words required, best match first
// (bm25 weighted like the catalog: name, then tags, purpose, steps). In memory, as the catalog is.

#include <motus/core/catalog.hpp>

#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace motus::bench {

class Fts5Peer {
 public:
  explicit Fts5Peer(const std::vector<core::CatalogEntry>& entries) {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite3_open failed");
    exec("CREATE VIRTUAL TABLE ex USING fts5(name, tags, purpose, steps, tokenize = 'unicode61 remove_diacritics 2')");
    exec("BEGIN");
    sqlite3_stmt* insert = prepare("INSERT INTO ex (rowid, name, tags, purpose, steps) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const sdk::ExerciseSpec& spec = entries[i].spec;
      std::string tags;
      for (const std::string& tag : spec.tags) tags += tag + " ";
      std::string steps;
      for (const std::string& step : spec.steps) steps += step + " ";
      sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(i));
      sqlite3_bind_text(insert, 2, spec.name.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 3, tags.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 4, spec.purpose.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 5, steps.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(insert) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    exec("COMMIT");
    search_ = prepare("SELECT rowid FROM ex WHERE ex MATCH ? ORDER BY bm25(ex, 8.0, 4.0, 2.0, 1.0)");
  }
  ~Fts5Peer() {
    sqlite3_finalize(search_);
    sqlite3_close(db_);
  }
  Fts5Peer(const Fts5Peer&) = delete;
  Fts5Peer& operator=(const Fts5Peer&) = delete;

  // The matching rows, best first, for words already folded by core::searchTokens.
  std::size_t search(const std::vector<std::string>& words) {
    std::string match;
    for (const std::string& word : words) match += (match.empty() ? "\"" : " AND \"") + word + "\"*";
    if (match.empty()) return 0;
    sqlite3_bind_text(search_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    std::size_t rows = 0;
    while (sqlite3_step(search_) == SQLITE_ROW) ++rows;
    sqlite3_reset(search_);
    return rows;
  }

 private:
  void exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error != nullptr ? error : "unknown error";
      sqlite3_free(error);
      throw std::runtime_error(message);
    }
  }
  sqlite3_stmt* prepare(const char* sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &statement, nullptr) != SQLITE_OK)
      throw std::runtime_error(sqlite3_errmsg(db_));
    return statement;
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* search_ = nullptr;
};

}  // namespace motus::bench
