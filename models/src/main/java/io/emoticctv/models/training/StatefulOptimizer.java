package io.emoticctv.models.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import io.emoticctv.models.TrainingRecipe;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SGD with Nesterov momentum, or Adam with decoupled weight decay, whose state (momentum
 * buffers, step count) can be written to and read from a checkpoint: DJL's own optimizers keep
 * it private, and without it a resumed run would not continue identically.
 *
 * <p>State is keyed by parameter name (stable across runs of the same architecture), not by
 * DJL's per-process parameter ids. Weight decay applies to conv and linear weights only, not to
 * biases and batch-norm scales.
 */
final class StatefulOptimizer {
  private static final int FORMAT = 1;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final String kind;
  private final float momentum;
  private final float weightDecay;
  private final NDManager stateManager;
  private final Map<String, NDArray> first = new LinkedHashMap<>();
  private final Map<String, NDArray> second = new LinkedHashMap<>();
  private long steps;

  StatefulOptimizer(TrainingRecipe recipe, NDManager stateManager) {
    this.kind = recipe.optimizer();
    this.momentum = (float) recipe.momentum();
    this.weightDecay = (float) recipe.weightDecay();
    this.stateManager = stateManager;
  }

  /** Applies one update from the accumulated gradients, then zeroes them for the next batch. */
  void step(PairList<String, Parameter> parameters, float learningRate) {
    steps++;
    for (Pair<String, Parameter> entry : parameters) {
      Parameter parameter = entry.getValue();
      if (!parameter.requiresGradient()) {
        continue;
      }
      NDArray weight = parameter.getArray();
      float decay = weight.getShape().dimension() > 1 ? weightDecay : 0f;
      try (NDManager scope = stateManager.newSubManager(); NDArray gradient = weight.getGradient()) {
        NDArray g = scoped(scope, gradient.duplicate());
        if (kind.equals(TrainingRecipe.SGD)) {
          sgdNesterov(entry.getKey(), weight, g, learningRate, decay, scope);
        } else {
          adam(entry.getKey(), weight, g, learningRate, decay, scope);
        }
        // DJL's PyTorch gradient collector does not zero gradients; backward would accumulate
        gradient.subi(gradient);
      }
    }
  }

  private void sgdNesterov(String name, NDArray weight, NDArray g, float lr, float decay, NDManager scope) {
    if (decay > 0) {
      g.addi(scoped(scope, weight.mul(decay)));
    }
    NDArray buffer = first.computeIfAbsent(name, k -> weight.zerosLike());
    buffer.muli(momentum).addi(g);
    g.addi(scoped(scope, buffer.mul(momentum)));
    weight.subi(g.muli(lr));
  }

  private void adam(String name, NDArray weight, NDArray g, float lr, float decay, NDManager scope) {
    if (decay > 0) {
      weight.subi(scoped(scope, weight.mul(lr * decay)));
    }
    NDArray mean = first.computeIfAbsent(name, k -> weight.zerosLike());
    NDArray variance = second.computeIfAbsent(name, k -> weight.zerosLike());
    mean.muli(momentum).addi(scoped(scope, g.mul(1 - momentum)));
    variance.muli(BETA2).addi(scoped(scope, g.mul(g)).muli(1 - BETA2));
    double biasCorrection1 = 1 - Math.pow(momentum, steps);
    double biasCorrection2 = 1 - Math.pow(BETA2, steps);
    NDArray denominator = scoped(scope, variance.div((float) biasCorrection2)).sqrt().addi(EPSILON);
    weight.subi(scoped(scope, mean.mul((float) (lr / biasCorrection1))).divi(denominator));
  }

  /** Temporaries join the scope, so everything computed from them is freed with it. */
  private static NDArray scoped(NDManager scope, NDArray array) {
    array.attach(scope);
    return array;
  }

  void save(Path file) {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(FORMAT);
      out.writeUTF(kind);
      out.writeLong(steps);
      writeStates(out, first);
      writeStates(out, second);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write optimizer state " + file, e);
    }
  }

  void load(Path file) {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      if (in.readInt() != FORMAT) {
        throw new IllegalArgumentException("unknown optimizer state format in " + file);
      }
      String savedKind = in.readUTF();
      if (!savedKind.equals(kind)) {
        throw new IllegalArgumentException("checkpoint was made with optimizer " + savedKind + ", not " + kind);
      }
      steps = in.readLong();
      readStates(in, first);
      readStates(in, second);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read optimizer state " + file, e);
    }
  }

  private static void writeStates(DataOutputStream out, Map<String, NDArray> states) throws IOException {
    out.writeInt(states.size());
    for (Map.Entry<String, NDArray> e : states.entrySet()) {
      out.writeUTF(e.getKey());
      long[] shape = e.getValue().getShape().getShape();
      out.writeInt(shape.length);
      for (long d : shape) {
        out.writeLong(d);
      }
      float[] values = e.getValue().toFloatArray();
      out.writeInt(values.length);
      for (float v : values) {
        out.writeFloat(v);
      }
    }
  }

  private void readStates(DataInputStream in, Map<String, NDArray> states) throws IOException {
    states.values().forEach(NDArray::close);
    states.clear();
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      long[] shape = new long[in.readInt()];
      for (int d = 0; d < shape.length; d++) {
        shape[d] = in.readLong();
      }
      float[] values = new float[in.readInt()];
      for (int v = 0; v < values.length; v++) {
        values[v] = in.readFloat();
      }
      states.put(name, stateManager.create(values, new Shape(shape)));
    }
  }
}
