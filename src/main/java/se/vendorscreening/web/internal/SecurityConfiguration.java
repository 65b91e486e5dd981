package se.vendorscreening.web.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which page: every page but the login page and the static assets needs a logged-in
 * user, and each area of the console one role (documented in docs/console.md). Local users log in
 * with a form; OpenID Connect is offered when a client registration is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  /** No inline script or style: everything the pages use comes from the console itself. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain consoleSecurity(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> openIdConnect,
      OpenIdConnectRoles openIdConnectRoles)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/screenings/**")
                    .hasRole("OFFICER")
                    .requestMatchers(HttpMethod.POST, "/runs/*/parties/*/overrides")
                    .hasRole("OFFICER")
                    .requestMatchers("/overrides/**")
                    .hasRole("OFFICER")
                    .requestMatchers("/runs/**")
                    .hasAnyRole("OFFICER", "AUDITOR")
                    .requestMatchers("/audit/**")
                    .hasRole("AUDITOR")
                    .requestMatchers("/changes/**")
                    .hasRole("MANAGER")
                    .requestMatchers("/operations/**")
                    .hasRole("OPERATOR")
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny()));
    if (openIdConnect.getIfAvailable() != null) {
      http.oauth2Login(
          login ->
              login
                  .loginPage("/login")
                  .userInfoEndpoint(
                      userInfo -> userInfo.userAuthoritiesMapper(openIdConnectRoles)));
    }
    return http.build();
  }
}
