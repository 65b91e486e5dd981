package se.vendorscreening.web.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;
import se.vendorscreening.web.ConsoleRole;

/**
 * Gives an OpenID Connect user the console roles its ID token names in a claim ({@code roles} by
 * default, where Entra ID puts an application's app roles); a user without one gets no console role
 * and can open only the start page.
 */
@Component
class OpenIdConnectRoles implements GrantedAuthoritiesMapper {

  private final String claim;

  OpenIdConnectRoles(@Value("${screening.web.oidc-roles-claim:roles}") String claim) {
    this.claim = claim;
  }

  @Override
  public Collection<? extends GrantedAuthority> mapAuthorities(
      Collection<? extends GrantedAuthority> authorities) {
    Set<GrantedAuthority> mapped = new HashSet<>(authorities);
    for (GrantedAuthority authority : authorities) {
      if (authority instanceof OidcUserAuthority oidc
          && oidc.getIdToken().getClaim(claim) instanceof List<?> values) {
        for (Object value : values) {
          roleOf(String.valueOf(value))
              .ifPresent(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        }
      }
    }
    return mapped;
  }

  private static java.util.Optional<ConsoleRole> roleOf(String value) {
    try {
      return java.util.Optional.of(ConsoleRole.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
