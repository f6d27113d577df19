package cn.ggzy.server.infrastructure.security;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TokenIssuer;
import cn.ggzy.server.infrastructure.time.SystemTime;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs RS256 tokens in the shape MicroProfile JWT verifies: {@code iss}, {@code upn},
 * {@code groups} (the roles), plus the caller's tenant and region.
 */
@ApplicationScoped
public class NimbusTokenIssuer implements TokenIssuer {
  private SigningKeys keys;
  private Clock clock;
  private String issuer;
  private Duration lifetime;

  protected NimbusTokenIssuer() {}

  @Inject
  public NimbusTokenIssuer(SigningKeys keys, @SystemTime Clock clock,
      @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
      @ConfigProperty(name = "platform.jwt.lifetime", defaultValue = "PT8H") Duration lifetime) {
    this.keys = keys;
    this.clock = clock;
    this.issuer = issuer;
    this.lifetime = lifetime;
  }

  @Override
  public IssuedToken issue(Caller caller, int credentialsVersion) {
    Instant now = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(caller.login().value())
        .claim("upn", caller.login().value())
        .claim("groups", caller.roles().stream().map(Enum::name).sorted().toList())
        .claim("tenant", caller.tenant().value())
        .claim("region", caller.tenant().region().value())
        .claim(TokenIssuer.CREDENTIALS_VERSION_CLAIM, credentialsVersion)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime)))
        .jwtID(UUID.randomUUID().toString())
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
        .type(JOSEObjectType.JWT).keyID(keys.keyId()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(keys.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign token", e);
    }
    return new IssuedToken(jwt.serialize(), lifetime);
  }
}
