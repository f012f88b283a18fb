package org.unsdcf.examples;

import java.io.PrintStream;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.UnsdcfModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shows a plan nested in an integrator's own JSON document, read and written by their own Jackson
 * mapper with {@link UnsdcfModule}: the same strict reader and canonical writer as {@code
 * PlanReader} and {@code PlanWriter}.
 */
public final class JacksonEmbedding {
  /**
   * An integrator's message carrying a plan.
   *
   * @param sender who sends the plan
   * @param plan the plan
   */
  public record Submission(String sender, CooperationFramework plan) {}

  private JacksonEmbedding() {}

  /**
   * Writes a submission with a user's mapper and reads it back.
   *
   * @param plan the plan to embed
   * @param out where to report
   * @return the submission read back
   */
  public static Submission run(CooperationFramework plan, PrintStream out) {
    JsonMapper mapper = JsonMapper.builder().addModule(new UnsdcfModule()).build();
    Submission sent = new Submission("UN Resident Coordinator Office", plan);
    String json = mapper.writeValueAsString(sent);
    Submission received = mapper.readValue(json, Submission.class);
    out.println(
        "embedded in an integrator's document with Jackson ("
            + json.length()
            + " characters) and read back: "
            + (received.equals(sent) ? "equal" : "DIFFERENT"));
    return received;
  }
}
