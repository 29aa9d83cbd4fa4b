#!/usr/bin/env python3
"""Check course text for word runs copied from the source documents.

Usage: check-source-overlap.py SOURCES_DIR LESSONS_DIR [LESSONS_DIR ...] [--n 8] [--cards]

Tokenizes text (lower case; a word is a run of letters or digits, including
å, ä, ö and é), collects every n-gram of the .txt files in SOURCES_DIR
(README.md is skipped), then scans every .md and .gift file under LESSONS_DIR.
Each hit is printed as `path:line: shared N-word run: "..."`; the exit status
is 1 if there was any hit, else 0.

With --cards, it also prints the word count of every card of every lesson
(cards are split at lines that are exactly `---`, front matter excluded) and
the total per file, marking cards over 120 words and lessons outside 180-540.
"""
import argparse
import os
import re
import sys

WORD_RE = re.compile(r"[0-9a-zåäöéü]+", re.IGNORECASE)


def words_with_lines(text):
    """Return a list of (word, line_number) pairs, words lower-cased."""
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        for m in WORD_RE.finditer(line):
            out.append((m.group(0).lower(), lineno))
    return out


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def source_ngrams(sources_dir, n):
    grams = set()
    for name in sorted(os.listdir(sources_dir)):
        if not name.endswith(".txt") or name.lower() == "readme.md":
            continue
        words = [w for w, _ in words_with_lines(read(os.path.join(sources_dir, name)))]
        for i in range(len(words) - n + 1):
            grams.add(tuple(words[i:i + n]))
    return grams


def lesson_files(lessons_dir):
    for root, dirs, files in os.walk(lessons_dir):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".md") or name.endswith(".gift"):
                yield os.path.join(root, name)


def split_front_matter(text):
    """Return (body_lines_with_numbers) with the front matter removed."""
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    return [(i + 1, lines[i]) for i in range(start, len(lines))]


def card_report(path):
    text = read(path)
    if re.search(r"^pattern:", text, re.MULTILINE):
        return  # a breathing exercise, not a lesson
    body = split_front_matter(text)
    cards = [[]]
    for _, line in body:
        if line == "---":
            cards.append([])
        else:
            cards[-1].append(line)
    counts = [len(WORD_RE.findall("\n".join(c))) for c in cards]
    counts = [c for c in counts if c > 0]
    total = sum(counts)
    flags = []
    if any(c > 120 for c in counts):
        flags.append("CARD>120")
    if total < 180 or total > 540:
        flags.append("TOTAL-OUT-OF-RANGE")
    print(f"{path}: {total} words, cards {counts} {' '.join(flags)}".rstrip())


def main():
    ap = argparse.ArgumentParser(description="Find word runs shared with the source texts.")
    ap.add_argument("sources_dir")
    ap.add_argument("lessons_dir", nargs="+",
                    help="folder(s) or files to scan for .md and .gift files")
    ap.add_argument("--n", type=int, default=8, help="run length in words (default 8)")
    ap.add_argument("--cards", action="store_true",
                    help="also print words per card for lesson files")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("--n must be at least 1")

    grams = source_ngrams(args.sources_dir, args.n)
    files = []
    for target in args.lessons_dir:
        if os.path.isfile(target):
            files.append(target)
        else:
            files.extend(lesson_files(target))
    hits = 0
    for path in files:
        words = words_with_lines(read(path))
        reported_until = -1
        for i in range(len(words) - args.n + 1):
            gram = tuple(w for w, _ in words[i:i + args.n])
            if gram in grams and i > reported_until:
                # extend to the longest shared run starting here, report once
                j = i + args.n
                while j < len(words) and tuple(w for w, _ in words[j - args.n + 1:j + 1]) in grams:
                    j += 1
                run = " ".join(w for w, _ in words[i:j])
                print(f'{path}:{words[i][1]}: shared {args.n}-word run: "{run}"')
                hits += 1
                reported_until = j - 1
    if args.cards:
        for path in files:
            base = os.path.basename(path)
            if path.endswith(".md") and base not in ("module.md", "course.md") \
                    and not base.upper().startswith(("COVERAGE", "README")):
                card_report(path)
    if hits:
        print(f"{hits} shared run(s) of {args.n} words in {len(files)} files", file=sys.stderr)
        return 1
    print(f"no shared runs of {args.n} words in {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
