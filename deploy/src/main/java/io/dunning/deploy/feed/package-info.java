/**
 * Producing core-banking records the way core banking does: CloudEvents binary mode on
 * {@code corebanking.loan-events.v1}, key = loan id, JSON body (docs/core-banking-contract.md).
 */
package io.dunning.deploy.feed;
