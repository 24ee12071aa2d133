package org.supportdesk.channel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.appeal.InboundMessage.Failure;
import org.supportdesk.appeal.InboundMessage.Fetched;

/**
 * HTTP to the platforms' APIs, with timeouts: a platform that hangs must not hold the outbox
 * sender or a webhook for long.
 */
@Component
public class PlatformHttp implements InboundMessage.FileSource {

    @ConfigurationProperties("supportdesk.channels.http")
    record Settings(Duration connectTimeout, Duration readTimeout) {
    }

    private final HttpClient http;
    private final Duration readTimeout;

    PlatformHttp(Settings settings) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.readTimeout = settings.readTimeout();
    }

    public RestClient client(String baseUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * A file as one part of a multipart upload to a platform, under its own name and type; the part's
     * name is the key it is added under.
     */
    public static HttpEntity<ByteArrayResource> filePart(OutboundMessage.Document document) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(document.contentType()));
        return new HttpEntity<>(new ByteArrayResource(document.content()) {
            @Override
            public String getFilename() {
                return document.fileName();
            }
        }, headers);
    }

    /** The platforms whose files customers send are addressed by URL: VK and Messenger. */
    @Override
    public Set<Channel> channels() {
        return Set.of(Channel.VK, Channel.FACEBOOK);
    }

    /**
     * Downloads a file a platform's payload points to, reading at most {@code maxBytes}; a larger
     * file is not read to the end. Only http(s) addresses.
     */
    @Override
    public Fetched fetch(String url, long maxBytes) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Fetched.failed(Failure.NO_ADDRESS);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return Fetched.failed(Failure.NO_ADDRESS);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    return Fetched.failed(Failure.ofHttpStatus(response.statusCode()));
                }
                byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return content.length > maxBytes ? Fetched.failed(Failure.TOO_LARGE) : Fetched.of(content);
            }
        } catch (IOException e) {
            return Fetched.failed(Failure.UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.failed(Failure.UNAVAILABLE);
        }
    }
}
