#pragma once
// What motus-plugin-scan tells the host about one plugin file, over a pipe of its own (never
// stdout, which plugin code may write on). Lines of text, and the document as counted bytes:
//
//   stage opening          about to open the library (its start-up code runs now)
//   api 2 0                the API version the plugin exports
//   stage describing       about to call its describe function
//   document 1234          followed by exactly 1234 bytes: the plugin's JSON document
//   failure <one line>     the file is no usable plugin (the reason, for a therapist)
//   memory                 the plugin ran out of the memory the scanner may use
//   done                   the scanner finished normally
//
// The last stage seen tells the host where a crash or a hang happened.

namespace motus::scan {

inline constexpr int kPipeDescriptor = 3;  // where the host puts the pipe's writing end

inline constexpr const char* kStageOpening = "opening";
inline constexpr const char* kStageDescribing = "describing";

// The scanner's exit code when memory ran out (from its new-handler).
inline constexpr int kExitOutOfMemory = 70;

}  // namespace motus::scan
