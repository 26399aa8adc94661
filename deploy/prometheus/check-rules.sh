#!/bin/bash
# Checks the Prometheus configuration and alert rules of deploy/ with promtool (Debian package `prometheus`).
# Installs the package when promtool is missing and this runs as root (as .ci/run does for fonts); the package's
# prometheus daemon is not needed, so a running one is stopped again. Call from .ci/run:
#     deploy/prometheus/check-rules.sh
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "promtool missing: apt-get install prometheus (as root) first" >&2
    exit 1
  fi
  echo "installing promtool (Debian package prometheus)"
  export DEBIAN_FRONTEND=noninteractive
  # do not start the packaged daemon: only promtool is needed
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
    systemctl disable --now prometheus || true
  fi
fi

promtool --version | head -1
promtool check config prometheus.yml
promtool check rules rules/*.yml
