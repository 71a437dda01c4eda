package winloss.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus that follows the format: N interviews (about 4 KB each, eight
 * answers, several tagged quotes) over M deals spread across eight quarters. Deterministic from
 * the seed, so two runs give the same bytes. It passes {@code winloss check} with no errors.
 *
 * <p>It is shaped like what users' tools and people write, so the harness measures the paths
 * real files take: about two thirds of the write-ups quote their values ({@code opp: "OPP-1"},
 * {@code winner: 'none'}), a fifth have CRLF line ends, a tenth start with a BOM, a tenth are
 * three times as long, and accounts and titles hold non-ASCII letters.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar winloss.bench.SyntheticCorpus DIR INTERVIEWS DEALS [SEED]}
 */
public final class SyntheticCorpus {
  static final String[] FACTORS = {"integration-depth", "time-to-value", "price", "sales-process", "security-review",
      "ease-of-use", "support-quality", "reference-customers", "roadmap-confidence", "data-governance"};
  static final String[] OBJECTIONS = {"migration-effort", "security-review", "budget-timing", "vendor-risk"};
  static final String[] PERSONAS = {"economic-buyer", "champion", "technical-evaluator", "end-user"};
  static final String[] LOSS_REASONS = {"price", "timing", "incumbent", "fit"};
  static final String[] LOSS_TYPES = {"better-product", "execution", "structural"};
  static final String[] COMPETITORS = {"Lumen", "Quarry", "Helix", "Bramble", ""};
  static final String[] SEGMENTS = {"smb", "mid-market", "enterprise"};
  static final String[] INDUSTRIES = {"logistics", "healthcare", "retail", "finance", "media", "manufacturing", "software"};
  static final String[] AES = {"Mia Chen", "Tom Reyes", "Aisha Khan", "Luis Ortega", "Grace Wu"};
  static final String[] INTERVIEWERS = {"Priya Shah", "Halden Research", "Sam Ortiz"};
  static final String[] WORDS = ("the team wanted a connector for snowflake and the onboarding took weeks while budget reviews"
      + " dragged on so our champion pushed the security questionnaire through legal before the quarter closed and"
      + " pricing looked fair against the incumbent though migration effort worried the data engineers who owned"
      + " the pipelines and dashboards every morning").split(" ");

  private final SplittableRandom random;

  private SyntheticCorpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: SyntheticCorpus DIR INTERVIEWS DEALS [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int interviews = Integer.parseInt(args[1]);
    int deals = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026;
    new SyntheticCorpus(seed).write(dir, interviews, Math.max(deals, interviews));
    System.out.println("wrote " + dir + ": " + deals + " deals, " + interviews + " interviews");
  }

  record Deal(String id, String outcome, LocalDate close, int acv, String segment, String industry, String competitor, String ae) {}

  void write(Path dir, int interviewCount, int dealCount) throws IOException {
    Path wl = Files.createDirectories(dir.resolve("win-loss/interviews"));
    write(dir.resolve("operator-brief.md"), Fixed.BRIEF);
    write(dir.resolve("win-loss/schema.yaml"), Fixed.SCHEMA);
    write(dir.resolve("win-loss/eight-questions.md"), Fixed.QUESTIONS);
    write(dir.resolve("win-loss/actions.yaml"), Fixed.ACTIONS);
    List<Deal> deals = new ArrayList<>();
    LocalDate start = LocalDate.parse("2025-01-01");
    StringBuilder csv = new StringBuilder("opp_id,account,outcome,close_date,acv,segment,industry,competitor,ae,csm,cycle_days,ae_reason,crm_loss_reason,champion_title,plays\n");
    for (int i = 0; i < dealCount; i++) {
      double r = random.nextDouble();
      String outcome = r < 0.45 ? "won" : r < 0.85 ? "lost" : "no-decision";
      Deal d = new Deal(String.format(Locale.ROOT, "OPP-%07d", i + 1), outcome, start.plusDays(random.nextInt(700)),
          5000 + random.nextInt(300) * 1000, pick(SEGMENTS), pick(INDUSTRIES),
          outcome.equals("no-decision") ? "" : pick(COMPETITORS), pick(AES));
      deals.add(d);
      csv.append(d.id()).append(i % 7 == 0 ? ",Société Nordique " : ",Account ").append(i + 1).append(',').append(d.outcome()).append(',').append(d.close())
          .append(',').append(d.acv()).append(',').append(d.segment()).append(',').append(d.industry()).append(',')
          .append(d.competitor()).append(',').append(d.ae()).append(",,").append(20 + random.nextInt(120))
          .append(",\"Price, mostly\",").append(d.outcome().equals("lost") ? "price" : "")
          .append(i % 5 == 0 ? ",Leiterin Datenplattform (Zürich)," : ",Head of Data,")
          .append("bc-").append(d.competitor().isEmpty() ? "none" : d.competitor().toLowerCase(Locale.ROOT)).append(";seq-cfo\n");
    }
    write(wl.getParent().resolve("deals.csv"), csv.toString());
    for (int i = 0; i < interviewCount; i++) {
      Deal d = deals.get(i);
      String text = interview(d);
      int shape = random.nextInt(10);
      if (shape < 2) {
        text = text.replace("\n", "\r\n");
      }
      if (shape == 9) {
        text = "\uFEFF" + text;
      }
      write(wl.resolve(d.id() + ".md"), text);
    }
  }

  private String interview(Deal d) {
    boolean won = d.outcome().equals("won");
    StringBuilder s = new StringBuilder("---\n");
    List<String> decisive = distinct(FACTORS, 1 + random.nextInt(3));
    int style = random.nextInt(6);
    String qt = style < 3 ? "\"" : style == 3 ? "'" : "";
    int length = random.nextInt(10) == 0 ? 3 : 1;
    s.append("opp: ").append(qt).append(d.id()).append(qt).append("\noutcome: ").append(d.outcome())
        .append("\nstatus: completed\n");
    s.append("requested: ").append(d.close().plusDays(1)).append("\nbooked: ").append(d.close().plusDays(3))
        .append("\ninterviewed: ").append(d.close().plusDays(5 + random.nextInt(8))).append('\n');
    s.append("interviewer: ").append(pick(INTERVIEWERS)).append('\n');
    s.append("interviewee:\n  title: ").append(qt).append(style == 0 ? "Directrice des données" : "Director of Data")
        .append(qt).append("\n  persona: ").append(pick(PERSONAS)).append('\n');
    s.append("consent:\n  attribute: ").append(random.nextBoolean()).append("\n  external_use: false\n");
    s.append("codes:\n  decisive: [").append(String.join(", ", decisive)).append("]\n");
    if (!won) {
      s.append("  winner: ").append(qt).append(d.competitor().isEmpty() ? "none" : d.competitor()).append(qt).append('\n');
      s.append("  loss_reason: ").append(d.outcome().equals("no-decision") ? "no-decision" : pick(LOSS_REASONS)).append('\n');
      s.append("  loss_type: ").append(pick(LOSS_TYPES)).append('\n');
      s.append("  price_factor: ").append(pick(new String[] {"no", "partly", "decisive"})).append('\n');
      s.append("  fixable: ").append(random.nextBoolean()).append('\n');
    } else {
      s.append("  success_criteria: Cut pipeline time in half\n");
    }
    s.append("  almost: [").append(pick(FACTORS)).append("]\n");
    s.append("  objections: [").append(pick(OBJECTIONS)).append("]\n");
    s.append("  committee: [").append(String.join(", ", distinct(PERSONAS, 2))).append("]\n");
    s.append("  flags: []\n---\n");
    for (int q = 1; q <= 8; q++) {
      s.append("\n## ").append(q).append(". ").append(won ? "Win question " : "Loss question ").append(q).append("\n\n");
      s.append(sentence(length * (40 + random.nextInt(30)))).append("\n");
      if (q <= decisive.size()) {
        s.append("\n> ").append(sentence(18)).append(" #").append(decisive.get(q - 1)).append('\n');
      } else if (q == 6) {
        s.append("\n> ").append(sentence(14)).append(" #").append(pick(FACTORS)).append('\n');
      }
    }
    return s.toString();
  }

  private String sentence(int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = pick(WORDS);
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
    }
    return b.toString();
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }

  private List<String> distinct(String[] from, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String c = pick(from);
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
