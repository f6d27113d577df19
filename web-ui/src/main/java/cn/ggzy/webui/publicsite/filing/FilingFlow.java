package cn.ggzy.webui.publicsite.filing;

import cn.ggzy.server.application.IntakeViews.Challenge;
import cn.ggzy.server.application.IntakeViews.ProofOfWork;
import cn.ggzy.server.application.IntakeViews.Receipt;
import cn.ggzy.server.application.PublicIntake;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.FieldErrors;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.publicsite.PublicClient;
import cn.ggzy.webui.publicsite.PublicErrors;
import com.vaadin.flow.component.UI;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * From the send button to the receipt: a challenge from the backend, its proof solved in the
 * browser, then the submission under the form's idempotency key. A refusal is shown at its fields;
 * a failure keeps the key, so that sending again cannot create a second submission.
 */
final class FilingFlow implements Serializable {
  private static final Logger LOG = Logger.getLogger(FilingFlow.class.getName());
  private final PublicIntake intake;
  private final PublicClient client;
  private final Texts texts;
  private final FilingKey key;

  /** What a filing form offers the flow. */
  interface Form extends FieldErrors {
    void working(String message);

    void failed(String message);

    void ready();
  }

  /** Sends the submission: the form's input for this key and proof. */
  interface Sender extends BiFunction<String, ProofOfWork, Receipt>, Serializable {}

  FilingFlow(PublicIntake intake, PublicClient client, Texts texts, String storageName) {
    this.intake = intake;
    this.client = client;
    this.texts = texts;
    this.key = new FilingKey(storageName);
  }

  /** On attach: the browser's device id and any unfinished key of this tab. */
  void attach(UI ui) {
    client.learnDevice(ui);
    key.restore(ui);
  }

  void send(UI ui, Form form, Sender sender, Consumer<Receipt> done) {
    form.working(texts.get("filing.verifying"));
    Optional<Challenge> offered;
    try {
      offered = DomainErrors.orElse(() -> Optional.of(intake.challenge(client.client())), e -> {
        refused(ui, form, e);
        return Optional.empty();
      });
    } catch (RuntimeException e) {
      unavailable(form, e);
      return;
    }
    if (offered.isEmpty()) {
      return;
    }
    Challenge challenge = offered.get();
    try {
      ProofOfWorkSolver.solve(ui, challenge, counter -> {
        if (counter == null) {
          form.failed(texts.get("filing.verifyTimeout"));
        } else {
          submit(ui, form, sender, new ProofOfWork(challenge.challenge(), counter), done);
        }
      }, error -> form.failed(texts.get("filing.verifyFailed")));
    } catch (RuntimeException e) {
      unavailable(form, e);
    }
  }

  private void submit(UI ui, Form form, Sender sender, ProofOfWork proof, Consumer<Receipt> done) {
    form.working(texts.get("filing.sending"));
    try {
      DomainErrors.run(() -> {
        Receipt receipt = sender.apply(key.value(), proof);
        key.forget(ui);
        form.ready();
        done.accept(receipt);
      }, e -> refused(ui, form, e));
    } catch (RuntimeException e) {
      unavailable(form, e);
    }
  }

  private void refused(UI ui, Form form, DomainException e) {
    List<String> rest = PublicErrors.showAtFields(e, ui.getLocale(), texts, form);
    form.failed(rest.isEmpty() ? texts.get("filing.fixFields") : String.join(" ", rest));
  }

  private void unavailable(Form form, RuntimeException e) {
    LOG.log(Level.WARNING, "a public filing could not be stored: {0}", e.getClass().getName());
    form.failed(texts.get("filing.unavailable"));
  }
}
