package cn.ggzy.server.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
  @Test
  void withoutAProxyHeaderThePeerAddressCountsAndForgedHeadersAreIgnored() {
    ClientAddresses addresses = new ClientAddresses(Optional.empty());

    assertEquals(
        "10.0.0.9", addresses.address("10.0.0.9", Map.of("X-Forwarded-For", "1.2.3.4")::get));
  }

  @Test
  void behindTheProxyTheLastHopItAddedCountsNotTheOnesTheClientWrote() {
    ClientAddresses addresses = new ClientAddresses(Optional.of(" X-Forwarded-For "));

    assertEquals(
        "203.0.113.7",
        addresses.address(
            "10.0.0.1", Map.of("X-Forwarded-For", "1.2.3.4, 5.6.7.8, 203.0.113.7")::get));
  }

  @Test
  void behindTheProxyARequestWithoutTheHeaderFallsBackToThePeer() {
    ClientAddresses addresses = new ClientAddresses(Optional.of("X-Forwarded-For"));

    assertEquals("10.0.0.1", addresses.address("10.0.0.1", Map.<String, String>of()::get));
  }
}
