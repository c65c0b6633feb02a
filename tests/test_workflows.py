"""Checks on the GitHub Actions workflows in .github/workflows/.

Each workflow is run through zizmor (pinned in requirements.txt), which
validates it against the workflow schema and audits it for security problems
(unpinned actions, template injection, credential leaks, excessive
permissions). A deliberately broken workflow must be rejected, so a linter
that silently accepts everything cannot pass. The remaining tests read the
YAML and hold the workflows to what the project relies on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PR = WORKFLOWS / "pr.yml"
DEPLOY = WORKFLOWS / "deploy.yml"

WORKFLOW_FILES = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


# --------------------------------------------------------------------------
# helpers


def _zizmor() -> str:
    """Path of the zizmor executable, preferring the one beside this Python."""
    here = Path(sys.executable).parent / "zizmor"
    if here.exists():
        return str(here)
    found = shutil.which("zizmor")
    if found:
        return found
    pytest.fail(
        "zizmor is not installed; it is pinned in requirements.txt (run `make test`, which installs the requirements into .venv)"
    )


def lint(*paths: Path) -> subprocess.CompletedProcess[str]:
    """Run zizmor offline on the given workflow files; never touches the network."""
    env = dict(os.environ)
    env.update(NO_COLOR="1", RUST_BACKTRACE="0")
    for var in ("GH_TOKEN", "GITHUB_TOKEN", "ZIZMOR_GITHUB_TOKEN"):
        env.pop(var, None)
    return subprocess.run(
        [_zizmor(), "--offline", "--no-progress", "--color", "never", *map(str, paths)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit code {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path} is not a YAML mapping"
    # YAML 1.1 reads the bare key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def runs(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


def uses(workflow: dict, action: str) -> list[dict]:
    return [s for s in steps(workflow) if s.get("uses", "").split("@")[0] == action]


# --------------------------------------------------------------------------
# the linter


def test_workflows_exist():
    names = {p.name for p in WORKFLOW_FILES}
    assert {"pr.yml", "deploy.yml"} <= names, names


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_workflow_passes_linter(path: Path):
    result = lint(path)
    assert result.returncode == 0, f"zizmor rejected {path.name}:\n{output(result)}"


GOOD = """\
name: good
on: pull_request
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1
        with:
          persist-credentials: false
      - run: make test
"""

# kind -> (workflow text, a phrase zizmor's report must contain)
BROKEN = {
    # Schema error: `runs_on` instead of `runs-on`.
    "schema": (
        GOOD.replace("runs-on:", "runs_on:"),
        "does not match expected validation schema",
    ),
    # YAML syntax error.
    "syntax": (
        GOOD.replace("on: pull_request", "on: [pull_request"),
        "failed to parse",
    ),
    # Security: the pull request title is pasted into a shell script, and the
    # action is referenced by a movable tag.
    "injection": (
        GOOD.replace(
            "actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1",
            "actions/checkout@v6",
        ).replace(
            "- run: make test", '- run: echo "${{ github.event.pull_request.title }}"'
        ),
        "template-injection",
    ),
}


def test_linter_accepts_minimal_good_workflow(tmp_path: Path):
    """Guards the test below: a rejection must come from the defect, not the setup."""
    path = tmp_path / "good.yml"
    path.write_text(GOOD, encoding="utf-8")
    result = lint(path)
    assert result.returncode == 0, output(result)


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_linter_rejects_broken_workflow(tmp_path: Path, kind: str):
    text, phrase = BROKEN[kind]
    path = tmp_path / f"broken-{kind}.yml"
    path.write_text(text, encoding="utf-8")
    result = lint(path)
    assert result.returncode != 0, (
        f"zizmor accepted a broken ({kind}) workflow:\n{output(result)}"
    )
    assert phrase in result.stdout + result.stderr, output(result)


# --------------------------------------------------------------------------
# every action pinned to a full commit SHA, with its version in a comment

USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?P<rest>.*)$")
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"#\s*v\d+(\.\d+)*\s*$")


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_actions_pinned_to_commit_sha(path: Path):
    seen = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = USES_LINE.match(line)
        if not m or m["ref"].startswith("./"):
            continue
        seen += 1
        assert PINNED.match(m["ref"]), (
            f"{path.name}:{lineno}: not pinned to a commit SHA: {m['ref']}"
        )
        assert VERSION_COMMENT.search(m["rest"]), (
            f"{path.name}:{lineno}: no '# vX.Y.Z' comment"
        )
    assert seen, f"{path.name} uses no actions?"


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_no_write_permissions_at_workflow_level(path: Path):
    assert load(path).get("permissions") == {}, (
        f"{path.name}: set `permissions: {{}}` at the top and grant per job"
    )


# --------------------------------------------------------------------------
# the pull request workflow


def test_pr_runs_on_pull_request_and_cancels_superseded_runs():
    wf = load(PR)
    assert "pull_request" in wf["on"]
    assert "pull_request_target" not in wf["on"], (
        "never run untrusted code with secrets"
    )
    conc = wf["concurrency"]
    assert "github.event.pull_request.number" in conc["group"]
    assert conc["cancel-in-progress"] is True


def test_pr_job_permissions_are_read_only():
    for name, job in load(PR)["jobs"].items():
        perms = job.get("permissions")
        assert perms == {"contents": "read"}, f"job {name}: {perms}"


def test_pr_runs_make_test_with_ci_and_chromium():
    wf = load(PR)
    test_steps = [
        s
        for s in steps(wf)
        if re.search(r"^\s*make test\s*$", s.get("run", ""), re.MULTILINE)
    ]
    assert test_steps, "the PR workflow must run `make test`"
    env = {**wf.get("env", {}), **test_steps[0].get("env", {})}
    assert str(env.get("CI")).lower() == "true"
    assert re.search(r"apt-get install\b.*\bchromium\b", runs(wf)), (
        "Debian's chromium must be installed"
    )


def test_pr_runs_strict_check_and_build_in_order():
    text = runs(load(PR))
    check = re.search(r"scripts/dossier check --strict\b", text)
    build = re.search(r"^\s*make build\s*$", text, re.MULTILINE)
    test = re.search(r"^\s*make test\s*$", text, re.MULTILINE)
    assert check, "the PR workflow must run `scripts/dossier check --strict`"
    assert build, "the PR workflow must run `make build`"
    assert test.start() < check.start() < build.start()


def test_pr_uploads_site_preview_and_points_to_report():
    wf = load(PR)
    uploads = uses(wf, "actions/upload-artifact")
    assert len(uploads) == 1, "the built site must be uploaded as an artifact"
    assert uploads[0]["with"]["path"].rstrip("/") == "site"
    assert uploads[0]["with"].get("if-no-files-found") == "error"
    summary = [s for s in steps(wf) if "GITHUB_STEP_SUMMARY" in s.get("run", "")]
    assert summary, "a job summary must tell the reviewer where to start"
    assert "about/report/" in summary[0]["run"]


def test_pr_checkout_does_not_persist_credentials():
    for step in uses(load(PR), "actions/checkout"):
        assert step.get("with", {}).get("persist-credentials") is False


# --------------------------------------------------------------------------
# the deploy workflow


def test_deploy_triggers():
    on = load(DEPLOY)["on"]
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    assert "pull_request" not in on and "pull_request_target" not in on


def test_deploy_uses_official_pages_actions():
    wf = load(DEPLOY)
    for action in (
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert uses(wf, action), f"missing {action}"
    assert (
        uses(wf, "actions/upload-pages-artifact")[0]["with"]["path"].rstrip("/")
        == "site"
    )
    assert re.search(r"^\s*make build\s*$", runs(wf), re.MULTILINE), (
        "the site must be built with `make build`"
    )
    assert "scripts/dossier check --strict" in runs(wf)


def test_deploy_job_permissions_and_environment():
    wf = load(DEPLOY)
    deploy_jobs = [
        job
        for job in wf["jobs"].values()
        if any(
            s.get("uses", "").startswith("actions/deploy-pages@")
            for s in job.get("steps", [])
        )
    ]
    assert len(deploy_jobs) == 1
    job = deploy_jobs[0]
    assert job["permissions"] == {"pages": "write", "id-token": "write"}
    env = job["environment"]
    assert (env["name"] if isinstance(env, dict) else env) == "github-pages"
    assert job.get("needs"), "deploy must wait for the build job"
    for name, other in wf["jobs"].items():
        if other is not job:
            assert other.get("permissions") == {"contents": "read"}, f"job {name}"


def test_deploy_concurrency_does_not_cancel_a_running_deployment():
    conc = load(DEPLOY)["concurrency"]
    assert conc["group"] == "pages"
    assert conc["cancel-in-progress"] is False
