package io.emoticctv.models.cli;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.ModelDirectory;
import io.emoticctv.models.EvaluationSummary;
import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.evaluation.EvaluationReport;
import io.emoticctv.models.evaluation.ModelCard;
import io.emoticctv.models.evaluation.ModelEvaluation;
import io.emoticctv.models.evaluation.TestTimeAugmentation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Accuracy, macro-F1 and per-class precision/recall/F1 of a model on a labelled folder.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "labelled folder, FER2013 layout")
  Path data;

  @Option(names = "--model", defaultValue = ModelDirectory.JOB_DEFAULT, description = "model directory (default: ${DEFAULT-VALUE})")
  Path model;

  @Option(names = "--json", description = "also write the report as JSON to this file")
  Path json;

  @Option(names = "--first-per-class", defaultValue = "0", description = "only the first N images of each class (default: all)")
  int firstPerClass;

  @Option(names = "--batch", defaultValue = "128", description = "(default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--tta", description = "test-time augmentation: " + TestTimeAugmentation.DESCRIPTION
      + " (not with --record, which stores single-view figures)")
  boolean tta;

  @Option(names = "--record", description = "store the figures as the model's validation result in model.json and"
      + " write MODEL_CARD.md")
  boolean record;

  @Override
  public Integer call() throws IOException {
    if (tta && record) {
      throw new ParameterException(spec.commandLine(),
          "--tta and --record together: the model card records single-view figures");
    }
    data = data.toAbsolutePath().normalize();
    FerDataset dataset = FerDataset.load(data);
    if (firstPerClass > 0) {
      dataset = dataset.firstPerClass(firstPerClass);
    }
    EvaluationReport report;
    try (EmotionClassifier classifier = EmotionClassifier.open(model)) {
      report = tta
          ? ModelEvaluation.evaluate(TestTimeAugmentation.wrap(classifier::classify), classifier, dataset,
              data + " (TTA)", batch)
          : ModelEvaluation.evaluate(classifier, dataset, data.toString(), batch);
    }
    out().println(report.summaryLine());
    out().println();
    out().print(report.perClassTable());
    out().println();
    out().print(report.confusionTable());
    if (json != null) {
      report.writeJson(json);
      out().println("\nreport written to " + json);
    }
    if (record) {
      ModelDescriptor updated = ModelDescriptor.read(model).withValidation(
          new EvaluationSummary(data.toString(), report.images(), report.accuracy(), report.macroF1()));
      updated.write(model);
      Files.writeString(model.resolve(ModelDirectory.MODEL_CARD), ModelCard.render(updated, report));
      out().println("validation figures recorded in " + model.resolve(ModelDescriptor.FILE_NAME) + " and "
          + model.resolve(ModelDirectory.MODEL_CARD));
    }
    return 0;
  }

  private java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
