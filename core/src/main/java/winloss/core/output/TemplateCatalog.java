package winloss.core.output;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import winloss.core.diag.WinlossException;

/** Lists the built-in templates (from the jar or, in development, the classes folder). */
public final class TemplateCatalog {
  private TemplateCatalog() {}

  /** Relative names of every built-in template, sorted, with '/' separators. */
  public static List<String> names() {
    URL url = TemplateCatalog.class.getClassLoader().getResource(Templates.RESOURCE_DIR);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return list(fs.getPath("/" + Templates.RESOURCE_DIR));
        }
      }
      return list(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw new WinlossException("cannot list the built-in templates: " + e.getMessage(), e);
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
