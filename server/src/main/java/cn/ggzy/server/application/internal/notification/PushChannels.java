package cn.ggzy.server.application.internal.notification;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The push adapters present (every {@link DevicePush} bean), by channel. */
@ApplicationScoped
public class PushChannels {
  private Supplier<List<DevicePush>> all;

  protected PushChannels() {}

  @Inject
  public PushChannels(@Any Instance<DevicePush> channels) {
    this.all = () -> channels.stream().toList();
  }

  /** Exactly these adapters (tests: an adapter aimed at a stub). */
  public PushChannels(List<DevicePush> channels) {
    List<DevicePush> fixed = List.copyOf(channels);
    this.all = () -> fixed;
  }

  public Optional<DevicePush> of(DeviceChannel channel) {
    return all.get().stream().filter(c -> c.channel() == channel).findFirst();
  }

  public boolean enabled(DeviceChannel channel) {
    return of(channel).map(DevicePush::enabled).orElse(false);
  }
}
