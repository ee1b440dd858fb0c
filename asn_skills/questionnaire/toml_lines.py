"""Find the line and column of every key and array element in a TOML text.

tomllib returns plain data without positions; this scanner walks the same text once and records where
each key path starts, so problems found after parsing can still point at a line.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

KeyPath = tuple[str | int, ...]

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def format_path(path: Sequence[str | int]) -> str:
    """Render a key path the way users write it: `questions[3].options[0].label`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class KeyLocator:
    """Maps key paths of a TOML document to (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self._found: dict[KeyPath, tuple[int, int]] = {}
        self._array_counts: dict[KeyPath, int] = {}
        self._scan()

    def locate(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """Position of the path, or of its nearest located ancestor."""
        key = tuple(path)
        if key + (0,) in self._found and key not in self._found:
            return self._found[key + (0,)]
        while key:
            if key in self._found:
                return self._found[key]
            key = key[:-1]
        return None

    def _record(self, path: KeyPath, pos: int) -> None:
        if path not in self._found:
            line = bisect_right(self._starts, pos)
            self._found[path] = (line, pos - self._starts[line - 1] + 1)

    def _peek(self) -> str:
        return self._text[self._pos] if self._pos < len(self._text) else ""

    def _skip_blank(self, newlines: bool) -> None:
        text = self._text
        while self._pos < len(text):
            ch = text[self._pos]
            if ch in " \t\r" or (newlines and ch == "\n"):
                self._pos += 1
            elif ch == "#" and newlines:
                end = text.find("\n", self._pos)
                self._pos = len(text) if end < 0 else end
            else:
                return

    def _scan(self) -> None:
        table: KeyPath = ()
        text = self._text
        while True:
            self._skip_blank(newlines=True)
            if self._pos >= len(text):
                return
            start = self._pos
            if text[self._pos] == "[":
                is_array = text.startswith("[[", self._pos)
                self._pos += 2 if is_array else 1
                table = self._resolve(self._read_key(), is_array)
                self._record(table, start)
                self._skip_to_line_end()
                continue
            parts = self._read_key()
            self._skip_blank(newlines=False)
            if not parts or self._peek() != "=":
                self._skip_to_line_end()
                continue
            self._pos += 1
            self._record(table + parts, start)
            self._read_value(table + parts)

    def _skip_to_line_end(self) -> None:
        end = self._text.find("\n", self._pos)
        self._pos = len(self._text) if end < 0 else end + 1

    def _resolve(self, parts: KeyPath, is_array: bool) -> KeyPath:
        path: KeyPath = ()
        for i, part in enumerate(parts):
            path += (part,)
            if is_array and i == len(parts) - 1:
                index = self._array_counts.get(path, -1) + 1
                self._array_counts[path] = index
                path += (index,)
            elif path in self._array_counts:
                path += (self._array_counts[path],)
        return path

    def _read_key(self) -> KeyPath:
        parts: list[str] = []
        while True:
            self._skip_blank(newlines=False)
            ch = self._peek()
            if ch in "\"'":
                begin = self._pos + 1
                self._skip_string()
                parts.append(self._text[begin : self._pos - 1])
            else:
                begin = self._pos
                while self._peek() and self._peek() in _BARE:
                    self._pos += 1
                if self._pos == begin:
                    return tuple(parts)
                parts.append(self._text[begin : self._pos])
            self._skip_blank(newlines=False)
            if self._peek() != ".":
                return tuple(parts)
            self._pos += 1

    def _skip_string(self) -> None:
        text = self._text
        quote = text[self._pos]
        if text.startswith(quote * 3, self._pos):
            end = text.find(quote * 3, self._pos + 3)
            while end >= 0 and quote == '"' and _escaped(text, end):
                end = text.find(quote * 3, end + 1)
            self._pos = len(text) if end < 0 else end + 3
            while self._peek() == quote:
                self._pos += 1
            return
        self._pos += 1
        while self._pos < len(text) and text[self._pos] not in (quote, "\n"):
            self._pos += 2 if quote == '"' and text[self._pos] == "\\" else 1
        self._pos += 1

    def _read_value(self, path: KeyPath) -> None:
        self._skip_blank(newlines=False)
        ch = self._peek()
        if ch in "\"'":
            self._skip_string()
        elif ch == "[":
            self._pos += 1
            self._read_array(path)
        elif ch == "{":
            self._pos += 1
            self._read_inline_table(path)
        else:
            begin = self._pos
            while self._peek() and self._peek() not in ",]}\n#":
                self._pos += 1
            if self._pos == begin and self._peek():
                self._pos += 1

    def _read_array(self, path: KeyPath) -> None:
        index = 0
        while self._pos < len(self._text):
            self._skip_blank(newlines=True)
            ch = self._peek()
            if ch == "]":
                self._pos += 1
                return
            if ch == ",":
                index += 1
                self._pos += 1
                continue
            self._record(path + (index,), self._pos)
            self._read_value(path + (index,))

    def _read_inline_table(self, path: KeyPath) -> None:
        while self._pos < len(self._text):
            self._skip_blank(newlines=True)
            ch = self._peek()
            if ch == "}":
                self._pos += 1
                return
            if ch == ",":
                self._pos += 1
                continue
            start = self._pos
            parts = self._read_key()
            self._skip_blank(newlines=False)
            if not parts or self._peek() != "=":
                self._pos += 1
                continue
            self._pos += 1
            self._record(path + parts, start)
            self._read_value(path + parts)


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
