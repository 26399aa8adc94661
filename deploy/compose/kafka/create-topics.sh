#!/bin/bash
# Creates the published-language topics and their .DLT twins (3 partitions, replication 1 on this single broker).
# Idempotent (--if-not-exists): the compose file and the Kubernetes Job both run it on every start.
set -euo pipefail
BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
PARTITIONS="${TOPIC_PARTITIONS:-3}"
REPLICATION="${TOPIC_REPLICATION_FACTOR:-1}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
for attempt in $(seq 1 60); do
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --list >/dev/null 2>&1 && break
  echo "waiting for Kafka at $BOOTSTRAP ($attempt)"; sleep 2
done
for topic in corebanking.loan-events.v1 dunning.case-events.v1 dunning.notice-events.v1; do
  for name in "$topic" "$topic.DLT"; do
    "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
      --topic "$name" --partitions "$PARTITIONS" --replication-factor "$REPLICATION"
  done
done
# core banking's records on the DLT carry personal data in clear: keep them 14 days only (case-service sets the same)
"$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics \
  --entity-name corebanking.loan-events.v1.DLT --add-config "retention.ms=${COREBANKING_DLT_RETENTION_MS:-1209600000}"
"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --list
