#pragma once
// One function per motus-cli command. Each writes to out/err and returns the exit status.

#include "command_line.hpp"

#include <iosfwd>

namespace motus::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitProblem = 1;  // the command ran and found a problem (not found, bad plugin)
inline constexpr int kExitUsage = 2;    // the command line itself was wrong

int listPlugins(const Invocation& invocation, std::ostream& out);
int listExercises(const Invocation& invocation, std::ostream& out, std::ostream& err);
int showExercise(const Invocation& invocation, std::ostream& out, std::ostream& err);
int checkPlugin(const Invocation& invocation, std::ostream& out, std::ostream& err);
int writeContactSheet(const Invocation& invocation, std::ostream& out, std::ostream& err);
int listVocabulary(const Invocation& invocation, std::ostream& out, std::ostream& err);

// Records (each opens the database of --database or the default).
int runPatients(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runConditions(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runPrograms(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runTemplates(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runExport(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runImport(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runBackup(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runRestore(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runAudit(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runCheck(const Invocation& invocation, std::ostream& out);
int runClinic(const Invocation& invocation, std::ostream& out, std::ostream& err);
int runHandout(const Invocation& invocation, std::ostream& out, std::ostream& err);
// FHIR R4: the patient's record out to an EHR, a referral in.
int runFhir(const Invocation& invocation, std::ostream& out, std::ostream& err);

}  // namespace motus::cli
