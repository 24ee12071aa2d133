package org.supportdesk.channel;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * HTTP to the platforms' APIs, with timeouts: a platform that hangs must not hold the outbox
 * sender or a webhook for long.
 */
@ConfigurationProperties("supportdesk.channels.http")
public record PlatformHttp(Duration connectTimeout, Duration readTimeout) {

    public RestClient client(String baseUrl) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }
}
