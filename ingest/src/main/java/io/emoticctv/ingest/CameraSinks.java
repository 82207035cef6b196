package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.PreviewRecord;
import java.util.function.Consumer;

/** Where a camera's output goes: face crops, statuses, preview images. Thread-safe consumers. */
record CameraSinks(
    Consumer<FaceRecord> faces,
    Consumer<CameraStatus> statuses,
    Consumer<PreviewRecord> previews) {}
