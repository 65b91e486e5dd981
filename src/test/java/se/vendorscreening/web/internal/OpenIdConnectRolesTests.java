package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class OpenIdConnectRolesTests {

  @Test
  void givesTheConsoleRolesTheIdTokenNamesAndIgnoresOtherValues() {
    OidcIdToken token =
        new OidcIdToken(
            "token",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("sub", "anna", "roles", List.of("OFFICER", "auditor", "Global.Admin")));

    var mapped =
        new OpenIdConnectRoles("roles").mapAuthorities(List.of(new OidcUserAuthority(token)));

    assertThat(mapped)
        .extracting(GrantedAuthority::getAuthority)
        .contains("ROLE_OFFICER", "ROLE_AUDITOR")
        .doesNotContain("ROLE_GLOBAL.ADMIN", "ROLE_MANAGER", "ROLE_OPERATOR");
  }

  @Test
  void givesNoRoleWhenTheClaimIsMissing() {
    OidcIdToken token =
        new OidcIdToken(
            "token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "anna"));

    var mapped =
        new OpenIdConnectRoles("roles").mapAuthorities(List.of(new OidcUserAuthority(token)));

    assertThat(mapped)
        .extracting(GrantedAuthority::getAuthority)
        .noneMatch(a -> a.startsWith("ROLE_"));
  }
}
