package io.emoticctv.portal.live;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.admin.EmotionLooks;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.emoticctv.portal.kafka.TopicConsumer;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Fans previews ({@code previews}) and tracked faces' emotions ({@code track-emotions}) out to
 * the open live walls and camera pages of this portal instance, from consumer groups of its own
 * (from the end of the topics). Previews are throttled per camera; both are best effort, like the
 * live windows. Faces are labelled with their emotion's category ({@link EmotionLooks}).
 * Nothing is stored: previews exist only in memory on their way to a browser.
 */
@Singleton
public final class LiveWallHub implements AutoCloseable {
  private final Sinks.Many<PreviewView> previews = Sinks.many().multicast().directBestEffort();
  private final Sinks.Many<TrackView> tracks = Sinks.many().multicast().directBestEffort();
  private final PreviewThrottle throttle;
  private final List<TopicConsumer<?>> consumers;

  LiveWallHub(KafkaSettings kafka, LiveWallSettings settings, EmotionLooks looks) {
    this.throttle = new PreviewThrottle(settings.previewInterval());
    this.consumers =
        List.of(
            TopicConsumer.ofThisInstance(
                kafka,
                "wall-previews",
                kafka.previewsTopic(),
                RecordCodec.PREVIEWS,
                p -> {
                  if (previews.currentSubscriberCount() > 0 && throttle.pass(p.cameraId(), p.capturedAt())) {
                    previews.tryEmitNext(PreviewView.of(p));
                  }
                }),
            TopicConsumer.ofThisInstance(
                kafka,
                "wall-tracks",
                kafka.trackEmotionsTopic(),
                RecordCodec.TRACK_EMOTIONS,
                t -> {
                  if (tracks.currentSubscriberCount() > 0) {
                    tracks.tryEmitNext(
                        TrackView.of(t, settings.uncertainBelow(), looks.recentLegend().get(t.emotion().ordinal())));
                  }
                }));
  }

  @EventListener
  void onStartup(StartupEvent event) {
    consumers.forEach(TopicConsumer::start);
  }

  public boolean ready() {
    return consumers.stream().allMatch(TopicConsumer::isAssigned);
  }

  public Flux<PreviewView> previews() {
    return previews.asFlux();
  }

  public Flux<TrackView> tracks() {
    return tracks.asFlux();
  }

  public int subscribers() {
    return previews.currentSubscriberCount();
  }

  @PreDestroy
  @Override
  public void close() {
    consumers.forEach(TopicConsumer::close);
  }
}
