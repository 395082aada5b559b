package org.draftingdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The trusted proxies are given so that Quarkus never looks them up in DNS: IPv4 addresses or CIDR
 * ranges. A host name or a bare IPv6 address is resolved on requests, and where DNS does not answer
 * a request then waits for the resolver's 5 s timeout (found by {@code bench/run}: every ~50th
 * back-to-back request on a kept-alive connection, /api/me included).
 */
class TrustedProxiesConfigTest {

    @Test
    void everyTrustedProxyIsAnIpv4AddressOrACidrRange() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String proxies = properties.getProperty("quarkus.http.proxy.trusted-proxies");
        assertThat(proxies).isNotBlank();
        assertThat(Arrays.stream(proxies.split(",")).map(String::strip))
                .allSatisfy(entry -> assertThat(entry)
                        .as("trusted proxy '%s' needs no DNS lookup", entry)
                        .matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?|[0-9A-Fa-f:.]+/\\d{1,3}"));
    }
}
