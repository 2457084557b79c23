#pragma once
// Everything a plugin needs, in one include.
#include <motus/sdk/api_version.hpp>
#include <motus/sdk/builders.hpp>
#include <motus/sdk/dosage.hpp>
#include <motus/sdk/exercise.hpp>
#include <motus/sdk/plugin.hpp>
#include <motus/sdk/vocabulary.hpp>
