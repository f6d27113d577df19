package cn.ggzy.server.domain.model.expert;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.draw.CanonicalJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The experts a round drew, in the order drawn, each with the specialty drawn for. */
public record ExpertDrawResult(List<Member> members) {
  /** One drawn expert. */
  public record Member(String specialty, String expert) {}

  public ExpertDrawResult {
    members = List.copyOf(members);
  }

  public String canonicalJson() {
    return CanonicalJson.write(members.stream()
        .map(m -> (Object) Map.of("specialty", m.specialty(), "expert", m.expert())).toList());
  }

  public static ExpertDrawResult parse(String json) {
    try {
      List<Member> members = new ArrayList<>();
      for (JsonValue v : Json.createReader(new StringReader(json == null ? "" : json)).readArray()) {
        JsonObject m = v.asJsonObject();
        members.add(new Member(m.getString("specialty"), m.getString("expert")));
      }
      return new ExpertDrawResult(members);
    } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException e) {
      throw new DomainException("expert.verify.result.invalid", "result");
    }
  }
}
