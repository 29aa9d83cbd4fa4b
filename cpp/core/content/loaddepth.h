#pragma once

// How much of a course the loader reads.
enum class LoadDepth {
    // What the app lists: every manifest and breathing exercise, each lesson's front matter and figures
    // (words, cards, minutes) counted in one pass without keeping its text; quizzes are not parsed.
    Catalog,
    // Everything, for checking and export: also lesson bodies split into cards, links checked, quizzes
    // parsed, and files in the course folder that nothing lists.
    Full,
};
