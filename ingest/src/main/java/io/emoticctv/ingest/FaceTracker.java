package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Gives each face in one camera a track id that stays the same while the person is in view, so the
 * job can smooth per person and count people rather than frames.
 *
 * <p>Greedy IoU matching against the previous boxes of the live tracks: the best-overlapping pairs
 * are matched first, a face that overlaps no live track by at least {@code minIou} starts a new
 * track, and a track unmatched for more than {@code maxMissedFrames} analysed frames ends. At most
 * {@link #MAX_TRACKS} tracks are live (the longest-unseen end first), so state stays bounded
 * whatever the detector does. Not thread-safe: one per camera thread.
 */
final class FaceTracker {
  static final double DEFAULT_MIN_IOU = 0.3;

  /** 2 s at the default 5 analysed frames/s: a face hidden for a moment keeps its id. */
  static final int DEFAULT_MAX_MISSED_FRAMES = 10;

  static final int MAX_TRACKS = 256;

  private final double minIou;
  private final int maxMissedFrames;
  private final List<Track> tracks = new ArrayList<>();
  private long nextId;

  private static final class Track {
    final long id;
    Box box;
    int missed;

    Track(long id, Box box) {
      this.id = id;
      this.box = box;
    }
  }

  private record Pair(int track, int face, double iou) {}

  /**
   * @param firstId the first track id handed out; starting from a clock reading keeps ids from
   *     repeating when the agent restarts
   */
  FaceTracker(double minIou, int maxMissedFrames, long firstId) {
    if (!(minIou > 0 && minIou <= 1) || maxMissedFrames < 0) {
      throw new IllegalArgumentException(
          "need 0 < minIou <= 1 and maxMissedFrames >= 0, got " + minIou + ", " + maxMissedFrames);
    }
    this.minIou = minIou;
    this.maxMissedFrames = maxMissedFrames;
    this.nextId = firstId;
  }

  /** The track id of each face of one analysed frame, in the order of {@code faces}. */
  List<Long> assign(List<Box> faces) {
    List<Pair> pairs = new ArrayList<>();
    for (int t = 0; t < tracks.size(); t++) {
      for (int f = 0; f < faces.size(); f++) {
        double iou = iou(tracks.get(t).box, faces.get(f));
        if (iou >= minIou) {
          pairs.add(new Pair(t, f, iou));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
    Long[] ids = new Long[faces.size()];
    boolean[] trackMatched = new boolean[tracks.size()];
    for (Pair pair : pairs) {
      if (!trackMatched[pair.track()] && ids[pair.face()] == null) {
        Track track = tracks.get(pair.track());
        trackMatched[pair.track()] = true;
        track.box = faces.get(pair.face());
        track.missed = 0;
        ids[pair.face()] = track.id;
      }
    }
    for (int t = 0; t < trackMatched.length; t++) {
      if (!trackMatched[t]) {
        tracks.get(t).missed++;
      }
    }
    tracks.removeIf(track -> track.missed > maxMissedFrames);
    for (int f = 0; f < faces.size(); f++) {
      if (ids[f] == null) {
        Track track = new Track(nextId++, faces.get(f));
        tracks.add(track);
        ids[f] = track.id;
      }
    }
    evictBeyondLimit();
    return List.of(ids);
  }

  private void evictBeyondLimit() {
    while (tracks.size() > MAX_TRACKS) {
      Iterator<Track> it = tracks.iterator();
      Track longestUnseen = it.next();
      while (it.hasNext()) {
        Track t = it.next();
        if (t.missed > longestUnseen.missed) {
          longestUnseen = t;
        }
      }
      tracks.remove(longestUnseen);
    }
  }

  int liveTracks() {
    return tracks.size();
  }

  static double iou(Box a, Box b) {
    int w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
    int h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double inner = (double) w * h;
    return inner / ((double) a.width() * a.height() + (double) b.width() * b.height() - inner);
  }
}
