#pragma once
// What can go wrong with the record store, each kind its own type so callers can react (retry on
// busy, offer a restore on corrupt) and each message saying what to do next.

#include <stdexcept>
#include <string>

namespace motus::db {

class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The file exists but is not a Motus database (another program's SQLite file, text, random bytes).
// It was not changed.
class NotAMotusDatabase : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Written by a newer Motus, with a schema this one does not know. It was not changed.
class NewerDatabase : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Damaged: the integrity check failed, or SQLite met damage while reading. Once a store has seen
// damage it refuses every change (and every backup) for the rest of its life. Restore from a backup.
class CorruptDatabase : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// There is no database at the path: no file, or an empty (0-byte) one, which usually means a
// database that was lost. Motus creates or fills one only when asked (see Store's OpenMode);
// nothing was created.
class DatabaseNotFound : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// The file or its folder cannot be written by this user. It was opened for reading only; every
// change is refused and nothing was saved. Ask for write permission, or work on a copy.
class ReadOnlyDatabase : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Another process held the database for longer than the busy timeout. Nothing was saved; retry.
class DatabaseBusy : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// The record asked for does not exist (or no longer does).
class RecordNotFound : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// The input breaks a rule (a duplicate chart number, an unknown condition code, ...). Nothing was
// saved.
class InvalidRecord : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// An issued program was to be changed. Issued programs never change: make a new version.
class ImmutableRecord : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// A record was changed outside Motus: it no longer matches the fingerprint or hash recorded when
// it was written. Nothing built on it (a reprint, a new version) is made; restore from a backup.
class AlteredRecord : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

}  // namespace motus::db
