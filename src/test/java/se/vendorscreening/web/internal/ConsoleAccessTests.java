package se.vendorscreening.web.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import se.vendorscreening.web.ConsoleUsers;

@ConsoleTest
class ConsoleAccessTests {

  @Autowired MockMvc mvc;
  @Autowired ConsoleUsers users;

  @BeforeEach
  void theTestUsersExist() {
    ConsoleUsersFixture.addTo(users);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    // role,     page,                  status
    "OFFICER,    /,                     200",
    "OFFICER,    /screenings/new,       200",
    "OFFICER,    /audit/trail,          403",
    "OFFICER,    /audit/runs,           403",
    "OFFICER,    /operations,           403",
    "OFFICER,    /changes,              403",
    "AUDITOR,    /audit/trail,          200",
    "AUDITOR,    /audit/runs,           200",
    "AUDITOR,    /screenings/new,       403",
    "AUDITOR,    /operations,           403",
    "AUDITOR,    /changes,              403",
    "MANAGER,    /changes,              200",
    "MANAGER,    /screenings/new,       403",
    "MANAGER,    /runs/any-run,         403",
    "MANAGER,    /audit/trail,          403",
    "OPERATOR,   /operations,           200",
    "OPERATOR,   /runs/any-run,         403",
    "OPERATOR,   /audit/trail,          403",
    "OPERATOR,   /screenings/new,       403",
    "OFFICER,    /runs/no-such-run,     404",
    "OFFICER,    /overrides/pending,    200",
    "AUDITOR,    /audit/verify,         200",
    "OFFICER,    /audit/verify,         403",
    "MANAGER,    /audit/verify,         403",
    "MANAGER,    /changes?by=contact,   200",
    "AUDITOR,    /overrides/pending,    403",
    "MANAGER,    /overrides/pending,    403",
    "OPERATOR,   /overrides/pending,    403",
    "AUDITOR,    /runs/no-such-run,     404",
  })
  void eachRoleOpensOnlyItsOwnPages(String role, String page, int expected) throws Exception {
    mvc.perform(get(page).with(user("someone").roles(role))).andExpect(status().is(expected));
  }

  @ParameterizedTest(name = "{0} POST {1}: {2}")
  @CsvSource({
    // role,     page,                               status (404: let in, no such run)
    "AUDITOR,    /screenings,                         403",
    "MANAGER,    /screenings,                         403",
    "OPERATOR,   /screenings,                         403",
    "MANAGER,    /runs/any-run/parties/0/unmask,      403",
    "OPERATOR,   /runs/any-run/parties/0/unmask,      403",
    "OFFICER,    /runs/any-run/parties/0/unmask,      404",
    "AUDITOR,    /runs/any-run/parties/0/unmask,      404",
    "OFFICER,    /audit/runs/any-run/verify,          403",
    "MANAGER,    /audit/runs/any-run/verify,          403",
    "OPERATOR,   /audit/verify,                       403",
    "AUDITOR,    /audit/runs/any-run/verify,          404",
  })
  void eachRoleSendsOnlyItsOwnForms(String role, String page, int expected) throws Exception {
    mvc.perform(
            post(page).with(user("someone").roles(role)).with(csrf()).param("reason", "granskning"))
        .andExpect(status().is(expected));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "MANAGER,    /runs/any-run/files/report.pdf,    403",
    "OPERATOR,   /runs/any-run/files/report.pdf,    403",
    "OFFICER,    /runs/any-run/files/report.pdf,    404",
    "AUDITOR,    /runs/any-run/files/report.pdf,    404",
    "OFFICER,    /audit/runs/any-run,               403",
    "AUDITOR,    /audit/runs/any-run,               404",
    "MANAGER,    /operations,                       403",
    "OPERATOR,   /changes,                          403",
  })
  void onlyOfficersAndAuditorsDownloadRunFiles(String role, String page, int expected)
      throws Exception {
    mvc.perform(get(page).with(user("someone").roles(role))).andExpect(status().is(expected));
  }

  @Test
  void onlyAnAuditorMayUploadARunFolderAndAFileThatIsNoZipIsRefusedInWords() throws Exception {
    var notAZip =
        new org.springframework.mock.web.MockMultipartFile(
            "folder", "run.zip", "application/zip", "not a zip".getBytes());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/audit/verify/upload")
                .file(notAZip)
                .with(user("olle").roles("OFFICER"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/audit/verify/upload")
                .file(notAZip)
                .with(user("karin").roles("AUDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/audit/verify/upload")
                .file(notAZip)
                .with(user("karin").roles("AUDITOR"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Filen är ingen läsbar zip-fil av en körmapp.")));
  }

  @Test
  void onlyAnOfficerMayApproveOrRejectAProposedOverride() throws Exception {
    for (String role : new String[] {"AUDITOR", "MANAGER", "OPERATOR"}) {
      mvc.perform(post("/overrides/1/approve").with(user("someone").roles(role)).with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/overrides/1/reject")
                  .with(user("someone").roles(role))
                  .with(csrf())
                  .param("reason", "nej"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post("/overrides/1/approve").with(user("olle").roles("OFFICER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyAnOfficerMayRecordAnOverride() throws Exception {
    mvc.perform(
            post("/runs/any-run/parties/0/overrides")
                .with(user("karin").roles("AUDITOR"))
                .with(csrf())
                .param("ruleId", "TAX_UNPAID_FINAL")
                .param("decision", "CLEAR")
                .param("reason", "självsanering"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/runs/any-run/parties/0/overrides")
                .with(user("olle").roles("OFFICER"))
                .with(csrf())
                .param("ruleId", "TAX_UNPAID_FINAL")
                .param("decision", "CLEAR")
                .param("reason", "självsanering"))
        .andExpect(status().isNotFound());
  }

  @ParameterizedTest
  @CsvSource({"/", "/screenings/new", "/runs/any-run", "/audit/trail", "/operations", "/changes"})
  void sendsAVisitorWhoIsNotLoggedInToTheLoginPage(String page) throws Exception {
    mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void showsTheLoginPageAndTheStyleSheetToEveryone() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk());
    mvc.perform(get("/css/console.css")).andExpect(status().isOk());
  }

  @Test
  void refusesAPostWithoutCsrfToken() throws Exception {
    mvc.perform(
            post("/runs/any-run/parties/0/overrides")
                .with(user("olle").roles("OFFICER"))
                .param("ruleId", "TAX_UNPAID_FINAL")
                .param("decision", "CLEAR")
                .param("reason", "självsanering"))
        .andExpect(status().isForbidden());
  }

  @Test
  void sendsSecurityHeadersWithAContentSecurityPolicyWithoutInlineScript() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
  }

  @Test
  void logsInALocalUserWithTheRolesOfTheUsersFile() throws Exception {
    mvc.perform(
            formLogin("/login")
                .user(ConsoleUsersFixture.AUDITOR)
                .password(ConsoleUsersFixture.PASSWORD))
        .andExpect(redirectedUrl("/"))
        .andExpect(
            SecurityMockMvcResultMatchers.authenticated()
                .withUsername(ConsoleUsersFixture.AUDITOR)
                .withRoles("AUDITOR"));
  }

  @Test
  void refusesADisabledUser() throws Exception {
    users.add(
        "gone.user",
        ConsoleUsersFixture.PASSWORD.toCharArray(),
        java.util.Set.of(se.vendorscreening.web.ConsoleRole.OFFICER));
    users.disable("gone.user");
    mvc.perform(formLogin("/login").user("gone.user").password(ConsoleUsersFixture.PASSWORD))
        .andExpect(redirectedUrl("/login?error"))
        .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
  }

  @Test
  void locksAUserNameAfterFiveFailedLoginsEvenForTheRightPassword() throws Exception {
    users.add(
        "guessed.user",
        ConsoleUsersFixture.PASSWORD.toCharArray(),
        java.util.Set.of(se.vendorscreening.web.ConsoleRole.OFFICER));
    for (int attempt = 1; attempt <= 5; attempt++) {
      mvc.perform(formLogin("/login").user("guessed.user").password("fel-" + attempt))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin("/login").user("guessed.user").password(ConsoleUsersFixture.PASSWORD))
        .andExpect(redirectedUrlPattern("/login?error*"))
        .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
  }
}
