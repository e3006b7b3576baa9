#!/usr/bin/env python3
"""Counts the files and folders a reader opens to follow one user action.

Start from the action's entry files (its page and endpoint), then open every file of the same project
that declares a type (or partial view) the entry files name (one step: DEPTH). Framework types,
other projects and the layout chain are not counted. Usage: measure_reading_path.py PROJECT_DIR ENTRY...
"""
import os
import re
import sys

DEPTH = 1
DECLARATION = re.compile(r"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")
PARTIAL = re.compile(r"""(?:partial\s+name=|PartialAsync\()\s*"(_\w+)""")


def sources(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", "wwwroot", "node_modules")]
        for name in files:
            if name.endswith((".cs", ".cshtml")):
                yield os.path.join(folder, name)


def main(root, entries):
    texts = {path: open(path, encoding="utf-8").read() for path in sources(root)}
    declared = {}
    for path, text in texts.items():
        if path.endswith(".cs"):
            for name in DECLARATION.findall(text):
                declared.setdefault(name, set()).add(path)
        elif os.path.basename(path).startswith("_"):
            declared.setdefault(os.path.basename(path)[:-len(".cshtml")], set()).add(path)
    words = {path: set(re.findall(r"\b[A-Z_]\w*", text)) for path, text in texts.items()}
    opened = {os.path.join(root, entry) for entry in entries}
    frontier = set(opened)
    for _ in range(DEPTH):
        found = set()
        for path in frontier:
            for word in words[path]:
                found |= declared.get(word, set())
        frontier = found - opened
        opened |= found
    folders = sorted({os.path.relpath(os.path.dirname(p), root) for p in opened})
    print(f"{len(opened)} files in {len(folders)} folders")
    for folder in folders:
        names = sorted(os.path.basename(p) for p in opened if os.path.relpath(os.path.dirname(p), root) == folder)
        print(f"  {folder}/: {', '.join(names)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
