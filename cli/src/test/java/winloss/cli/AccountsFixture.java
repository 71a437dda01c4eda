package winloss.cli;

import java.nio.file.Path;

/** The consent fixture: accounts without consent named in quotes, AE notes, titles and success criteria. */
final class AccountsFixture {
  static final Path CONSENT = Path.of("..", "core", "src", "test", "resources", "fixtures", "consent");

  private AccountsFixture() {}
}
