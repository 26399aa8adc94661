#!/bin/bash
# Checks the Prometheus configuration and alert rules of deploy/ with promtool (Debian package `prometheus`), and runs
# the rules' unit tests (tests/*.test.yml: series in, alerts out).
# Installs the package when promtool is missing and this runs as root (as .ci/run does for fonts); the package's
# prometheus daemon is not needed, so a running one is stopped again. Call from .ci/run:
#     deploy/prometheus/check-rules.sh
set -euo pipefail
cd "$(dirname "$0")"
remove_policy_rc=
k8s_copy=
trap 'rm -f ${k8s_copy:+"$k8s_copy"}; if [ -n "$remove_policy_rc" ]; then rm -f /usr/sbin/policy-rc.d; fi' EXIT

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
    remove_policy_rc=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
    systemctl disable --now prometheus || true
  fi
fi

promtool --version | head -1
promtool check config prometheus.yml
# the Kubernetes variant; Debian's promtool is built without Kubernetes service discovery, so where it rejects
# kubernetes_sd_configs the rest of the file (relabelling, rules) is checked with a static target in its place
if ! out=$(promtool check config prometheus-k8s.yml 2>&1); then
  if grep -q 'field kubernetes_sd_configs not found' <<<"$out"; then
    echo "promtool has no Kubernetes discovery: checking prometheus-k8s.yml with a static target in its place"
    k8s_copy="$(mktemp -p . .prometheus-k8s.XXXXXX.yml)"
    sed -e 's/^    kubernetes_sd_configs:$/    static_configs:/' -e 's/^      - role: pod$/      - targets: ["pod:8081"]/' \
        -e '/^        namespaces:$/d' -e '/^          names: \[dunning\]$/d' prometheus-k8s.yml > "$k8s_copy"
    promtool check config "$k8s_copy"
  else
    echo "$out" >&2
    exit 1
  fi
else
  echo "$out"
fi
promtool check rules rules/*.yml
promtool test rules tests/*.test.yml
