/**
 * The demo feed: a small fake portfolio whose loans go through realistic delinquency paths, sent through
 * the real core-banking topic. It prints loan ids only, never the (fake) personal data in the records.
 */
package io.dunning.deploy.demo;
