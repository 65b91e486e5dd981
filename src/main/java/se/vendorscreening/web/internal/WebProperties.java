package se.vendorscreening.web.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web console.
 *
 * @param usersFile the local users and their bcrypt hashes ({@code user} command)
 * @param maxFailedLogins failed logins of one user name in a row before it is locked for a while
 * @param loginLockout how long a user name stays locked after too many failed logins
 * @param minPasswordLength the shortest password {@code user add} accepts
 */
@ConfigurationProperties("screening.web")
record WebProperties(
    @DefaultValue("config/users.yml") Path usersFile,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("PT15M") Duration loginLockout,
    @DefaultValue("12") int minPasswordLength) {}
