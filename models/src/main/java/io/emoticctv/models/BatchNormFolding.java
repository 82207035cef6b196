package io.emoticctv.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import java.util.Iterator;
import java.util.List;

/**
 * Folds each inference-mode batch norm into the convolution before it: {@code bn(conv(x))} with
 * scale {@code s = gamma / sqrt(runningVar + eps)} equals a convolution with weights {@code w · s}
 * (per output channel) and bias {@code beta − runningMean · s}. The folded network
 * ({@link EmotionNetworks#buildFolded}) gives the same outputs with one operation and one pass
 * over the activations fewer per convolution.
 */
final class BatchNormFolding {
  /** The epsilon of every batch norm of {@link EmotionNetworks} (DJL's default). */
  static final float EPSILON = 1e-5f;

  private BatchNormFolding() {}

  /** A folded network of the architecture computing what trained computes in inference mode. */
  static Block fold(Block trained, String architecture, NDManager manager) {
    Block folded = EmotionNetworks.buildFolded(architecture);
    Iterator<Parameter> targets = folded.getParameters().values().iterator();
    foldInto(trained, targets, manager);
    if (targets.hasNext()) {
      throw new IllegalStateException("the folded " + architecture + " has parameters the trained one lacks");
    }
    return folded;
  }

  /** Fills targets, in the folded network's parameter order, from block and its descendants. */
  private static void foldInto(Block block, Iterator<Parameter> targets, NDManager manager) {
    for (Parameter own : block.getDirectParameters().values()) {
      set(targets.next(), own.getArray().duplicate(), manager);
    }
    List<Block> children = block.getChildren().values();
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) instanceof Conv2d conv && i + 1 < children.size()
          && children.get(i + 1) instanceof BatchNorm norm) {
        foldPair(conv, norm, targets, manager);
        i++;
      } else {
        foldInto(children.get(i), targets, manager);
      }
    }
  }

  private static void foldPair(Conv2d conv, BatchNorm norm, Iterator<Parameter> targets, NDManager manager) {
    if (conv.getDirectParameters().size() != 1) {
      throw new IllegalStateException("a convolution before a batch norm has no bias of its own to fold into");
    }
    NDArray weight = conv.getDirectParameters().valueAt(0).getArray();
    var bn = norm.getDirectParameters();
    NDArray scale = bn.get("gamma").getArray().div(bn.get("runningVar").getArray().add(EPSILON).sqrt());
    NDArray bias = bn.get("beta").getArray().sub(bn.get("runningMean").getArray().mul(scale));
    long channels = scale.size();
    NDArray perChannel = scale.reshape(channels, 1, 1, 1);
    set(targets.next(), weight.mul(perChannel), manager);
    set(targets.next(), bias, manager);
    scale.close();
    perChannel.close();
  }

  private static void set(Parameter target, NDArray value, NDManager manager) {
    value.attach(manager);
    target.setArray(value); // an uninitialised parameter accepts an array; forward() in inference needs nothing else
  }
}
