#!/usr/bin/env bash
# Builds one lab Go app in GOPATH mode against Debian's golang-*-dev sources (no module proxy here).
# usage: build.sh APP GO OUTFILE     (GO: the go binary to use; APP: a directory beside this file)
# Debian ships echo v4 and chi v5 at their unversioned paths; a shim GOPATH maps the /v4 and /v5
# import paths onto them.
set -euo pipefail
app=$1 go=$2 out=$3
here="$(cd "$(dirname "$0")" && pwd)"
shim=/tmp/resplain-lab/goshim/src/github.com
mkdir -p "$shim/labstack/echo" "$shim/go-chi/chi"
ln -sfn /usr/share/gocode/src/github.com/labstack/echo "$shim/labstack/echo/v4"
ln -sfn /usr/share/gocode/src/github.com/go-chi/chi "$shim/go-chi/chi/v5"
cd "$here/$app"
GO111MODULE=off GOFLAGS= GOPATH=/tmp/resplain-lab/goshim:/usr/share/gocode \
  GOCACHE=/tmp/resplain-lab/gocache GOTOOLCHAIN=local "$go" build -o "$out" .
