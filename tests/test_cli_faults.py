"""A fault of the editorial tool itself (not of its input) ends a command with the files
named, the fault and what to do, exit code 1, and no Python traceback."""

from __future__ import annotations

from dossier.editorial import cli


def test_a_fault_while_reading_a_seed_names_it_without_a_traceback(
    root, monkeypatch, capsys
):
    def failing(path, project_root):
        raise IndexError("string index out of range")

    monkeypatch.setattr(cli, "candidates_of", failing)
    seed = sorted((root / "seeds").glob("*.txt"))[0].relative_to(root).as_posix()
    code = cli.main(["suggest", seed], root=root)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"{seed}: the dossier tool failed")
    assert "IndexError: string index out of range" in err
    assert "please report it" in err
    assert "Traceback" not in err
