#!/usr/bin/env bash
# Commits data/ as a bot and pushes it with a bounded fetch–rebase–retry loop.
#
#   scripts/ci/commit-and-push.sh "data: probe run 2026-11-28T12:05Z"
#
# The probe workflow runs exactly this script; scripts/ci/commit-and-push.test.ts runs it against
# real bare repositories, including a racing push. Upptime reported rejected pushes as success and
# lost samples between racing runs: here a push that still fails after the last try fails the run,
# and a rebase replays our commit on top of theirs (JSON Lines files merge with merge=union, see
# .gitattributes), so no sample of either run is lost.
#
# Environment (all optional):
#   COMMIT_PATHS   paths to commit, space-separated (default: data)
#   PUSH_REMOTE    remote to push to (default: origin)
#   PUSH_BRANCH    branch to push to (default: the current branch)
#   PUSH_ATTEMPTS  pushes tried before giving up (default: 5)
#   PUSH_BACKOFF   base back-off in seconds, doubled each try, plus up to 1 s of jitter (default: 2)
#   GITHUB_OUTPUT  when set (in Actions), `sha=<pushed commit>` and `committed=true|false` are written to it
set -euo pipefail

message=${1:?usage: commit-and-push.sh "<commit message>"}
read -r -a paths <<<"${COMMIT_PATHS:-data}"
remote=${PUSH_REMOTE:-origin}
branch=${PUSH_BRANCH:-$(git rev-parse --abbrev-ref HEAD)}
attempts=${PUSH_ATTEMPTS:-5}
backoff=${PUSH_BACKOFF:-2}
here=$(cd "$(dirname "$0")" && pwd)

output() {
  if [[ -n ${GITHUB_OUTPUT:-} ]]; then echo "$1" >>"$GITHUB_OUTPUT"; fi
}

# The bot is author and committer of the commit and of its rebased copies, whatever the runner's config.
export GIT_AUTHOR_NAME='github-actions[bot]' GIT_COMMITTER_NAME='github-actions[bot]'
export GIT_AUTHOR_EMAIL='41898282+github-actions[bot]@users.noreply.github.com'
export GIT_COMMITTER_EMAIL=$GIT_AUTHOR_EMAIL

git add --all -- "${paths[@]}"
if git diff --cached --quiet; then
  echo "commit-and-push: nothing to commit in ${paths[*]}"
  output "committed=false"
  output "sha=$(git rev-parse HEAD)"
  exit 0
fi

# "(16 checks, 2 failing)" from the sample lines this commit adds; empty when it adds none.
summary=$(git diff --cached --unified=0 -- "${paths[@]}" | node "$here/sample-summary.ts")
if [[ -n $summary ]]; then message="$message ($summary)"; fi

git commit --quiet --no-verify -m "$message"
echo "commit-and-push: committed \"$message\""

for ((try = 1; try <= attempts; try++)); do
  if git push --quiet "$remote" "HEAD:refs/heads/$branch"; then
    echo "commit-and-push: pushed $(git rev-parse --short HEAD) to $remote/$branch (try $try of $attempts)"
    output "committed=true"
    output "sha=$(git rev-parse HEAD)"
    exit 0
  fi
  if ((try == attempts)); then break; fi
  # Exponential back-off with jitter, so racing runners do not retry in lock-step.
  delay=$(awk -v b="$backoff" -v t="$try" -v r="$RANDOM" 'BEGIN { printf "%.2f", b * 2 ^ (t - 1) + r / 32768 }')
  echo "commit-and-push: push rejected (try $try of $attempts); fetching, rebasing, retrying in ${delay}s" >&2
  sleep "$delay"
  git fetch --quiet "$remote" "$branch"
  if ! git rebase --quiet FETCH_HEAD; then
    conflicts=$(git diff --name-only --diff-filter=U | tr '\n' ' ')
    git rebase --abort || true
    echo "commit-and-push: error: our commit conflicts with $remote/$branch in: ${conflicts:-?}" >&2
    exit 1
  fi
done

echo "commit-and-push: error: push to $remote/$branch still rejected after $attempts tries; the data is not saved" >&2
exit 1
