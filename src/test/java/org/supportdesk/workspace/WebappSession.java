package org.supportdesk.workspace;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's Tasklist login without the browser: the webapp's session cookie and CSRF token, got
 * the way Tasklist gets them (open the app, sign in through the webapp's login API).
 */
final class WebappSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private WebappSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    static WebappSession signIn(int port, String user, String password) {
        return signIn(port, user, password, "tasklist");
    }

    /** Signs in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}). */
    static WebappSession signIn(int port, String user, String password, String app) {
        WebappSession session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/")).GET().build());
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        session.uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))
                .build());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("webapp login of " + user + " answered " + login.statusCode() + ": "
                    + login.body());
        }
        // the webapp renews the session at login; the next page view hands out the session's CSRF token
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/")).GET().build());
        return session;
    }

    String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, boolean withCsrfToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType).POST(body);
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return send(request.build());
    }

    HttpResponse<String> put(String path, String contentType, HttpRequest.BodyPublisher body, boolean withCsrfToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType).PUT(body);
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/json");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
