#!/usr/bin/env python3
"""Counts the files and folders a reader opens to follow one user action.

Start from the action's entry files (its page and endpoint), then open every file of the same project
that declares a type (or partial view) the entry files name (one step: DEPTH). Framework types,
other projects and the layout chain are not counted. Usage: measure_reading_path.py [--why] PROJECT_DIR ENTRY...
(`--why` also lists, under each opened file, the entry files that name it and the names they use).

A name counts only where the naming file can see it, as the compiler would: the declaring file's namespace
is the naming file's own (or one enclosing it), one it imports (`using`, the project's global usings, the
`_ViewImports.cshtml` above a page), or the name is written qualified (`RatingTeamSession.TeamSessionRated`).
So two types of one name in different slices (two `BookModel` pages) are not both opened. Words in comments and
string literals (an interpolated string's holes excepted) and a page's plain text between tags are not names.
"""
import os
import re
import sys

DEPTH = 1
DECLARATION = re.compile(r"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")
PARTIAL = re.compile(r"""(?:partial\s+name=|PartialAsync\()\s*"(_\w+)""")
NAMESPACE = re.compile(r"^namespace\s+([\w.]+)", re.M)
USING = re.compile(r"^\s*@?using\s+(?:static\s+)?(?:global::)?([\w.]+)\s*;?\s*$", re.M)
RAZOR_NAMESPACE = re.compile(r"^@namespace\s+([\w.]+)", re.M)
GLOBAL_USING = re.compile(r"""<Using\s+Include="([\w.]+)\"""")
STRING_START = re.compile(r'(\$*)(@?)(\$*)("{3,}|")')
CHAR = re.compile(r"'(?:[^'\\\n]|\\.)*'")
RAZOR_COMMENT = re.compile(r"@\*.*?\*@|<!--.*?-->", re.S)
# Prose between two tags (no Razor, no code punctuation): "Change" in a link is not the type Change.
PAGE_TEXT = re.compile(r">[^<>@{}();=\"]*<")


def code_of(path, text):
    """The text a name can be read from: C# without comments and literals; a page without comments and prose."""
    if path.endswith(".cshtml"):
        return PAGE_TEXT.sub("><", RAZOR_COMMENT.sub(" ", text))
    out = []
    scan(text, 0, out)
    return "".join(out)


def scan(text, i, out, hole=False):
    """Copies code to out from i; in an interpolation hole, stops after the brace that closes it."""
    depth = 0
    while i < len(text):
        char = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
            continue
        if hole and char == "{":
            depth += 1
        elif hole and char == "}":
            if depth == 0:
                return i + 1
            depth -= 1
        if char == "'" and (literal := CHAR.match(text, i)):
            i = literal.end()
            continue
        if char in '$@"' and (start := STRING_START.match(text, i)):
            i = skip_string(text, start, out)
            continue
        out.append(char)
        i += 1
    return i


def skip_string(text, start, out):
    """Skips a string literal, copying only its interpolation holes to out."""
    interpolated = bool(start.group(1) or start.group(3))
    verbatim = bool(start.group(2))
    quote = start.group(4)
    i = start.end()
    if len(quote) >= 3:
        end = text.find(quote, i)
        return len(text) if end < 0 else end + len(quote)
    while i < len(text):
        char = text[i]
        if char == "\\" and not verbatim:
            i += 2
        elif char == '"' and verbatim and text.startswith('""', i):
            i += 2
        elif char == '"' or (char == "\n" and not verbatim):
            return i + 1
        elif interpolated and text.startswith("{{", i):
            i += 2
        elif interpolated and char == "{":
            out.append(" ")
            i = scan(text, i + 1, out, hole=True)
            out.append(" ")
        else:
            i += 1
    return i


def sources(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", "wwwroot", "node_modules")]
        for name in files:
            if name.endswith((".cs", ".cshtml")):
                yield os.path.join(folder, name)


def view_imports(root, path, texts):
    """The _ViewImports.cshtml files that apply to a page, nearest last."""
    found = []
    folder = os.path.dirname(path)
    while True:
        candidate = os.path.join(folder, "_ViewImports.cshtml")
        if candidate in texts:
            found.append(candidate)
        if os.path.samefile(folder, root) or folder in ("", "/"):
            return list(reversed(found))
        folder = os.path.dirname(folder)


def namespace_of(root, path, texts):
    if path.endswith(".cs"):
        match = NAMESPACE.search(texts[path])
        return match.group(1) if match else ""
    for imports in reversed(view_imports(root, path, texts)):
        if match := RAZOR_NAMESPACE.search(texts[imports]):
            relative = os.path.relpath(os.path.dirname(path), os.path.dirname(imports))
            parts = [] if relative == "." else relative.split(os.sep)
            return ".".join([match.group(1), *parts])
    return ""


def visible_namespaces(root, path, texts, global_usings, namespaces):
    own = namespaces[path]
    parts = own.split(".")
    seen = {".".join(parts[:i]) for i in range(1, len(parts) + 1)} | set(global_usings)
    seen |= set(USING.findall(texts[path]))
    if path.endswith(".cshtml"):
        for imports in view_imports(root, path, texts):
            seen |= set(USING.findall(texts[imports]))
    return seen


def main(root, entries, why=False):
    texts = {path: open(path, encoding="utf-8").read() for path in sources(root)}
    projects = [os.path.join(root, n) for n in os.listdir(root) if n.endswith(".csproj")]
    global_usings = [u for p in projects for u in GLOBAL_USING.findall(open(p, encoding="utf-8").read())]
    namespaces = {path: namespace_of(root, path, texts) for path in texts}
    declared = {}
    for path, text in texts.items():
        if path.endswith(".cs"):
            for name in DECLARATION.findall(text):
                declared.setdefault(name, set()).add(path)
        elif os.path.basename(path).startswith("_"):
            declared.setdefault(os.path.basename(path)[:-len(".cshtml")], set()).add(path)

    def sees(path, word, target):
        if target.endswith(".cshtml"):
            return True  # a partial view, found by name
        namespace = namespaces[target]
        if namespace in visible_namespaces(root, path, texts, global_usings, namespaces):
            return True
        return f"{namespace.split('.')[-1]}.{word}" in texts[path]

    words = {path: set(re.findall(r"\b[A-Z_]\w*", code_of(path, text))) for path, text in texts.items()}
    opened = {os.path.join(root, entry) for entry in entries}
    reasons = {}
    frontier = set(opened)
    for _ in range(DEPTH):
        found = set()
        for path in frontier:
            for word in words[path]:
                for target in declared.get(word, set()):
                    if sees(path, word, target):
                        found.add(target)
                        reasons.setdefault(target, set()).add(f"{os.path.basename(path)} names {word}")
        frontier = found - opened
        opened |= found
    folders = sorted({os.path.relpath(os.path.dirname(p), root) for p in opened})
    print(f"{len(opened)} files in {len(folders)} folders")
    for folder in folders:
        names = sorted(os.path.basename(p) for p in opened if os.path.relpath(os.path.dirname(p), root) == folder)
        print(f"  {folder}/: {', '.join(names)}")
        if why:
            for path in sorted(p for p in opened if os.path.relpath(os.path.dirname(p), root) == folder):
                if path in reasons and path not in {os.path.join(root, e) for e in entries}:
                    print(f"      {os.path.basename(path)} <- {'; '.join(sorted(reasons[path]))}")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--why"]
    main(arguments[0], arguments[1:], why="--why" in sys.argv[1:])
