package winloss.bench;

/** A hello-world JVM: bench/run's floor for start-up, run with the launcher's own flags. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
