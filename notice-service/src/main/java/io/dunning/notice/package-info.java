/** notice-service: skeleton until its issue is built (see README). */
package io.dunning.notice;
