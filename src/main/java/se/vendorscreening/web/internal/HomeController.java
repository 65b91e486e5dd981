package se.vendorscreening.web.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.vendorscreening.screening.ScreeningResults;

/** The login page and the start page, which links to what the user's roles allow. */
@Controller
class HomeController {

  private static final int RECENT_RUNS = 20;

  private final ScreeningResults results;
  private final ObjectProvider<ClientRegistrationRepository> openIdConnect;

  HomeController(
      ScreeningResults results, ObjectProvider<ClientRegistrationRepository> openIdConnect) {
    this.results = results;
    this.openIdConnect = openIdConnect;
  }

  @GetMapping("/login")
  String login(Model model) {
    List<ClientRegistration> registrations = new ArrayList<>();
    if (openIdConnect.getIfAvailable() instanceof Iterable<?> configured) {
      configured.forEach(
          registration -> {
            if (registration instanceof ClientRegistration client) {
              registrations.add(client);
            }
          });
    }
    model.addAttribute("oidcRegistrations", registrations);
    return "login";
  }

  @GetMapping("/")
  String home(Authentication user, Model model) {
    boolean officer =
        user.getAuthorities().stream().anyMatch(a -> "ROLE_OFFICER".equals(a.getAuthority()));
    if (officer) {
      model.addAttribute("runs", results.runs().stream().limit(RECENT_RUNS).toList());
    }
    return "home";
  }
}
