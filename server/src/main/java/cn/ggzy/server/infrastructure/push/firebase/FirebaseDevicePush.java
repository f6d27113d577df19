package cn.ggzy.server.infrastructure.push.firebase;

import cn.ggzy.server.application.DevicePush;
import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.MulticastMessage;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FCM through the Firebase Admin SDK: one multicast per message (at most 500 tokens, the SDK's
 * limit, which the worker's batches respect). Tokens FCM reports unregistered or invalid are gone;
 * unavailable, internal and quota errors are tried again later (the SDK itself already retries a
 * 503 a few times). Without a service-account file the channel is off.
 */
@ApplicationScoped
public class FirebaseDevicePush implements DevicePush {
  private static final Logger LOG = Logger.getLogger(FirebaseDevicePush.class.getName());

  private FirebaseConnection connection;

  protected FirebaseDevicePush() {}

  @Inject
  public FirebaseDevicePush(FirebaseConnection connection) {
    this.connection = connection;
  }

  @Override
  public DeviceChannel channel() {
    return DeviceChannel.FCM;
  }

  @Override
  public boolean enabled() {
    return connection.app().isPresent();
  }

  @Override
  public List<Outcome> send(Message message, List<Device> devices) {
    Optional<FirebaseApp> app = connection.app();
    if (app.isEmpty() || devices.isEmpty()) {
      return devices.stream().map(d -> Outcome.RETRY).toList();
    }
    MulticastMessage multicast = MulticastMessage.builder()
        .addAllTokens(devices.stream().map(Device::address).toList())
        .setNotification(Notification.builder().setTitle(message.title()).setBody(message.body()).build())
        .putAllData(message.data())
        .setAndroidConfig(AndroidConfig.builder().setPriority(AndroidConfig.Priority.HIGH).build())
        .setApnsConfig(ApnsConfig.builder().setAps(Aps.builder().setSound("default").build()).build())
        .build();
    try {
      BatchResponse response = FirebaseMessaging.getInstance(app.get()).sendEachForMulticast(multicast);
      List<Outcome> outcomes = new ArrayList<>();
      for (SendResponse one : response.getResponses()) {
        outcomes.add(one.isSuccessful() ? Outcome.SENT : outcome(one.getException()));
      }
      return outcomes;
    } catch (FirebaseMessagingException e) {
      LOG.log(Level.WARNING, "FCM refused the whole multicast; trying again later", e);
      return devices.stream().map(d -> Outcome.RETRY).toList();
    }
  }

  static Outcome outcome(FirebaseMessagingException e) {
    MessagingErrorCode code = e == null ? null : e.getMessagingErrorCode();
    if (code == MessagingErrorCode.UNREGISTERED || code == MessagingErrorCode.INVALID_ARGUMENT
        || code == MessagingErrorCode.SENDER_ID_MISMATCH) {
      return Outcome.GONE;
    }
    return Outcome.RETRY;
  }
}
