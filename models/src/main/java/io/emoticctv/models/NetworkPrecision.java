package io.emoticctv.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import java.util.Set;

/**
 * Runs a trained float32 network in another floating-point type, for speed measurements.
 *
 * <p>bfloat16 cannot be reached through DJL 0.36's PyTorch engine: its JNI layer
 * ({@code djl_pytorch_utils.h}, {@code GetScalarTypeFromDType}) maps only DJL data types 0–8
 * (float32, float64, float16, uint8, int32, int8, int64, bool, complex64) to torch types;
 * {@code DataType.BFLOAT16} (ordinal 11) reaches its {@code default: throw;}, which with no
 * active C++ exception calls {@code std::terminate} and kills the JVM ("terminate called without
 * an active exception"). So it is refused here, before any native call. DJL's
 * {@code Block.cast} is not implemented for our blocks either ("Not implemented yet"), hence the
 * copy into a fresh block.
 */
final class NetworkPrecision {
  static final Set<DataType> SUPPORTED = Set.of(DataType.FLOAT32, DataType.FLOAT16);

  private NetworkPrecision() {}

  static void requireSupported(DataType type) {
    if (type == DataType.BFLOAT16) {
      throw new UnsupportedOperationException("bfloat16 is not available through DJL 0.36's PyTorch engine: its "
          + "JNI maps only float32/float64/float16/uint8/int32/int8/int64/bool/complex64 to torch types and aborts "
          + "the JVM (std::terminate) on bfloat16");
    }
    if (!SUPPORTED.contains(type)) {
      throw new IllegalArgumentException("precision must be one of " + SUPPORTED + ", got " + type);
    }
  }

  /** A fresh network of the architecture holding trained's parameters converted to type. */
  static Block copyAs(Block trained, String architecture, DataType type, NDManager manager) {
    requireSupported(type);
    Block copy = EmotionNetworks.build(architecture);
    PairList<String, Parameter> from = trained.getParameters();
    PairList<String, Parameter> to = copy.getParameters();
    for (int i = 0; i < from.size(); i++) {
      if (!from.get(i).getKey().equals(to.get(i).getKey())) {
        throw new IllegalStateException("parameter order differs: " + from.get(i).getKey() + " vs " + to.get(i).getKey());
      }
      NDArray converted = from.get(i).getValue().getArray().toType(type, true);
      converted.attach(manager);
      // an uninitialised parameter accepts an array; forward() in inference needs nothing else
      to.get(i).getValue().setArray(converted);
    }
    return copy;
  }
}
