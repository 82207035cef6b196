package io.emoticctv.models;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.util.Pair;
import io.emoticctv.contracts.Emotion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The emotion networks, defined in code and named by the {@code architecture} field of
 * model.json. Every network maps NCHW [N, 1, 48, 48] to [N, 7] logits in {@link Emotion} order.
 */
public final class EmotionNetworks {
  /** ~0.19 M params, ~25 M multiply-adds per face: the fast model for many cameras per core. */
  public static final String COMPACT_CNN = "compact-cnn";
  /** ResNet-style with a stride-2 stem and one block per stage, widths 32/64/128: ~0.3 M params. */
  public static final String RESNET_XS = "resnet-xs";
  /** ResNet-style, widths 32/64/128: ~0.7 M params. */
  public static final String RESNET_S = "resnet-s";
  /** ResNet-style, widths 48/96/192: ~1.6 M params. */
  public static final String RESNET_M = "resnet-m";
  /** ResNet-style, widths 64/128/256: ~2.8 M params. */
  public static final String RESNET_L = "resnet-l";

  private static final Map<String, Function<Layers, Block>> ARCHITECTURES = new TreeMap<>(Map.of(
      COMPACT_CNN, EmotionNetworks::compactCnn,
      RESNET_XS, layers -> resnetStrided(layers, 32, 64, 128),
      RESNET_S, layers -> resnet(layers, 32, 64, 128),
      RESNET_M, layers -> resnet(layers, 48, 96, 192),
      RESNET_L, layers -> resnet(layers, 64, 128, 256)));

  private EmotionNetworks() {}

  public static List<String> architectures() {
    return List.copyOf(ARCHITECTURES.keySet());
  }

  /** A fresh, uninitialised network. */
  public static Block build(String architecture) {
    return factory(architecture).apply(new Layers(false));
  }

  /**
   * The same network for inference, with each batch norm folded into the convolution before it
   * (a bias per channel instead of four more arrays and one more pass over the activations):
   * what {@link BatchNormFolding} fills from a trained network.
   */
  static Block buildFolded(String architecture) {
    return factory(architecture).apply(new Layers(true));
  }

  private static Function<Layers, Block> factory(String architecture) {
    Function<Layers, Block> factory = ARCHITECTURES.get(architecture);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown architecture '" + architecture + "', expected one of " + architectures());
    }
    return factory;
  }

  public static long parameterCount(Block initialisedBlock) {
    long count = 0;
    for (Pair<String, Parameter> p : initialisedBlock.getParameters()) {
      if (p.getValue().requiresGradient()) {
        count += p.getValue().getArray().size();
      }
    }
    return count;
  }

  /** conv-bn-relu stages with max-pooling, 48→24→12→6, global average pool, dropout, linear. */
  private static Block compactCnn(Layers layers) {
    SequentialBlock net = new SequentialBlock();
    net.add(layers.convBnRelu(32, 1)).add(maxPool());
    net.add(layers.convBnRelu(64, 1)).add(maxPool());
    net.add(layers.convBnRelu(96, 1)).add(maxPool());
    net.add(layers.convBnRelu(128, 1));
    return head(net, 0.3f);
  }

  /**
   * Stem conv at 48x48, then three stages of two basic residual blocks; each stage halves the
   * side (48→24→12→6) so most of the compute runs on small maps, which is what a CPU can afford.
   */
  private static Block resnet(Layers layers, int w1, int w2, int w3) {
    SequentialBlock net = new SequentialBlock();
    net.add(layers.convBnRelu(w1 / 2, 1));
    int in = w1 / 2;
    for (int width : new int[] {w1, w2, w3}) {
      net.add(layers.residual(width, 2, in != width));
      net.add(layers.residual(width, 1, false));
      in = width;
    }
    return head(net, 0.4f);
  }

  /**
   * Stride-2 stem conv (48→24), then one basic residual block per stage at 24, 12 and 6: half
   * the multiply-adds and half the operations of {@link #RESNET_S}, whose per-operation overhead
   * dominates at batch 1.
   */
  private static Block resnetStrided(Layers layers, int w1, int w2, int w3) {
    SequentialBlock net = new SequentialBlock();
    net.add(layers.convBnRelu(w1, 2));
    net.add(layers.residual(w1, 1, false));
    net.add(layers.residual(w2, 2, true));
    net.add(layers.residual(w3, 2, true));
    return head(net, 0.3f);
  }

  private static Block head(SequentialBlock net, float dropout) {
    return net.add(Pool.globalAvgPool2dBlock())
        .add(Blocks.batchFlattenBlock())
        .add(Dropout.builder().optRate(dropout).build())
        .add(Linear.builder().setUnits(Emotion.COUNT).build());
  }

  private static Block maxPool() {
    return Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2));
  }

  /**
   * Convolutions each followed by a batch norm, as trained; or, folded, convolutions with a bias
   * and no batch norm.
   */
  private record Layers(boolean folded) {
    Block convBnRelu(int filters, int stride) {
      return normalised(new SequentialBlock(), conv(3, filters, stride)).add(Activation.reluBlock());
    }

    Block residual(int width, int stride, boolean project) {
      SequentialBlock main = normalised(new SequentialBlock(), conv(3, width, stride)).add(Activation.reluBlock());
      normalised(main, conv(3, width, 1));
      Block shortcut = stride == 1 && !project
          ? Blocks.identityBlock()
          : normalised(new SequentialBlock(), conv(1, width, stride));
      return new SequentialBlock()
          .add(new ParallelBlock(
              branches -> new NDList(branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow())),
              List.of(main, shortcut)))
          .add(Activation.reluBlock());
    }

    /** Adds conv and, unless folded, the batch norm after it. */
    private SequentialBlock normalised(SequentialBlock block, Block conv) {
      block.add(conv);
      return folded ? block : block.add(BatchNorm.builder().optEpsilon(BatchNormFolding.EPSILON).build());
    }

    private Block conv(int kernel, int filters, int stride) {
      return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optPadding(new Shape(kernel / 2, kernel / 2))
          .optStride(new Shape(stride, stride)).setFilters(filters).optBias(folded).build();
    }
  }
}
