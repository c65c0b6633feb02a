"""scripts/dossier as an editor runs it: exit codes, file:line messages, files it writes."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
LINE = re.compile(r"^[\w./-]+(:\d+)?: (error|warning): \S")


def dossier(
    project: Path, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "dossier", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=project,
        timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if LINE.match(line)]


def test_every_command_has_help(root):
    for command in ((), ("check",), ("suggest",), ("add",), ("export",)):
        result = dossier(root, *command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


@pytest.mark.parametrize(
    "args", [(), ("frobnicate",), ("check", "--format", "xml"), ("suggest",)]
)
def test_usage_errors_exit_2(root, args):
    assert dossier(root, *args).returncode == 2


@pytest.mark.build
def test_check_passes_on_the_project_and_lists_sorted_problems(root):
    assert dossier(root, "check", "--strict").returncode == 0, (
        "the bundled dossier must pass check --strict as CI runs it"
    )
    result = dossier(root, "check")
    assert result.returncode == 0, result.stdout
    assert re.search(r"^0 errors, \d+ warnings?$", result.stdout, re.MULTILINE)
    lines = problem_lines(result.stdout)
    assert lines == sorted(
        lines,
        key=lambda line: (
            line.split(":")[0],
            int(line.split(":")[1]) if line.split(":")[1].isdigit() else 0,
        ),
    )


@pytest.mark.build
def test_warnings_fail_only_with_strict(project):
    (project / "seeds" / "900_0000000000000000.txt").write_bytes(
        (UNSEEN / "lantern_festival.txt").read_bytes()
    )
    relaxed = dossier(project, "check")
    assert relaxed.returncode == 0
    assert (
        "seeds/900_0000000000000000.txt: warning: no sidecar seeds/900_0000000000000000.yml"
        in relaxed.stdout
    )
    assert re.search(
        r"seeds/900_0000000000000000\.txt:3: warning: unregistered name 'Andong' \(guessed type: cities\)",
        relaxed.stdout,
    )
    strict = dossier(project, "check", "--strict")
    assert strict.returncode == 1
    assert "seeds/900_0000000000000000.txt: error: no sidecar" in strict.stdout


@pytest.mark.build
def test_errors_name_file_and_line_and_exit_1(project):
    entity = project / "docs" / "leaders" / "zz-test-person.md"
    entity.write_text(
        "---\nname: Zz Test Person\nrole: Tester\norganization: no-such-organization\n---\n",
        encoding="utf-8",
    )
    result = dossier(project, "check")
    assert result.returncode == 1
    expected = r"^docs/leaders/zz-test-person\.md:4: error: field 'organization' refers to unknown entity 'no-such-organization'"
    assert re.search(expected, result.stdout, re.MULTILINE)
    assert (
        "docs/leaders/zz-test-person.md:2: warning: no article names 'Zz Test Person'"
        in result.stdout
    )


@pytest.mark.build
def test_missing_sidecar_fields_warn_once_per_seed_unless_marked_unknown(project):
    sidecar = next(iter(sorted((project / "seeds").glob("*.yml"))))
    text = "\n".join(
        line
        for line in sidecar.read_text(encoding="utf-8").splitlines()
        if not line.startswith(("published:", "outlet:", "url:", "author:"))
    )
    sidecar.write_text(text, encoding="utf-8")
    sidecar.write_text(text + "\nurl: https://example.org/a\n", encoding="utf-8")
    output = dossier(project, "check").stdout
    warnings = [
        line
        for line in output.splitlines()
        if line.startswith(f"seeds/{sidecar.name}:")
        and "metadata not filled in" in line
    ]
    assert (
        len(warnings) == 1
        and "url" not in warnings[0].split("not filled in:")[1].split(";")[0]
    )
    sidecar.write_text(
        text + "\nurl: https://example.org/a\npublished:\noutlet:\nauthor:\n",
        encoding="utf-8",
    )
    assert (
        f"seeds/{sidecar.name}: warning: metadata"
        not in dossier(project, "check").stdout
    )


@pytest.mark.build
def test_json_format_is_a_list_of_problems(project):
    (project / "seeds" / "900_0000000000000000.txt").write_bytes(
        (UNSEEN / "lantern_festival.txt").read_bytes()
    )
    result = dossier(project, "check", "--format", "json")
    data = json.loads(result.stdout)
    assert isinstance(data, list) and data
    assert set(data[0]) == {"file", "line", "severity", "message"}
    assert {item["severity"] for item in data} <= {"error", "warning"}


@pytest.mark.build
def test_suggest_lists_names_with_lines_and_front_matter(project):
    seed = project / "seeds" / "900_0000000000000000.txt"
    seed.write_bytes((UNSEEN / "supply_chain_forum.txt").read_bytes())
    result = dossier(project, "suggest", "seeds/900_0000000000000000.txt")
    assert result.returncode == 0
    assert "Seo Jae-min  [leaders]  docs/leaders/seo-jae-min.md" in result.stdout
    assert (
        "  seeds/900_0000000000000000.txt:5: Vietnam’s Minister of Industry and Trade Do Van Khanh"
        in result.stdout
    )
    assert "    name: Semiconductor Supply Chain Partnership" in result.stdout


@pytest.mark.build
def test_suggest_write_creates_stubs_that_check_accepts(project):
    seed = project / "seeds" / "900_0000000000000000.txt"
    seed.write_bytes((UNSEEN / "port_memorandum.txt").read_bytes())
    existing = project / "docs" / "cities" / "incheon.md"
    existing.write_text("---\nname: Incheon\n---\nKept as it is.\n", encoding="utf-8")
    result = dossier(project, "suggest", str(seed), "--write")
    assert result.returncode == 0
    assert "created docs/leaders/tran-minh-quang.md" in result.stdout
    assert (
        project / "docs" / "agreements" / "da-nang-incheon-green-port-agreement.md"
    ).exists()
    assert (
        existing.read_text(encoding="utf-8")
        == "---\nname: Incheon\n---\nKept as it is.\n"
    )
    check = dossier(project, "check")
    assert check.returncode == 0, check.stdout
    assert "unregistered name 'Tran Minh Quang'" not in check.stdout
    again = dossier(project, "suggest", str(seed), "--write")
    assert "created" not in again.stdout


@pytest.mark.build
def test_suggest_gives_a_korean_name_a_file_of_its_own(project):
    seed = project / "seeds" / "900_0000000000000000.txt"
    seed.write_text(
        "한국과 베트남, 항만 협력 사무소 개설\n\n"
        "송재혁 부산항만공사 사장은 4일 하노이에서 협력 사무소를 열기로 했다고 밝혔다.\n",
        encoding="utf-8",
    )
    result = dossier(project, "suggest", str(seed), "--write")
    assert result.returncode == 0
    assert "/.md" not in result.stdout
    assert "created docs/leaders/songjaehyeog.md" in result.stdout
    assert dossier(project, "check").returncode == 0


def test_suggest_reports_a_missing_file(root):
    result = dossier(root, "suggest", "seeds/no-such-seed.txt")
    assert result.returncode == 1
    assert result.stderr.strip() == "seeds/no-such-seed.txt: no such seed file"


@pytest.mark.build
def test_add_stores_the_bytes_and_a_sidecar_then_suggests(project):
    data = (UNSEEN / "port_memorandum.txt").read_bytes()
    numbers = [int(p.name[:3]) for p in (project / "seeds").glob("*.txt")]
    result = dossier(project, "add", str(UNSEEN / "port_memorandum.txt"))
    assert result.returncode == 0, result.stderr
    stem = f"{max(numbers) + 1:03d}_{hashlib.sha256(data).hexdigest()[:16]}"
    assert (project / "seeds" / f"{stem}.txt").read_bytes() == data
    sidecar = (project / "seeds" / f"{stem}.yml").read_text(encoding="utf-8")
    assert (
        "title: Da Nang and Incheon sign memorandum on port and logistics cooperation"
        in sidecar
    )
    assert "slug: da-nang-and-incheon-sign-memorandum-on-port-and-logistics" in sidecar
    assert "author: Le Thu Ha" in sidecar and "# published:" in sidecar
    assert "Tran Minh Quang  [leaders]" in result.stdout
    assert dossier(project, "check").returncode == 0
    again = dossier(project, "add", "-", stdin=data)
    assert again.returncode == 1
    assert f"already in the dossier as seeds/{stem}.txt" in again.stderr


@pytest.mark.build
def test_add_reads_stdin_and_refuses_binary(project):
    result = dossier(
        project, "add", "-", stdin=(UNSEEN / "lantern_festival.txt").read_bytes()
    )
    assert result.returncode == 0 and "added seeds/" in result.stdout
    binary = project / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50)
    refused = dossier(project, "add", str(binary))
    assert refused.returncode == 1
    assert "photo.jpg" in refused.stderr and "is binary, not text" in refused.stderr
    assert "seeds/" not in refused.stderr  # the file is not in seeds/ yet
