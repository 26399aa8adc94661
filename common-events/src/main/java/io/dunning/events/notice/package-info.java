/** Events notice-service publishes on {@code dunning.notice-events.v1}: added with notice-service (issue 5). */
package io.dunning.events.notice;
