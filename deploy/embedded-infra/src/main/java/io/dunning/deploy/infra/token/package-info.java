/** DEV ONLY: the local token issuer (an RSA-signed JWT minter with JWKS), for the launcher and the tests. */
package io.dunning.deploy.infra.token;
