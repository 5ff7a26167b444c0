#!/usr/bin/env bash
# Packs the CLI, installs the tarball into a temporary npm prefix, and runs the README's flow with the installed
# `switchboard` in a temporary folder outside the repository: init, ingest, ask, and serve answering GET /healthz,
# /widget.js and /console/.
# npm's cache is reused; the install compiles better-sqlite3 and hnswlib-node (about 2 minutes here).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-cli-check.XXXXXX")"
server_pid=''
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "installed-cli-check: FAILED: $*" >&2
  exit 1
}
step() { echo "installed-cli-check: $* ($SECONDS s)"; }
case "$tmp/" in "$repo"/*) fail "the temporary folder $tmp is inside the repository" ;; esac

step 'packing'
tarball="$(cd "$repo" && npm run --silent pack | tail -n 1)"
[[ -f "$repo/$tarball" ]] || fail "npm run pack did not produce a tarball (got '$tarball')"

step "installing $tarball into $tmp/prefix"
# ONNXRUNTIME_NODE_INSTALL=skip: onnxruntime-node's postinstall would otherwise download CUDA binaries (no network here).
ONNXRUNTIME_NODE_INSTALL=skip npm install --global --prefix "$tmp/prefix" --no-audit --no-fund \
  --allow-scripts=better-sqlite3,hnswlib-node,onnxruntime-node "$repo/$tarball" ||
  fail 'npm install -g of the tarball failed'
export PATH="$tmp/prefix/bin:$PATH"
[[ "$(command -v switchboard)" == "$tmp/prefix/bin/switchboard" ]] || fail "switchboard is not on the PATH from $tmp/prefix/bin"

mkdir "$tmp/work"
cd "$tmp/work"
step 'switchboard init hc'
switchboard init hc || fail 'switchboard init'
cd hc
step 'switchboard ingest (through npx, as the README says)'
npm_config_prefix="$tmp/prefix" npx --no switchboard ingest || fail 'npx switchboard ingest'
step 'switchboard ask'
switchboard ask 'How do I write good articles?' --json >ask.json || fail 'switchboard ask'
node -e '
  const answer = JSON.parse(require("node:fs").readFileSync("ask.json", "utf8"));
  if (!answer.text || !answer.citations?.some((citation) => citation.path === "kb/welcome.md"))
    throw new Error(`no answer citing kb/welcome.md: ${JSON.stringify(answer)}`);
' || fail 'switchboard ask gave no cited answer'

step 'switchboard serve'
switchboard serve --port 0 >serve.log 2>&1 &
server_pid=$!
url=''
for _ in $(seq 1 100); do
  url="$(sed -n 's/^Switchboard is listening on \(http[^ ]*\).*/\1/p' serve.log)"
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat serve.log >&2; fail 'switchboard serve exited'; }
  sleep 0.2
done
[[ -n "$url" ]] || { cat serve.log >&2; fail 'switchboard serve did not start within 20 s'; }
node -e '
  fetch(process.argv[1] + "/healthz").then(async (response) => {
    const body = await response.json();
    if (response.status !== 200 || body.status !== "ok") throw new Error(`${response.status} ${JSON.stringify(body)}`);
    console.log(`GET /healthz: ${JSON.stringify(body)}`);
  });
' "$url" || fail "GET $url/healthz"
node -e '
  const base = process.argv[1];
  Promise.all(["/widget.js", "/console/"].map(async (path) => {
    const response = await fetch(base + path);
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    console.log(`GET ${path}: ${response.status} ${response.headers.get("content-type")}`);
  }));
' "$url" || fail "the installed package does not serve the widget and the console"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=''
step 'passed'
