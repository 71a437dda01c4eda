package winloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import winloss.core.notify.Ledger;
import winloss.core.notify.Message;
import winloss.core.notify.Notifier;
import winloss.core.notify.NotifyConfig;

/**
 * {@code --notify}: post the command's messages to the channels in win-loss/winloss.yaml. The
 * configuration and its environment variables are checked before the command writes anything
 * ({@link #prepare}); a failed delivery is reported after the files are written and the command
 * exits 2. With --notify the command holds the corpus lock (the ledger is written).
 */
public final class NotifyMixin implements CorpusWriter {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--notify", description = "Post a short message per alert, digest or batch of requests to the Slack, Teams and"
      + " email channels configured under notify: in win-loss/winloss.yaml; each at most once a day (ledger in win-loss/.winloss/).")
  boolean notify;

  private NotifyConfig config;

  /** {@code --notify} appends to the ledger under win-loss/.winloss/: under the corpus lock. */
  @Override
  public boolean writes() {
    return notify;
  }

  /** The command's own {@code --wait} ({@link WaitMixin} or {@link WriteMixin}) when it has one, else {@link WaitMixin#DEFAULT}. */
  @Override
  public java.time.Duration lockWait() {
    for (CommandSpec m : mixee.mixins().values()) {
      if (m.userObject() instanceof WaitMixin w) {
        return w.duration();
      }
      if (m.userObject() instanceof WriteMixin w) {
        return w.lockWait();
      }
    }
    return WaitMixin.DEFAULT;
  }

  /** With --notify, reads and checks the configuration and its environment variables (exit 2 before anything is written). */
  public void prepare(Path root) {
    if (notify) {
      config = NotifyConfig.read(root);
      config.requireEnvironment(env());
    }
  }

  /**
   * Sends {@code messages} (with --notify), prints what happened, and returns the exit code: 2
   * when a delivery failed, else {@code exit}.
   */
  public int deliver(Path root, LocalDate day, List<Message> messages, int exit) {
    if (!notify) {
      return exit;
    }
    if (config == null) {
      prepare(root);
    }
    Notifier.Delivery d = new Notifier(config, env()).send(Ledger.open(root), day, messages);
    PrintWriter out = mixee.commandLine().getOut();
    out.println(d.summary());
    out.flush();
    if (d.failures().isEmpty()) {
      return exit;
    }
    PrintWriter err = mixee.commandLine().getErr();
    for (String f : d.failures()) {
      err.println("winloss: error: notification failed: " + f);
    }
    err.println("winloss: error: " + d.failures().size() + " notification(s) failed; the files were written; rerun with --notify"
        + " to retry (what was delivered is not sent again today)");
    err.flush();
    return ExitCodes.USAGE;
  }

  private Function<String, String> env() {
    Object root = mixee.root().userObject();
    return root instanceof WinlossCommand w ? w.env() : System::getenv;
  }
}
