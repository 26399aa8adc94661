package io.dunning.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own OAuth2 client, for its calls to other services ({@link ServiceTokens}).
 *
 * @param tokenUri      the issuer's token endpoint (DUNNING_SECURITY_CLIENT_TOKEN_URI); no client without it
 * @param clientId      the service's client id (DUNNING_SECURITY_CLIENT_CLIENT_ID)
 * @param clientSecret  its secret, from the secret store (DUNNING_SECURITY_CLIENT_CLIENT_SECRET)
 * @param refreshBefore a token is replaced this long before it expires
 */
@ConfigurationProperties("dunning.security.client")
public record ServiceClientProperties(String tokenUri, String clientId, String clientSecret,
                                      @DefaultValue("PT30S") Duration refreshBefore) {
}
