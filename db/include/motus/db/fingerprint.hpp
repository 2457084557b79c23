#pragma once
// The fingerprint of an issued program: a SHA-256 over everything the patient was given (title,
// version, every item's exercise snapshot, dosage, note and override) and the facts that place it
// (patient, dates, clinician). Recorded in the audit row that issues the program, recomputed when
// the program is read, and printed in short on the handout, so a change made outside Motus shows.

#include <motus/db/records.hpp>

#include <string>

namespace motus::db {

// 64 lowercase hex digits. Stable across Motus versions: the input is versioned.
std::string programFingerprint(const Program& program);

// Throws AlteredRecord when the program was changed outside Motus (Program::alterations), saying
// what changed and what was therefore not done (`refused`: "No handout is made from it").
void refuseIfAltered(const Program& program, const std::string& refused);

// The first 12 hex digits in three groups, uppercase, for people to compare: "3F9A 12C0 77B1".
std::string shortFingerprint(const std::string& fingerprint);

}  // namespace motus::db
