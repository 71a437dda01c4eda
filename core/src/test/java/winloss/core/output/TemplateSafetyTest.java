package winloss.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import winloss.core.diag.WinlossException;

/** Cases template-partial-reads-any-file and template-unknown-name-silent, and their kind. */
class TemplateSafetyTest {
  @TempDir Path root;

  private Path template(String name, String text) throws Exception {
    Path p = root.resolve("templates").resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private String render(String name, Object data) {
    return Templates.forCorpus(root).render(name, data);
  }

  @Test
  void partialsOutsideTheTemplatesFolderAreRefused() throws Exception {
    Files.writeString(root.resolve("secret.txt"), "SECRET\n");
    for (String partial : List.of("/etc/passwd", "../secret.txt", "../../x", "a/../../secret.txt", "./x", "C:\\\\x")) {
      template("t.md.mustache", "{{> " + partial + "}}\n# Script\n");
      assertThatThrownBy(() -> render("t.md.mustache", Map.of()))
          .as(partial)
          .isInstanceOf(WinlossException.class)
          .hasMessageContaining("templates/t.md.mustache:1: template name '" + partial + "'")
          .hasMessageContaining("not a path inside templates/");
    }
  }

  @Test
  void aLinkedPartialPointingOutsideIsRefused() throws Exception {
    Files.writeString(root.resolve("secret.txt"), "SECRET\n");
    template("t.md.mustache", "# T\n{{> footer}}\n");
    Files.createSymbolicLink(root.resolve("templates/footer"), root.resolve("secret.txt"));
    assertThatThrownBy(() -> render("t.md.mustache", Map.of()))
        .hasMessageContaining("templates/t.md.mustache:2: templates/footer is a link to")
        .hasMessageContaining("outside templates/");
  }

  @Test
  void partialsResolveInTheUserFolderThenTheBuiltIns() throws Exception {
    template("t.md.mustache", "# T\n{{> parts/footer}}\n");
    template("parts/footer.mustache", "Footer for {{who}}\n");
    assertThat(render("t.md.mustache", Map.of("who", "Pat"))).isEqualTo("# T\nFooter for Pat\n");
    assertThatThrownBy(() -> render("t.md.mustache", Map.of()))
        .isInstanceOf(WinlossException.class);
    template("u.md.mustache", "{{> nothing-here}}\n");
    assertThatThrownBy(() -> render("u.md.mustache", Map.of()))
        .hasMessageContaining("templates/u.md.mustache:1: no template named 'nothing-here'");
  }

  @Test
  void aSelfIncludingPartialIsAClearErrorNotAStackOverflow() throws Exception {
    template("t.md.mustache", "# T\n\n{{> t.md.mustache}}\n");
    assertThatThrownBy(() -> render("t.md.mustache", Map.of()))
        .isInstanceOf(WinlossException.class)
        .hasMessageContaining("templates/t.md.mustache:3: the partial 't.md.mustache' includes itself")
        .hasMessageContaining("t.md.mustache -> t.md.mustache");
    template("t.md.mustache", "# T\n{{> a}}\n");
    template("a", "A {{> b}}\n");
    template("b", "\nB {{> a}}\n");
    assertThatThrownBy(() -> render("t.md.mustache", Map.of()))
        .hasMessageContaining("templates/b:2: the partial 'a' includes itself (a -> b -> a)");
  }

  @Test
  void anUnknownNameIsAnErrorWithFileAndLineEvenInASectionNotRenderedThisTime() throws Exception {
    Map<String, Object> data = Map.of("opp", "D-4", "hasReviewer", false);
    template("script.md.mustache", "# Script {{opp}}\n{{#noSuchSection}}x{{/noSuchSection}}\n");
    assertThatThrownBy(() -> render("script.md.mustache", data))
        .hasMessageContaining("templates/script.md.mustache:2: unknown name 'noSuchSection'");
    template("script.md.mustache", "# Script {{opp}}\n\n{{#hasReviewer}}{{noSuchValue}}{{/hasReviewer}}\n");
    assertThatThrownBy(() -> render("script.md.mustache", data))
        .hasMessageContaining("templates/script.md.mustache:3: unknown name 'noSuchValue'");
    // a name the built-in template uses is known even when this data lacks it
    String builtIn = Templates.defaultText("script.md.mustache");
    String someName = TemplateTags.scan(builtIn).stream().filter(t -> t.kind() == '#').findFirst().orElseThrow().name();
    template("script.md.mustache", "# Script {{opp}}\n{{#" + someName + "}}yes{{/" + someName + "}}\n");
    assertThat(render("script.md.mustache", data)).startsWith("# Script D-4\n").doesNotContain("yes");
  }

  @Test
  void setDelimitersAreFollowed() throws Exception {
    template("t.md.mustache", "{{=<% %>=}}\n<% who %> and <%#nope%>x<%/nope%>\n");
    assertThatThrownBy(() -> render("t.md.mustache", Map.of("who", "Pat")))
        .hasMessageContaining("templates/t.md.mustache:2: unknown name 'nope'");
  }
}
