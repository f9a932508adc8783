"""Export files: owner-only while written, shareable when done, never replacing a non-file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.export.atomic import ExportError, write_atomically
from briefer.export.pdf import write_pdf
from tests.export.samples import sample_document


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_owner_only_while_written_then_the_umask(tmp_path: Path, umask_022: None) -> None:
    seen: list[int] = []

    def write(temporary: Path) -> None:
        temporary.write_bytes(b"briefing")
        seen.append(mode(temporary))

    target = write_atomically(tmp_path / "briefing.pdf", write)
    assert seen == [0o600]  # nobody else can read a half-written briefing
    assert mode(target) == 0o644  # a colleague can open the finished one
    os.umask(0o027)
    write_atomically(tmp_path / "team.pdf", write)
    assert mode(tmp_path / "team.pdf") == 0o640


def test_a_real_export_under_umask_022_is_0644(tmp_path: Path, umask_022: None) -> None:
    written = write_pdf(sample_document(), tmp_path / "china.pdf")
    assert mode(written) == 0o644
    assert written.read_bytes().startswith(b"%PDF")


def test_replacing_a_file_keeps_its_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "geheim.pdf"
    target.write_bytes(b"oud")
    target.chmod(0o600)  # the user made it private: a new version stays private
    write_atomically(target, lambda temporary: temporary.write_bytes(b"nieuw"))
    assert target.read_bytes() == b"nieuw" and mode(target) == 0o600


def test_a_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    real = shared / "briefing.pdf"
    real.write_bytes(b"oud")
    link = tmp_path / "laatste.pdf"
    link.symlink_to(real)
    assert write_atomically(link, lambda t: t.write_bytes(b"nieuw")) == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"nieuw"
    dangling = tmp_path / "nieuw.pdf"
    dangling.symlink_to(shared / "nog-niet.pdf")
    write_atomically(dangling, lambda t: t.write_bytes(b"eerste"))
    assert dangling.is_symlink() and (shared / "nog-niet.pdf").read_bytes() == b"eerste"


def test_a_fifo_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    called: list[Path] = []
    with pytest.raises(ExportError, match=r"pijp\.pdf: is een pipe \(FIFO\), geen bestand"):
        write_atomically(fifo, called.append)
    assert called == [] and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pijp.pdf"]  # no temporary left


def test_a_device_is_refused(tmp_path: Path) -> None:
    null = Path("/dev/null")
    before = os.lstat(null)
    with pytest.raises(ExportError, match="is een apparaat, geen bestand"):
        write_atomically(null, lambda t: t.write_bytes(b"x"))
    after = os.lstat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    link = tmp_path / "naar-apparaat.pdf"
    link.symlink_to(null)
    with pytest.raises(ExportError, match=r"naar-apparaat\.pdf: is een apparaat"):
        write_atomically(link, lambda t: t.write_bytes(b"x"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    with pytest.raises(ExportError, match="is een map"):
        write_atomically(folder, lambda t: t.write_bytes(b"x"))
    assert folder.is_dir() and list(folder.iterdir()) == []
