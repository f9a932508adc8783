"""The screen as a user sees it: an X server's root window captured until it stops changing.

Web tools call the moment the page stops changing "visually complete"; this is
the same for a desktop window. The parent captures the whole screen of a
private Xvfb server (XGetImage through libX11, about every 35 ms) from the
moment it starts the child process, and reports when the screen reached the
picture it then kept. The child needs no help: what is measured is what the X
server shows, for Briefer and for the bare PySide6 window alike.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ALL_PLANES = ctypes.c_ulong(~0 & 0xFFFFFFFFFFFFFFFF)
Z_PIXMAP = 2


class _XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (Xlib.h); the rest is not read here.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_char)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class Screen:
    """One connection to an X display that hands out pictures of the whole screen."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        x11 = ctypes.CDLL(name)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XDefaultScreen.argtypes = [ctypes.c_void_p]
        x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XGetImage.restype = ctypes.POINTER(_XImage)
        x11.XGetImage.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
        ]
        x11.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._x11 = x11
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = x11.XDefaultRootWindow(self._display)
        number = x11.XDefaultScreen(self._display)
        self.width = int(x11.XDisplayWidth(self._display, number))
        self.height = int(x11.XDisplayHeight(self._display, number))

    def grab(self) -> bytes:
        """The whole screen, 4 bytes a pixel (BGRX), row after row."""
        image = self._x11.XGetImage(
            self._display, self._root, 0, 0, self.width, self.height, ALL_PLANES, Z_PIXMAP
        )
        if not image:
            raise RuntimeError("XGetImage failed")
        try:
            size = image.contents.bytes_per_line * image.contents.height
            return ctypes.string_at(image.contents.data, size)
        finally:
            self._x11.XDestroyImage(image)

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def save_ppm(self, picture: bytes, path: Path) -> None:
        """A captured picture as a PPM file (any image viewer or ``convert`` reads it)."""
        rgb = bytearray(self.width * self.height * 3)
        rgb[0::3] = picture[2::4]
        rgb[1::3] = picture[1::4]
        rgb[2::3] = picture[0::4]
        path.write_bytes(f"P6 {self.width} {self.height} 255\n".encode() + bytes(rgb))


@dataclass
class Watched:
    """What one watched start showed, seconds from starting the process."""

    complete: float  # the screen first showed the picture it then kept
    first_change: float  # the screen first differed from before the start
    changes: int  # how many times the picture changed
    frames: int  # pictures captured
    lines: dict[str, str] = field(default_factory=dict)  # ``key value`` lines of the child
    stamps: dict[str, float] = field(default_factory=dict)  # when each line came


def watch_start(
    screen: Screen,
    command: Sequence[str],
    env: dict[str, str],
    *,
    interval: float = 0.035,
    quiet: float = 1.0,
    wait_for: str | None = None,
    timeout: float = 120.0,
    final_picture: Path | None = None,
) -> Watched:
    """Start ``command``, capture the screen until it keeps one picture for ``quiet`` s.

    ``wait_for``: a line the child prints (``filled``) before which the screen
    is never taken as finished (a start window that sits still for a second is
    not the usable window), and the screen must keep its picture for ``quiet``
    after it too. Afterwards the child gets ``quit`` on its stdin and
    must end by itself; its ``key value`` lines are returned (``rss`` …).
    """
    before = zlib.crc32(screen.grab())
    lines: dict[str, str] = {}
    stamps: dict[str, float] = {}
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader = threading.Thread(target=_read_lines, args=(process, start, lines, stamps), daemon=True)
    reader.start()
    last_hash = before
    last_change = start
    shown_at = start  # when the current picture first appeared
    first_change: float | None = None
    changes = frames = 0
    picture = b""
    try:
        while True:
            now = time.perf_counter()
            picture = screen.grab()
            frames += 1
            digest = zlib.crc32(picture)
            if digest != last_hash:
                changes += 1
                last_hash = digest
                last_change = shown_at = now
                if first_change is None:
                    first_change = now
            ready = wait_for is None or wait_for in stamps
            # A second unchanged since the last change and since the child said it was
            # filled (a window busy after saying so has not painted it yet).
            since = (
                max(last_change, start + stamps[wait_for]) if ready and wait_for else last_change
            )
            if first_change is not None and ready and now - since >= quiet:
                break
            if process.poll() is not None:
                raise RuntimeError(f"the window ended early ({process.returncode})")
            if now - start > timeout:
                raise RuntimeError(f"the screen kept changing for {timeout:.0f} s")
            time.sleep(max(0.0, interval - (time.perf_counter() - now)))
        if final_picture is not None:
            screen.save_ppm(picture, final_picture)
        _quit(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(timeout=10)
    if process.returncode != 0:
        error = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"the window probe failed ({process.returncode}): {error[-800:]}")
    assert first_change is not None
    return Watched(shown_at - start, first_change - start, changes, frames, lines, stamps)


def _read_lines(
    process: subprocess.Popen[str],
    start: float,
    lines: dict[str, str],
    stamps: dict[str, float],
) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        key, _, value = line.strip().partition(" ")
        if key and key not in stamps:
            stamps[key] = time.perf_counter() - start
            lines[key] = value


def _quit(process: subprocess.Popen[str], timeout: float = 30.0) -> None:
    """Ask the child to end (``quit`` on its stdin) and wait for it."""
    assert process.stdin is not None
    try:
        process.stdin.write("quit\n")
        process.stdin.close()
    except BrokenPipeError:
        pass
    process.wait(timeout=timeout)


@contextmanager
def xvfb_display(width: int = 1366, height: int = 768) -> Iterator[str | None]:
    """A private Xvfb server (a laptop's screen); None when Xvfb is not installed."""
    import shutil

    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    number = 90 + os.getpid() % 100
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
