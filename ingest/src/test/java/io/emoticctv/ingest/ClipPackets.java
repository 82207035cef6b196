package io.emoticctv.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * A sample clip's video as H.264 with a key frame every second, like a CCTV camera's (the sample
 * MP4s have one key frame per clip, so a client joining mid-loop would wait for the next loop):
 * parameter sets and one access unit (a list of NAL units) per frame, with its time. What a test
 * RTSP camera sends. Re-encoded once with OpenH264 (part of JavaCV's FFmpeg) into a temporary file.
 */
record ClipPackets(byte[] sps, byte[] pps, List<AccessUnit> units, long durationMs) {

  /**
   * @param sendAtMs when to send it, from the clip's start (decoding order, at the clip's rate)
   * @param ptsMs when to show it (the RTP timestamp)
   */
  record AccessUnit(long sendAtMs, long ptsMs, boolean keyFrame, List<byte[]> nals) {}

  /** Frames per second over the whole clip. */
  double frameRate() {
    return units.size() * 1000.0 / durationMs;
  }

  static ClipPackets read(Path clip) throws IOException {
    Path encoded = Files.createTempFile("clip-", ".mp4");
    try {
      reencode(clip, encoded);
      return readPackets(encoded);
    } finally {
      Files.deleteIfExists(encoded);
    }
  }

  private static void reencode(Path clip, Path target) throws IOException {
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toString())) {
      grabber.start();
      try (FFmpegFrameRecorder recorder =
          new FFmpegFrameRecorder(
              target.toString(), grabber.getImageWidth(), grabber.getImageHeight(), 0)) {
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libopenh264");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(grabber.getVideoFrameRate());
        recorder.setGopSize((int) Math.round(grabber.getVideoFrameRate()));
        recorder.setVideoBitrate(600_000);
        recorder.start();
        Frame frame;
        while ((frame = grabber.grabImage()) != null) {
          recorder.record(frame);
        }
      }
    }
  }

  private static ClipPackets readPackets(Path clip) throws IOException {
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toString())) {
      grabber.start();
      AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
      AVCodecParameters codec = stream.codecpar();
      if (codec.codec_id() != avcodec.AV_CODEC_ID_H264) {
        throw new IOException(clip + " is not H.264");
      }
      byte[] avcC = new byte[codec.extradata_size()];
      codec.extradata().get(avcC);
      // avcC: 5 header bytes, then 0xE1 (one SPS), 2-byte length, SPS, 1 PPS count, length, PPS.
      int spsLength = ((avcC[6] & 0xFF) << 8) | (avcC[7] & 0xFF);
      byte[] sps = java.util.Arrays.copyOfRange(avcC, 8, 8 + spsLength);
      int p = 8 + spsLength + 1;
      int ppsLength = ((avcC[p] & 0xFF) << 8) | (avcC[p + 1] & 0xFF);
      byte[] pps = java.util.Arrays.copyOfRange(avcC, p + 2, p + 2 + ppsLength);
      int lengthSize = (avcC[4] & 0x03) + 1;
      double timeBase = stream.time_base().num() / (double) stream.time_base().den();

      List<AccessUnit> units = new ArrayList<>();
      long firstPts = Long.MIN_VALUE;
      AVPacket packet;
      while ((packet = grabber.grabPacket()) != null) {
        if (packet.stream_index() != grabber.getVideoStream()) {
          continue;
        }
        byte[] data = new byte[packet.size()];
        packet.data().get(data);
        long pts = packet.pts() == avutil.AV_NOPTS_VALUE ? packet.dts() : packet.pts();
        if (firstPts == Long.MIN_VALUE) {
          firstPts = pts;
        }
        units.add(
            new AccessUnit(
                0,
                Math.round((pts - firstPts) * timeBase * 1000),
                (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0,
                splitNals(data, lengthSize)));
      }
      // Packets come in decoding order, which with B-frames is not presentation order: they are
      // sent one frame interval apart, each stamped with its own presentation time.
      long frameMs = Math.round(1000 / grabber.getVideoFrameRate());
      List<AccessUnit> paced = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        AccessUnit u = units.get(i);
        paced.add(new AccessUnit(i * frameMs, u.ptsMs(), u.keyFrame(), u.nals()));
      }
      return new ClipPackets(sps, pps, paced, units.size() * frameMs);
    }
  }

  private static List<byte[]> splitNals(byte[] data, int lengthSize) {
    List<byte[]> nals = new ArrayList<>();
    int i = 0;
    while (i + lengthSize <= data.length) {
      int length = 0;
      for (int b = 0; b < lengthSize; b++) {
        length = (length << 8) | (data[i + b] & 0xFF);
      }
      i += lengthSize;
      nals.add(java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + length)));
      i += length;
    }
    return nals;
  }
}
