/**
 * The benchmark (issue 7): the whole system on free ports, N core-banking records as fast as the producer goes,
 * measured end to end; tuned and, with {@code --baseline}, with Axon's defaults; JSON and Markdown reports.
 */
package io.dunning.deploy.bench;
