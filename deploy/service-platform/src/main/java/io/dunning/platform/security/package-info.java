/** The services' shared runtime security: JWT resource server, role rules, problem+json 401/403, service tokens. */
package io.dunning.platform.security;
