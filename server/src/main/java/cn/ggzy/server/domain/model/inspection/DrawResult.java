package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.server.domain.model.draw.CanonicalJson;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a draw: the teams in the order the objects were drawn, each with its inspectors
 * (certificate numbers) in the order they were drawn.
 */
public record DrawResult(List<Team> teams) {
  public static final String FORMAT = "ggzy-random-inspection-result/1";

  /** One drawn object and its team. */
  public record Team(String object, List<String> inspectors) {
    public Team {
      inspectors = List.copyOf(inspectors);
    }
  }

  public DrawResult {
    teams = List.copyOf(teams);
  }

  public String canonicalJson() {
    return CanonicalJson.write(Map.of("format", FORMAT, "teams", teams.stream()
        .map(t -> (Object) Map.of("object", t.object(), "inspectors", List.<Object>copyOf(t.inspectors()))).toList()));
  }

  public static DrawResult parse(String json) {
    return DrawDocumentJson.readResult(json);
  }
}
