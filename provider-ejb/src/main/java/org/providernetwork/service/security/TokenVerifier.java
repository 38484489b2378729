package org.providernetwork.service.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies a signed JSON Web Token of the identity provider with Nimbus JOSE+JWT: RS256/384/512 only
 * (never {@code none}, never a shared-secret algorithm), the header's {@code typ} and {@code crit} as
 * the library checks them, a key the provider publishes, the expected issuer and audience, and the
 * validity period (with an allowance for clock skew).
 * <p>
 * The provider's key set (its {@code jwks_uri}) is fetched on first use and cached. A token signed with
 * a key id the cached set does not hold makes it fetch the set again at once (the provider rotated its
 * keys); such fetches are rate limited to at most two per {@code minRefresh}, so tokens with made-up key
 * ids cannot turn the portal into a client that hammers the provider. While the provider cannot be
 * reached, the last key set it published stays in use for up to ten lifetimes of the cache.
 */
public class TokenVerifier {

    /** The only signature algorithms accepted. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
    /** The usual allowance for clocks of the identity provider and the portal that differ a little. */
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(10);
    /** The shortest time in which the key set is fetched at most twice. */
    public static final Duration DEFAULT_MIN_REFRESH = Duration.ofSeconds(30);
    /** How long a fetched key set is kept before it is fetched again even without an unknown key. */
    public static final Duration KEY_SET_LIFETIME = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());
    private static final Duration REFRESH_WAIT = Duration.ofSeconds(15);

    private final String issuer;
    private final Clock clock;
    private final Duration skew;
    private final JWKSetSource<SecurityContext> keySets;
    private final JWKSource<SecurityContext> keys;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();

    /**
     * @param issuer     the exact {@code iss} the tokens must carry
     * @param jwksUri    where the provider publishes its signing keys
     * @param retriever  how that document is fetched (Nimbus' {@code DefaultResourceRetriever} with timeouts in production)
     * @param clock      the wall clock the validity period is checked against
     * @param skew       the allowance on {@code exp} and {@code nbf}
     * @param minRefresh the key set is fetched at most twice in this time; shorter than {@link #KEY_SET_LIFETIME}
     */
    public TokenVerifier(String issuer, URL jwksUri, ResourceRetriever retriever, Clock clock, Duration skew, Duration minRefresh) {
        if (minRefresh.isNegative() || minRefresh.compareTo(KEY_SET_LIFETIME) >= 0) {
            throw new IllegalArgumentException("the key set refresh interval must be between 0 and "
                    + KEY_SET_LIFETIME.toSeconds() + " seconds, not " + minRefresh.toSeconds());
        }
        this.issuer = issuer;
        this.clock = clock;
        this.skew = skew;
        JWKSource<SecurityContext> built = JWKSourceBuilder.<SecurityContext>create(jwksUri, retriever)
                .cache(KEY_SET_LIFETIME.toMillis(), REFRESH_WAIT.toMillis())
                .refreshAheadCache(false)
                .rateLimited(minRefresh.toMillis(), event -> LOG.fine("Identity provider key set: refresh refused by the rate limit"))
                .retrying(false)
                .outageTolerant(true) // the provider unreachable: the last key set it published serves ten lifetimes more
                .build();
        this.keySets = ((JWKSetBasedJWKSource<SecurityContext>) built).getJWKSetSource();
        this.keys = this::select;
    }

    /** The token's claims when it is valid for the given audience; otherwise why not. */
    public JsonObject verify(String token, String audience) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token.strip());
        } catch (ParseException e) {
            throw new InvalidTokenException("not a JSON Web Token");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new InvalidTokenException("algorithm '" + jwt.getHeader().getAlgorithm().getName() + "' is not accepted");
        }
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw new InvalidTokenException("algorithm '" + algorithm.getName() + "' is not accepted");
        }
        try {
            processor(audience).process(signed, null);
        } catch (ExpiredJWTException e) {
            throw new InvalidTokenException("expired");
        } catch (BadJWSException e) {
            throw new InvalidTokenException("bad signature");
        } catch (BadJWTException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (KeySourceException e) {
            LOG.log(Level.WARNING, "The identity provider''s keys cannot be read: {0}", e.getMessage());
            throw new InvalidTokenException("the identity provider's keys cannot be read");
        } catch (com.nimbusds.jose.proc.BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage().contains("no matching key") ? "signed with an unknown key" : e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidTokenException("cannot be verified: " + e.getMessage());
        }
        try (JsonReader reader = Json.createReader(new StringReader(signed.getPayload().toString()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidTokenException("not a JSON Web Token");
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(String audience) {
        return processors.computeIfAbsent(audience, a -> {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
            DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(a,
                    new JWTClaimsSet.Builder().issuer(issuer).build(),
                    Set.of(JWTClaimNames.ISSUER, JWTClaimNames.EXPIRATION_TIME)) {
                @Override
                protected Date currentTime() {
                    return Date.from(clock.instant());
                }
            };
            claims.setMaxClockSkew((int) skew.toSeconds());
            processor.setJWTClaimsSetVerifier(claims);
            return processor;
        });
    }

    /**
     * The keys a token's header asks for: from the cached set, or, when it holds none, from a fresh set
     * (unless the rate limit refuses the fetch; then none). Runs on the verifier's clock, so that the
     * cache lifetime and the rate limit follow the same time as the tokens' validity.
     */
    private List<JWK> select(JWKSelector selector, SecurityContext context) throws KeySourceException {
        long now = clock.millis();
        JWKSet cached = keySets.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, context);
        List<JWK> found = selector.select(cached);
        if (found.isEmpty()) {
            try {
                found = selector.select(keySets.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(cached), now, context));
            } catch (RateLimitReachedException e) {
                return List.of();
            }
        }
        return found;
    }
}
