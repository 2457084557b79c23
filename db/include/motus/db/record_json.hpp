#pragma once
// The JSON forms of an exercise snapshot and a dosage, as stored in the database and exchanged in
// files. Versioned so that a later Motus reads what an earlier one wrote:
//
//   {"format": "motus.exercise-snapshot", "version": 1, "global_id": "...", "plugin_id": "...",
//    "plugin_version": "...", "exercise": {"id": ..., "name": ..., "purpose": ..., "body_regions": [...],
//    "equipment": [...], "positions": [...], "goals": [...], "difficulty": "beginner",
//    "steps": [...], "cues": [...], "precautions": [...], "default_dosage": <dosage>,
//    "safety": [{"condition": ..., "severity": "avoid" | "caution", "reason": ...}],
//    "illustrations": {"start_svg": ..., "finish_svg": ...}, "progressions": [...],
//    "regressions": [...], "tags": [...]}}
//
//   {"format": "motus.dosage", "version": 1, "sets": {"low": 2, "high": 3}, "reps": ...,
//    "hold_seconds": ..., "duration_seconds": ..., "rest_seconds": ..., "times_per_day": ...,
//    "days_per_week": ..., "session_minutes": ..., "side": "each-side", "load": "light band"}
//
//   {"format": "motus.handout-settings", "version": 1, "paper": "a4", "large_print": false,
//    "pictures": true, "log_weeks": 2, "education": [{"id": ..., "title": ..., "points": [...]}]}
//
// Absent numbers are left out. Keys are written in this order, so equal content gives equal text
// (snapshots are stored once per distinct text, keyed by its SHA-256).

#include <motus/db/records.hpp>

#include <string>

namespace motus::db {

std::string snapshotToJson(const ExerciseSnapshot& snapshot);
// The key a snapshot is stored under: the SHA-256 of its JSON, in lowercase hex.
std::string snapshotKey(const ExerciseSnapshot& snapshot);
ExerciseSnapshot snapshotFromJson(const std::string& json);  // throws InvalidRecord

std::string handoutSettingsToJson(const HandoutSettings& settings);
HandoutSettings handoutSettingsFromJson(const std::string& json);  // throws InvalidRecord

// A list of texts as a JSON array, and back.
std::string textsToJson(const std::vector<std::string>& texts);
std::vector<std::string> textsFromJson(const std::string& json);  // throws InvalidRecord

std::string dosageToJson(const sdk::Dosage& dosage);
sdk::Dosage dosageFromJson(const std::string& json);  // throws InvalidRecord

}  // namespace motus::db
