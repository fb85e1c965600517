#!/usr/bin/env bash
# `pre-commit try-repo REPO concord --all-files` in a small docs repository: the hook of
# `.pre-commit-hooks.yaml` (language: rust) is built from REPO, passes on a clean tree and
# fails on a defect. Run by tests/cli.rs (`pre_commit_try_repo`); exits 77 when
# pre-commit is not installed (`pip install --user pre-commit`).
set -euo pipefail
repo=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
if command -v pre-commit >/dev/null; then
    pc=(pre-commit)
elif python3 -c 'import pre_commit' 2>/dev/null; then
    pc=(python3 -m pre_commit)
else
    echo "pre-commit is not installed (pip install --user pre-commit)" >&2
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# pre-commit's cache in the temporary folder. The hook is built by `cargo install` (a
# release build) in a target folder of its own that later runs reuse, unoptimised: this
# test is about the hook's wiring, not concord's speed.
export PRE_COMMIT_HOME="$work/cache"
export CARGO_TARGET_DIR="$repo/target/pre-commit"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_DEBUG=0
fixtures="$repo/tests/fixtures/CC101_section-missing"

site="$work/site"
mkdir -p "$site"
cd "$site"
git init -q
git config user.email test@example.invalid
git config user.name test
run() {
    rm -rf docs
    cp -R "$fixtures/$1" docs
    git add -A
    git commit -qm "$1" --allow-empty
    "${pc[@]}" try-repo "$repo" concord --all-files
}

if ! out=$(run near-miss 2>&1); then
    echo "FAIL: the hook failed on a clean tree:" >&2
    echo "$out" >&2
    exit 1
fi
echo "clean tree: passed"
if out=$(run fires 2>&1); then
    echo "FAIL: the hook passed on a tree with a missing section:" >&2
    echo "$out" >&2
    exit 1
fi
if ! grep -q "CC101" <<<"$out"; then
    echo "FAIL: the hook failed without naming the defect:" >&2
    echo "$out" >&2
    exit 1
fi
echo "defect: failed with CC101"
